package nnfs.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command has: the streams it writes to (the process's, or a test's) and its parsed spec, to ask
 * which options the user gave. Help is picocli's, made from the options' own descriptions.
 */
abstract class NnfsCommand implements Callable<Integer> {
    PrintStream out = System.out;
    PrintStream err = System.err;

    @Spec
    CommandSpec spec;

    /** Whether the user gave this option (rather than its default). */
    boolean given(String option) {
        return spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    /** "nnfs train": how this command's messages begin. */
    String who() {
        return Main.who(spec.commandLine());
    }
}

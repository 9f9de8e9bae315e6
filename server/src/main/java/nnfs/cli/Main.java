package nnfs.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParameterException;

/**
 * {@code java -jar nnfs.jar COMMAND [options]}: every command in one list (the subcommands below), each with
 * {@code --help}. A bad argument prints one line on stderr saying what is wrong and exits with 2; a failure of the
 * work, one line and 1; with no command, {@code serve}.
 */
@Command(name = "nnfs", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, sortOptions = false,
        header = "nnfs: the neural network from scratch of Denny Britz's article, exactly.",
        synopsisHeading = "%nUsage: ", customSynopsis = "java -jar nnfs.jar [COMMAND] [options]   (COMMAND --help for its options; no command: serve)",
        commandListHeading = "%nCommands:%n",
        footer = {"", "Shell completion (bash, zsh): source <(java -jar nnfs.jar generate-completion), with nnfs an alias of java -jar nnfs.jar."},
        subcommands = {ServeCommand.class, TrainCommand.class, DatasetCommand.class, LogregCommand.class, SweepCommand.class,
                GradcheckCommand.class, ReproduceCommand.class, BenchCommand.class, StoreCommand.class, AutoComplete.GenerateCompletion.class})
public final class Main implements Runnable {
    public static void main(String[] argv) {
        int code = run(argv, System.out, System.err);
        System.out.flush();
        if (code != 0) System.exit(code);
    }

    @Override
    public void run() {
        // unreachable: run() puts "serve" before arguments that name no command
    }

    /** nnfs's own commands by name (not picocli's help and generate-completion), as the top-level help lists them. */
    static Map<String, CommandLine> commands() {
        Map<String, CommandLine> all = new LinkedHashMap<>(line(System.out, System.err).getSubcommands());
        all.remove("generate-completion");
        all.remove("help");
        return all;
    }

    static int run(String[] argv, PrintStream out, PrintStream err) {
        CommandLine cl = line(out, err);
        boolean named = argv.length > 0 && (cl.getSubcommands().containsKey(argv[0]) || isHelpOrVersion(argv[0]));
        String[] args = argv.length == 0 || (!named && argv[0].startsWith("-")) ? prepend("serve", argv) : argv;
        return cl.execute(args);
    }

    private static boolean isHelpOrVersion(String a) {
        return a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version") || a.equals("help");
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /** The command line on these streams: one line per error, "nnfs COMMAND: what is wrong". */
    static CommandLine line(PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new Main());
        cl.addSubcommand("help", new CommandLine.HelpCommand());
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cl.setDefaultValueProvider(new TableDefaults());
        cl.setUsageHelpWidth(100);
        cl.setUsageHelpAutoWidth(true); // a wider terminal gets wider help
        cl.setParameterExceptionHandler((ParameterException e, String[] args) -> {
            err.println(who(e.getCommandLine()) + ": " + e.getMessage().lines().findFirst().orElse("") + " (see " + who(e.getCommandLine()) + " --help)");
            return 2;
        });
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof UsageException) {
                err.println(who(line) + ": " + e.getMessage());
                return 2;
            }
            err.println(who(line) + ": " + e);
            return 1;
        });
        GradcheckCommand.adapt(cl.getSubcommands().get("gradcheck").getCommandSpec());
        SweepCommand.adapt(cl.getSubcommands().get("sweep").getCommandSpec());
        for (CommandLine sub : cl.getSubcommands().values()) streams(sub, out, err);
        return cl;
    }

    private static void streams(CommandLine line, PrintStream out, PrintStream err) {
        if (line.getCommand() instanceof NnfsCommand c) {
            c.out = out;
            c.err = err;
        }
        for (CommandLine sub : line.getSubcommands().values()) streams(sub, out, err);
    }

    /** "nnfs train", "nnfs store import": the command's full name, as its messages begin. */
    static String who(CommandLine line) {
        return line.getCommandSpec().qualifiedName();
    }

    /** The version the build wrote into the jar (its Maven coordinates' properties), or "development". */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            try (InputStream in = Main.class.getResourceAsStream("/META-INF/maven/nnfs/nnfs-server/pom.properties")) {
                if (in == null) return new String[] {"nnfs (development build)"};
                Properties p = new Properties();
                p.load(in);
                return new String[] {"nnfs " + p.getProperty("version", "?"), "java " + System.getProperty("java.version")};
            }
        }
    }
}

package nnfs.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nnfs.data.DataSource;
import nnfs.data.Dataset;
import nnfs.model.ModelDocument;
import nnfs.nn.Evaluation;
import nnfs.nn.LossTrace;
import nnfs.nn.Training;
import nnfs.text.PyFormat;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code train}: the article's build_model(3, print_loss=True), or any other network on any data. */
@Command(name = "train", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Train a network, printing the article's \"Loss after iteration i\" lines.",
                "Trains a network and prints \"Loss after iteration %%i: %%f\" every 1000 passes, then the accuracy. With no options it is the article's run: prints 0.432387 after pass 0 and 0.068947 after pass 1000."},
        footer = {"", "Example: nnfs train --hidden 5,4 --activation relu --batch 20 --anneal inv:0.001 --save model.json"})
final class TrainCommand extends NnfsCommand {
    @Mixin
    DataOptions data;

    @Mixin
    NetworkOptions network;

    @Option(names = "--print-every", paramLabel = "N", order = 50, defaultValue = "1000", description = "print the loss every N passes; 0 prints none (default ${DEFAULT-VALUE})")
    long every;

    @Option(names = "--save", paramLabel = "FILE", order = 51, description = "write the trained model document (JSON) to FILE")
    Path save;

    @Option(names = "--title", paramLabel = "TEXT", order = 52, defaultValue = "", description = "a title for the saved model")
    String title;

    @Override
    public Integer call() throws Exception {
        DataSource src = data.read();
        NetworkOptions net = network.read();
        if (every < 0) throw new UsageException("--print-every: must be 0 or more, got " + every);
        if (title.length() > ModelDocument.MAX_TITLE) throw new UsageException("--title: at most " + ModelDocument.MAX_TITLE + " characters");
        Dataset[] tt = src.trainAndTest();
        Training t;
        try {
            t = new Training(net.network(tt[0]), tt[0], tt[1], net.settings, every, 0);
            t.trace(new LossTrace()); // the saved model's loss curve, dense and ending at the last pass
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        int printed = 0;
        while (!t.finished()) {
            t.advance(every == 0 ? Long.MAX_VALUE : every);
            List<Training.Point> h = t.history();
            for (; printed < h.size(); printed++) out.println(PyFormat.lossLine(h.get(printed).pass, h.get(printed).loss));
        }
        if (t.state() == Training.State.FAILED) {
            err.println(who() + ": " + t.failure());
            return 1;
        }
        Evaluation e = t.evaluate();
        out.println("Training accuracy: " + PyFormat.fixed(e.accuracy, 4) + " (" + Math.round(e.accuracy * tt[0].n) + " of " + tt[0].n + ")");
        if (tt[1] != null) {
            Evaluation te = Evaluation.of(t.network(), tt[1], net.settings.reg);
            out.println("Test accuracy: " + PyFormat.fixed(te.accuracy, 4) + " (" + Math.round(te.accuracy * tt[1].n) + " of " + tt[1].n
                    + "), test loss " + PyFormat.f(te.loss));
        }
        if (save != null) {
            ModelDocument doc = ModelDocument.of(title, t, src);
            String text = doc.write();
            if (text.length() > ModelDocument.MAX_CHARS) {
                err.println(who() + ": the model document would be " + text.length() + " characters, more than "
                        + ModelDocument.MAX_CHARS + " (fewer parameters or --print-every larger)");
                return 1;
            }
            Path file = save;
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out.println("Saved " + file);
        }
        return 0;
    }
}

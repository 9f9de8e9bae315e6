package nnfs.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import nnfs.server.Figures;

/** {@code reproduce --out DIR}: the whole article, its figures and its loss log. */
final class ReproduceCommand implements Main.Command {
    @Override
    public String summary() {
        return "run the whole article and write its figures (PNG) and loss log to a folder";
    }

    @Override
    public String help() {
        return String.join("\n",
                "Usage: nnfs reproduce --out DIR",
                "Writes dataset.png, logistic-regression.png, hidden-3.png, hidden-sizes.png (seven panels) and",
                "loss-log.txt (the article's \"Loss after iteration\" lines) with the same renderer as the server.",
                "",
                "Example: java -jar nnfs.jar reproduce --out article");
    }

    @Override
    public Set<String> flags() {
        return Set.of();
    }

    @Override
    public int run(Args a, PrintStream out, PrintStream err) throws Exception {
        String dir = a.string("out", null);
        a.done(0);
        if (dir == null) throw new UsageException("--out DIR is required");
        Path outDir = Path.of(dir);
        Files.createDirectories(outDir);
        for (Path p : Figures.reproduce(outDir)) out.println("wrote " + p);
        return 0;
    }
}

package nnfs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import nnfs.server.pictures.Figures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code reproduce --out DIR}: the whole article, its figures and its loss log. */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = {"Run the whole article and write its figures (PNG) and loss log to a folder.",
                "Writes dataset.png, logistic-regression.png, hidden-3.png, hidden-sizes.png (seven panels) and loss-log.txt (the article's \"Loss after iteration\" lines) with the same renderer as the server."},
        footer = {"", "Example: java -jar nnfs.jar reproduce --out article"})
final class ReproduceCommand extends NnfsCommand {
    @Option(names = "--out", paramLabel = "DIR", required = true, description = "the folder to write to (made if missing)")
    Path outDir;

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(outDir);
        for (Path p : Figures.reproduce(outDir)) out.println("wrote " + p);
        return 0;
    }
}

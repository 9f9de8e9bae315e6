package nnfs.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import nnfs.Limits;
import nnfs.data.DataSource;
import nnfs.data.Dataset;
import nnfs.data.DatasetSpec;
import nnfs.data.PointsCsv;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The data options every training command shares; defaults and ranges are the settings table's (the article's data). */
final class DataOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @TableKey("data")
    @Option(names = "--data", paramLabel = "KIND", order = 10, description = "moons, circles, xor, blobs or spiral (default ${DEFAULT-VALUE})")
    String kind;

    @TableKey("n")
    @Option(names = "--n", paramLabel = "N", order = 11, description = "number of points (default ${DEFAULT-VALUE})")
    long n;

    @TableKey("noise") // its row has no default: each data set has its own
    @Option(names = "--noise", paramLabel = "S", order = 12, description = "noise (default: moons 0.2, circles 0.1, xor 0.1, blobs 1.0, spiral 0.2)")
    Double noise;

    @TableKey("seed")
    @Option(names = "--data-seed", paramLabel = "S", order = 13, description = "np.random.seed for the data (default ${DEFAULT-VALUE})")
    long dataSeed;

    @TableKey("classes")
    @Option(names = "--classes", paramLabel = "K", order = 14, description = "classes of blobs (2-10) and spiral (2-5) (default ${DEFAULT-VALUE})")
    long classes;

    @TableKey("factor")
    @Option(names = "--factor", paramLabel = "F", order = 15, description = "inner radius of circles, 0 to 0.99 (default ${DEFAULT-VALUE})")
    double factor;

    @Option(names = "--points", paramLabel = "FILE", order = 16, description = "your own points instead: a CSV of x,y,label lines")
    Path points;

    @TableKey("test")
    @Option(names = "--test-fraction", paramLabel = "F", order = 17, description = "hold out this fraction for testing (default ${DEFAULT-VALUE}: train on all)")
    double testFraction;

    @TableKey("split")
    @Option(names = "--split-seed", paramLabel = "S", order = 18, description = "random_state of the train/test split (default ${DEFAULT-VALUE})")
    long splitSeed;

    private boolean given(String option) {
        return spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    /** The data the options name, checked against the table's ranges; a bad combination is a usage error. */
    DataSource read() {
        TableDefaults.checkRange(spec, "--test-fraction", testFraction);
        TableDefaults.checkRange(spec, "--split-seed", splitSeed);
        try {
            if (points != null) {
                for (String other : new String[] {"--data", "--n", "--noise", "--data-seed", "--classes", "--factor"}) {
                    if (given(other)) throw new UsageException("--points and " + other + " cannot be used together");
                }
                return DataSource.points(readCsv(points), testFraction, splitSeed);
            }
            DatasetSpec.Kind k;
            try {
                k = DatasetSpec.Kind.parse(kind);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--data: " + e.getMessage());
            }
            TableDefaults.checkRange(spec, "--n", n);
            if (noise != null) TableDefaults.checkRange(spec, "--noise", noise);
            double s = noise == null ? k.defaultNoise : noise;
            TableDefaults.checkRange(spec, "--data-seed", dataSeed);
            TableDefaults.checkRange(spec, "--classes", classes);
            if (given("--classes") && !k.hasClasses()) throw new UsageException("--classes: " + k.id + " always has 2 classes");
            TableDefaults.checkRange(spec, "--factor", factor);
            if (given("--factor") && k != DatasetSpec.Kind.CIRCLES) throw new UsageException("--factor applies to circles only");
            DatasetSpec ds = new DatasetSpec(k, (int) n, s, dataSeed, (int) classes, factor);
            ds.check();
            DataSource src = DataSource.generated(ds, testFraction, splitSeed);
            if (testFraction > 0) src.trainAndTest(); // refuses splits that leave a side empty, now
            return src;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** x,y,label per line; blank lines and lines starting with # are skipped; a header line is allowed. */
    static Dataset readCsv(Path file) {
        List<String> lines;
        try {
            if (Files.size(file) > 10 * 1024 * 1024) throw new UsageException("--points: " + file + " is larger than 10 MB");
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UsageException("--points: no such file: " + file);
        } catch (IOException e) {
            // the JDK's message often is the path again; say what went wrong once
            String why = e.getMessage() == null || e.getMessage().equals(file.toString()) ? e.getClass().getSimpleName() : e.getMessage();
            throw new UsageException("--points: cannot read " + file + ": " + why);
        }
        try {
            return PointsCsv.parse(String.join("\n", lines));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--points: " + e.getMessage());
        }
    }
}

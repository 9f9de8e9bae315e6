package nnfs.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nnfs.data.DataSource;
import nnfs.data.Dataset;
import nnfs.data.DatasetSpec;
import nnfs.settings.Setting;
import nnfs.settings.Settings;
import java.nio.file.NoSuchFileException;
import nnfs.data.PointsCsv;

/** The data options every training command shares; the defaults are the article's. */
final class DataOptions {
    private DataOptions() {}

    static final String HELP = String.join("\n",
            "Data (default: the article's make_moons(200, noise=0.20) after seed 0):",
            "  --data KIND          moons, circles, xor, blobs or spiral (default moons)",
            "  --n N                number of points (default 200)",
            "  --noise S            noise (default: moons 0.2, circles 0.1, xor 0.1, blobs 1.0, spiral 0.2)",
            "  --data-seed S        np.random.seed for the data (default 0)",
            "  --classes K          classes of blobs (2-10) and spiral (2-5) (default 3)",
            "  --factor F           inner radius of circles, 0 to 0.99 (default 0.5)",
            "  --points FILE        your own points instead: a CSV of x,y,label lines",
            "  --test-fraction F    hold out this fraction for testing (default 0: train on all)",
            "  --split-seed S       random_state of the train/test split (default 0)");

    static DataSource read(Args a) {
        double testFraction = number(a, "test-fraction", "test");
        long splitSeed = a.integer("split-seed", 0, 0, nnfs.Limits.MAX_SEED);
        try {
            if (a.has("points")) {
                for (String other : new String[] {"data", "n", "noise", "data-seed", "classes", "factor"}) {
                    if (a.has(other)) throw new UsageException("--points and --" + other + " cannot be used together");
                }
                return DataSource.points(readCsv(Path.of(a.string("points", null))), testFraction, splitSeed);
            }
            DatasetSpec.Kind kind;
            try {
                kind = DatasetSpec.Kind.parse(a.string("data", "moons"));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--data: " + e.getMessage());
            }
            int n = (int) integer(a, "n", "n");
            Setting noiseRow = Settings.find("noise");
            double noise = a.number("noise", kind.defaultNoise, noiseRow.min, noiseRow.max);
            long seed = integer(a, "data-seed", "seed");
            int classes = (int) integer(a, "classes", "classes");
            if (a.has("classes") && !kind.hasClasses()) throw new UsageException("--classes: " + kind.id + " always has 2 classes");
            double factor = number(a, "factor", "factor");
            if (a.has("factor") && kind != DatasetSpec.Kind.CIRCLES) throw new UsageException("--factor applies to circles only");
            DatasetSpec spec = new DatasetSpec(kind, n, noise, seed, classes, factor);
            spec.check();
            DataSource src = DataSource.generated(spec, testFraction, splitSeed);
            if (testFraction > 0) src.trainAndTest(); // refuses splits that leave a side empty, now
            return src;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** An option checked against the settings table's row of that setting: its default and range, as the page's. */
    static double number(Args a, String option, String key) {
        Setting row = Settings.find(key);
        return a.number(option, (Double) row.def, row.min, row.max);
    }

    static long integer(Args a, String option, String key) {
        Setting row = Settings.find(key);
        return a.integer(option, (long) (double) (Double) row.def, (long) row.min, (long) row.max);
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

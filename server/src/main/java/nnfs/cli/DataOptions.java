package nnfs.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nnfs.data.DataSource;
import nnfs.data.Dataset;
import nnfs.data.DatasetSpec;

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
            "  --factor F           inner radius of circles, 0 <= F < 1 (default 0.5)",
            "  --points FILE        your own points instead: a CSV of x,y,label lines",
            "  --test-fraction F    hold out this fraction for testing (default 0: train on all)",
            "  --split-seed S       random_state of the train/test split (default 0)");

    static DataSource read(Args a) {
        double testFraction = a.number("test-fraction", 0, 0, 0.95);
        long splitSeed = a.integer("split-seed", 0, 0, 0xFFFFFFFFL);
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
            int n = (int) a.integer("n", 200, 1, 100_000);
            double noise = a.number("noise", kind.defaultNoise, 0, 1000);
            long seed = a.integer("data-seed", 0, 0, 0xFFFFFFFFL);
            int classes = (int) a.integer("classes", 3, 2, 10);
            if (a.has("classes") && !kind.hasClasses()) throw new UsageException("--classes: " + kind.id + " always has 2 classes");
            double factor = a.number("factor", DatasetSpec.DEFAULT_FACTOR, 0, 0.999999);
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

    /** x,y,label per line; blank lines and lines starting with # are skipped; a header line is allowed. */
    static Dataset readCsv(Path file) {
        List<String> lines;
        try {
            if (Files.size(file) > 10 * 1024 * 1024) throw new UsageException("--points: " + file + " is larger than 10 MB");
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UsageException("--points: no such file: " + file);
        } catch (IOException e) {
            // the JDK's message often is the path again; say what went wrong once
            String why = e.getMessage() == null || e.getMessage().equals(file.toString()) ? e.getClass().getSimpleName() : e.getMessage();
            throw new UsageException("--points: cannot read " + file + ": " + why);
        }
        double[] x = new double[2 * lines.size()];
        int[] y = new int[lines.size()];
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] f = line.split("[,;\\t]");
            if (n == 0 && f.length == 3 && !looksNumeric(f[0])) continue; // header
            if (f.length != 3) throw new UsageException("--points: line " + (i + 1) + ": expected x,y,label");
            try {
                x[2 * n] = Args.parseNumber("points", f[0]);
                x[2 * n + 1] = Args.parseNumber("points", f[1]);
                y[n] = Integer.parseInt(f[2].trim());
            } catch (NumberFormatException | UsageException e) {
                throw new UsageException("--points: line " + (i + 1) + ": expected two finite numbers and a whole-number label");
            }
            if (y[n] < 0 || y[n] > 9) throw new UsageException("--points: line " + (i + 1) + ": label must be 0 to 9, got " + y[n]);
            n++;
        }
        if (n < 2) throw new UsageException("--points: need at least 2 points, found " + n);
        if (n > DataSource.MAX_POINTS) throw new UsageException("--points: at most " + DataSource.MAX_POINTS + " points, found " + n);
        return Dataset.of2d(java.util.Arrays.copyOf(x, 2 * n), java.util.Arrays.copyOf(y, n));
    }

    private static boolean looksNumeric(String s) {
        try {
            Double.parseDouble(s.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

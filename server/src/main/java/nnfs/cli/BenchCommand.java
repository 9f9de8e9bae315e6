package nnfs.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import nnfs.data.Dataset;
import nnfs.data.DatasetSpec;
import nnfs.math.Fdlibm;
import nnfs.nn.Training;
import nnfs.nn.TrainingSettings;

/**
 * {@code bench}: how fast the article's training runs on this JVM, in microseconds per pass, and how our
 * deterministic exp, log and tanh compare with java.lang.Math's. A benchmark, not a test: it reports numbers.
 */
final class BenchCommand implements Main.Command {
    @Override
    public String summary() {
        return "benchmark the article's training (us per pass) and the deterministic maths";
    }

    @Override
    public String help() {
        return String.join("\n",
                "Usage: nnfs bench [--sizes 3,50] [--passes 2000] [--rounds 7] [--warmup 4000] [--no-math]",
                "Times the article's full-batch training on its 200 moons for each hidden size: after --warmup",
                "passes (to let the JIT compile), --rounds timings of --passes passes each; prints the median and",
                "the range in microseconds per pass. Then nanoseconds per call of exp, log, tanh: ours against",
                "java.lang.Math and StrictMath.");
    }

    @Override
    public Set<String> flags() {
        return Set.of("no-math");
    }

    @Override
    public int run(Args a, PrintStream out, PrintStream err) {
        int[] sizes = a.integers("sizes", new int[] {3, 50}, 1, 1000);
        int passes = (int) a.integer("passes", 2000, 1, 1_000_000);
        int rounds = (int) a.integer("rounds", 7, 1, 1000);
        int warmup = (int) a.integer("warmup", 4000, 0, 10_000_000);
        boolean math = !a.flag("no-math");
        a.done(0);
        Dataset moons = DatasetSpec.article().generate();
        out.println("java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
                + Runtime.getRuntime().availableProcessors() + " cores");
        for (int h : sizes) {
            TrainingSettings s = TrainingSettings.article().withPasses(TrainingSettings.MAX_PASSES);
            Training t = Training.article(moons, h, s);
            t.advance(warmup);
            double[] us = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                t.advance(passes);
                us[r] = (System.nanoTime() - t0) / 1e3 / passes;
            }
            Arrays.sort(us);
            out.println(String.format("article training, hidden %d: %.2f us per pass (median of %d x %d passes; range %.2f-%.2f)",
                    h, us[rounds / 2], rounds, passes, us[0], us[rounds - 1]));
        }
        if (math) {
            double[] xs = new double[4096];
            java.util.SplittableRandom r = new java.util.SplittableRandom(1);
            for (int i = 0; i < xs.length; i++) xs[i] = (r.nextDouble() - 0.5) * 10;
            double[] pos = new double[xs.length];
            for (int i = 0; i < xs.length; i++) pos[i] = Math.abs(xs[i]) + 1e-3;
            report(out, "exp ", xs, Fdlibm::exp, Math::exp, StrictMath::exp);
            report(out, "log ", pos, Fdlibm::log, Math::log, StrictMath::log);
            report(out, "tanh", xs, Fdlibm::tanh, Math::tanh, StrictMath::tanh);
        }
        return 0;
    }

    private static void report(PrintStream out, String name, double[] xs, DoubleUnaryOperator ours, DoubleUnaryOperator math,
                               DoubleUnaryOperator strict) {
        double a = nsPerCall(xs, ours), b = nsPerCall(xs, math), c = nsPerCall(xs, strict);
        out.println(String.format("%s ns per call: ours (Fdlibm) %.2f, java.lang.Math %.2f, StrictMath %.2f", name, a, b, c));
    }

    static volatile double sink;

    private static double nsPerCall(double[] xs, DoubleUnaryOperator f) {
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 15; round++) {
            long t0 = System.nanoTime();
            double s = 0;
            for (int rep = 0; rep < 200; rep++) {
                for (double x : xs) s += f.applyAsDouble(x);
            }
            long dt = System.nanoTime() - t0;
            sink = s;
            if (round >= 5) best = Math.min(best, dt / (200.0 * xs.length));
        }
        return best;
    }
}

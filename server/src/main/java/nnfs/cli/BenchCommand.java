package nnfs.cli;

import java.util.Arrays;
import nnfs.data.Dataset;
import nnfs.data.DatasetSpec;
import nnfs.math.Fdlibm;
import nnfs.nn.Training;
import nnfs.nn.TrainingSettings;
import java.util.SplittableRandom;
import nnfs.math.Exp;
import nnfs.math.Tanh;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: how fast the article's training runs on this JVM, in microseconds per pass, and how our
 * deterministic exp, log and tanh compare with java.lang.Math's. A benchmark, not a test: it reports numbers.
 */
@Command(name = "bench", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Benchmark the article's training (us per pass) and the deterministic maths.",
                "Times the article's full-batch training on its 200 moons for each hidden size: after --warmup passes, repeated for a second at least (to let the JIT compile), --rounds timings of --passes passes each; prints the median and the range in microseconds per pass. Then nanoseconds per call of exp, log, tanh: ours against java.lang.Math and StrictMath. --compare: the same training in numpy, round by round with nnfs's (python3 with numpy must be on the PATH): the article's own code and the same maths written for speed, on the same points and the article's initial weights; prints each one's microseconds per pass and how many times faster nnfs is. The script is in the jar: nnfs/bench/numpy_bench.py. Then the server's side: the article's four figures from a cold start (a new JVM runs nnfs reproduce) against numpy's hidden-50 training alone, and a 640x480 boundary picture of the article's model drawn without a cache."})
final class BenchCommand extends NnfsCommand {
    @Option(names = "--sizes", paramLabel = "H,H,...", split = ",", defaultValue = "3,50", description = "hidden sizes to time (default ${DEFAULT-VALUE})")
    int[] sizes;

    @Option(names = "--passes", paramLabel = "N", defaultValue = "2000", description = "passes per timing (default ${DEFAULT-VALUE})")
    int passes;

    @Option(names = "--rounds", paramLabel = "R", defaultValue = "7", description = "timings per size (default ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "4000", description = "passes before the first timing (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--no-math", description = "skip the exp, log and tanh timings")
    boolean noMath;

    @Option(names = "--compare", description = "time numpy too, round by round (python3 with numpy on the PATH)")
    boolean compare;

    @Override
    public Integer call() throws Exception {
        UsageException.requireEachWithin("--sizes", sizes, 1, 1000);
        UsageException.requireWithin("--passes", passes, 1, 1_000_000);
        UsageException.requireWithin("--rounds", rounds, 1, 1000);
        UsageException.requireWithin("--warmup", warmup, 0, 10_000_000);
        boolean math = !noMath;
        Dataset moons = DatasetSpec.article().generate();
        out.println("java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
                + Runtime.getRuntime().availableProcessors() + " cores");
        if (compare) return NumpyComparison.run(moons, sizes, passes, rounds, warmup, out, err);
        for (int h : sizes) {
            Training t = warmedUp(moons, h, warmup);
            double[] us = new double[rounds];
            for (int r = 0; r < rounds; r++) us[r] = usPerPass(t, passes);
            Arrays.sort(us);
            out.println(String.format("article training, hidden %d: %.2f us per pass (median of %d x %d passes; range %.2f-%.2f)",
                    h, us[rounds / 2], rounds, passes, us[0], us[rounds - 1]));
        }
        if (math) {
            double[] xs = new double[4096];
            SplittableRandom r = new SplittableRandom(1);
            for (int i = 0; i < xs.length; i++) xs[i] = (r.nextDouble() - 0.5) * 10;
            double[] pos = new double[xs.length];
            for (int i = 0; i < xs.length; i++) pos[i] = Math.abs(xs[i]) + 1e-3;
            for (int round = 0; round < 3; round++) { // the first rounds warm the JIT up; the last is reported
                double[] ns = new double[9];
                for (int f = 0; f < 9; f++) ns[f] = nsPerCall(f, f / 3 == 1 ? pos : xs);
                if (round == 2) {
                    out.println(String.format("exp  ns per call: ours (nnfs.math.Exp) %.2f, java.lang.Math %.2f, StrictMath %.2f", ns[0], ns[1], ns[2]));
                    out.println(String.format("log  ns per call: ours (Fdlibm) %.2f, java.lang.Math %.2f, StrictMath %.2f", ns[3], ns[4], ns[5]));
                    out.println(String.format("tanh ns per call: ours (nnfs.math.Tanh) %.2f, java.lang.Math %.2f, StrictMath %.2f", ns[6], ns[7], ns[8]));
                }
            }
        }
        return 0;
    }

    /**
     * The article's training at hidden size h, after `warmup` passes, repeated for at least a second (none when
     * `warmup` is 0), to let the JIT compile it: 4000 passes at hidden size 3 take 40 ms, before C2 has compiled
     * the loop, and the first timing then read twice as slow as the rest.
     */
    static Training warmedUp(Dataset moons, int h, int warmup) {
        Training t = Training.article(moons, h, TrainingSettings.article().withPasses(TrainingSettings.MAX_PASSES));
        long end = System.nanoTime() + 1_000_000_000L;
        do {
            t.advance(warmup);
        } while (warmup > 0 && System.nanoTime() < end);
        return t;
    }

    /** Microseconds per pass over `passes` more passes. */
    static double usPerPass(Training t, int passes) {
        return usPerPass(t, passes, 0);
    }

    /**
     * Microseconds per pass over `passes` more passes, repeated until at least `seconds` have gone by: a short
     * timing (2000 passes at hidden size 3 take 16 ms) catches one scheduling hiccup whole, and that round reads
     * up to three times slow.
     */
    static double usPerPass(Training t, int passes, double seconds) {
        long t0 = System.nanoTime(), done = 0;
        do {
            t.advance(passes);
            done += passes;
        } while (System.nanoTime() - t0 < seconds * 1e9);
        return (System.nanoTime() - t0) / 1e3 / done;
    }

    static volatile double sink;

    /**
     * Best time per call over 10 timed repetitions of 200 sweeps. Each function has its own loop (a switch the
     * JIT unswitches), so every call site stays monomorphic and inlinable, as in real use.
     */
    private static double nsPerCall(int f, double[] xs) {
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 15; round++) {
            long t0 = System.nanoTime();
            double s = sweep(f, xs, 200);
            long dt = System.nanoTime() - t0;
            sink = s;
            if (round >= 5) best = Math.min(best, dt / (200.0 * xs.length));
        }
        return best;
    }

    private static double sweep(int f, double[] xs, int reps) {
        double s = 0;
        for (int rep = 0; rep < reps; rep++) {
            switch (f) {
                case 0: for (double x : xs) s += Exp.exp(x); break;
                case 1: for (double x : xs) s += Math.exp(x); break;
                case 2: for (double x : xs) s += StrictMath.exp(x); break;
                case 3: for (double x : xs) s += Fdlibm.log(x); break;
                case 4: for (double x : xs) s += Math.log(x); break;
                case 5: for (double x : xs) s += StrictMath.log(x); break;
                case 6: for (double x : xs) s += Tanh.tanh(x); break;
                case 7: for (double x : xs) s += Math.tanh(x); break;
                default: for (double x : xs) s += StrictMath.tanh(x); break;
            }
        }
        return s;
    }
}

package nnfs.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nnfs.data.Dataset;
import nnfs.model.Json;
import nnfs.nn.Evaluation;
import nnfs.nn.Network;
import nnfs.nn.Training;
import nnfs.text.PyFormat;
import java.util.concurrent.ExecutionException;

/** {@code sweep}: the article's comparison of hidden layer sizes 1, 2, 3, 4, 5, 20, 50. */
final class SweepCommand implements Main.Command {
    @Override
    public String summary() {
        return "compare hidden layer sizes (the article's 1, 2, 3, 4, 5, 20, 50): final loss and accuracy";
    }

    @Override
    public String help() {
        return String.join("\n",
                "Usage: nnfs sweep [--sizes 1,2,3,4,5,20,50] [options] [--json]",
                "Trains one network per hidden layer size, in parallel, and prints each final loss and accuracy.",
                "",
                "  --sizes H,H,...      hidden layer sizes to compare (default 1,2,3,4,5,20,50)",
                "  --json               print [{\"hidden\": h, \"loss\": ..., \"accuracy\": ...}, ...]",
                "",
                DataOptions.HELP,
                "",
                NetworkOptions.HELP.replace("  --hidden H[,H...]    hidden layer sizes, e.g. 3 or 5,4 (default 3)\n", ""),
                "",
                "Example: nnfs sweep --sizes 3,50 --passes 5000");
    }

    @Override
    public Set<String> flags() {
        return Set.of("json", "mean-gradients");
    }

    @Override
    public int run(Args a, PrintStream out, PrintStream err) throws Exception {
        int[] sizes = a.integers("sizes", new int[] {1, 2, 3, 4, 5, 20, 50}, 1, Network.MAX_UNITS);
        if (a.has("hidden")) throw new UsageException("--hidden: use --sizes to list the sizes to compare");
        Dataset[] tt = DataOptions.read(a).trainAndTest();
        Dataset data = tt[0], test = tt[1];
        NetworkOptions opts = NetworkOptions.read(a);
        boolean json = a.flag("json");
        a.done(0);
        if (opts.activations.length != 1) throw new UsageException("--activation: the sweep uses one hidden layer");
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        List<Future<Evaluation[]>> results = new ArrayList<>();
        for (int h : sizes) {
            results.add(pool.submit(() -> {
                Network net = Network.initialise(new int[] {data.dims, h, data.classes}, opts.activations, opts.settings.seed);
                Training t = new Training(net, data, null, opts.settings, 0, 0);
                t.runToEnd();
                if (t.state() == Training.State.FAILED) throw new IllegalStateException("hidden size " + h + ": " + t.failure());
                return new Evaluation[] {t.evaluate(), test == null ? null : Evaluation.of(t.network(), test, opts.settings.reg)};
            }));
        }
        pool.shutdown();
        List<Object> rows = new ArrayList<>();
        if (!json) out.println("hidden  loss      accuracy" + (test == null ? "" : "  test loss  test accuracy"));
        for (int i = 0; i < sizes.length; i++) {
            Evaluation e, te;
            try {
                Evaluation[] r = results.get(i).get();
                e = r[0];
                te = r[1];
            } catch (ExecutionException ex) {
                err.println("nnfs sweep: " + ex.getCause().getMessage());
                return 1;
            }
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("hidden", sizes[i]);
                m.put("loss", e.loss);
                m.put("accuracy", e.accuracy);
                if (te != null) {
                    m.put("testLoss", te.loss);
                    m.put("testAccuracy", te.accuracy);
                }
                rows.add(m);
            } else {
                out.println(String.format("%-7d %s  %s", sizes[i], PyFormat.f(e.loss), PyFormat.fixed(e.accuracy, 3))
                        + (te == null ? "" : String.format("     %s   %s", PyFormat.f(te.loss), PyFormat.fixed(te.accuracy, 3))));
            }
        }
        if (json) out.println(Json.write(rows));
        return 0;
    }
}

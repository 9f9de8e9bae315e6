package nnfs.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sweep}: the article's comparison of hidden layer sizes 1, 2, 3, 4, 5, 20, 50. */
@Command(name = "sweep", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Compare hidden layer sizes (the article's 1, 2, 3, 4, 5, 20, 50): final loss and accuracy.",
                "Trains one network per hidden layer size, in parallel, and prints each final loss and accuracy."},
        footer = {"", "Example: nnfs sweep --sizes 3,50 --passes 5000"})
final class SweepCommand extends NnfsCommand {
    @Option(names = "--sizes", paramLabel = "H,H,...", order = 5, split = ",", defaultValue = "1,2,3,4,5,20,50",
            description = "hidden layer sizes to compare (default ${DEFAULT-VALUE})")
    int[] sizes;

    @Option(names = "--json", order = 6, description = "print [{\"hidden\": h, \"loss\": ..., \"accuracy\": ...}, ...]")
    boolean json;

    @Mixin
    DataOptions dataOptions;

    @Mixin
    NetworkOptions network;

    /** The sizes compared are --sizes: one hidden layer each, so there is no --hidden here. */
    static void adapt(CommandSpec spec) {
        spec.remove(spec.findOption("--hidden"));
    }

    @Override
    public Integer call() throws Exception {
        UsageException.requireEachWithin("--sizes", sizes, 1, Network.MAX_UNITS);
        Dataset[] tt = dataOptions.read().trainAndTest();
        Dataset data = tt[0], test = tt[1];
        network.hidden = String.valueOf(sizes[0]); // one hidden layer each: its activation is checked against one
        NetworkOptions opts = network.read();
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
                err.println(who() + ": " + ex.getCause().getMessage());
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

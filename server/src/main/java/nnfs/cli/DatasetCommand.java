package nnfs.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nnfs.data.DataSource;
import nnfs.data.Dataset;
import nnfs.model.Json;

/** {@code dataset KIND}: the points as JSON, numbers exact. */
final class DatasetCommand implements Main.Command {
    @Override
    public String summary() {
        return "print a data set as {\"X\": [[x0, x1], ...], \"y\": [...]}";
    }

    @Override
    public String help() {
        return String.join("\n",
                "Usage: nnfs dataset [KIND] [options]",
                "Prints the points of a data set as JSON, every number exact (it reads back to the same bits).",
                "KIND may also be given as --data. moons is scikit-learn's make_moons after np.random.seed(seed).",
                "",
                DataOptions.HELP,
                "  --seed S             the same as --data-seed here",
                "",
                "Example: nnfs dataset moons --n 200 --noise 0.2 --seed 0");
    }

    @Override
    public Set<String> flags() {
        return Set.of();
    }

    @Override
    public int run(Args a, PrintStream out, PrintStream err) {
        List<String> pos = a.positional();
        // "dataset moons --seed 0": the positional kind and --seed are the natural spelling here
        String[] argv = rewrite(a, pos);
        Args b = new Args(argv, 0, Set.of());
        DataSource src = DataOptions.read(b);
        b.done(0);
        a.done(1);
        Dataset d = src.all();
        List<Object> xs = new ArrayList<>();
        for (int i = 0; i < d.n; i++) xs.add(new double[] {d.get(i, 0), d.get(i, 1)});
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("X", xs);
        m.put("y", d.y);
        out.println(Json.write(m));
        return 0;
    }

    private static String[] rewrite(Args a, List<String> pos) {
        List<String> out = new ArrayList<>();
        if (!pos.isEmpty()) {
            if (a.has("data")) throw new UsageException("give the kind once: '" + pos.get(0) + "' or --data");
            out.add("--data");
            out.add(pos.get(0));
        }
        for (String name : new String[] {"data", "n", "noise", "classes", "factor", "points", "test-fraction", "split-seed", "data-seed"}) {
            if (a.has(name)) {
                out.add("--" + name);
                out.add(a.string(name, null));
            }
        }
        if (a.has("seed")) {
            if (a.has("data-seed")) throw new UsageException("give the seed once: --seed or --data-seed");
            out.add("--data-seed");
            out.add(a.string("seed", null));
        }
        return out.toArray(new String[0]);
    }
}

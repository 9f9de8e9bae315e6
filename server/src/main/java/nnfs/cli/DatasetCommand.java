package nnfs.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnfs.data.Dataset;
import nnfs.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dataset KIND}: the points as JSON, numbers exact. */
@Command(name = "dataset", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Print a data set as {\"X\": [[x0, x1], ...], \"y\": [...]}.",
                "Prints the points of a data set as JSON, every number exact (it reads back to the same bits). KIND may also be given as --data. moons is scikit-learn's make_moons after np.random.seed(seed)."},
        footer = {"", "Example: nnfs dataset moons --n 200 --noise 0.2 --seed 0"})
final class DatasetCommand extends NnfsCommand {
    @Parameters(arity = "0..1", paramLabel = "KIND", description = "the data set, as --data")
    String kind;

    // "dataset moons --seed 0": the positional kind and --seed are the natural spelling here
    @Option(names = "--seed", paramLabel = "S", order = 5, description = "the same as --data-seed here")
    Long seed;

    @Mixin
    DataOptions data;

    @Override
    public Integer call() {
        if (kind != null) {
            if (given("--data")) throw new UsageException("give the kind once: '" + kind + "' or --data");
            data.kind = kind;
        }
        if (seed != null) {
            if (given("--data-seed")) throw new UsageException("give the seed once: --seed or --data-seed");
            data.dataSeed = seed;
        }
        Dataset d = data.read().all();
        List<Object> xs = new ArrayList<>();
        for (int i = 0; i < d.n; i++) xs.add(new double[] {d.get(i, 0), d.get(i, 1)});
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("X", xs);
        m.put("y", d.y);
        out.println(Json.write(m));
        return 0;
    }
}

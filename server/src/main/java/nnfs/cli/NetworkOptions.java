package nnfs.cli;

import nnfs.data.Dataset;
import nnfs.nn.Activation;
import nnfs.nn.Network;
import nnfs.nn.Schedule;
import nnfs.nn.TrainingSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The network and training options; defaults and ranges are the settings table's (the article's 2-3-2 tanh network). */
final class NetworkOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @TableKey("hidden")
    @Option(names = "--hidden", paramLabel = "H[,H...]", order = 30, description = "hidden layer sizes, e.g. 3 or 5,4 (default ${DEFAULT-VALUE})")
    String hidden;

    @TableKey("act")
    @Option(names = "--activation", paramLabel = "A[,A]", order = 31, description = "tanh, sigmoid or relu, one for all layers or one per layer (default ${DEFAULT-VALUE})")
    String activation;

    @TableKey("passes")
    @Option(names = "--passes", paramLabel = "N", order = 32, description = "passes over the data (default ${DEFAULT-VALUE})")
    long passes;

    @TableKey("lr")
    @Option(names = "--lr", paramLabel = "R", order = 33, description = "learning rate epsilon (default ${DEFAULT-VALUE})")
    double lr;

    @TableKey("reg")
    @Option(names = "--reg", paramLabel = "L", order = 34, description = "L2 strength lambda (default ${DEFAULT-VALUE})")
    double reg;

    @TableKey("wseed")
    @Option(names = "--seed", paramLabel = "S", order = 35, description = "np.random.seed before the initial weights (default ${DEFAULT-VALUE})")
    long seed;

    @TableKey("batch")
    @Option(names = "--batch", paramLabel = "B", order = 36, description = "minibatch size; 0 = full batch, as the article (default ${DEFAULT-VALUE})")
    long batch;

    @Option(names = "--anneal", paramLabel = "SPEC", order = 37, defaultValue = "none", description = "none, step:FACTOR:EVERY, exp:K or inv:K (default ${DEFAULT-VALUE})")
    String anneal;

    @Option(names = "--mean-gradients", order = 38, description = "average the batch gradients instead of summing them")
    boolean meanGradients;

    /** What the options say, once {@link #read} checked them. */
    int[] hiddenSizes;
    Activation[] activations;
    TrainingSettings settings;

    /** Checks every option against the table and the network's rules; a bad one is a usage error. */
    NetworkOptions read() {
        hiddenSizes = parseHidden();
        activations = activations(hiddenSizes.length);
        settings = trainingSettings();
        return this;
    }

    /** The hidden layer sizes, each between 1 and the table's largest layer. */
    private int[] parseHidden() {
        String[] parts = hidden.split(",", -1);
        if (parts.length > Network.MAX_LAYERS) throw new UsageException("--hidden: at most " + Network.MAX_LAYERS + " hidden layers");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Integer.parseInt(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new UsageException("--hidden: expected whole numbers separated by commas, got '" + hidden + "'");
            }
            if (out[i] < 1 || out[i] > Network.MAX_UNITS) throw new UsageException("--hidden: each must be between 1 and " + Network.MAX_UNITS + ", got " + out[i]);
        }
        return out;
    }

    /** One activation per hidden layer: the one given for all, or one each. */
    private Activation[] activations(int layers) {
        String[] names = activation.split(",", -1);
        if (names.length != 1 && names.length != layers) {
            throw new UsageException("--activation: give one activation, or one per hidden layer (" + layers + ")");
        }
        Activation[] acts = new Activation[layers];
        for (int i = 0; i < layers; i++) {
            try {
                acts[i] = Activation.parse(names[names.length == 1 ? 0 : i].trim());
            } catch (IllegalArgumentException e) {
                throw new UsageException("--activation: " + e.getMessage());
            }
        }
        return acts;
    }

    /** The training settings, each checked against the table's range. */
    private TrainingSettings trainingSettings() {
        Schedule schedule;
        try {
            schedule = Schedule.parse(anneal);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--anneal: " + e.getMessage());
        }
        for (String o : new String[] {"--passes", "--lr", "--reg", "--seed", "--batch"}) {
            TableDefaults.checkRange(spec, o, ((Number) spec.findOption(o).getValue()).doubleValue());
        }
        return new TrainingSettings(passes, lr, reg, seed, (int) batch, schedule, meanGradients);
    }

    /** A freshly initialised network for this data: its inputs and classes around the hidden layers. */
    Network network(Dataset data) {
        int[] sizes = new int[hiddenSizes.length + 2];
        sizes[0] = data.dims;
        System.arraycopy(hiddenSizes, 0, sizes, 1, hiddenSizes.length);
        sizes[sizes.length - 1] = data.classes;
        return Network.initialise(sizes, activations, settings.seed);
    }
}

package nnfs.cli;

import nnfs.data.Dataset;
import nnfs.nn.Activation;
import nnfs.nn.Network;
import nnfs.nn.Schedule;
import nnfs.nn.TrainingSettings;

/** The network and training options; the defaults are the article's. */
final class NetworkOptions {
    static final String HELP = String.join("\n",
            "Network and training (default: the article's 2-3-2 tanh network):",
            "  --hidden H[,H...]    hidden layer sizes, e.g. 3 or 5,4 (default 3)",
            "  --activation A[,A]   tanh, sigmoid or relu, one for all layers or one per layer (default tanh)",
            "  --passes N           passes over the data (default 20000)",
            "  --lr R               learning rate epsilon (default 0.01)",
            "  --reg L              L2 strength lambda (default 0.01)",
            "  --seed S             np.random.seed before the initial weights (default 0)",
            "  --batch B            minibatch size; 0 = full batch, as the article (default 0)",
            "  --anneal SPEC        none, step:FACTOR:EVERY, exp:K or inv:K (default none)",
            "  --mean-gradients     average the batch gradients instead of summing them");

    final int[] hidden;
    final Activation[] activations;
    final TrainingSettings settings;

    private NetworkOptions(int[] hidden, Activation[] activations, TrainingSettings settings) {
        this.hidden = hidden;
        this.activations = activations;
        this.settings = settings;
    }

    static NetworkOptions read(Args a) {
        int[] hidden = a.integers("hidden", new int[] {3}, 1, Network.MAX_UNITS);
        if (hidden.length > Network.MAX_LAYERS) throw new UsageException("--hidden: at most " + Network.MAX_LAYERS + " hidden layers");
        String[] names = a.string("activation", "tanh").split(",", -1);
        if (names.length != 1 && names.length != hidden.length) {
            throw new UsageException("--activation: give one activation, or one per hidden layer (" + hidden.length + ")");
        }
        Activation[] acts = new Activation[hidden.length];
        for (int i = 0; i < acts.length; i++) {
            try {
                acts[i] = Activation.parse(names[names.length == 1 ? 0 : i].trim());
            } catch (IllegalArgumentException e) {
                throw new UsageException("--activation: " + e.getMessage());
            }
        }
        Schedule schedule;
        try {
            schedule = Schedule.parse(a.string("anneal", "none"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--anneal: " + e.getMessage());
        }
        TrainingSettings s = new TrainingSettings(
                DataOptions.integer(a, "passes", "passes"),
                DataOptions.number(a, "lr", "lr"),
                DataOptions.number(a, "reg", "reg"),
                DataOptions.integer(a, "seed", "wseed"),
                (int) DataOptions.integer(a, "batch", "batch"),
                schedule,
                a.flag("mean-gradients"));
        return new NetworkOptions(hidden, acts, s);
    }

    /** A freshly initialised network for this data: its inputs and classes around the hidden layers. */
    Network network(Dataset data) {
        int[] sizes = new int[hidden.length + 2];
        sizes[0] = data.dims;
        System.arraycopy(hidden, 0, sizes, 1, hidden.length);
        sizes[sizes.length - 1] = data.classes;
        return Network.initialise(sizes, activations, settings.seed);
    }
}

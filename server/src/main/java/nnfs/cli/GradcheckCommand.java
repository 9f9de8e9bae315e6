package nnfs.cli;

import nnfs.data.Dataset;
import nnfs.nn.GradientCheck;
import nnfs.nn.Network;
import nnfs.nn.Training;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code gradcheck}: backpropagation against finite differences. */
@Command(name = "gradcheck", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Check backpropagation's gradients against finite differences.",
                "Compares every backpropagated derivative with (J(w + eps) - J(w - eps)) / 2 eps and prints the largest relative error per layer. Below 1e-7 the gradients are right; ReLU kinks may give up to ~1e-4."},
        footer = {"", "Example: nnfs gradcheck --hidden 5,4 --activation tanh,sigmoid"})
final class GradcheckCommand extends NnfsCommand {
    @Option(names = "--epsilon", paramLabel = "E", order = 5, defaultValue = "1e-5", description = "finite-difference step (default ${DEFAULT-VALUE})")
    double eps;

    @Mixin
    DataOptions data;

    @Mixin
    NetworkOptions network;

    /** Here --passes trains before checking, and by default not at all: the initial weights are checked. */
    static void adapt(CommandSpec spec) {
        OptionSpec passes = spec.findOption("--passes");
        spec.remove(passes);
        spec.addOption(OptionSpec.builder(passes).defaultValue("0").description("passes to train before checking (default ${DEFAULT-VALUE})").build());
    }

    @Override
    public Integer call() throws Exception {
        Dataset data = this.data.read().all();
        NetworkOptions opts = network.read();
        UsageException.requireWithin("--epsilon", eps, 1e-12, 0.1);
        Network net = opts.network(data);
        if (opts.settings.passes > 0) {
            Training t = new Training(net, data, null, opts.settings, 0, 0);
            t.runToEnd();
            if (t.state() == Training.State.FAILED) {
                err.println(who() + ": " + t.failure());
                return 1;
            }
        }
        GradientCheck g = GradientCheck.run(net, data, opts.settings.reg, eps);
        for (int l = 0; l < g.layerErrors.length; l++) {
            out.println(String.format("layer %d (W%d, b%d): max relative error %.3e", l + 1, l + 1, l + 1, g.layerErrors[l]));
        }
        out.println(String.format("%d parameters checked; largest relative error %.3e at %s: %s", g.parametersChecked,
                g.maxRelativeError, g.worst, g.maxRelativeError < 1e-7 ? "gradients are correct"
                        : g.maxRelativeError < 1e-4 ? "probably correct (kinks or rounding)" : "GRADIENTS DISAGREE"));
        return 0;
    }
}

package nnfs.cli;

import java.io.PrintStream;
import java.util.Set;
import nnfs.data.Dataset;
import nnfs.nn.GradientCheck;
import nnfs.nn.Network;
import nnfs.nn.Training;

/** {@code gradcheck}: backpropagation against finite differences. */
final class GradcheckCommand implements Main.Command {
    @Override
    public String summary() {
        return "check backpropagation's gradients against finite differences";
    }

    @Override
    public String help() {
        return String.join("\n",
                "Usage: nnfs gradcheck [options]",
                "Compares every backpropagated derivative with (J(w + eps) - J(w - eps)) / 2 eps and prints the largest",
                "relative error per layer. Below 1e-7 the gradients are right; ReLU kinks may give up to ~1e-4.",
                "--passes trains that many passes first (default 0: the initial weights).",
                "",
                "  --epsilon E          finite-difference step (default 1e-5)",
                "",
                DataOptions.HELP,
                "",
                NetworkOptions.HELP.replace("passes over the data (default 20000)", "passes to train before checking (default 0)"),
                "",
                "Example: nnfs gradcheck --hidden 5,4 --activation tanh,sigmoid");
    }

    @Override
    public Set<String> flags() {
        return Set.of("mean-gradients");
    }

    @Override
    public int run(Args a, PrintStream out, PrintStream err) {
        boolean passesGiven = a.has("passes");
        Dataset data = DataOptions.read(a).all();
        NetworkOptions opts = NetworkOptions.read(a);
        double eps = a.number("epsilon", 1e-5, 1e-12, 0.1);
        a.done(0);
        Network net = opts.network(data);
        if (passesGiven && opts.settings.passes > 0) {
            Training t = new Training(net, data, null, opts.settings, 0, 0);
            t.runToEnd();
            if (t.state() == Training.State.FAILED) {
                err.println("nnfs gradcheck: " + t.failure());
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

package nnfs.nn;

import nnfs.data.Dataset;
import nnfs.text.Msg;
import nnfs.text.Problem;

/**
 * Checks backpropagation against finite differences, the way a learner checks their own: for every weight and
 * bias, (J(theta + eps) - J(theta - eps)) / (2 eps) against the backpropagated derivative, J being the
 * objective whose gradient training follows (sum of cross-entropies + lambda/2 |W|^2). Reports the largest
 * relative error |a - b| / max(|a|, |b|); below about 1e-7 means the gradients are right.
 */
public final class GradientCheck {
    public final double maxRelativeError;
    /** Per layer: the largest relative error among its weights and biases. */
    public final double[] layerErrors;
    public final int parametersChecked;
    /** Where the largest error is: layer (1-based), "W" or "b", and index. */
    public final String worst;

    private GradientCheck(double maxRelativeError, double[] layerErrors, int parametersChecked, String worst) {
        this.maxRelativeError = maxRelativeError;
        this.layerErrors = layerErrors;
        this.parametersChecked = parametersChecked;
        this.worst = worst;
    }

    public static GradientCheck run(Network net, Dataset d, double reg, double eps) {
        if (!(eps > 0 && eps < 1)) throw Problem.of(Msg.EPSILON_RANGE, eps);
        Network n = net.copy();
        Backprop bp = new Backprop(n, d.n);
        bp.forward(d, null, 0, d.n);
        bp.backward(1.0, reg);
        double max = 0;
        String worst = "none";
        int checked = 0;
        double[] layerErrors = new double[n.layers()];
        for (int l = 0; l < n.layers(); l++) {
            double[][] groups = {n.w[l], n.b[l]};
            double[][] grads = {bp.gw[l].clone(), bp.gb[l].clone()};
            for (int g = 0; g < 2; g++) {
                double[] p = groups[g];
                for (int k = 0; k < p.length; k++) {
                    double saved = p[k];
                    p[k] = saved + eps;
                    double plus = objective(n, d, reg);
                    p[k] = saved - eps;
                    double minus = objective(n, d, reg);
                    p[k] = saved;
                    double numeric = (plus - minus) / (2 * eps);
                    double analytic = grads[g][k];
                    double scale = Math.max(Math.abs(numeric), Math.abs(analytic));
                    double err = scale == 0 ? 0 : Math.abs(numeric - analytic) / scale;
                    checked++;
                    layerErrors[l] = Math.max(layerErrors[l], err);
                    if (err > max) {
                        max = err;
                        worst = (g == 0 ? "W" : "b") + (l + 1) + "[" + k + "]";
                    }
                }
            }
        }
        return new GradientCheck(max, layerErrors, checked, worst);
    }

    /** sum of -log p_correct + lambda/2 |W|^2: n times the article's loss. */
    private static double objective(Network net, Dataset d, double reg) {
        return Evaluation.of(net, d, reg).loss * d.n;
    }
}

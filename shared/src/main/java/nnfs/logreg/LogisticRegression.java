package nnfs.logreg;

import nnfs.Classifier;
import nnfs.data.Dataset;
import nnfs.math.Fdlibm;
import nnfs.nn.Network;
import java.util.Arrays;
import nnfs.text.Msg;
import nnfs.text.Problem;

/**
 * L2-regularised logistic regression as scikit-learn defines it: minimise
 * C * sum of log-losses + 1/2 |W|^2, the intercept not penalised. Two classes use one weight vector (the
 * positive class is 1); more classes use the multinomial (softmax) model, as {@code LogisticRegression} does
 * with lbfgs. Solved by Newton's method to far tighter tolerance than scikit-learn's, so the coefficients are
 * the optimum's (scikit-learn stops within about 1e-4 of it).
 */
public final class LogisticRegression implements Classifier {
    public final int dims;
    public final int classes;
    public final double c;
    /** One row of {@code dims} weights per output: 1 output for 2 classes, else one per class. */
    public final double[] coef;
    public final double[] intercept;

    public LogisticRegression(int dims, int classes, double c, double[] coef, double[] intercept) {
        int outputs = classes == 2 ? 1 : classes;
        if (coef.length != outputs * dims || intercept.length != outputs) {
            throw Problem.of(Msg.LOGREG_SHAPE, dims, classes);
        }
        this.dims = dims;
        this.classes = classes;
        this.c = c;
        this.coef = coef;
        this.intercept = intercept;
    }

    public static LogisticRegression fit(Dataset d, double c) {
        if (!(c > 0) || Double.isInfinite(c)) throw Problem.of(Msg.LOGREG_C, c);
        Objective obj = new Objective(d, c);
        double[] theta = Newton.minimise(obj);
        int outputs = obj.outputs;
        double[] w = new double[outputs * d.dims];
        double[] b = new double[outputs];
        for (int o = 0; o < outputs; o++) {
            System.arraycopy(theta, o * (d.dims + 1), w, o * d.dims, d.dims);
            b[o] = theta[o * (d.dims + 1) + d.dims];
        }
        if (outputs > 1) {
            // The softmax does not change when every intercept moves by the same amount; centre them, as
            // scikit-learn's lbfgs (started at zero, with gradients summing to zero) leaves them.
            double mean = 0;
            for (double v : b) mean += v;
            mean /= outputs;
            for (int o = 0; o < outputs; o++) b[o] -= mean;
        }
        return new LogisticRegression(d.dims, d.classes, c, w, b);
    }

    private int outputs() {
        return intercept.length;
    }

    /** The decision function: w.x + b for each output. */
    private void scores(double[] x, int off, double[] z) {
        for (int o = 0; o < outputs(); o++) {
            double s = 0;
            for (int j = 0; j < dims; j++) s += x[off + j] * coef[o * dims + j];
            z[o] = s + intercept[o];
        }
    }

    @Override
    public int classes() {
        return classes;
    }

    @Override
    public int inputs() {
        return dims;
    }

    @Override
    public void probabilities(double[] x, int off, double[] probs) {
        double[] z = new double[outputs()];
        scores(x, off, z);
        if (classes == 2) {
            probs[1] = Fdlibm.sigmoid(z[0]);
            probs[0] = 1 - probs[1];
            return;
        }
        Network.softmax(z, 0, classes, probs, 0);
    }

    /** scikit-learn's predict: class 1 where the decision function is > 0, else the argmax. */
    @Override
    public int predict(double[] x, int off) {
        double[] z = new double[outputs()];
        scores(x, off, z);
        if (classes == 2) return z[0] > 0 ? 1 : 0;
        int best = 0;
        for (int k = 1; k < classes; k++) if (z[k] > z[best]) best = k;
        return best;
    }

    @Override
    public long parameterCount() {
        return coef.length + intercept.length;
    }

    /** Fraction of points predicted right: count / n, as scikit-learn's accuracy. */
    public double accuracy(Dataset d) {
        int ok = 0;
        for (int i = 0; i < d.n; i++) if (predict(d.x, i * d.dims) == d.y[i]) ok++;
        return (double) ok / d.n;
    }

    /** f, gradient and Hessian of the penalised log-loss, parameters laid out as (w_o, b_o) per output. */
    static final class Objective {
        final Dataset d;
        final double c;
        final int outputs;
        final int size;

        Objective(Dataset d, double c) {
            this.d = d;
            this.c = c;
            this.outputs = d.classes == 2 ? 1 : d.classes;
            this.size = outputs * (d.dims + 1);
        }

        private double score(double[] theta, int row, int o) {
            int base = o * (d.dims + 1);
            double s = 0;
            for (int j = 0; j < d.dims; j++) s += d.x[row * d.dims + j] * theta[base + j];
            return s + theta[base + d.dims];
        }

        /** Every output's score of one row into z; returns the largest (softmax subtracts it). */
        private double allScores(double[] theta, int row, double[] z) {
            double max = Double.NEGATIVE_INFINITY;
            for (int o = 0; o < outputs; o++) {
                z[o] = score(theta, row, o);
                max = Math.max(max, z[o]);
            }
            return max;
        }

        private double penalty(double[] theta) {
            double p = 0;
            for (int o = 0; o < outputs; o++) {
                for (int j = 0; j < d.dims; j++) p += theta[o * (d.dims + 1) + j] * theta[o * (d.dims + 1) + j];
            }
            return 0.5 * p;
        }

        /** log(1 + e^m) without overflow. */
        private static double softplus(double m) {
            return m > 0 ? m + Fdlibm.log(1 + Fdlibm.exp(-m)) : Fdlibm.log(1 + Fdlibm.exp(m));
        }

        double value(double[] theta) {
            double loss = 0;
            double[] z = new double[outputs];
            for (int i = 0; i < d.n; i++) {
                if (outputs == 1) {
                    double s = d.y[i] == 1 ? 1 : -1;
                    loss += softplus(-s * score(theta, i, 0));
                } else {
                    double max = allScores(theta, i, z);
                    double sum = 0;
                    for (int o = 0; o < outputs; o++) sum += Fdlibm.exp(z[o] - max);
                    loss = (Fdlibm.log(sum) + max - z[d.y[i]]) + loss; // not loss += ...: TeaVM would drop the grouping
                }
            }
            return c * loss + penalty(theta);
        }

        /** Fills the gradient g and the Hessian h (size x size, row-major). */
        void derivatives(double[] theta, double[] g, double[] h) {
            Arrays.fill(g, 0);
            Arrays.fill(h, 0);
            int dd = d.dims + 1;
            double[] xt = new double[dd];
            double[] p = new double[outputs];
            for (int i = 0; i < d.n; i++) {
                for (int j = 0; j < d.dims; j++) xt[j] = d.x[i * d.dims + j];
                xt[d.dims] = 1;
                if (outputs == 1) {
                    double q = Fdlibm.sigmoid(score(theta, i, 0));
                    double r = q - (d.y[i] == 1 ? 1 : 0);
                    double wgt = q * (1 - q);
                    for (int a = 0; a < dd; a++) {
                        g[a] += c * r * xt[a];
                        for (int b = 0; b < dd; b++) h[a * size + b] += c * wgt * xt[a] * xt[b];
                    }
                } else {
                    allScores(theta, i, p);
                    Network.softmax(p, 0, outputs, p, 0);
                    for (int o = 0; o < outputs; o++) {
                        double r = p[o] - (d.y[i] == o ? 1 : 0);
                        for (int a = 0; a < dd; a++) g[o * dd + a] += c * r * xt[a];
                        for (int q = 0; q < outputs; q++) {
                            double wgt = p[o] * ((o == q ? 1 : 0) - p[q]);
                            if (wgt == 0) continue;
                            for (int a = 0; a < dd; a++) {
                                for (int b = 0; b < dd; b++) h[(o * dd + a) * size + q * dd + b] += c * wgt * xt[a] * xt[b];
                            }
                        }
                    }
                }
            }
            for (int o = 0; o < outputs; o++) {
                for (int j = 0; j < d.dims; j++) {
                    int k = o * dd + j;
                    g[k] += theta[k];
                    h[k * size + k] += 1;
                }
            }
        }
    }
}

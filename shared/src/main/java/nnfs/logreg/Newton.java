package nnfs.logreg;

/**
 * Damped Newton's method with a backtracking line search, for the small convex problems of logistic
 * regression. The damping (a tiny multiple of the identity) keeps the multinomial Hessian, singular along
 * "add the same constant to every intercept", solvable; the gradient has no component there, so neither does
 * the step, and the intercepts stay centred as scikit-learn's lbfgs keeps them from its zero start.
 */
final class Newton {
    private Newton() {}

    static final int MAX_ITERATIONS = 200;

    static double[] minimise(LogisticRegression.Objective f) {
        int n = f.size;
        double[] theta = new double[n];
        double[] g = new double[n];
        double[] h = new double[n * n];
        double value = f.value(theta);
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            f.derivatives(theta, g, h);
            double gmax = 0, hmax = 0;
            for (int i = 0; i < n; i++) {
                gmax = Math.max(gmax, Math.abs(g[i]));
                hmax = Math.max(hmax, Math.abs(h[i * n + i]));
            }
            if (gmax <= 1e-12 * (1 + hmax)) break;
            double[] a = h.clone();
            for (int i = 0; i < n; i++) a[i * n + i] += 1e-12 * (1 + hmax);
            double[] step = g.clone();
            for (int i = 0; i < n; i++) step[i] = -step[i];
            double[] dir = LinearSolve.solve(a, step, n);
            double slope = 0;
            for (int i = 0; i < n; i++) slope += g[i] * dir[i];
            if (!(slope < 0)) break; // no descent left at this precision
            double t = 1;
            double[] next = new double[n];
            double nextValue;
            while (true) {
                for (int i = 0; i < n; i++) next[i] = theta[i] + t * dir[i];
                nextValue = f.value(next);
                if (nextValue <= value + 1e-4 * t * slope || t < 1e-12) break;
                t *= 0.5;
            }
            if (!(nextValue <= value)) break;
            boolean moved = false;
            for (int i = 0; i < n; i++) if (next[i] != theta[i]) moved = true;
            theta = next;
            value = nextValue;
            if (!moved) break;
        }
        return theta;
    }
}

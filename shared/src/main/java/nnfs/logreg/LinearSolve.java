package nnfs.logreg;

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small: at most a few dozen unknowns). */
final class LinearSolve {
    private LinearSolve() {}

    /** Solves in place: {@code a} (n x n, row-major) and {@code b} are destroyed; returns x. */
    static double[] solve(double[] a, double[] b, int n) {
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) if (Math.abs(a[r * n + col]) > Math.abs(a[pivot * n + col])) pivot = r;
            if (a[pivot * n + col] == 0) throw new ArithmeticException("singular system");
            if (pivot != col) {
                for (int c = 0; c < n; c++) {
                    double t = a[col * n + c];
                    a[col * n + c] = a[pivot * n + c];
                    a[pivot * n + c] = t;
                }
                double t = b[col];
                b[col] = b[pivot];
                b[pivot] = t;
            }
            for (int r = col + 1; r < n; r++) {
                double f = a[r * n + col] / a[col * n + col];
                if (f == 0) continue;
                for (int c = col; c < n; c++) a[r * n + c] -= f * a[col * n + c];
                b[r] -= f * b[col];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = b[r];
            for (int c = r + 1; c < n; c++) s -= a[r * n + c] * x[c];
            x[r] = s / a[r * n + r];
        }
        return x;
    }
}

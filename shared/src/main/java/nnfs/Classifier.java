package nnfs;

/** What a decision boundary needs of a model: class probabilities for a point. */
public interface Classifier {
    int classes();

    int inputs();

    /** Class probabilities of the point x[offset .. offset + inputs()) into probs[0 .. classes()). */
    void probabilities(double[] x, int offset, double[] probs);

    /** The predicted class of the point. */
    int predict(double[] x, int offset);

    /**
     * Probabilities ({@code classes()} per point) and predicted class of the {@code n} points in {@code x}
     * (row-major, {@code inputs()} numbers each): what a picture of the plane asks, a grid at a time.
     */
    default void classify(double[] x, int n, double[] probs, int[] predicted) {
        int c = classes(), dims = inputs();
        double[] p = new double[c];
        for (int r = 0; r < n; r++) {
            probabilities(x, r * dims, p);
            System.arraycopy(p, 0, probs, r * c, c);
            predicted[r] = predict(x, r * dims);
        }
    }

    /** Number of weights and biases: what one point's probabilities cost, in multiply-adds. */
    long parameterCount();
}

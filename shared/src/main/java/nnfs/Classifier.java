package nnfs;

/** What a decision boundary needs of a model: class probabilities for a point. */
public interface Classifier {
    int classes();

    int inputs();

    /** Class probabilities of the point x[offset .. offset + inputs()) into probs[0 .. classes()). */
    void probabilities(double[] x, int offset, double[] probs);

    /** The predicted class of the point. */
    int predict(double[] x, int offset);

    /** Number of weights and biases: what one point's probabilities cost, in multiply-adds. */
    long parameterCount();
}

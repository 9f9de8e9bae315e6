package nnfs.nn;

/**
 * One gradient step in the article's variables, for every point of its batch at once: dW_l = a_{l-1}^T delta_l
 * summed over the batch (scaled by 1/count with mean gradients) plus the L2 term reg * W_l, db_l = delta_l summed,
 * and W_l <- W_l - epsilon * dW_l with the weights before and after. See {@link Training#nextStep}.
 */
public final class UpdateStep {
    /** The pass this step belongs to (0-based: the number of passes done before it). */
    public final long pass;
    /** The rows in the step's batch, of the training set's {@code trainingRows}. */
    public final int batchRows;
    public final int trainingRows;
    /** epsilon at this pass (after any annealing). */
    public final double learningRate;
    /** The L2 strength as this step applies it (the article's reg_lambda in full-batch mode). */
    public final double reg;
    /** Per layer, row-major as W: the data's term of dW, the L2 term reg * W, and their sum dW. */
    public final double[][] dataTerm;
    public final double[][] penaltyTerm;
    public final double[][] dW;
    public final double[][] db;
    public final double[][] wBefore;
    public final double[][] bBefore;
    public final double[][] wAfter;
    public final double[][] bAfter;

    UpdateStep(long pass, int batchRows, int trainingRows, double learningRate, double reg, double[][] dataTerm,
               double[][] penaltyTerm, double[][] dW, double[][] db, double[][] wBefore, double[][] bBefore,
               double[][] wAfter, double[][] bAfter) {
        this.pass = pass;
        this.batchRows = batchRows;
        this.trainingRows = trainingRows;
        this.learningRate = learningRate;
        this.reg = reg;
        this.dataTerm = dataTerm;
        this.penaltyTerm = penaltyTerm;
        this.dW = dW;
        this.db = db;
        this.wBefore = wBefore;
        this.bBefore = bBefore;
        this.wAfter = wAfter;
        this.bAfter = bAfter;
    }
}

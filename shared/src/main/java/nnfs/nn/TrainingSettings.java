package nnfs.nn;

import nnfs.text.Msg;
import nnfs.text.Problem;

/**
 * How to train: the article's defaults (20000 passes of full-batch gradient descent, learning rate 0.01,
 * L2 strength 0.01, summed gradients, initial weights from seed 0) unless changed. Immutable; the {@code with}
 * methods return a changed copy.
 */
public final class TrainingSettings {
    public static final long MAX_PASSES = nnfs.Limits.MAX_PASSES;

    public final long passes;
    public final double learningRate;
    public final double reg;
    public final long seed;
    /** Rows per gradient step; 0 means the whole training set (the article). */
    public final int batchSize;
    public final Schedule schedule;
    /** Average the batch gradients instead of summing them (the article sums). */
    public final boolean meanGradients;

    public TrainingSettings(long passes, double learningRate, double reg, long seed, int batchSize,
                            Schedule schedule, boolean meanGradients) {
        if (passes < 0 || passes > MAX_PASSES) throw Problem.of(Msg.PASSES_RANGE, MAX_PASSES, passes);
        if (!(learningRate >= nnfs.Limits.MIN_RATE) || learningRate > nnfs.Limits.MAX_RATE) {
            throw Problem.of(Msg.RATE_RANGE, nnfs.Limits.MIN_RATE, nnfs.Limits.MAX_RATE, learningRate);
        }
        if (!(reg >= 0) || Double.isInfinite(reg) || reg > nnfs.Limits.MAX_REG) {
            throw Problem.of(Msg.REG_RANGE, nnfs.Limits.MAX_REG, reg);
        }
        if (seed < 0 || seed > 0xFFFFFFFFL) throw Problem.of(Msg.SEED_RANGE, seed);
        if (batchSize < 0 || batchSize > nnfs.Limits.MAX_POINTS) {
            throw Problem.of(Msg.BATCH_RANGE, nnfs.Limits.MAX_POINTS, batchSize);
        }
        if (schedule == null) throw Problem.of(Msg.NO_SCHEDULE);
        this.passes = passes;
        this.learningRate = learningRate;
        this.reg = reg;
        this.seed = seed;
        this.batchSize = batchSize;
        this.schedule = schedule;
        this.meanGradients = meanGradients;
    }

    public static TrainingSettings article() {
        return new TrainingSettings(20000, 0.01, 0.01, 0, 0, Schedule.NONE, false);
    }

    public TrainingSettings withPasses(long p) {
        return new TrainingSettings(p, learningRate, reg, seed, batchSize, schedule, meanGradients);
    }

    public TrainingSettings withLearningRate(double r) {
        return new TrainingSettings(passes, r, reg, seed, batchSize, schedule, meanGradients);
    }

    public TrainingSettings withReg(double l) {
        return new TrainingSettings(passes, learningRate, l, seed, batchSize, schedule, meanGradients);
    }

    public TrainingSettings withSeed(long s) {
        return new TrainingSettings(passes, learningRate, reg, s, batchSize, schedule, meanGradients);
    }

    public TrainingSettings withBatchSize(int b) {
        return new TrainingSettings(passes, learningRate, reg, seed, b, schedule, meanGradients);
    }

    public TrainingSettings withSchedule(Schedule s) {
        return new TrainingSettings(passes, learningRate, reg, seed, batchSize, s, meanGradients);
    }

    public TrainingSettings withMeanGradients(boolean m) {
        return new TrainingSettings(passes, learningRate, reg, seed, batchSize, schedule, m);
    }
}

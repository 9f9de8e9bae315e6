package nnfs;

/**
 * Every limit on what a learner may ask for, in one place: the command line and the server use these directly,
 * the browser gets them in the settings table (nnfs.settings.Settings, emitted as settings.js). Each says why.
 */
public final class Limits {
    private Limits() {}

    /** Points in one data set, generated or the learner's own: enough for any lesson, light for a browser tab and a model document. */
    public static final int MAX_POINTS = 5000;
    /** Coordinates beyond this cannot be plotted next to the others (and no data set of a lesson needs them). */
    public static final double MAX_COORDINATE = 1e6;
    /** Noise (scikit-learn's noise, or cluster_std for blobs): past this every data set is a cloud. */
    public static final double MAX_NOISE = 10;
    /** Classes of generated blobs; of the spiral, whose arms overlap past five. */
    public static final int MAX_BLOBS_CLASSES = 10;
    public static final int MAX_SPIRAL_CLASSES = 5;
    /** Classes a network or a data set may have (labels 0 to 9): the colour map still tells ten apart. */
    public static final int MAX_CLASSES = 10;
    /** Held out for testing: past this too little is left to train on. */
    public static final double MAX_TEST_FRACTION = 0.9;
    /** Hidden layers, and units in one: what one model document holds and one training step affords. */
    public static final int MAX_HIDDEN_LAYERS = 10;
    public static final int MAX_UNITS = 1000;
    public static final int MAX_INPUTS = 100;
    /** Passes of one training. */
    public static final long MAX_PASSES = 10_000_000;
    /** Learning rate in [MIN_RATE, MAX_RATE] (a smaller step changes nothing in a lesson's passes), L2 strength in [0, MAX_REG]. */
    public static final double MIN_RATE = 1e-9;
    public static final double MAX_RATE = 1000;
    public static final double MAX_REG = 1000;
    /** Seeds are numpy's: 0 to 2**32 - 1. */
    public static final long MAX_SEED = 0xFFFFFFFFL;
    /** The inner circle's radius in circles, as a fraction of the outer: at 1 the two classes are one circle. */
    public static final double MAX_FACTOR = 0.99;
    /** Step annealing multiplies the rate by a factor in [MIN_STEP_FACTOR, 1]. */
    public static final double MIN_STEP_FACTOR = 1e-6;
    /** Where the article plots its data: the data's range widened by this on each side. */
    public static final double PLOT_MARGIN = 0.5;
}

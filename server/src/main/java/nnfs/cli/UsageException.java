package nnfs.cli;

/** A bad command line: printed as one line on stderr, exit status 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }

    /** Refuses a whole number outside min..max: "--port: must be between 0 and 65535, got 70000". */
    static void requireWithin(String option, long value, long min, long max) {
        if (value < min || value > max) throw new UsageException(option + ": must be between " + min + " and " + max + ", got " + value);
    }

    /** Refuses a number outside min..max (NaN too). */
    static void requireWithin(String option, double value, double min, double max) {
        if (!(value >= min && value <= max)) throw new UsageException(option + ": must be between " + min + " and " + max + ", got " + value);
    }

    /** Refuses a list with a number outside min..max: "--sizes: each must be between 1 and 1000, got 0". */
    static void requireEachWithin(String option, int[] values, int min, int max) {
        for (int v : values) if (v < min || v > max) throw new UsageException(option + ": each must be between " + min + " and " + max + ", got " + v);
    }
}

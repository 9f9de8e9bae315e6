package nnfs.math;

/**
 * The hidden units' tanh, fast and the same bits everywhere. A pass of the article's training calls tanh once per
 * point and hidden unit, and fdlibm's ({@link Fdlibm#tanh}) spends most of a pass at hidden size 50 in its branches
 * and two divisions. Here x is split as a + b, a the nearest multiple of 1/64 (whose tanh a table holds) and
 * |b| <= 1/128, and
 *
 * <pre>  tanh(a + b) = (tanh a + tanh b) / (1 + tanh a tanh b)</pre>
 *
 * with tanh b from four terms of its series. One division, one branch that always goes the same way in practice
 * (none on the sign of x), and nothing but {@code + - * /} on doubles and an int index, so the JVM, JavaScript and
 * WebAssembly give the same bits (no 64-bit integers, which TeaVM emulates slowly in JavaScript; no fused
 * multiply-add).
 *
 * <p>Within 2 ulp of the exact value (ElementaryFunctionsTest measures it against a 45-digit reference, as fdlibm's
 * own tanh also reaches 2 ulp): its bits are not
 * StrictMath's, which is why the article's chaotic runs may land elsewhere in their rounding spread.
 */
public final class Tanh {
    private Tanh() {}

    /** Table points per unit of x. */
    private static final int N = 64;
    /** Beyond this |x|, tanh x rounds to 1 (1 - tanh 19.1 is below 2^-54). */
    private static final double SATURATED = 22;
    /** The table's middle: tanh(j / N) is at OFF + j. */
    private static final int OFF = (int) (SATURATED * N);
    /**
     * tanh(j / N) for j = -OFF .. OFF as HI + LO, to about 2^-100: the table adds no error of its own. Negative j
     * are there so that no branch on the sign of x is needed (in a hidden layer that sign is a coin toss, and a
     * mispredicted branch cost about a tenth of the call).
     */
    private static final double[] HI = new double[2 * OFF + 1];
    private static final double[] LO = new double[HI.length];

    static {
        // E = e^(2j/N) = (e^(2/N))^j in double-double arithmetic, then tanh(j/N) = (E - 1) / (E + 1): plain double
        // operations only, so every platform builds the same table
        DD step = DD.exp(new DD(2.0 / N, 0));
        DD e = DD.ONE;
        for (int j = 0; j <= OFF; j++) {
            DD t = e.add(new DD(-1, 0)).div(e.add(DD.ONE));
            HI[OFF + j] = t.hi;
            LO[OFF + j] = t.lo;
            HI[OFF - j] = -t.hi;
            LO[OFF - j] = -t.lo;
            e = e.mul(step);
        }
    }

    /** Adding and subtracting 1.5 * 2^52 rounds x * N to the nearest integer, ties to even: the same for x and -x. */
    private static final double ROUND = 0x1.8p52;

    // tanh b = b + b^3 (C3 + b^2 (C5 + b^2 C7)) + O(b^9); for |b| <= 1/128 the b^9 term is below 2^-60 of b
    private static final double C3 = -1.0 / 3;
    private static final double C5 = 2.0 / 15;
    private static final double C7 = -17.0 / 315;

    /** The hyperbolic tangent. */
    public static double tanh(double x) {
        return tanh(x, HI, LO);
    }

    /**
     * v[i] = tanh v[i] for i in [from, from + count): the same bits as {@link #tanh(double)}, with one call for
     * many values. The loop repeats the scalar function's arithmetic instead of calling it: TeaVM inlines neither
     * call, and its JavaScript spent half a pass at hidden size 50 calling (docs/speed.md has the measurements);
     * ElementaryFunctionsTest checks that both give the same bits.
     */
    public static void tanh(double[] v, int from, int count) {
        double[] hi = HI, lo = LO;
        for (int k = from; k < from + count; k++) {
            double x = v[k];
            if (!(x < SATURATED && x > -SATURATED) || x == 0) {
                v[k] = outside(x);
                continue;
            }
            double j = x * N + ROUND - ROUND;
            int i = (int) j + OFF;
            double b = x - j * (1.0 / N);
            double b2 = b * b;
            double tb = b + b * b2 * (C3 + b2 * (C5 + b2 * C7));
            double ta = hi[i];
            v[k] = lo[i] + tb * (1 - ta * ta) / (1 + ta * tb) + ta;
        }
    }

    /**
     * v[k] = tanh v[k] for k in [from, from + count), with ta and tl (at least as long) as working arrays: the
     * same bits as {@link #tanh(double)} except at -0, which gives +0, in three loops of which the first and last are
     * the JIT's vector instructions; only the middle one, which reads the table, runs an element at a time. For sums
     * computed as (0.0 + ...) + b, as a hidden layer's are: such a sum is never -0 (the sign of a zero is lost in
     * tanh b, and finding it again cost an eighth of a pass at hidden size 50: docs/speed.md).
     */
    public static void tanhOfSums(double[] v, int from, int count, double[] ta, double[] tl) {
        double[] hi = HI, lo = LO;
        int to = from + count;
        for (int k = from; k < to; k++) { // x = j/N + b: tanh b into v, j into ta
            double x = v[k];
            double j = x * N + ROUND - ROUND;
            double b = x - j * (1.0 / N);
            double b2 = b * b;
            v[k] = b + b * b2 * (C3 + b2 * (C5 + b2 * C7));
            ta[k] = j;
        }
        for (int k = from; k < to; k++) { // tanh(j/N) from the table into ta and tl
            double j = ta[k];
            int i = (int) j + OFF; // NaN gives 0 + OFF: the middle, and tanh b stays NaN
            if (i < 0 || i > 2 * OFF) { // beyond the table, where tanh rounds to +-1: tanh b is made 0
                i = j > 0 ? 2 * OFF : 0;
                v[k] = 0;
            }
            ta[k] = hi[i];
            tl[k] = lo[i];
        }
        for (int k = from; k < to; k++) { // the scalar function's last line
            double tb = v[k], a = ta[k];
            v[k] = tl[k] + tb * (1 - a * a) / (1 + a * tb) + a;
        }
    }

    /** tanh of NaN, +-0 and |x| >= SATURATED, which the table's formula does not take. */
    private static double outside(double x) {
        return x != x || x == 0 ? x : x > 0 ? 1.0 : -1.0;
    }

    private static double tanh(double x, double[] hi, double[] lo) {
        // NaN; +-0, whose sign the sums below would lose; or tanh rounds to +-1. Rare, so the branch is predicted.
        if (!(x < SATURATED && x > -SATURATED) || x == 0) return outside(x);
        double j = x * N + ROUND - ROUND;
        int i = (int) j + OFF;
        double b = x - j * (1.0 / N); // exact: x and j/N are within a factor 2 of each other, or j = 0
        double b2 = b * b;
        double tb = b + b * b2 * (C3 + b2 * (C5 + b2 * C7));
        double ta = hi[i];
        // tanh(a + b) - tanh a = tb (1 - ta^2) / (1 + ta tb): small beside ta, so its rounding hardly shows. The
        // small terms are summed first and ta added last, written left to right: TeaVM prints ta + (lo + c) as
        // ta + lo + c, which JavaScript adds in another order. Every step is odd in x, so tanh(-x) = -tanh x exactly.
        return lo[i] + tb * (1 - ta * ta) / (1 + ta * tb) + ta;
    }
}

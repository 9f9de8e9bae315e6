package nnfs.math;

/**
 * e^x for the network's softmax and cross-entropy, fast and the same bits everywhere. fdlibm's ({@link Fdlibm#exp})
 * spends a division and several branches on each call, and the softmax calls it once per point and class. Here
 * x = (64k + j) ln2/64 + r with |r| <= ln2/128, and
 *
 * <pre>  e^x = 2^k 2^(j/64) e^r</pre>
 *
 * with 2^(j/64) from a table (built once in double-double arithmetic) and e^r - 1 from five terms of its series:
 * no division, only {@code + - * /} on doubles and 32-bit integers, so the JVM, JavaScript and WebAssembly give the
 * same bits. Within 1 ulp of the exact value (ElementaryFunctionsTest), but not StrictMath's bits.
 */
public final class Exp {
    private Exp() {}

    private static final int N = 64;
    /** 2^(j/64) = HI[j] + LO[j] for j = 0 .. 63. */
    private static final double[] HI = new double[N];
    private static final double[] LO = new double[N];

    static {
        // 2^(1/64) = e^(ln2/64) from its series, then its powers: plain double operations, the same table everywhere
        DD step = DD.exp(CorrectlyRounded.LN2.mul(1.0 / N));
        DD p = DD.ONE;
        for (int j = 0; j < N; j++) {
            HI[j] = p.hi;
            LO[j] = p.lo;
            p = p.mul(step);
        }
    }

    /** ln2/64 in two parts: n * LN2N_HI is exact for |n| < 2^21 (fdlibm's ln2_hi has 21 trailing zero bits). */
    private static final double LN2N_HI = 6.93147180369123816490e-01 / N;
    private static final double LN2N_LO = 1.90821492927058770002e-10 / N;
    private static final double N_OVER_LN2 = N / 0.6931471805599453;
    /** Above this e^x overflows; below the other, it rounds to 0. */
    private static final double OVERFLOW = 709.782712893384;
    private static final double UNDERFLOW = -745.1332191019412;

    /** e^x. */
    public static double exp(double x) {
        if (!(x < OVERFLOW && x > UNDERFLOW)) return outside(x);
        double t = x * N_OVER_LN2;
        int n = (int) (t < 0 ? t - 0.5 : t + 0.5);
        double r = x - n * LN2N_HI - n * LN2N_LO;
        int j = n & (N - 1), k = n >> 6;
        // e^r - 1: the r^6 term is below 2^-55 of 1 for |r| <= ln2/128
        double p = r + r * r * (0.5 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120))));
        // 2^(j/64) e^r, the small terms first and HI last (TeaVM would print HI + (LO + c) without its parentheses)
        double y = LO[j] + HI[j] * p + HI[j];
        if (k > 1023) return y * 2.0 * Fdlibm.pow2(k - 1);
        if (k < -1022) return y * Fdlibm.pow2(k + 64) * 0x1p-64; // subnormal: rounded twice, the same way everywhere
        return y * Fdlibm.pow2(k);
    }

    /**
     * 2^(n/64) (1 + p), from the table and p = e^r - 1: exp's last lines, for the array form (exp writes them out:
     * TeaVM inlines no call, and the browsers call exp once per row).
     */
    private static double scaled(int n, double p) {
        int j = n & (N - 1), k = n >> 6;
        double y = LO[j] + HI[j] * p + HI[j];
        if (k > 1023) return y * 2.0 * Fdlibm.pow2(k - 1);
        if (k < -1022) return y * Fdlibm.pow2(k + 64) * 0x1p-64;
        return y * Fdlibm.pow2(k);
    }

    /** e^x of NaN and of x beyond the range where e^x is a positive finite number. */
    private static double outside(double x) {
        if (x != x) return x;
        return x > 0 ? Double.POSITIVE_INFINITY : 0.0;
    }

    /**
     * v[k] = e^v[k] for k in [from, from + count), each v[k] at most 0 (a softmax's exponents, less their largest),
     * with pn and pp (at least as long) as working arrays: the same bits as {@link #exp(double)}. The range reduction
     * and the series run as the JIT's vector instructions; the table and the scaling by 2^k an element at a time.
     */
    public static void expOfNonPositive(double[] v, int from, int count, double[] pn, double[] pp) {
        int to = from + count;
        for (int k = from; k < to; k++) {
            double x = v[k];
            // exp's rounding of t = x 64/ln2 <= 0 to an integer, (int) (t - 0.5), as ceil, which the JIT vectorises
            double n = Math.ceil(x * N_OVER_LN2 - 0.5);
            double r = x - n * LN2N_HI - n * LN2N_LO;
            pn[k] = n;
            pp[k] = r + r * r * (0.5 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120))));
        }
        for (int k = from; k < to; k++) {
            double x = v[k];
            v[k] = x <= 0 && x > UNDERFLOW ? scaled((int) pn[k], pp[k]) : exp(x);
        }
    }
}

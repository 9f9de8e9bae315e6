package nnfs.math;

/**
 * log, sin and cos rounded correctly (to the double nearest the exact value), for where we must reproduce the
 * C library that numpy calls: glibc's {@code log} (numpy's legacy normal draws) and {@code sin}/{@code cos}
 * (scikit-learn's data sets) are correctly rounded in all but rare cases, while fdlibm's are off by one ulp
 * now and then, and one ulp in a normal draw changes the article's initial weights.
 *
 * <p>The values are computed in double-double arithmetic (about 106 bits) from {@code + - * /} only, so the
 * result is the same on every platform. Slower than {@link Fdlibm} (a few hundred operations), so used only
 * where data are generated, never in the training loop.
 */
public final class CorrectlyRounded {
    private CorrectlyRounded() {}

    /** pi/2 and ln 2 split into doubles whose sum carries 200+ bits. */
    private static final double[] PIO2 = {0x1.921fb54442d18p+0, 0x1.1a62633145c07p-54, -0x1.f1976b7ed8fbcp-110, 0x1.4cf98e804177dp-164};
    static final DD LN2 = new DD(0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56);
    private static final double[] LN2_PARTS = {0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56, 0x1.7b57a079a1934p-111};
    private static final DD LN10 = new DD(0x1.26bb1bbb55516p+1, -0x1.f48ad494ea3e9p-53);
    private static final double TWO_OVER_PI = 0x1.45f306dc9c883p-1;
    private static final double SQRT_HALF = 0x1.6a09e667f3bcdp-1;

    /** 1/k! for k = 0 .. 29, and 1/(2i+1) for the atanh series, in double-double. */
    private static final DD[] INV_FACT = new DD[30];
    private static final DD[] INV_ODD = new DD[24];

    static {
        INV_FACT[0] = DD.ONE;
        for (int k = 1; k < INV_FACT.length; k++) INV_FACT[k] = INV_FACT[k - 1].div(k);
        for (int i = 0; i < INV_ODD.length; i++) INV_ODD[i] = DD.ONE.div(2 * i + 1);
    }

    /** The natural logarithm, correctly rounded. */
    public static double log(double x) {
        if (Double.isNaN(x) || x < 0) return Double.NaN;
        if (x == 0) return Double.NEGATIVE_INFINITY;
        if (Double.isInfinite(x)) return x;
        if (x == 1) return 0.0;
        int k = 0;
        if (x < Double.MIN_NORMAL) {
            x *= 0x1p54;
            k = -54;
        }
        long bits = Double.doubleToRawLongBits(x);
        k += (int) (bits >>> 52) - 1023;
        double m = Double.longBitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FF0000000000000L); // [1, 2)
        if (m > 2 * SQRT_HALF) {
            m *= 0.5;
            k++;
        }
        // log m = 2 atanh(s), s = (m - 1) / (m + 1), |s| <= 0.172; m - 1 is exact (Sterbenz)
        DD s = new DD(m - 1, 0).div(DD.sum(m, 1));
        DD s2 = s.mul(s);
        DD t = INV_ODD[INV_ODD.length - 1];
        for (int i = INV_ODD.length - 2; i >= 0; i--) t = t.mul(s2).add(INV_ODD[i]);
        DD logm = s.mul(t).mul(2);
        return LN2.mul(k).add(logm).value();
    }

    /**
     * 10^y, correctly rounded for the |y| <= 300 that {@code np.logspace} is used with here (glibc's {@code pow}
     * on generic CPUs gives these bits).
     */
    public static double pow10(double y) {
        if (Double.isNaN(y)) return y;
        if (!(Math.abs(y) <= 300)) throw new IllegalArgumentException("pow10 takes |y| <= 300, got " + y);
        if (y == 0) return 1.0;
        DD t = LN10.mul(y);
        // e^t = 2^k e^r, r = t - k ln 2, |r| <= 0.35
        double k = Math.rint(t.hi / LN2.hi);
        DD r = t;
        for (double p : LN2_PARTS) r = r.sub(DD.product(k, p));
        DD e = INV_FACT[INV_FACT.length - 1];
        for (int i = INV_FACT.length - 2; i >= 0; i--) e = e.mul(r).add(INV_FACT[i]);
        // scale by 2^k in two exact steps so that neither factor overflows
        int ki = (int) k;
        int k1 = ki / 2, k2 = ki - k1;
        double s1 = Double.longBitsToDouble((long) (k1 + 1023) << 52);
        double s2 = Double.longBitsToDouble((long) (k2 + 1023) << 52);
        return e.value() * s1 * s2;
    }

    /** Sine, correctly rounded, for |x| <= {@link Fdlibm#TRIG_MAX}. */
    public static double sin(double x) {
        return trig(x, false);
    }

    /** Cosine, correctly rounded, for |x| <= {@link Fdlibm#TRIG_MAX}. */
    public static double cos(double x) {
        return trig(x, true);
    }

    private static double trig(double x, boolean cosine) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return Double.NaN;
        if (Math.abs(x) > Fdlibm.TRIG_MAX) throw new IllegalArgumentException("sin/cos argument too large: " + x);
        if (Math.abs(x) < 0x1p-27) return cosine ? 1.0 : x; // x^3/6 and x^2/2 are below half an ulp
        // r = x - n pi/2, with pi/2 in four parts whose products with n are exact
        double n = Math.rint(x * TWO_OVER_PI);
        DD r = new DD(x, 0);
        for (double p : PIO2) r = r.sub(DD.product(n, p));
        int quadrant = (int) (((long) n) & 3);
        if (cosine) quadrant = (quadrant + 1) & 3; // cos x = sin(x + pi/2)
        DD v = (quadrant & 1) == 0 ? sinSeries(r) : cosSeries(r);
        double result = v.value();
        return quadrant >= 2 ? -result : result;
    }

    /** sin r = r (1 - r^2/3! + r^4/5! - ...), |r| <= pi/4 + a little. */
    private static DD sinSeries(DD r) {
        DD r2 = r.mul(r).negate();
        DD t = INV_FACT[29];
        for (int k = 27; k >= 1; k -= 2) t = t.mul(r2).add(INV_FACT[k]);
        return t.mul(r);
    }

    /** cos r = 1 - r^2/2! + r^4/4! - ... */
    private static DD cosSeries(DD r) {
        DD r2 = r.mul(r).negate();
        DD t = INV_FACT[28];
        for (int k = 26; k >= 0; k -= 2) t = t.mul(r2).add(INV_FACT[k]);
        return t;
    }

}

package nnfs.math;

/**
 * Elementary functions in plain double arithmetic, so that one training run gives the same bits on every
 * platform: HotSpot's {@code Math.exp/log} are intrinsics that may differ from {@code StrictMath}, and TeaVM
 * maps them to the JavaScript engine's own (which differ between engines; its {@code tanh} is even wrong in
 * the last bits). Only {@code + - * /} and {@code sqrt} are used: IEEE 754 rounds those the same everywhere.
 *
 * <p>The algorithms and coefficients are those of fdlibm 5.3 (the library behind {@code StrictMath}), so each
 * result is the one {@code StrictMath} gives, well within 1 ulp of the exact value. No fused multiply-add:
 * it would round differently.
 */
public final class Fdlibm {
    private Fdlibm() {}

    private static final double HUGE = 1.0e300;
    private static final double TINY = 1.0e-300;
    private static final double TWO54 = 0x1p54;
    private static final double TWOM1000 = 0x1p-1000;

    private static final double O_THRESHOLD = bits(0x40862E42, 0xFEFA39EF); // 709.78...
    private static final double U_THRESHOLD = bits(0xC0874910, 0xD52D3051); // -745.13...
    private static final double LN2_HI = bits(0x3FE62E42, 0xFEE00000);
    private static final double LN2_LO = bits(0x3DEA39EF, 0x35793C76);
    private static final double INV_LN2 = bits(0x3FF71547, 0x652B82FE);

    // exp: Remez polynomial for R(r^2) on [0, 0.347^2]
    private static final double P1 = bits(0x3FC55555, 0x5555553E);
    private static final double P2 = bits(0xBF66C16C, 0x16BEBD93);
    private static final double P3 = bits(0x3F11566A, 0xAF25DE2C);
    private static final double P4 = bits(0xBEBBBD41, 0xC5D26BF1);
    private static final double P5 = bits(0x3E663769, 0x72BEA4D0);

    // expm1: scaled coefficients
    private static final double Q1 = bits(0xBFA11111, 0x111110F4);
    private static final double Q2 = bits(0x3F5A01A0, 0x19FE5585);
    private static final double Q3 = bits(0xBF14CE19, 0x9EAADBB7);
    private static final double Q4 = bits(0x3ED0CFCA, 0x86E65239);
    private static final double Q5 = bits(0xBE8AFDB7, 0x6E09C32D);

    // log: Remez polynomial for R(s) on [0, 0.1716]
    private static final double LG1 = bits(0x3FE55555, 0x55555593);
    private static final double LG2 = bits(0x3FD99999, 0x9997FA04);
    private static final double LG3 = bits(0x3FD24924, 0x94229359);
    private static final double LG4 = bits(0x3FCC71C5, 0x1D8E78AF);
    private static final double LG5 = bits(0x3FC74664, 0x96CB03DE);
    private static final double LG6 = bits(0x3FC39A09, 0xD078C69F);
    private static final double LG7 = bits(0x3FC2F112, 0xDF3E5244);

    // sin and cos kernels on [-pi/4, pi/4]
    private static final double S1 = bits(0xBFC55555, 0x55555549);
    private static final double S2 = bits(0x3F811111, 0x1110F8A6);
    private static final double S3 = bits(0xBF2A01A0, 0x19C161D5);
    private static final double S4 = bits(0x3EC71DE3, 0x57B1FE7D);
    private static final double S5 = bits(0xBE5AE5E6, 0x8A2B9CEB);
    private static final double S6 = bits(0x3DE5D93A, 0x5ACFD57C);
    private static final double C1 = bits(0x3FA55555, 0x5555554C);
    private static final double C2 = bits(0xBF56C16C, 0x16C15177);
    private static final double C3 = bits(0x3EFA01A0, 0x19CB1590);
    private static final double C4 = bits(0xBE927E4F, 0x809C52AD);
    private static final double C5 = bits(0x3E21EE9E, 0xBDB4B1C4);
    private static final double C6 = bits(0xBDA8FAE9, 0xBE8838D4);

    // pi/2 in three 33-bit pieces and their tails, for the reduction of sin and cos arguments
    private static final double INV_PIO2 = bits(0x3FE45F30, 0x6DC9C883);
    private static final double PIO2_1 = bits(0x3FF921FB, 0x54400000);
    private static final double PIO2_1T = bits(0x3DD0B461, 0x1A626331);
    private static final double PIO2_2 = bits(0x3DD0B461, 0x1A600000);
    private static final double PIO2_2T = bits(0x3BA3198A, 0x2E037073);
    private static final double PIO2_3 = bits(0x3BA3198A, 0x2E000000);
    private static final double PIO2_3T = bits(0x397B839A, 0x252049C1);

    // The thresholds fdlibm tests on the high word of |x|, as doubles: comparing doubles needs no 64-bit integers,
    // which TeaVM emulates slowly in JavaScript. hx >= H is |x| >= bits(H, 0); hx > H is |x| >= bits(H + 1, 0).
    private static final double HX_40862E42 = bits(0x40862E42, 0);
    private static final double HX_4043687A = bits(0x4043687A, 0);
    private static final double HX_3FD62E43 = bits(0x3fd62e43, 0);
    private static final double HX_3FF0A2B2 = bits(0x3FF0A2B2, 0);

    /** 2^e for e from -1074 to 1023, made once, so that scaling by 2^k needs no bit fiddling on 64-bit integers. */
    private static final double[] POW2 = new double[1023 + 1075];

    static {
        for (int e = -1074; e <= 1023; e++) {
            POW2[e + 1074] = e >= -1022 ? Double.longBitsToDouble((long) (e + 1023) << 52) : Double.longBitsToDouble(1L << (e + 1074));
        }
    }

    static double pow2(int e) {
        return POW2[e + 1074];
    }

    /** Largest |x| that {@link #sin} and {@link #cos} take: 2^19 * pi/2, beyond it fdlibm needs 1200 bits of 2/pi. */
    public static final double TRIG_MAX = bits(0x413921FB, 0x54442D18);

    private static double bits(int hi, int lo) {
        return Double.longBitsToDouble(((long) hi << 32) | (lo & 0xFFFFFFFFL));
    }

    private static int hi(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    private static int lo(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    private static double withHi(double x, int hi) {
        return bits(hi, lo(x));
    }

    /** e^x. */
    public static double exp(double x) {
        if (x != x) return x + x; // NaN
        double ax = Math.abs(x);
        boolean neg = x < 0;
        double hi = 0, lo = 0;
        int k = 0;
        if (ax >= HX_40862E42) { // |x| >= 709.78...
            if (ax == Double.POSITIVE_INFINITY) return neg ? 0.0 : x; // exp(+-inf) = {inf, 0}
            if (x > O_THRESHOLD) return HUGE * HUGE; // overflow
            if (x < U_THRESHOLD) return TWOM1000 * TWOM1000; // underflow
        }
        if (ax >= HX_3FD62E43) { // |x| > 0.5 ln2
            if (ax < HX_3FF0A2B2) { // and |x| < 1.5 ln2
                hi = neg ? x + LN2_HI : x - LN2_HI;
                lo = neg ? -LN2_LO : LN2_LO;
                k = neg ? -1 : 1;
            } else {
                k = (int) (INV_LN2 * x + (neg ? -0.5 : 0.5));
                double t = k;
                hi = x - t * LN2_HI; // t*LN2_HI is exact here
                lo = t * LN2_LO;
            }
            x = hi - lo;
        } else if (ax < 0x1p-28) {
            return 1.0 + x;
        }
        double t = x * x;
        double c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        if (k == 0) return 1.0 - ((x * c) / (c - 2.0) - x);
        double y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
        // fdlibm adds k to y's exponent field; multiplying by 2^k gives the same bits (y is near 1, the result normal)
        if (k >= -1021) return k <= 1023 ? y * pow2(k) : y * 2.0 * pow2(1023);
        return y * pow2(k + 1000) * TWOM1000;
    }

    /** e^x - 1, accurate for small x too. */
    public static double expm1(double x) {
        if (x != x) return x + x; // NaN
        double ax = Math.abs(x);
        boolean neg = x < 0;
        if (ax >= HX_4043687A) { // |x| >= 56 ln2
            if (ax >= HX_40862E42) { // |x| >= 709.78...
                if (ax == Double.POSITIVE_INFINITY) return neg ? -1.0 : x;
                if (x > O_THRESHOLD) return HUGE * HUGE;
            }
            if (neg) return TINY - 1.0; // x < -56 ln2
        }
        double hi, lo, c = 0;
        int k;
        if (ax >= HX_3FD62E43) { // |x| > 0.5 ln2
            if (ax < HX_3FF0A2B2) { // and |x| < 1.5 ln2
                if (!neg) {
                    hi = x - LN2_HI;
                    lo = LN2_LO;
                    k = 1;
                } else {
                    hi = x + LN2_HI;
                    lo = -LN2_LO;
                    k = -1;
                }
            } else {
                k = (int) (INV_LN2 * x + (neg ? -0.5 : 0.5));
                double t = k;
                hi = x - t * LN2_HI;
                lo = t * LN2_LO;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if (ax < 0x1p-54) {
            return x;
        } else {
            k = 0;
        }
        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
        double t = 3.0 - r1 * hfx;
        // fdlibm's hxs * ((r1 - t) / d), written with the quotient first: TeaVM 0.16 prints a product whose right
        // operand is a quotient without its parentheses, and (hxs * (r1 - t)) / d rounds differently.
        double e = (r1 - t) / (6.0 - x * t) * hxs;
        if (k == 0) return x - (x * e - hxs);
        e = (x * (e - c) - c);
        e -= hxs;
        if (k == -1) return 0.5 * (x - e) - 0.5;
        if (k == 1) {
            if (x < -0.25) return -2.0 * (e - (x + 0.5));
            return 1.0 + 2.0 * (x - e);
        }
        // below, fdlibm adds k to the exponent field of a y near 1; multiplying by 2^k gives the same bits
        if (k <= -2 || k > 56) { // suffices to return exp(x)-1
            double y = 1.0 - (e - x);
            y = k == 1024 ? y * 2.0 * pow2(1023) : y * pow2(k);
            return y - 1.0;
        }
        double y;
        if (k < 20) {
            y = (1.0 - pow2(-k)) - (e - x); // 1 - 2^-k is exact
        } else {
            y = x - (e + pow2(-k));
            y += 1.0;
        }
        return y * pow2(k);
    }

    /** The natural logarithm. */
    public static double log(double x) {
        int hx = hi(x);
        int lx = lo(x);
        int k = 0;
        if (hx < 0x00100000) { // x < 2^-1022
            if (((hx & 0x7fffffff) | lx) == 0) return Double.NEGATIVE_INFINITY; // log(+-0)
            if (hx < 0) return Double.NaN; // log(negative)
            k -= 54;
            x *= TWO54; // subnormal: scale up
            hx = hi(x);
        }
        if (hx >= 0x7ff00000) return x + x;
        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        int i = (hx + 0x95f64) & 0x100000;
        x = withHi(x, hx | (i ^ 0x3ff00000)); // normalise x or x/2
        k += (i >> 20);
        double f = x - 1.0;
        if ((0x000fffff & (2 + hx)) < 3) { // |f| < 2^-20
            if (f == 0.0) {
                if (k == 0) return 0.0;
                double dk = k;
                return dk * LN2_HI + dk * LN2_LO;
            }
            double r = f * f * (0.5 - 0.33333333333333333 * f);
            if (k == 0) return f - r;
            double dk = k;
            return dk * LN2_HI - ((r - dk * LN2_LO) - f);
        }
        double s = f / (2.0 + f);
        double dk = k;
        double z = s * s;
        i = hx - 0x6147a;
        double w = z * z;
        int j = 0x6b851 - hx;
        double t1 = w * (LG2 + w * (LG4 + w * LG6));
        double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        i |= j;
        double r = t2 + t1;
        if (i > 0) {
            double hfsq = 0.5 * f * f;
            if (k == 0) return f - (hfsq - s * (hfsq + r));
            return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
        }
        if (k == 0) return f - s * (f - r);
        return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
    }

    /** The hyperbolic tangent: the article's hidden activation. */
    public static double tanh(double x) {
        if (x != x) return x + x; // NaN
        double ax = Math.abs(x);
        double z;
        if (ax < 22) {
            if (ax < 0x1p-55) return x * (1.0 + x); // tiny, or +-0
            if (ax >= 1) {
                double t = expm1(2.0 * ax);
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = expm1(-2.0 * ax);
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0 - TINY; // |x| >= 22 and +-inf: 1 to the last bit
        }
        return x > 0 ? z : -z;
    }

    /**
     * The logistic function 1 / (1 + e^-x). For x below about -709 e^-x overflows to infinity and the result is
     * 0, the correctly rounded value there being subnormal or 0 anyway.
     */
    public static double sigmoid(double x) {
        return 1.0 / (1.0 + exp(-x));
    }

    /** Sine, for |x| <= {@link #TRIG_MAX} (the data sets need angles of a few turns at most). */
    public static double sin(double x) {
        int ix = hi(x) & 0x7fffffff;
        if (ix <= 0x3fe921fb) return kernelSin(x, 0.0, false);
        if (ix >= 0x7ff00000) return x - x; // NaN
        double[] y = new double[2];
        int n = remPio2(x, y);
        switch (n & 3) {
            case 0: return kernelSin(y[0], y[1], true);
            case 1: return kernelCos(y[0], y[1]);
            case 2: return -kernelSin(y[0], y[1], true);
            default: return -kernelCos(y[0], y[1]);
        }
    }

    /** Cosine, for |x| <= {@link #TRIG_MAX}. */
    public static double cos(double x) {
        int ix = hi(x) & 0x7fffffff;
        if (ix <= 0x3fe921fb) return kernelCos(x, 0.0);
        if (ix >= 0x7ff00000) return x - x; // NaN
        double[] y = new double[2];
        int n = remPio2(x, y);
        switch (n & 3) {
            case 0: return kernelCos(y[0], y[1]);
            case 1: return -kernelSin(y[0], y[1], true);
            case 2: return -kernelCos(y[0], y[1]);
            default: return kernelSin(y[0], y[1], true);
        }
    }

    private static double kernelSin(double x, double y, boolean hasTail) {
        int ix = hi(x) & 0x7fffffff;
        if (ix < 0x3e400000 && (int) x == 0) return x; // |x| < 2^-27
        double z = x * x;
        double v = z * x;
        double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
        if (!hasTail) return x + v * (S1 + z * r);
        return x - ((z * (0.5 * y - v * r) - y) - v * S1);
    }

    private static double kernelCos(double x, double y) {
        int ix = hi(x) & 0x7fffffff;
        if (ix < 0x3e400000 && (int) x == 0) return 1.0; // |x| < 2^-27
        double z = x * x;
        double r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
        if (ix < 0x3FD33333) return 1.0 - (0.5 * z - (z * r - x * y)); // |x| < 0.3
        double qx = ix > 0x3fe90000 ? 0.28125 : bits(ix - 0x00200000, 0); // x/4
        double hz = 0.5 * z - qx;
        double a = 1.0 - qx;
        return a - (hz - (z * r - x * y));
    }

    /** x - n*pi/2 as y[0] + y[1]; returns n. fdlibm's medium-size reduction, good to 151 bits. */
    private static int remPio2(double x, double[] y) {
        int hx = hi(x);
        int ix = hx & 0x7fffffff;
        if (ix < 0x4002d97c) { // |x| < 3pi/4: n = +-1
            if (hx > 0) {
                double z = x - PIO2_1;
                if (ix != 0x3ff921fb) {
                    y[0] = z - PIO2_1T;
                    y[1] = (z - y[0]) - PIO2_1T;
                } else { // near pi/2: 33+33+53 bits of pi
                    z -= PIO2_2;
                    y[0] = z - PIO2_2T;
                    y[1] = (z - y[0]) - PIO2_2T;
                }
                return 1;
            }
            double z = x + PIO2_1;
            if (ix != 0x3ff921fb) {
                y[0] = z + PIO2_1T;
                y[1] = (z - y[0]) + PIO2_1T;
            } else {
                z += PIO2_2;
                y[0] = z + PIO2_2T;
                y[1] = (z - y[0]) + PIO2_2T;
            }
            return -1;
        }
        if (ix > 0x413921fb) {
            throw new IllegalArgumentException("sin/cos argument too large for this reduction: " + x);
        }
        double t = Math.abs(x);
        int n = (int) (t * INV_PIO2 + 0.5);
        double fn = n;
        double r = t - fn * PIO2_1;
        double w = fn * PIO2_1T; // first round good to 85 bits
        int j = ix >> 20;
        y[0] = r - w;
        int i = j - ((hi(y[0]) >> 20) & 0x7ff);
        if (i > 16) { // second iteration, good to 118 bits
            t = r;
            w = fn * PIO2_2;
            r = t - w;
            w = fn * PIO2_2T - ((t - r) - w);
            y[0] = r - w;
            i = j - ((hi(y[0]) >> 20) & 0x7ff);
            if (i > 49) { // third iteration, 151 bits
                t = r;
                w = fn * PIO2_3;
                r = t - w;
                w = fn * PIO2_3T - ((t - r) - w);
                y[0] = r - w;
            }
        }
        y[1] = (r - y[0]) - w;
        if (hx < 0) {
            y[0] = -y[0];
            y[1] = -y[1];
            return -n;
        }
        return n;
    }
}

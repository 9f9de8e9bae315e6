package nnfs.random;

import nnfs.math.CorrectlyRounded;
import nnfs.text.Msg;
import nnfs.text.Problem;

/**
 * numpy's legacy global generator, {@code np.random.seed(s)} and what follows it: the Mersenne Twister MT19937
 * and the legacy ways numpy turns its 32-bit words into doubles, normals and shuffles. The article seeds it
 * before {@code make_moons} and before {@code randn}, so matching it bit for bit is what lets us print the
 * article's numbers.
 */
public final class NumpyRandom {
    private static final int N = 624;
    private static final int M = 397;

    private final int[] mt = new int[N];
    private int pos;
    private boolean hasGauss;
    private double gauss;

    /** {@code np.random.seed(seed)} for 0 <= seed <= 2^32 - 1. */
    public NumpyRandom(long seed) {
        if (seed < 0 || seed > 0xFFFFFFFFL) {
            throw Problem.of(Msg.SEED_RANGE, seed);
        }
        int s = (int) seed;
        for (int i = 0; i < N; i++) {
            mt[i] = s;
            s = 1812433253 * (s ^ (s >>> 30)) + i + 1;
        }
        pos = N;
    }

    /** A generator in the same state, whose draws leave this one's untouched (to look at what comes next). */
    public NumpyRandom copy() {
        NumpyRandom c = new NumpyRandom(0);
        System.arraycopy(mt, 0, c.mt, 0, N);
        c.pos = pos;
        c.hasGauss = hasGauss;
        c.gauss = gauss;
        return c;
    }

    /** The next raw 32-bit word, as an unsigned value. */
    public long nextUint32() {
        return nextInt() & 0xFFFFFFFFL;
    }

    private int nextInt() {
        if (pos >= N) generate();
        int y = mt[pos++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    private void generate() {
        for (int i = 0; i < N; i++) {
            int y = (mt[i] & 0x80000000) | (mt[(i + 1) % N] & 0x7fffffff);
            mt[i] = mt[(i + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
        }
        pos = 0;
    }

    /** {@code random_sample()}: a double in [0, 1) from 53 random bits. */
    public double randomSample() {
        long a = nextUint32() >>> 5;
        long b = nextUint32() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /** {@code uniform(low, high)}: low + (high - low) * random_sample(). */
    public double uniform(double low, double high) {
        return low + (high - low) * randomSample();
    }

    /**
     * {@code standard_normal()}, the legacy polar method: each accepted pair gives two normals, the second kept
     * for the next call (that cached value is part of the stream, so it must be kept exactly as numpy does).
     */
    public double standardNormal() {
        if (hasGauss) {
            hasGauss = false;
            double g = gauss;
            gauss = 0.0;
            return g;
        }
        double x1, x2, r2;
        do {
            x1 = 2.0 * randomSample() - 1.0;
            x2 = 2.0 * randomSample() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f = Math.sqrt(-2.0 * CorrectlyRounded.log(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    /** {@code normal(loc, scale)}: loc + scale * standard_normal(). */
    public double normal(double loc, double scale) {
        return loc + scale * standardNormal();
    }

    /** {@code randn(rows, cols)} in C order, as a flat row-major array. */
    public double[] randn(int rows, int cols) {
        double[] a = new double[Math.multiplyExact(rows, cols)];
        for (int i = 0; i < a.length; i++) a[i] = standardNormal();
        return a;
    }

    /** numpy's {@code random_interval(max)}: a uniform integer in [0, max] by masked rejection. */
    public int interval(int max) {
        if (max == 0) return 0;
        int mask = max;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        int value;
        do {
            value = nextInt() & mask;
        } while (Integer.compareUnsigned(value, max) > 0);
        return value;
    }

    /** The legacy in-place {@code shuffle} of a 1-d array (Fisher-Yates from the end). */
    public void shuffle(int[] a) {
        for (int i = a.length - 1; i >= 1; i--) {
            int j = interval(i);
            int t = a[j];
            a[j] = a[i];
            a[i] = t;
        }
    }

    /** {@code permutation(n)}: a shuffled {@code arange(n)}. */
    public int[] permutation(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        shuffle(a);
        return a;
    }
}

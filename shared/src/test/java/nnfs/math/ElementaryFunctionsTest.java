package nnfs.math;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.function.DoubleFunction;

/** Fdlibm against StrictMath bit for bit, and the correctly rounded functions within half an ulp. */
class ElementaryFunctionsTest {
    static final int MILLIONS = 2_000_000;

    interface F { double apply(double x); }

    static void sameBits(String name, F ours, F strict, double[] inputs) {
        for (double x : inputs) {
            double a = ours.apply(x), b = strict.apply(x);
            if (Double.doubleToLongBits(a) != Double.doubleToLongBits(b)) {
                fail(name + "(" + x + ") = " + a + ", StrictMath says " + b);
            }
        }
    }

    static double[] inputs(long seed, double scale, boolean signed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] xs = new double[MILLIONS];
        for (int i = 0; i < xs.length; i++) {
            double v;
            switch (i % 3) {
                case 0: v = r.nextDouble() * scale; break;
                case 1: v = Math.scalb(r.nextDouble(), r.nextInt(-60, 11)); break; // every magnitude
                default: v = Double.longBitsToDouble(r.nextLong() & 0x7FFFFFFFFFFFFFFFL); break; // any double
            }
            xs[i] = signed && r.nextBoolean() ? -v : v;
        }
        return xs;
    }

    static final double[] SPECIAL = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 1e-310, -1e-310,
            Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
            709.782712893384, 709.79, -745.1332191019411, -745.2, 1.0, -1.0, 22.0, -22.0, 0x1p-28, 0x1p-55, 0.34657359027997264,
            1.0397207708399179, Math.PI / 4, Math.PI / 2, Math.PI, 3 * Math.PI / 4, 1e5, -1e5, 0.5, 2.0};

    @Test
    void expLogTanhAreStrictMathsBits() {
        sameBits("exp", Fdlibm::exp, StrictMath::exp, inputs(1, 800, true));
        sameBits("exp", Fdlibm::exp, StrictMath::exp, SPECIAL);
        sameBits("expm1", Fdlibm::expm1, StrictMath::expm1, inputs(2, 100, true));
        sameBits("expm1", Fdlibm::expm1, StrictMath::expm1, SPECIAL);
        sameBits("log", Fdlibm::log, StrictMath::log, inputs(3, 1e6, false));
        sameBits("log", Fdlibm::log, StrictMath::log, SPECIAL);
        sameBits("tanh", Fdlibm::tanh, StrictMath::tanh, inputs(4, 30, true));
        sameBits("tanh", Fdlibm::tanh, StrictMath::tanh, SPECIAL);
    }

    @Test
    void sinCosAreStrictMathsBitsInTheirRange() {
        double[] xs = inputs(5, 1000, true);
        for (int i = 0; i < xs.length; i++) if (!(Math.abs(xs[i]) <= Fdlibm.TRIG_MAX)) xs[i] = xs[i] % 1000;
        sameBits("sin", Fdlibm::sin, StrictMath::sin, xs);
        sameBits("cos", Fdlibm::cos, StrictMath::cos, xs);
        assertThrows(IllegalArgumentException.class, () -> Fdlibm.sin(1e7));
    }

    @Test
    void sigmoidIsRightAtTheEnds() {
        assertEquals(0.5, Fdlibm.sigmoid(0.0), 0.0);
        assertEquals(1.0, Fdlibm.sigmoid(800), 0.0);
        assertEquals(0.0, Fdlibm.sigmoid(-800), 0.0);
        assertEquals(1.0, Fdlibm.sigmoid(Double.POSITIVE_INFINITY), 0.0);
        assertEquals(0.0, Fdlibm.sigmoid(Double.NEGATIVE_INFINITY), 0.0);
        assertTrue(Double.isNaN(Fdlibm.sigmoid(Double.NaN)));
        assertEquals(1 / (1 + StrictMath.exp(-1.7)), Fdlibm.sigmoid(1.7), 0.0);
    }

    @Test
    void correctlyRoundedFunctionsAreWithinOneUlpOfStrictMathAndExactAtSpecialPoints() {
        SplittableRandom r = new SplittableRandom(6);
        int differ = 0;
        for (int i = 0; i < 200_000; i++) {
            double x = r.nextDouble() * 10;
            double t = (r.nextDouble() - 0.5) * 40;
            assertEquals(StrictMath.log(x), CorrectlyRounded.log(x), Math.ulp(StrictMath.log(x)));
            assertEquals(StrictMath.sin(t), CorrectlyRounded.sin(t), Math.ulp(1.0) / 2 + Math.ulp(StrictMath.sin(t)));
            assertEquals(StrictMath.cos(t), CorrectlyRounded.cos(t), Math.ulp(1.0) / 2 + Math.ulp(StrictMath.cos(t)));
            if (CorrectlyRounded.log(x) != StrictMath.log(x)) differ++;
        }
        assertTrue(differ > 0 && differ < 20_000, "fdlibm's log misrounds now and then; differ=" + differ);
        assertEquals(0.0, CorrectlyRounded.log(1.0), 0.0);
        assertEquals(Double.NEGATIVE_INFINITY, CorrectlyRounded.log(0.0), 0.0);
        assertTrue(Double.isNaN(CorrectlyRounded.log(-1)));
        assertEquals(-744.4400719213812, CorrectlyRounded.log(Double.MIN_VALUE), 0.0);
        assertEquals(1e-4, CorrectlyRounded.pow10(-4), 0.0);
        assertEquals(1e4, CorrectlyRounded.pow10(4), 0.0);
        assertEquals(-0.0, CorrectlyRounded.sin(-0.0), 0.0);
        assertEquals(1 / -0.0, 1 / CorrectlyRounded.sin(-0.0));
        assertEquals(-1.0, CorrectlyRounded.cos(Math.PI), 0.0);
        assertEquals(1.2246467991473532e-16, CorrectlyRounded.sin(Math.PI), 0.0);
    }

    /** tanh to 45 digits, from e^(2|x|) summed as a series in BigDecimal: nothing of ours, nothing of StrictMath's. */
    static BigDecimal exactTanh(double x) {
        MathContext mc = new MathContext(45);
        // e^y = (e^(y / 1024))^1024, the series converging fast for the small argument
        BigDecimal y = new BigDecimal(Math.abs(x)).multiply(BigDecimal.valueOf(2)).divide(BigDecimal.valueOf(1024), mc);
        BigDecimal term = BigDecimal.ONE, e = BigDecimal.ONE;
        for (int k = 1; k < 40; k++) {
            term = term.multiply(y, mc).divide(BigDecimal.valueOf(k), mc);
            e = e.add(term, mc);
        }
        for (int k = 0; k < 10; k++) e = e.multiply(e, mc);
        BigDecimal t = e.subtract(BigDecimal.ONE).divide(e.add(BigDecimal.ONE), mc);
        return x < 0 ? t.negate() : t;
    }

    /**
     * The hidden units' table-driven tanh against the exact value: within 2 ulp everywhere (fdlibm's, which Java
     * allows 2.5 ulp, reaches 2 here too), and on average within a third of an ulp.
     */
    @Test
    void tableTanhIsWithinTwoUlpOfTheExactValue() {
        SplittableRandom r = new SplittableRandom(7);
        double[] xs = new double[12_000];
        for (int i = 0; i < xs.length; i++) {
            double x;
            switch (i % 3) {
                case 0: x = r.nextDouble() * 20; break; // the table's whole range
                case 1: x = r.nextDouble() * 0.05; break; // its first entries, where the error is largest
                default: x = Math.scalb(r.nextDouble(), r.nextInt(-40, 5)); break; // every magnitude
            }
            xs[i] = r.nextBoolean() ? -x : x;
        }
        withinUlps("tanh", Tanh::tanh, ElementaryFunctionsTest::exactTanh, xs, 2, 0.34);
    }

    /**
     * Every f(x) within {@code maxUlps} of the exact value, on average within {@code meanUlps}; and the worst one
     * more than half an ulp off, so that the check can see an error at all.
     */
    static void withinUlps(String name, F f, DoubleFunction<BigDecimal> exact, double[] xs,
                           double maxUlps, double meanUlps) {
        double worst = 0, worstX = 0, sum = 0;
        int n = 0;
        for (double x : xs) {
            if (x == 0) continue;
            BigDecimal e = exact.apply(x);
            double ulps = new BigDecimal(f.apply(x)).subtract(e).abs()
                    .divide(new BigDecimal(Math.ulp(e.doubleValue())), MathContext.DECIMAL64).doubleValue();
            sum += ulps;
            n++;
            if (ulps > worst) {
                worst = ulps;
                worstX = x;
            }
        }
        assertTrue(worst <= maxUlps, name + "(" + worstX + ") is " + worst + " ulp off");
        assertTrue(sum / n <= meanUlps, name + ": mean error " + sum / n + " ulp");
        assertTrue(worst > 0.5, name + ": the check can see an error (worst " + worst + " ulp)");
    }

    @Test
    void tableTanhIsOddAndRightAtTheEnds() {
        for (double x : inputs(8, 30, false)) {
            assertEquals(Double.doubleToLongBits(-Tanh.tanh(x)), Double.doubleToLongBits(Tanh.tanh(-x)), "tanh(-" + x + ")");
        }
        assertEquals(1 / 0.0, 1 / Tanh.tanh(0.0));
        assertEquals(1 / -0.0, 1 / Tanh.tanh(-0.0));
        assertEquals(1e-300, Tanh.tanh(1e-300), 0.0);
        assertEquals(Double.MIN_VALUE, Tanh.tanh(Double.MIN_VALUE), 0.0);
        assertEquals(1.0, Tanh.tanh(19.5), 0.0);
        assertEquals(1.0, Tanh.tanh(22.0), 0.0);
        assertEquals(-1.0, Tanh.tanh(-1e300), 0.0);
        assertEquals(1.0, Tanh.tanh(Double.POSITIVE_INFINITY), 0.0);
        assertEquals(-1.0, Tanh.tanh(Double.NEGATIVE_INFINITY), 0.0);
        assertTrue(Double.isNaN(Tanh.tanh(Double.NaN)));
        // the last table entry is reached without running off the table
        assertEquals(1.0, Tanh.tanh(Math.nextDown(22.0)), 1e-16);
    }

    /**
     * The loops over an array repeat the scalar function's arithmetic (one loop, and the three the JIT vectorises):
     * they must give the same bits, specials and values far beyond the table too; the three loops, which take sums
     * that are never -0, give +0 there.
     */
    @Test
    void tanhOverAnArrayGivesTheScalarBits() {
        double[] specials = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 22.0, -22.0,
                Math.nextDown(22.0), -Math.nextDown(22.0), Math.nextUp(22.0), 22 + 1.0 / 128, -22 - 1.0 / 64, 1e15,
                0x1p60 + 0x1p8, -0x1p75 - 0x1p23, 1e119, 1e300, 3e306, -5e306, Double.MAX_VALUE, -Double.MAX_VALUE,
                Double.MIN_VALUE, -Double.MIN_VALUE, 1e-300, 1.0 / 128, 0.5};
        double[] xs = inputs(8, 30, false);
        double[] v = new double[2 + specials.length + 2 * xs.length];
        System.arraycopy(specials, 0, v, 2, specials.length);
        for (int i = 0; i < xs.length; i++) {
            v[2 + specials.length + 2 * i] = xs[i];
            v[3 + specials.length + 2 * i] = -xs[i];
        }
        v[0] = 7.0; // outside the range given: left alone
        double[] before = v.clone(), split = v.clone();
        Tanh.tanh(v, 1, v.length - 1);
        Tanh.tanhOfSums(split, 1, v.length - 1, new double[v.length], new double[v.length]);
        assertEquals(7.0, v[0]);
        assertEquals(7.0, split[0]);
        for (int i = 1; i < v.length; i++) {
            long bits = Double.doubleToLongBits(Tanh.tanh(before[i]));
            assertEquals(bits, Double.doubleToLongBits(v[i]), "tanh(" + before[i] + ")");
            long sums = Double.doubleToLongBits(before[i]) == Double.doubleToLongBits(-0.0) ? 0L : bits;
            assertEquals(sums, Double.doubleToLongBits(split[i]), "tanh(" + before[i] + "), in three loops");
        }
    }

    /** The exp over an array gives the scalar function's bits, at the ends of its range too (and for x > 0, though made for x <= 0). */
    @Test
    void expOverAnArrayGivesTheScalarBits() {
        double[] specials = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 709.782712893384,
                709.79, -745.1332191019411, -745.2, -708.5, -730, 1e300, -1e300, Double.MIN_VALUE, 0.5 * Math.log(2) / 64};
        SplittableRandom r = new SplittableRandom(10);
        double[] v = new double[1 + specials.length + 30_000];
        System.arraycopy(specials, 0, v, 1, specials.length);
        for (int i = 1 + specials.length; i < v.length; i++) {
            v[i] = i % 2 == 0 ? (r.nextDouble() - 0.5) * 60 : r.nextDouble() * 1460 - 745;
        }
        v[0] = 7.0;
        double[] before = v.clone();
        Exp.expOfNonPositive(v, 1, v.length - 1, new double[v.length], new double[v.length]);
        assertEquals(7.0, v[0]);
        for (int i = 1; i < v.length; i++) {
            assertEquals(Double.doubleToLongBits(Exp.exp(before[i])), Double.doubleToLongBits(v[i]), "exp(" + before[i] + ")");
        }
    }

    /** e^x to 45 digits: e^(|x| / 4096) from its series, squared 12 times, inverted for x < 0. */
    static BigDecimal exactExp(double x) {
        MathContext mc = new MathContext(45);
        BigDecimal y = new BigDecimal(Math.abs(x)).divide(BigDecimal.valueOf(4096), mc);
        BigDecimal term = BigDecimal.ONE, e = BigDecimal.ONE;
        for (int k = 1; k < 40; k++) {
            term = term.multiply(y, mc).divide(BigDecimal.valueOf(k), mc);
            e = e.add(term, mc);
        }
        for (int k = 0; k < 12; k++) e = e.multiply(e, mc);
        return x < 0 ? BigDecimal.ONE.divide(e, mc) : e;
    }

    /** The network's table-driven exp against the exact value: within 1 ulp over the normal range. */
    @Test
    void tableExpIsWithinOneUlpOfTheExactValue() {
        SplittableRandom r = new SplittableRandom(9);
        double[] xs = new double[6_000];
        for (int i = 0; i < xs.length; i++) xs[i] = i % 2 == 0 ? (r.nextDouble() - 0.5) * 40 : r.nextDouble() * 1416 - 708; // softmax's range, and all
        withinUlps("exp", Exp::exp, ElementaryFunctionsTest::exactExp, xs, 1, 0.3);
    }

    @Test
    void tableExpIsRightAtTheEnds() {
        assertEquals(1.0, Exp.exp(0.0), 0.0);
        assertEquals(1.0, Exp.exp(-0.0), 0.0);
        assertEquals(Math.E, Exp.exp(1.0), Math.ulp(Math.E));
        assertEquals(Double.POSITIVE_INFINITY, Exp.exp(710), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, Exp.exp(Double.POSITIVE_INFINITY), 0.0);
        assertEquals(0.0, Exp.exp(-746), 0.0);
        assertEquals(0.0, Exp.exp(Double.NEGATIVE_INFINITY), 0.0);
        assertTrue(Double.isNaN(Exp.exp(Double.NaN)));
        // the largest finite result and the subnormal ones, within an ulp of StrictMath's
        assertEquals(StrictMath.exp(709.7), Exp.exp(709.7), 2 * Math.ulp(StrictMath.exp(709.7)));
        for (double x : new double[] {-708.5, -720, -740, -745}) {
            assertEquals(StrictMath.exp(x), Exp.exp(x), Math.ulp(StrictMath.exp(x)), "exp(" + x + ")");
        }
    }
}

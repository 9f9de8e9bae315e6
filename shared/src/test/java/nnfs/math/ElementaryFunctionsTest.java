package nnfs.math;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

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
}

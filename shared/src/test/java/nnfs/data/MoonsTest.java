package nnfs.data;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import nnfs.Reference;
import org.junit.jupiter.api.Test;

class MoonsTest {

    /**
     * The article's data set as the reference folder holds it. That file was made by numpy on an AVX-512 CPU,
     * where numpy computes cos and sin with Intel's SVML (up to 4 ulp from the exact value); on other CPUs the
     * same numpy calls the C library and gives the bits {@link DatasetsTest} checks exactly. So here: the
     * same labels in the same order, and every coordinate within SVML's error bound (4 ulp of a value of
     * magnitude <= 1, about 9e-16) plus the rounding of the sum.
     */
    @Test
    void theArticlesDataSetMatchesScikitLearnOnAvx512WithinSvmlsErrorBound() {
        JsonNode ref = Reference.read("moons-200-0.2-seed0.json");
        Dataset d = Moons.generate(ref.get("n").intValue(), ref.get("noise").doubleValue(), ref.get("seed").longValue());
        double[] x = Reference.matrix(ref.get("X"));
        assertArrayEquals(Reference.ints(ref.get("y")), d.y);
        double worst = 0;
        int identical = 0;
        for (int i = 0; i < x.length; i++) {
            double diff = Math.abs(x[i] - d.x[i]);
            worst = Math.max(worst, diff);
            if (diff == 0) identical++;
        }
        assertTrue(worst <= 4 * Math.ulp(1.0) + Math.ulp(2.0), "largest difference " + worst);
        assertTrue(identical > x.length / 2, "only " + identical + " of " + x.length + " coordinates bit-identical");
    }

    @Test
    void oddCountsPutTheExtraPointInTheInnerMoon() {
        Dataset d = Moons.generate(7, 0.0, 3);
        assertArrayEquals(new int[] {3, 4}, d.classCounts());
        Dataset one = Moons.generate(1, 0.1, 0);
        assertArrayEquals(new int[] {0, 1}, one.classCounts());
    }

    @Test
    void withoutNoiseThePointsLieOnTheTwoHalfCircles() {
        Dataset d = Moons.generate(50, 0.0, 1);
        for (int i = 0; i < d.n; i++) {
            double cx = d.y[i] == 0 ? 0 : 1, cy = d.y[i] == 0 ? 0 : 0.5;
            double r = Math.hypot(d.get(i, 0) - cx, d.get(i, 1) - cy);
            assertEquals(1.0, r, 1e-15);
        }
    }

    @Test
    void badArgumentsAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Moons.generate(0, 0.2, 0)).getMessage().startsWith("n must be"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Moons.generate(10, Double.NaN, 0)).getMessage().startsWith("noise must be"));
        assertThrows(IllegalArgumentException.class, () -> Moons.generate(10, -0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> Moons.generate(10, Double.POSITIVE_INFINITY, 0));
        assertThrows(IllegalArgumentException.class, () -> Moons.generate(10, 0.2, -1));
    }
}

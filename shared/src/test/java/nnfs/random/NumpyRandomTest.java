package nnfs.random;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import nnfs.Reference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NumpyRandomTest {

    static JsonNode streams(String which) {
        JsonNode rng = Reference.read("rng.json");
        return which.equals("seed0") ? rng : rng.get("seed5489");
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed0", "seed5489"})
    void rawWordsMatchNumpy(String which) {
        JsonNode ref = streams(which);
        NumpyRandom r = new NumpyRandom(ref.get("seed").longValue());
        for (JsonNode expected : ref.get("uint32")) assertEquals(expected.longValue(), r.nextUint32());
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed0", "seed5489"})
    void randomSampleIsBitIdentical(String which) {
        JsonNode ref = streams(which);
        NumpyRandom r = new NumpyRandom(ref.get("seed").longValue());
        double[] expected = Reference.doubles(ref.get("random_sample"));
        double[] actual = new double[expected.length];
        for (int i = 0; i < actual.length; i++) actual[i] = r.randomSample();
        assertArrayEquals(expected, actual, 0.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed0", "seed5489"})
    void standardNormalIncludingTheCachedSecondValue(String which) {
        JsonNode ref = streams(which);
        NumpyRandom r = new NumpyRandom(ref.get("seed").longValue());
        double[] expected = Reference.doubles(ref.get("standard_normal"));
        assertEquals(1, expected.length % 2, "an odd count exercises the cached value");
        for (double e : expected) assertEquals(Double.doubleToRawLongBits(e), Double.doubleToRawLongBits(r.standardNormal()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed0", "seed5489"})
    void shuffleAndRandn(String which) {
        JsonNode ref = streams(which);
        long seed = ref.get("seed").longValue();
        assertArrayEquals(Reference.ints(ref.get("shuffle_arange17")), new NumpyRandom(seed).permutation(17));
        assertArrayEquals(Reference.matrix(ref.get("randn_2x5")), new NumpyRandom(seed).randn(2, 5), 0.0);
    }

    @Test
    void seedRangeIsNumpys() {
        new NumpyRandom(0xFFFFFFFFL).nextUint32();
        var e = assertThrows(IllegalArgumentException.class, () -> new NumpyRandom(-1));
        assertTrue(e.getMessage().contains("between 0 and 2**32 - 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new NumpyRandom(1L << 32));
    }

    @Test
    void intervalStaysInRangeAndCoversIt() {
        NumpyRandom r = new NumpyRandom(7);
        int[] seen = new int[6];
        for (int i = 0; i < 6000; i++) seen[r.interval(5)]++;
        for (int count : seen) assertTrue(count > 800 && count < 1200, Arrays.toString(seen));
        assertEquals(0, r.interval(0));
    }
}

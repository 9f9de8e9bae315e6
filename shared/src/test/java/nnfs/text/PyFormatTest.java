package nnfs.text;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class PyFormatTest {
    @Test
    void formatsLikePythonsPercentF() {
        assertEquals("0.432387", PyFormat.f(0.43238724));
        assertEquals("0.125000", PyFormat.f(0.125));
        // 0.0000005 as a double is slightly below one half of the last place, so Python prints 0.000000
        assertEquals("0.000000", PyFormat.f(0.0000005));
        assertEquals("0.000002", PyFormat.f(0.0000015)); // slightly above one half
        assertEquals("2.500000", PyFormat.fixed(2.5, 6));
        assertEquals("2", PyFormat.fixed(2.5, 0), "exact ties go to even, as Python");
        assertEquals("4", PyFormat.fixed(3.5, 0));
        assertEquals("-0.000000", PyFormat.f(-0.0));
        assertEquals("-0.000000", PyFormat.f(-1e-9));
        assertEquals("nan", PyFormat.f(Double.NaN));
        assertEquals("inf", PyFormat.f(Double.POSITIVE_INFINITY));
        assertEquals("-inf", PyFormat.f(Double.NEGATIVE_INFINITY));
        assertEquals("100000000000000000000.000000", PyFormat.f(1e20));
        assertEquals("Loss after iteration 1000: 0.068947", PyFormat.lossLine(1000, 0.0689471));
    }
}

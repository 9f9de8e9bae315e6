package nnfs.data;

import static org.junit.jupiter.api.Assertions.*;

import nnfs.Limits;
import org.junit.jupiter.api.Test;

/** A learner's CSV file, as the command line and the browser (through the engine) read it. */
class PointsCsvTest {
    @Test
    void readsPointsWithAHeaderCommentsAndAnySeparator() {
        Dataset d = PointsCsv.parse("x,y,label\n# a comment\n\n0.5,-1,0\r\n2;3;1\n4\t5\t2\n");
        assertEquals(3, d.n);
        assertEquals(3, d.classes);
        assertArrayEquals(new double[] {0.5, -1, 2, 3, 4, 5}, d.x, 0.0);
        assertArrayEquals(new int[] {0, 1, 2}, d.y);
    }

    static void refuses(String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PointsCsv.parse(text));
        assertEquals(message, e.getMessage());
    }

    @Test
    void namesTheFirstBadLine() {
        refuses("", "no points");
        refuses("# only a comment\n", "no points");
        refuses("0,0,0\n1,2\n", "line 2: expected x,y,label");
        refuses("0,0,0\n1,nan,1\n", "line 2: x and y must be numbers");
        refuses("0,0,0\n1,Infinity,1\n", "line 2: x and y must be numbers");
        refuses("0,0,0\n1,2,1.5\n", "line 2: the label must be a whole number from 0 to 9");
        refuses("0,0,0\n1,2,-1\n", "line 2: the label must be a whole number from 0 to 9");
        refuses("0,0,0\n1e308,2,1\n", "line 2: x and y must be between -1000000 and 1000000");
        refuses("0,0,0\n1,2,1d\n", "line 2: the label must be a whole number from 0 to 9");
        refuses("0,0,0\n1d,2,1\n", "line 2: x and y must be numbers");
        refuses("0,0,0\n".repeat(Limits.MAX_POINTS + 1), "at most " + Limits.MAX_POINTS + " points");
        assertEquals(Limits.MAX_POINTS, PointsCsv.parse("0,0,1\n".repeat(Limits.MAX_POINTS)).n);
    }
}

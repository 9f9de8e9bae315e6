package nnfs.server.pictures;

import java.awt.Color;
import nnfs.grid.Palette;

/** The shared colour map ({@link nnfs.grid.Palette}) as Java2D colours. */
final class AwtColours {
    private AwtColours() {}

    static Color ofClass(int k, int classes) {
        return new Color(Palette.ofClass(k, classes));
    }

    /** Opaque ARGB region colours of a whole grid, the class colours computed once. */
    static int[] regions(double[] probs, int cells, int classes, boolean shading) {
        int[] colours = Palette.ofClasses(classes), argb = new int[cells];
        for (int c = 0; c < cells; c++) argb[c] = 0xff000000 | Palette.region(probs, c * classes, colours, shading);
        return argb;
    }
}

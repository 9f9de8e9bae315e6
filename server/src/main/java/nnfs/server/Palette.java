package nnfs.server;

import java.awt.Color;

/** The shared colour map ({@link nnfs.grid.Palette}) as Java2D colours. */
final class Palette {
    private Palette() {}

    static Color ofClass(int k, int classes) {
        return new Color(nnfs.grid.Palette.ofClass(k, classes));
    }

    static int region(double[] probs, int from, int classes, boolean shading) {
        return 0xff000000 | nnfs.grid.Palette.region(probs, from, classes, shading);
    }
}

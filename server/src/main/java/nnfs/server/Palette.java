package nnfs.server;

import java.awt.Color;

/** matplotlib's Spectral colour map (ColorBrewer's 11 colours, linearly interpolated), as the article plots with. */
final class Palette {
    private Palette() {}

    private static final int[] SPECTRAL = {0x9e0142, 0xd53e4f, 0xf46d43, 0xfdae61, 0xfee08b, 0xffffbf, 0xe6f598,
            0xabdda4, 0x66c2a5, 0x3288bd, 0x5e4fa2};

    /** Spectral at t in [0, 1]. */
    static Color spectral(double t) {
        double pos = Math.max(0, Math.min(1, t)) * (SPECTRAL.length - 1);
        int i = Math.min((int) pos, SPECTRAL.length - 2);
        double f = pos - i;
        int a = SPECTRAL[i], b = SPECTRAL[i + 1];
        return new Color(mix(a >> 16, b >> 16, f), mix(a >> 8, b >> 8, f), mix(a, b, f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round((a & 0xff) * (1 - f) + (b & 0xff) * f);
    }

    /** The colour of class k of {@code classes}: spread over the map as {@code c=y, cmap=Spectral} does. */
    static Color ofClass(int k, int classes) {
        return spectral(classes <= 1 ? 0 : (double) k / (classes - 1));
    }

    /** The ARGB of a decision-region cell: the probability-weighted class colours, lightened towards white. */
    static int region(double[] probs, int from, int classes, boolean shading) {
        double r = 0, g = 0, b = 0;
        if (shading) {
            for (int k = 0; k < classes; k++) {
                Color c = ofClass(k, classes);
                double p = probs[from + k];
                r += p * c.getRed();
                g += p * c.getGreen();
                b += p * c.getBlue();
            }
        } else {
            int best = 0;
            for (int k = 1; k < classes; k++) if (probs[from + k] > probs[from + best]) best = k;
            Color c = ofClass(best, classes);
            r = c.getRed();
            g = c.getGreen();
            b = c.getBlue();
        }
        // lighter than the points, so that they stand out on their own region
        double keep = 0.7;
        int ri = (int) Math.round(r * keep + 255 * (1 - keep));
        int gi = (int) Math.round(g * keep + 255 * (1 - keep));
        int bi = (int) Math.round(b * keep + 255 * (1 - keep));
        return 0xff000000 | (ri << 16) | (gi << 8) | bi;
    }
}

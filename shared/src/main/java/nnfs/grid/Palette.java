package nnfs.grid;

/**
 * The one colour rule of every picture (the server's PNGs and cards, the browser's canvas): the class colours and the
 * decision regions' colours, as 0xRRGGBB. Two classes take the ends of matplotlib's Spectral colour map (ColorBrewer's
 * 11 colours, linearly interpolated), as the article plots them.
 */
public final class Palette {
    private Palette() {}

    private static final int[] SPECTRAL = {0x9e0142, 0xd53e4f, 0xf46d43, 0xfdae61, 0xfee08b, 0xffffbf, 0xe6f598,
            0xabdda4, 0x66c2a5, 0x3288bd, 0x5e4fa2};
    /** A region keeps this much of its class colour, the rest white: lighter than the points, which then stand out. */
    public static final double REGION_KEEP = 0.7;

    /** Spectral at t in [0, 1]. */
    public static int spectral(double t) {
        double pos = Math.max(0, Math.min(1, t)) * (SPECTRAL.length - 1);
        int i = Math.min((int) pos, SPECTRAL.length - 2);
        double f = pos - i;
        int a = SPECTRAL[i], b = SPECTRAL[i + 1];
        return (mix(a >> 16, b >> 16, f) << 16) | (mix(a >> 8, b >> 8, f) << 8) | mix(a, b, f);
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round((a & 0xff) * (1 - f) + (b & 0xff) * f);
    }

    /**
     * Colours for three classes or more, told apart with every common colour vision (Okabe and Ito's set, yellow
     * left out and black last, then Paul Tol's wine, olive and indigo): Spectral's middle is a pale yellow that
     * vanishes on its own shaded region.
     */
    private static final int[] MANY = {0xd55e00, 0x0072b2, 0x009e73, 0xe69f00, 0xcc79a7, 0x56b4e9, 0x882255, 0x999933, 0x332288, 0x000000};

    /**
     * The colour of class k of {@code classes}: two classes as the article draws them ({@code c=y, cmap=Spectral}:
     * the map's two ends), more from {@link #MANY}.
     */
    public static int ofClass(int k, int classes) {
        if (classes <= 2) return spectral(classes <= 1 ? 0 : k);
        if (classes > MANY.length) throw new IllegalArgumentException("at most " + MANY.length + " class colours, asked for " + classes);
        return MANY[k];
    }

    /** The colours of classes 0 .. classes - 1. */
    public static int[] ofClasses(int classes) {
        int[] c = new int[classes];
        for (int k = 0; k < classes; k++) c[k] = ofClass(k, classes);
        return c;
    }

    /**
     * The colour (0xRRGGBB) of a decision-region cell, the one rule for every picture of a model (the page's plot, the
     * server's PNG and card): the most probable class's colour, with shading paled towards white as the network is
     * less sure of it (even odds are white, not a muddy average of the colours), then lightened so that the points
     * stand out on their own region.
     */
    public static int region(double[] probs, int from, int classes, boolean shading) {
        return region(probs, from, ofClasses(classes), shading);
    }

    /** The same with the class colours ({@link #ofClasses}) computed once for a whole picture. */
    public static int region(double[] probs, int from, int[] colours, boolean shading) {
        int classes = colours.length;
        int best = 0;
        for (int k = 1; k < classes; k++) if (probs[from + k] > probs[from + best]) best = k;
        int c = colours[best];
        // how sure: 0 at even odds, 1 when the best class has all of it
        double sure = shading ? Math.max(0, (probs[from + best] - 1.0 / classes) / (1 - 1.0 / classes)) : 1;
        double r = 255 + ((c >> 16 & 0xff) - 255) * sure, g = 255 + ((c >> 8 & 0xff) - 255) * sure, b = 255 + ((c & 0xff) - 255) * sure;
        return (lighten(r) << 16) | (lighten(g) << 8) | lighten(b);
    }

    /** The colours of a whole grid of cells, {@code classes} probabilities each. */
    public static int[] regions(double[] probs, int classes, boolean shading) {
        int[] colours = ofClasses(classes), out = new int[probs.length / classes];
        for (int c = 0; c < out.length; c++) out[c] = region(probs, c * classes, colours, shading);
        return out;
    }

    private static int lighten(double channel) {
        return (int) Math.round(channel * REGION_KEEP + 255 * (1 - REGION_KEEP));
    }
}

package nnfs.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nnfs.Limits;
import org.junit.jupiter.api.Test;

/**
 * The class colours: two classes as the article draws them, and from three classes on colours that stay apart for
 * every common colour vision and stand out on white. Colour vision is simulated with Machado, Oliveira and Fernandes
 * (2009), severity 1, on linear sRGB; distance is CIE76 ΔE in Lab (2.3 is just noticeable; 12 is plainly another colour).
 */
class PaletteTest {
    private static final double[][][] VISIONS = {
        {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
        {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}, // protanopia
        {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}, // deuteranopia
        {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}}, // tritanopia
    };
    private static final String[] VISION_NAMES = {"typical", "protanopia", "deuteranopia", "tritanopia"};

    @Test
    void twoClassesAreTheEndsOfSpectralAsInTheArticle() {
        assertEquals(Palette.spectral(0), Palette.ofClass(0, 2));
        assertEquals(Palette.spectral(1), Palette.ofClass(1, 2));
    }

    @Test
    void fromThreeClassesOnEveryPairStaysApartForEveryColourVisionAndEachStandsOutOnWhite() {
        for (int classes = 3; classes <= Limits.MAX_CLASSES; classes++) {
            int[] c = Palette.ofClasses(classes);
            for (int a = 0; a < classes; a++) {
                assertTrue(contrastWithWhite(c[a]) >= 2, String.format("class %d of %d (#%06x) is too pale on white", a, classes, c[a]));
                // a point on its own sure region (the region is the colour lightened): still visible
                int region = Palette.region(oneHot(a, classes), 0, classes, false);
                assertTrue(deltaE(lab(c[a], VISIONS[0]), lab(region, VISIONS[0])) >= 12, "class " + a + " on its own region");
                for (int b = a + 1; b < classes; b++) {
                    for (int v = 0; v < VISIONS.length; v++) {
                        double d = deltaE(lab(c[a], VISIONS[v]), lab(c[b], VISIONS[v]));
                        assertTrue(d >= 12, String.format("classes %d and %d of %d: ΔE %.1f with %s", a, b, classes, d, VISION_NAMES[v]));
                    }
                }
            }
        }
    }

    private static double[] oneHot(int k, int classes) {
        double[] p = new double[classes];
        p[k] = 1;
        return p;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double[] linearRgb(int rgb) {
        return new double[] {linear(rgb >> 16 & 0xff), linear(rgb >> 8 & 0xff), linear(rgb & 0xff)};
    }

    /** WCAG's contrast ratio against white. */
    private static double contrastWithWhite(int rgb) {
        double[] l = linearRgb(rgb);
        return 1.05 / (0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2] + 0.05);
    }

    /** CIE Lab (D65) of a colour as a vision sees it. */
    private static double[] lab(int rgb, double[][] vision) {
        double[] v = linearRgb(rgb), s = new double[3];
        for (int i = 0; i < 3; i++) s[i] = Math.max(0, Math.min(1, vision[i][0] * v[0] + vision[i][1] * v[1] + vision[i][2] * v[2]));
        double x = (0.4124 * s[0] + 0.3576 * s[1] + 0.1805 * s[2]) / 0.95047;
        double y = 0.2126 * s[0] + 0.7152 * s[1] + 0.0722 * s[2];
        double z = (0.0193 * s[0] + 0.1192 * s[1] + 0.9505 * s[2]) / 1.08883;
        double fx = f(x), fy = f(y), fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double deltaE(double[] p, double[] q) {
        return Math.sqrt((p[0] - q[0]) * (p[0] - q[0]) + (p[1] - q[1]) * (p[1] - q[1]) + (p[2] - q[2]) * (p[2] - q[2]));
    }
}

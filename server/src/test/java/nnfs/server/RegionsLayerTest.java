package nnfs.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import java.util.Arrays;
import nnfs.server.pictures.RegionsLayer;

/** The regions' own smooth scaling: exact where the answer is plain, and as Java2D's bilinear scaling elsewhere. */
class RegionsLayerTest {
    private static final int RED = 0xff0000, BLUE = 0x0000ff;

    private static RegionsLayer layer(int[] rgb, int cols, int rows) {
        return new RegionsLayer(rgb, cols, rows, 0, 0, 1, 1);
    }

    @Test
    void pixelsBetweenTwoCellCentresMixTheirColoursByDistance() {
        // two cells over four pixels: the cell centres are at pixels 0.5 and 2.5 (in pixel units, 1.0 and 3.0 from
        // the left edge); pixel centres at 0.5, 1.5, 2.5, 3.5 are red, 3/4 red, 1/4 red, blue
        BufferedImage img = layer(new int[] {RED, BLUE}, 2, 1).scaled(4, 1);
        assertEquals(RED, img.getRGB(0, 0) & 0xffffff);
        assertEquals(0xbf0040, img.getRGB(1, 0) & 0xffffff); // 255 * 3/4 = 191.25, 255 / 4 = 63.75
        assertEquals(0x4000bf, img.getRGB(2, 0) & 0xffffff);
        assertEquals(BLUE, img.getRGB(3, 0) & 0xffffff);
        // rows the same way, row 0 at the top
        BufferedImage col = layer(new int[] {RED, BLUE}, 1, 2).scaled(1, 4);
        assertEquals(RED, col.getRGB(0, 0) & 0xffffff);
        assertEquals(0xbf0040, col.getRGB(0, 1) & 0xffffff);
        assertEquals(BLUE, col.getRGB(0, 3) & 0xffffff);
    }

    @Test
    void oneColourStaysThatColourAtAnySize() {
        int[] flat = new int[7 * 5];
        Arrays.fill(flat, 0x5e4fa2);
        for (int[] size : new int[][] {{1, 1}, {3, 2}, {7, 5}, {640, 480}, {13, 997}}) {
            BufferedImage img = layer(flat, 7, 5).scaled(size[0], size[1]);
            for (int y = 0; y < size[1]; y++) {
                for (int x = 0; x < size[0]; x++) assertEquals(0x5e4fa2, img.getRGB(x, y) & 0xffffff, x + "," + y);
            }
        }
    }

    @Test
    void scalesAsJava2DsBilinearScalingDoes() {
        SplittableRandom r = new SplittableRandom(3);
        int cols = 31, rows = 17;
        int[] rgb = new int[cols * rows];
        for (int i = 0; i < rgb.length; i++) rgb[i] = r.nextInt(1 << 24);
        BufferedImage cells = new BufferedImage(cols, rows, BufferedImage.TYPE_INT_RGB);
        cells.setRGB(0, 0, cols, rows, rgb, 0, cols);
        int width = 213, height = 150;
        BufferedImage java2d = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = java2d.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(cells, 0, 0, width, height, null);
        g.dispose();
        BufferedImage ours = layer(rgb, cols, rows).scaled(width, height);
        int worst = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int a = ours.getRGB(x, y), b = java2d.getRGB(x, y);
                for (int s = 0; s < 24; s += 8) worst = Math.max(worst, Math.abs((a >> s & 255) - (b >> s & 255)));
            }
        }
        // random colours are the hardest case: neighbours differ by up to 255 levels, and the two round the
        // weights differently (Java2D to 1/2^16 or so, we to 1/256 of a cell)
        assertTrue(worst <= 2, "differs from Java2D by up to " + worst + " levels");
    }

    @Test
    void aGridOfTheWrongSizeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> layer(new int[5], 2, 3));
        assertThrows(IllegalArgumentException.class, () -> layer(new int[0], 0, 0));
    }
}

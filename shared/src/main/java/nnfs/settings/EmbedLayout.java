package nnfs.settings;

/**
 * Where an embed puts the panels asked for beside its plot (show=loss,diagram,inspect), in a frame of w x h CSS
 * pixels, and the height it needs: one rule for the embed's page (which lays itself out by it, settings.js), its
 * builder (which says what does not fit) and oEmbed (which answers the height the panels need).
 */
public final class EmbedLayout {
    private EmbedLayout() {}

    /** The width of the iframe nnfs hands out (the share box, the share page, oEmbed at most). */
    public static final int DEFAULT_WIDTH = 640;
    /** Panels beside the plot (all of them, stacked in a column of 2/5 of the width) from this size up. */
    public static final int SIDE_MIN_WIDTH = 640;
    public static final int SIDE_MIN_HEIGHT = 300;
    /** In a narrower frame, the first panel under the plot from this height up. */
    public static final int UNDER_MIN_HEIGHT = 560;
    /** A panel's least height beside the plot: a loss chart or diagram still readable. */
    public static final int PANEL_MIN_HEIGHT = 150;
    /**
     * The height of what surrounds the plot (title line, buttons, numbers, legend) at the widths oEmbed answers (measured: 133 px at 500 wide); the
     * embed itself reports the height it wants from what it measures.
     */
    public static final int CHROME = 130;

    /** "side", "under" or "none": where the panels go in a frame of this size. */
    public static String place(int width, int height) {
        if (width >= SIDE_MIN_WIDTH && height >= SIDE_MIN_HEIGHT) return "side";
        if (width < SIDE_MIN_WIDTH && height >= UNDER_MIN_HEIGHT) return "under";
        return "none";
    }

    /** How many of {@code asked} panels a frame of this size shows (beside: all; under: the first; else none). */
    public static int shown(int asked, int width, int height) {
        String p = place(width, height);
        return p.equals("side") ? asked : p.equals("under") ? Math.min(1, asked) : 0;
    }

    /** The height at which a frame {@code width} wide shows its plot at full width (4:3) and {@code panels} panels. */
    public static int height(int width, int panels) {
        if (panels == 0) return CHROME + width * 3 / 4;
        if (width >= SIDE_MIN_WIDTH) {
            int plotColumn = width * 3 / 5;
            return Math.max(SIDE_MIN_HEIGHT, Math.max(CHROME + plotColumn * 3 / 4, PANEL_MIN_HEIGHT * panels));
        }
        return Math.max(UNDER_MIN_HEIGHT, CHROME + width * 3 / 4 + PANEL_MIN_HEIGHT);
    }
}

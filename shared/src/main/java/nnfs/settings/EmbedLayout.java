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
    /** A panel's least height beside the plot: a loss chart or the inspector still readable. */
    public static final int PANEL_MIN_HEIGHT = 150;
    /**
     * The diagram's: the article's network (3 hidden units of 64 px) with its heading (measured: 182 + 37 px); a
     * wider layer may need more, and the embed then leaves the diagram out, as it does below this height.
     */
    public static final int DIAGRAM_MIN_HEIGHT = 225;
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

    /** The least height of a panel (loss, diagram, inspect). */
    public static int minHeight(String panel) {
        return panel.equals("diagram") ? DIAGRAM_MIN_HEIGHT : PANEL_MIN_HEIGHT;
    }

    /**
     * The panels of {@code show} (comma-separated, in order) a frame of this size shows: beside the plot, all of them
     * when their least heights add up to the frame's, else all but the diagram (which gives way, as the embed
     * measures it); under the plot, the first; else none.
     */
    public static String shown(String show, int width, int height) {
        if (show.isEmpty()) return "";
        String p = place(width, height);
        String[] panels = show.split(",");
        if (p.equals("under")) return panels[0];
        if (!p.equals("side")) return "";
        if (need(panels) <= height) return show;
        StringBuilder kept = new StringBuilder();
        for (String panel : panels) if (!panel.equals("diagram")) kept.append(kept.length() == 0 ? "" : ",").append(panel);
        return kept.toString();
    }

    /** The least heights of these panels, added up: what a column beside the plot needs. */
    private static int need(String[] panels) {
        int sum = 0;
        for (String panel : panels) sum += minHeight(panel);
        return sum;
    }

    /** The height at which a frame {@code width} wide shows its plot at full width (4:3) and every panel of {@code show}. */
    public static int height(int width, String show) {
        if (show.isEmpty()) return CHROME + width * 3 / 4;
        String[] panels = show.split(",");
        if (width >= SIDE_MIN_WIDTH) {
            int plotColumn = width * 3 / 5;
            return Math.max(SIDE_MIN_HEIGHT, Math.max(CHROME + plotColumn * 3 / 4, need(panels)));
        }
        return Math.max(UNDER_MIN_HEIGHT, CHROME + width * 3 / 4 + minHeight(panels[0]));
    }
}

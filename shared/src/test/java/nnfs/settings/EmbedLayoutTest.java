package nnfs.settings;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Where an embed's panels go, and the height oEmbed answers: at that height, every panel asked shows. */
class EmbedLayoutTest {
    @Test
    void panelsGoBesideUnderOrNowhere() {
        assertEquals("side", EmbedLayout.place(640, 300));
        assertEquals("none", EmbedLayout.place(640, 299));
        assertEquals("under", EmbedLayout.place(639, 560));
        assertEquals("none", EmbedLayout.place(639, 559));
        assertEquals("none", EmbedLayout.place(300, 250));
        assertEquals("loss", EmbedLayout.shown("loss,diagram", 360, 640), "under the plot: the first asked");
        assertEquals("loss", EmbedLayout.shown("loss,diagram", 640, 360), "the diagram gives way below its least height");
        assertEquals("diagram,loss", EmbedLayout.shown("diagram,loss", 640, 520));
        assertEquals("", EmbedLayout.shown("loss", 300, 250));
    }

    @Test
    void atTheHeightAnsweredEveryPanelAskedShows() {
        for (String show : new String[] {"", "loss", "diagram", "loss,diagram", "loss,diagram,inspect", "inspect,diagram"}) {
            for (int w : new int[] {300, 360, 500, 640}) {
                int h = EmbedLayout.height(w, show);
                if (w >= 640 || show.isEmpty()) assertEquals(show, EmbedLayout.shown(show, w, h), w + " wide, " + show);
                else assertEquals(show.split(",")[0], EmbedLayout.shown(show, w, h), "narrower: the first under the plot");
                assertTrue(h >= EmbedLayout.CHROME + (w >= 640 && !show.isEmpty() ? w * 3 / 5 : w) * 3 / 4, "the plot at its column's width, 4:3");
            }
        }
    }
}

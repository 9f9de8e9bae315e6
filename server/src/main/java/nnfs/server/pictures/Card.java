package nnfs.server.pictures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nnfs.data.Dataset;
import nnfs.model.ModelDocument;
import nnfs.server.pages.Describe;
import nnfs.text.Msg;
import nnfs.text.UiText;

/**
 * The picture a share link shows where it is posted (og:image, twitter:image): 1200×630, readable on its own —
 * the decision boundary, the model's title, its loss and accuracy, what it is and what it learned, and our mark.
 */
public final class Card {
    private Card() {}

    static final int WIDTH = 1200, HEIGHT = 630;
    public static final Color ACCENT = new Color(0x5e4fa2);
    private static final Color INK = new Color(0x222222), GREY = new Color(0x555555), WARNING = new Color(0xa8071a);
    private static final int COLUMN_X = 810, COLUMN_W = 360;

    /** The card in a language of the catalogue ("en", "ja"): its words; the numbers and the picture are the same. */
    static BufferedImage draw(ModelDocument doc, String lang) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            // the boundary, 4:3, filling the left
            Dataset[] tt = doc.data.trainAndTest();
            BoundaryChart.chart(doc.model, tt[0], tt[1], null, 300, true).draw(g, new Rectangle2D.Double(16, 24, 768, 576));
            g.setColor(ACCENT);
            g.fillRect(0, HEIGHT - 8, WIDTH, 8);

            int y = mark(g, COLUMN_X, 40) + 40;
            y = text(g, Describe.withoutBidiControls(Describe.name(doc, lang)), new Font(Font.SANS_SERIF, Font.BOLD, 34), INK, y, 3) + 22;
            if (doc.unverified) y = text(g, "⚠ " + Describe.unverifiedMeaning(lang), new Font(Font.SANS_SERIF, Font.BOLD, 20), WARNING, y, 3) + 12;
            if (!Double.isNaN(doc.loss)) y = number(g, UiText.LOSS.format(lang), String.format(Locale.ROOT, "%.4f", doc.loss), y);
            y = number(g, UiText.ACCURACY.format(lang), String.format(Locale.ROOT, "%.1f%%", 100 * doc.accuracy), y);
            if (!Double.isNaN(doc.testAccuracy)) y = number(g, UiText.TEST_ACCURACY.format(lang), String.format(Locale.ROOT, "%.1f%%", 100 * doc.testAccuracy), y);
            String what = doc.isNetwork() ? Msg.MODEL_ON_PASSES.format(lang, Describe.model(doc, lang), Describe.data(doc, lang), doc.passesDone)
                    : Msg.MODEL_ON.format(lang, Describe.model(doc, lang), Describe.data(doc, lang));
            // as many lines as fit above the footer (a test accuracy takes the room of one)
            Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
            int lineHeight = g.getFontMetrics(small).getHeight() + 4, footer = HEIGHT - 58;
            text(g, what, small, GREY, y + 6, Math.max(1, (footer - 10 - y - 6) / lineHeight));
            text(g, Msg.TAGLINE.format(lang), new Font(Font.SANS_SERIF, Font.PLAIN, 17), GREY, footer, 1);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Our mark: a small 2-3-2 network in a rounded square, and the name. Returns the y below it. */
    private static int mark(Graphics2D g, int x, int y) {
        g.setColor(ACCENT);
        g.fill(new RoundRectangle2D.Double(x, y, 52, 52, 14, 14));
        double[][] layers = {{y + 18, y + 34}, {y + 12, y + 26, y + 40}, {y + 18, y + 34}};
        double[] xs = {x + 11, x + 26, x + 41};
        g.setColor(new Color(255, 255, 255, 170));
        g.setStroke(new BasicStroke(1.4f));
        for (int l = 0; l < 2; l++) for (double a : layers[l]) for (double b : layers[l + 1]) g.draw(new Line2D.Double(xs[l], a, xs[l + 1], b));
        g.setColor(Color.WHITE);
        for (int l = 0; l < 3; l++) for (double c : layers[l]) g.fill(new Ellipse2D.Double(xs[l] - 4, c - 4, 8, 8));
        g.setColor(ACCENT);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 36));
        g.drawString("nnfs", x + 66, y + 40);
        return y + 52;
    }

    /** A label and its value, large. Returns the y below them. */
    private static int number(Graphics2D g, String label, String value, int y) {
        g.setColor(GREY);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
        g.drawString(label, COLUMN_X, y + 20);
        g.setColor(INK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
        g.drawString(value, COLUMN_X, y + 64);
        return y + 82;
    }

    /** Text wrapped to the column, at most maxLines (the last one cut with "…"). Returns the y below it. */
    private static int text(Graphics2D g, String s, Font font, Color colour, int y, int maxLines) {
        g.setFont(font);
        g.setColor(colour);
        FontMetrics fm = g.getFontMetrics();
        List<String> lines = wrap(s, fm, COLUMN_W);
        for (int i = 0; i < Math.min(maxLines, lines.size()); i++) {
            String line = lines.get(i);
            if (i == maxLines - 1 && lines.size() > maxLines) {
                while (!line.isEmpty() && fm.stringWidth(line + "…") > COLUMN_W) line = line.substring(0, line.length() - 1);
                line = line.stripTrailing() + "…";
            }
            y += fm.getAscent();
            g.drawString(line, COLUMN_X, y);
            y += fm.getDescent() + 4;
        }
        return y;
    }

    /** Breaks at spaces, and inside a word too long for a line (a title in Japanese has no spaces). */
    static List<String> wrap(String s, FontMetrics fm, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.strip().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (fm.stringWidth(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) lines.add(line.toString());
            line.setLength(0);
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                String next = line.toString() + new String(Character.toChars(cp));
                if (fm.stringWidth(next) > width && line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    continue;
                }
                line.setLength(0);
                line.append(next);
                i += Character.charCount(cp);
            }
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }
}

package nnfs.text;

/**
 * The iframe nnfs hands out, written in one place: the server fills it (share answers, oEmbed, the share page) and
 * the page's embed builder fills the same template, which the build gives it in settings.js. Titled, because a
 * screen reader names the frame by it; lazy; sending only our origin as the referrer.
 */
public final class EmbedCode {
    private EmbedCode() {}

    /** {src}, {width}, {height} and {title} are filled with the values escaped for an attribute ({@link #attribute}). */
    public static final String IFRAME = "<iframe src=\"{src}\" width=\"{width}\" height=\"{height}\" style=\"border:0;max-width:100%\""
            + " loading=\"lazy\" referrerpolicy=\"strict-origin-when-cross-origin\" title=\"{title}\"></iframe>";

    /** The iframe of an embed's address, size (a number of pixels, or a percentage such as 100%) and title. */
    public static String iframe(String src, String width, String height, String title) {
        return IFRAME.replace("{src}", attribute(src)).replace("{width}", attribute(width)).replace("{height}", attribute(height))
                .replace("{title}", attribute(title));
    }

    /**
     * oEmbed's HTML: the iframe after a link to the model in a hidden blockquote. WordPress keeps such a blockquote
     * as the fallback of a provider it does not list, and then loads its wp-embed.js, which resizes the frame when
     * the embed asks (the embed speaks its protocol); other consumers show the iframe alone.
     */
    public static String oembedHtml(String iframe, String link, String title) {
        return "<blockquote class=\"wp-embedded-content\" style=\"display:none\"><a href=\"" + attribute(link) + "\">"
                + attribute(title) + "</a></blockquote>" + iframe;
    }

    /** A value made safe inside a double-quoted attribute; the builder (web/js/builder.js) escapes the same five characters. */
    public static String attribute(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&': out.append("&amp;"); break;
                case '"': out.append("&quot;"); break;
                case '\'': out.append("&#39;"); break;
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                default: out.append(c);
            }
        }
        return out.toString();
    }
}

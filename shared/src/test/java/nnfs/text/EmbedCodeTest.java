package nnfs.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one iframe: every value stays inside its attribute, whatever a title says. */
class EmbedCodeTest {
    @Test
    void aTitleCannotLeaveItsAttribute() {
        String html = EmbedCode.iframe("https://nnfs.example/embed/abc?lang=ja&show=loss", "100%", "520", "\"><script>alert('x')</script> & {width}");
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("title=\"&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; {width}\""), html);
        assertTrue(html.contains("src=\"https://nnfs.example/embed/abc?lang=ja&amp;show=loss\""), html);
        assertTrue(html.startsWith("<iframe src=") && html.endsWith("></iframe>"), html);
        assertEquals(1, html.split("width=\"100%\"", -1).length - 1, "the width once, where the template puts it");
    }
}

package nnfs.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nnfs.data.PointsCsv;
import nnfs.nn.TrainingSettings;
import nnfs.nn.Schedule;
import org.junit.jupiter.api.Test;

/** The catalogue: every message and every text of the page in both languages, each using exactly its arguments. */
class MsgTest {
    private static final Pattern ARG = Pattern.compile("\\{(\\d+)\\}");

    private static TreeSet<Integer> args(String template) {
        TreeSet<Integer> found = new TreeSet<>();
        Matcher m = ARG.matcher(template);
        while (m.find()) found.add(Integer.parseInt(m.group(1)));
        return found;
    }

    @Test
    void everyMessageHasBothLanguagesWithTheSameArguments() {
        for (Msg msg : Msg.values()) {
            String en = msg.template("en"), ja = msg.template("ja");
            assertFalse(en.isBlank(), msg + " in English");
            assertFalse(ja.isBlank(), msg + " in Japanese");
            if (!msg.literal) assertNotEquals(en, ja, msg + " is not translated");
            TreeSet<Integer> a = args(en);
            assertEquals(a, args(ja), msg + ": the languages use other arguments");
            // {0} .. {n-1}, none skipped: every argument given is shown
            for (int k = 0; k < a.size(); k++) assertTrue(a.contains(k), msg + " skips {" + k + "}");
            if (!msg.literal) assertTrue(ja.codePoints().anyMatch(c -> c >= 0x3040), msg + " in Japanese has no Japanese");
        }
    }

    @Test
    void everyTextOfThePageHasBothLanguagesWithTheSameArgumentsAndItsOwnKey() {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (UiText text : UiText.values()) {
            assertTrue(keys.add(text.key), text + ": the key " + text.key + " is taken twice");
            String en = text.template("en"), ja = text.template("ja");
            assertFalse(en.isBlank(), text + " in English");
            assertFalse(ja.isBlank(), text + " in Japanese");
            assertEquals(args(en), args(ja), text + ": the languages use other arguments");
            // a text said alike in both (a name such as "oEmbed URL") is allowed; any other is translated
            if (!en.equals(ja)) assertTrue(ja.codePoints().anyMatch(c -> c >= 0x3040), text + " in Japanese has no Japanese");
        }
        assertEquals("7 networks trained in 3.2 s, 2 at a time.", UiText.COMPARE_DONE.format("en", 7, "3.2", 2));
        assertFalse(UiText.COMPARE_DONE.format("ja", 7, "3.2", 2).contains("{"));
    }

    @Test
    void aProblemReadsInEitherLanguageAndInEnglishAsItsMessage() {
        Problem p = Problem.of(Msg.PASSES_RANGE, 10_000_000L, -5L);
        assertEquals("passes must be between 0 and 10000000, got -5", p.getMessage());
        assertEquals(p.getMessage(), p.in("en"));
        assertEquals("反復回数は 0 から 10000000 の範囲で指定してください (-5 が指定されました)", p.in("ja"));
        assertEquals(p.getMessage(), p.in("fr"), "a language the catalogue lacks is English");
        // placed: the place is rendered in the language too
        Problem placed = Problem.of(Msg.CSV_NOT_NUMBERS).at(Msg.AT_LINE, 3);
        assertEquals("line 3: x and y must be numbers", placed.getMessage());
        assertEquals("3 行目: x と y は数値である必要があります", placed.in("ja"));
    }

    @Test
    void aModelDocumentsProblemsArePlacedAndSaidInJapanese() {
        Problem p = assertThrowsProblem(() -> nnfs.model.ModelDocument.parse("{\"format\": 1}"));
        assertEquals("format: expected a string, found a number", p.getMessage());
        assertEquals("format: 文字列が必要ですが、数値でした", p.in("ja"));
        Problem json = assertThrowsProblem(() -> nnfs.model.ModelDocument.parse("{\"a\": tru}"));
        assertEquals("malformed JSON at character 6: expected true", json.getMessage());
        assertEquals("JSON の 6 文字目が不正です: true が必要です", json.in("ja"));
        Problem root = assertThrowsProblem(() -> nnfs.model.ModelDocument.parse("[1]"));
        assertEquals("the document: expected an object, found an array", root.getMessage());
        assertEquals("文書: オブジェクトが必要ですが、配列でした", root.in("ja"));
    }

    private static Problem assertThrowsProblem(Runnable r) {
        IllegalArgumentException e = assertThrowsIae(r);
        assertTrue(e instanceof Problem, e.getClass() + ": " + e.getMessage());
        return (Problem) e;
    }

    @Test
    void theEnginesChecksRaiseCatalogueMessages() {
        IllegalArgumentException e = assertThrowsIae(() -> new TrainingSettings(20000, 0.01, 0.01, 0, -1, Schedule.parse("none"), false));
        assertTrue(e instanceof Problem, e.getClass().toString());
        assertEquals(Msg.BATCH_RANGE, ((Problem) e).msg);
        assertTrue(((Problem) e).in("ja").startsWith("バッチサイズは"), ((Problem) e).in("ja"));
        Problem csv = (Problem) assertThrowsIae(() -> PointsCsv.parse("x,y,label\n0,0,0\n1,a,1\n"));
        assertEquals("line 3: x and y must be numbers", csv.getMessage());
        assertEquals("3 行目: x と y は数値である必要があります", csv.in("ja"));
    }

    private static IllegalArgumentException assertThrowsIae(Runnable r) {
        try {
            r.run();
        } catch (IllegalArgumentException e) {
            return e;
        }
        throw new AssertionError("no IllegalArgumentException");
    }
}

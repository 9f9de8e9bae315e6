package nnfs.server.pages;

import java.util.Locale;
import nnfs.model.ModelDocument;
import nnfs.model.ModelName;
import nnfs.text.Msg;

/**
 * Short human descriptions of a model, for titles, captions and cards, in a language of the catalogue ("en", "ja";
 * nnfs.text.Msg): the share page, the card, oEmbed and the share answer say them in their reader's language.
 */
public final class Describe {
    private Describe() {}

    /** "Hidden layer size 3" for the article's shape, else "2-5-4-2 network (relu, tanh)" or "Logistic regression". */
    public static String model(ModelDocument doc, String lang) {
        return ModelName.of(doc.model, lang);
    }

    public static String scores(ModelDocument doc, String lang) {
        StringBuilder s = new StringBuilder();
        if (!Double.isNaN(doc.loss)) s.append(Msg.SCORE_LOSS.format(lang, String.format(Locale.ROOT, "%.4f", doc.loss))).append(", ");
        s.append(Msg.SCORE_ACCURACY.format(lang, String.format(Locale.ROOT, "%.1f", 100 * doc.accuracy)));
        if (!Double.isNaN(doc.testAccuracy)) s.append(", ").append(Msg.SCORE_TEST.format(lang, String.format(Locale.ROOT, "%.1f", 100 * doc.testAccuracy)));
        return s.toString();
    }

    /** The model's own title, or what it is when it has none. */
    public static String name(ModelDocument doc, String lang) {
        return doc.title.isBlank() ? model(doc, lang) : doc.title.strip();
    }

    /** Name and scores, and whether the server could not check the training it claims: every title says so. */
    public static String title(ModelDocument doc, String lang) {
        return isolated(name(doc, lang)) + " — " + scores(doc, lang) + (doc.unverified ? " — " + Msg.UNVERIFIED.format(lang) : "");
    }

    /** The title in English: the pictures' captions, which every reader shares. */
    public static String title(ModelDocument doc) {
        return title(doc, "en");
    }

    /**
     * A name with text-reordering controls, between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: in a page
     * title, an oEmbed answer or an iframe's title, where no element can isolate it, it still cannot turn around the
     * scores beside it.
     */
    static String isolated(String name) {
        return withoutBidiControls(name).equals(name) ? name : "\u2068" + name + "\u2069";
    }

    /** What a model the server did not train again is called, where there is room to say what it means. */
    public static String unverifiedMeaning(String lang) {
        return Msg.UNVERIFIED_MEANING.format(lang);
    }

    /**
     * A title without the controls that reorder text (U+202A–U+202E, U+2066–U+2069, the marks U+200E, U+200F,
     * U+061C), for a picture, where nothing can isolate it: its letters keep their natural direction, and it cannot
     * turn around the text it stands beside.
     */
    public static String withoutBidiControls(String s) {
        return s.replaceAll("[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]", "");
    }

    public static String data(ModelDocument doc, String lang) {
        return doc.data.isGenerated() ? doc.data.spec.toString() : Msg.OWN_POINTS.format(lang, doc.data.points.n);
    }
}

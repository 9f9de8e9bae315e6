package nnfs.server.pages;

import java.util.Locale;
import nnfs.model.ModelDocument;
import nnfs.nn.Network;

/** Short human descriptions of a model, for titles, captions and cards. */
public final class Describe {
    private Describe() {}

    /** "Hidden layer size 3" for the article's shape, else "2-5-4-2 network (relu, tanh)" or "Logistic regression". */
    public static String model(ModelDocument doc) {
        if (!doc.isNetwork()) return "Logistic regression";
        Network n = doc.network();
        if (n.layers() == 2 && n.activations[0].id.equals("tanh")) return "Hidden layer size " + n.sizes[1];
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n.sizes.length; i++) s.append(i == 0 ? "" : "-").append(n.sizes[i]);
        s.append(" network (");
        for (int i = 0; i < n.activations.length; i++) s.append(i == 0 ? "" : ", ").append(n.activations[i].id);
        return s.append(')').toString();
    }

    static String scores(ModelDocument doc) {
        StringBuilder s = new StringBuilder();
        if (!Double.isNaN(doc.loss)) s.append(String.format(Locale.ROOT, "loss %.4f, ", doc.loss));
        s.append(String.format(Locale.ROOT, "accuracy %.1f%%", 100 * doc.accuracy));
        if (!Double.isNaN(doc.testAccuracy)) s.append(String.format(Locale.ROOT, ", test %.1f%%", 100 * doc.testAccuracy));
        return s.toString();
    }

    /** The model's own title, or what it is when it has none. */
    public static String name(ModelDocument doc) {
        return doc.title.isBlank() ? model(doc) : doc.title.strip();
    }

    /** Name and scores, and whether the server could not check the training it claims: every title says so. */
    public static String title(ModelDocument doc) {
        return isolated(name(doc)) + " — " + scores(doc) + (doc.unverified ? " — " + UNVERIFIED : "");
    }

    /**
     * A name with text-reordering controls, between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: in a page
     * title, an oEmbed answer or an iframe's title, where no element can isolate it, it still cannot turn around the
     * scores beside it.
     */
    static String isolated(String name) {
        return withoutBidiControls(name).equals(name) ? name : "\u2068" + name + "\u2069";
    }

    /** What a model the server did not train again is called, wherever it is named. */
    public static final String UNVERIFIED = "not verified";

    /** What it means, where there is room to say it. */
    public static final String UNVERIFIED_MEANING = "not verified: the server did not train it again to check what it claims";

    /**
     * A title without the controls that reorder text (U+202A–U+202E, U+2066–U+2069, the marks U+200E, U+200F,
     * U+061C), for a picture, where nothing can isolate it: its letters keep their natural direction, and it cannot
     * turn around the text it stands beside.
     */
    public static String withoutBidiControls(String s) {
        return s.replaceAll("[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]", "");
    }

    public static String data(ModelDocument doc) {
        return doc.data.isGenerated() ? doc.data.spec.toString() : doc.data.points.n + " points";
    }
}

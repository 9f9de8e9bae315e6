package nnfs.server;

import java.util.Locale;
import nnfs.model.ModelDocument;
import nnfs.nn.Network;

/** Short human descriptions of a model, for titles, captions and cards. */
final class Describe {
    private Describe() {}

    /** "Hidden layer size 3" for the article's shape, else "2-5-4-2 network (relu, tanh)" or "Logistic regression". */
    static String model(ModelDocument doc) {
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
    static String name(ModelDocument doc) {
        return doc.title.isBlank() ? model(doc) : doc.title.strip();
    }

    static String title(ModelDocument doc) {
        return name(doc) + " — " + scores(doc);
    }

    static String data(ModelDocument doc) {
        return doc.data.isGenerated() ? doc.data.spec.toString() : doc.data.points.n + " points";
    }
}

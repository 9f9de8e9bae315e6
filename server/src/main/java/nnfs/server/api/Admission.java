package nnfs.server.api;

import java.util.Locale;
import nnfs.model.InvalidModelException;
import nnfs.model.ModelDocument;
import nnfs.model.Replay;
import nnfs.server.http.ApiProblem;
import nnfs.text.Msg;
import nnfs.text.Problem;

/**
 * The one gate into the store: {@code POST /api/models}, {@code POST /api/train?save=true} and {@code nnfs store
 * import} all pass here, so that what is stored keeps the same rules whichever way it came in. A stored document
 * parses again as it was written, claims only what its weights do on its data, and can be drawn (its points are
 * 2-D, as every picture is); what it says of its training reproduces when the server trains it again from its own
 * settings, or the document is marked unverified and every page of it says so.
 */
public final class Admission {
    /** The replay one document may cost, in multiply-adds as TrainingCost counts them: what a server training may. */
    public static final double VERIFY_BUDGET = TrainApi.TRAIN_BUDGET;

    private Admission() {}

    /** A cost as the answers say it: three significant digits (2.50e+09). */
    static String g3(double multiplyAdds) {
        return String.format(Locale.ROOT, "%.3g", multiplyAdds);
    }

    /** A document's text, checked against every rule but the replay. */
    public static ModelDocument read(String text) {
        return claimsChecked(parsedBy(() -> ModelDocument.parse(text)));
    }

    /** A document already parsed as JSON (a part of a larger request: a challenge's entry), checked the same way. */
    public static ModelDocument read(Object tree) {
        return claimsChecked(parsedBy(() -> ModelDocument.fromJson(tree)));
    }

    private static ModelDocument claimsChecked(ModelDocument doc) {
        try {
            doc.checkClaims();
        } catch (InvalidModelException e) {
            throw ApiProblem.of(422, Msg.TITLE_INVALID_MODEL, e);
        }
        return doc;
    }

    /** A document's text, parsed, checked and drawable; its claims are not recomputed. */
    private static ModelDocument parsed(String text) {
        return parsedBy(() -> ModelDocument.parse(text));
    }

    private static ModelDocument parsedBy(java.util.function.Supplier<ModelDocument> reading) {
        ModelDocument doc;
        try {
            doc = reading.get();
        } catch (InvalidModelException e) {
            throw ApiProblem.of(422, Msg.TITLE_INVALID_MODEL, e);
        }
        drawable(doc.model.inputs());
        return doc;
    }

    /** What replaying the document costs, in multiply-adds; within {@link #VERIFY_BUDGET} the server replays it. */
    public static double cost(ModelDocument doc) {
        return Replay.cost(doc);
    }

    /**
     * Trains the document again from its settings and answers it marked verified; one beyond the budget ({@code cost},
     * from {@link #cost}) is admitted only when it is marked unverified already. {@code check} runs every few passes
     * and may throw to cancel.
     */
    public static ModelDocument verified(ModelDocument doc, double cost, Runnable check) {
        if (cost > VERIFY_BUDGET) {
            if (doc.unverified) return doc;
            throw ApiProblem.of(422, Msg.TITLE_CANNOT_VERIFY, Msg.VERIFY_BUDGET, g3(cost), g3(VERIFY_BUDGET));
        }
        try {
            Replay.verify(doc, check);
        } catch (InvalidModelException e) {
            throw ApiProblem.of(422, Msg.TITLE_DOES_NOT_REPRODUCE, e);
        }
        return doc.marked(false);
    }

    /**
     * The text to store: canonical, within the size limit, and read back to the same document. A server-trained
     * model goes through here too: its points may be more than a posted document may hold.
     */
    public static String stored(ModelDocument doc) {
        String text = doc.write();
        if (text.length() > ModelDocument.MAX_CHARS) {
            throw ApiProblem.of(422, Msg.TITLE_MODEL_TOO_LARGE, Msg.MODEL_TOO_LARGE, text.length(), ModelDocument.MAX_CHARS);
        }
        // what is stored must parse again as it was written, or no page of it could be drawn; its claims were checked
        // when it was read (a posted model) or are true by construction (a model trained here)
        parsed(text);
        return text;
    }

    /**
     * Every picture of a model is a plane: its inputs are 2-D points. The training API asks it before it trains a model
     * to store, every way into the store after.
     */
    static void drawable(int inputs) {
        if (inputs != 2) {
            throw new ApiProblem(422, Msg.TITLE_INVALID_MODEL, Problem.of(Msg.MODEL_NOT_2D, inputs).at("model"));
        }
    }
}

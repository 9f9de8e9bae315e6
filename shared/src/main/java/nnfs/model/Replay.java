package nnfs.model;

import java.util.List;
import nnfs.data.Dataset;
import nnfs.logreg.LogisticRegression;
import nnfs.logreg.LogisticRegressionCV;
import nnfs.nn.Evaluation;
import nnfs.nn.LossCurve;
import nnfs.nn.Network;
import nnfs.nn.Training;
import nnfs.nn.TrainingCost;
import nnfs.text.Msg;
import nnfs.text.Problem;

/**
 * Trains a model document again from its own settings and checks that it gives what the document says: every
 * weight and bias to the bit, every point of its loss history, and (for a logistic regression) the chosen C and
 * every coefficient. Training is deterministic and gives the same bits on every platform, so a document that does
 * not reproduce was not made by training as it claims: its history was edited, its settings were changed, or its
 * weights came from elsewhere.
 *
 * <p>A run resumed after its loss had grown too far (the page allows it) continues as a resumed run does: the
 * growth check starts again from where it was resumed.
 */
public final class Replay {
    /** Passes between two calls of the caller's check, which may throw to cancel. */
    public static final int PASSES_PER_CHECK = 64;

    private Replay() {}

    /**
     * What a replay costs, in the multiply-adds that {@link TrainingCost} counts: the passes done, and an evaluation
     * on the training and test points for each point of the history and of the curve.
     */
    public static double cost(ModelDocument doc) {
        Dataset[] tt = data(doc);
        int nTest = tt[1] == null ? 0 : tt[1].n;
        if (!doc.isNetwork()) {
            // 5 folds x 10 Cs and a refit; a Newton fit takes at most about 100 steps of (inputs + 1)^2 x classes per row
            LogisticRegression lr = (LogisticRegression) doc.model;
            double perFit = 100.0 * (lr.dims + 1) * (lr.dims + 1) * Math.max(1, lr.intercept.length) * tt[0].n;
            return 51 * perFit + (double) lr.coef.length * (tt[0].n + nTest);
        }
        Network net = doc.network();
        double history = (double) (doc.history.size() + doc.curve.size()) * TrainingCost.parameters(net.sizes) * (tt[0].n + nTest);
        return TrainingCost.of(net.sizes, doc.settings.withPasses(doc.passesDone), tt[0].n, nTest, 0) + history;
    }

    /**
     * Replays the document; throws {@link InvalidModelException} naming the first thing that does not reproduce.
     * {@code check} runs every {@link #PASSES_PER_CHECK} passes and may throw to stop the replay (a server that is
     * stopping, a client that left).
     */
    public static void verify(ModelDocument doc, Runnable check) {
        Dataset[] tt = data(doc);
        if (doc.isNetwork()) {
            verifyNetwork(doc, tt, check);
        } else {
            verifyLogisticRegression(doc, tt[0]);
        }
    }

    private static Dataset[] data(ModelDocument doc) {
        try {
            return doc.data.trainAndTest();
        } catch (IllegalArgumentException e) {
            throw new InvalidModelException(Problem.of(e).at("data"));
        }
    }

    private static void verifyNetwork(ModelDocument doc, Dataset[] tt, Runnable check) {
        Network claimed = doc.network();
        Network net = Network.initialise(claimed.sizes, claimed.activations, doc.settings.seed);
        Training t = new Training(net, tt[0], tt[1], doc.settings, 0, 0);
        List<Training.Point> history = doc.history;
        LossCurve curve = doc.curve;
        // the history's points and the curve's, in the order of their passes (each list's passes increase)
        for (int i = 0, j = 0; i < history.size() || j < curve.size(); ) {
            boolean fromHistory = j >= curve.size() || (i < history.size() && history.get(i).pass <= curve.pass(j));
            long pass = fromHistory ? history.get(i).pass : curve.pass(j);
            String where = fromHistory ? "history[" + i + "]" : "curve[" + j + "]";
            // a point is the loss after the update of its pass: pass + 1 passes done
            if (pass + 1 > doc.passesDone) {
                throw new InvalidModelException(Problem.of(Msg.REPLAY_PASS_ORDER, pass, doc.passesDone).at(where));
            }
            t = runTo(t, pass + 1, check);
            Evaluation train = Evaluation.of(net, tt[0], doc.settings.reg);
            Evaluation test = tt[1] == null ? null : Evaluation.of(net, tt[1], doc.settings.reg);
            where += " (pass " + pass + ")";
            if (fromHistory) {
                Training.Point p = history.get(i++);
                same(where + " loss", p.loss, train.loss);
                same(where + " accuracy", p.accuracy, train.accuracy);
                same(where + " testLoss", p.testLoss, test == null ? Double.NaN : test.loss);
                same(where + " testAccuracy", p.testAccuracy, test == null ? Double.NaN : test.accuracy);
            } else {
                same(where + " loss", curve.loss(j), train.loss);
                same(where + " testLoss", curve.testLoss(j), test == null ? Double.NaN : test.loss);
                j++;
            }
        }
        runTo(t, doc.passesDone, check);
        for (int l = 0; l < net.layers(); l++) {
            int cols = net.sizes[l + 1];
            for (int k = 0; k < net.w[l].length; k++) {
                same("model.W[" + l + "][" + k / cols + "][" + k % cols + "]", claimed.w[l][k], net.w[l][k]);
            }
            for (int k = 0; k < net.b[l].length; k++) same("model.b[" + l + "][" + k + "]", claimed.b[l][k], net.b[l][k]);
        }
    }

    /**
     * Runs {@code t} until {@code passes} are done; a run that stopped because its loss grew too far is resumed where
     * it stopped, as the page resumes it. Returns the training that holds the run now.
     */
    private static Training runTo(Training t, long passes, Runnable check) {
        while (t.pass() < passes) {
            check.run();
            t.advance(Math.min(PASSES_PER_CHECK, passes - t.pass()));
            if (t.state() == Training.State.FAILED && t.pass() < passes) {
                if (t.failureKind() != Training.Failure.GROWING) {
                    throw new InvalidModelException(Problem.of(Msg.REPLAY_FAILS, t.failurePass(), t.failureProblem(), passes));
                }
                t = new Training(t.network(), t.train(), t.test(), t.settings(), 0, t.pass());
            }
        }
        return t;
    }

    private static void verifyLogisticRegression(ModelDocument doc, Dataset train) {
        LogisticRegression claimed = (LogisticRegression) doc.model;
        LogisticRegression fit = LogisticRegressionCV.fit(train).model;
        same("model.C", claimed.c, fit.c);
        if (claimed.coef.length != fit.coef.length || claimed.intercept.length != fit.intercept.length) {
            throw new InvalidModelException(Problem.of(Msg.REPLAY_LOGREG_SHAPE, fit.intercept.length, claimed.intercept.length).at("model"));
        }
        for (int k = 0; k < fit.coef.length; k++) same("model.coef[" + k / fit.dims + "][" + k % fit.dims + "]", claimed.coef[k], fit.coef[k]);
        for (int k = 0; k < fit.intercept.length; k++) same("model.intercept[" + k + "]", claimed.intercept[k], fit.intercept[k]);
    }

    /** The same double, bit for bit (NaN: absent, on both sides). */
    private static void same(String field, double claimed, double actual) {
        if (Double.doubleToLongBits(claimed) == Double.doubleToLongBits(actual)) return;
        throw new InvalidModelException(Problem.of(Msg.REPLAY_DIFFERS, claimed, actual).at(field));
    }
}

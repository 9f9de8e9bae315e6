package nnfs.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnfs.data.DataSource;
import nnfs.data.Dataset;
import nnfs.nn.Activation;
import nnfs.nn.Evaluation;
import nnfs.nn.LossCurve;
import nnfs.nn.Network;
import nnfs.nn.TrainingCost;
import nnfs.text.Msg;
import nnfs.text.Problem;

/**
 * A classroom challenge: a data set with points held out for testing, limits on the network a student may train,
 * and a goal measured on the held-out points. An entry is a model document; {@link #admit} says why one does not
 * answer the challenge, {@link #score} gives the numbers its weights give (never the numbers it claims).
 *
 * <p>The limits bound what checking an entry costs ({@link #worstEntryCost}): a server refuses a challenge whose
 * entries it could not afford to train again, before any student trains for it.
 */
public final class Challenge {
    public static final int MAX_TITLE = ModelDocument.MAX_TITLE;
    public static final int MAX_DESCRIPTION = 2000;
    /** A student's name as the board shows it. */
    public static final int MAX_NAME = 60;

    /** What the goal measures, on the held-out points. */
    public enum Metric {
        TEST_ACCURACY("testAccuracy"), TEST_LOSS("testLoss");

        public final String id;

        Metric(String id) {
            this.id = id;
        }

        /** Whether a score reaches the target: an accuracy at least it, a loss at most it. */
        boolean reaches(double value, double target) {
            return this == TEST_ACCURACY ? value >= target : value <= target;
        }
    }

    public final String title;
    public final String description;
    public final DataSource data;
    /** Hidden units of every hidden layer together ("the smallest network that..." counts them all). */
    public final int maxHiddenUnits;
    public final int maxLayers;
    public final Activation[] activations;
    public final long maxPasses;
    public final Metric metric;
    public final double target;
    /** How the board ranks: by the metric (best first), or the smallest network that meets the goal first ("size"). */
    public final boolean rankBySize;

    private Challenge(String title, String description, DataSource data, int maxHiddenUnits, int maxLayers, Activation[] activations,
                      long maxPasses, Metric metric, double target, boolean rankBySize) {
        this.title = title;
        this.description = description;
        this.data = data;
        this.maxHiddenUnits = maxHiddenUnits;
        this.maxLayers = maxLayers;
        this.activations = activations;
        this.maxPasses = maxPasses;
        this.metric = metric;
        this.target = target;
        this.rankBySize = rankBySize;
    }

    /** A challenge as a teacher wrote it (parsed JSON), checked; throws {@link InvalidModelException} at the first fault. */
    public static Challenge fromJson(Object tree) {
        try {
            Node c = Node.root(tree);
            String title = c.get("title").string().trim();
            if (title.isEmpty()) throw c.get("title").invalid(Msg.CHALLENGE_NO_TITLE);
            if (title.length() > MAX_TITLE) throw c.get("title").invalid(Msg.TITLE_TOO_LONG, MAX_TITLE);
            String description = c.has("description") ? c.get("description").string().trim() : "";
            if (description.length() > MAX_DESCRIPTION) throw c.get("description").invalid(Msg.TITLE_TOO_LONG, MAX_DESCRIPTION);
            Node d = c.get("data");
            DataSource data = ModelDocument.readData(d);
            if (data.testFraction <= 0) throw d.invalid(Msg.CHALLENGE_NEEDS_TEST);
            Node l = c.get("limits");
            int units = (int) l.get("maxHiddenUnits").integer(1, (long) Network.MAX_UNITS * Network.MAX_LAYERS);
            int layers = (int) l.get("maxLayers").integer(1, Network.MAX_LAYERS);
            Node a = l.get("activations");
            int count = a.size(Activation.values().length);
            if (count < 1) throw a.invalid(Msg.CHALLENGE_NO_ACTIVATIONS);
            Activation[] acts = new Activation[count];
            for (int i = 0; i < count; i++) acts[i] = a.at(i).activation();
            long passes = l.get("maxPasses").integer(1, nnfs.Limits.MAX_PASSES);
            Node g = c.get("goal");
            String metricId = g.get("metric").string();
            Metric metric = null;
            for (Metric m : Metric.values()) if (m.id.equals(metricId)) metric = m;
            if (metric == null) throw g.get("metric").invalid(Msg.CHALLENGE_METRIC, metricId);
            double target = g.get("target").finite();
            if (metric == Metric.TEST_ACCURACY && !(target > 0 && target <= 1)) throw g.get("target").invalid(Msg.CHALLENGE_TARGET, target);
            if (metric == Metric.TEST_LOSS && !(target > 0)) throw g.get("target").invalid(Msg.CHALLENGE_LOSS_TARGET, target);
            String rank = g.has("rank") ? g.get("rank").string() : "metric";
            if (!rank.equals("metric") && !rank.equals("size")) throw g.get("rank").invalid(Msg.CHALLENGE_RANK, rank);
            return new Challenge(title, description, data, units, layers, distinct(acts), passes, metric, target, rank.equals("size"));
        } catch (InvalidModelException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw InvalidModelException.of(e);
        }
    }

    private static Activation[] distinct(Activation[] acts) {
        List<Activation> seen = new ArrayList<>();
        for (Activation a : acts) if (!seen.contains(a)) seen.add(a);
        return seen.toArray(new Activation[0]);
    }

    public static Challenge parse(String text) {
        return fromJson(TrainingRequest.tree(text));
    }

    /** The challenge as JSON, in the shape {@link #fromJson} reads. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("description", description);
        m.put("data", ModelDocument.dataJson(data));
        Map<String, Object> limits = new LinkedHashMap<>();
        limits.put("maxHiddenUnits", (double) maxHiddenUnits);
        limits.put("maxLayers", (double) maxLayers);
        List<Object> acts = new ArrayList<>();
        for (Activation a : activations) acts.add(a.id);
        limits.put("activations", acts);
        limits.put("maxPasses", (double) maxPasses);
        m.put("limits", limits);
        Map<String, Object> goal = new LinkedHashMap<>();
        goal.put("metric", metric.id);
        goal.put("target", target);
        goal.put("rank", rankBySize ? "size" : "metric");
        m.put("goal", goal);
        return m;
    }

    /**
     * The most that training an entry again may cost, in multiply-adds as {@link TrainingCost} counts them: the
     * largest network the limits allow (two layers of half the units each have the most weights: the weights
     * between consecutive layers never exceed (units/2)^2), trained for the most passes one point at a time, with
     * the longest history and loss curve a document holds.
     */
    public double worstEntryCost() {
        double[] cost = worstCosts();
        return maxPasses * cost[0] + cost[1];
    }

    /** {per pass, once} of the worst entry's check: what {@link #worstEntryCost} adds up (the data generated once). */
    private double[] worstCosts() {
        Dataset[] tt = data.trainAndTest();
        int classes = Math.max(tt[0].classes, tt[1].classes), nTrain = tt[0].n, nAll = tt[0].n + tt[1].n;
        double u = maxHiddenUnits, between = maxLayers >= 2 ? Math.floor(u / 2) * Math.ceil(u / 2) : 0;
        double params = tt[0].dims * u + between + u * classes + u + classes;
        double evaluations = ModelDocument.MAX_HISTORY + LossCurve.MAX_POINTS + 4;
        return new double[] {TrainingCost.perPass(params, nTrain, 1), evaluations * params * nAll};
    }

    /** The most passes whose worst entry costs at most {@code budget} with these units and data (0 when none does). */
    public long passesWithin(double budget) {
        double[] cost = worstCosts();
        if (cost[1] > budget) return 0;
        long passes = Math.min(maxPasses, (long) Math.floor((budget - cost[1]) / cost[0]));
        // the division's rounding either way: the answer is the most passes whose sum, as worstEntryCost adds it, fits
        while (passes > 0 && passes * cost[0] + cost[1] > budget) passes--;
        while (passes < maxPasses && (passes + 1) * cost[0] + cost[1] <= budget) passes++;
        return passes;
    }

    /**
     * Throws {@link InvalidModelException} naming why a document does not answer this challenge: not a network,
     * trained on other data or another split, or beyond a limit. Whether its training reproduces is {@link Replay}'s
     * question, asked after this one (which costs nothing).
     */
    public void admit(ModelDocument doc) {
        if (!doc.isNetwork()) throw new InvalidModelException(Problem.of(Msg.ENTRY_NOT_NETWORK).at("model"));
        Map<String, Object> ours = ModelDocument.dataJson(data), theirs = ModelDocument.dataJson(doc.data);
        for (String key : union(ours, theirs)) {
            Object a = ours.get(key), b = theirs.get(key);
            if (a == null ? b != null : !a.equals(b)) {
                throw new InvalidModelException(Problem.of(Msg.ENTRY_OTHER_DATA, "data." + key, said(b), said(a)).at("data"));
            }
        }
        Network net = doc.network();
        int units = 0;
        for (int l = 1; l < net.sizes.length - 1; l++) units += net.sizes[l];
        if (units > maxHiddenUnits) throw new InvalidModelException(Problem.of(Msg.ENTRY_UNITS, units, maxHiddenUnits).at("model.layers"));
        if (net.layers() - 1 > maxLayers) {
            throw new InvalidModelException(Problem.of(Msg.ENTRY_LAYERS, net.layers() - 1, maxLayers).at("model.layers"));
        }
        for (int l = 0; l < net.activations.length; l++) {
            boolean allowed = false;
            for (Activation a : activations) allowed |= a == net.activations[l];
            if (!allowed) {
                throw new InvalidModelException(Problem.of(Msg.ENTRY_ACTIVATION, l + 1, net.activations[l].id, activationList()).at("model.activations"));
            }
        }
        if (doc.passesDone > maxPasses) {
            throw new InvalidModelException(Problem.of(Msg.ENTRY_PASSES, doc.passesDone, maxPasses).at("training.passesDone"));
        }
    }

    /** The allowed activations as a list to read: "tanh, relu". */
    public String activationList() {
        StringBuilder s = new StringBuilder();
        for (Activation a : activations) s.append(s.length() == 0 ? "" : ", ").append(a.id);
        return s.toString();
    }

    private static List<String> union(Map<String, Object> a, Map<String, Object> b) {
        List<String> keys = new ArrayList<>(a.keySet());
        for (String k : b.keySet()) if (!keys.contains(k)) keys.add(k);
        return keys;
    }

    /** A value of a data description as an error says it: points as how many there are, numbers without ".0". */
    private static String said(Object v) {
        if (v == null) return "—";
        if (v instanceof List) return ((List<?>) v).size() + " points";
        if (v instanceof Double && (Double) v == Math.rint((Double) v) && Math.abs((Double) v) < 1e15) return String.valueOf(((Double) v).longValue());
        return String.valueOf(v);
    }

    /** An entry's numbers, each computed here from its weights on the challenge's data. */
    public static final class Score {
        public final double loss, accuracy, testLoss, testAccuracy;
        public final long parameters;
        public final boolean meetsGoal;

        Score(double loss, double accuracy, double testLoss, double testAccuracy, long parameters, boolean meetsGoal) {
            this.loss = loss;
            this.accuracy = accuracy;
            this.testLoss = testLoss;
            this.testAccuracy = testAccuracy;
            this.parameters = parameters;
            this.meetsGoal = meetsGoal;
        }

        /** The value the goal's metric takes. */
        public double of(Metric m) {
            return m == Metric.TEST_ACCURACY ? testAccuracy : testLoss;
        }
    }

    /** What an admitted entry's weights give on the challenge's training and held-out points. */
    public Score score(ModelDocument doc) {
        Network net = doc.network();
        Dataset[] tt = data.trainAndTest();
        Evaluation train = Evaluation.of(net, tt[0], doc.settings.reg), test = Evaluation.of(net, tt[1], doc.settings.reg);
        double value = metric == Metric.TEST_ACCURACY ? test.accuracy : test.loss;
        return new Score(train.loss, train.accuracy, test.loss, test.accuracy, TrainingCost.parameters(net.sizes), metric.reaches(value, target));
    }
}

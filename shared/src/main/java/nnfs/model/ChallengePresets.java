package nnfs.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The article's exercises as ready-made classroom challenges: /article offers each to a teacher, who creates it
 * with one click (in the page's language: the title and instructions are the catalogue's texts, named by key here).
 * Each is a {@link Challenge} without its title and description; every entry within its limits is affordable to
 * check (a test posts each to a real server).
 */
public final class ChallengePresets {
    private ChallengePresets() {}

    /** A preset: its key, the catalogue's keys of its title and instructions, and the challenge's JSON without them. */
    public static final class Preset {
        public final String key, titleKey, textKey, challengeJson;

        Preset(String key, String titleKey, String textKey, String challengeJson) {
            this.key = key;
            this.titleKey = titleKey;
            this.textKey = textKey;
            this.challengeJson = challengeJson;
        }
    }

    public static final List<Preset> ALL = List.of(
            // the smallest network that reaches 95 % on circles: the board ranks equal accuracies by size
            new Preset("circles", "chPresetCircles", "chPresetCirclesText",
                    "{\"data\": {\"kind\": \"circles\", \"n\": 200, \"noise\": 0.1, \"seed\": 0, \"factor\": 0.5, \"testFraction\": 0.3, \"splitSeed\": 0},"
                            + " \"limits\": {\"maxHiddenUnits\": 8, \"maxLayers\": 2, \"activations\": [\"tanh\", \"sigmoid\", \"relu\"], \"maxPasses\": 5000},"
                            + " \"goal\": {\"metric\": \"testAccuracy\", \"target\": 0.95, \"rank\": \"size\"}}"),
            // the article's network and data, 2,000 passes: the learning rate, its schedule and the batches are the student's
            new Preset("schedule", "chPresetSchedule", "chPresetScheduleText",
                    "{\"data\": {\"kind\": \"moons\", \"n\": 200, \"noise\": 0.2, \"seed\": 0, \"testFraction\": 0.3, \"splitSeed\": 0},"
                            + " \"limits\": {\"maxHiddenUnits\": 3, \"maxLayers\": 1, \"activations\": [\"tanh\"], \"maxPasses\": 2000},"
                            + " \"goal\": {\"metric\": \"testLoss\", \"target\": 0.1}}"),
            // three classes in a spiral: the exercise "more than two classes", and deeper networks
            new Preset("spiral", "chPresetSpiral", "chPresetSpiralText",
                    "{\"data\": {\"kind\": \"spiral\", \"n\": 300, \"noise\": 0.1, \"seed\": 0, \"classes\": 3, \"testFraction\": 0.3, \"splitSeed\": 0},"
                            + " \"limits\": {\"maxHiddenUnits\": 40, \"maxLayers\": 2, \"activations\": [\"tanh\", \"sigmoid\", \"relu\"], \"maxPasses\": 4000},"
                            + " \"goal\": {\"metric\": \"testAccuracy\", \"target\": 0.9}}"));

    /** The presets as the page reads them: [{key, titleKey, textKey, challenge: {data, limits, goal}}]. */
    public static List<Object> json() {
        List<Object> out = new ArrayList<>();
        for (Preset p : ALL) {
            Map<String, Object> m = new LinkedHashMap<>(); // in this order: the page's build writes the same bytes every time
            m.put("key", p.key);
            m.put("titleKey", p.titleKey);
            m.put("textKey", p.textKey);
            m.put("challenge", Json.parse(p.challengeJson));
            out.add(m);
        }
        return out;
    }
}

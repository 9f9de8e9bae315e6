package nnfs.settings;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import nnfs.Limits;
import nnfs.data.DatasetSpec;
import nnfs.model.Json;
import nnfs.nn.Schedule;
import nnfs.nn.TrainingSettings;
import org.junit.jupiter.api.Test;

/**
 * The one table of settings: what the page reads (settings.json) is the table, and every numeric limit in it is the
 * engine's, tested on both sides: the table takes its bounds and refuses what lies just outside, and so does the
 * engine (the data set, the training settings, the schedule) for the settings it has.
 */
class SettingsTest {
    /** The engine's own check of a setting's value, where the engine has that setting. */
    static final Map<String, DoubleConsumer> ENGINE = Map.of(
            "n", v -> spec(DatasetSpec.Kind.MOONS, (int) v, 0.2, 3, 0.5).check(),
            "noise", v -> spec(DatasetSpec.Kind.MOONS, 200, v, 3, 0.5).check(),
            "classes", v -> spec(DatasetSpec.Kind.BLOBS, 200, 1, (int) v, 0.5).check(),
            "factor", v -> spec(DatasetSpec.Kind.CIRCLES, 200, 0.1, 3, v).check(),
            "lr", v -> TrainingSettings.article().withLearningRate(v),
            "reg", v -> TrainingSettings.article().withReg(v),
            "passes", v -> TrainingSettings.article().withPasses((long) v),
            "batch", v -> TrainingSettings.article().withBatchSize((int) v),
            "annealF", v -> Schedule.step(v, 100),
            "wseed", v -> TrainingSettings.article().withSeed((long) v));

    static DatasetSpec spec(DatasetSpec.Kind kind, int n, double noise, int classes, double factor) {
        return new DatasetSpec(kind, n, noise, 0, classes, factor);
    }

    @Test
    void thePageReadsTheTableItself() {
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) Json.parse(Settings.json());
        List<?> rows = (List<?>) json.get("settings");
        assertEquals(Settings.ALL.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Map<?, ?> row = (Map<?, ?>) rows.get(i);
            Setting s = Settings.ALL.get(i);
            assertEquals(s.key, row.get("name"));
            assertEquals(s.def, row.get("def"), s.key);
            if (s.kind == Setting.Kind.INT || s.kind == Setting.Kind.NUMBER) {
                assertEquals(s.min, (Double) row.get("min"), 0.0, s.key);
                assertEquals(s.max, (Double) row.get("max"), 0.0, s.key);
            }
        }
        Map<?, ?> noise = (Map<?, ?>) json.get("defaultNoise");
        for (DatasetSpec.Kind k : DatasetSpec.Kind.values()) assertEquals(k.defaultNoise, (Double) noise.get(k.id), 0.0);
        assertEquals((double) Limits.MAX_POINTS, ((Map<?, ?>) json.get("limits")).get("maxPoints"));
    }

    @Test
    void everyLimitHoldsOnBothSidesInTheTableAndInTheEngine() {
        int engineChecked = 0;
        for (Setting s : Settings.ALL) {
            if (s.kind != Setting.Kind.INT && s.kind != Setting.Kind.NUMBER) continue;
            double below = s.kind == Setting.Kind.INT ? s.min - 1 : Math.nextDown(s.min);
            double above = s.kind == Setting.Kind.INT ? s.max + 1 : Math.nextUp(s.max);
            assertEquals(s.min, s.read(Setting.plain(s.min)), s.key + " takes its minimum");
            assertEquals(s.max, s.read(Setting.plain(s.max)), s.key + " takes its maximum");
            String name = s.key;
            assertTrue(assertThrows(IllegalArgumentException.class, () -> s.read(String.valueOf(below))).getMessage().startsWith(name + " must be"));
            assertThrows(IllegalArgumentException.class, () -> s.read(String.valueOf(above)), name);
            DoubleConsumer engine = ENGINE.get(s.key);
            if (engine == null) continue;
            engine.accept(s.min);
            engine.accept(s.max);
            assertThrows(IllegalArgumentException.class, () -> engine.accept(below), name + " below the table's minimum, in the engine");
            assertThrows(IllegalArgumentException.class, () -> engine.accept(above), name + " above the table's maximum, in the engine");
            engineChecked++;
        }
        assertEquals(ENGINE.size(), engineChecked, "every engine setting has its row");
    }

    @Test
    void sizesActivationsAndAliasesAreReadAsThePageReadsThem() {
        Setting hidden = Settings.find("hidden");
        assertEquals("5,4", hidden.read(" 5, 4"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> hidden.read("5000")).getMessage().contains("1 to 1000 units"));
        assertThrows(IllegalArgumentException.class, () -> hidden.read("1,1,1,1,1,1,1,1,1,1,1"));
        assertSame(Settings.find("act"), Settings.find("activation"));
        assertSame(Settings.find("seed"), Settings.find("data-seed"));
        assertEquals("relu,tanh", Settings.find("act").read("relu, tanh"));
        assertThrows(IllegalArgumentException.class, () -> Settings.find("act").read("swish"));
        assertEquals(Boolean.TRUE, Settings.find("mean").read("1"));
        assertThrows(IllegalArgumentException.class, () -> Settings.find("mean").read("yes"));
        assertThrows(IllegalArgumentException.class, () -> Settings.find("n").read("2.5"));
        assertThrows(IllegalArgumentException.class, () -> Settings.find("lr").read("NaN"));
        assertNull(Settings.find("nothing"));
    }

    @Test
    void theEmbedsOptionsAreRowsOfTheirOwn() {
        assertEquals(List.of("show", "controls", "locked", "start", "caption", "lang"), Settings.EMBED.stream().map(s -> s.key).toList());
        Setting show = Settings.embedOption("show");
        assertEquals("loss,inspect", show.read("inspect,loss"), "the panels in the table's order");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> show.read("loss,warp")).getMessage()
                .startsWith("show takes a list of loss, diagram, inspect, got 'warp'"));
        Setting caption = Settings.embedOption("caption");
        assertEquals("x".repeat(200), caption.read("x".repeat(200)));
        assertEquals("caption is at most 200 characters, got 201", assertThrows(IllegalArgumentException.class, () -> caption.read("x".repeat(201))).getMessage());
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) Json.parse(Settings.json());
        assertEquals(Settings.EMBED.size(), ((List<?>) json.get("embed")).size());
        assertEquals(200.0, ((Map<?, ?>) ((List<?>) json.get("embed")).get(4)).get("max"));
    }
}

package nnfs.settings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import nnfs.text.Msg;
import nnfs.text.Problem;

/**
 * One setting a learner, a teacher's link or an embed may give: its key in a URL, its kind, its default, its range or
 * choices. The page checks what a link says against the same rows (they reach it as settings.json), and the server
 * and the command line through {@link #read}, so that a value is taken or refused alike everywhere.
 */
public final class Setting {
    public enum Kind {
        /** One of {@link #choices}. */
        CHOICE("choice"),
        INT("int"),
        NUMBER("number"),
        BOOL("bool"),
        /** Hidden layer sizes, "3" or "5,4". */
        SIZES("sizes"),
        /** One activation, or one per hidden layer: "tanh" or "relu,tanh". */
        ACTIVATIONS("activations"),
        /** A learner's points, "x,y,label;x,y,label". */
        POINTS("points"),
        /** A stored model's id. */
        ID("id"),
        /** Text, at most {@link #max} characters when that is given. */
        TEXT("text"),
        /** Some of {@link #choices}, comma-separated, read in the choices' order. */
        SET("set");

        /** The kind's name in settings.json. */
        final String id;

        Kind(String id) {
            this.id = id;
        }
    }

    public final String key;
    public final Kind kind;
    /** A String, Double or Boolean; null when the setting has no value unless given. */
    public final Object def;
    public final double min;
    public final double max;
    public final List<String> choices;
    /** Other names a URL may give it by (the command line's words in an embed's query). */
    public final List<String> aliases;
    /** The values a slider stops at, in order (empty: no slider); any other value in range is still typed. */
    public final List<Double> stops;

    private Setting(String key, Kind kind, Object def, double min, double max, List<String> choices, List<String> aliases) {
        this(key, kind, def, min, max, choices, aliases, List.of());
    }

    private Setting(String key, Kind kind, Object def, double min, double max, List<String> choices, List<String> aliases, List<Double> stops) {
        this.key = key;
        this.kind = kind;
        this.def = def;
        this.min = min;
        this.max = max;
        this.choices = Collections.unmodifiableList(new ArrayList<>(choices));
        this.aliases = Collections.unmodifiableList(new ArrayList<>(aliases));
        this.stops = Collections.unmodifiableList(new ArrayList<>(stops));
    }

    /** The same setting with a slider stopping at these values (each within its range, in increasing order). */
    Setting stops(Double... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] < min || values[i] > max || (i > 0 && values[i] <= values[i - 1])) {
                throw new IllegalArgumentException(key + ": stop " + values[i] + " is out of order or out of [" + min + ", " + max + "]");
            }
        }
        return new Setting(key, kind, def, min, max, choices, aliases, List.of(values));
    }

    static Setting choice(String key, String def, String... choices) {
        return new Setting(key, Kind.CHOICE, def, Double.NaN, Double.NaN, List.of(choices), List.of());
    }

    static Setting integer(String key, Double def, double min, double max) {
        return new Setting(key, Kind.INT, def, min, max, List.of(), List.of());
    }

    static Setting number(String key, Double def, double min, double max) {
        return new Setting(key, Kind.NUMBER, def, min, max, List.of(), List.of());
    }

    static Setting of(String key, Kind kind, Object def) {
        return new Setting(key, kind, def, Double.NaN, Double.NaN, List.of(), List.of());
    }

    static Setting text(String key, String def, int maxLength) {
        return new Setting(key, Kind.TEXT, def, 0, maxLength, List.of(), List.of());
    }

    static Setting set(String key, String... choices) {
        return new Setting(key, Kind.SET, "", Double.NaN, Double.NaN, List.of(choices), List.of());
    }

    /** The same setting, also under these names. */
    Setting alias(String... names) {
        return new Setting(key, kind, def, min, max, choices, List.of(names), stops);
    }

    /**
     * The value of a raw text (a String, Double or Boolean, as {@link #def}); throws IllegalArgumentException saying
     * what the key takes. An empty text is the default.
     */
    public Object read(String raw) {
        return read(key, raw);
    }

    /** The same, its messages naming the setting as the caller was given it (an alias: activation for act). */
    public Object read(String as, String raw) {
        if (raw == null || raw.isEmpty()) return def;
        switch (kind) {
            case CHOICE:
                if (choices.contains(raw)) return raw;
                throw Problem.of(Msg.SETTING_CHOICE, as, String.join(", ", choices), raw);
            case BOOL:
                if (raw.equals("1") || raw.equals("true")) return Boolean.TRUE;
                if (raw.equals("0") || raw.equals("false")) return Boolean.FALSE;
                throw Problem.of(Msg.SETTING_BOOL, as, raw);
            case SIZES: {
                String s = raw.replaceAll("\\s+", "");
                String[] parts = s.split(",", -1);
                boolean ok = s.matches("\\d{1,4}(,\\d{1,4})*") && parts.length <= nnfs.Limits.MAX_HIDDEN_LAYERS;
                for (int i = 0; ok && i < parts.length; i++) ok = Integer.parseInt(parts[i]) >= 1 && Integer.parseInt(parts[i]) <= nnfs.Limits.MAX_UNITS;
                if (ok) return s;
                throw Problem.of(Msg.SETTING_SIZES, as, nnfs.Limits.MAX_HIDDEN_LAYERS, nnfs.Limits.MAX_UNITS, raw);
            }
            case ACTIVATIONS: {
                String[] names = raw.replaceAll("\\s+", "").split(",", -1);
                boolean ok = names.length <= nnfs.Limits.MAX_HIDDEN_LAYERS;
                for (int i = 0; ok && i < names.length; i++) ok = Settings.ACTIVATIONS.contains(names[i]);
                if (ok) return String.join(",", names);
                throw Problem.of(Msg.SETTING_ACTIVATIONS, as, String.join(", ", Settings.ACTIVATIONS), raw);
            }
            case ID:
                if (raw.matches("[A-Za-z0-9_-]{22}")) return raw;
                throw Problem.of(Msg.SETTING_ID, as, raw);
            case SET: {
                List<String> given = Arrays.asList(raw.split(",", -1));
                for (String v : given) {
                    if (!choices.contains(v)) throw Problem.of(Msg.SETTING_SET, as, String.join(", ", choices), v);
                }
                List<String> inOrder = new ArrayList<>();
                for (String c : choices) if (given.contains(c)) inOrder.add(c);
                return String.join(",", inOrder);
            }
            case TEXT:
                if (!Double.isNaN(max) && raw.length() > max) {
                    throw Problem.of(Msg.SETTING_TEXT_LENGTH, as, plain(max), raw.length());
                }
                return raw;
            case POINTS:
                return raw;
            default: {
                double v;
                try {
                    v = Double.parseDouble(raw.trim());
                } catch (NumberFormatException e) {
                    throw Problem.of(Msg.SETTING_NOT_A_NUMBER, as, raw);
                }
                if (!Double.isFinite(v) || (kind == Kind.INT && v != Math.rint(v))) {
                    throw Problem.of(kind == Kind.INT ? Msg.SETTING_NOT_WHOLE : Msg.SETTING_NOT_FINITE, as, raw);
                }
                if (v < min || v > max) throw Problem.of(Msg.SETTING_RANGE, as, plain(min), plain(max), plain(v));
                return v;
            }
        }
    }

    /** A number as a reader writes it: 200, not 200.0; 0.000000001, not 1.0E-9. */
    static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.valueOf((long) v);
        return new BigDecimal(String.valueOf(v)).stripTrailingZeros().toPlainString();
    }

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", key);
        m.put("kind", kind.id);
        m.put("def", def);
        if (kind == Kind.INT || kind == Kind.NUMBER) {
            m.put("min", min);
            m.put("max", max);
        }
        if (kind == Kind.TEXT && !Double.isNaN(max)) m.put("max", max);
        if (!choices.isEmpty()) m.put("choices", new ArrayList<Object>(choices));
        if (!aliases.isEmpty()) m.put("aliases", new ArrayList<Object>(aliases));
        if (!stops.isEmpty()) m.put("stops", new ArrayList<Object>(stops));
        return m;
    }
}

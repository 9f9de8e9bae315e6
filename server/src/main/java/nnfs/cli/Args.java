package nnfs.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's arguments: {@code --name value} or {@code --name=value} options, {@code --flag}s and positional
 * words. Each value is checked where it is read, and {@link #done} refuses any option nobody read.
 */
final class Args {
    private final Map<String, String> options = new LinkedHashMap<>();
    private final Set<String> read = new LinkedHashSet<>();
    private final List<String> positional = new ArrayList<>();
    private final Set<String> valueMissing = new LinkedHashSet<>();

    Args(String[] argv, int from, Set<String> flags) {
        for (int i = from; i < argv.length; i++) {
            String a = argv[i];
            if (a.startsWith("--") && a.length() > 2) {
                String name = a.substring(2), value;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                } else if (flags.contains(name)) {
                    value = "true";
                } else if (i + 1 >= argv.length || argv[i + 1].startsWith("--")) {
                    // said when the option is read: an option no command reads is "unknown", not "needs a value"
                    value = null;
                    valueMissing.add(name);
                } else {
                    value = argv[++i];
                }
                if (options.containsKey(name)) throw new UsageException("--" + name + " is given twice");
                options.put(name, value);
            } else {
                positional.add(a);
            }
        }
    }

    boolean flag(String name) {
        read.add(name);
        if (valueMissing.contains(name)) return true; // a flag needs no value
        String v = options.get(name);
        if (v == null) return false;
        if (v.equals("true")) return true;
        if (v.equals("false")) return false;
        throw new UsageException("--" + name + " takes no value (or true/false), got '" + v + "'");
    }

    String string(String name, String fallback) {
        read.add(name);
        if (valueMissing.contains(name)) throw new UsageException("--" + name + " needs a value");
        String v = options.get(name);
        return v == null ? fallback : v;
    }

    boolean has(String name) {
        return options.containsKey(name);
    }

    long integer(String name, long fallback, long min, long max) {
        String v = string(name, null);
        if (v == null) return fallback;
        long n;
        try {
            n = Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + ": expected a whole number, got '" + v + "'");
        }
        if (n < min || n > max) throw new UsageException("--" + name + ": must be between " + min + " and " + max + ", got " + n);
        return n;
    }

    double number(String name, double fallback, double min, double max) {
        String v = string(name, null);
        if (v == null) return fallback;
        double d = parseNumber(name, v);
        if (!(d >= min && d <= max)) throw new UsageException("--" + name + ": must be between " + min + " and " + max + ", got " + v);
        return d;
    }

    static double parseNumber(String name, String v) {
        double d;
        try {
            d = Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + ": expected a number, got '" + v + "'");
        }
        if (!Double.isFinite(d)) throw new UsageException("--" + name + ": expected a finite number, got '" + v + "'");
        return d;
    }

    /** A comma-separated list of whole numbers, such as {@code --hidden 5,4}. */
    int[] integers(String name, int[] fallback, int min, int max) {
        String v = string(name, null);
        if (v == null) return fallback;
        String[] parts = v.split(",", -1);
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Integer.parseInt(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new UsageException("--" + name + ": expected whole numbers separated by commas, got '" + v + "'");
            }
            if (out[i] < min || out[i] > max) throw new UsageException("--" + name + ": each must be between " + min + " and " + max + ", got " + out[i]);
        }
        return out;
    }

    List<String> positional() {
        return positional;
    }

    /** Refuses options that no one read, and more positional words than the command takes. */
    void done(int maxPositional) {
        for (String name : options.keySet()) {
            if (!read.contains(name)) throw new UsageException("unknown option --" + name);
        }
        if (positional.size() > maxPositional) throw new UsageException("unexpected argument '" + positional.get(maxPositional) + "'");
    }
}

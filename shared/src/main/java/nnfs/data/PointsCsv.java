package nnfs.data;

import nnfs.Limits;
import nnfs.text.Msg;
import nnfs.text.Problem;

/**
 * A learner's own points as text: one {@code x,y,label} a line (commas, semicolons or tabs between), blank lines and
 * lines starting with # skipped, a header line allowed. The command line reads files with it, the browser (through
 * the engine) the files a learner drops in; both say the same of a bad line.
 */
public final class PointsCsv {
    private PointsCsv() {}

    /** The points; throws IllegalArgumentException naming the first bad line ("line 3: ..."). */
    public static Dataset parse(String text) {
        String[] lines = text.split("\r?\n", -1);
        double[] x = new double[2 * Math.min(lines.length, Limits.MAX_POINTS + 1)];
        int[] y = new int[x.length / 2];
        int n = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] f = line.split("[,;\\t]", -1);
            if (n == 0 && f.length == 3 && !isNumber(f[0])) continue; // a header
            if (n == Limits.MAX_POINTS) throw Problem.of(Msg.CSV_TOO_MANY, Limits.MAX_POINTS);
            if (f.length != 3) throw Problem.of(Msg.CSV_FIELDS).at(Msg.AT_LINE, i + 1);
            if (!isNumber(f[0]) || !isNumber(f[1])) throw Problem.of(Msg.CSV_NOT_NUMBERS).at(Msg.AT_LINE, i + 1);
            double px = Double.parseDouble(f[0].trim()), py = Double.parseDouble(f[1].trim());
            if (!(Math.abs(px) <= Limits.MAX_COORDINATE && Math.abs(py) <= Limits.MAX_COORDINATE)) {
                throw Problem.of(Msg.CSV_RANGE, (long) Limits.MAX_COORDINATE).at(Msg.AT_LINE, i + 1);
            }
            int label = label(f[2].trim());
            if (label < 0) throw Problem.of(Msg.CSV_LABEL, Limits.MAX_CLASSES - 1).at(Msg.AT_LINE, i + 1);
            x[2 * n] = px;
            x[2 * n + 1] = py;
            y[n] = label;
            n++;
        }
        if (n < 1) throw Problem.of(Msg.CSV_EMPTY);
        double[] xs = new double[2 * n];
        int[] ys = new int[n];
        System.arraycopy(x, 0, xs, 0, 2 * n);
        System.arraycopy(y, 0, ys, 0, n);
        return Dataset.of2d(xs, ys);
    }

    private static boolean isNumber(String s) {
        String t = s.trim();
        if (t.isEmpty() || t.equalsIgnoreCase("nan") || t.toLowerCase().contains("infinity")) return false;
        try {
            Double.parseDouble(t);
            return !t.endsWith("d") && !t.endsWith("D") && !t.endsWith("f") && !t.endsWith("F"); // Java's suffixes are no CSV numbers
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** 0 .. MAX_CLASSES - 1, or -1. */
    private static int label(String s) {
        if (s.length() != 1 || s.charAt(0) < '0' || s.charAt(0) > '9') return -1;
        int k = s.charAt(0) - '0';
        return k < Limits.MAX_CLASSES ? k : -1;
    }
}

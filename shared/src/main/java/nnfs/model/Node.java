package nnfs.model;

import java.util.List;
import java.util.Map;

/** A value of a parsed JSON tree and its path in the document, for checks whose errors say where. */
final class Node {
    final Object value;
    final String path;

    private Node(Object value, String path) {
        this.value = value;
        this.path = path;
    }

    static Node root(Object tree) {
        Node n = new Node(tree, "");
        n.map();
        return n;
    }

    InvalidModelException invalid(String what) {
        return new InvalidModelException((path.isEmpty() ? "the document" : path) + ": " + what);
    }

    private String kind() {
        if (value == null) return "null";
        if (value instanceof String) return "a string";
        if (value instanceof Number) return "a number";
        if (value instanceof Boolean) return "a boolean";
        if (value instanceof Map) return "an object";
        if (value instanceof List) return "an array";
        return "something else";
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map() {
        if (!(value instanceof Map)) throw invalid("expected an object, found " + kind());
        return (Map<String, Object>) value;
    }

    private List<?> list() {
        if (!(value instanceof List)) throw invalid("expected an array, found " + kind());
        return (List<?>) value;
    }

    boolean has(String key) {
        return map().containsKey(key);
    }

    Node get(String key) {
        Map<String, Object> m = map();
        String p = path.isEmpty() ? key : path + "." + key;
        if (!m.containsKey(key)) throw new InvalidModelException(p + ": missing");
        return new Node(m.get(key), p);
    }

    /** The array's length, refused above {@code max}. */
    int size(int max) {
        int n = list().size();
        if (n > max) throw invalid("at most " + max + " elements, found " + n);
        return n;
    }

    Node at(int i) {
        return new Node(list().get(i), path + "[" + i + "]");
    }

    String string() {
        if (!(value instanceof String)) throw invalid("expected a string, found " + kind());
        return (String) value;
    }

    boolean bool() {
        if (!(value instanceof Boolean)) throw invalid("expected true or false, found " + kind());
        return (Boolean) value;
    }

    double finite() {
        if (!(value instanceof Number)) throw invalid("expected a number, found " + kind());
        double v = ((Number) value).doubleValue();
        if (!Double.isFinite(v)) throw invalid("expected a finite number, found " + v);
        return v;
    }

    double finiteOrNull() {
        return value == null ? Double.NaN : finite();
    }

    double fraction() {
        double v = finite();
        if (v < 0 || v > 1) throw invalid("expected a fraction between 0 and 1, found " + v);
        return v;
    }

    double fractionOrNull() {
        return value == null ? Double.NaN : fraction();
    }

    long integer(long min, long max) {
        double v = finite();
        if (v != Math.floor(v)) throw invalid("expected a whole number, found " + v);
        if (v < min || v > max) throw invalid("expected a whole number from " + min + " to " + max + ", found " + (long) v);
        return (long) v;
    }

    double[] vector(int n) {
        if (size(n) != n) throw invalid("expected " + n + " numbers, found " + list().size());
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = at(i).finite();
        return v;
    }

    /** A rows x cols matrix as nested arrays, returned row-major flat. */
    double[] matrix(int rows, int cols) {
        if (size(rows) != rows) throw invalid("expected " + rows + " rows, found " + list().size());
        double[] m = new double[rows * cols];
        for (int i = 0; i < rows; i++) System.arraycopy(at(i).vector(cols), 0, m, i * cols, cols);
        return m;
    }
}

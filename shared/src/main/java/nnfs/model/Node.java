package nnfs.model;

import java.util.List;
import java.util.Map;
import nnfs.text.Msg;
import nnfs.text.Problem;

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

    /** A problem with this value, placed at its path. */
    InvalidModelException invalid(Msg msg, Object... args) {
        return placed(Problem.of(msg, args));
    }

    /** The engine's refusal of this value, placed at its path. */
    InvalidModelException invalid(IllegalArgumentException e) {
        return placed(Problem.of(e));
    }

    private InvalidModelException placed(Problem p) {
        return new InvalidModelException(path.isEmpty() ? p.at(Msg.AT_DOCUMENT) : p.at(path));
    }

    private Msg kind() {
        if (value == null) return Msg.KIND_NULL;
        if (value instanceof String) return Msg.KIND_STRING;
        if (value instanceof Number) return Msg.KIND_NUMBER;
        if (value instanceof Boolean) return Msg.KIND_BOOLEAN;
        if (value instanceof Map) return Msg.KIND_OBJECT;
        if (value instanceof List) return Msg.KIND_ARRAY;
        return Msg.KIND_OTHER;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map() {
        if (!(value instanceof Map)) throw invalid(Msg.EXPECTED_KIND, Msg.KIND_OBJECT, kind());
        return (Map<String, Object>) value;
    }

    private List<?> list() {
        if (!(value instanceof List)) throw invalid(Msg.EXPECTED_KIND, Msg.KIND_ARRAY, kind());
        return (List<?>) value;
    }

    boolean has(String key) {
        return map().containsKey(key);
    }

    Node get(String key) {
        Map<String, Object> m = map();
        String p = path.isEmpty() ? key : path + "." + key;
        if (!m.containsKey(key)) throw new InvalidModelException(Problem.of(Msg.MISSING).at(p));
        return new Node(m.get(key), p);
    }

    /** The array's length, refused above {@code max}. */
    int size(int max) {
        int n = list().size();
        if (n > max) throw invalid(Msg.TOO_MANY_ELEMENTS, max, n);
        return n;
    }

    Node at(int i) {
        return new Node(list().get(i), path + "[" + i + "]");
    }

    String string() {
        if (!(value instanceof String)) throw invalid(Msg.EXPECTED_KIND, Msg.KIND_STRING, kind());
        return (String) value;
    }

    /** An activation's name (tanh, sigmoid, relu), read as the activation. */
    nnfs.nn.Activation activation() {
        String id = string();
        try {
            return nnfs.nn.Activation.parse(id);
        } catch (IllegalArgumentException e) {
            throw invalid(e);
        }
    }

    boolean bool() {
        if (!(value instanceof Boolean)) throw invalid(Msg.EXPECTED_KIND, Msg.KIND_TRUE_OR_FALSE, kind());
        return (Boolean) value;
    }

    double finite() {
        if (!(value instanceof Number)) throw invalid(Msg.EXPECTED_KIND, Msg.KIND_NUMBER, kind());
        double v = ((Number) value).doubleValue();
        if (!Double.isFinite(v)) throw invalid(Msg.NOT_FINITE, v);
        return v;
    }

    double finiteOrNull() {
        return value == null ? Double.NaN : finite();
    }

    double fraction() {
        double v = finite();
        if (v < 0 || v > 1) throw invalid(Msg.NOT_A_FRACTION, v);
        return v;
    }

    double fractionOrNull() {
        return value == null ? Double.NaN : fraction();
    }

    long integer(long min, long max) {
        double v = finite();
        if (v != Math.floor(v)) throw invalid(Msg.NOT_WHOLE, v);
        if (v < min || v > max) throw invalid(Msg.WHOLE_RANGE, min, max, (long) v);
        return (long) v;
    }

    double[] vector(int n) {
        if (size(n) != n) throw invalid(Msg.NUMBER_COUNT, n, list().size());
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = at(i).finite();
        return v;
    }

    /** A rows x cols matrix as nested arrays, returned row-major flat. */
    double[] matrix(int rows, int cols) {
        if (size(rows) != rows) throw invalid(Msg.ROW_COUNT, rows, list().size());
        double[] m = new double[rows * cols];
        for (int i = 0; i < rows; i++) System.arraycopy(at(i).vector(cols), 0, m, i * cols, cols);
        return m;
    }
}

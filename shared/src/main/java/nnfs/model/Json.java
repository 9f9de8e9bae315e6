package nnfs.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnfs.text.Msg;
import nnfs.text.Problem;

/**
 * A small JSON reader and writer for the model document and the command line, with no reflection (TeaVM).
 * Values are {@code Map<String, Object>} (insertion ordered), {@code List<Object>}, {@code Double},
 * {@code String}, {@code Boolean} and {@code null}. Numbers are written so that they read back to the same
 * bits; NaN and Infinity, which JSON has no words for, are refused.
 */
public final class Json {
    private Json() {}

    /** Nesting deeper than this is refused: a model document needs 4 levels. */
    public static final int MAX_DEPTH = 64;

    public static Object parse(String text) {
        Parser p = new Parser(text);
        p.space();
        Object v = p.value(0);
        p.space();
        if (p.pos != text.length()) throw p.error(Msg.JSON_TRAILING);
        return v;
    }

    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(value, sb);
        return sb.toString();
    }

    public static void write(Object value, StringBuilder sb) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String) {
            string((String) value, sb);
        } else if (value instanceof Double || value instanceof Float) {
            number(((Number) value).doubleValue(), sb);
        } else if (value instanceof Number) {
            sb.append(((Number) value).longValue());
        } else if (value instanceof Boolean) {
            sb.append(((Boolean) value).booleanValue() ? "true" : "false");
        } else if (value instanceof Map) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                if (!first) sb.append(',');
                first = false;
                string(String.valueOf(e.getKey()), sb);
                sb.append(':');
                write(e.getValue(), sb);
            }
            sb.append('}');
        } else if (value instanceof List) {
            sb.append('[');
            boolean first = true;
            for (Object o : (List<?>) value) {
                if (!first) sb.append(',');
                first = false;
                write(o, sb);
            }
            sb.append(']');
        } else if (value instanceof double[]) {
            sb.append('[');
            double[] a = (double[]) value;
            for (int i = 0; i < a.length; i++) {
                if (i > 0) sb.append(',');
                number(a[i], sb);
            }
            sb.append(']');
        } else if (value instanceof int[]) {
            sb.append('[');
            int[] a = (int[]) value;
            for (int i = 0; i < a.length; i++) {
                if (i > 0) sb.append(',');
                sb.append(a[i]);
            }
            sb.append(']');
        } else {
            throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as JSON");
        }
    }

    /** A double in a form that reads back to the same bits (integral values without a fraction: 3, not 3.0). */
    public static void number(double v, StringBuilder sb) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException("JSON has no way to write " + v);
        if (v == Math.rint(v) && Math.abs(v) < 1e15 && !(v == 0 && 1 / v < 0)) {
            sb.append((long) v);
        } else {
            sb.append(Double.toString(v));
        }
    }

    private static void string(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                case '\b': sb.append("\\b"); break;
                case '\f': sb.append("\\f"); break;
                default:
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        String hex = Integer.toHexString(c);
                        sb.append("\\u");
                        for (int k = hex.length(); k < 4; k++) sb.append('0');
                        sb.append(hex);
                    } else {
                        sb.append(c);
                    }
            }
        }
        sb.append('"');
    }

    /** A JSON syntax error, with the position where it was found. */
    public static final class SyntaxException extends Problem {
        public final int position;

        SyntaxException(Problem p, int position) {
            super(p);
            this.position = position;
        }
    }

    private static final class Parser {
        final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        SyntaxException error(Msg what, Object... args) {
            return new SyntaxException(Problem.of(what, args).at(Msg.JSON_AT, pos), pos);
        }

        void space() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') pos++;
                else break;
            }
        }

        Object value(int depth) {
            if (depth > MAX_DEPTH) throw error(Msg.JSON_DEPTH, MAX_DEPTH);
            if (pos >= s.length()) throw error(Msg.JSON_END);
            char c = s.charAt(pos);
            switch (c) {
                case '{': return object(depth);
                case '[': return array(depth);
                case '"': return string();
                case 't': return word("true", Boolean.TRUE);
                case 'f': return word("false", Boolean.FALSE);
                case 'n': return word("null", null);
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) return number();
                    throw error(Msg.JSON_CHARACTER, c);
            }
        }

        Object word(String w, Object v) {
            if (!s.startsWith(w, pos)) throw error(Msg.JSON_EXPECTED, w);
            pos += w.length();
            return v;
        }

        Map<String, Object> object(int depth) {
            Map<String, Object> m = new LinkedHashMap<>();
            pos++;
            space();
            if (peek() == '}') {
                pos++;
                return m;
            }
            while (true) {
                space();
                if (peek() != '"') throw error(Msg.JSON_MEMBER_NAME);
                String key = string();
                if (m.containsKey(key)) throw error(Msg.JSON_DUPLICATE, key);
                space();
                if (peek() != ':') throw error(Msg.JSON_EXPECTED, "':'");
                pos++;
                space();
                m.put(key, value(depth + 1));
                space();
                char c = peek();
                pos++;
                if (c == '}') return m;
                if (c != ',') {
                    pos--;
                    throw error(Msg.JSON_EXPECTED_EITHER, "','", "'}'");
                }
            }
        }

        List<Object> array(int depth) {
            List<Object> a = new ArrayList<>();
            pos++;
            space();
            if (peek() == ']') {
                pos++;
                return a;
            }
            while (true) {
                space();
                a.add(value(depth + 1));
                space();
                char c = peek();
                pos++;
                if (c == ']') return a;
                if (c != ',') {
                    pos--;
                    throw error(Msg.JSON_EXPECTED_EITHER, "','", "']'");
                }
            }
        }

        char peek() {
            if (pos >= s.length()) throw error(Msg.JSON_END);
            return s.charAt(pos);
        }

        String string() {
            pos++; // opening quote
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (pos >= s.length()) throw error(Msg.JSON_UNTERMINATED);
                char c = s.charAt(pos++);
                if (c == '"') return checkSurrogates(sb);
                if (c < 0x20) {
                    pos--;
                    throw error(Msg.JSON_CONTROL);
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                if (pos >= s.length()) throw error(Msg.JSON_UNTERMINATED);
                char e = s.charAt(pos++);
                switch (e) {
                    case '"': sb.append('"'); break;
                    case '\\': sb.append('\\'); break;
                    case '/': sb.append('/'); break;
                    case 'b': sb.append('\b'); break;
                    case 'f': sb.append('\f'); break;
                    case 'n': sb.append('\n'); break;
                    case 'r': sb.append('\r'); break;
                    case 't': sb.append('\t'); break;
                    case 'u':
                        if (pos + 4 > s.length()) throw error(Msg.JSON_BAD_U);
                        int code = 0;
                        for (int k = 0; k < 4; k++) {
                            int d = Character.digit(s.charAt(pos + k), 16);
                            if (d < 0) throw error(Msg.JSON_BAD_U);
                            code = code * 16 + d;
                        }
                        pos += 4;
                        sb.append((char) code);
                        break;
                    default:
                        pos--;
                        throw error(Msg.JSON_BAD_ESCAPE, "\\" + e);
                }
            }
        }

        /**
         * A string with a lone surrogate (from an escape of D800 to DFFF alone) is no text: stored as UTF-8 it would turn
         * into "?" unnoticed, so it is refused.
         */
        private String checkSurrogates(StringBuilder sb) {
            for (int i = 0; i < sb.length(); i++) {
                char c = sb.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < sb.length() && Character.isLowSurrogate(sb.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    pos--;
                    throw error(Msg.JSON_SURROGATE, "\\u" + Integer.toHexString(c));
                }
            }
            return sb.toString();
        }

        Double number() {
            int start = pos;
            if (peek() == '-') pos++;
            if (pos >= s.length()) throw error(Msg.JSON_BAD_NUMBER);
            char c = s.charAt(pos);
            if (c == '0') {
                pos++;
            } else if (c >= '1' && c <= '9') {
                while (pos < s.length() && isDigit(s.charAt(pos))) pos++;
            } else {
                throw error(Msg.JSON_BAD_NUMBER);
            }
            if (pos < s.length() && s.charAt(pos) == '.') {
                pos++;
                if (pos >= s.length() || !isDigit(s.charAt(pos))) throw error(Msg.JSON_FRACTION_DIGITS);
                while (pos < s.length() && isDigit(s.charAt(pos))) pos++;
            }
            if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
                pos++;
                if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) pos++;
                if (pos >= s.length() || !isDigit(s.charAt(pos))) throw error(Msg.JSON_EXPONENT_DIGITS);
                while (pos < s.length() && isDigit(s.charAt(pos))) pos++;
            }
            double v = Double.parseDouble(s.substring(start, pos));
            if (Double.isInfinite(v)) {
                pos = start;
                throw error(Msg.JSON_RANGE);
            }
            return v;
        }

        static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }
}

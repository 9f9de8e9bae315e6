package nnfs.nn;

import nnfs.math.Fdlibm;
import nnfs.text.Msg;
import nnfs.text.Problem;

/**
 * Learning-rate annealing, the article's exercise: the rate used in pass t (0-based) given the initial rate.
 * Written and read as a short spec: {@code none}, {@code step:FACTOR:EVERY} (multiply by FACTOR every EVERY
 * passes), {@code exp:K} (times e^(-K t)) or {@code inv:K} (divided by 1 + K t, the "1/t" schedule).
 */
public final class Schedule {
    public enum Kind { NONE, STEP, EXP, INV }

    public final Kind kind;
    public final double k;
    public final int every;

    private Schedule(Kind kind, double k, int every) {
        this.kind = kind;
        this.k = k;
        this.every = every;
    }

    public static final Schedule NONE = new Schedule(Kind.NONE, 0, 0);

    public static Schedule step(double factor, int every) {
        if (!(factor >= nnfs.Limits.MIN_STEP_FACTOR && factor <= 1)) {
            throw Problem.of(Msg.STEP_FACTOR_RANGE, nnfs.Limits.MIN_STEP_FACTOR, factor);
        }
        if (every < 1) throw Problem.of(Msg.STEP_INTERVAL_RANGE, every);
        return new Schedule(Kind.STEP, factor, every);
    }

    public static Schedule exp(double k) {
        if (!(k >= 0 && k <= 1)) throw Problem.of(Msg.EXP_DECAY_RANGE, k);
        return new Schedule(Kind.EXP, k, 0);
    }

    public static Schedule inv(double k) {
        if (!(k >= 0 && k <= 1e6)) throw Problem.of(Msg.INV_DECAY_RANGE, k);
        return new Schedule(Kind.INV, k, 0);
    }

    /** The rate for pass t. */
    public double rate(double initial, long t) {
        switch (kind) {
            case STEP: return initial * powInt(k, t / every);
            case EXP: return initial * Fdlibm.exp(-k * t);
            case INV: return initial / (1 + k * t);
            default: return initial;
        }
    }

    /** x^n by binary powering: plain multiplications, so the same bits on every platform. */
    static double powInt(double x, long n) {
        double r = 1;
        while (n > 0) {
            if ((n & 1) != 0) r *= x;
            x *= x;
            n >>= 1;
        }
        return r;
    }

    public static Schedule parse(String spec) {
        String[] p = spec.trim().split(":", -1);
        try {
            switch (p[0]) {
                case "none":
                case "":
                    if (p.length == 1) return NONE;
                    break;
                case "step":
                    if (p.length == 3) return step(number(p[1]), Integer.parseInt(p[2].trim()));
                    break;
                case "exp":
                    if (p.length == 2) return exp(number(p[1]));
                    break;
                case "inv":
                    if (p.length == 2) return inv(number(p[1]));
                    break;
                default:
                    break;
            }
        } catch (NumberFormatException e) {
            throw Problem.of(Msg.ANNEAL_NOT_A_NUMBER, spec);
        }
        throw Problem.of(Msg.ANNEAL_UNKNOWN, spec);
    }

    private static double number(String s) {
        double v = Double.parseDouble(s.trim());
        if (!Double.isFinite(v)) throw Problem.of(Msg.ANNEAL_NOT_FINITE, s);
        return v;
    }

    @Override
    public String toString() {
        switch (kind) {
            case STEP: return "step:" + k + ":" + every;
            case EXP: return "exp:" + k;
            case INV: return "inv:" + k;
            default: return "none";
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Schedule s && s.kind == kind && Double.compare(s.k, k) == 0 && s.every == every;
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Double.hashCode(k) + every;
    }
}

package nnfs.math;

/**
 * A number as the unevaluated sum hi + lo of two doubles (about 106 bits), from {@code + - * /} only: Knuth's
 * two-sum and Dekker's product. For values that must be right to the last bit of a double on every platform
 * (correctly rounded functions, tables built once).
 *
 * <p>Every compound operand of {@code +} or {@code -} stands on the left or in a separate statement: TeaVM prints
 * a + (b - c) as a + b - c, which JavaScript groups as (a + b) - c.
 */
final class DD {
    /** Invariant: |lo| <= ulp(hi) / 2. */
    static final DD ONE = new DD(1, 0);

    final double hi;
    final double lo;

    DD(double hi, double lo) {
        this.hi = hi;
        this.lo = lo;
    }

    /** a + b exactly (Knuth's two-sum). */
    static DD sum(double a, double b) {
        double s = a + b;
        double bb = s - a;
        // separate statements, for TeaVM (see above); the client's TeaVMBitIdentityTest catches any slip
        double errA = a - (s - bb);
        double errB = b - bb;
        return new DD(s, errA + errB);
    }

    private static DD quick(double a, double b) { // |a| >= |b|
        double s = a + b;
        return new DD(s, b - (s - a));
    }

    /** a * b exactly (Dekker's product with Veltkamp's split; no fused multiply-add). */
    static DD product(double a, double b) {
        double p = a * b;
        double c = 134217729.0 * a;
        double ah = c - (c - a), al = a - ah;
        double d = 134217729.0 * b;
        double bh = d - (d - b), bl = b - bh;
        return new DD(p, ((ah * bh - p) + ah * bl + al * bh) + al * bl);
    }

    DD add(DD o) {
        DD s = sum(hi, o.hi);
        DD t = sum(lo, o.lo);
        DD u = quick(s.hi, s.lo + t.hi);
        return quick(u.hi, u.lo + t.lo);
    }

    DD sub(DD o) {
        return add(o.negate());
    }

    DD negate() {
        return new DD(-hi, -lo);
    }

    DD mul(DD o) {
        DD p = product(hi, o.hi);
        return quick(p.hi, (hi * o.lo + lo * o.hi) + p.lo); // compound operand first (TeaVM, see sum)
    }

    DD mul(double d) {
        DD p = product(hi, d);
        return quick(p.hi, p.lo + lo * d);
    }

    DD div(DD o) {
        double q1 = hi / o.hi;
        DD r = sub(o.mul(q1));
        double q2 = r.hi / o.hi;
        r = r.sub(o.mul(q2));
        double q3 = r.hi / o.hi;
        DD q = quick(q1, q2);
        return q.add(new DD(q3, 0));
    }

    DD div(double d) {
        return div(new DD(d, 0));
    }

    /** e^x for a small x (|x| <= 1/16) from its series: x^k / k! is below 2^-110 by k = 20. For tables built once. */
    static DD exp(DD x) {
        DD term = ONE, sum = ONE;
        for (int k = 1; k <= 20; k++) {
            term = term.mul(x).div(k);
            sum = sum.add(term);
        }
        return sum;
    }

    /** hi + lo rounded to the nearest double. */
    double value() {
        return hi + lo;
    }
}

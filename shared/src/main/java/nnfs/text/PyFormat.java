package nnfs.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Python's {@code %f} and {@code %i}: the article prints its losses with {@code "%f"}, six decimals rounded
 * from the exact binary value (ties to even), which neither {@code String.format} on TeaVM nor
 * {@code Double.toString} gives. BigDecimal holds the double's exact value, so the rounding is exact everywhere.
 */
public final class PyFormat {
    private PyFormat() {}

    /** {@code "%.{decimals}f" % v}. */
    public static String fixed(double v, int decimals) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        boolean negative = v < 0 || (v == 0 && 1 / v < 0);
        String digits = new BigDecimal(Math.abs(v)).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        return negative ? "-" + digits : digits;
    }

    /** {@code "%f" % v}: six decimals. */
    public static String f(double v) {
        return fixed(v, 6);
    }

    /** The article's line: {@code "Loss after iteration %i: %f"}. */
    public static String lossLine(long pass, double loss) {
        return "Loss after iteration " + pass + ": " + f(loss);
    }
}

package dev.quiver.core.analytics.block;

import dev.quiver.core.analytics.ParamSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The moving averages selectable by a {@code matype} parameter, in TA-Lib's order (MAMA, which takes
 * other parameters, is not offered). As in TA-Lib's {@code TA_MA}, a period of 1 is the identity.
 * Immutable and thread-safe.
 */
public enum MaType {
    /** Simple. */
    SMA,
    /** Exponential, SMA-seeded. */
    EMA,
    /** Linearly weighted. */
    WMA,
    /** Double exponential (not available yet). */
    DEMA,
    /** Triple exponential (not available yet). */
    TEMA,
    /** Triangular (not available yet). */
    TRIMA,
    /** Kaufman adaptive (not available yet). */
    KAMA,
    /** Tillson T3 with volume factor 0.7 (not available yet). */
    T3;

    /** The lower-case names, as a {@code matype} parameter lists them. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(MaType::code).toList();
    }

    /** A {@code matype} parameter with this default, in TA-Lib's positional order. */
    public static ParamSpec param(String name, MaType defaultType) {
        return ParamSpec.choice(name, defaultType.code(), codes(), "moving average type: " + String.join("|", codes()));
    }

    /**
     * The type of that name.
     *
     * @throws IllegalArgumentException if it is not available yet
     */
    public static MaType of(String code) {
        MaType t = valueOf(code.toUpperCase(Locale.ROOT));
        if (t.ordinal() > WMA.ordinal()) {
            throw new IllegalArgumentException("matype " + code + " is not available yet; available: sma, ema, wma");
        }
        return t;
    }

    /** The lower-case name. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The lookback of this average over {@code n} bars. */
    public int lookback(int n) {
        return n == 1 ? 0 : n - 1;
    }

    /** A fresh average over {@code n >= 1} bars. */
    public Filter create(int n) {
        if (n == 1) {
            return new Identity();
        }
        return switch (this) {
            case SMA -> new Sma(n);
            case EMA -> new Ema(n, false);
            case WMA -> new Wma(n);
            default -> throw new IllegalArgumentException("matype " + code() + " is not available yet");
        };
    }

    private static final class Identity implements Filter {
        @Override
        public double step(double x, boolean commit) {
            return x;
        }

        @Override
        public int lookback() {
            return 0;
        }
    }
}

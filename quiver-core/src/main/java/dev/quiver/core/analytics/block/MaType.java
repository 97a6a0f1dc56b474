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
    /** Double exponential. */
    DEMA,
    /** Triple exponential. */
    TEMA,
    /** Triangular. */
    TRIMA,
    /** Kaufman adaptive. */
    KAMA,
    /** Tillson T3 with volume factor 0.7. */
    T3;

    /** The lower-case names, as a {@code matype} parameter lists them. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(MaType::code).toList();
    }

    /** A {@code matype} parameter with this default, in TA-Lib's positional order. */
    public static ParamSpec param(String name, MaType defaultType) {
        return ParamSpec.choice(name, defaultType.code(), codes(), "moving average type: " + String.join("|", codes()));
    }

    /** The type of that lower-case name. */
    public static MaType of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** The lower-case name. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The lookback of this average over {@code n} bars. */
    public int lookback(int n) {
        return create(n).lookback();
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
            case DEMA -> new Dema(n);
            case TEMA -> new Tema(n);
            case TRIMA -> new Trima(n);
            case KAMA -> new Kama(n);
            case T3 -> new T3(n, 0.7);
        };
    }

    private static final class Identity extends Filter {
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

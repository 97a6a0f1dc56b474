package dev.quiver.bench.kernels;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.function.Function;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.EMAIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsLowerIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsMiddleIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsUpperIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;
import org.ta4j.core.num.Num;

/**
 * ta4j's indicators for one of the six, over a series built once with the given number type; each
 * run creates fresh indicators (ta4j caches values) and reads every bar, as a batch user would.
 */
final class Ta4jKernels {

    private final dev.quiver.bench.kernels.Indicator indicator;
    private final BarSeries series;

    Ta4jKernels(dev.quiver.bench.kernels.Indicator indicator, RandomWalk bars, Function<Number, Num> numbers) {
        this.indicator = indicator;
        this.series = new BaseBarSeriesBuilder().withNumTypeOf(numbers).build();
        ZonedDateTime time = ZonedDateTime.of(2000, 1, 3, 0, 0, 0, 0, ZoneOffset.UTC);
        for (int i = 0; i < bars.size(); i++) {
            series.addBar(time.plusDays(i), bars.open[i], bars.high[i], bars.low[i], bars.close[i], bars.volume[i]);
        }
    }

    /** Computes every output over every bar; returns a checksum of the first output. */
    double run() {
        ClosePriceIndicator close = new ClosePriceIndicator(series);
        return switch (indicator) {
            case SMA20 -> readAll(new SMAIndicator(close, 20));
            case EMA20 -> readAll(new EMAIndicator(close, 20));
            case RSI14 -> readAll(new RSIIndicator(close, 14));
            case MACD -> {
                MACDIndicator macd = new MACDIndicator(close, 12, 26);
                EMAIndicator signal = new EMAIndicator(macd, 9);
                yield readAll(macd) + readAll(signal);
            }
            case BBANDS -> {
                BollingerBandsMiddleIndicator middle = new BollingerBandsMiddleIndicator(new SMAIndicator(close, 20));
                StandardDeviationIndicator deviation = new StandardDeviationIndicator(close, 20);
                Num k = series.numOf(2);
                yield readAll(new BollingerBandsUpperIndicator(middle, deviation, k))
                        + readAll(new BollingerBandsLowerIndicator(middle, deviation, k));
            }
            case ATR14 -> readAll(new ATRIndicator(series, 14));
        };
    }

    private double readAll(Indicator<Num> values) {
        double sum = 0;
        for (int i = series.getBeginIndex(); i <= series.getEndIndex(); i++) {
            sum += values.getValue(i).doubleValue();
        }
        return sum;
    }
}

package dev.quiver.bench.live;

import dev.quiver.bench.kernels.RandomWalk;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
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
import org.ta4j.core.indicators.helpers.CombineIndicator;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.num.Num;

/**
 * The six indicators in ta4j with DoubleNum, as a live ta4j user runs them: indicators built once
 * over a series, each new bar added to it, then each indicator's value at the last index read
 * (ta4j computes on read, from its cache of earlier values). The series keeps at most {@link
 * #MAXIMUM_BARS} bars, so that memory stays bounded. MACD's histogram is ta4j's difference of the
 * line and the signal.
 */
final class Ta4jSix implements LiveSix {

    /** The most bars the series keeps: several times the longest lookback (33). */
    static final int MAXIMUM_BARS = 200;

    private static final ZonedDateTime FIRST = ZonedDateTime.of(2000, 1, 3, 0, 0, 0, 0, ZoneOffset.UTC);

    private final BarSeries series =
            new BaseBarSeriesBuilder().withNumTypeOf(DoubleNum::valueOf).build();
    private final List<Indicator<Num>> indicators;
    private long bars;

    Ta4jSix() {
        series.setMaximumBarCount(MAXIMUM_BARS);
        ClosePriceIndicator close = new ClosePriceIndicator(series);
        SMAIndicator sma = new SMAIndicator(close, 20);
        MACDIndicator macd = new MACDIndicator(close, 12, 26);
        EMAIndicator signal = new EMAIndicator(macd, 9);
        BollingerBandsMiddleIndicator middle = new BollingerBandsMiddleIndicator(sma);
        StandardDeviationIndicator deviation = new StandardDeviationIndicator(close, 20);
        Num k = series.numOf(2);
        indicators = List.of(
                sma,
                new EMAIndicator(close, 20),
                new RSIIndicator(close, 14),
                macd,
                signal,
                CombineIndicator.minus(macd, signal),
                new BollingerBandsUpperIndicator(middle, deviation, k),
                middle,
                new BollingerBandsLowerIndicator(middle, deviation, k),
                new ATRIndicator(series, 14));
    }

    @Override
    public void update(RandomWalk walk, int i) {
        series.addBar(FIRST.plusDays(bars++), walk.open(i), walk.high(i), walk.low(i), walk.close(i), walk.volume(i));
    }

    @Override
    public double value(int k) {
        return indicators.get(k).getValue(series.getEndIndex()).doubleValue();
    }
}

package dev.quiver.marketdata.download;

import dev.quiver.marketdata.Configuration;
import dev.quiver.marketdata.MarketDataSource;
import dev.quiver.marketdata.alphavantage.AlphaVantageConfig;
import dev.quiver.marketdata.alphavantage.AlphaVantageSource;
import dev.quiver.marketdata.http.Pacing;
import dev.quiver.marketdata.polygon.PolygonConfig;
import dev.quiver.marketdata.polygon.PolygonSource;
import dev.quiver.marketdata.yahoo.YahooChartSource;
import dev.quiver.marketdata.yahoo.YahooConfig;
import java.util.Locale;

/** The sources a download can use, each built from the configuration. */
public enum SourceName {
    /** Yahoo Finance, no key needed. */
    YAHOO,
    /** Alpha Vantage, daily bars, key needed. */
    ALPHAVANTAGE,
    /** Polygon, key needed. */
    POLYGON;

    /** The lower-case name used on command lines and stored as the source. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The source, configured by {@code config}, waiting through {@code pacing}. */
    public MarketDataSource create(Configuration config, Pacing pacing) {
        return switch (this) {
            case YAHOO -> YahooChartSource.create(YahooConfig.from(config), pacing);
            case ALPHAVANTAGE -> new AlphaVantageSource(AlphaVantageConfig.from(config), pacing);
            case POLYGON -> new PolygonSource(PolygonConfig.from(config), pacing);
        };
    }
}

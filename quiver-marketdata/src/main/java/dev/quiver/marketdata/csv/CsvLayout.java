package dev.quiver.marketdata.csv;

/**
 * The CSV layouts the reader recognises, told apart by the header alone (case-insensitively; the
 * columns may come in any order because cells are read by column name).
 *
 * <p>Detection: any of {@code Dividends}, {@code Stock Splits}, {@code Capital Gains} means {@link
 * #YFINANCE_HISTORY}; {@code dividend} or {@code split} means {@link #ZIPLINE_CSVDIR}; otherwise an
 * {@code Adj Close} column means {@link #YAHOO_MODERN} when it precedes {@code Volume} (or there is no
 * volume) and {@link #YAHOO_ICHART} when it follows it; otherwise {@link #MINIMAL}. The layout is
 * descriptive: how prices are adjusted is decided from the data, not from the layout.
 */
public enum CsvLayout {
    /** {@code Date,Open,High,Low,Close,Adj Close,Volume}: Yahoo's download since 2017, split-adjusted OHLC. */
    YAHOO_MODERN,
    /** {@code Date,Open,High,Low,Close,Volume,Adj Close}: Yahoo's old ichart download, often newest first. */
    YAHOO_ICHART,
    /** {@code date,open,high,low,close,volume,dividend,split}: zipline's csvdir bundle, event columns. */
    ZIPLINE_CSVDIR,
    /** {@code Datetime,...,Dividends,Stock Splits[,Capital Gains]}: yfinance {@code history()} saved as CSV. */
    YFINANCE_HISTORY,
    /** {@code Date,Open,High,Low,Close[,Volume]}: prices only, taken as raw. */
    MINIMAL
}

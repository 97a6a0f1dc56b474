package dev.quiver.marketdata.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvHeaderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Date,Open,High,Low,Close,Adj Close,Volume                              | YAHOO_MODERN",
                "Date,Open,High,Low,Close,Adj Close                                     | YAHOO_MODERN",
                "Date,Open,High,Low,Close,Volume,Adj Close                              | YAHOO_ICHART",
                "date,open,high,low,close,volume,adj_close                              | YAHOO_ICHART",
                "date,open,high,low,close,volume,dividend,split                         | ZIPLINE_CSVDIR",
                "split,dividend,volume,close,low,high,open,date                         | ZIPLINE_CSVDIR",
                "Datetime,Open,High,Low,Close,Adj Close,Volume,Dividends,Stock Splits   | YFINANCE_HISTORY",
                "Datetime,Open,High,Low,Close,Volume,Dividends,Stock Splits,Capital Gains | YFINANCE_HISTORY",
                "Date,Open,High,Low,Close,Volume                                        | MINIMAL",
                " DATE , OPEN , HIGH , LOW , CLOSE                                      | MINIMAL"
            })
    void shouldTellTheLayoutFromTheHeaderAlone(String header, CsvLayout layout) {
        assertThat(CsvHeader.parse(Path.of("X.csv"), header).layout()).isEqualTo(layout);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"Date,Open,High,Low,Close,Adj Close,Volume | 5 | ADJ_CLOSE", "close,date,open,high,low | 0 | CLOSE"
            })
    void shouldFindColumnsByNameWhateverTheirPosition(String header, int position, Column column) {
        CsvHeader parsed = CsvHeader.parse(Path.of("X.csv"), header);

        assertThat(parsed.columnAt(position)).isEqualTo(column);
        assertThat(parsed.size()).isEqualTo(header.split(",").length);
    }
}

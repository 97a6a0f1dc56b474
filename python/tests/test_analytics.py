"""Analytics over the REST API equal `quiver compute` for the same expressions and range."""

from __future__ import annotations

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from quiver import Client
from support.cli import Quiver

CASES = [
    pytest.param("SPY", ["rsi(14)", "sma(20)", "ema(10, seed=first)"], "2015-01-02", "2015-12-31", id="momentum"),
    pytest.param("SPY", ["macd(12,26,9)", "bbands(20,2,2).upper"], "2010-01-04", "2010-06-30", id="multi-output"),
    pytest.param("AAPL", ["atr(14)", "stoch()", "adjclose"], "2014-05-01", "2014-07-31", id="across-a-split"),
    pytest.param(
        "AAPL",
        ["beta(close@SPY, close, 60)", "sharpe_ratio(window=63)"],
        "2012-01-03",
        "2013-12-31",
        id="cross-asset-and-metric",
    ),
    pytest.param("MSFT", ["obv()", "mfi(14)", "sma(rsi(14), 5)"], None, None, id="whole-history"),
]


@pytest.mark.parametrize(("symbol", "exprs", "start", "end"), CASES)
@pytest.mark.parametrize("fmt", ["arrow", "json"])
def test_frame_equals_compute_output(client: Client, quiver: Quiver, symbol, exprs, start, end, fmt) -> None:
    frame = client.analytics(symbol, exprs, start=start, end=end, format=fmt)

    assert_frame_equal(frame, quiver.compute(symbol, exprs, start, end), check_exact=True)


def test_values_before_the_range_are_read_as_warm_up(client: Client) -> None:
    frame = client.analytics("SPY", "sma(200)", start="2010-01-04", end="2010-01-08")

    assert frame.height == 5
    assert frame["sma(200)"].null_count() == 0


def test_values_inside_the_lookback_are_null_not_zero(client: Client) -> None:
    frame = client.analytics("MSFT", "rsi(14)", end="2012-02-01")

    assert frame["rsi(14)"].head(14).is_null().all()
    assert frame["rsi(14)"][14] is not None


def test_symbols_are_case_insensitive(client: Client) -> None:
    assert_frame_equal(
        client.analytics("spy", "rsi(14)", start="2015-06-01", end="2015-06-30"),
        client.analytics("SPY", "rsi(14)", start="2015-06-01", end="2015-06-30"),
    )


@pytest.mark.parametrize("fmt", ["arrow", "json"])
def test_many_symbols_give_one_wide_frame_with_a_symbol_column(client: Client, quiver: Quiver, fmt: str) -> None:
    exprs = ["rsi(14)", "macd(12,26,9).hist"]
    frame = client.analytics(["MSFT", "SPY"], exprs, start="2014-01-02", end="2014-03-31", format=fmt)

    assert frame.columns == ["symbol", "date", *exprs]
    assert frame["symbol"].unique(maintain_order=True).to_list() == ["MSFT", "SPY"]
    for symbol in ("MSFT", "SPY"):
        part = frame.filter(pl.col("symbol") == symbol).drop("symbol")
        assert_frame_equal(part, quiver.compute(symbol, exprs, "2014-01-02", "2014-03-31"), check_exact=True)


def test_arrow_and_json_give_equal_frames_for_many_symbols(client: Client) -> None:
    args = (["SPY", "AAPL", "MSFT"], ["sma(5)", "close@SPY", "willr(14)"], "2013-01-02", "2014-12-31")

    assert_frame_equal(
        client.analytics(*args, format="arrow"), client.analytics(*args, format="json"), check_exact=True
    )


def test_long_shape_holds_one_row_per_date_and_expression(client: Client) -> None:
    exprs = ["rsi(14)", "sma(5)"]
    wide = client.analytics(["SPY", "AAPL"], exprs, start="2015-03-02", end="2015-03-31")
    long = client.analytics(["SPY", "AAPL"], exprs, start="2015-03-02", end="2015-03-31", shape="long")

    assert long.columns == ["symbol", "date", "expr", "value"]
    assert long.height == wide.height * len(exprs)
    assert long["expr"].head(4).to_list() == exprs * 2
    back = long.pivot(on="expr", index=["symbol", "date"], values="value", maintain_order=True)
    assert_frame_equal(back, wide, check_exact=True)


def test_a_single_symbol_in_long_shape_has_no_symbol_column(client: Client) -> None:
    long = client.analytics("SPY", ["rsi(14)"], start="2015-03-02", end="2015-03-06", shape="long")

    assert long.columns == ["date", "expr", "value"]
    assert long.height == 5


def test_dates_may_be_given_as_date_objects(client: Client) -> None:
    import datetime as dt

    assert_frame_equal(
        client.analytics("SPY", "rsi(14)", start=dt.date(2015, 6, 1), end=dt.datetime(2015, 6, 30, 12, 0)),
        client.analytics("SPY", "rsi(14)", start="2015-06-01", end="2015-06-30"),
    )

"""Bars over the REST API equal `quiver bars`, in every view and transport."""

from __future__ import annotations

import pytest
from polars.testing import assert_frame_equal

from quiver import Client, NoDataError
from support.cli import Quiver


@pytest.mark.parametrize("adjust", ["raw", "split", "total"])
@pytest.mark.parametrize("fmt", ["arrow", "json"])
def test_bars_equal_the_cli_across_a_split(client: Client, quiver: Quiver, adjust: str, fmt: str) -> None:
    frame = client.bars("AAPL", "2014-06-02", "2014-06-13", adjust=adjust, format=fmt)

    assert frame.columns == ["date", "open", "high", "low", "close", "volume"]
    assert_frame_equal(frame, quiver.bars("AAPL", "2014-06-02", "2014-06-13", adjust), check_exact=True)


def test_split_adjusted_prices_differ_from_raw_ones_before_the_split(client: Client) -> None:
    raw = client.bars("AAPL", "2014-06-06", "2014-06-09")
    split = client.bars("AAPL", "2014-06-06", "2014-06-09", adjust="split")

    assert raw["close"][0] / split["close"][0] == pytest.approx(7.0, rel=1e-6)
    assert raw["close"][1] == split["close"][1]


def test_a_range_without_bars_raises_no_data(client: Client) -> None:
    with pytest.raises(NoDataError) as raised:
        client.bars("MSFT", "2020-01-01", "2020-12-31")

    assert raised.value.status == 404
    assert raised.value.code == "no-data"

"""Assets as the server describes them."""

from __future__ import annotations

import datetime as dt

import pytest

from quiver import Client, UnknownAssetError


def test_assets_lists_every_imported_symbol_with_its_counts(client: Client) -> None:
    assets = {a.symbol: a for a in client.assets()}

    assert set(assets) == {"AAPL", "MSFT", "NOVOL", "SPY"}
    assert assets["MSFT"].bars == 754
    assert assets["MSFT"].first == dt.date(2012, 1, 3)
    assert assets["MSFT"].last == dt.date(2014, 12, 31)
    assert assets["MSFT"].zone == "America/New_York"


def test_asset_holds_its_corporate_actions(client: Client) -> None:
    aapl = client.asset("aapl")

    assert aapl.symbol == "AAPL"
    splits = [a for a in aapl.actions if a.kind == "split"]
    assert len(splits) == aapl.splits
    assert any(a.ex_date == dt.date(2014, 6, 9) and a.value == pytest.approx(7.0) for a in splits)


def test_an_unknown_asset_raises_unknown_asset_naming_it(client: Client) -> None:
    with pytest.raises(UnknownAssetError) as raised:
        client.asset("NOPE")

    assert raised.value.symbol == "NOPE"
    assert "NOPE" in raised.value.detail

"""Problems of the server become typed exceptions; unreachable servers name the URL."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest

from quiver import (
    BadExpressionError,
    BadParameterError,
    Client,
    ColumnFailureWarning,
    LimitExceededError,
    QuiverConnectionError,
    QuiverTimeoutError,
    UnauthorizedError,
    UnknownAssetError,
)
from support.cli import Quiver
from support.sockets import closed_port, silent_server

FORMATS = ["arrow", "json"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_bad_expression_raises_with_its_position(client: Client, fmt: str) -> None:
    with pytest.raises(BadExpressionError) as raised:
        client.analytics("SPY", ["sma(20)", "rsi(14"], format=fmt)

    error = raised.value
    assert (error.status, error.title, error.code) == (400, "Bad expression", "bad-expression")
    assert error.expression == "rsi(14"
    assert error.position == 6
    assert error.reason == "expected ',' or ')' at position 6, found end of input"
    assert "rsi(14" in error.detail


def test_an_unknown_analytic_raises_a_bad_expression_at_its_name(client: Client) -> None:
    with pytest.raises(BadExpressionError) as raised:
        client.analytics(["SPY", "MSFT"], "sma(nosuch(3), 5)", format="json")

    assert raised.value.position == 4


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_unknown_symbol_raises_unknown_asset(client: Client, fmt: str) -> None:
    with pytest.raises(UnknownAssetError) as raised:
        client.analytics("NOPE", "rsi(14)", format=fmt)

    assert raised.value.status == 404
    assert raised.value.symbol == "NOPE"


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_unknown_symbol_among_many_raises_unknown_asset_naming_it(client: Client, fmt: str) -> None:
    with pytest.raises(UnknownAssetError) as raised:
        client.analytics(["SPY", "NOPE"], "rsi(14)", start="2015-01-02", format=fmt)

    assert raised.value.symbol == "NOPE"


def test_a_bad_date_raises_bad_parameter_naming_it(client: Client) -> None:
    with pytest.raises(BadParameterError) as raised:
        client.analytics("SPY", "rsi(14)", start="2015-13-01")

    assert raised.value.parameter == "from"
    assert "2015-13-01" in raised.value.detail


def test_too_many_expressions_raise_limit_exceeded(client: Client) -> None:
    with pytest.raises(LimitExceededError) as raised:
        client.analytics("SPY", [f"sma({n})" for n in range(2, 40)])

    assert raised.value.members["parameter"] == "expr"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_column_that_cannot_be_computed_is_null_and_warns(client: Client, fmt: str) -> None:
    with pytest.warns(ColumnFailureWarning, match=r"NOVOL: cannot compute obv\(\): volume is not available"):
        frame = client.analytics("NOVOL", ["obv()", "sma(5)"], start="2008-06-02", format=fmt)

    assert frame["obv()"].is_null().all()
    assert frame["sma(5)"].null_count() == 0


def test_a_refused_connection_names_the_url(quiver: Quiver) -> None:
    url = f"http://127.0.0.1:{closed_port()}"

    with Client(url) as client, pytest.raises(QuiverConnectionError) as raised:
        client.analytics("SPY", "rsi(14)")

    assert raised.value.url.startswith(f"{url}/api/assets/SPY/analytics?expr=rsi")
    assert url in str(raised.value)
    assert isinstance(raised.value, ConnectionError)


def test_a_server_that_does_not_answer_times_out_naming_the_url() -> None:
    with silent_server() as url, Client(url, timeout=0.3) as client, pytest.raises(QuiverTimeoutError) as raised:
        client.assets()

    assert raised.value.url == f"{url}/api/assets"


def test_a_url_without_a_scheme_is_rejected() -> None:
    with pytest.raises(ValueError, match="http://"):
        Client("localhost:8080")


@pytest.mark.parametrize(
    ("symbols", "exprs", "options", "message"),
    [
        (["SPY", "spy"], "rsi(14)", {}, "listed twice"),
        ([], "rsi(14)", {}, "at least one symbol"),
        ("SPY", [], {}, "at least one expression"),
        ("SPY", "rsi(14)", {"shape": "tall"}, "shape"),
        ("SPY", "rsi(14)", {"format": "csv"}, "format"),
    ],
)
def test_bad_arguments_are_rejected_before_asking_the_server(client: Client, symbols, exprs, options, message) -> None:
    with pytest.raises(ValueError, match=message):
        client.analytics(symbols, exprs, **options)


@pytest.fixture(scope="module")
def keyed_url(quiver: Quiver) -> Iterator[str]:
    """A server started with ``--api-key s3cret``."""
    with quiver.serve("--api-key", "s3cret") as url:
        yield url


class TestWithAnApiKey:
    """A server started with --api-key."""

    def test_a_missing_key_raises_unauthorized(self, keyed_url: str) -> None:
        with Client(keyed_url) as client, pytest.raises(UnauthorizedError) as raised:
            client.assets()

        assert raised.value.status == 401

    def test_a_wrong_key_raises_unauthorized_without_echoing_it(self, keyed_url: str) -> None:
        with Client(keyed_url, api_key="guess") as client, pytest.raises(UnauthorizedError) as raised:
            client.analytics("SPY", "rsi(14)")

        assert "guess" not in str(raised.value)

    def test_the_right_key_is_sent_on_every_call(self, keyed_url: str) -> None:
        with Client(keyed_url, api_key="s3cret") as client:
            assert client.analytics("SPY", "rsi(14)", start="2015-01-02", end="2015-01-09").height == 6
            assert client.analytics(["SPY", "MSFT"], "rsi(14)", start="2014-12-01", format="json").height > 0
            assert client.graph_dot("SPY", "rsi(14)").startswith("digraph")


def test_warnings_are_quiet_when_every_column_computes(client: Client) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        client.analytics("SPY", ["obv()"], start="2015-01-02", end="2015-01-09")

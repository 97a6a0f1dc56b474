"""Live streams: what can be checked before the server serves /api/stream.

The server does not serve the stream route yet; these tests check how subscriptions are written
and updates read, and that a server without the route raises its not-found problem. When the route
lands, the last two tests fail and give way to tests of updates from the replay feed.
"""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from quiver import Client, NotFoundError, Update
from quiver.streaming import subscription_params


def test_subscriptions_are_symbol_colon_expression() -> None:
    assert subscription_params(["AAPL:rsi(14)", ("SPY", "sma(close@AAPL, 5)")]) == [
        ("sub", "AAPL:rsi(14)"),
        ("sub", "SPY:sma(close@AAPL, 5)"),
    ]
    assert subscription_params("AAPL:macd(12,26,9).signal") == [("sub", "AAPL:macd(12,26,9).signal")]


@pytest.mark.parametrize("bad", ["rsi(14)", "AAPL:", ":rsi(14)", []])
def test_a_subscription_without_symbol_or_expression_is_rejected(bad) -> None:
    with pytest.raises(ValueError, match="SYMBOL:EXPR|at least one"):
        subscription_params(bad)


def test_updates_read_dates_instants_and_absent_values() -> None:
    daily = Update.from_json(
        {"symbol": "AAPL", "expr": "rsi(14)", "time": "2024-01-02", "value": 55.5, "provisional": True}
    )
    intraday = Update.from_json({"symbol": "AAPL", "expr": "rsi(14)", "time": "2024-01-02T14:30:00Z", "value": None})

    assert (daily.time, daily.value, daily.provisional, daily.subscription) == (
        dt.date(2024, 1, 2),
        55.5,
        True,
        "AAPL:rsi(14)",
    )
    assert intraday.time == dt.datetime(2024, 1, 2, 14, 30, tzinfo=dt.timezone.utc)
    assert intraday.value is None
    assert intraday.provisional is False


def test_stream_on_a_server_without_the_route_raises_not_found(client: Client) -> None:
    with pytest.raises(NotFoundError) as raised:
        next(iter(client.stream("SPY:rsi(14)")))

    assert raised.value.instance == "/api/stream"


def test_astream_on_a_server_without_the_route_raises_not_found(client: Client) -> None:
    async def first() -> Update:
        async for update in client.astream(["SPY:rsi(14)"]):
            return update
        raise AssertionError("the stream ended without an update")

    with pytest.raises(NotFoundError):
        asyncio.run(first())

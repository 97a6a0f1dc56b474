"""Live streams: subscriptions as written, updates as read, and a real server's stream: the current
values first, then what posted ticks change, over both the blocking and the asyncio client."""

from __future__ import annotations

import asyncio
import datetime as dt

import httpx
import pytest

from quiver import BadExpressionError, Client, Update
from quiver.streaming import subscription_params
from support.cli import Quiver


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


def test_stream_starts_with_the_current_value_equal_to_pull(client: Client, quiver: Quiver) -> None:
    first = next(iter(client.stream("SPY:rsi(14)")))

    pulled = quiver.compute("SPY", ["rsi(14)"])
    assert first.subscription == "SPY:rsi(14)"
    assert first.time == pulled["date"][-1]
    assert first.value == pulled["rsi(14)"][-1]
    assert first.provisional is False


def test_stream_delivers_the_forming_bar_of_posted_ticks(client: Client, server_url: str) -> None:
    updates = iter(client.stream("MSFT:close"))
    next(updates)
    httpx.post(
        f"{server_url}/api/ticks", json=[{"symbol": "MSFT", "time": "2030-01-02T15:00:00Z", "price": 77.5, "size": 100}]
    ).raise_for_status()

    live = next(u for u in updates if u.value == 77.5)

    assert (live.subscription, live.time, live.provisional) == ("MSFT:close", dt.date(2030, 1, 2), True)


def test_astream_starts_with_the_current_value(client: Client) -> None:
    async def first() -> Update:
        updates = client.astream(["AAPL:sma(5)"])
        try:
            return await updates.__anext__()
        finally:
            await updates.aclose()  # type: ignore[attr-defined]

    update = asyncio.run(first())

    assert update.subscription == "AAPL:sma(5)"
    assert update.value is not None


def test_a_bad_subscription_is_a_problem_before_the_stream_starts(client: Client) -> None:
    with pytest.raises(BadExpressionError) as raised:
        next(iter(client.stream("SPY:rsi(14")))

    assert raised.value.position is not None


@pytest.mark.timeout(60)
def test_stream_delivers_what_the_replay_feed_plays(quiver: Quiver) -> None:
    with quiver.serve("--replay", "SPY", "--speed", "20") as url, Client(url) as replaying:
        updates = iter(replaying.stream("SPY:rsi(14)"))
        snapshot = next(updates)
        live = [next(u for u in updates if u.time != snapshot.time) for _ in range(3)]

    assert all(u.subscription == "SPY:rsi(14)" for u in live)
    assert all(u.value is not None and 0 <= u.value <= 100 for u in live)
    assert any(u.provisional for u in live)

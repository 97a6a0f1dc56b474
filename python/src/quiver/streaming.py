"""Live updates from ``GET /api/stream`` (Server-Sent Events), synchronously or with asyncio.

A subscription is ``SYMBOL:EXPR`` (``"AAPL:rsi(14)"``) or a ``(symbol, expression)`` pair. The
server sends an event ``update`` with ``{"symbol", "expr", "time", "value", "provisional"}``
whenever a subscribed value changes; other events (keep-alive comments, ``hello``) are skipped.

The stream route is not yet served by the Quiver server: until it is, these calls raise the
server's :class:`~quiver.errors.NotFoundError`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import httpx
from httpx_sse import ServerSentEvent, aconnect_sse, connect_sse

from quiver.transport import EVENT_STREAM, headers, problem_of, reaching

STREAM_PATH = "/api/stream"
UPDATE_EVENT = "update"

Subscription = str | tuple[str, str]


@dataclass(frozen=True)
class Update:
    """A new value of a subscribed expression.

    Attributes:
        symbol: the subject.
        expr: the expression as subscribed.
        time: the bar's session date (daily bars) or start instant (intraday bars).
        value: the value, None when it does not exist yet (inside the lookback).
        provisional: True while the bar is still forming (the value may change).
    """

    symbol: str
    expr: str
    time: dt.date | dt.datetime
    value: float | None
    provisional: bool

    @property
    def subscription(self) -> str:
        """``SYMBOL:EXPR``, as subscribed."""
        return f"{self.symbol}:{self.expr}"

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> Update:
        """Reads the data of an ``update`` event."""
        value = doc.get("value")
        return cls(
            symbol=str(doc["symbol"]),
            expr=str(doc["expr"]),
            time=parse_time(str(doc["time"])),
            value=None if value is None else float(value),
            provisional=bool(doc.get("provisional", False)),
        )


def parse_time(text: str) -> dt.date | dt.datetime:
    """A ``YYYY-MM-DD`` date, or an ISO instant (``Z`` or an offset) as an aware datetime."""
    if len(text) == 10:
        return dt.date.fromisoformat(text)
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def subscription_params(subs: Subscription | Iterable[Subscription]) -> list[tuple[str, str]]:
    """The ``sub`` query parameters; rejects a subscription without a symbol or an expression."""
    items: list[Subscription] = [subs] if isinstance(subs, (str, tuple)) else list(subs)
    if not items:
        raise ValueError("subscribe to at least one SYMBOL:EXPR, as in 'AAPL:rsi(14)'")
    params = []
    for item in items:
        if isinstance(item, tuple):
            symbol, expr = item
        else:
            symbol, _, expr = item.partition(":")
        if not symbol.strip() or not expr.strip():
            raise ValueError(f"a subscription is SYMBOL:EXPR, as in 'AAPL:rsi(14)', not {item!r}")
        params.append(("sub", f"{symbol.strip()}:{expr.strip()}"))
    return params


def _update_of(event: ServerSentEvent) -> Update | None:
    if event.event != UPDATE_EVENT or not event.data:
        return None
    return Update.from_json(json.loads(event.data))


def _stream_timeout(timeout: float | None) -> httpx.Timeout:
    """The client's timeout for connecting, none for reading: updates may be far apart."""
    return httpx.Timeout(timeout, read=None)


def stream(
    url: str, api_key: str | None, timeout: float | None, subs: Subscription | Iterable[Subscription]
) -> Iterator[Update]:
    """Yields updates until the server ends the stream or the caller stops iterating."""
    params = httpx.QueryParams(tuple(subscription_params(subs)))
    with httpx.Client(base_url=url, timeout=_stream_timeout(timeout)) as http:
        target = str(http.build_request("GET", STREAM_PATH, params=params).url)
        with (
            reaching(target),
            connect_sse(http, "GET", STREAM_PATH, params=params, headers=headers(api_key, EVENT_STREAM)) as source,
        ):
            if source.response.status_code >= 400:
                source.response.read()
                raise problem_of(source.response)
            for event in source.iter_sse():
                update = _update_of(event)
                if update is not None:
                    yield update


async def astream(
    url: str, api_key: str | None, timeout: float | None, subs: Subscription | Iterable[Subscription]
) -> AsyncIterator[Update]:
    """Yields updates as :func:`stream` does, for asyncio."""
    params = httpx.QueryParams(tuple(subscription_params(subs)))
    async with httpx.AsyncClient(base_url=url, timeout=_stream_timeout(timeout)) as http:
        target = str(http.build_request("GET", STREAM_PATH, params=params).url)
        with reaching(target):
            async with aconnect_sse(
                http, "GET", STREAM_PATH, params=params, headers=headers(api_key, EVENT_STREAM)
            ) as source:
                if source.response.status_code >= 400:
                    await source.response.aread()
                    raise problem_of(source.response)
                async for event in source.aiter_sse():
                    update = _update_of(event)
                    if update is not None:
                        yield update


__all__ = ["Subscription", "Update", "astream", "parse_time", "stream", "subscription_params"]

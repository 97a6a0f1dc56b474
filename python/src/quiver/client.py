"""The client of Quiver's REST API: assets, bars and analytics as Polars frames.

>>> import quiver
>>> with quiver.Client("http://127.0.0.1:8080") as client:          # doctest: +SKIP
...     frame = client.analytics("SPY", ["rsi(14)", "sma(20)"], start="2017-12-01")
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import Any, Literal

import polars as pl

from quiver import downloads, streaming
from quiver.downloads import DownloadJob, Progress
from quiver.errors import problem_error
from quiver.frames import DecodedFrame, Shape, combine, decode_arrow, decode_json, warn_failures
from quiver.models import Analytic, Asset, Graph
from quiver.streaming import Subscription, Update
from quiver.transport import ARROW, Transport, range_params, segment

Format = Literal["arrow", "json"]
DateLike = str | dt.date | None

DOT = "text/vnd.graphviz"


class Client:
    """A connection to one Quiver server.

    Args:
        url: the server's base URL, as ``quiver serve`` prints it.
        api_key: sent as ``X-API-Key`` when the server was started with ``--api-key``.
        timeout: seconds to wait for each answer (None waits for ever).

    Frames come as Arrow IPC by default (``format="arrow"``); ``format="json"`` asks for the JSON
    form, which decodes to an equal frame. Failures raise :class:`~quiver.errors.ProblemError`
    subclasses, or :class:`~quiver.errors.QuiverConnectionError` naming the URL that failed. A client
    holds a pool of connections: close it, or use it as a context manager. Not thread-safe.
    """

    def __init__(
        self, url: str = "http://localhost:8080", api_key: str | None = None, timeout: float | None = 30.0
    ) -> None:
        self._transport = Transport(url, api_key, timeout)

    @property
    def url(self) -> str:
        """The server's base URL."""
        return self._transport.url

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Closes the client's connections."""
        self._transport.close()

    def health(self) -> dict[str, Any]:
        """``GET /health``: ``{"status": "ok", "time", "uptimeSeconds"}``."""
        result: dict[str, Any] = self._transport.get_json("/health")
        return result

    def assets(self) -> list[Asset]:
        """Every stored asset with its counts (without corporate actions)."""
        return [Asset.from_json(doc) for doc in self._transport.get_json("/api/assets")]

    def asset(self, symbol: str) -> Asset:
        """One asset with its corporate actions; :class:`~quiver.errors.UnknownAssetError` if absent."""
        return Asset.from_json(self._transport.get_json(f"/api/assets/{segment(symbol)}"))

    def bars(
        self,
        symbol: str,
        start: DateLike = None,
        end: DateLike = None,
        adjust: Literal["raw", "split", "total"] = "raw",
        *,
        interval: str = "1d",
        format: Format = "arrow",
    ) -> pl.DataFrame:
        """Stored bars: ``date`` (or ``time`` for intraday intervals), open, high, low, close, volume.

        ``start`` and ``end`` are inclusive dates; ``adjust`` is ``raw`` (as traded), ``split`` or
        ``total`` (splits and dividends). No bars in the range raise :class:`~quiver.errors.NoDataError`.
        """
        params = [*range_params(start, end), ("interval", interval), ("adjust", adjust)]
        return self._frame(f"/api/assets/{segment(symbol)}/bars", params, format).data

    def analytics(
        self,
        symbols: str | Sequence[str],
        exprs: str | Sequence[str],
        start: DateLike = None,
        end: DateLike = None,
        shape: Shape = "wide",
        *,
        align: Literal["intersect", "asof"] | None = None,
        format: Format = "arrow",
    ) -> pl.DataFrame:
        """Expressions on one or more assets over a range of dates (a pull).

        ``symbols`` is one symbol (the frame has no ``symbol`` column) or a list of them (it has
        one, first). Wide: ``[symbol,] date, <expr>...``, a column per expression named exactly as
        written (a multi-output analytic without selector gives ``<expr>.<output>`` columns). Long:
        ``[symbol,] date, expr, value``. Values before an analytic's lookback are null. Every bar
        before ``start`` is read as warm-up, so values equal ``quiver compute`` over the same range.
        A column that cannot be computed is all null and issues a
        :class:`~quiver.errors.ColumnFailureWarning`.

        Many symbols are computed by the server in one ``POST /api/query`` (JSON), or one request
        each (Arrow); any symbol that fails raises its problem.
        """
        single = isinstance(symbols, str)
        names = _symbols([symbols] if isinstance(symbols, str) else list(symbols))
        expressions = [exprs] if isinstance(exprs, str) else list(exprs)
        if not expressions:
            raise ValueError("give at least one expression, as in 'rsi(14)'")
        if format == "json" and not single:
            frames = self._query(names, expressions, start, end, align)
        else:
            params = [("expr", e) for e in expressions] + range_params(start, end)
            if align is not None:
                params.append(("align", align))
            frames = [self._frame(f"/api/assets/{segment(s)}/analytics", params, format) for s in names]
        warn_failures(frames)
        return combine(frames, shape, with_symbol=not single)

    def catalogue(self) -> list[Analytic]:
        """Every analytic: inputs, parameters (defaults, allowed values), outputs and lookback."""
        return [Analytic.from_json(doc) for doc in self._transport.get_json("/api/analytics")]

    def graph(self, symbol: str, exprs: str | Sequence[str]) -> Graph:
        """The planned dependency graph of expressions on a symbol (the symbol need not be stored)."""
        return Graph.from_json(self._transport.get_json("/api/graph", _graph_params(symbol, exprs)))

    def graph_dot(self, symbol: str, exprs: str | Sequence[str]) -> str:
        """The same graph as Graphviz DOT (``digraph quiver { ... }``)."""
        return self._transport.get("/api/graph", _graph_params(symbol, exprs), accept=DOT).text

    def download(
        self,
        symbols: str | Sequence[str],
        start: DateLike = None,
        end: DateLike = None,
        *,
        source: str | None = None,
        refresh: bool = False,
        progress: Progress | None = None,
        poll_interval: float = 0.5,
        wait: float | None = None,
    ) -> DownloadJob:
        """Has the server download bars for symbols, and waits until its job is over.

        ``source`` is yahoo (the server's default), alphavantage or polygon; ``refresh`` fetches the
        last days of the range again. ``progress`` is called with the job each time its description
        changes (``job.completed`` of ``job.total`` symbols); ``wait`` bounds the wait in seconds.
        A symbol that fails does not fail the call: see ``job.failed``.
        """
        names = [symbols] if isinstance(symbols, str) else list(symbols)
        return downloads.download(self._transport, names, start, end, source, refresh, progress, poll_interval, wait)

    def stream(self, subs: Subscription | Iterable[Subscription]) -> Iterator[Update]:
        """Live updates of ``SYMBOL:EXPR`` subscriptions (``"AAPL:rsi(14)"``), over Server-Sent Events.

        Iterate to receive :class:`~quiver.streaming.Update` values; stop iterating (or close the
        generator) to disconnect. Needs the server's stream route, not yet served: until then this
        raises :class:`~quiver.errors.NotFoundError`.
        """
        t = self._transport
        return streaming.stream(t.url, t.api_key, t.timeout, subs)

    def astream(self, subs: Subscription | Iterable[Subscription]) -> AsyncIterator[Update]:
        """The updates of :meth:`stream`, for ``async for``."""
        t = self._transport
        return streaming.astream(t.url, t.api_key, t.timeout, subs)

    def _frame(self, path: str, params: list[tuple[str, str]], format: Format) -> DecodedFrame:
        if format == "arrow":
            return decode_arrow(self._transport.get(path, params, accept=ARROW).content)
        if format == "json":
            return decode_json(self._transport.get(path, params).json())
        raise ValueError(f"format must be 'arrow' or 'json', not {format!r}")

    def _query(
        self, symbols: list[str], exprs: list[str], start: DateLike, end: DateLike, align: str | None
    ) -> list[DecodedFrame]:
        body: dict[str, Any] = {"symbols": symbols, "expressions": exprs}
        body.update(range_params(start, end))
        if align is not None:
            body["align"] = align
        frames = []
        for result in self._transport.post("/api/query", body).json()["results"]:
            if "frame" not in result:
                raise problem_error(result.get("problem") or {}, int(result.get("status", 500)))
            frames.append(decode_json(result["frame"]))
        return frames

    def __repr__(self) -> str:
        return f"Client({self.url!r})"


def _symbols(symbols: list[str]) -> list[str]:
    """Checks there is at least one symbol and none twice (symbols are case-insensitive)."""
    if not symbols:
        raise ValueError("give at least one symbol, as in 'SPY'")
    seen: set[str] = set()
    for symbol in symbols:
        if symbol.upper() in seen:
            raise ValueError(f"{symbol} is listed twice")
        seen.add(symbol.upper())
    return symbols


def _graph_params(symbol: str, exprs: str | Sequence[str]) -> list[tuple[str, str]]:
    expressions = [exprs] if isinstance(exprs, str) else list(exprs)
    return [("symbol", symbol)] + [("expr", e) for e in expressions]

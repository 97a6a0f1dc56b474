"""Frames as Polars data frames: decoding the server's JSON and Arrow forms, and reshaping.

A frame of the server is a time axis and named float columns. Decoded, it is a Polars frame whose
first column is ``date`` (``pl.Date``, daily frames) or ``time`` (``pl.Datetime("ms", "UTC")``,
intraday frames) followed by one ``pl.Float64`` column per frame column, null wherever a value does
not exist. Both transports decode to equal frames.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

import polars as pl
import pyarrow as pa
import pyarrow.ipc

from quiver.errors import ColumnFailureWarning

if TYPE_CHECKING:
    import pandas

Shape = Literal["wide", "long"]

DATE = "date"
TIME = "time"
SYMBOL = "symbol"
EXPR = "expr"
VALUE = "value"

_TIME_DTYPE = pl.Datetime("ms", "UTC")


@dataclass(frozen=True)
class DecodedFrame:
    """One frame of one symbol.

    Attributes:
        symbol: the frame's symbol, as the server spells it.
        data: the time column then one float column per frame column.
        failures: the columns that could not be computed, with the reason (they are all null).
    """

    symbol: str
    data: pl.DataFrame
    failures: dict[str, str] = field(default_factory=dict)


def decode_json(document: Mapping[str, Any]) -> DecodedFrame:
    """Decodes a frame document ``{"symbol", "timestamps", "columns"[, "failures"]}``."""
    stamps = [str(t) for t in document["timestamps"]]
    columns: Mapping[str, Sequence[float | None]] = document["columns"]
    series = [_time_series(stamps)]
    for label, values in columns.items():
        series.append(pl.Series(label, values, dtype=pl.Float64, strict=False))
    failures = {str(f["column"]): str(f.get("reason", "")) for f in document.get("failures") or []}
    return DecodedFrame(str(document["symbol"]), pl.DataFrame(series), failures)


def decode_arrow(body: bytes) -> DecodedFrame:
    """Decodes an Arrow IPC stream: a ``date`` or ``time`` column then float64 columns."""
    table = pa.ipc.open_stream(body).read_all()
    metadata = table.schema.metadata or {}
    symbol = metadata.get(b"symbol", b"").decode()
    failures: dict[str, str] = {}
    for column in table.schema:
        reason = (column.metadata or {}).get(b"failure")
        if reason is not None:
            failures[column.name] = reason.decode()
    data = pl.from_arrow(table.replace_schema_metadata(None))
    assert isinstance(data, pl.DataFrame)
    if TIME in data.columns:
        data = data.with_columns(pl.col(TIME).cast(_TIME_DTYPE))
    data = data.with_columns(pl.col(c).cast(pl.Float64) for c in data.columns[1:])
    return DecodedFrame(symbol, data, failures)


def _time_series(stamps: list[str]) -> pl.Series:
    """Dates for ``YYYY-MM-DD`` stamps, UTC instants otherwise."""
    raw = pl.Series(DATE, stamps, dtype=pl.String)
    if all(len(s) == 10 for s in stamps):
        return raw.str.to_date("%Y-%m-%d")
    return raw.str.to_datetime(time_unit="ms", time_zone="UTC").alias(TIME)


def warn_failures(frames: Iterable[DecodedFrame]) -> None:
    """Issues a :class:`ColumnFailureWarning` for every failed column."""
    for frame in frames:
        for column, reason in frame.failures.items():
            warnings.warn(f"{frame.symbol}: cannot compute {column}: {reason}", ColumnFailureWarning, stacklevel=3)


def combine(frames: Sequence[DecodedFrame], shape: Shape, with_symbol: bool) -> pl.DataFrame:
    """Joins per-symbol frames into one, wide or long.

    Wide: ``[symbol,] date, <expr>...``, one row per symbol and date. Long: ``[symbol,] date, expr,
    value``, one row per symbol, date and expression (expressions in request order within a date).
    The ``symbol`` column is there when ``with_symbol``; frames keep their order.
    """
    if shape not in ("wide", "long"):
        raise ValueError(f"shape must be 'wide' or 'long', not {shape!r}")
    parts = []
    for frame in frames:
        data = frame.data
        if shape == "long":
            index = data.columns[0]
            data = (
                data.with_row_index("_row")
                .unpivot(index=["_row", index], variable_name=EXPR, value_name=VALUE)
                .sort("_row", maintain_order=True)
                .drop("_row")
            )
        if with_symbol:
            data = data.select(pl.lit(frame.symbol, dtype=pl.String).alias(SYMBOL), pl.all())
        parts.append(data)
    if not parts:
        raise ValueError("no frame to combine")
    return pl.concat(parts, how="vertical")


def to_pandas(frame: pl.DataFrame, index: bool = True) -> pandas.DataFrame:
    """A Polars frame of Quiver as a pandas frame, through Polars (needs pandas).

    With ``index`` (the default) the ``symbol`` (when present) and ``date``/``time`` columns become
    the index, as pandas users expect of time series.
    """
    result = frame.to_pandas()
    if index:
        keys = [c for c in (SYMBOL, DATE, TIME) if c in frame.columns]
        if keys:
            result = result.set_index(keys)
    return result

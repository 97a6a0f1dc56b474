"""Quiver's Java engine inside the Python process, without a server.

:class:`Engine` opens a database with the Java store and answers pulls with the Java pull engine
(``PullEngine`` over ``StoreBarSource``, the split-adjusted view, as the server uses), through JPype.
Its frames equal those of :meth:`quiver.Client.analytics`, and it raises the same exceptions.

Requirements: Java 17 or newer, JPype (on Debian and Ubuntu the ``python3-jpype`` package, for the
system's ``/usr/bin/python3``), and Quiver's runnable jar (``quiver-cli/target/quiver.jar``, given
as ``jar=`` or ``$QUIVER_JAR``).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, Literal

import polars as pl
import pyarrow as pa

from quiver import jvm
from quiver.errors import (
    BadExpressionError,
    BadParameterError,
    NoDataError,
    ProblemError,
    UnknownAssetError,
)
from quiver.frames import DATE, DecodedFrame, Shape, combine, warn_failures

DateLike = str | dt.date | None

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class Engine:
    """The pull engine over one SQLite database of Quiver, in this process.

    Args:
        db: the database file (as ``quiver import --db`` wrote it); it must exist.
        jar: Quiver's runnable jar; default ``$QUIVER_JAR``.

    Raises :class:`~quiver.errors.EngineUnavailableError` when JPype, Java or the jar is missing.
    Close it, or use it as a context manager, to close the database; the JVM stays up for the rest of
    the process. Thread-safe, as the Java engine is.
    """

    def __init__(self, db: str | os.PathLike[str], jar: str | os.PathLike[str] | None = None) -> None:
        path = Path(db)
        if not path.is_file():
            raise FileNotFoundError(f"no Quiver database at {path}")
        self._jpype = jvm.start(jvm.find_jar(jar))
        j = _Java(self._jpype)
        self._java = j
        self._store = j.BarStore.open(j.File(str(path.resolve())).toPath())
        source = j.StoreBarSource(self._store, j.Adjustment.SPLIT)
        self._engine = j.PullEngine(j.StandardCatalogue.get(), source, j.ForkJoinPool.commonPool())
        self.db = path

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Closes the database."""
        self._store.close()

    def analytics(
        self,
        symbols: str | Sequence[str],
        exprs: str | Sequence[str],
        start: DateLike = None,
        end: DateLike = None,
        shape: Shape = "wide",
        *,
        align: Literal["intersect", "asof"] | None = None,
    ) -> pl.DataFrame:
        """Expressions on assets over a range: the frame :meth:`quiver.Client.analytics` returns."""
        single = isinstance(symbols, str)
        names = [symbols] if isinstance(symbols, str) else list(symbols)
        expressions = [exprs] if isinstance(exprs, str) else list(exprs)
        if not names or not expressions:
            raise ValueError("give at least one symbol and one expression")
        frames = [self._pull(s, expressions, start, end, align or "intersect") for s in names]
        warn_failures(frames)
        return combine(frames, shape, with_symbol=not single)

    def _pull(self, symbol: str, exprs: list[str], start: DateLike, end: DateLike, align: str) -> DecodedFrame:
        j = self._java
        subject = _asset_id(j, symbol)
        if self._store.findAsset(subject).isEmpty():
            raise UnknownAssetError(
                404,
                "Unknown asset",
                f"unknown symbol '{subject}': not in the database; import or download it first",
                "/docs#problem-unknown-asset",
                members={"symbol": str(subject)},
            )
        first, last = _date(j, "from", start), _date(j, "to", end)
        if first is not None and last is not None and first.isAfter(last):
            raise _bad_parameter("from", f"from {first} is after to {last}")
        expressions = j.ArrayList()
        for expr in exprs:
            expressions.add(expr)
        request = j.PullRequest(subject, expressions, j.DateRange.closed(first, last), j.Alignment.parse(align))
        try:
            result = self._engine.evaluate(request)
        except j.ExpressionException as error:
            raise _bad_expression(error) from None
        except j.MissingDataException as error:
            raise NoDataError(404, "No data", str(error.getMessage()), "/docs#problem-no-data") from None
        return _decoded(result)


class _Java:
    """The Java classes the engine uses."""

    def __init__(self, jpype: ModuleType) -> None:
        c = jpype.JClass
        self.File = c("java.io.File")
        self.ArrayList = c("java.util.ArrayList")
        self.ForkJoinPool = c("java.util.concurrent.ForkJoinPool")
        self.LocalDate = c("java.time.LocalDate")
        self.BarStore = c("dev.quiver.store.BarStore")
        self.StoreBarSource = c("dev.quiver.store.StoreBarSource")
        self.Adjustment = c("dev.quiver.core.series.Adjustment")
        self.AssetId = c("dev.quiver.core.asset.AssetId")
        self.StandardCatalogue = c("dev.quiver.core.analytics.standard.StandardCatalogue")
        self.PullEngine = c("dev.quiver.core.engine.pull.PullEngine")
        self.PullRequest = c("dev.quiver.core.engine.pull.PullRequest")
        self.Alignment = c("dev.quiver.core.engine.pull.Alignment")
        self.DateRange = c("dev.quiver.core.time.DateRange")
        self.ExpressionException = c("dev.quiver.core.expr.ExpressionException")
        self.MissingDataException = c("dev.quiver.core.engine.pull.MissingDataException")
        self.IllegalArgumentException = c("java.lang.IllegalArgumentException")


def _asset_id(j: _Java, symbol: str) -> Any:
    try:
        return j.AssetId.of(symbol)
    except j.IllegalArgumentException as error:
        raise _bad_parameter("symbol", str(error.getMessage())) from None


def _date(j: _Java, name: str, value: DateLike) -> Any:
    """A ``java.time.LocalDate``, or None; a bad date is a :class:`BadParameterError` naming ``name``."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, str):
        text = value.strip()
        try:
            if not _ISO_DATE.fullmatch(text):
                raise ValueError(text)
            value = dt.date.fromisoformat(text)
        except ValueError:
            raise _bad_parameter(name, f"expected a date as YYYY-MM-DD, found '{value}'") from None
    return j.LocalDate.of(value.year, value.month, value.day)


def _bad_parameter(name: str, message: str) -> ProblemError:
    """The problem the server gives for a bad parameter: its detail starts with the parameter's name."""
    return BadParameterError(
        400, "Bad parameter", f"{name}: {message}", "/docs#problem-bad-parameter", members={"parameter": name}
    )


def _bad_expression(error: Any) -> ProblemError:
    members = {"expression": str(error.expression()), "position": int(error.position()), "reason": str(error.reason())}
    return BadExpressionError(
        400, "Bad expression", str(error.getMessage()), "/docs#problem-bad-expression", members=members
    )


def _decoded(result: Any) -> DecodedFrame:
    """The frame of a ``PullResult``: session dates in the subject's zone, NaN as null."""
    rows = int(result.rows())
    zone = str(result.subject().zone().getId())
    times = pl.from_arrow(_array(pa.int64(), result.times(), rows))
    assert isinstance(times, pl.Series)
    dates = pl.from_epoch(times, "s").dt.replace_time_zone("UTC").dt.convert_time_zone(zone).dt.date()
    series = [dates.alias(DATE)]
    for label, values in zip(result.labels(), result.columns(), strict=True):
        column = pl.from_arrow(_array(pa.float64(), values, rows))
        assert isinstance(column, pl.Series)
        series.append(column.fill_nan(None).alias(str(label)))
    failures = {str(f.column()): str(f.reason()) for f in result.failures()}
    return DecodedFrame(str(result.subject().id().symbol()), pl.DataFrame(series), failures)


def _array(type_: pa.DataType, java_array: Any, rows: int) -> pa.Array:
    """A copy of a Java primitive array (read through its buffer) as an Arrow array."""
    data = pa.py_buffer(bytes(memoryview(java_array)))
    return pa.Array.from_buffers(type_, rows, [None, data])


__all__ = ["Engine"]

"""The Java engine in-process gives the client's frames and exceptions.

Tests marked ``embedded`` need JPype: scripts/test-python runs them under the system's python3 with
Debian's python3-jpype, with QUIVER_REQUIRE_EMBEDDED=1 so that they fail, not skip, without it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from polars.testing import assert_frame_equal

from quiver import (
    BadExpressionError,
    BadParameterError,
    Client,
    ColumnFailureWarning,
    EngineUnavailableError,
    NoDataError,
    ProblemError,
    UnknownAssetError,
)
from quiver.embedded import Engine
from support.cli import Quiver
from test_analytics import CASES


@pytest.fixture(scope="module")
def engine(jpype_available: None, quiver: Quiver) -> Iterator[Engine]:
    with Engine(quiver.db, jar=quiver.jar) as started:
        yield started


@pytest.mark.embedded
@pytest.mark.parametrize(("symbol", "exprs", "start", "end"), CASES)
def test_engine_frames_equal_the_client_frames(engine: Engine, client: Client, symbol, exprs, start, end) -> None:
    assert_frame_equal(
        engine.analytics(symbol, exprs, start, end), client.analytics(symbol, exprs, start, end), check_exact=True
    )


@pytest.mark.embedded
@pytest.mark.parametrize("shape", ["wide", "long"])
def test_engine_frames_of_many_symbols_equal_the_client_frames(engine: Engine, client: Client, shape: str) -> None:
    args = (["AAPL", "SPY"], ["beta(close@SPY, close, 60)", "adx(14)"], "2015-01-02", None, shape)

    assert_frame_equal(engine.analytics(*args), client.analytics(*args), check_exact=True)


def _failure(call) -> ProblemError:
    with pytest.raises(ProblemError) as raised:
        call()
    return raised.value


@pytest.mark.embedded
@pytest.mark.parametrize(
    ("symbol", "expr", "start", "end", "expected"),
    [
        ("SPY", "rsi(14", None, None, BadExpressionError),
        ("SPY", "sma(close@NOPE, 5)", None, None, BadExpressionError),
        ("NOPE", "rsi(14)", None, None, UnknownAssetError),
        ("SPY", "rsi(14)", "2015-13-01", None, BadParameterError),
        ("SPY", "rsi(14)", "2015-02-01", "2015-01-01", BadParameterError),
        ("SPY", "rsi(14)", "20150201", None, BadParameterError),
        ("BAD SYMBOL", "rsi(14)", None, None, BadParameterError),
        ("SPY", "rsi(14)", "2030-01-01", None, NoDataError),
    ],
)
def test_engine_errors_are_the_client_errors(
    engine: Engine, client: Client, symbol, expr, start, end, expected
) -> None:
    local = _failure(lambda: engine.analytics(symbol, expr, start, end))
    remote = _failure(lambda: client.analytics(symbol, expr, start, end))

    assert type(local) is type(remote) is expected
    assert (local.status, local.title, local.code) == (remote.status, remote.title, remote.code)
    for member in ("expression", "position", "reason", "symbol", "parameter"):
        assert local.members.get(member) == remote.members.get(member), member
    assert local.detail == remote.detail


@pytest.mark.embedded
def test_engine_warns_of_a_column_that_cannot_be_computed(engine: Engine) -> None:
    with pytest.warns(ColumnFailureWarning, match="NOVOL: cannot compute obv"):
        frame = engine.analytics("NOVOL", ["obv()", "sma(5)"], start="2008-06-02")

    assert frame["obv()"].is_null().all()


def test_without_jpype_the_engine_says_what_to_install(quiver: Quiver, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "jpype", None)

    with pytest.raises(EngineUnavailableError, match="python3-jpype"):
        Engine(quiver.db, jar=quiver.jar)


def test_without_a_jar_the_engine_says_how_to_build_it(quiver: Quiver, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QUIVER_JAR", raising=False)

    with pytest.raises(EngineUnavailableError, match="QUIVER_JAR"):
        Engine(quiver.db)


def test_a_missing_database_is_not_created(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        Engine(tmp_path / "absent.db")

    assert not (tmp_path / "absent.db").exists()

"""Decoding frames and reshaping them, without a server."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pyarrow as pa
import pytest
from polars.testing import assert_frame_equal

import quiver
from quiver.frames import combine, decode_arrow, decode_json


def _arrow_stream(table: pa.Table) -> bytes:
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def test_intraday_json_timestamps_become_utc_instants() -> None:
    frame = decode_json(
        {
            "symbol": "BTC-USD",
            "timestamps": ["2024-01-02T14:30:00Z", "2024-01-02T14:35:00Z"],
            "columns": {"close": [1, None]},
        }
    ).data

    assert frame.schema == pl.Schema({"time": pl.Datetime("ms", "UTC"), "close": pl.Float64})
    assert frame["time"][0] == dt.datetime(2024, 1, 2, 14, 30, tzinfo=dt.timezone.utc)
    assert frame["close"].to_list() == [1.0, None]


def test_intraday_arrow_and_json_frames_are_equal() -> None:
    table = pa.table(
        {
            "time": pa.array([1704205800, 1704206100], pa.timestamp("s", "UTC")),
            "close": pa.array([1.0, None], pa.float64()),
        }
    )
    json_doc = {
        "symbol": "X",
        "timestamps": ["2024-01-02T14:30:00Z", "2024-01-02T14:35:00Z"],
        "columns": {"close": [1.0, None]},
    }

    assert_frame_equal(decode_arrow(_arrow_stream(table)).data, decode_json(json_doc).data)


def test_failed_columns_are_read_from_json_and_from_arrow_metadata() -> None:
    field = pa.field("obv()", pa.float64(), metadata={"failure": "no volume"})
    schema = pa.schema([pa.field("date", pa.date32()), field], metadata={"symbol": "X"})
    table = pa.table({"date": [dt.date(2020, 1, 2)], "obv()": pa.array([None], pa.float64())}, schema=schema)
    json_doc = {
        "symbol": "X",
        "timestamps": ["2020-01-02"],
        "columns": {"obv()": [None]},
        "failures": [{"column": "obv()", "reason": "no volume"}],
    }

    from_arrow, from_json = decode_arrow(_arrow_stream(table)), decode_json(json_doc)

    assert from_arrow.failures == from_json.failures == {"obv()": "no volume"}
    assert from_arrow.symbol == from_json.symbol == "X"
    assert_frame_equal(from_arrow.data, from_json.data)


def test_long_frames_keep_symbols_in_the_order_given() -> None:
    frames = [
        decode_json({"symbol": s, "timestamps": ["2020-01-02", "2020-01-03"], "columns": {"a": [1, 2], "b": [3, 4]}})
        for s in ("ZZZ", "AAA")
    ]

    long = combine(frames, "long", with_symbol=True)

    assert long["symbol"].to_list() == ["ZZZ"] * 4 + ["AAA"] * 4
    assert long["expr"].to_list() == ["a", "b"] * 4
    assert long["value"].to_list() == [1, 3, 2, 4] * 2


def test_to_pandas_indexes_by_symbol_and_date() -> None:
    pytest.importorskip("pandas")
    frame = pl.DataFrame({"symbol": ["A", "A"], "date": [dt.date(2020, 1, 2), dt.date(2020, 1, 3)], "x": [1.0, None]})

    converted = quiver.to_pandas(frame)

    assert list(converted.index.names) == ["symbol", "date"]
    assert list(converted.columns) == ["x"]
    assert converted["x"].isna().tolist() == [False, True]
    assert quiver.to_pandas(frame, index=False).columns.tolist() == ["symbol", "date", "x"]

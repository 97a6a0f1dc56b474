"""Downloads: how jobs are read, and a real job of a server whose Yahoo is a loopback stub replaying a
recorded answer (and answering Yahoo's not-found error for any other symbol)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from quiver import Client, DownloadJob, NotFoundError
from support.cli import Quiver

RECORDINGS = Path(__file__).resolve().parents[2] / "quiver-marketdata" / "src" / "test" / "resources" / "yahoo"
NVDA = "chart_NVDA_2021-02-01_2022-01-31_events-split.json"


def test_a_job_reads_its_items_and_counts() -> None:
    job = DownloadJob.from_json(
        {
            "id": 7,
            "state": "done",
            "items": [
                {"symbol": "SPY", "state": "done", "bars": 250},
                {"symbol": "NOPE", "state": "failed", "problem": {"detail": "unknown symbol 'NOPE' at yahoo"}},
            ],
        }
    )

    assert (job.id, job.finished, job.completed, job.total) == ("7", True, 2, 2)
    assert [item.symbol for item in job.failed] == ["NOPE"]
    assert job.failed[0].error == "unknown symbol 'NOPE' at yahoo"
    assert job.items[0].bars == 250


def test_a_running_job_is_not_finished() -> None:
    job = DownloadJob.from_json({"id": "a", "state": "running", "completed": 1, "total": 3, "items": []})

    assert not job.finished
    assert (job.completed, job.total) == (1, 3)


class _Yahoo(BaseHTTPRequestHandler):
    """NVDA's recorded chart; Yahoo's not-found answer for any other symbol."""

    def do_GET(self) -> None:
        if self.path.startswith("/v8/finance/chart/NVDA"):
            status, body = 200, (RECORDINGS / NVDA).read_bytes()
        else:
            error = json.loads((RECORDINGS / "error_bodies.json").read_text())["chart_unknown_or_delisted_symbol"]
            status, body = int(error["status"]), str(error["body"]).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def downloading(jar: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Client]:
    """A client of a server over an empty database whose --yahoo-url is the stub."""
    stub = ThreadingHTTPServer(("127.0.0.1", 0), _Yahoo)
    threading.Thread(target=stub.serve_forever, daemon=True).start()
    cli = Quiver(jar, tmp_path_factory.mktemp("downloads") / "quiver.db")
    try:
        with cli.serve("--yahoo-url", f"http://127.0.0.1:{stub.server_address[1]}") as url, Client(url) as client:
            yield client
    finally:
        stub.shutdown()
        stub.server_close()


def test_download_runs_a_job_to_its_end_with_each_symbols_outcome(downloading: Client) -> None:
    seen: list[DownloadJob] = []

    job = downloading.download(
        ["NVDA", "NOPE"], start="2021-02-01", end="2022-01-30", progress=seen.append, poll_interval=0.05, wait=60
    )

    assert (job.state, job.finished, job.completed, job.total) == ("done", True, 2, 2)
    outcomes = [(item.symbol, item.state, item.bars) for item in job.items]
    assert outcomes == [("NVDA", "done", 252), ("NOPE", "failed", None)]
    assert [item.symbol for item in job.failed] == ["NOPE"]
    assert job.failed[0].error is not None and "NOPE" in job.failed[0].error
    assert [s.completed for s in seen] == sorted(s.completed for s in seen)
    assert downloading.asset("NVDA").bars == 252


def test_an_unknown_job_raises_not_found(downloading: Client) -> None:
    with pytest.raises(NotFoundError) as raised:
        downloading._transport.get_json("/api/downloads/999999")

    assert raised.value.instance == "/api/downloads/999999"

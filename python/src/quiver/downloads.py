"""Downloads of market data by the server: ``POST /api/downloads`` then polling the job.

The server starts a job for the symbols and answers ``{"id", "state", "completed", "total",
"items": [{"symbol", "state", "bars", "error"}]}``; ``GET /api/downloads/{id}`` describes it until
its state is final (``done``, ``failed`` or ``cancelled``). Each item succeeds or fails alone; a
failed item carries its error as text and as a problem document.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from quiver.errors import QuiverTimeoutError
from quiver.transport import Transport, iso_date, segment

DOWNLOADS_PATH = "/api/downloads"
FINAL_STATES = frozenset({"done", "failed", "cancelled"})


@dataclass(frozen=True)
class DownloadItem:
    """One symbol of a download job: its state, bars written and error (None when it succeeded)."""

    symbol: str
    state: str
    bars: int | None
    error: str | None

    @property
    def finished(self) -> bool:
        """Whether this symbol's download is over, successfully or not."""
        return self.state in FINAL_STATES

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> DownloadItem:
        """Reads an element of a job's ``items``; a problem document stands for its error."""
        bars = doc.get("bars")
        error = doc.get("error")
        problem = doc.get("problem")
        if error is None and isinstance(problem, Mapping):
            error = problem.get("detail")
        return cls(
            symbol=str(doc["symbol"]),
            state=str(doc.get("state", "queued")),
            bars=None if bars is None else int(bars),
            error=None if error is None else str(error),
        )


@dataclass(frozen=True)
class DownloadJob:
    """A download job as the server describes it at one moment."""

    id: str
    state: str
    completed: int
    total: int
    items: tuple[DownloadItem, ...]

    @property
    def finished(self) -> bool:
        """Whether the job is over (every item done or failed, or the job cancelled)."""
        return self.state in FINAL_STATES

    @property
    def failed(self) -> tuple[DownloadItem, ...]:
        """The items that failed."""
        return tuple(item for item in self.items if item.state == "failed")

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> DownloadJob:
        """Reads the answer of ``POST /api/downloads`` or ``GET /api/downloads/{id}``."""
        items = tuple(DownloadItem.from_json(i) for i in doc.get("items") or ())
        completed = doc.get("completed")
        total = doc.get("total")
        return cls(
            id=str(doc["id"]),
            state=str(doc.get("state", "running")),
            completed=sum(i.finished for i in items) if completed is None else int(completed),
            total=len(items) if total is None else int(total),
            items=items,
        )


Progress = Callable[[DownloadJob], None]


def download(
    transport: Transport,
    symbols: Sequence[str],
    start: str | dt.date | None,
    end: str | dt.date | None,
    source: str | None,
    refresh: bool,
    progress: Progress | None,
    poll_interval: float,
    wait: float | None,
) -> DownloadJob:
    """Starts a job, calls ``progress`` whenever its description changes, returns it once final."""
    if not symbols:
        raise ValueError("download at least one symbol")
    body: dict[str, Any] = {"symbols": list(symbols)}
    for name, value in (("from", iso_date(start)), ("to", iso_date(end)), ("source", source)):
        if value is not None:
            body[name] = value
    if refresh:
        body["refresh"] = True
    job = DownloadJob.from_json(transport.post(DOWNLOADS_PATH, body).json())
    deadline = None if wait is None else time.monotonic() + wait
    path = f"{DOWNLOADS_PATH}/{segment(job.id)}"
    seen = None
    while True:
        if job != seen and progress is not None:
            progress(job)
        seen = job
        if job.finished:
            return job
        if deadline is not None and time.monotonic() >= deadline:
            raise QuiverTimeoutError(transport.full_url(path), f"download {job.id} not finished after {wait} s")
        time.sleep(poll_interval)
        job = DownloadJob.from_json(transport.get_json(path))

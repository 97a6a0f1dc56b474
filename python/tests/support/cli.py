"""The runnable jar as the tests use it: imports, ``quiver compute`` and friends, and ``quiver serve``."""

from __future__ import annotations

import io
import json
import re
import subprocess
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import polars as pl

URL = re.compile(r"https?://[^\s)]+")
SERVER_START_SECONDS = 60
# Options that start a short-lived JVM faster (the CLI runs for a second or two).
QUICK_START = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"]
# Commands that need no database.
WITHOUT_DATABASE = frozenset({"analytics", "graph"})


@dataclass(frozen=True)
class Quiver:
    """Runs the CLI of ``jar`` over the database ``db``.

    Outputs of read-only commands are kept, so tests that compare several transports with the same
    command start the JVM once.
    """

    jar: Path
    db: Path
    _outputs: dict[tuple[str, ...], str] = field(default_factory=dict, compare=False, repr=False)

    def run(self, *args: str) -> str:
        """Runs a command (with ``--db`` if it takes one); its output, or an error with its standard error."""
        database = [] if args[0] in WITHOUT_DATABASE else ["--db", str(self.db)]
        done = subprocess.run(
            ["java", *QUICK_START, "-jar", str(self.jar), *args, *database],
            capture_output=True,
            text=True,
            timeout=120,
        )
        if done.returncode != 0:
            raise AssertionError(f"quiver {' '.join(args)} exited {done.returncode}: {done.stderr.strip()}")
        return done.stdout

    def read(self, *args: str) -> str:
        """The output of a command that changes nothing, run once per arguments."""
        if args not in self._outputs:
            self._outputs[args] = self.run(*args)
        return self._outputs[args]

    def compute(
        self, symbol: str, exprs: Sequence[str], start: str | None = None, end: str | None = None
    ) -> pl.DataFrame:
        """``quiver compute --symbol S --expr E...`` as a frame: ``date`` then one float column per CSV column."""
        args = ["compute", "--symbol", symbol, "--format", "csv"]
        for expr in exprs:
            args += ["--expr", expr]
        if start is not None:
            args += ["--from", start]
        if end is not None:
            args += ["--to", end]
        return read_csv_frame(self.read(*args))

    def bars(self, symbol: str, start: str, end: str, adjust: str) -> pl.DataFrame:
        """``quiver bars`` as a frame."""
        return read_csv_frame(self.read("bars", symbol, "--from", start, "--to", end, "--adjust", adjust))

    def json(self, *args: str) -> Any:
        """A command's JSON output (``--format json`` is added)."""
        return json.loads(self.read(*args, "--format", "json"))

    @contextmanager
    def serve(self, *options: str) -> Iterator[str]:
        """``quiver serve --port 0`` until the block ends; yields the URL it prints."""
        log = tempfile.TemporaryFile(mode="w+")
        process = subprocess.Popen(
            ["java", "-jar", str(self.jar), "serve", "--port", "0", "--db", str(self.db), *options],
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
        )
        try:
            yield _url_of(process, log)
        finally:
            log.close()
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _url_of(process: subprocess.Popen[str], log: IO[str]) -> str:
    """The first URL the server prints on standard output, waiting at most a minute."""
    found: list[str] = []
    printed = threading.Event()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            match = URL.search(line)
            if match and not found:
                found.append(match.group(0))
                printed.set()
        printed.set()

    threading.Thread(target=read, daemon=True).start()
    printed.wait(SERVER_START_SECONDS)
    if not found:
        process.kill()
        process.wait()
        log.seek(0)
        raise AssertionError(f"quiver serve printed no URL (exit {process.returncode}): {log.read()[-2000:]}")
    return found[0]


def read_csv_frame(text: str) -> pl.DataFrame:
    """CSV of the CLI (``date`` first, empty cells where undefined) as Quiver's frames are typed."""
    header = pl.read_csv(io.StringIO(text), n_rows=0).columns
    schema = {name: (pl.Date if name == "date" else pl.Float64) for name in header}
    return pl.read_csv(io.StringIO(text), schema=schema)

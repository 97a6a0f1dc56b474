"""Shared fixtures: the runnable jar, a database imported from the bundled price files, and a real
server over it on a free port, started once for the whole run."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from quiver import Client
from support.cli import Quiver

ROOT = Path(__file__).resolve().parents[2]
PRICES = ROOT / "data" / "prices"

# The files imported, by the symbol they are stored as. AAPL's unadjusted prices hold its splits.
IMPORTS = {
    "SPY": "SPY_2000-2016.csv",
    "AAPL": "AAPL_unadjusted_2000-2016.csv",
    "MSFT": "MSFT.csv",
}
# An asset whose file has no volume column: obv() of it fails while other columns compute.
NO_VOLUME = "NOVOL"


@pytest.fixture(scope="session")
def jar() -> Path:
    """``$QUIVER_JAR``, else the repository's runnable jar, built by ``./quiver`` when stale."""
    chosen = os.environ.get("QUIVER_JAR")
    if chosen:
        path = Path(chosen)
    else:
        subprocess.run([str(ROOT / "quiver"), "--version"], check=True, capture_output=True, timeout=900)
        path = ROOT / "quiver-cli" / "target" / "quiver.jar"
    assert path.is_file(), f"no runnable jar at {path}"
    return path


@pytest.fixture(scope="session")
def quiver(jar: Path, tmp_path_factory: pytest.TempPathFactory) -> Quiver:
    """The CLI over a fresh SQLite file holding SPY, AAPL, MSFT and NOVOL."""
    folder = tmp_path_factory.mktemp("prices")
    files = []
    for symbol, name in IMPORTS.items():
        files.append(folder / f"{symbol}.csv")
        shutil.copyfile(PRICES / name, files[-1])
    files.append(folder / f"{NO_VOLUME}.csv")
    files[-1].write_text(_without_volume((PRICES / "SPY.csv").read_text().splitlines()[:300]))
    cli = Quiver(jar, tmp_path_factory.mktemp("db") / "quiver.db")
    cli.run("import", *map(str, files))
    return cli


def _without_volume(lines: list[str]) -> str:
    """Date, open, high, low and close of a Yahoo CSV."""
    return "\n".join(",".join(line.split(",")[:5]) for line in lines) + "\n"


@pytest.fixture(scope="session")
def server_url(quiver: Quiver) -> Iterator[str]:
    """A real server over the database, as ``quiver serve --port 0`` prints its URL."""
    with quiver.serve() as url:
        yield url


@pytest.fixture(scope="session")
def jpype_available() -> None:
    """Skips a test that needs JPype where it is not importable, or fails it with QUIVER_REQUIRE_EMBEDDED=1."""
    if importlib.util.find_spec("jpype") is None:
        message = "JPype is not importable by this python (scripts/test-python runs these tests with python3-jpype)"
        if os.environ.get("QUIVER_REQUIRE_EMBEDDED") == "1":
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture
def client(server_url: str) -> Iterator[Client]:
    with Client(server_url) as connected:
        yield connected

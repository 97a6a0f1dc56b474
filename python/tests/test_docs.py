"""The examples of docs/python.md run against the test server.

Python blocks run in order in one namespace, with the server's URL, the database and the jar of the
tests in place of those the page names. A block after ``<!-- not run: ... -->`` needs a route the
server does not serve yet; a block after ``<!-- embedded -->`` needs JPype.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from support.cli import Quiver

PAGE = Path(__file__).resolve().parents[2] / "docs" / "python.md"
BLOCK = re.compile(r"(?:<!-- (?P<marker>[^>]*) -->\n)?```python\n(?P<code>.*?)```", re.S)


def _blocks(kind: str) -> list[str]:
    found = []
    for match in BLOCK.finditer(PAGE.read_text()):
        marker = match.group("marker") or ""
        if (kind == "client" and not marker) or (kind != "client" and marker.startswith(kind)):
            found.append(match.group("code"))
    return found


def _run(blocks: list[str], server_url: str, quiver: Quiver) -> None:
    namespace: dict[str, object] = {"__name__": "docs_example"}
    for code in blocks:
        code = code.replace("http://127.0.0.1:8080", server_url)
        code = code.replace("quiver-demo.db", str(quiver.db)).replace("quiver-cli/target/quiver.jar", str(quiver.jar))
        exec(compile(code, str(PAGE), "exec"), namespace)


def test_the_client_examples_run(server_url: str, quiver: Quiver) -> None:
    blocks = _blocks("client")

    assert len(blocks) >= 5
    _run(blocks, server_url, quiver)


def test_only_examples_of_routes_not_yet_served_are_left_out() -> None:
    left_out = _blocks("not run")

    assert len(left_out) == 3
    assert all(".stream(" in b or ".astream(" in b or ".download(" in b for b in left_out)


@pytest.mark.embedded
def test_the_embedded_example_runs(jpype_available: None, server_url: str, quiver: Quiver) -> None:
    blocks = _blocks("embedded")

    assert len(blocks) == 1
    _run(_blocks("client") + blocks, server_url, quiver)

"""The client as an object: its URL, health check and lifetime."""

from __future__ import annotations

import httpx
import pytest

from quiver import Client


def test_health_reports_ok(client: Client) -> None:
    health = client.health()

    assert health["status"] == "ok"
    assert health["uptimeSeconds"] >= 0


def test_a_trailing_slash_in_the_url_is_ignored(server_url: str) -> None:
    with Client(server_url + "/") as client:
        assert client.url == server_url
        assert client.assets()


def test_a_closed_client_sends_nothing_more(server_url: str) -> None:
    with Client(server_url) as client:
        client.health()

    with pytest.raises(RuntimeError, match="closed"):
        client.health()


def test_the_client_sends_json_and_arrow_accept_headers(server_url: str) -> None:
    seen: list[str] = []

    def record(request: httpx.Request) -> None:
        seen.append(request.headers["Accept"])

    with Client(server_url) as client:
        client._transport._http.event_hooks["request"].append(record)
        client.bars("SPY", "2015-01-02", "2015-01-09")
        client.bars("SPY", "2015-01-02", "2015-01-09", format="json")

    assert seen == ["application/vnd.apache.arrow.stream", "application/json"]

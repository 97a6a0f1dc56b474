"""Downloads: what can be checked before the server serves /api/downloads.

The server does not serve the download routes yet; these tests check how jobs are read and that a
server without the routes raises its not-found problem.
"""

from __future__ import annotations

import pytest

from quiver import Client, DownloadJob, NotFoundError


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


def test_download_on_a_server_without_the_route_raises_not_found(client: Client) -> None:
    with pytest.raises(NotFoundError) as raised:
        client.download(["SPY"], start="2024-01-02")

    assert raised.value.instance == "/api/downloads"

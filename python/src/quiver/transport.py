"""HTTP plumbing shared by the client's calls: base URL, headers, and errors as exceptions.

Only this module knows httpx's exception types: a refused, unresolved or timed-out request becomes
a :class:`~quiver.errors.QuiverConnectionError` naming the URL, and an answer of status 4xx or 5xx
becomes the :class:`~quiver.errors.ProblemError` its problem document describes.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any
from urllib.parse import quote

import httpx

from quiver.errors import ProblemError, QuiverConnectionError, QuiverTimeoutError, problem_error

JSON = "application/json"
ARROW = "application/vnd.apache.arrow.stream"
EVENT_STREAM = "text/event-stream"
API_KEY_HEADER = "X-API-Key"

Params = Sequence[tuple[str, str]]


def base_url(url: str) -> str:
    """The server's base URL without a trailing slash; it must be http or https."""
    stripped = url.strip().rstrip("/")
    if not stripped.startswith(("http://", "https://")):
        raise ValueError(f"the server URL must start with http:// or https://, not {url!r}")
    return stripped


def headers(api_key: str | None, accept: str = JSON) -> dict[str, str]:
    """The request headers: ``Accept``, and ``X-API-Key`` when a key is given."""
    result = {"Accept": accept}
    if api_key:
        result[API_KEY_HEADER] = api_key
    return result


def segment(value: str) -> str:
    """A value percent-encoded for one path segment (``^GSPC`` becomes ``%5EGSPC``)."""
    return quote(value, safe="")


def iso_date(value: str | dt.date | None) -> str | None:
    """A date as ``YYYY-MM-DD`` (a datetime gives its date); strings pass as written."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return value.isoformat()


def range_params(start: str | dt.date | None, end: str | dt.date | None) -> list[tuple[str, str]]:
    """The ``from`` and ``to`` query parameters of a date range, each only when given."""
    params = []
    for name, value in (("from", iso_date(start)), ("to", iso_date(end))):
        if value is not None:
            params.append((name, value))
    return params


def check(response: httpx.Response) -> httpx.Response:
    """Returns a successful response; raises the problem of a 4xx or 5xx one (body already read)."""
    if response.status_code < 400:
        return response
    raise problem_of(response)


def problem_of(response: httpx.Response) -> ProblemError:
    """The exception for a failed response: its problem document, else its status and text."""
    document: Any = None
    try:
        document = json.loads(response.content)
    except ValueError:
        pass
    if isinstance(document, Mapping) and "title" in document:
        return problem_error(document, response.status_code)
    text = response.text.strip()[:300] or response.reason_phrase
    return problem_error(
        {"title": response.reason_phrase or "Error", "detail": text, "instance": response.url.path},
        response.status_code,
    )


def connection_error(error: httpx.TransportError, url: str) -> QuiverConnectionError:
    """The exception for a request that got no answer."""
    reason = str(error) or type(error).__name__
    if isinstance(error, httpx.TimeoutException):
        return QuiverTimeoutError(url, f"no answer in time ({reason})")
    return QuiverConnectionError(url, reason)


@contextmanager
def reaching(url: str) -> Iterator[None]:
    """Turns httpx's transport errors raised inside into :class:`QuiverConnectionError` for ``url``."""
    try:
        yield
    except httpx.TransportError as error:
        raise connection_error(error, url) from error


class Transport:
    """Sends requests to one server with one key; owns its connection pool. Not thread-safe."""

    def __init__(self, url: str, api_key: str | None, timeout: float | None) -> None:
        self.url = base_url(url)
        self.api_key = api_key
        self.timeout = timeout
        self._http = httpx.Client(base_url=self.url, timeout=timeout)

    def get(self, path: str, params: Params = (), accept: str = JSON) -> httpx.Response:
        """``GET path``: the successful response, or the exception of its failure."""
        return self._send("GET", path, params=params, accept=accept)

    def post(self, path: str, body: Any, accept: str = JSON) -> httpx.Response:
        """``POST path`` with a JSON body."""
        return self._send("POST", path, body=body, accept=accept)

    def get_json(self, path: str, params: Params = ()) -> Any:
        """``GET path`` as decoded JSON."""
        return self.get(path, params).json()

    def full_url(self, path: str, params: Params = ()) -> str:
        """The absolute URL of a request, as error messages name it."""
        return str(httpx.URL(self.url + path, params=list(params)))

    def close(self) -> None:
        """Closes the connections."""
        self._http.close()

    def _send(
        self, method: str, path: str, params: Params = (), body: Any = None, accept: str = JSON
    ) -> httpx.Response:
        request = self._http.build_request(
            method, path, params=list(params), json=body, headers=headers(self.api_key, accept)
        )
        with reaching(str(request.url)):
            response = self._http.send(request)
        return check(response)

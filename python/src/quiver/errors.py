"""Exceptions raised by the client and the embedded engine.

Every answer of the server with status 4xx or 5xx is an RFC 9457 problem document; it becomes a
:class:`ProblemError` of the subclass its ``type`` names (``/docs#problem-bad-expression`` becomes
:class:`BadExpressionError`, and so on), carrying the status, title, detail and the members that
locate the fault. A server that cannot be reached raises :class:`QuiverConnectionError`, which
names the URL that failed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class QuiverError(Exception):
    """Base of every exception Quiver raises."""


class QuiverConnectionError(QuiverError, ConnectionError):
    """The server could not be reached (refused, unresolved, reset or timed out).

    Attributes:
        url: the URL of the request that failed.
    """

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"cannot reach the Quiver server at {url}: {reason}")
        self.url = url
        self.reason = reason


class QuiverTimeoutError(QuiverConnectionError, TimeoutError):
    """The server did not answer within the client's timeout."""


class EngineUnavailableError(QuiverError, ImportError):
    """The embedded engine cannot start: JPype, Java or the runnable jar is missing."""


class ColumnFailureWarning(UserWarning):
    """A column could not be computed (it is all null); the message says which and why."""


class ProblemError(QuiverError):
    """The server answered with a problem document (or the engine failed the same way).

    Attributes:
        status: the HTTP status (400, 404, ...).
        title: the short title of the problem type (``"Bad expression"``).
        detail: what is wrong and where, for a person.
        type: the problem type, a link to its entry on ``/docs`` (``"/docs#problem-unknown-asset"``).
        instance: the request path.
        members: every member of the document, including those that locate the fault.
    """

    def __init__(
        self,
        status: int,
        title: str,
        detail: str,
        type: str = "about:blank",
        instance: str | None = None,
        members: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(f"{status} {title}: {detail}")
        self.status = status
        self.title = title
        self.detail = detail
        self.type = type
        self.instance = instance
        self.members: dict[str, Any] = dict(members or {})

    @property
    def code(self) -> str:
        """The problem type without its prefix: ``"bad-expression"``, ``"unknown-asset"``, ..."""
        return problem_code(self.type)


class BadRequestError(ProblemError):
    """A 400: the request is wrong (a parameter, the body, a limit)."""


class BadParameterError(BadRequestError):
    """A parameter has a bad value; :attr:`parameter` names it (``"from"``, ``"symbols/1"``)."""

    @property
    def parameter(self) -> str | None:
        """The parameter with the bad value."""
        value = self.members.get("parameter")
        return None if value is None else str(value)


class BadExpressionError(BadRequestError):
    """An expression cannot be parsed or bound.

    :attr:`expression` is the expression as written, :attr:`position` the 0-based offset of the
    fault in it and :attr:`reason` what was expected there.
    """

    @property
    def expression(self) -> str | None:
        """The expression as written."""
        value = self.members.get("expression")
        return None if value is None else str(value)

    @property
    def position(self) -> int | None:
        """The 0-based offset of the fault in the expression."""
        value = self.members.get("position")
        return None if value is None else int(value)

    @property
    def reason(self) -> str | None:
        """What was expected at the position."""
        value = self.members.get("reason")
        return None if value is None else str(value)


class LimitExceededError(BadRequestError):
    """A range, or a number of expressions or assets, is over the server's limit."""


class UnauthorizedError(ProblemError):
    """A 401: the API key is missing or wrong."""


class NotFoundError(ProblemError):
    """A 404: the symbol, the data or the route does not exist."""


class UnknownAssetError(NotFoundError):
    """The symbol is not in the database; :attr:`symbol` names it."""

    @property
    def symbol(self) -> str | None:
        """The unknown symbol."""
        value = self.members.get("symbol")
        return None if value is None else str(value)


class NoDataError(NotFoundError):
    """The asset has no bars in the range."""


class ServerError(ProblemError):
    """A 5xx: the server failed; its log holds the cause."""


_BY_CODE: dict[str, type[ProblemError]] = {
    "bad-parameter": BadParameterError,
    "bad-expression": BadExpressionError,
    "limit-exceeded": LimitExceededError,
    "unauthorized": UnauthorizedError,
    "unknown-asset": UnknownAssetError,
    "no-data": NoDataError,
}


def problem_code(type_: str) -> str:
    """The code of a problem type: the part after ``#problem-`` (or the last path segment)."""
    if "#problem-" in type_:
        return type_.rsplit("#problem-", 1)[1]
    return type_.rstrip("/").rsplit("/", 1)[-1]


def problem_class(status: int, type_: str) -> type[ProblemError]:
    """The exception class for a problem of this status and type."""
    known = _BY_CODE.get(problem_code(type_))
    if known is not None:
        return known
    if status == 400:
        return BadRequestError
    if status == 401:
        return UnauthorizedError
    if status == 404:
        return NotFoundError
    if status >= 500:
        return ServerError
    return ProblemError


def problem_error(document: Mapping[str, Any], status: int | None = None) -> ProblemError:
    """Builds the exception for a problem document (``status`` wins over the document's own)."""
    code = int(status if status is not None else document.get("status", 500))
    type_ = str(document.get("type", "about:blank"))
    cls = problem_class(code, type_)
    instance = document.get("instance")
    return cls(
        status=code,
        title=str(document.get("title", "Error")),
        detail=str(document.get("detail", "")),
        type=type_,
        instance=None if instance is None else str(instance),
        members=document,
    )

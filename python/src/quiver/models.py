"""Immutable values the server describes in JSON: assets, the catalogue and dependency graphs.

Each has ``from_json`` taking the server's document; members the client does not know are ignored,
so a newer server does not break an older client.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


def _date(value: Any) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(str(value))


@dataclass(frozen=True)
class CorporateAction:
    """A split or a dividend.

    Attributes:
        kind: ``"split"`` or ``"dividend"``.
        ex_date: the first session without the right.
        value: new shares per old share for a split, cash per share for a dividend.
        origin: whether the source ``"stated"`` it or Quiver ``"inferred"`` it.
    """

    kind: str
    ex_date: dt.date
    value: float
    origin: str

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> CorporateAction:
        """Reads ``{"kind", "exDate", "value", "origin"}``."""
        return cls(
            str(doc["kind"]), dt.date.fromisoformat(str(doc["exDate"])), float(doc["value"]), str(doc.get("origin", ""))
        )


@dataclass(frozen=True)
class Asset:
    """A stored asset with its counts; ``actions`` is filled by :meth:`quiver.Client.asset` only.

    Attributes:
        symbol: the ticker, upper case (``"SPY"``, ``"^GSPC"``).
        asset_class: ``"equity"``, ``"etf"``, ``"index"``, ``"fx"``, ``"crypto"``, ...
        name, currency, exchange, zone: the description (``zone`` is an IANA time zone).
        bars: the number of daily bars stored; first, last: their dates (None without bars).
        splits, dividends: the number of corporate actions of each kind.
        actions: the corporate actions, oldest first.
    """

    symbol: str
    asset_class: str
    name: str
    currency: str
    exchange: str
    zone: str
    bars: int
    first: dt.date | None
    last: dt.date | None
    splits: int
    dividends: int
    actions: tuple[CorporateAction, ...] = ()

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> Asset:
        """Reads an element of ``GET /api/assets`` or the answer of ``GET /api/assets/{symbol}``."""
        return cls(
            symbol=str(doc["symbol"]),
            asset_class=str(doc.get("class", "")),
            name=str(doc.get("name", "")),
            currency=str(doc.get("currency", "")),
            exchange=str(doc.get("exchange", "")),
            zone=str(doc.get("zone", "")),
            bars=int(doc.get("bars", 0)),
            first=_date(doc.get("first")),
            last=_date(doc.get("last")),
            splits=int(doc.get("splits", 0)),
            dividends=int(doc.get("dividends", 0)),
            actions=tuple(CorporateAction.from_json(a) for a in doc.get("actions") or ()),
        )


@dataclass(frozen=True)
class Parameter:
    """A parameter of an analytic: its kind, default, allowed values and meaning."""

    name: str
    kind: str
    default: str | None
    allowed: str
    keyword_only: bool
    description: str

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> Parameter:
        """Reads an element of an analytic's ``parameters``."""
        default = doc.get("defaultValue")
        return cls(
            name=str(doc["name"]),
            kind=str(doc.get("kind", "")),
            default=None if default is None else str(default),
            allowed=str(doc.get("allowed", "")),
            keyword_only=bool(doc.get("keywordOnly", False)),
            description=str(doc.get("description", "")),
        )


@dataclass(frozen=True)
class Analytic:
    """An entry of the catalogue: what an analytic reads, takes and gives."""

    name: str
    family: str
    description: str
    inputs: tuple[str, ...]
    parameters: tuple[Parameter, ...]
    outputs: tuple[str, ...]
    lookback: int

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> Analytic:
        """Reads an element of ``GET /api/analytics``."""
        return cls(
            name=str(doc["name"]),
            family=str(doc.get("family", "")),
            description=str(doc.get("description", "")),
            inputs=tuple(str(i) for i in doc.get("inputs") or ()),
            parameters=tuple(Parameter.from_json(p) for p in doc.get("parameters") or ()),
            outputs=tuple(str(o) for o in doc.get("outputs") or ()),
            lookback=int(doc.get("lookback", 0)),
        )


@dataclass(frozen=True)
class GraphNode:
    """A node of the planned graph: a field or an analytic, keyed by its normal form."""

    key: str
    kind: str
    name: str
    expression: str
    outputs: tuple[str, ...]
    lookback: int
    first_defined: int
    height: int

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> GraphNode:
        """Reads an element of the graph's ``nodes``."""
        return cls(
            key=str(doc["key"]),
            kind=str(doc.get("kind", "")),
            name=str(doc.get("name", "")),
            expression=str(doc.get("expression", "")),
            outputs=tuple(str(o) for o in doc.get("outputs") or ()),
            lookback=int(doc.get("lookback", 0)),
            first_defined=int(doc.get("firstDefined", 0)),
            height=int(doc.get("height", 0)),
        )


@dataclass(frozen=True)
class GraphEdge:
    """An edge: output ``output`` of node ``source`` is input number ``input`` of node ``target``."""

    source: str
    output: str
    target: str
    input: int

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> GraphEdge:
        """Reads an element of the graph's ``edges``."""
        return cls(str(doc["from"]), str(doc.get("output", "")), str(doc["to"]), int(doc.get("input", 0)))


@dataclass(frozen=True)
class GraphColumn:
    """A requested column: its label (the expression as written) and the node output it shows."""

    label: str
    node: str
    output: str

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> GraphColumn:
        """Reads an element of the graph's ``columns``."""
        return cls(str(doc["label"]), str(doc["node"]), str(doc.get("output", "")))


@dataclass(frozen=True)
class Graph:
    """The planned dependency graph of expressions on one symbol; nodes in topological order."""

    nodes: tuple[GraphNode, ...]
    edges: tuple[GraphEdge, ...]
    columns: tuple[GraphColumn, ...]

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> Graph:
        """Reads the answer of ``GET /api/graph``."""
        return cls(
            nodes=tuple(GraphNode.from_json(n) for n in doc.get("nodes") or ()),
            edges=tuple(GraphEdge.from_json(e) for e in doc.get("edges") or ()),
            columns=tuple(GraphColumn.from_json(c) for c in doc.get("columns") or ()),
        )

    def node(self, key: str) -> GraphNode:
        """The node with this key; :class:`KeyError` if there is none."""
        for node in self.nodes:
            if node.key == key:
                return node
        raise KeyError(key)

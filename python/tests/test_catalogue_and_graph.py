"""The catalogue and dependency graphs equal what the CLI prints."""

from __future__ import annotations

from quiver import Client
from support.cli import Quiver


def test_catalogue_equals_the_cli_catalogue(client: Client, quiver: Quiver) -> None:
    expected = quiver.json("analytics")

    catalogue = client.catalogue()

    assert [a.name for a in catalogue] == [a["name"] for a in expected]
    rsi = next(a for a in catalogue if a.name == "rsi")
    assert rsi.family == "momentum"
    assert rsi.outputs == ("rsi",)
    assert rsi.parameters[0].name == "timeperiod"
    assert rsi.parameters[0].default == "14"


def test_graph_equals_the_cli_graph(client: Client, quiver: Quiver) -> None:
    expected = quiver.json("graph", "--symbol", "SPY", "--expr", "sma(rsi(14),5)", "--expr", "macd(12,26,9)")

    graph = client.graph("SPY", ["sma(rsi(14),5)", "macd(12,26,9)"])

    assert [n.key for n in graph.nodes] == [n["key"] for n in expected["nodes"]]
    assert [(e.source, e.target, e.input) for e in graph.edges] == [
        (e["from"], e["to"], e["input"]) for e in expected["edges"]
    ]
    assert [c.label for c in graph.columns] == [c["label"] for c in expected["columns"]]
    assert graph.node("SPY:rsi(close,timeperiod=14,seed=sma)").first_defined == 14


def test_graph_needs_no_stored_data(client: Client) -> None:
    graph = client.graph("BTC-USD", "ema(12)")

    assert [n.key for n in graph.nodes][-1].startswith("BTC-USD:ema(")


def test_graph_dot_is_a_graphviz_digraph(client: Client) -> None:
    dot = client.graph_dot("SPY", "sma(rsi(14),5)")

    assert dot.startswith("digraph quiver {")
    assert "SPY:rsi(close,timeperiod=14,seed=sma)" in dot

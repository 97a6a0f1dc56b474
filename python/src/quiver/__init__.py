"""Quiver for Python: market analytics as Polars frames.

- :class:`Client` talks to a Quiver server (``quiver serve``): assets, bars, analytics, the
  catalogue, dependency graphs, downloads and live streams.
- :class:`quiver.embedded.Engine` runs the Java engine inside this process (needs JPype).
- :func:`to_pandas` turns a frame into a pandas frame indexed by date (needs pandas).
"""

from quiver.client import Client
from quiver.downloads import DownloadItem, DownloadJob
from quiver.errors import (
    BadExpressionError,
    BadParameterError,
    BadRequestError,
    ColumnFailureWarning,
    EngineUnavailableError,
    LimitExceededError,
    NoDataError,
    NotFoundError,
    ProblemError,
    QuiverConnectionError,
    QuiverError,
    QuiverTimeoutError,
    ServerError,
    UnauthorizedError,
    UnknownAssetError,
)
from quiver.frames import to_pandas
from quiver.models import Analytic, Asset, CorporateAction, Graph, GraphColumn, GraphEdge, GraphNode, Parameter
from quiver.streaming import Update

__version__ = "0.1.0"

__all__ = [
    "Analytic",
    "Asset",
    "BadExpressionError",
    "BadParameterError",
    "BadRequestError",
    "Client",
    "ColumnFailureWarning",
    "CorporateAction",
    "DownloadItem",
    "DownloadJob",
    "EngineUnavailableError",
    "Graph",
    "GraphColumn",
    "GraphEdge",
    "GraphNode",
    "LimitExceededError",
    "NoDataError",
    "NotFoundError",
    "Parameter",
    "ProblemError",
    "QuiverConnectionError",
    "QuiverError",
    "QuiverTimeoutError",
    "ServerError",
    "UnauthorizedError",
    "UnknownAssetError",
    "Update",
    "to_pandas",
    "__version__",
]

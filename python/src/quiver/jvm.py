"""Starting the Java virtual machine inside Python (JPype) with Quiver's runnable jar.

A process holds at most one JVM, started once with its class path and never restarted: every
:class:`quiver.embedded.Engine` of the process shares it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import ModuleType
from typing import cast

from quiver.errors import EngineUnavailableError

JAR_VARIABLE = "QUIVER_JAR"
PROBE_CLASS = "dev.quiver.core.engine.pull.PullEngine"

INSTALL_HINT = (
    "the embedded engine needs JPype: on Debian or Ubuntu run `apt-get install python3-jpype` and use "
    "the system's python3 (/usr/bin/python3), or install the JPype1 package into this interpreter; "
    "it also needs Java 17 or newer"
)


def jpype_module() -> ModuleType:
    """The ``jpype`` module; :class:`EngineUnavailableError` saying what to install when absent."""
    try:
        import jpype
    except ImportError as error:
        raise EngineUnavailableError(f"cannot import jpype: {INSTALL_HINT}") from error
    return cast(ModuleType, jpype)


def find_jar(jar: str | os.PathLike[str] | None) -> Path:
    """The runnable jar: ``jar`` if given, else ``$QUIVER_JAR``; it must exist."""
    chosen = jar if jar is not None else os.environ.get(JAR_VARIABLE)
    if not chosen:
        raise EngineUnavailableError(
            f"no Quiver jar: pass jar=... or set ${JAR_VARIABLE} to quiver-cli/target/quiver.jar "
            "(`./quiver --help` in the Quiver repository builds it)"
        )
    path = Path(chosen).expanduser().resolve()
    if not path.is_file():
        raise EngineUnavailableError(f"the Quiver jar {path} does not exist (`./quiver --help` builds it)")
    return path


def jpype_support_jar(jpype: ModuleType) -> Path | None:
    """JPype's own ``org.jpype.jar`` when it lies outside its module's folder, else None.

    JPype looks for the jar beside its native module. Debian's ``python3-jpype`` installs it with the
    system's other jars (``<prefix>/share/java``) instead, so it must go on the class path.
    """
    native = sys.modules.get("_jpype")
    if native is not None and native.__file__ and (Path(native.__file__).parent / "org.jpype.jar").is_file():
        return None
    for prefix in dict.fromkeys((sys.base_prefix, sys.prefix)):
        candidate = Path(prefix) / "share" / "java" / "org.jpype.jar"
        if candidate.is_file():
            return candidate
    return None


def start(jar: Path) -> ModuleType:
    """Starts the JVM with ``jar`` on its class path, unless one runs already; returns ``jpype``."""
    jpype = jpype_module()
    if not jpype.isJVMStarted():
        support = jpype_support_jar(jpype)
        classpath = [str(jar)] if support is None else [str(support), str(jar)]
        try:
            jpype.startJVM(classpath=classpath, convertStrings=False)
        except (OSError, RuntimeError) as error:
            raise EngineUnavailableError(f"cannot start Java for the embedded engine: {error}") from error
    try:
        jpype.JClass(PROBE_CLASS)
    except Exception as error:
        raise EngineUnavailableError(
            f"the running JVM cannot load Quiver's classes ({PROBE_CLASS}); it was started without "
            f"{jar} on its class path, and a JVM cannot be restarted inside one process"
        ) from error
    return jpype

"""Run a notebook with papermill on the project's own kernel, started early.

The kernel boots (and imports the package) in its own process while this
process is still loading papermill and nbconvert, which takes a second or
more off every build. Failures become BuildErrors naming the cell.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from . import config
from .errors import BuildError

if TYPE_CHECKING:
    import nbformat
    from jupyter_client import AsyncKernelManager

WARM_UP = "import lushun_analysis.briefing"


def use_project_kernel() -> str:
    """Make the package's kernel spec visible and name it.

    The spec runs this interpreter (jupyter_client swaps in ``sys.executable``
    for ``python``) with kernel logging at ERROR, so no transport warning ends
    up on a user's terminal.
    """
    kernels_home = str(config.PACKAGE_DIR)
    paths = os.environ.get("JUPYTER_PATH", "").split(os.pathsep)
    if kernels_home not in paths:
        os.environ["JUPYTER_PATH"] = os.pathsep.join([kernels_home] + [p for p in paths if p])
    return config.KERNEL_NAME


def skip_slow_optional_imports() -> None:
    """jsonschema imports ``rfc3987_syntax`` when installed, only to check IRI formats,
    which notebooks never use; building its grammar costs most of a second."""
    sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]


def start_kernel(cwd: Path, log: Path) -> "AsyncKernelManager":
    """Start the kernel now and have it import the package while we keep working.

    The kernel's own stderr (shutdown noise, interrupted sockets) goes to ``log``,
    never to the user's terminal; a dead kernel's message quotes its tail.
    """
    from jupyter_client import AsyncKernelManager
    from jupyter_core.utils import run_sync

    manager = AsyncKernelManager(kernel_name=use_project_kernel())
    sockets = str(log.parent / "kernel")
    if os.name == "posix" and len(sockets) < 90:  # a Unix socket path has ~100 bytes at most
        # Sockets in the build's own folder: two builds started at once cannot race for the
        # same free TCP port, which kills one kernel before it replies to kernel_info.
        manager.transport, manager.ip = "ipc", sockets
    with log.open("ab") as stderr:
        run_sync(manager.start_kernel)(cwd=str(cwd), stderr=stderr,
                                       extra_arguments=[f"--IPKernelApp.exec_lines={WARM_UP}"])
    return manager


def stop_kernel(manager: "AsyncKernelManager") -> None:
    """Shut the kernel down; papermill leaves a kernel it did not start running."""
    from jupyter_core.utils import run_sync

    if manager.has_kernel:
        run_sync(manager.shutdown_kernel)(now=True)


def _register_engine() -> str:
    """A papermill engine that runs on the kernel started early and cleans it up after.

    papermill's own engine leaves a kernel it was handed running, with its
    client's sockets open; this one hands both back to nbclient to close.
    """
    from papermill.clientwrap import PapermillNotebookClient
    from papermill.engines import NBClientEngine, papermill_engines

    class EarlyKernelEngine(NBClientEngine):
        @classmethod
        def execute_managed_notebook(cls, nb_man, kernel_name, log_output=False, stdout_file=None,  # type: ignore[no-untyped-def]
                                     stderr_file=None, start_timeout=60, execution_timeout=None, **kwargs):
            kwargs = {k: v for k, v in kwargs.items() if k not in ("input_path", "timeout", "startup_timeout")}
            client = PapermillNotebookClient(
                nb_man, timeout=execution_timeout, startup_timeout=start_timeout, kernel_name=kernel_name,
                log=logging.getLogger("papermill"), log_output=log_output, stdout_file=stdout_file,
                stderr_file=stderr_file, **kwargs,
            )
            client.owns_km = True
            return client.execute()

    papermill_engines.register("lushun-early-kernel", EarlyKernelEngine)
    return "lushun-early-kernel"


def execute(notebook: Path, target: Path, parameters: dict[str, object], timeout: int,
            manager: "AsyncKernelManager", log: Path) -> "nbformat.NotebookNode":
    """Run the notebook with papermill; a failing cell becomes a BuildError naming it."""
    skip_slow_optional_imports()
    import papermill
    from nbclient.exceptions import CellTimeoutError, DeadKernelError

    logging.getLogger("papermill").setLevel(logging.ERROR)
    try:
        return papermill.execute_notebook(
            str(notebook), str(target), parameters=parameters, kernel_name=config.KERNEL_NAME, km=manager,
            engine_name=_register_engine(),
            progress_bar=False, log_output=False, execution_timeout=timeout,
        )
    except papermill.PapermillExecutionError as err:
        raise BuildError(f"{notebook.name}: cell {err.exec_count} (cell index {err.cell_index}) raised {err.ename}: {_one_line(err.evalue)}") from None
    except CellTimeoutError:
        raise BuildError(f"{notebook.name}: {_running_cell(target)} ran longer than the timeout of {timeout} s") from None
    except DeadKernelError as err:
        raise BuildError(f"{notebook.name}: the kernel died ({_one_line(err)}) while running {_running_cell(target)}"
                         f"{_log_tail(log)}") from None


def _log_tail(log: Path, lines: int = 5) -> str:
    """The kernel's last words, which usually say why it died."""
    try:
        tail = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-lines:]
    except OSError:
        return ""
    return f"; the kernel's last output: {_one_line(' | '.join(tail))}" if tail else ""


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


def _running_cell(executed: Path) -> str:
    """Name the cell that was running, from papermill's record of start times."""
    import nbformat

    try:
        nb = nbformat.read(str(executed), as_version=4)
    except Exception:  # the notebook may not have been written yet
        return "a cell"
    started = [(c.metadata.get("papermill", {}).get("start_time") or "", i, c) for i, c in enumerate(nb.cells)
               if c.cell_type == "code" and c.metadata.get("papermill", {}).get("start_time")]
    if not started:
        return "a cell"
    _, index, cell = max(started, key=lambda item: item[0])
    return f"cell {cell.get('execution_count') or index} (cell index {index})"

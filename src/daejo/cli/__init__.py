"""Command-line interface: ``daejo parse|extract|check|report``.

Each command lives in its own module; this one assembles the app and turns
``DaejoError`` into a message on stderr and exit code 2.
"""

from __future__ import annotations

import errno
import os
import sys

import typer

from daejo import __version__
from daejo.errors import DaejoError, printable

app = typer.Typer(
    name="daejo",
    help=(
        "daejo (대조): check Korean news articles for facts that contradict each other "
        "or the ledger of claims already published.\n\n"
        "Exit codes: 0 no findings at or above --fail-on; 1 findings at or above it; "
        "2 usage or input error."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"daejo {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
) -> None:
    pass


def _register() -> None:
    # imported for their side effect of adding commands to ``app``; a command
    # module that fails to import is an error, never a silently missing command
    from daejo.cli import check, decide, extract, ledger, ledger_index, parse, report  # noqa: F401


def main(argv: list[str] | None = None) -> None:
    _register()
    try:
        app(args=argv, standalone_mode=True)
    except DaejoError as exc:
        typer.echo(f"daejo: error: {printable(str(exc))}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        typer.echo("daejo: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:  # `daejo check | head`: the reader left; say nothing more
        _silence_stdout()
        sys.exit(141)
    except OSError as exc:  # the operating system refused (permissions, disk full, …): not a bug
        typer.echo(f"daejo: error: {printable(os_error_message(exc))}", err=True)
        _silence_stdout()
        sys.exit(2)
    except Exception as exc:  # a bug: say so plainly; DAEJO_DEBUG=1 shows the traceback
        if os.environ.get("DAEJO_DEBUG"):
            raise
        typer.echo(
            f"daejo: internal error: {type(exc).__name__}: {exc}\n"
            "This is a bug in daejo, not in your input. Run again with DAEJO_DEBUG=1 for details.",
            err=True,
        )
        sys.exit(2)


def os_error_message(exc: OSError) -> str:
    """`PATH: reason` (or the reason alone when the system names no file)."""
    reason = exc.strerror or (errno.errorcode.get(exc.errno, "") if exc.errno else "") or str(exc)
    if exc.filename is not None:
        return f"{os.fsdecode(exc.filename)}: {reason}"
    return f"cannot write or read: {reason}"


def _silence_stdout() -> None:
    # output that could not be written must not fail again when Python flushes at exit
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass

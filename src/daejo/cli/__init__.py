"""Command-line interface: ``daejo parse|extract|check|report|serve|decide|ledger|rule|attributes``.

Each command lives in its own module; this one assembles the app and turns
``DaejoError`` into a message on stderr and exit code 2.

The typer app is built on first use (``from daejo.cli import app``): a
``daejo check --server`` that a running server answers never imports typer, the
command modules or the pipeline, which is most of what it would cost.
"""

from __future__ import annotations

import errno
import os
import sys

from daejo import __version__

HELP = (
    "daejo (대조): check Korean news articles for facts that contradict each other "
    "or the ledger of claims already published.\n\n"
    "Exit codes: 0 no findings at or above --fail-on; 1 findings at or above it; "
    "2 usage or input error.\n\n"
    "A warm path: `daejo serve` keeps the analyzer, the rules and the alias registry "
    "loaded; `daejo check --server ...` is answered by it when it runs (same output, "
    "same exit status) and runs in-process otherwise."
)

_APP = None


def __getattr__(name: str):
    if name == "app":
        return _app()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _app():
    global _APP
    if _APP is None:
        import typer

        app = typer.Typer(
            name="daejo",
            help=HELP,
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

        _APP = app
    return _APP


def _register() -> None:
    # imported for their side effect of adding commands to ``app``; a command
    # module that fails to import is an error, never a silently missing command
    from daejo.cli import check, decide, explain, extract, ledger, ledger_index, parse, report, serve  # noqa: F401
    from daejo.cli.helpfmt import install

    install(_app())  # click-style labels (PATH..., no <bool>) and reflowed help


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    if _wants_server(args):
        from daejo.cli.client import forward

        status = forward(args)
        if status is not None:  # answered by the server; None: no usable server, run here
            sys.exit(status)
    run(args)


def _wants_server(args: list[str]) -> bool:
    """``daejo check ... --server ...`` (before a ``--`` that ends the options)."""
    if not args or args[0] != "check":
        return False
    options = args[: args.index("--")] if "--" in args else args
    return "--server" in options


def run(argv: list[str] | None = None, prog_name: str | None = None) -> None:
    """The commands in this process (a server runs requests through here too,
    naming the client's program for usage lines)."""
    import typer

    from daejo.errors import DaejoError, printable

    _register()
    try:
        _app()(args=argv, prog_name=prog_name, standalone_mode=True)
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

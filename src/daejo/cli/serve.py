"""``daejo serve``: a local server that keeps what a check loads warm (the analyzer
with the registry's names, the rule tables, the attribute catalogue and alias
registry, the imported code) and answers ``daejo check --server``.

A request is the command line itself, with the client's working directory,
environment and terminal flags; the server runs it through the same code as the
command line (``daejo.cli.run``) with those in place and sends back stdout,
stderr and the exit status, which the client writes out. Same code, same
files, same arguments: same output. What could make it differ is refused, and
the client then runs the command itself:

- code: the server notices when daejo's files change under it (it then answers
  ``stale`` and restarts itself); a client of another installation is served
  only when its daejo files and the versions of daejo's dependencies are the same;
- files read per request as in-process: articles, configuration, alias and
  attribute files (the cached toolkit is keyed by their digest), decisions,
  the ledger and its index.

One request at a time (the working directory and environment are the process's).
The socket lives in a folder only its user can enter (daejo.cli.client).
"""

from __future__ import annotations

import hashlib
import io
import os
import signal
import socket
import sys
import threading
import time
import traceback
from pathlib import Path

import typer

from daejo.cli import app
from daejo.cli.client import PROTOCOL, package_dir, private_folder, receive, send, socket_path
from daejo.errors import ConfigError

# files of daejo's package that decide what a request prints (everything but caches)
_SKIPPED_DIRS = {"__pycache__"}


@app.command("serve")
def serve_command(
    sock: Path = typer.Option(None, "--socket", help="Unix socket to listen on (default: $DAEJO_SOCKET, else $XDG_RUNTIME_DIR/daejo/server.sock, else /tmp/daejo-<uid>/server.sock). `daejo check --server` looks in the same place."),
    idle: float = typer.Option(0, "--idle-exit", min=0, metavar="SECONDS", help="Stop after this many seconds without a request (0: never)."),
    preload: bool = typer.Option(True, "--preload/--no-preload", help="Load the analyzer with the configuration's alias names before the first request (daejo.toml in this folder)."),
) -> None:
    """Keep the analyzer, rules and registry loaded and answer `daejo check --server`.

    Runs in the foreground until interrupted (Ctrl-C, SIGTERM) or idle for
    --idle-exit seconds; `daejo serve &` in a shell or a user service keeps it
    in the background. `daejo check --server ...` is answered by it with the
    output and exit status an in-process check would give, and checks
    in-process when no server runs. The server restarts itself when daejo's
    code changes.
    """
    path = sock.absolute() if sock else Path(socket_path())
    server = Server(path, idle_seconds=idle)
    server.bind()
    if preload:
        warm_up()
    typer.echo(f"daejo: serving on {path} (pid {os.getpid()})", err=True)
    server.serve_forever()


def warm_up() -> None:
    """Build what the configuration in the working directory would: the toolkit
    (cached), the analyzer with the registry's names, one analysis."""
    from daejo.config import load_config
    from daejo.extract.extractor import teach_user_words
    from daejo.pipeline import load_toolkit

    try:
        config = load_config()
        toolkit = load_toolkit(config.analyzer, [Path(a) for a in config.aliases], [Path(a) for a in config.attributes])
        teach_user_words(toolkit.analyzer, toolkit.registry)
        toolkit.analyzer.analyze("회사는 2020년 설립됐다.")
    except Exception as exc:  # a broken configuration is reported by the checks themselves
        typer.echo(f"daejo: warning: not preloaded: {exc}", err=True)


class Server:
    def __init__(self, path: Path, *, idle_seconds: float = 0) -> None:
        self.path = path
        self.idle_seconds = idle_seconds
        self.sock: socket.socket | None = None
        self.code = package_dir()
        self.stamp = source_stamp(self.code)
        self.digest = code_digest(self.code)
        self.versions = dependency_versions(list(sys.path))
        self._foreign: dict[tuple, bool] = {}
        self._lock = threading.Lock()
        self.restart = False
        self.stopping = False
        self.busy = False

    # ---------------------------------------------------------------- socket

    def bind(self) -> None:
        folder = self.path.parent
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise ConfigError(f"cannot create the socket's folder: {exc.strerror}", path=str(folder)) from None
        if not private_folder(str(folder)):
            raise ConfigError("the socket's folder must belong to you and be writable by no one else (chmod 700)",
                              path=str(folder))
        if self.path.exists() or self.path.is_symlink():
            from daejo.cli.client import ping

            if ping(str(self.path)):
                raise ConfigError("a daejo server is already running on this socket", path=str(self.path))
            self.path.unlink()  # left by a server that did not stop cleanly
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        old = os.umask(0o177)
        try:
            sock.bind(str(self.path))
        finally:
            os.umask(old)
        sock.listen(16)
        self.sock = sock

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()
            self.sock = None
            try:
                self.path.unlink()
            except OSError:
                pass

    def serve_forever(self) -> None:
        assert self.sock is not None
        main_thread = threading.current_thread() is threading.main_thread()
        previous = signal.signal(signal.SIGTERM, self._terminate) if main_thread else None
        if self.idle_seconds:
            self.sock.settimeout(self.idle_seconds)
        try:
            while not self.restart and not self.stopping:
                try:
                    conn, _ = self.sock.accept()
                except socket.timeout:
                    typer.echo(f"daejo: no request for {self.idle_seconds:g} s; stopping", err=True)
                    break
                with conn:
                    self.handle(conn)
        except KeyboardInterrupt:
            pass
        finally:
            self.close()
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)
        if self.restart:
            typer.echo("daejo: daejo's code changed; restarting the server", err=True)
            sys.stderr.flush()
            os.execv(sys.executable, [sys.executable, "-m", "daejo", *sys.argv[1:]])

    def _terminate(self, signum, frame) -> None:
        """SIGTERM: stop now when waiting, else once the current request is answered."""
        self.stopping = True
        if not self.busy:
            raise KeyboardInterrupt

    # ---------------------------------------------------------------- requests

    def handle(self, conn: socket.socket) -> None:
        conn.settimeout(30)  # a client that connects and says nothing
        try:
            message = receive(conn)
        except (OSError, ValueError):
            return
        if message is None:
            return
        conn.settimeout(None)
        answer = self.answer(message)
        try:
            send(conn, answer)
        except OSError:
            pass  # the client left (interrupted): nothing to tell

    def answer(self, message: dict) -> dict:
        if message.get("protocol") != PROTOCOL:
            return {"status": "refused", "reason": "another protocol version"}
        if message.get("op") == "ping":
            return {"status": "ok", "pid": os.getpid()}
        if message.get("op") != "run":
            return {"status": "refused", "reason": "unknown request"}
        if source_stamp(self.code) != self.stamp:
            self.restart = True
            return {"status": "stale", "reason": "daejo's code changed since the server started"}
        if not self.same_code(message):
            return {"status": "refused", "reason": "the client runs other code"}
        try:
            argv = [str(a) for a in message["argv"]]
            cwd, env = str(message["cwd"]), {str(k): str(v) for k, v in dict(message["env"]).items()}
            tty = [bool(x) for x in message.get("tty") or (False, False, False)]
            prog = str(message.get("prog") or "daejo")
        except (KeyError, TypeError, ValueError):
            return {"status": "refused", "reason": "malformed request"}
        if not os.path.isdir(cwd):
            return {"status": "refused", "reason": "no such working directory"}
        with self._lock:
            self.busy = True
            try:
                return execute(argv, cwd=cwd, env=env, tty=tty, prog=prog)
            finally:
                self.busy = False

    def same_code(self, message: dict) -> bool:
        """The client's daejo and dependencies are the server's (another virtual
        environment with the same code is fine: a pre-commit hook's)."""
        code, prefix, path = message.get("code"), message.get("prefix"), message.get("path")
        if not isinstance(code, str) or not isinstance(path, list):
            return False
        if code == self.code and prefix == sys.prefix:
            return True
        key = (code, source_stamp(code), tuple(map(str, path)))
        if key not in self._foreign:
            self._foreign[key] = (
                os.path.isdir(code) and code_digest(code) == self.digest
                and dependency_versions([str(p) for p in path]) == self.versions
            )
        return self._foreign[key]


class _Stream(io.StringIO):
    """A captured stdout or stderr that answers ``isatty`` as the client's does
    (colour and layout decisions are then the same as in-process)."""

    def __init__(self, tty: bool) -> None:
        super().__init__()
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return "utf-8"


def execute(argv: list[str], *, cwd: str, env: dict[str, str], tty: list[bool], prog: str) -> dict:
    """Run ``daejo ARGV`` here with the client's directory, environment and
    streams in place; restore the server's afterwards."""
    from daejo import pipeline
    from daejo.cli import run

    out, err = _Stream(tty[1]), _Stream(tty[2])
    saved_env, saved_cwd = dict(os.environ), os.getcwd()
    saved_streams = sys.stdin, sys.stdout, sys.stderr
    saved_argv = sys.argv
    status: int = 0
    try:
        os.chdir(cwd)
        os.environ.clear()
        os.environ.update(env)
        sys.stdin, sys.stdout, sys.stderr = _Stream(tty[0]), out, err  # no input: `check` reads none
        sys.argv = [prog, *argv]
        with pipeline.cached_toolkits():
            run(argv, prog_name=prog)
    except SystemExit as exc:
        status = exit_status(exc.code, err)
    except BaseException:  # DAEJO_DEBUG=1: the traceback, as Python would print it
        err.write(traceback.format_exc())
        status = 1
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved_streams
        sys.argv = saved_argv
        os.environ.clear()
        os.environ.update(saved_env)
        os.chdir(saved_cwd)
    return {"status": "ok", "exit": status, "stdout": out.getvalue(), "stderr": err.getvalue()}


def exit_status(code: object, err: io.StringIO) -> int:
    """What the interpreter makes of ``sys.exit(code)``."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    err.write(f"{code}\n")
    return 1


# ------------------------------------------------------------------ code identity


def _files(root: str):
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in _SKIPPED_DIRS)
        for name in sorted(files):
            if not name.endswith((".pyc", ".pyo")):
                yield os.path.join(folder, name)


def source_stamp(root: str) -> tuple:
    """Size and modification time of every file of the package: cheap (a stat a
    file), changes whenever a file is written."""
    out = []
    for path in _files(root):
        try:
            info = os.stat(path)
        except OSError:
            continue
        out.append((os.path.relpath(path, root), info.st_size, info.st_mtime_ns))
    return tuple(out)


def code_digest(root: str) -> str:
    h = hashlib.sha256()
    for path in _files(root):
        try:
            data = Path(path).read_bytes()
        except OSError:
            continue
        h.update(os.path.relpath(path, root).encode() + b"\0" + hashlib.sha256(data).digest())
    return h.hexdigest()


def dependency_versions(path: list[str]) -> tuple:
    """Name and version of every distribution installed on ``path`` that daejo
    needs (its requirements, and theirs)."""
    from importlib import metadata

    found: dict[str, str] = {}
    wanted, seen = ["daejo"], set()
    while wanted:
        name = wanted.pop()
        key = _normalise(name)
        if key in seen:
            continue
        seen.add(key)
        dist = next(iter(metadata.distributions(name=name, path=path)), None)
        if dist is None:
            continue
        found[key] = dist.version
        for requirement in dist.requires or ():
            if "extra ==" in requirement:
                continue
            wanted.append(_requirement_name(requirement))
    found.pop("daejo", None)  # its code is compared file by file (an editable install has no version to trust)
    return tuple(sorted(found.items()))


def _requirement_name(requirement: str) -> str:
    out = []
    for ch in requirement.strip():
        if ch.isalnum() or ch in "-_.":
            out.append(ch)
        else:
            break
    return "".join(out)


def _normalise(name: str) -> str:
    return "".join("-" if ch in "_." else ch for ch in name.lower())


def wait_for_server(path: Path | None = None, timeout: float = 60.0) -> bool:
    """True once a server answers on ``path`` (for scripts and tests)."""
    from daejo.cli.client import ping

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ping(str(path) if path else None):
            return True
        time.sleep(0.05)
    return False

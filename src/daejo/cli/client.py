"""The client side of ``daejo serve``: where the server listens, the wire format,
and ``forward`` (what ``daejo check --server`` does before anything else).

Kept to the standard library's light modules: a check that the server answers
costs the interpreter's start, this module and one round trip (docs/benchmarks.md).

Wire format, both ways: an 8-byte big-endian length, then that many bytes of
ASCII JSON. A request is ``{"protocol", "op": "run" | "ping", "argv", "prog",
"cwd", "env", "tty", "code", "prefix", "path"}``; the answer ``{"status": "ok",
"exit", "stdout", "stderr"}`` or ``{"status": "stale" | "refused", "reason"}``,
after which the client runs the command itself.
"""

from __future__ import annotations

import json
import os
import socket
import stat
import struct
import sys

PROTOCOL = 1
_HEADER = struct.Struct(">Q")
MAX_MESSAGE = 1 << 31  # 2 GiB: far above any report, far below a runaway read
CONNECT_TIMEOUT = 1.0  # seconds to reach a server before running in-process


def socket_path() -> str:
    """``$DAEJO_SOCKET``, else ``$XDG_RUNTIME_DIR/daejo/server.sock``, else
    ``/tmp/daejo-<uid>/server.sock``: one server per user, for every project
    (each request carries its working directory)."""
    explicit = os.environ.get("DAEJO_SOCKET")
    if explicit:
        return os.path.abspath(explicit)
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and os.path.isdir(runtime):
        return os.path.join(runtime, "daejo", "server.sock")
    return os.path.join(os.environ.get("TMPDIR") or "/tmp", f"daejo-{os.getuid()}", "server.sock")


def private_folder(folder: str) -> bool:
    """A folder only this user can write to: anyone else's socket there could
    answer in the server's place."""
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o022


def package_dir() -> str:
    import daejo

    return os.path.dirname(os.path.realpath(daejo.__file__))


def send(sock: socket.socket, message: dict) -> None:
    data = json.dumps(message, ensure_ascii=True).encode("ascii")
    sock.sendall(_HEADER.pack(len(data)) + data)


def receive(sock: socket.socket) -> dict | None:
    """The next message, or None when the peer closed the connection first."""
    head = _read(sock, _HEADER.size)
    if head is None:
        return None
    (size,) = _HEADER.unpack(head)
    if size > MAX_MESSAGE:
        raise ValueError(f"message of {size} bytes")
    body = _read(sock, size)
    if body is None:
        return None
    message = json.loads(body.decode("ascii"))
    return message if isinstance(message, dict) else None


def _read(sock: socket.socket, size: int) -> bytes | None:
    chunks, left = [], size
    while left:
        chunk = sock.recv(min(left, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def connect(path: str | None = None) -> socket.socket | None:
    """A connection to the server, or None (no server, or a socket not ours)."""
    path = str(path or socket_path())
    if not private_folder(os.path.dirname(path)):
        return None
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(CONNECT_TIMEOUT)
    try:
        sock.connect(path)
    except OSError:
        sock.close()
        return None
    sock.settimeout(None)  # a long check is answered when it is done
    return sock


def request(message: dict, path: str | None = None) -> dict | None:
    """The server's answer to one message, or None when no server answered."""
    sock = connect(path)
    if sock is None:
        return None
    try:
        with sock:
            send(sock, {"protocol": PROTOCOL, **message})
            return receive(sock)
    except (OSError, ValueError):
        return None


def ping(path: str | None = None) -> bool:
    answer = request({"op": "ping"}, path)
    return bool(answer) and answer.get("status") == "ok"


def program_name() -> str:
    """What click would call this program in usage lines (``daejo``, ``python -m daejo``)."""
    path = sys.argv[0] if sys.argv and sys.argv[0] else "daejo"
    package = getattr(sys.modules.get("__main__"), "__package__", None)
    if package in (None, ""):
        return os.path.basename(path)
    name = os.path.splitext(os.path.basename(path))[0]
    module = package if name == "__main__" else f"{package}.{name}"
    return f"python -m {module.lstrip('.')}"


def _tty(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def run_request(argv: list[str]) -> dict:
    env = dict(os.environ)
    tty = [_tty(sys.stdin), _tty(sys.stdout), _tty(sys.stderr)]
    if "COLUMNS" not in env and (tty[1] or tty[2]):
        try:  # help and usage errors are laid out for this terminal, as they would be here
            size = os.get_terminal_size(sys.stdout.fileno() if tty[1] else sys.stderr.fileno())
            env["COLUMNS"], env["LINES"] = str(size.columns), str(size.lines)
        except OSError:
            pass
    return {
        "op": "run", "argv": argv, "prog": program_name(), "cwd": os.getcwd(), "env": env, "tty": tty,
        "code": package_dir(), "prefix": sys.prefix, "path": list(sys.path),
    }  # fmt: skip


def forward(argv: list[str], path: str | None = None) -> int | None:
    """Run ``daejo ARGV`` on the server and replay its output here; its exit status,
    or None when no server answered (or it declined: other code, a vanished working
    directory), and the caller runs the command itself."""
    try:
        message = run_request(argv)
    except OSError:  # no working directory: let the in-process run say so
        return None
    answer = request(message, path)
    if not answer or answer.get("status") != "ok":
        return None
    return replay(answer)


def replay(answer: dict) -> int:
    """Write the server's stderr, then its stdout, as the command would have; an
    unwritable stdout ends as it would in-process (141 for a closed pipe, 2 else)."""
    err, out = str(answer.get("stderr") or ""), str(answer.get("stdout") or "")
    try:
        if err:
            sys.stderr.write(err)
            sys.stderr.flush()
    except OSError:
        pass
    try:
        if out:
            sys.stdout.write(out)
            sys.stdout.flush()
    except BrokenPipeError:
        from daejo.cli import _silence_stdout

        _silence_stdout()
        return 141
    except OSError as exc:
        from daejo.cli import _silence_stdout, os_error_message
        from daejo.errors import printable

        if exc.filename is None:
            exc = OSError(exc.errno, exc.strerror, "standard output")
        sys.stderr.write(f"daejo: error: {printable(os_error_message(exc))}\n")
        _silence_stdout()
        return 2
    status = answer.get("exit")
    return status if isinstance(status, int) else 1


"""``daejo serve`` and ``daejo check --server``: the server's answer is the
in-process run's (stdout, stderr, exit status), and without a server the check
runs in-process."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from daejo.cli import main, run
from daejo.cli import client
from daejo.cli.serve import Server, dependency_versions, wait_for_server

ROOT = Path(__file__).resolve().parents[2]
INCOMING = sorted((ROOT / "fixtures" / "incoming").glob("*.md"))


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("daejo-server")
    folder.chmod(0o700)
    sock = folder / "server.sock"
    proc = subprocess.Popen(
        [sys.executable, "-m", "daejo", "serve", "--socket", str(sock), "--no-preload"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    try:
        if not wait_for_server(sock, timeout=120):
            proc.kill()
            pytest.fail(f"the server did not start: {proc.communicate()[1]}")
        yield sock
    finally:
        proc.terminate()
        proc.wait(timeout=60)
    assert not sock.exists()  # removed on the way out


def _in_process(argv: list[str], capsys) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as info:
        run(argv)
    out, err = capsys.readouterr()
    return info.value.code or 0, out, err


def _served(argv: list[str], sock: Path, capsys) -> tuple[int, str, str]:
    # the server restarts itself when daejo's files change under it (another
    # change in this working tree): it then declines once, and is asked again
    for _ in range(3):
        status = client.forward(argv, str(sock))
        if status is not None:
            out, err = capsys.readouterr()
            return status, out, err
        assert wait_for_server(sock, timeout=120)
    pytest.fail("the server never answered")


@pytest.mark.parametrize("article", INCOMING, ids=lambda p: p.stem)
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_the_server_answers_what_the_process_would(server, article, fmt, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    argv = ["check", str(article.relative_to(ROOT)), "--ledger", "claims", "--format", fmt]
    expected = _in_process(argv, capsys)
    assert _served([*argv, "--server"], server, capsys) == expected
    assert _served([*argv, "--server"], server, capsys) == expected  # and again, warm


def test_findings_exit_one_and_errors_exit_two_through_the_server(server, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    wrong = ["check", "fixtures/incoming/dongbang-lgai-talent-2023.md", "--ledger", "claims"]
    assert _served([*wrong, "--server"], server, capsys)[0] == 1
    for argv in (["check", "no-such-article.md"], ["check", "--format", "nope", "x.md"], ["check", "--help"]):
        expected = _in_process(argv, capsys)
        assert expected[0] in (0, 2)
        assert _served([*argv, "--server"], server, capsys) == expected


def test_the_server_writes_output_files_in_the_clients_folder(server, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    out = tmp_path / "report.json"
    argv = ["check", "fixtures/incoming/dongbang-lgai-talent-2023.md", "--ledger", "claims", "-f", "json",
            "-o", str(out), "--server"]  # fmt: skip
    status, stdout, _ = _served(argv, server, capsys)
    assert (status, stdout) == (1, "")
    assert '"time-mismatch"' in out.read_text(encoding="utf-8")


def test_without_a_server_the_check_runs_here(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("DAEJO_SOCKET", str(tmp_path / "nobody.sock"))
    argv = ["check", "fixtures/incoming/hanbit-cheongram-q3-2023.md", "--ledger", "claims"]
    expected = _in_process(argv, capsys)
    with pytest.raises(SystemExit) as info:
        main([*argv, "--server"])
    out, err = capsys.readouterr()
    assert (info.value.code or 0, out, err) == expected


def test_a_socket_in_a_folder_others_can_write_is_not_used(tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(0o777)
    assert client.connect(str(folder / "server.sock")) is None
    folder.chmod(0o700)
    assert client.private_folder(str(folder))


def test_a_second_server_on_the_same_socket_is_refused(server):
    result = subprocess.run([sys.executable, "-m", "daejo", "serve", "--socket", str(server), "--no-preload"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "already running" in result.stderr


def test_a_client_answered_by_the_server_loads_no_command_code(server):
    code = (
        "import sys; from daejo.cli.client import forward; "
        f"status = forward(['check', '--help'], {str(server)!r}); "
        "print(status, 'typer' in sys.modules, 'daejo.pipeline' in sys.modules)"
    )
    for _ in range(3):
        result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
        if not result.stdout.startswith("None"):
            break
        wait_for_server(server)
    assert result.stdout.splitlines()[-1] == "0 False False"


def test_changed_code_is_declined_and_restarts_the_server(tmp_path):
    server = Server(tmp_path / "s.sock")
    server.stamp = ()  # as if daejo's files had changed since the server started
    message = client.run_request(["check", "x.md"])
    answer = server.answer({"protocol": client.PROTOCOL, **message})
    assert answer["status"] == "stale"
    assert server.restart


def test_other_code_is_declined(tmp_path):
    server = Server(tmp_path / "s.sock")
    message = {**client.run_request(["check", "x.md"]), "code": str(tmp_path), "prefix": "/elsewhere"}
    assert server.answer({"protocol": client.PROTOCOL, **message})["status"] == "refused"
    assert server.answer({"protocol": 0, "op": "ping"})["status"] == "refused"


def test_the_dependencies_of_this_environment_are_found():
    versions = dict(dependency_versions(list(sys.path)))
    assert "kiwipiepy" in versions and "pydantic" in versions


def test_cached_toolkits_hand_out_fresh_registries(monkeypatch):
    from daejo import pipeline

    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(pipeline, "_TOOLKITS", None)
    aliases = [ROOT / "fixtures" / "aliases.yaml"]
    with pipeline.cached_toolkits():
        first = pipeline.load_toolkit("kiwi", aliases)
        first.registry.records.clear()
        second = pipeline.load_toolkit("kiwi", aliases)
    assert second.registry.records and second.fingerprint == first.fingerprint
    assert second.registry is not first.registry


def test_idle_server_stops_by_itself(tmp_path):
    folder = tmp_path / "sock"
    folder.mkdir(mode=0o700)
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "daejo", "serve", "--socket", str(folder / "s.sock"), "--no-preload", "--idle-exit", "1"],
        cwd=ROOT, capture_output=True, text=True, timeout=120, env={**os.environ},
    )
    assert result.returncode == 0, result.stderr
    assert "stopping" in result.stderr
    assert time.monotonic() - started < 60
    assert not (folder / "s.sock").exists()

"""Errors of the operating system are input errors, not daejo bugs.

``daejo: error: PATH: reason`` and exit 2; the internal-error message stays for
real bugs. A YAML tag in decisions.yaml is named with its line.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from daejo.cli import check as check_module
from daejo.cli import main

DAEJO = [sys.executable, "-m", "daejo"]
ARTICLE = "---\nid: a\npublished: '2023-05'\n---\n가온전자는 지난해 매출 5조 원을 기록했다.\n"


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "error, message",
    [
        (PermissionError(13, "Permission denied", "/srv/news/claims/.lock"), "/srv/news/claims/.lock: Permission denied"),
        (IsADirectoryError(21, "Is a directory", "/srv/news/out"), "/srv/news/out: Is a directory"),
        (OSError(28, "No space left on device"), "No space left on device"),
    ],
)
def test_os_errors_are_named_input_errors(cli, article, monkeypatch, error, message):
    def fail(*args, **kwargs):
        raise error

    monkeypatch.setattr(check_module, "run_check", fail)
    result = cli("check", article)
    assert result.code == 2
    assert result.err.startswith(f"daejo: error: ") and message in result.err
    assert "internal error" not in result.err and "Traceback" not in result.err


def test_a_real_bug_is_still_called_one(cli, article, monkeypatch):
    monkeypatch.setattr(check_module, "run_check", lambda options: 1 / 0)
    result = cli("check", article)
    assert result.code == 2 and "internal error: ZeroDivisionError" in result.err and "bug in daejo" in result.err


def test_a_failed_write_names_the_output_not_the_temporary_file(cli, article, monkeypatch):
    from daejo import fsutil

    def crash(src, dst):
        raise OSError(28, "No space left on device", src)

    monkeypatch.setattr(fsutil.os, "replace", crash)
    result = cli("check", article, "--format", "json", "-o", "out.json")
    assert result.code == 2 and "daejo: error: out.json: No space left on device" in result.err
    assert list(article.parent.glob(".*.tmp")) == []


def test_a_full_disk_on_standard_output(article):
    with open("/dev/full", "w") as full:
        run = subprocess.run([*DAEJO, "check", str(article)], stdout=full, stderr=subprocess.PIPE, text=True,
                             cwd=article.parent, timeout=120)
    assert run.returncode == 2
    assert "daejo: error: standard output: No space left on device" in run.stderr
    assert "internal error" not in run.stderr and "Traceback" not in run.stderr


def test_a_yaml_tag_in_decisions_names_the_line(cli, article, tmp_path):
    marker = tmp_path / "pwned"
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "decisions.yaml").write_text(
        "decisions:\n"
        "  - accept: 0123456789abcdef\n    reason: 확인함\n    author: 편집\n"
        f"  - accept: !!python/object/apply:os.system ['touch {marker}']\n    reason: x\n    author: y\n",
        encoding="utf-8",
    )
    result = cli("check", article, "--ledger", "claims")
    assert result.code == 2 and "claims/decisions.yaml:5: invalid YAML" in result.err
    assert "internal error" not in result.err and not marker.exists()


def test_messages_cannot_carry_control_characters(capsys, monkeypatch):
    from daejo.errors import InputError

    def fail(*args, **kwargs):
        raise InputError("broken", path="evil\n::error file=x::injected\x1b[31m.md", line=3)

    monkeypatch.setattr(check_module, "run_check", fail)
    with pytest.raises(SystemExit):
        main(["check", "x.md"])
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "\x1b" not in err and not any(line.startswith("::") for line in err.splitlines())

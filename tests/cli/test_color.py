"""``--color auto|always|never``, NO_COLOR and FORCE_COLOR (daejo.cli.color)."""

from __future__ import annotations

import io

import pytest

from daejo.cli.color import wants_color

from .test_check import _conflict, _run, claims_by_article  # noqa: F401 - the fixture

ESC = "\x1b["


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture(autouse=True)
def _plain_environment(monkeypatch):
    for name in ("NO_COLOR", "FORCE_COLOR", "TERM"):
        monkeypatch.delenv(name, raising=False)


def test_auto_colours_a_terminal_only():
    assert wants_color("auto", None, _Terminal()) is True
    assert wants_color("auto", None, io.StringIO()) is False  # a pipe
    assert wants_color("never", None, _Terminal()) is False
    assert wants_color("always", None, io.StringIO()) is True


def test_auto_never_colours_a_file(tmp_path):
    assert wants_color("auto", tmp_path / "report.txt", _Terminal()) is False


def test_dumb_terminal_is_not_coloured(monkeypatch):
    monkeypatch.setenv("TERM", "dumb")
    assert wants_color("auto", None, _Terminal()) is False


@pytest.mark.parametrize("value, expected", [("1", False), ("", True)])
def test_no_color_turns_auto_off(monkeypatch, value, expected):
    monkeypatch.setenv("NO_COLOR", value)  # an empty NO_COLOR is as if unset
    assert wants_color("auto", None, _Terminal()) is expected
    assert wants_color("always", None, _Terminal()) is True  # the flag is final


@pytest.mark.parametrize("value, expected", [("1", True), ("true", True), ("0", False), ("", False)])
def test_force_color_turns_auto_on(monkeypatch, value, expected):
    monkeypatch.setenv("FORCE_COLOR", value)
    assert wants_color("auto", None, io.StringIO()) is expected
    assert wants_color("never", None, io.StringIO()) is False


def test_no_color_wins_over_force_color(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert wants_color("auto", None, _Terminal()) is False


def test_check_colours_the_text_report_when_asked(claims_by_article, tmp_path, capsys, monkeypatch):
    paths = _conflict(claims_by_article, tmp_path)
    _, plain, _ = _run([*paths], capsys)
    assert ESC not in plain  # captured output is no terminal
    _, coloured, _ = _run([*paths, "--color", "always"], capsys)
    assert "\x1b[1;31merror[DJ101 value-mismatch]\x1b[0m" in coloured
    assert "\x1b[1;31m^" in coloured  # the caret in the finding's colour
    assert "\x1b[2m[fp " in coloured
    # the same text once the escapes are taken out
    import re

    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert ESC in _run([*paths], capsys)[1]
    assert ESC not in _run([*paths, "--color", "never"], capsys)[1]
    monkeypatch.setenv("NO_COLOR", "1")
    assert ESC not in _run([*paths], capsys)[1]


def test_json_is_never_coloured(claims_by_article, tmp_path, capsys):
    _, out, _ = _run([*_conflict(claims_by_article, tmp_path), "-f", "json", "--color", "always"], capsys)
    assert ESC not in out


def test_also_file_is_plain_under_auto(claims_by_article, tmp_path, capsys, monkeypatch):
    paths = _conflict(claims_by_article, tmp_path)
    _run([*paths, "-f", "json", "--also", f"text:{tmp_path / 'out.txt'}"], capsys)
    assert ESC not in (tmp_path / "out.txt").read_text(encoding="utf-8")
    _run([*paths, "-f", "json", "--also", f"text:{tmp_path / 'out.txt'}", "--color", "always"], capsys)
    assert ESC in (tmp_path / "out.txt").read_text(encoding="utf-8")


def test_unknown_colour_mode_is_a_usage_error(claims_by_article, tmp_path, capsys):
    code, _, err = _run([*_conflict(claims_by_article, tmp_path), "--color", "sometimes"], capsys)
    flat = " ".join(err.replace("│", " ").split())  # the usage box wraps the message
    assert code == 2 and "unknown colour mode 'sometimes' (choose from auto, always, never)" in flat

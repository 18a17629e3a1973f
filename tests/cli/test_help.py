"""``--help`` reads as click's and ruff's do: no Python type names, arguments in
upper case, help paragraphs wrapped by the terminal rather than by the source."""

from __future__ import annotations

import re

import pytest
import typer.main

from daejo.cli import _register, app, main


def _help(args: list[str], capsys, monkeypatch, columns: int = 80) -> str:
    monkeypatch.setenv("COLUMNS", str(columns))
    with pytest.raises(SystemExit) as exit_info:
        main([*args, "--help"])
    assert exit_info.value.code in (0, None)
    return capsys.readouterr().out


def _every_command() -> list[list[str]]:
    _register()
    found: list[list[str]] = []

    def walk(command, path: list[str]) -> None:
        found.append(path)
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, [*path, name])

    walk(typer.main.get_command(app), [])
    return found


@pytest.mark.parametrize("command", _every_command(), ids=lambda c: " ".join(c) or "daejo")
def test_help_has_no_python_type_names(command, capsys, monkeypatch):
    text = _help(command, capsys, monkeypatch)
    assert not re.search(r"<(list\[|bool>|str>|int>|path>|float>)", text), text
    assert "{paths}" not in text and "{" not in text.splitlines()[1], text
    assert all(len(line) <= 80 for line in text.splitlines()), text


def test_arguments_are_named_in_upper_case_and_flags_have_no_type(capsys, monkeypatch):
    text = _help(["check"], capsys, monkeypatch, columns=120)
    assert "check [OPTIONS] PATH..." in text
    assert re.search(r"--exit-zero\s+Exit 0", text)  # a flag: no type column
    assert re.search(r"--ledger\s+DIR\s", text) and re.search(r"--format\s+-f\s+FORMAT\s", text)


def test_ledger_help_lists_each_command_in_a_sentence(capsys, monkeypatch):
    text = _help(["ledger"], capsys, monkeypatch)
    rows = [line for line in text.splitlines() if line.startswith("│ ")]
    commands = [line.split()[1] for line in rows if re.match(r"│ (update|verify|index) ", line)]
    assert commands == ["update", "verify", "index"]
    # each command's summary takes at most two lines of an 80-column terminal
    starts = [i for i, line in enumerate(rows) if re.match(r"│ (update|verify|index) ", line)]
    ends = starts[1:] + [len(rows)]
    assert all(end - start <= 2 for start, end in zip(starts, ends)), text


def test_a_docstring_wrapped_in_the_source_is_one_paragraph_in_the_help(capsys, monkeypatch):
    narrow = _help(["ledger", "update"], capsys, monkeypatch, columns=60)
    # the source wraps this sentence after `folder`; the help wraps it where 60 columns end
    assert "never touches the others" in " ".join(line.strip() for line in narrow.splitlines())
    assert all(len(line) <= 60 for line in narrow.splitlines()), [line for line in narrow.splitlines() if len(line) > 60]


@pytest.mark.parametrize(("args", "message"), [
    (["check", "x.md", "-f", "xml"], "unknown format 'xml' (choose from text, json, jsonl, sarif"),
    (["extract", "x.md", "-f", "xml"], "unknown format 'xml' (choose from table, json, jsonl)"),
    (["parse", "x", "-f", "xml"], "unknown format 'xml' (choose from text, json, jsonl)"),
])
def test_an_unknown_format_names_the_choices(args, message, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    err = capsys.readouterr().err
    assert exit_info.value.code == 2 and message in " ".join(err.replace("│", " ").split()), err


def test_since_an_unknown_ref_says_it_is_not_found(tmp_path, capsys, monkeypatch):
    import subprocess

    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    (tmp_path / "a.md").write_text("본문.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_info:
        main(["check", ".", "--since", "nosuchref"])
    err = capsys.readouterr().err
    assert exit_info.value.code == 2 and "git ref 'nosuchref' not found" in err and "Traceback" not in err

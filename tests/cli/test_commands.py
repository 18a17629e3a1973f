"""The command set: every command module is registered, and one that cannot be
imported is an error (never a silently missing command)."""

from __future__ import annotations

import sys

import pytest
import typer.main

import daejo.cli
from daejo.cli import _register, app


def _commands() -> dict:
    _register()
    return typer.main.get_command(app).commands  # type: ignore[attr-defined]


def test_every_command_is_registered():
    commands = _commands()
    assert set(commands) == {"parse", "extract", "check", "report", "decide", "ledger", "serve", "rule", "attributes"}
    assert {"update", "verify", "index"} <= set(commands["ledger"].commands)


def test_a_command_module_that_fails_to_import_is_an_error(monkeypatch):
    monkeypatch.delattr(daejo.cli, "report", raising=False)
    monkeypatch.setitem(sys.modules, "daejo.cli.report", None)  # import of it raises ModuleNotFoundError
    with pytest.raises(ImportError):
        _register()

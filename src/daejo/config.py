"""Project configuration: ``[tool.daejo]`` in pyproject.toml or a ``daejo.toml``.

The closest file to the starting directory wins (searching upwards); command-line
flags override what it says. Paths in the file are relative to the file's folder.

Example ``daejo.toml``::

    aliases = ["newsroom/aliases.yaml"]
    attributes = ["newsroom/attributes.yaml"]
    fail_on = "warning"
    lang = "ko"
    ignore = ["plan-divergence"]
    analyzer = "kiwi"
    ledger = "claims"
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from daejo.errors import ConfigError

FailOn = Literal["error", "warning", "info", "never"]


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid")

    root: Path = Field(default_factory=Path.cwd, description="folder the paths are relative to")
    source: Path | None = Field(default=None, description="the file the settings came from")
    aliases: list[Path] = Field(default_factory=list)
    attributes: list[Path] = Field(default_factory=list)
    fail_on: FailOn = "error"
    lang: Literal["ko", "en"] = "ko"
    ignore: list[str] = Field(default_factory=list)
    analyzer: str = "kiwi"
    ledger: Path = Path("claims")


_KEYS = {"aliases", "attributes", "fail_on", "lang", "ignore", "analyzer", "ledger"}


def find_config_file(start: Path) -> tuple[Path, dict] | None:
    """The closest ``daejo.toml`` or pyproject.toml with a ``[tool.daejo]`` table."""
    start = start.resolve()
    for folder in [start, *start.parents]:
        own = folder / "daejo.toml"
        if own.is_file():
            return own, _read_toml(own)
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            data = _read_toml(pyproject)
            table = data.get("tool", {}).get("daejo")
            if table is not None:
                return pyproject, table
    return None


def _read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        # Python 3.11's TOMLDecodeError carries the position only in its text
        m = re.search(r"line (\d+)", str(exc))
        line = int(m[1]) if m else None
        raise ConfigError(f"invalid TOML: {exc}", path=str(path), line=line) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read configuration: {exc}", path=str(path)) from None


def load_config(start: Path | None = None, explicit: Path | None = None) -> Config:
    """Load the configuration that applies to ``start`` (default: the current folder).

    ``explicit`` names a file to use instead of searching (``daejo.toml`` or a
    pyproject.toml). An unknown key is an error that names it.
    """
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError("configuration file not found", path=str(explicit))
        data = _read_toml(explicit)
        if explicit.name == "pyproject.toml":
            data = data.get("tool", {}).get("daejo", {})
        found: tuple[Path, dict] | None = (explicit, data)
    else:
        found = find_config_file(start or Path.cwd())
    if found is None:
        return Config(root=(start or Path.cwd()).resolve())
    path, table = found
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise ConfigError(
            f"unknown configuration key(s): {', '.join(unknown)} (known: {', '.join(sorted(_KEYS))})",
            path=str(path),
        )
    root = path.parent.resolve()
    values = dict(table)
    for key in ("aliases", "attributes"):
        if key in values:
            raw = values[key]
            if isinstance(raw, str):
                raw = [raw]
            if not isinstance(raw, list) or not all(isinstance(p, str) for p in raw):
                raise ConfigError(f"'{key}' must be a path or a list of paths", path=str(path))
            values[key] = [root / p for p in raw]
    if "ledger" in values and isinstance(values["ledger"], str):
        values["ledger"] = root / values["ledger"]
    try:
        return Config(root=root, source=path, **values)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ConfigError(f"invalid value for '{where}': {first['msg']}", path=str(path)) from None

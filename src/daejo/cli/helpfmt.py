"""Readable ``--help``: the conventions of click and ruff rather than typer's own.

Typer (0.2x) labels every parameter with its Python type (``<list[Path]>``,
``<bool>``, ``<str>``) and writes a required argument as ``{paths}...`` in the
usage line. Here, as click does:

- a flag has no type column, a value its metavar or an upper-case kind
  (``PATH``, ``TEXT``, ``INTEGER``, ``[a|b|c]`` for a choice);
- an argument is named in upper case (``PATH...``), optional ones in brackets;
- help texts are reflowed: a docstring's lines wrapped in the source become one
  line per paragraph, which the terminal then wraps to its width (a list item,
  a line starting with ``-``, keeps its own line).

``install(app)`` is called once the commands are registered.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path

_INSTALLED = False


def reflow(text: str | None) -> str | None:
    """Paragraphs joined into single lines; list items (`- …`) kept apart."""
    if not text:
        return text
    paragraphs = []
    for paragraph in inspect.cleandoc(text).split("\n\n"):
        lines: list[str] = []
        for line in paragraph.splitlines():
            stripped = line.strip()
            if lines and not re.match(r"[-*] |\d+\. ", stripped):
                lines[-1] += " " + stripped
            else:
                lines.append(stripped)
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def _kind(param) -> str | None:
    """What a value of ``param`` is, as click names it (None: a flag)."""
    from typing import get_args, get_origin

    if getattr(param, "is_flag", False) or getattr(param, "count", False):
        return None
    if param.metavar is not None:
        return param.metavar
    descriptor = getattr(param, "type_descriptor", None)
    if descriptor is None:
        return "TEXT"
    if descriptor.is_choice:
        return "[" + "|".join(str(getattr(c, "value", c)) for c in descriptor.choices or ()) + "]"
    if descriptor.is_path:
        return "PATH"
    annotation = descriptor.annotation
    if get_origin(annotation) is list and get_args(annotation):
        annotation = get_args(annotation)[0]
    if annotation is Path:
        return "PATH"
    return {int: "INTEGER", float: "FLOAT"}.get(annotation, "TEXT")  # type: ignore[call-overload]


def _argument_name(param) -> str:
    name = param.metavar if param.metavar is not None else (param.name or "").upper()
    return name + ("..." if param.nargs != 1 and not name.endswith("...") else "")


def _patch_typer() -> None:
    global _INSTALLED
    if _INSTALLED:
        return
    from typer import core

    option, argument = getattr(core, "TyperOption", None), getattr(core, "TyperArgument", None)
    if option is None or argument is None:  # another typer: keep its own help
        return

    def option_type(self, ctx):  # noqa: ANN001 - typer's signature
        return _kind(self)

    def argument_type(self, ctx):  # noqa: ANN001
        return None

    def argument_usage(self) -> str:
        name = _argument_name(self)
        return name if self.required else f"[{name}]"

    option.display_type_rich = option_type
    argument.display_type_rich = argument_type
    # the name column of the rich help, which adds `...` itself
    argument.display_name_raw = property(lambda self: self.metavar if self.metavar is not None else (self.name or "").upper())
    argument._rich_display_name = _argument_name
    argument._usage_display_name = argument_usage
    argument.make_metavar = lambda self, ctx=None: argument_usage(self)
    _INSTALLED = True


def _reflow_app(typer_app) -> None:
    info = typer_app.info
    help_text = info.help if isinstance(info.help, str) else None
    if help_text is not None:
        info.help = reflow(help_text)
    for command in typer_app.registered_commands:
        command.help = reflow(command.help or inspect.getdoc(command.callback) or "")
    for group in typer_app.registered_groups:
        if group.typer_instance is not None:
            _reflow_app(group.typer_instance)


def install(typer_app) -> None:
    """Click-style parameter labels and reflowed help for ``typer_app`` and its groups."""
    _patch_typer()
    _reflow_app(typer_app)


def choice(what: str, values: list[str]):
    """A typer callback that accepts one of ``values`` and otherwise says
    ``unknown format 'xml' (choose from text, json, …)``."""

    def check(value: str | None) -> str | None:
        import typer

        if value is None or value in values:
            return value
        raise typer.BadParameter(f"unknown {what} {value!r} (choose from {', '.join(values)})")

    return check

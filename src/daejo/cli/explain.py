"""``daejo rule`` and ``daejo attributes``: what the rules check and which facts
the catalogue knows, from the same sources as docs/rules.md (the rule docstrings,
daejo.workflow.rulesdoc) and docs/pipeline.md (the catalogue, with the user's
attribute files)."""

from __future__ import annotations

import json

import typer

from daejo.cli import app
from daejo.cli.helpfmt import choice


def _rules():
    from daejo.reconcile.rules import ALL_RULES
    from daejo.workflow.rules import WORKFLOW_RULES

    return sorted((*ALL_RULES, *WORKFLOW_RULES), key=lambda r: r.code)


def find_rule(name: str):
    """The rule with this code (any case) or slug; an error naming close ones."""
    from daejo.errors import DaejoError
    from daejo.workflow.known import close_matches

    for rule in _rules():
        if name.upper() == rule.code or name == rule.slug:
            return rule
    names = [r.code for r in _rules()] + [r.slug for r in _rules()]
    suggestions = close_matches(name, names)
    hint = f"did you mean: {', '.join(suggestions)}?" if suggestions else "`daejo rule` lists them"
    raise DaejoError(f"unknown rule {name!r} ({hint})")


def explain_rule(rule) -> str:
    """``DJ101 value-mismatch``, the summary, then the docstring's body (as in docs/rules.md)."""
    from daejo.workflow.rulesdoc import _title

    summary, body = _title(rule)
    parts = [f"{rule.code} {rule.slug}", "", summary]
    if body:
        parts += ["", body]
    return "\n".join(parts) + "\n"


@app.command("rule")
def rule_command(
    name: str = typer.Argument(None, metavar="CODE", help="A rule's code (DJ101) or name (value-mismatch); without it, every rule is listed."),
    fmt: str = typer.Option("text", "--format", "-f", metavar="FORMAT", callback=choice("format", ["text", "json"]), help="text or json. [default: text]"),
) -> None:
    """Explain a rule: what it reports and when (the text of docs/rules.md)."""
    from daejo.cli.table import render_columns
    from daejo.workflow.rulesdoc import _title

    rules = [find_rule(name)] if name else _rules()
    if fmt == "json":
        rows = [{"code": r.code, "name": r.slug, "summary": _title(r)[0], "explanation": _title(r)[1]} for r in rules]
        typer.echo(json.dumps(rows[0] if name else rows, ensure_ascii=False, indent=2))
    elif name:
        typer.echo(explain_rule(rules[0]), nl=False)
    else:
        typer.echo(render_columns(["code", "name", "summary"], [[r.code, r.slug, _title(r)[0]] for r in rules]))


@app.command("attributes")
def attributes_command(
    fmt: str = typer.Option("table", "--format", "-f", metavar="FORMAT", callback=choice("format", ["table", "json"]), help="table or json. [default: table]"),
    config_file: str = typer.Option(None, "--config", metavar="FILE", help="Configuration file whose attribute files are added (default: found by searching up from the current folder)."),
) -> None:
    """List the attribute catalogue: ids (as `decide pin` takes them), Korean labels,
    family, value kinds and how claims of each are compared (the policy)."""
    from pathlib import Path

    from daejo.cli.table import render_columns
    from daejo.config import load_config
    from daejo.extract.catalogue import load_catalogue
    from daejo.extract.cataloguedoc import _policy, _value
    from daejo.pipeline import require_files
    from daejo.reconcile.messages import attribute_label

    config = load_config(explicit=Path(config_file) if config_file else None)
    catalogue = load_catalogue(require_files(config.attributes, "attribute catalogue file"))
    attributes = sorted(catalogue.attributes.values(), key=lambda a: (a.family, a.order))
    if fmt == "json":
        rows = [{"id": a.id, "label_ko": attribute_label(a.id, "ko"), "label_en": attribute_label(a.id, "en"),
                 "family": a.family, "value": _value(a), "policy": _policy(a), "meaning": a.meaning}
                for a in attributes]
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    rows = [[a.id, attribute_label(a.id, "ko"), a.family, _value(a), _policy(a)] for a in attributes]
    typer.echo(render_columns(["id", "이름", "family", "value", "compared"], rows))

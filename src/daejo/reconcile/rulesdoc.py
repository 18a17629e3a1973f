"""docs/rules.md, generated from the rule docstrings (the docstrings are the spec).

Regenerate with ``python -m daejo.reconcile.rulesdoc > docs/rules.md``; a test
fails when the file is out of date.
"""

from __future__ import annotations

import inspect

from daejo.reconcile.rules import ALL_RULES, Rule

HEADER = """# Reconciliation rules

Generated from the rule docstrings in `src/daejo/reconcile/rules.py`
(`python -m daejo.reconcile.rulesdoc > docs/rules.md`). Codes and slugs are
stable: DJ1xx value conflicts, DJ2xx plans and forecasts, DJ3xx derived checks,
DJ4xx single-claim checks, DJ5xx reserved for workflow rules (e.g. pin-mismatch).
Either the code or the slug may be given to `ignore` in the configuration.

| code | slug | summary |
|---|---|---|
"""


def _title(rule: Rule) -> tuple[str, str]:
    doc = inspect.cleandoc(type(rule).__doc__ or "")
    first, _, rest = doc.partition("\n")
    summary = first.split(":", 1)[-1].strip()
    return summary[:1].upper() + summary[1:], rest.strip()


def render_rules_doc() -> str:
    rules = sorted(ALL_RULES, key=lambda r: r.code)
    lines = [HEADER.rstrip("\n")]
    lines += [f"| {r.code} | `{r.slug}` | {_title(r)[0]} |" for r in rules]
    for rule in rules:
        summary, body = _title(rule)
        lines += ["", f"## {rule.code} `{rule.slug}`", "", summary, "", body]
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":  # pragma: no cover
    print(render_rules_doc(), end="")

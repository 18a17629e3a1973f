"""docs/rules.md, generated from the rule docstrings (the docstrings are the spec).

Regenerate with ``python -m daejo.reconcile.rulesdoc > docs/rules.md``; a test
fails when the file is out of date.
"""

from __future__ import annotations

import inspect

from daejo.reconcile.rules import ALL_RULES, Rule
from daejo.workflow.rules import WORKFLOW_RULES

HEADER = """# Reconciliation rules

Generated from the rule docstrings in `src/daejo/reconcile/rules.py`
(`python -m daejo.reconcile.rulesdoc > docs/rules.md`). Codes and slugs are
stable: DJ1xx value conflicts, DJ2xx plans and forecasts, DJ3xx derived checks,
DJ4xx single-claim checks, DJ5xx workflow rules (pins, suppressions, decisions;
raised by `daejo check`, see docs/ci.md).
Either the code or the slug may be given to `ignore` in the configuration.

How claims are compared (DESIGN.md section 2):

- Claims are grouped by (canonical entity, attribute, qualifier); a claim
  without an entity, a negated claim and a question are never compared. Pairs
  within one article are compared too, but never two claims of one sentence
  (`256GB는 119만9천원, 512GB는 134만2천원` enumerates two items); with a
  ledger, only pairs that involve a new article are reported.
- Numbers conflict when their `[low, high]` intervals, widened by the
  attribute's tolerance, do not overlap; times when their `[start, end)`
  intervals do not overlap; deadlines when their end points lie further apart
  than the coarser grain. Unresolved times are never compared.
- Time-varying attributes are compared only when their `as_of` intervals
  overlap; flows over a period (revenue, profit, units sold) only for the same
  explicit period; a growing count (casualties) dated only to the day holds at
  the moment its article was published. A plan or forecast dated by its
  article is about that time or later. A value placed in an unnamed past
  (`출범 당시 70여 명`, `지난 시즌 14골`) has no `as_of` and is not compared.
- Many-valued attributes (investments, targets, growth rates, attendance) are
  compared only when the two claims are the same fact: the same qualifier
  (what grew: `매출`, `영업이익`, `주가`; the day of the event), or companions in
  the same clause that agree (two targets of 1000 people are one target).
- Different currencies are compared only through a conversion the article
  itself writes (`1억 달러(약 1천127억원)`), and then at most as a warning.
- Severity: `error` for asserted facts; `warning` when a side is hedged, a
  plan, attributed to a quoted person or an unnamed source, converted, or only
  marginally apart; `info` for forecasts, plan divergence and suspicious
  numbers. An organisation speaking on the record (`LG 측은 … 밝혔다`) does
  not soften a finding.

| code | slug | summary |
|---|---|---|
"""


def _title(rule: Rule) -> tuple[str, str]:
    doc = inspect.cleandoc(type(rule).__doc__ or "")
    first, _, rest = doc.partition("\n")
    summary = first.split(":", 1)[-1].strip()
    return summary[:1].upper() + summary[1:], rest.strip()


def render_rules_doc() -> str:
    rules = sorted((*ALL_RULES, *WORKFLOW_RULES), key=lambda r: r.code)
    lines = [HEADER.rstrip("\n")]
    lines += [f"| {r.code} | `{r.slug}` | {_title(r)[0]} |" for r in rules]
    for rule in rules:
        summary, body = _title(rule)
        lines += ["", f"## {rule.code} `{rule.slug}`", "", summary, "", body]
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":  # pragma: no cover
    print(render_rules_doc(), end="")

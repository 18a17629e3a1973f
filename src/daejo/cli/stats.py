"""``daejo check --statistics``: how many findings of each rule and attribute,
instead of the findings (as ``ruff check --statistics``).

    code   rule              count  error  warning  info
    DJ101  value-mismatch        3      2        1     0
    …

    attribute                    count
    parameter_count (파라미터 수)     2

``--format json`` gives the same counts as one JSON document.
"""

from __future__ import annotations

import json
from collections import Counter

from daejo.models import Finding

SEVERITIES = ("error", "warning", "info")


def rule_counts(findings: list[Finding]) -> list[dict]:
    """One row per rule, the most frequent first (then by code)."""
    rows: dict[tuple[str, str], Counter] = {}
    for finding in findings:
        rows.setdefault((finding.code, finding.rule), Counter())[finding.severity] += 1
    out = [{"code": code, "rule": rule, "count": sum(c.values()), **{s: c.get(s, 0) for s in SEVERITIES}}
           for (code, rule), c in rows.items()]
    return sorted(out, key=lambda r: (-r["count"], r["code"], r["rule"]))


def attribute_counts(findings: list[Finding], lang: str) -> list[dict]:
    from daejo.report.common import attribute_name

    counts = Counter(f.attribute or "" for f in findings)
    out = [{"attribute": a or None, "label": (attribute_name(a, lang) if a else None), "count": n}
           for a, n in counts.items()]
    return sorted(out, key=lambda r: (-r["count"], r["attribute"] or ""))


def render_statistics(findings: list[Finding], fmt: str, lang: str) -> str:
    rules, attributes = rule_counts(findings), attribute_counts(findings, lang)
    if fmt == "json":
        doc = {"version": 1, "findings": len(findings), "rules": rules, "attributes": attributes}
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    from daejo.cli.table import render_columns

    if not findings:
        return "0 findings\n"
    rule_rows = [[r["code"], r["rule"], *(str(r[k]) for k in ("count", *SEVERITIES))] for r in rules]
    attribute_rows = [[_attribute_cell(r), str(r["count"])] for r in attributes]
    return (render_columns(["code", "rule", "count", *SEVERITIES], rule_rows, right=(2, 3, 4, 5)) + "\n\n"
            + render_columns(["attribute", "count"], attribute_rows, right=(1,)) + "\n"
            + f"\n{len(findings)} findings\n")


def _attribute_cell(row: dict) -> str:
    if row["attribute"] is None:
        return "(none)"
    label = row["label"]
    return f"{row['attribute']} ({label})" if label and label != row["attribute"] else row["attribute"]

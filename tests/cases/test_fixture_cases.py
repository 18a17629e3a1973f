"""Every fixtures/cases/<name>/ end to end: ingest, extract, reconcile.

A case folder holds its articles (``articles/`` or the article files at its
top), optionally a ledger (``ledger/`` or ``claims/``) and an alias file
(``aliases.yaml``, else fixtures/aliases.yaml), and ``expected.json``: the
findings, each with some of ``rule`` (slug or code), ``severity``, ``entity``,
``attribute`` and ``articles`` (the article ids of its sides). Findings of
severity warning and above must match exactly; expected info findings must be
present (more info findings may appear).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "fixtures" / "cases"
ARTICLE_SUFFIXES = (".md", ".txt", ".jsonl")
KEYS = ("rule", "severity", "entity", "attribute", "articles")

# cases whose claims the extraction stage does not yet produce as the case
# needs (the reconciler gets the right answer on the hand-made equivalents in
# tests/reconcile); each stays listed until extraction catches up
EXTRACTION_GAPS: dict[str, str] = {}  # case name -> what extraction gets wrong


def _case_dirs() -> list:
    cases = sorted(p for p in CASES.iterdir() if (p / "expected.json").is_file())
    return [
        pytest.param(p, marks=pytest.mark.xfail(reason=EXTRACTION_GAPS[p.name], strict=False))
        if p.name in EXTRACTION_GAPS
        else p
        for p in cases
    ]


def _inputs(case: Path) -> list[Path]:
    folder = case / "articles"
    if folder.is_dir():
        return [folder]
    return sorted(p for p in case.iterdir() if p.suffix in ARTICLE_SUFFIXES and p.name != "expected.json")


def _ledger(case: Path) -> Path | None:
    for name in ("ledger", "claims"):
        if (case / name).is_dir():
            return case / name
    return None


def _aliases(case: Path) -> list[Path]:
    own = case / "aliases.yaml"
    if own.is_file():
        return [own]
    shared = ROOT / "fixtures" / "aliases.yaml"
    return [shared] if shared.is_file() else []


def _expected(case: Path) -> list[dict]:
    doc = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    return doc["findings"] if isinstance(doc, dict) else doc


def _projection(finding, keys: tuple[str, ...]) -> tuple:
    """The finding reduced to the keys the expectation names."""
    values = {
        "rule": finding.rule,
        "severity": finding.severity,
        "entity": finding.entity,
        "attribute": finding.attribute,
        "articles": tuple(sorted({side.article for side in finding.claims})),
    }
    return tuple(values[k] for k in keys)


def _expected_projection(entry: dict, keys: tuple[str, ...]) -> tuple:
    out = []
    for key in keys:
        value = entry.get(key)
        if key == "rule" and isinstance(value, str) and value.upper().startswith("DJ"):
            from daejo.reconcile.rules import rule_by_name

            value = rule_by_name(value).slug  # type: ignore[union-attr]
        if key == "articles":
            value = tuple(sorted(set(value)))
        out.append(value)
    return tuple(out)


def _run_case(case: Path):
    from daejo.cli.check import CheckOptions, run_check

    options = CheckOptions(paths=_inputs(case), ledger=_ledger(case), ledger_explicit=False, fmt="json",
                           aliases=_aliases(case))
    result, _ = run_check(options)
    return result.findings


@pytest.mark.parametrize("case", _case_dirs(), ids=lambda p: p.name)
def test_fixture_case(case: Path):
    expected = _expected(case)
    keys = tuple(k for k in KEYS if any(k in e for e in expected)) or ("rule", "severity")
    findings = _run_case(case)
    serious = [f for f in findings if f.severity != "info"]
    want_serious = [e for e in expected if e.get("severity", "error") != "info"]
    assert Counter(_projection(f, keys) for f in serious) == Counter(_expected_projection(e, keys) for e in want_serious), (
        "\n".join(f"{f.severity} {f.rule} {f.entity} {f.attribute}: {f.reason}" for f in findings)
    )
    got_info = Counter(_projection(f, keys) for f in findings if f.severity == "info")
    for entry in (e for e in expected if e.get("severity") == "info"):
        assert got_info[_expected_projection(entry, keys)] > 0, f"missing info finding {entry}"


def test_there_are_cases():
    # an empty parameter list would only be a skip: the cases must be found
    assert len(_case_dirs()) >= 1, f"no case with expected.json under {CASES}"

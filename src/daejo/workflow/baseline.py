"""Baselines: accept every finding that exists today, flag only new ones.

A baseline file lists finding fingerprints (``Finding.id``), which do not depend on
line numbers, so editing an article above a finding does not resurrect it. Entries
that no longer match any finding are reported so the file can be pruned.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from daejo.fsutil import atomic_write
from daejo.errors import ConfigError
from daejo.models import Finding

BASELINE_VERSION = 1


class BaselineEntry(BaseModel):
    id: str
    rule: str
    entity: str | None = None
    attribute: str | None = None
    articles: list[str] = []


class BaselineResult(BaseModel):
    kept: list[Finding]
    suppressed: list[Finding]
    stale: list[BaselineEntry]


def baseline_document(findings: list[Finding]) -> str:
    entries = sorted(
        (BaselineEntry(id=f.id, rule=f.rule, entity=f.entity, attribute=f.attribute,
                       articles=sorted({s.article for s in f.claims})) for f in findings),
        key=lambda e: e.id,
    )
    doc = {"version": BASELINE_VERSION, "findings": [e.model_dump() for e in entries]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def write_baseline(path: Path, findings: list[Finding]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, baseline_document(findings))


def read_baseline(path: Path) -> list[BaselineEntry]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError("baseline file not found (create it with --write-baseline)", path=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read baseline: {exc}", path=str(path)) from None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"invalid JSON: {exc.msg}", path=str(path), line=exc.lineno, column=exc.colno) from None
    if not isinstance(doc, dict) or doc.get("version") != BASELINE_VERSION or not isinstance(doc.get("findings"), list):
        raise ConfigError(f"not a daejo baseline (version {BASELINE_VERSION} with a 'findings' list)", path=str(path))
    entries = []
    for i, item in enumerate(doc["findings"]):
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            raise ConfigError(f"baseline entry {i + 1} has no fingerprint 'id'", path=str(path))
        entries.append(BaselineEntry.model_validate({k: v for k, v in item.items() if k in BaselineEntry.model_fields}))
    return entries


def apply_baseline(findings: list[Finding], entries: list[BaselineEntry]) -> BaselineResult:
    known = {e.id for e in entries}
    present = {f.id for f in findings}
    return BaselineResult(
        kept=[f for f in findings if f.id not in known],
        suppressed=[f for f in findings if f.id in known],
        stale=[e for e in entries if e.id not in present],
    )

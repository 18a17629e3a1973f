"""Stable finding ids: independent of line numbers, offsets and run order.

The id hashes what a reviewer would call "the same finding": the rule, the
entity and attribute, and each side's article, normalised value and quote. It
survives an edit that moves the sentence to another line.
"""

from __future__ import annotations

import hashlib
import json

from daejo.models import Claim, Value


def normalised_value(value: Value) -> str:
    """A value reduced to what it means (kind, unit, interval or time)."""
    if value.kind == "time":
        t = value.time
        if t is None or t.unresolved:
            return f"time:unresolved:{value.text}"
        return f"time:{t.role}:{t.start}/{t.end}"
    return f"{value.kind}:{value.unit or ''}:{_num(value.low)}:{_num(value.value)}:{_num(value.high)}"


def _num(x: object) -> str:
    if x is None:
        return ""
    f = float(x)  # type: ignore[arg-type]
    return str(int(f)) if f.is_integer() else repr(f)


def fingerprint(rule: str, entity: str | None, attribute: str | None, claims: list[Claim]) -> str:
    sides = sorted((c.article, normalised_value(c.value), c.evidence.quote) for c in claims)
    payload = json.dumps([rule, entity, attribute, sides], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]

"""What ``daejo decide`` may name: the catalogue's attributes, the entities the
registry and the ledger know, the fingerprints of a check's findings.

A name that is none of these is an error naming the closest known ones
(rapidfuzz), so a typo is caught when the decision is made, not when a pin
turns out stale months later. Korean names are compared letter by letter
(jamo), so `누리온` is close to `누리원`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from daejo.errors import DaejoError

MAX_SUGGESTIONS = 3


def close_matches(given: str, candidates: Iterable[str], *, limit: int = MAX_SUGGESTIONS, cutoff: float = 60.0) -> list[str]:
    """The candidates most like ``given``, best first (none below ``cutoff``)."""
    from rapidfuzz import fuzz, process

    from daejo.extract.registry import decompose_jamo

    by_key: dict[str, str] = {}
    for candidate in candidates:
        by_key.setdefault(decompose_jamo(candidate.lower()), candidate)
    found = process.extract(decompose_jamo(given.lower()), list(by_key), scorer=fuzz.WRatio, limit=limit,
                            score_cutoff=cutoff)
    return [by_key[key] for key, _score, _index in found]


def unknown(what: str, given: str, suggestions: list[str], known: str) -> DaejoError:
    """``unknown attribute 'x' (did you mean: a, b?)``, or where the known ones are."""
    hint = f"did you mean: {', '.join(suggestions)}?" if suggestions else known
    return DaejoError(f"unknown {what} {given!r} ({hint}); nothing recorded")


@dataclass
class Known:
    """Attributes (id -> Korean label) and entities (every name -> display name)."""

    attributes: dict[str, str] = field(default_factory=dict)
    entity_names: dict[str, str] = field(default_factory=dict)
    registry: object | None = None

    def check_attribute(self, attribute: str) -> None:
        if attribute in self.attributes:
            return
        by_label = {label: a for a, label in self.attributes.items() if label}
        if attribute in by_label:  # the Korean label given for the id
            raise DaejoError(f"unknown attribute {attribute!r}: give its id, {by_label[attribute]}; nothing recorded")
        keys = close_matches(attribute, [*self.attributes, *by_label])
        suggestions = list(dict.fromkeys(_with_label(by_label.get(k, k), self.attributes) for k in keys))
        raise unknown("attribute", attribute, suggestions, "`daejo attributes` lists them")

    def check_entity(self, entity: str) -> None:
        from daejo.extract.registry import normalise

        if normalise(entity) in self.entity_names:
            return
        if self.registry is not None and self.registry.lookup(entity) is not None:  # type: ignore[attr-defined]
            return
        names = sorted(set(self.entity_names.values()))
        suggestions = close_matches(entity, names)
        raise unknown("entity", entity, suggestions,
                      "no alias file names it and no ledger claim is about it; add it to an alias file first"
                      if names else "the ledger and the alias files name no entity yet")


def _with_label(attribute: str, attributes: dict[str, str]) -> str:
    label = attributes.get(attribute)
    return f"{attribute} ({label})" if label and label != attribute else attribute


def known_names(ledger_claims: Iterable[object], alias_files: Iterable[object] = (), attribute_files: Iterable[object] = (),
                decisions: object | None = None) -> Known:
    """The attributes and entities a decision may name: the catalogue, the alias
    files (with the ledger's alias decisions) and every claim of the ledger."""
    from daejo.extract.catalogue import load_catalogue
    from daejo.extract.registry import load_registry, normalise
    from daejo.reconcile.messages import attribute_label
    from daejo.workflow.aliasing import apply_entity_decisions

    catalogue = load_catalogue(list(attribute_files))  # type: ignore[arg-type]
    attributes = {a: attribute_label(a, "ko") for a in catalogue.attributes}
    registry = load_registry(list(alias_files))  # type: ignore[arg-type]
    if decisions is not None:
        apply_entity_decisions(registry, decisions)  # type: ignore[arg-type]
    names: dict[str, str] = {}
    for record in registry.records.values():
        for alias in {record.name, record.id, *record.aliases}:
            names.setdefault(normalise(alias), alias)
    for entry in ledger_claims:
        for claim in entry.claims:  # type: ignore[attr-defined]
            for name in (claim.entity, claim.entity_text):
                if name:
                    names.setdefault(normalise(name), name)
            if claim.attribute not in attributes:  # an open frame (`~이재민`) the ledger holds
                attributes[claim.attribute] = attribute_label(claim.attribute, "ko")
    return Known(attributes=attributes, entity_names=names, registry=registry)


# --------------------------------------------------------------------------- fingerprints


def match_fingerprint(given: str, findings: list, accepted: Iterable[str]) -> str:
    """The fingerprint to record for ``given`` (a whole id or its short form) among
    the ``findings`` of a check; an error when it names none, several, or one
    already accepted."""
    from daejo.report.common import short_fingerprint

    already = [fp for fp in accepted if fp.startswith(given) or given.startswith(fp)]
    if already:
        raise DaejoError(f"finding {given} is already accepted (as {already[0]}); nothing recorded")
    hits = [f for f in findings if f.id.startswith(given)]
    if len(hits) == 1:
        return given
    if len(hits) > 1:
        listed = ", ".join(f"{f.id} ({f.code} {f.entity or '?'} · {f.attribute or '?'})" for f in hits)
        raise DaejoError(f"fingerprint {given} names {len(hits)} findings: {listed}; give more digits; nothing recorded")
    shown = {short_fingerprint(f.id) if len(given) <= 8 else f.id: f for f in findings}
    suggestions = [f"{key} ({shown[key].code} {shown[key].entity or '?'} · {shown[key].attribute or '?'})"
                   for key in close_matches(given, shown, cutoff=50.0)]
    where = f"none of the {len(findings)} findings of this check has it" if findings else "this check has no findings"
    raise unknown("fingerprint", given, suggestions, where)

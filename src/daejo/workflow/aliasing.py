"""Editors' alias and not-alias decisions, applied to the entity registry before
extraction (so they shape entity resolution the same way in ``check`` and in
``ledger update``)."""

from __future__ import annotations

from daejo.extract.registry import EntityRegistry, normalise
from daejo.workflow.decisions import Decisions


def apply_entity_decisions(registry: EntityRegistry | None, decisions: Decisions) -> None:
    """``not_alias`` pairs are never linked or matched as spelling variants;
    ``alias`` pairs name one entity (the first name's, when both are known)."""
    if registry is None:
        return
    for a, b in decisions.alias_pairs("not_alias"):
        registry.forbid(a, b)
    for a, b in decisions.alias_pairs("alias"):
        join_names(registry, a, b)


def join_names(registry: EntityRegistry, a: str, b: str) -> None:
    first, second = registry.lookup(a), registry.lookup(b)
    if first is None or second is None or first.id == second.id:
        if first is None and second is None:
            first = registry.add(normalise(a), a, registered=False)
        target, surface = (first, b) if first is not None else (second, a)
        registry.add(target.id, target.name, target.type, [surface])
        return
    # Both names belong to different records of the alias files: the editors'
    # decision wins, so every name of the second record now resolves to the first.
    for alias in sorted(second.aliases):
        registry._by_key[normalise(alias)] = first.id  # noqa: SLF001 - no public re-pointing API
        first.aliases.add(alias)
    registry._matcher = None  # noqa: SLF001 - the compiled alternation is rebuilt lazily

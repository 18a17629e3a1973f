"""The attribute catalogue: which values mean what, kept as data.

Each ``data/attributes/<family>.yaml`` declares attributes (ids from
docs/pipeline.md) with the value kinds and units they accept, the Korean
trigger lemmas that announce them (with the trigger's position relative to the
value and a maximum distance in morphemes), negative triggers, and the policy
fields the reconciler reads (``varies``, ``tolerance``, ``cardinality``).

Loading is done once; ``Catalogue.triggers_by_first_form`` lets the assigner
find triggers with one dictionary lookup per morpheme.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml

from daejo.errors import ConfigError

POSITIONS = ("before", "after", "either")
_NO_UNIT = object()  # sentinel: "no counter" accepted (YAML null)


@dataclass(frozen=True)
class Trigger:
    """A lemma (one or more morpheme forms) announcing an attribute.

    ``position`` is where the trigger stands relative to the value
    (``before`` = the trigger is written first: ``파라미터 … 3000억 개``).
    """

    attribute: str
    forms: tuple[str, ...]
    position: str
    distance: int


@dataclass
class Attribute:
    id: str
    family: str
    meaning: str = ""
    kinds: tuple[str, ...] = ()
    units: tuple[object, ...] | None = None  # None: any unit
    roles: tuple[str, ...] | None = None  # for time values
    entity_types: tuple[str, ...] = ("unknown",)
    entity_roles: tuple[str, ...] = ("possessor", "subject")
    varies: bool = False
    tolerance: float = 0.0
    cardinality: str = "one"
    triggers: tuple[Trigger, ...] = ()
    negative: tuple[tuple[str, ...], ...] = ()
    self_triggering_roles: tuple[str, ...] = ()
    self_triggering_units: tuple[str, ...] = ()
    parenthesised_after_person: bool = False
    requires_modality: tuple[str, ...] = ()
    excludes_modality: tuple[str, ...] = ()
    companion_of: str | None = None
    # filed only when no other attribute wants the value
    fallback: bool = False
    # fall back to the subject / nearest mention when no role rule found the entity
    entity_fallback: bool = True
    # where a claim's sub-category is read: subject | trigger | date (qualifier.py)
    qualifier: str | None = None
    order: int = 0

    def accepts_unit(self, unit: str | None) -> bool:
        if self.units is None:
            return True
        if unit is None:
            return _NO_UNIT in self.units
        return unit in self.units

    def accepts_entity_type(self, entity_type: str | None) -> bool:
        return entity_type is None or entity_type in self.entity_types or "any" in self.entity_types


@dataclass
class Catalogue:
    attributes: dict[str, Attribute] = field(default_factory=dict)
    # keyed by the lemma without spaces: `영업이익` is found whether the analyzer
    # gives one morpheme or two (영업 + 이익), `시장 규모` across the space
    triggers_by_key: dict[str, list[Trigger]] = field(default_factory=dict)
    max_trigger_parts: int = 1
    # prefixes of multi-word lemmas (`시장 규모` → `시장`): a match may cross a space there
    spaced_prefixes: set[str] = field(default_factory=set)
    negatives_by_first_form: dict[str, list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict)
    _trigger_words: frozenset[str] | None = field(default=None, repr=False, compare=False)

    def __contains__(self, attribute_id: str) -> bool:
        return attribute_id in self.attributes

    @property
    def trigger_words(self) -> frozenset[str]:
        """Every trigger lemma without spaces (`영업이익`, `시장규모`): common nouns.

        Built once per catalogue state (it is asked for every article)."""
        if self._trigger_words is None:
            self._trigger_words = frozenset(k for k in self.triggers_by_key if len(k) >= 2)
        return self._trigger_words

    def get(self, attribute_id: str) -> Attribute:
        return self.attributes[attribute_id]

    def add(self, attribute: Attribute) -> None:
        """Add (or, for a user's file, replace) an attribute and index its triggers."""
        if attribute.id in self.attributes:
            self._unindex(attribute.id)
        self._trigger_words = None  # the trigger index changes
        attribute.order = len(self.attributes)
        self.attributes[attribute.id] = attribute
        for trig in attribute.triggers:
            self.triggers_by_key.setdefault("".join(trig.forms), []).append(trig)
            self.max_trigger_parts = max(self.max_trigger_parts, len("".join(trig.forms)))
            for k in range(1, len(trig.forms)):
                self.spaced_prefixes.add("".join(trig.forms[:k]))
        for neg in attribute.negative:
            self.negatives_by_first_form.setdefault(neg[0], []).append((attribute.id, neg))

    def _unindex(self, attribute_id: str) -> None:
        for index in (self.triggers_by_key, self.negatives_by_first_form):
            for key in list(index):
                index[key] = [t for t in index[key] if _owner(t) != attribute_id]

    def policy(self, attribute_id: str) -> dict[str, object]:
        """The reconciliation policy of an attribute (what reconcile reads)."""
        a = self.attributes[attribute_id]
        return {"varies": a.varies, "tolerance": a.tolerance, "cardinality": a.cardinality}


def _owner(entry: object) -> str:
    return entry.attribute if isinstance(entry, Trigger) else entry[0]  # type: ignore[index]


def _forms(lemma: str) -> tuple[str, ...]:
    return tuple(str(lemma).split())


def attribute_from_dict(raw: dict, family: str, where: str) -> Attribute:
    """Build one attribute from its YAML mapping; ``where`` names the file for errors."""
    if not isinstance(raw, dict) or "id" not in raw:
        raise ConfigError("each attribute needs an 'id'", path=where)
    aid = str(raw["id"])
    triggers = []
    for t in raw.get("triggers") or []:
        if not isinstance(t, dict) or "lemma" not in t:
            raise ConfigError(f"attribute {aid}: each trigger needs a 'lemma'", path=where)
        position = t.get("position", "either")
        if position not in POSITIONS:
            raise ConfigError(f"attribute {aid}: trigger position must be one of {POSITIONS}", path=where)
        triggers.append(Trigger(aid, _forms(t["lemma"]), position, int(t.get("distance", 5))))
    units = raw.get("units")
    return Attribute(
        id=aid,
        family=family,
        meaning=str(raw.get("meaning", "")),
        kinds=tuple(raw.get("kinds") or ()),
        units=None if units is None else tuple(_NO_UNIT if u is None else str(u) for u in units),
        roles=tuple(raw["roles"]) if raw.get("roles") else None,
        entity_types=tuple(raw.get("entity_types") or ("unknown",)),
        entity_roles=tuple(raw.get("entity_roles") or ("possessor", "subject")),
        varies=bool(raw.get("varies", False)),
        tolerance=float(raw.get("tolerance", 0) or 0),
        cardinality=str(raw.get("cardinality", "one")),
        triggers=tuple(triggers),
        negative=tuple(_forms(n) for n in raw.get("negative") or ()),
        self_triggering_roles=tuple(raw.get("self_triggering_roles") or ()),
        self_triggering_units=tuple(raw.get("self_triggering_units") or ()),
        parenthesised_after_person=bool(raw.get("parenthesised_after_person", False)),
        requires_modality=tuple(raw.get("requires_modality") or ()),
        excludes_modality=tuple(raw.get("excludes_modality") or ()),
        companion_of=raw.get("companion_of"),
        fallback=bool(raw.get("fallback", False)),
        entity_fallback=bool(raw.get("entity_fallback", True)),
        qualifier=_qualifier_source(raw.get("qualifier"), aid, where),
    )


QUALIFIER_SOURCES = ("subject", "trigger", "date")


def _qualifier_source(raw: object, aid: str, where: str) -> str | None:
    if raw is None:
        return None
    if raw not in QUALIFIER_SOURCES:
        raise ConfigError(f"attribute {aid}: qualifier must be one of {QUALIFIER_SOURCES}", path=where)
    return str(raw)


def parse_catalogue_text(text: str, where: str, into: Catalogue) -> None:
    try:
        doc = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ConfigError(f"invalid YAML: {exc}", path=where, line=mark.line + 1 if mark else None) from None
    if not isinstance(doc, dict) or not isinstance(doc.get("attributes"), list):
        raise ConfigError("expected a mapping with an 'attributes' list", path=where)
    family = str(doc.get("family") or Path(where).stem)
    for raw in doc["attributes"]:
        into.add(attribute_from_dict(raw, family, where))


def builtin_catalogue_files() -> list[tuple[str, str]]:
    """(name, text) of the packaged catalogue files, in a stable order."""
    folder = resources.files("daejo.extract") / "data" / "attributes"
    return [(f"attributes/{p.name}", p.read_text(encoding="utf-8")) for p in sorted(folder.iterdir(), key=lambda p: p.name) if p.name.endswith(".yaml")]


def load_catalogue(extra_files: list[str | Path] = ()) -> Catalogue:
    """The packaged catalogue plus the user's files (later files override ids)."""
    catalogue = Catalogue()
    for name, text in builtin_catalogue_files():
        parse_catalogue_text(text, name, catalogue)
    for path in extra_files:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"cannot read attribute catalogue: {exc.strerror}", path=str(path)) from None
        parse_catalogue_text(text, str(path), catalogue)
    return catalogue

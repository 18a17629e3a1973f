"""The attribute catalogue: which values mean what, kept as data.

Each ``data/attributes/<family>.yaml`` declares attributes (ids from
docs/pipeline.md) with the value kinds and units they accept, the Korean
trigger lemmas that announce them (with the trigger's position relative to the
value and a maximum distance in morphemes), negative triggers, words that give a
trigger another sense (``other_sense``: `신기록을 세웠다` is no founding), and the policy
fields the reconciler reads (``varies``, ``tolerance``, ``cardinality``).

Loading is done once; ``Catalogue.triggers_by_first_form`` lets the assigner
find triggers with one dictionary lookup per morpheme.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, model_validator

from daejo.errors import ConfigError

POSITIONS = ("before", "after", "either")


class Trigger(BaseModel):
    """A lemma (one or more morpheme forms) announcing an attribute.

    A catalogue file writes ``{lemma, position, distance}``; ``position`` is where
    the trigger stands relative to the value (``before`` = the trigger is written
    first: ``파라미터 … 3000억 개``). ``attribute`` is filled in by its attribute.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    attribute: str = ""
    forms: tuple[str, ...] = Field(min_length=1)
    position: Literal["before", "after", "either"] = "either"
    distance: int = Field(5, ge=0)
    # a verb that says what the counted did, not what they are (`참여`, `함께`): a common
    # noun written right before the figure names what it counts (`주민 300명이 행사에
    # 참여했다`), and this trigger then files nothing
    yields_to_noun: bool = False
    # a verb that tells the event happened only with no object of its own (`불이 시작됐다`):
    # right after an object (`업무를 시작한다`, `수색을 시작했다`) it files nothing
    intransitive: bool = False
    # nouns that, glued right after the trigger, make it a word of another meaning
    # (`공개매수`: a tender offer, no unveiling): the trigger then files nothing
    not_before: tuple[str, ...] = ()

    @model_validator(mode="before")
    @classmethod
    def _from_lemma(cls, raw: object) -> object:
        if isinstance(raw, dict) and "lemma" in raw:
            data = {k: v for k, v in raw.items() if k != "lemma"}
            data["forms"] = _forms(raw["lemma"]) if isinstance(raw["lemma"], str) else raw["lemma"]
            return data
        return raw

    @classmethod
    def of(cls, attribute: str, forms: tuple[str, ...], position: str = "either", distance: int = 5) -> Trigger:
        return cls.model_construct(attribute=attribute, forms=forms, position=position, distance=distance)


class Tolerance(BaseModel):
    """How far apart two figures of an attribute may be and still agree: a share
    of the larger (``relative``) and an amount in the value's unit (``absolute``).
    YAML may write a bare number or ``"5%"`` for a relative tolerance."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    relative: float = Field(0.0, ge=0)
    absolute: float = Field(0.0, ge=0)

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, raw: object) -> object:
        if isinstance(raw, bool):
            raise ValueError("a tolerance is a number, a percentage or {relative:, absolute:}")
        if isinstance(raw, (int, float)):
            return {"relative": raw}
        if isinstance(raw, str):
            text = raw.strip()
            try:
                return {"relative": float(text[:-1]) / 100 if text.endswith("%") else float(text)}
            except ValueError:
                raise ValueError(f"not a tolerance: {raw!r}") from None
        return raw


class Attribute(BaseModel):
    """One attribute of the catalogue: what announces it (triggers, units, value
    kinds, entity types and roles) and how it is compared (the policy fields).
    A key the model does not know is an error, so a typo in a user's file is named."""

    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)

    id: str = Field(min_length=1)
    family: str = ""
    meaning: str = ""
    kinds: tuple[str, ...] = ()
    units: tuple[str | None, ...] | None = None  # None: any unit; a null entry: no counter
    roles: tuple[str, ...] | None = None  # for time values
    entity_types: tuple[str, ...] = ("unknown",)
    entity_roles: tuple[str, ...] = ("possessor", "subject")
    triggers: tuple[Trigger, ...] = ()
    negative: tuple[tuple[str, ...], ...] = ()
    # words within three morphemes of a trigger that give it another sense, however
    # close the value (`2018년 세운 종전 기록`, `신기록을 세웠다`: a record set, not a founding)
    other_sense: tuple[str, ...] = ()
    self_triggering_roles: tuple[str, ...] = ()
    self_triggering_units: tuple[str, ...] = ()
    parenthesised_after_person: bool = False
    requires_modality: tuple[str, ...] = ()
    excludes_modality: tuple[str, ...] = ()
    # filed only when no other attribute wants the value
    fallback: bool = False
    # fall back to the subject / nearest mention when no role rule found the entity
    entity_fallback: bool = True
    # a fact only an entity of its types has (an alliance's members, a company's staff):
    # with none found, the figure is left to its open frame
    entity_required: bool = False
    # where a claim's sub-category is read (qualifier.py)
    qualifier: Literal["subject", "trigger", "date", "scope", "segment"] | None = None
    # --- how reconcile compares it (docs/rules.md) ---
    # time-varying: compared only when the times the figures hold overlap
    varies: bool = False
    tolerance: Tolerance = Tolerance()
    # "many": several true values at once (investments), compared only as one fact
    cardinality: Literal["one", "many"] = "one"
    # a count that only rises as a story unfolds (a toll): a later larger one is growth
    grows: bool = False
    # a flow over a period (a quarter's revenue): only the same period is compared
    period: bool = False
    # a change (a growth rate), never the same fact as a level
    change: bool = False
    # a time-varying fact that changes slowly (an age): this many days apart still one
    as_of_slack_days: int = Field(0, ge=0)
    # a many-valued attribute compared through the claim of this one in its clause
    companion_of: str | None = None
    _order: int = PrivateAttr(default=0)

    @model_validator(mode="before")
    @classmethod
    def _from_yaml(cls, raw: object) -> object:
        """Negative lemmas as their morpheme forms."""
        if isinstance(raw, dict) and isinstance(raw.get("negative"), (list, tuple)):
            raw = {**raw, "negative": tuple(_forms(n) if isinstance(n, str) else tuple(n) for n in raw["negative"])}
        return raw

    @model_validator(mode="after")
    def _own_triggers(self) -> Attribute:
        """Each trigger names the attribute it announces."""
        if any(t.attribute != self.id for t in self.triggers):
            object.__setattr__(self, "triggers", tuple(t.model_copy(update={"attribute": self.id}) for t in self.triggers))
        return self

    @property
    def order(self) -> int:
        """The attribute's place in its catalogue (``Catalogue.add``)."""
        # read from pydantic's store of private attributes directly: ``self._order`` goes
        # through BaseModel.__getattr__ after a failed look-up (about 3 µs, asked per candidate)
        return self.__pydantic_private__["_order"]

    @property
    def kind(self) -> str:
        """The value kind reconcile reads (``number`` counts as ``quantity``)."""
        first = self.kinds[0] if self.kinds else "quantity"
        return "quantity" if first == "number" else first

    def accepts_unit(self, unit: str | None) -> bool:
        if self.units is None:
            return True
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
    # the attributes that take each value kind, in catalogue order (asked for every value)
    _by_kind: dict[str, list[Attribute]] = field(default_factory=dict, repr=False, compare=False)
    # each attribute's one-word trigger lemmas (asked for every sentence)
    _one_word: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)

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

    def of_kind(self, kind: str) -> list[Attribute]:
        """The attributes whose ``kinds`` hold ``kind``, in catalogue order (built once per catalogue state)."""
        found = self._by_kind.get(kind)
        if found is None:
            found = self._by_kind[kind] = [a for a in self.attributes.values() if kind in a.kinds]
        return found

    def one_word_triggers(self, attribute_id: str) -> frozenset[str]:
        """The lemmas of the attribute's one-word triggers (`출범`, `설립`), built once per catalogue state."""
        found = self._one_word.get(attribute_id)
        if found is None:
            found = self._one_word[attribute_id] = frozenset(
                "".join(t.forms) for t in self.get(attribute_id).triggers if len(t.forms) == 1
            )
        return found

    def add(self, attribute: Attribute) -> None:
        """Add (or, for a user's file, replace) an attribute and index its triggers."""
        if attribute.id in self.attributes:
            self._unindex(attribute.id)
        self._trigger_words = None  # the trigger index changes
        self._by_kind.clear()  # (both built again on demand)
        self._one_word.clear()
        attribute._order = len(self.attributes)
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


def _owner(entry: object) -> str:
    return entry.attribute if isinstance(entry, Trigger) else entry[0]  # type: ignore[index]


def _forms(lemma: str) -> tuple[str, ...]:
    return tuple(str(lemma).split())


def attribute_from_dict(raw: object, family: str, where: str, node: yaml.Node | None = None) -> Attribute:
    """One attribute from its YAML mapping; an error names the file, the line and
    the key (``where``: the file; ``node``: its YAML node, for lines)."""
    if not isinstance(raw, dict) or "id" not in raw:
        raise ConfigError("each attribute needs an 'id'", path=where, line=_line(node, ()))
    try:
        return Attribute.model_validate({**raw, "family": family})
    except ValidationError as exc:
        error = exc.errors()[0]
        loc = tuple(error["loc"])
        key = ".".join(str(p) for p in loc) or "attribute"
        what = "unknown key" if error["type"] == "extra_forbidden" else error["msg"]
        raise ConfigError(f"attribute {raw['id']}: {key}: {what}", path=where, line=_line(node, loc)) from None


def _line(node: yaml.Node | None, loc: tuple) -> int | None:
    """The 1-based line of the YAML node at ``loc`` (keys and indices) under ``node``."""
    if node is None:
        return None
    line = node.start_mark.line + 1
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            found = next(((k, v) for k, v in node.value if k.value == part), None)
            if found is None:
                break
            line, node = found[0].start_mark.line + 1, found[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            break
    return line


def parse_catalogue_text(text: str, where: str, into: Catalogue) -> None:
    try:
        doc = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ConfigError(f"invalid YAML: {exc}", path=where, line=mark.line + 1 if mark else None) from None
    if not isinstance(doc, dict) or not isinstance(doc.get("attributes"), list):
        raise ConfigError("expected a mapping with an 'attributes' list", path=where)
    family = str(doc.get("family") or Path(where).stem)
    nodes = _attribute_nodes(text)
    for i, raw in enumerate(doc["attributes"]):
        into.add(attribute_from_dict(raw, family, where, nodes[i] if i < len(nodes) else None))


def _attribute_nodes(text: str) -> list[yaml.Node]:
    """The YAML nodes of the ``attributes`` list, for line numbers in errors."""
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if not isinstance(root, yaml.MappingNode):
        return []
    seq = next((v for k, v in root.value if k.value == "attributes"), None)
    return list(seq.value) if isinstance(seq, yaml.SequenceNode) else []


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

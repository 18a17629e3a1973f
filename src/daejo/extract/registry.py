"""The entity registry: canonical ids for entity mentions.

Alias files (the ``fixtures/aliases.yaml`` format)::

    entities:
      - {id: EXAONE, name: 엑사원, type: model, aliases: [EXAONE, 엑사 원]}
    not_aliases:
      - [카카오, 카카오브레인]

A mention resolves by exact match of its normalised surface (case, spaces,
middle dots and quotes ignored). Pairs written in the text as ``한글(Latin)`` or
``Latin(한글)`` are linked (``link``). Spelling variants (미시건 ↔ 미시간) are
merged only when they share a type and differ in vowels alone (same consonant
skeleton after jamo decomposition); rapidfuzz only scores the proposal.
Containment never merges: 카카오 ≠ 카카오브레인, GPT-3 ≠ GPT-2.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from rapidfuzz.distance import Levenshtein

from daejo.errors import ConfigError

_IGNORED_CHARS = r"\s·ㆍ・‧'\"‘’“”「」『』《》〈〉`"
_IGNORED = re.compile(f"[{_IGNORED_CHARS}]")
_KEPT_RUN = re.compile(f"[^{_IGNORED_CHARS}]+")
_HANGUL_BASE, _HANGUL_LAST = 0xAC00, 0xD7A3
_CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_JONG = ["", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"]
_VOWELS = frozenset(_JUNG)


def normalise(surface: str) -> str:
    """The matching key of a name: lower case, no spaces, dots or quotes."""
    return _IGNORED.sub("", surface).lower()


def decompose_jamo(text: str) -> str:
    """Hangul syllables split into their jamo (``간`` → ``ㄱㅏㄴ``); others kept."""
    out: list[str] = []
    for ch in text:
        code = ord(ch)
        if _HANGUL_BASE <= code <= _HANGUL_LAST:
            idx = code - _HANGUL_BASE
            out.append(_CHO[idx // 588])
            out.append(_JUNG[(idx % 588) // 28])
            out.append(_JONG[idx % 28])
        else:
            out.append(ch)
    return "".join(out)


def consonant_skeleton(text: str) -> str:
    """The jamo of ``text`` without vowels: spelling variants share it."""
    return "".join(j for j in decompose_jamo(text) if j not in _VOWELS)


def is_vowel_variant(a: str, b: str) -> bool:
    """Same length (three syllables or more), same consonants, one syllable with a
    different vowel (미시건/미시간). Short names are too easily different words."""
    if a == b or len(a) != len(b) or len(a) < 3:
        return False
    if sum(x != y for x, y in zip(a, b)) != 1:
        return False
    ja, jb = decompose_jamo(a), decompose_jamo(b)
    if len(ja) != len(jb):
        return False
    diffs = [(x, y) for x, y in zip(ja, jb) if x != y]
    return bool(diffs) and all(x in _VOWELS and y in _VOWELS for x, y in diffs)


def jamo_similarity(a: str, b: str) -> float:
    """0..1 similarity of two names on their jamo (used to rank proposals)."""
    return Levenshtein.normalized_similarity(decompose_jamo(a), decompose_jamo(b))


@dataclass
class EntityRecord:
    id: str
    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    registered: bool = True


@dataclass
class Resolution:
    id: str
    type: str
    registered: bool
    via: str  # "exact", "link", "variant", "surface"


class EntityRegistry:
    """Canonical entities and their aliases; mutable as links are learned."""

    def __init__(self) -> None:
        self.records: dict[str, EntityRecord] = {}
        self._by_key: dict[str, str] = {}
        self._by_skeleton: dict[tuple[str, str], list[str]] = {}
        self._not_aliases: set[frozenset[str]] = set()
        # bumped whenever the aliases change (every change resets ``_matcher``): what is
        # computed from the aliases is kept until the next change
        self.version = 0
        self._compiled: re.Pattern[str] | None = None
        self._user_words: tuple[int, list[tuple[str, str]]] | None = None

    @property
    def _matcher(self) -> re.Pattern[str] | None:
        return self._compiled

    @_matcher.setter
    def _matcher(self, value: re.Pattern[str] | None) -> None:
        if value is None:
            self.version += 1
        self._compiled = value

    # ------------------------------------------------------------------ building

    def add(self, entity_id: str, name: str, type_: str = "unknown", aliases: list[str] = (), registered: bool = True) -> EntityRecord:
        record = self.records.get(entity_id)
        if record is None:
            record = EntityRecord(entity_id, name, type_, set(), registered)
            self.records[entity_id] = record
        for surface in [name, entity_id, *aliases]:
            self._add_alias(record, str(surface))
        return record

    def _add_alias(self, record: EntityRecord, surface: str) -> None:
        key = normalise(surface)
        if not key:
            return
        record.aliases.add(surface)
        self._by_key.setdefault(key, record.id)
        self._by_skeleton.setdefault((record.type, consonant_skeleton(key)), []).append(key)
        self._matcher = None

    def forbid(self, a: str, b: str) -> None:
        self._not_aliases.add(frozenset((normalise(a), normalise(b))))

    def is_forbidden(self, a: str, b: str) -> bool:
        return frozenset((normalise(a), normalise(b))) in self._not_aliases

    # ------------------------------------------------------------------ lookup

    def lookup(self, surface: str) -> EntityRecord | None:
        """The record whose alias matches ``surface`` exactly after normalisation."""
        entity_id = self._by_key.get(normalise(surface))
        return self.records.get(entity_id) if entity_id else None

    def propose_variants(self, surface: str, type_: str) -> list[tuple[str, float]]:
        """Registered ids whose name is a spelling variant of ``surface``, best first.

        Candidates come from a skeleton index (no scan of all names); rapidfuzz
        scores them.
        """
        key = normalise(surface)
        if type_ == "person":  # 이준 and 이진 are different people
            return []
        proposals = []
        for other in self._by_skeleton.get((type_, consonant_skeleton(key)), []):
            if other != key and is_vowel_variant(key, other) and not self.is_forbidden(key, other):
                proposals.append((self._by_key[other], jamo_similarity(key, other)))
        return sorted(proposals, key=lambda p: -p[1])

    def resolve(self, surface: str, type_: str = "unknown") -> Resolution:
        """Canonical id of a mention; an unregistered one is named by its normalised surface."""
        record = self.lookup(surface)
        if record is not None:
            return Resolution(record.id, record.type, record.registered, "exact")
        proposals = self.propose_variants(surface, type_)
        if proposals:
            record = self.records[proposals[0][0]]
            return Resolution(record.id, record.type, record.registered, "variant")
        return Resolution(normalise(surface), type_, False, "surface")

    def link(self, a: str, b: str, type_: str = "unknown") -> bool:
        """Record that ``a`` and ``b`` name the same entity (``엑사원(EXAONE)``).

        The surface without a record joins the other's record; two unregistered
        surfaces become a new record named by the first. Returns False when the
        pair is forbidden or both already name different records.
        """
        if normalise(a) == normalise(b) or self.is_forbidden(a, b):
            return False
        ra, rb = self.lookup(a), self.lookup(b)
        if ra is not None and rb is not None:
            return ra.id == rb.id
        if ra is None and rb is None:
            ra = self.add(normalise(a), a, type_, registered=False)
        target, surface = (ra, b) if ra is not None else (rb, a)
        self._add_alias(target, surface)
        return True

    def names(self) -> list[str]:
        """Every alias."""
        return sorted({alias for record in self.records.values() for alias in record.aliases})

    def user_words(self) -> list[tuple[str, str]]:
        """Registered one-word names as proper nouns for the analyzer's dictionary,
        so that `엑사원` or `하이퍼클로바` come back whole (computed once per version)."""
        if self._user_words is None or self._user_words[0] != self.version:
            words = [
                (alias, "NNP")
                for record in self.records.values() if record.registered
                for alias in sorted(record.aliases)
                if alias.strip() and not any(ch.isspace() for ch in alias.strip())
            ]
            self._user_words = (self.version, words)
        return list(self._user_words[1])

    # ------------------------------------------------------------------ matching

    def matcher(self) -> re.Pattern[str]:
        """One alternation over the normalised aliases, longest first (compiled lazily)."""
        if self._matcher is None:
            keys = sorted(self._by_key, key=len, reverse=True)
            self._matcher = re.compile("|".join(re.escape(k) for k in keys) or r"(?!x)x")
        return self._matcher

    def find_in(self, text: str) -> list[tuple[int, int, EntityRecord]]:
        """Spans of ``text`` whose normalised form is a registered alias."""
        stripped = _IGNORED.sub("", text)
        if not stripped:
            return []
        lowered = stripped.lower()
        if len(lowered) == len(stripped) and "Σ" not in stripped:
            # what the per-character loop below gives (lower() grew no character, and Σ is
            # the one letter str.lower() reads in context): the string at C speed, and the
            # offsets mapped back only for a sentence that names an alias
            matches = list(self.matcher().finditer(lowered))
            if not matches:
                return []
            positions = _kept_positions(text)
            return [(positions[m.start()], positions[m.end() - 1] + 1, self.records[self._by_key[m.group()]]) for m in matches]
        kept = [(i, ch) for i, ch in enumerate(text) if not _IGNORED.match(ch)]
        if not kept:
            return []
        # per character, so that offsets stay aligned even where lower() would grow
        norm = "".join((ch.lower() or ch)[0] for _, ch in kept)
        positions = [i for i, _ in kept]
        found = []
        for m in self.matcher().finditer(norm):
            start, end = positions[m.start()], positions[m.end() - 1] + 1
            found.append((start, end, self.records[self._by_key[m.group()]]))
        return found


def _kept_positions(text: str) -> list[int]:
    """The offsets of the characters of ``text`` that ``_IGNORED`` keeps, in order
    (read by runs, not one regular-expression call per character)."""
    positions: list[int] = []
    for run in _KEPT_RUN.finditer(text):
        positions.extend(range(run.start(), run.end()))
    return positions


# ---------------------------------------------------------------------- files


def load_alias_text(text: str, where: str, into: EntityRegistry) -> None:
    try:
        doc = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ConfigError(f"invalid YAML: {exc}", path=where, line=mark.line + 1 if mark else None) from None
    if not isinstance(doc, dict):
        raise ConfigError("expected a mapping with 'entities' and 'not_aliases'", path=where)
    for i, raw in enumerate(doc.get("entities") or []):
        if not isinstance(raw, dict) or not raw.get("id") or not raw.get("name"):
            raise ConfigError(f"entity #{i + 1} needs an 'id' and a 'name'", path=where)
        aliases = raw.get("aliases") or []
        if not isinstance(aliases, list):
            raise ConfigError(f"entity {raw['id']}: 'aliases' must be a list", path=where)
        into.add(str(raw["id"]), str(raw["name"]), str(raw.get("type") or "unknown"), [str(a) for a in aliases])
    for pair in doc.get("not_aliases") or []:
        if not isinstance(pair, list) or len(pair) != 2:
            raise ConfigError(f"not_aliases entries must be pairs, got {pair!r}", path=where)
        into.forbid(str(pair[0]), str(pair[1]))


def load_registry(paths: list[str | Path] = ()) -> EntityRegistry:
    registry = EntityRegistry()
    for path in paths:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"cannot read alias file: {exc.strerror}", path=str(path)) from None
        load_alias_text(text, str(path), registry)
    return registry

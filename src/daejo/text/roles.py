"""News rules: line roles (byline, caption, list item, related links, heading)
and the protected spans, loaded from rules/news.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from daejo.errors import ConfigError
from daejo.safeyaml import safe_load

RULES_FILE = "rules/news.yaml"
# Roles whose line is kept whole as one sentence.
WHOLE_LINE_ROLES = frozenset({"heading", "related", "byline", "caption", "list_item"})


@dataclass(frozen=True)
class NewsRules:
    protected: tuple[re.Pattern[str], ...]
    boundary: tuple[re.Pattern[str], ...]
    quote_pairs: dict[str, str]
    quote_toggles: frozenset[str]
    quote_final: re.Pattern[str]
    dateline: tuple[re.Pattern[str], ...]
    line_roles: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]
    caption_max_chars: int
    related_block_stop: re.Pattern[str]
    # words the analyzer reads as names that, right before a count, are common nouns
    # (`경상 12명`: the lightly injured, not the 경상 provinces)
    counted_nouns: frozenset[str] = frozenset()
    # each protected pattern and each line role's patterns with a character every
    # match of it holds (``gate_char``): a line without it is not searched
    protected_gated: tuple[tuple[re.Pattern[str], str], ...] = ()
    line_roles_gated: tuple[tuple[str, tuple[tuple[re.Pattern[str], str], ...]], ...] = ()

    def __post_init__(self) -> None:
        gate = lambda patterns: tuple((p, gate_char(p)) for p in patterns)  # noqa: E731
        object.__setattr__(self, "protected_gated", gate(self.protected))
        object.__setattr__(self, "line_roles_gated", tuple((role, gate(ps)) for role, ps in self.line_roles))


@lru_cache(maxsize=1)
def news_rules() -> NewsRules:
    raw = safe_load(resources.files("daejo.text").joinpath(RULES_FILE).read_text(encoding="utf-8"))
    try:
        return NewsRules(
            protected=_compile_all(raw["protected"]),
            boundary=_compile_all(raw["boundary"]),
            quote_pairs={open_: close for open_, close in raw["quotes"]["pairs"]},
            quote_toggles=frozenset(raw["quotes"]["toggles"]),
            quote_final=_compile(raw["quote_final"]),
            dateline=_compile_all(raw["dateline"]),
            line_roles=tuple((role, _compile_all(patterns)) for role, patterns in raw["line_roles"].items()),
            caption_max_chars=int(raw["caption_max_chars"]),
            related_block_stop=_compile(raw["related_block_stops_at"]),
            counted_nouns=frozenset(str(w) for w in raw.get("counted_nouns") or ()),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"malformed news rules: {exc}", path=RULES_FILE) from None


def _compile(pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise ConfigError(f"bad pattern {pattern!r}: {exc}", path=RULES_FILE) from None


def required_chars(pattern: re.Pattern[str]) -> str:
    """Characters that every match of ``pattern`` contains: its literal characters
    outside alternatives, optional parts, character classes and look-arounds
    (``@`` of an e-mail pattern, ``사진=`` of a caption's). A text without one of
    them cannot match, so it need not be searched. Empty when unsure (a pattern
    that ignores case, a parser this Python does not have)."""
    try:
        from re import _parser as parser  # Python 3.11+
    except ImportError:  # pragma: no cover - older Pythons
        import sre_parse as parser  # type: ignore[no-redef]
    if pattern.flags & re.IGNORECASE:
        return ""
    try:
        parsed = parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - a pattern re.compile took
        return ""
    constants = parser  # LITERAL, SUBPATTERN, MAX_REPEAT, ... live on the parser module
    found: dict[str, None] = {}

    def walk(items) -> None:
        for op, av in items:
            if op is constants.LITERAL:
                found[chr(av)] = None
            elif op is constants.SUBPATTERN:
                add_flags = av[1]
                if not add_flags & re.IGNORECASE:
                    walk(av[3])
            elif op in (constants.MAX_REPEAT, constants.MIN_REPEAT) and av[0] >= 1:
                walk(av[2])
            # alternatives, classes, look-arounds and the rest require nothing

    walk(parsed)
    return "".join(found)


def gate_char(pattern: re.Pattern[str]) -> str:
    """One of ``required_chars(pattern)``, the one least likely in a line of Korean
    news (a mark, not a hangul letter or a full stop): ``@`` of an e-mail address.
    ``""`` (in every string) when the pattern requires none."""
    needs = required_chars(pattern)
    rare = [c for c in needs if c != "." and not "가" <= c <= "힣"]
    return (rare or list(needs) or [""])[0]


def _compile_all(patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(_compile(p) for p in patterns)


def line_role(line: str, rules: NewsRules) -> str:
    """The role of one stripped line: the first rule group that matches, else "body"."""
    for role, patterns in rules.line_roles_gated:
        if role == "caption" and len(line) > rules.caption_max_chars:
            continue
        for pattern, gate in patterns:
            if gate in line and pattern.search(line):
                return role
    return "body"


def line_roles(lines: list[str], rules: NewsRules) -> list[str]:
    """Roles of consecutive lines (``""`` for a blank line).

    A "related" heading makes the following lines link titles until a blank
    line, a line with a role of its own, or a line that ends like a sentence.
    """
    roles: list[str] = []
    in_related = False
    for line in lines:
        if not line:
            roles.append("")
            in_related = False
            continue
        role = line_role(line, rules)
        if role == "related":
            in_related = True
        elif in_related and role == "body" and not rules.related_block_stop.search(line):
            role = "related"
        else:
            in_related = False
        roles.append(role)
    return roles


def dateline_end(line: str, rules: NewsRules) -> int:
    """Length of a dateline prefix (``(서울=뉴스1) 홍길동 기자 =``) at the start of the line, else 0."""
    for pattern in rules.dateline:
        match = pattern.match(line)
        if match:
            return match.end()
    return 0


def sentence_dateline_end(sentence) -> int:
    """The body offset where a dateline sentence's outlet and reporter end (the prefix
    ``dateline_end`` matched when the sentence was given its role); the sentence's start
    for any other sentence."""
    if sentence.role != "dateline":
        return sentence.start
    return sentence.start + dateline_end(sentence.text, news_rules())


def protected_spans(line: str, rules: NewsRules) -> list[tuple[int, int]]:
    return [m.span() for p, gate in rules.protected_gated if gate in line for m in p.finditer(line)]


def quote_regions(line: str, rules: NewsRules) -> list[tuple[int, int]]:
    """Spans from an opening quote to just after its closing quote.

    Unclosed quotes protect nothing (a stray mark must not glue a whole
    paragraph together); an apostrophe between Latin letters (``LG's``) is
    not a quote.
    """
    closers, marks = _quote_marks(rules)
    stack: list[tuple[str, int]] = []
    regions: list[tuple[int, int]] = []
    for found in marks.finditer(line):  # the quotation marks only: other characters do nothing
        index, char = found.start(), found.group()
        if char in rules.quote_toggles:
            if _is_apostrophe(line, index):
                continue
            if stack and stack[-1][0] == char:
                regions.append((stack.pop()[1], index + 1))
            else:
                stack.append((char, index))
        elif char in rules.quote_pairs:
            stack.append((char, index))
        elif char in closers:
            opener = closers[char]
            depth = next((d for d in range(len(stack) - 1, -1, -1) if stack[d][0] == opener), None)
            if depth is not None:
                regions.append((stack[depth][1], index + 1))
                del stack[depth:]
    return regions


_MARKS: dict[int, tuple[NewsRules, dict[str, str], re.Pattern[str]]] = {}


def _quote_marks(rules: NewsRules) -> tuple[dict[str, str], re.Pattern[str]]:
    """Closing mark -> its opening mark, and a pattern of every quotation mark (one
    character each), once per rules object."""
    known = _MARKS.get(id(rules))
    if known is None or known[0] is not rules:
        closers = {close: open_ for open_, close in rules.quote_pairs.items()}
        chars = {*rules.quote_toggles, *rules.quote_pairs, *closers}
        if any(len(c) != 1 for c in chars):
            marks = re.compile(r"(?s:.)")  # a mark of several characters: every character, as written
        else:
            marks = re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]" if chars else r"(?!)")
        known = _MARKS[id(rules)] = (rules, closers, marks)
    return known[1], known[2]


def _is_apostrophe(line: str, index: int) -> bool:
    before = line[index - 1] if index > 0 else ""
    after = line[index + 1] if index + 1 < len(line) else ""
    return line[index] == "'" and before.isascii() and before.isalpha() and after.isascii() and after.isalpha()

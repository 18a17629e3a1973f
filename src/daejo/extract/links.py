"""Learning aliases from the text: ``엑사원(EXAONE)`` and ``EXAONE(엑사원)``.

A pair is linked when its two sides are written in different scripts (one has
Hangul, the other none) and either side is already registered, or the pair is
quoted (``‘엑사원(EXAONE)’``), or the Hangul side ends in an organisation suffix
(``LG AI연구원(LG AI Research)``). Glosses of common words (``인공지능(AI)``)
are left alone: neither side is a name the registry knows.
"""

from __future__ import annotations

import re

from daejo.extract.lexicon import entity_lexicon
from daejo.extract.registry import EntityRegistry

# words of at most 40 characters: an unbounded run made a long word (100,000
# digits) quadratic to scan, and no name is that long
_PAIR = re.compile(r"([^\s()]{1,40}(?:\s[^\s()]{1,40}){0,3})\(([^()\n]{2,40})\)")
_OPENERS = "‘“\"'「『《〈"
_HANGUL = re.compile(r"[가-힣]")
_LATIN = re.compile(r"[A-Za-z]")
_CLOSERS = "’”\"'」』》〉"


# the longest left side _PAIR reads: four words of 40 characters and the spaces between
_LEFT_REACH = 4 * 40 + 3


def _pairs(text: str):
    """``_PAIR.finditer(text)``, the pattern tried only near each ``(``: a match's left
    side holds no parenthesis and reaches at most ``_LEFT_REACH`` characters back
    from the one it ends at, and its right side at most 42 after it, so no match
    starts elsewhere (scanning every character of a body for one was most of the
    batch's link learning)."""
    pos, n = 0, len(text)
    while pos < n:
        paren = text.find("(", pos)
        if paren < 0:
            return
        m = _PAIR.search(text, max(pos, paren - _LEFT_REACH - 1), min(n, paren + 43))
        if m is None:
            pos = paren + 1
            continue
        yield m
        pos = m.end()


def _left_candidates(left: str) -> tuple[list[str], bool]:
    """Candidate names before the parenthesis, shortest first, and whether quoted."""
    quoted = False
    for ch in _OPENERS:
        if ch in left:
            left = left.rsplit(ch, 1)[1]
            quoted = True
    words = left.split()
    return [" ".join(words[-n:]) for n in range(1, len(words) + 1)], quoted


def learn_links(text: str, registry: EntityRegistry) -> int:
    """Link the ``A(B)`` pairs of ``text`` into ``registry``; returns how many were linked."""
    lex = entity_lexicon()
    linked = 0
    for m in _pairs(text):
        inner = m.group(2).strip()
        if inner.lower() in lex.latin_stopwords or re.fullmatch(r"[\d\s.,%~-]+", inner):
            continue
        if not (_LATIN.search(inner) or _LATIN.search(m.group(1))):
            continue  # 전장(戰場): a Hanja gloss, not a name
        candidates, quoted = _left_candidates(m.group(1))
        # only a quoted name that closes right after the parenthesis: ‘엑사원(EXAONE)’
        quoted = quoted and text[m.end() : m.end() + 1] in _CLOSERS
        left = _choose_left(candidates, quoted, inner, registry)
        if left is None:
            continue
        known = registry.lookup(left) or registry.lookup(inner)
        hangul_side = left if _HANGUL.search(left) else inner
        suffix = lex.org_suffix_re.search(hangul_side.replace(" ", ""))
        org_like = suffix is not None and hangul_side not in lex.bare_suffix_nouns
        if known is None and not quoted and not org_like:
            continue
        type_ = known.type if known else (lex.org_suffixes[suffix.group(1)] if org_like else "unknown")
        if registry.link(left, inner, type_):
            linked += 1
    return linked


def _choose_left(candidates: list[str], quoted: bool, inner: str, registry: EntityRegistry) -> str | None:
    """The registered candidate if any (longest), else the quoted text, else the
    last word with the all-Latin words before it (``LG AI연구원``)."""
    lex = entity_lexicon()
    usable = [
        c for c in candidates
        if bool(_HANGUL.search(c)) != bool(_HANGUL.search(inner)) and c.lower() not in lex.latin_stopwords
    ]
    if not usable:
        return None
    registered = [c for c in usable if registry.lookup(c) is not None]
    if registered:
        return registered[-1]
    if quoted:
        return usable[-1]
    words = candidates[-1].split()
    k = len(words) - 1
    while k > 0 and re.fullmatch(r"[A-Za-z][A-Za-z0-9&]*", words[k - 1]):
        k -= 1
    chosen = " ".join(words[k:])
    return chosen if chosen in usable else None

"""Who a claim is attributed to.

- ``X에 따르면 …``: X (a mention, or the nouns before 에: ``업계에 따르면``);
- ``X 측은 …`` / ``X 관계자는 …``: X;
- a value inside quotation marks, with a speaker outside them
  (``홍길동 원장은 “… 3000억 개 …”라고 말했다``): the speaker, the topic or
  subject mention outside the quote.

The attribution is the speaker's canonical id when the speaker is a mention.
"""

from __future__ import annotations

import re

from daejo.extract.entities import Mention
from daejo.extract.lexicon import AttributionLexicon, attribution_lexicon
from daejo.extract.view import SentenceView

_QUOTE_SPANS = re.compile(r"[“\"「『]([^”\"」』]{8,})[”\"」』]|‘([^’]{12,})’")


def quote_spans(view: SentenceView) -> list[tuple[int, int]]:
    """Body spans of quoted speech (short quoted names are not speech)."""
    return [(m.start() + view.offset, m.end() + view.offset) for m in _QUOTE_SPANS.finditer(view.text)]


def sentence_attribution(view: SentenceView, mentions: list[Mention], lex: AttributionLexicon | None = None) -> str | None:
    """Attribution that covers the whole sentence (따르면, 측은)."""
    lex = lex or attribution_lexicon()
    morphemes = view.morphemes
    sequences = lex.according_to
    firsts = _first_forms(sequences)
    # (most sentences hold no first form at all: one set test)
    searched = len(morphemes) - 1 if firsts is None or not firsts.isdisjoint(view.forms_as_written()) else 0
    for i in range(searched):
        if firsts is not None and morphemes[i].form not in firsts:
            continue  # no sequence starts here (most morphemes): no tuple built
        for seq in sequences:
            if tuple(m.form for m in morphemes[i : i + len(seq)]) == seq:
                return _source_before(view, mentions, morphemes[i].start)
    side = next((m for m in mentions if m.role == "side"), None)
    if side is not None:
        return side.entity
    return _reporting_subject(view, mentions, lex)


_FIRSTS: dict[int, tuple[tuple[tuple[str, ...], ...], frozenset[str] | None]] = {}


def _first_forms(sequences: tuple[tuple[str, ...], ...]) -> frozenset[str] | None:
    """The first forms of the ``따르면`` sequences, once per lexicon (None if one is
    empty: it matches anywhere)."""
    known = _FIRSTS.get(id(sequences))
    if known is None or known[0] is not sequences:
        firsts = None if any(not seq for seq in sequences) else frozenset(seq[0] for seq in sequences)
        known = _FIRSTS[id(sequences)] = (sequences, firsts)
    return known[1]


def _reporting_subject(view: SentenceView, mentions: list[Mention], lex: AttributionLexicon) -> str | None:
    """``가람소방본부는 … 9명이라고 밝혔다``: the topic of a sentence that reports
    what it said (a quotative ending, then a speech verb as the last predicate)."""
    morphemes = view.morphemes
    # the last predicate (a verb, or a speech noun): looked for from the end
    last = next((i for i in range(len(morphemes) - 1, -1, -1)
                 if morphemes[i].tag.startswith("V") or morphemes[i].tag == "NNG" and morphemes[i].form in lex.speech_verbs), None)
    if last is None:
        return None
    if morphemes[last].form not in lex.speech_verbs:
        return None
    quotative = any(m.tag in ("EC", "JKQ") and m.form in lex.quotative_endings for m in morphemes[max(0, last - 3) : last])
    if not quotative:
        return None
    topic = next((m for m in mentions if m.role in ("topic", "subject") and m.type in ("person", "org", "alliance")), None)
    return _with_joined_name(view, mentions, topic) if topic is not None else None


def _with_joined_name(view: SentenceView, mentions: list[Mention], speaker: Mention) -> str:
    """The speaker's id, or with the speaker joined right before it (`기상청과
    한국지질자원연구원은 … 밝혔다`: a statement the two made together) both ids."""
    joined = [m for m in mentions if m.end <= speaker.start and m.type in ("person", "org", "alliance")
              and view.slice(m.end, speaker.start) in _JOINING]
    if joined:
        return JOINT.join([joined[-1].entity, speaker.entity])
    # (a common name the mention finder leaves, `기상청과 …`: the word as written)
    word = _JOINED_WORD.search(view.slice(view.offset, speaker.start))
    return JOINT.join([word.group(1), speaker.entity]) if word else speaker.entity


# what joins two speakers of one statement (`기상청과 한국지질자원연구원은`), and how the
# attribution writes them (reconcile/rules.py reads either alone as the same source)
_JOINING = frozenset({"과 ", "와 ", "·", ", ", ","})
_JOINED_WORD = re.compile(r"(?:^|\s)([가-힣]{2,})(?:과 |와 |·)$")
JOINT = "·"


def _source_before(view: SentenceView, mentions: list[Mention], particle_start: int) -> str | None:
    for m in mentions:
        if m.end <= particle_start and view.slice(m.end, particle_start).strip(" ’”'\")") == "":
            return m.entity
    i = view.last_index_before(particle_start)
    words: list[str] = []
    while i >= 0 and view.morphemes[i].tag.startswith(("NN", "SL")):
        if view.morphemes[i].tag == "NNB" and i > 0 and view.morphemes[i - 1].tag == "SN":
            break  # `지난 3일 경찰에 따르면`: a number's counter (a date) is not the source's name
        words.insert(0, view.morphemes[i].form)
        if i == 0 or view.morphemes[i - 1].end < view.morphemes[i].start - 1:
            break
        i -= 1
    return "".join(words) or None


def quote_holding(quotes: list[tuple[int, int]], at: int) -> tuple[int, int] | None:
    """The span of quoted speech (``quote_spans``) holding offset ``at``, or None."""
    return next(((s, e) for s, e in quotes if s <= at < e), None)


def speaker_for(view: SentenceView, mentions: list[Mention], value_start: int, quotes: list[tuple[int, int]]) -> str | None:
    """The speaker of a quote that holds the value, if the sentence names one."""
    quote = quote_holding(quotes, value_start)
    if quote is None:
        return None
    outside = [m for m in mentions if not (quote[0] <= m.start < quote[1])]
    speakers = [m for m in outside if m.role in ("topic", "subject", "side") and m.type in ("person", "org", "alliance", "unknown")]
    if speakers:
        return _with_joined_name(view, outside, speakers[0])
    return None


def attribution_for(
    view: SentenceView, mentions: list[Mention], value_start: int, quotes: list[tuple[int, int]], sentence_level: str | None
) -> str | None:
    return speaker_for(view, mentions, value_start, quotes) or sentence_level

"""Modality of a claim: asserted, planned, forecast, hedged, negated or question.

Markers (``data/modality.yaml``) are read from the value to the end of its
clause, and on into the next clause when the value's clause ends in a tenseless
connective (``투자하고 … 계획이다`` plans both). The marker that ends rightmost
wins, because the final predicate carries the mood (``성장할 것으로 보인다``
is hedged, not planned); a negation after the value and a sentence ending in
``?`` override.
"""

from __future__ import annotations

from functools import lru_cache

from daejo.extract.clauses import Clause
from daejo.extract.lexicon import ModalityLexicon, _data, form_key, modality_lexicon
from daejo.extract.view import SentenceView


def mood_range(clauses: list[Clause], clause: int, start: int) -> tuple[int, int]:
    """Morpheme indices whose markers set the mood of a value at ``start``."""
    end = clauses[clause].last
    k = clause
    while clauses[k].shares_mood_with_next and k + 1 < len(clauses):
        k += 1
        end = clauses[k].last
    return start, end


_PREDICATE_TAGS = ("VV", "VA", "XSV", "XSA", "EP", "VCP")


@lru_cache(maxsize=1)
def _past_relative_clause() -> tuple[frozenset[str], frozenset[str]]:
    """(realis adnominal endings, bound heads) from data/modality.yaml."""
    raw = _data("modality.yaml").get("past_relative_clause") or {}
    return frozenset(str(e) for e in raw.get("endings") or ()), frozenset(str(h) for h in raw.get("bound_heads") or ())


def relative_clause_end(view: SentenceView, first: int, last: int) -> int:
    """Where the mood of a value at ``first`` stops: at a past adnominal clause
    that ends before ``last``.

    A past relative clause states a settled fact about the noun it modifies,
    whatever the main predicate says: in `지난 9월 1일 출시된 아라폰 S7의
    판매량이 목표에 못 미칠 전망이다` the launch date is asserted, and in
    `1995년 창단한 구단은 우승 경험이 없다` the founding year is not negated.
    A future adnominal (`출시될 예정`) keeps the main predicate's mood.
    """
    endings, bound_heads = _past_relative_clause()
    morphemes = view.morphemes
    for i in range(first + 1, min(last, len(morphemes) - 1)):
        m, prev, nxt = morphemes[i], morphemes[i - 1], morphemes[i + 1]
        if m.tag != "ETM" or form_key(m.form) not in endings or not prev.tag.startswith(_PREDICATE_TAGS):
            continue
        if nxt.tag.startswith("N") and nxt.form not in bound_heads and nxt.tag != "NNB":
            return i
    return last


def after_relative_clauses(view: SentenceView, first: int, value_first: int) -> int:
    """The first morpheme after the last past relative clause that ends before the value
    (`예정이던` of `운항 예정이던 146편 가운데 118편이`): what that clause said of its own
    noun (or number) is no mood of the value."""
    endings, _ = _past_relative_clause()
    ms = view.morphemes
    start = first
    for i in range(first + 1, min(value_first, len(ms) - 1)):
        m, prev, nxt = ms[i], ms[i - 1], ms[i + 1]
        if (m.tag == "ETM" and form_key(m.form) in endings and prev.tag in _PREDICATE_TAGS
                and (nxt.tag.startswith("N") or nxt.tag == "SN")):
            start = i + 1
        elif m.form == "것" and m.tag == "NNB" and prev.tag == "ETM" and nxt.tag in ("JKB", "JKO") and nxt.form in _ARGUMENT_PARTICLES:
            # `기름이 번질 것에 대비해 … 취수를 중단했다`: a clause of what may happen, the
            # object of the verb after it, is no mood of the figures that follow
            start = i + 2
    return start


def of_a_settled_noun(view: SentenceView, value_first: int) -> bool:
    """The value stands right after a noun a past relative clause of an action modifies
    (`빼낸 자료 4.1TB를 모두 공개하겠다고`, `확보한 예산 30억원을 투입할 계획`): it
    measures what that clause says is done, whatever the verb after it plans."""
    endings, bound_heads = _past_relative_clause()
    ms = view.morphemes
    i = value_first - 1
    nouns = 0
    while i >= 0 and ms[i].tag in ("NNG", "XSN") and nouns < 3:
        i -= 1
        nouns += 1
    if not nouns or i < 1 or ms[i + 1].form in bound_heads:
        return False
    m, prev = ms[i], ms[i - 1]
    return (m.tag == "ETM" and form_key(m.form) in endings and prev.tag in ("VV", "XSV", "EP")
            and ms[i + 1].start > m.end)


# the particles that make a `-ㄹ 것` clause the argument of the next verb (`번질 것에
# 대비해`, `오를 것을 우려해`), not the mood of the sentence (`늘 것으로 보인다`)
_ARGUMENT_PARTICLES = frozenset({"에", "을", "를"})


def is_question(view: SentenceView) -> bool:
    return view.text.rstrip().rstrip("\"'’”)」』").endswith("?")


def modality_between(
    view: SentenceView, first: int, last: int, lex: ModalityLexicon | None = None, skip: frozenset[str] = frozenset(),
    value: int | None = None,
) -> str:
    """The modality the markers in morphemes ``first..last`` express (moods in
    ``skip`` not considered). With ``value`` (the first morpheme of a value), the
    markers of a quotation the value stands outside of are not read: `184명 가운데
    상당수는 … "안내받은 적이 없다"고 진술했다` denies nothing of the count; what the
    quotation says is its speaker's mood. With the default lexicon, each range of a
    sentence is read once (the values of a clause, and its clause mood, ask for the same)."""
    quotes = quotations(view) if value is not None else None
    own = quotes[value] if quotes is not None else -1
    if lex is None:
        # (the parentheses closed before the value are asides it does not read: the same range
        # reads differently for values on either side of one)
        asides = view.forms()[first:value].count(")") if value is not None and value > first else 0
        key = ("modality", first, last, skip, own, asides)
        found = view.memo.get(key)
        if found is None:
            found = view.memo[key] = _modality_between(view, first, last, modality_lexicon(), skip, quotes, own, value)
        return found
    return _modality_between(view, first, last, lex, skip, quotes, own, value)


def _modality_between(view: SentenceView, first: int, last: int, lex: ModalityLexicon, skip: frozenset[str],
                      quotes: list[int | None] | None = None, own: int | None = -1, value: int | None = None) -> str:
    if is_question(view):
        return "question"
    forms = view.forms()[first : last + 1]
    if quotes is not None:
        forms = [f if quotes[first + k] in (None, own) else "" for k, f in enumerate(forms)]
    if value is not None and "(" in forms:
        # `합계출산율(여성 1명이 평생 낳을 것으로 예상되는 아이 수)은 0.86명으로`: what a
        # parenthesis closed before the value says is its gloss's mood
        forms = _without_asides(forms, value - first)
    if not (lex.noun_only.isdisjoint(forms) and lex.verb_only.isdisjoint(forms)):
        ms = view.morphemes
        forms = [f if _marks_here(f, ms[first + k + 1] if first + k + 1 < len(ms) else None, lex) else ""
                 for k, f in enumerate(forms)]
    if lex.not_after and not lex.not_after.keys().isdisjoint(forms):
        # `수요예측`: the marker ends a term with the noun right before it (an offering's
        # book-building), no mood
        ms = view.morphemes
        forms = [f if not (f in lex.not_after and first + k > 0 and ms[first + k - 1].form in lex.not_after[f]
                           and ms[first + k - 1].end == ms[first + k].start) else ""
                 for k, f in enumerate(forms)]
    ends = _marker_ends(forms, lex)
    best, best_end = "asserted", -1
    for mood in lex.order:
        if mood in skip:
            continue
        end = ends.get(mood, -1)
        if end < 0:
            continue
        if mood == "negated":
            if _describes_a_noun(view, first, forms, lex.forms[mood]) or _affirms(view, first, forms, lex):
                continue
            return "negated"
        if end > best_end:
            best, best_end = mood, end
    return best


def _without_asides(forms: list[str], at: int) -> list[str]:
    """``forms`` with the words of every parenthesis that closes before position ``at``
    blanked."""
    out = list(forms)
    opened: list[int] = []
    for k, f in enumerate(forms[:at]):
        if f == "(":
            opened.append(k)
        elif f == ")" and opened:
            start = opened.pop()
            if not opened:
                out[start : k + 1] = [""] * (k + 1 - start)
    return out


_SYMMETRIC_QUOTES = frozenset("\"'")
_OPENING_QUOTES = {"“": "”", "‘": "’", "「": "」", "『": "』"}


def quotations(view: SentenceView) -> list[int | None] | None:
    """For each morpheme of the sentence, the start of the closed quotation it stands
    in (``None`` outside any); ``None`` for a sentence without one. A quotation is a
    pair of quote marks (`"…"`, `'…'`, `“…”`, `‘…’`, `「…」`); a mark left open is none."""
    key = "quotations"
    if key in view.memo:
        return view.memo[key]
    ms = view.morphemes
    spans: list[int | None] | None = None
    opened: list[tuple[str, int]] = []
    for i, m in enumerate(ms):
        if not m.tag.startswith("SS"):
            continue
        form = m.form
        if opened and form == opened[-1][0]:  # the mark the last open quotation closes with
            _, start = opened.pop()
            if spans is None:
                spans = [None] * len(ms)
            for j in range(start, i + 1):
                if spans[j] is None or spans[j] < start:
                    spans[j] = start
        elif form in _SYMMETRIC_QUOTES:
            opened.append((form, i))
        elif form in _OPENING_QUOTES:
            opened.append((_OPENING_QUOTES[form], i))
    view.memo[key] = spans
    return spans


def _marks_here(form: str, following, lex: ModalityLexicon) -> bool:
    """Whether ``form`` marks a mood where it stands, by the morpheme after it: a marker
    only as a noun (`관측이다`, not `관측됐다` nor `관측 이래`), or only as a verb (`추산했다`,
    not `추산이 엇갈린다`); any other marker wherever it stands."""
    if form in lex.noun_only:
        return following is None or not (following.tag == "XSV" or following.form in lex.noun_only_not_before)
    if form in lex.verb_only:
        return following is not None and following.tag == "XSV"
    return True


def _describes_a_noun(view: SentenceView, first: int, forms: list[str], markers: frozenset[str]) -> bool:
    """Every negation in the range ends a relative clause (`보증금 218억원을 돌려주지
    않은 혐의`, `전 직원 412명을 … 항체가 확인되지 않은 37명에게`): the clause describes the
    noun it modifies, and its figures are facts about that noun, not figures the text denies."""
    ms = view.morphemes
    found = False
    for k, form in enumerate(forms):
        if form not in markers:
            continue
        found = True
        i = first + k + 1
        while i < len(ms) and ms[i].tag == "EP":
            i += 1
        # (or a figure of a noun: `항체가 확인되지 않은 37명에게`)
        if not (i + 1 < len(ms) and ms[i].tag == "ETM" and ms[i + 1].tag in ("NNG", "NNP", "NNB", "SN")):
            return False
    return found


def _affirms(view: SentenceView, first: int, forms: list[str], lex: ModalityLexicon) -> bool:
    """Every negation in the range negates a word that says how the figure stands
    (data/modality.yaml ``affirming``): `1.9%로 크지 않다`, `4만4천원 인상안에서 물러서지
    않고`, `3.2%로 변동이 없다`. The negated word is the stem before `지 않`/`지 못`, the
    stem after the adverb `못`, or the noun before the subject particle of `없`."""
    if not lex.affirming:
        return False
    ms = view.morphemes
    markers = lex.forms["negated"]
    found = False
    for k, form in enumerate(forms):
        if form not in markers:
            continue
        found = True
        i = first + k - 1
        if form in ("않", "못") and i >= 0 and ms[i].form == "지" and ms[i].tag == "EC":
            i -= 1
        elif form == "없" and i >= 0 and ms[i].tag == "JKS":
            i -= 1
        elif form == "못" and ms[first + k].tag == "MAG" and first + k + 1 < len(ms):
            i = first + k + 1  # `못 미친다`: the adverb before the word it negates
        else:
            return False
        if i < 0 or ms[i].form not in lex.affirming:
            return False
        if ms[i].form in lex.reaching and _is_the_mark(view, first):
            return False
    return found


def _is_the_mark(view: SentenceView, first: int) -> bool:
    """The value at ``first`` is the mark a word of reaching is told of (`3조원에 미치지
    못했다`): its particle is `에`."""
    ms = view.morphemes
    i = first
    while i < len(ms) and (ms[i].tag in ("SN", "NR", "NNB", "SW", "SC", "SO") or ms[i].form == ")"):
        i += 1  # (`지방선거(52.1%)에 못 미쳤다`: the figure in brackets is the mark's)
    return i < len(ms) and ms[i].form == "에" and ms[i].tag == "JKB"


def _marker_ends(forms: list[str], lex: ModalityLexicon) -> dict[str, int]:
    """Each mood's ``_rightmost_marker`` in ``forms``, from one pass over them: a form
    that is no marker's first form (most are) costs one dict look-up, not one per mood."""
    index = _marker_index(lex)
    ends: dict[str, int] = {}
    for i, form in enumerate(forms):
        entries = index.get(form)
        if entries is None:
            continue
        for mood, seq in entries:
            if seq is None:
                end = i
            elif tuple(forms[i : i + len(seq)]) == seq:
                end = i + len(seq) - 1
            else:
                continue
            if end > ends.get(mood, -1):
                ends[mood] = end
    return ends


_INDEX: dict[int, tuple[ModalityLexicon, dict[str, tuple[tuple[str, tuple[str, ...] | None], ...]]]] = {}


def _marker_index(lex: ModalityLexicon) -> dict[str, tuple[tuple[str, tuple[str, ...] | None], ...]]:
    """Form -> the (mood, sequence) markers it is or begins (sequence None: a single
    form), over the moods of ``lex.order``; built once per lexicon."""
    known = _INDEX.get(id(lex))
    if known is not None and known[0] is lex:
        return known[1]
    index: dict[str, list[tuple[str, tuple[str, ...] | None]]] = {}
    for mood in lex.order:
        for form in lex.forms[mood]:
            index.setdefault(form, []).append((mood, None))
        for seq in lex.sequences[mood]:
            index.setdefault(seq[0], []).append((mood, seq))
    frozen = {form: tuple(entries) for form, entries in index.items()}
    _INDEX[id(lex)] = (lex, frozen)
    return frozen


def _rightmost_marker(forms: list[str], singles: frozenset[str], sequences: tuple[tuple[str, ...], ...]) -> int:
    end = -1
    by_first = _sequences_by_first(sequences)
    for i, form in enumerate(forms):
        if form in singles:
            end = max(end, i)
        for seq in by_first.get(form, ()):
            if tuple(forms[i : i + len(seq)]) == seq:
                end = max(end, i + len(seq) - 1)
    return end


_BY_FIRST: dict[int, tuple[tuple[tuple[str, ...], ...], dict[str, list[tuple[str, ...]]]]] = {}


def _sequences_by_first(sequences: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    """The marker sequences by their first form (one dict look-up per morpheme instead
    of a loop over every sequence); built once per lexicon tuple."""
    known = _BY_FIRST.get(id(sequences))
    if known is not None and known[0] is sequences:
        return known[1]
    index: dict[str, list[tuple[str, ...]]] = {}
    for seq in sequences:
        index.setdefault(seq[0], []).append(seq)
    _BY_FIRST[id(sequences)] = (sequences, index)
    return index


def clause_modality(view: SentenceView, clauses: list[Clause], clause: int) -> str:
    """Mood of a whole clause (used for attributes that require a plan)."""
    first, last = mood_range(clauses, clause, clauses[clause].first)
    return modality_between(view, first, last)

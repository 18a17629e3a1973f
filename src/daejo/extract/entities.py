"""Entity mentions in a sentence.

Detectors run in priority order and a later one never takes a span an earlier
one claimed:

1. registered names (the registry's aliases, spaces and dots ignored);
2. person + title (``이정민 교수``, ``홍길동 한빛연구원장``): the person is the
   mention, the organisation inside the title (``한빛연구원``) a second one;
3. organisations by suffix (``…연구원``, ``…대``, ``…얼라이언스``, ``…시``);
4. quoted names (``‘엑사원’``) whose inside is nominal;
5. Latin names (``GPT-3``, ``HyperCLOVA X``);
6. runs of proper nouns (NNP).

Each mention records the particle after it (``topic``/``subject``/``object``/
``genitive``/``side``), read past closing quotes and a parenthesis, which is
what the assigner uses to pick a claim's entity.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from operator import itemgetter
from dataclasses import dataclass

from daejo.extract.lexicon import EntityLexicon, alternation, attribution_lexicon, entity_lexicon, form_key, is_measure_noun
from daejo.extract.registry import EntityRegistry
from daejo.extract.story_keys import PLACE_SUFFIXES
from daejo.extract.view import SentenceView

_CLOSERS = "’”\"'」』》〉"
_QUOTED = re.compile(r"[‘“\"'「『《〈]([^‘’“”\"'「」『』《》〈〉\n]{1,30})[’”\"'」』》〉]")
# a model code: Latin letters with a digit (`S7`, `X100`, `A15`)
_MODEL_CODE = re.compile(r"[A-Z]{1,3}\d{1,4}[A-Za-z]?")
_LATIN = re.compile(r"(?<![A-Za-z0-9가-힣])[A-Za-z][A-Za-z0-9]*(?:[-.&][A-Za-z0-9]+)*(?:\s(?:[A-Z0-9][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*))*")
_NOMINAL_TAGS = ("NN", "SL", "SN", "SH", "SO", "XSN", "XPN", "SW")
_BULLETS = "◇◆■□▲△▶▷●○•·※-"  # list and box markers glued to the first word of a line
_PAREN_GROUP = re.compile(r"\s?\([^()\n]{1,40}\)")
# a name, then its age in parentheses: `오모(54)`, `김모(83·여)`, `한도윤(28·가람시청)`
_WORD = re.compile(r"\S+")
# words after a name, a time or a figure that make it the base another figure is
# compared with (`GDP 대비`, `지난해보다`, `종가(1,466.2원)보다`): the one list of them
BASE_WORDS = frozenset({"대비", "보다", "比"})
# an anonymised surname with its honorific (`오모씨`): the person is `오모`
_ANONYMISED_SSI = "모씨"
_AGED_NAME = re.compile(r"([가-힣]{2,4})\((\d{1,3})(?:세|살)?(?:[·,][^()\n]{1,12})?\)")
# an anonymised surname and its honorific, glued or spaced (`윤모씨`, `윤 모 씨`)
# what may follow the honorific 씨 of a person's reference: the end of the word or a particle
_AFTER_SSI = r"(?=[^가-힣]|$|[는은이가를을에의와과도로께측])"
_ANONYMISED = re.compile(r"(?<![가-힣])([가-힣])\s?(모)\s?씨" + _AFTER_SSI)
# a surname glued to its honorific (`염씨는`, `박씨가`): the person named earlier with it
_SURNAME_SSI = re.compile(r"(?<![가-힣])([가-힣])씨" + _AFTER_SSI)
# a person anonymised by a letter, with the age in parentheses before or after its
# honorific: `A(43)씨`, `A씨(34)`, `B(81·여)씨`
_AGED_LETTER = re.compile(r"(?<![A-Za-z0-9])([A-Z])(씨)?\((\d{1,3})(?:세|살)?(?:[·,][^()\n]{1,12})?\)(씨)?")


@dataclass
class Mention:
    start: int
    end: int
    text: str
    type: str  # person, org, alliance, model, product, place, event, market, unknown
    source: str  # registry, title, suffix, quoted, latin, nnp, reference
    entity: str | None = None
    registered: bool = False
    role: str | None = None  # particle role after the mention
    role_at: int = -1  # body offset of that particle
    tail_end: int = -1  # end of the mention's title/parenthesis, where its particle is read
    title: str | None = None


# tag -> whether a word's core ends before a morpheme of it (a particle, an ending,
# the copula, punctuation), filled as tags are met (a few dozen)
_CORE_STOPS: dict[str, bool] = {}


def _words(view: SentenceView) -> list[tuple[int, int]]:
    """The spans of the sentence's words (offsets into its text), found once: the
    title and the suffix detectors both walk them."""
    words = view.memo.get("words")
    if words is None:
        words = view.memo["words"] = [m.span() for m in _WORD.finditer(view.text)]
    return words


_TITLE_OR_SUFFIX: dict[int, tuple[EntityLexicon, re.Pattern[str]]] = {}
_SPACE = re.compile(r"\s")


def _title_or_suffix(lex: EntityLexicon) -> re.Pattern[str]:
    """Any title or organisation suffix of the lexicon, anywhere (not only at the end)."""
    known = _TITLE_OR_SUFFIX.get(id(lex))
    if known is None or known[0] is not lex:
        pattern = re.compile(alternation([*lex.titles, *lex.org_suffixes]))
        known = _TITLE_OR_SUFFIX[id(lex)] = (lex, pattern)
    return known[1]


def _crosses_space(view: SentenceView) -> bool:
    """Some morpheme of the sentence covers a whitespace character of its text."""
    text, offset, space = view.text, view.offset, _SPACE.search
    return any(space(text, m.start - offset, m.end - offset) for m in view.morphemes if m.end - m.start > 1)


def _occurrences(names: tuple[str, ...], text: str) -> list[tuple[int, str]]:
    """Where the names (longest first) occur in ``text``, left to right and not
    overlapping, the longest at a position taken: what ``re.finditer`` of their
    alternation in that order finds."""
    find = text.find
    found = [(i, name) for name in names if (i := find(name)) >= 0]  # in the names' order
    out: list[tuple[int, str]] = []
    while found:
        at, name = min(found, key=_FIRST)  # the leftmost; at a tie the first, i.e. the longest
        out.append((at, name))
        pos = at + len(name)
        found = [(i, n) if i >= pos else (find(n, pos), n) for i, n in found]
        found = [f for f in found if f[0] >= 0]
    return out


_FIRST = itemgetter(0)


def _latin_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _inside_a_latin_word(text: str, start: int, end: int) -> bool:
    """A Latin name's span continues a Latin word on either side (`LCC` in `MLCC`)."""
    return ((start > 0 and _latin_alnum(text[start - 1]) and _latin_alnum(text[start]))
            or (end < len(text) and _latin_alnum(text[end]) and _latin_alnum(text[end - 1])))


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


# districts named by a point of the compass (`중구`, `서구`): two syllables, yet places
_QUARTERS = frozenset({"동구", "서구", "남구", "북구", "중구"})


def without_locative(name: str) -> str:
    """A place's name without the locative particle the analyzer now and then tags as part
    of it (`누리시에는` -> NNP `누리시에`): `누리시`."""
    if len(name) >= 4 and name.endswith("에") and name[-2] in PLACE_SUFFIXES:
        return name[:-1]
    return name


def without_genitive(name: str) -> str:
    """A long name without the genitive particle the analyzer now and then tags as part of
    it (`비슬금융지주의 지난해 순이익` -> NNP `비슬금융지주의`): `비슬금융지주`. A short name may
    end in `의` itself (a person's given name); a name of five letters or more before it
    seldom does."""
    if len(name) >= GLUED_GENITIVE_LETTERS and name.endswith("의") and "가" <= name[-2] <= "힣":
        return name[:-1]
    return name


# the length from which a proper noun ending in `의` is a name and its genitive particle
GLUED_GENITIVE_LETTERS = 6


class MentionFinder:
    """Finds mentions; holds the compiled lexicon and the registry."""

    def __init__(
        self, registry: EntityRegistry, lexicon: EntityLexicon | None = None, common_words: frozenset[str] = frozenset(),
        learned: Iterable[str] = (),
    ):
        self.registry = registry
        self.lex = lexicon or entity_lexicon()
        self._false_friend_ends = tuple(self.lex.false_friends)  # for one str.endswith
        # words the catalogue uses as attribute triggers are common nouns, whatever an
        # analyzer tags them (Komoran tags unknown nouns such as 파라미터 as NNP)
        self.common_words = common_words
        # names the analyzer tagged as proper nouns somewhere in the article: found by
        # their spelling elsewhere in it too, where it split them (`돌/NNG 핀/NNG 스/VV는`);
        # longest first, found by ``_occurrences`` (no pattern compiled for every article)
        self.learned = tuple(sorted({n for n in learned if len(n) >= 2 and not is_measure_noun(n)}, key=len, reverse=True))

    def find(self, view: SentenceView) -> list[Mention]:
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []

        def keep(m: Mention) -> None:
            if m.end > m.start and not _overlaps(taken, m.start, m.end):
                found.append(m)
                taken.append((m.start, m.end))

        for m in self._registered(view):
            keep(m)
        for m in self._persons_by_age(view):
            keep(m)
        for m in self._anonymised_persons(view):
            keep(m)
        for m in self._surnames_with_honorific(view):
            keep(m)
        for m in self._persons_with_titles(view, taken):
            same = next((r for r in found if r.type == "person" and (r.start, r.end) == (m.start, m.end)), None)
            if same is not None:  # a registered person: keep its id, learn its title
                same.tail_end, same.title = m.tail_end, m.title
            else:
                keep(m)
        for m in self._suffixed_orgs(view):
            keep(m)
        for m in self._quoted(view):
            keep(m)
        for m in self._latin(view):
            keep(m)
        for m in self._proper_nouns(view):
            keep(m)
        for m in self._learned_names(view):
            keep(m)
        found.sort(key=lambda m: m.start)
        found = self._with_model_codes(view, found)
        for m in found:
            self._resolve(m)
            self._read_role(view, m)
        return found

    def _with_model_codes(self, view: SentenceView, found: list[Mention]) -> list[Mention]:
        """A name and the model code written right after it (`아라폰 S7`, `솔라 S7`)
        are one product, a version apart from its family: one mention."""
        out: list[Mention] = []
        for m in found:
            prev = out[-1] if out else None
            if prev is not None and m.start < prev.end:
                continue  # inside a name just joined (`울트라` of `아라폰 S7 울트라`)
            if (
                prev is not None and prev.entity is None and m.entity is None and prev.source in ("nnp", "quoted")
                and m.source == "latin" and _MODEL_CODE.fullmatch(m.text) and m.start == prev.end + 1
                and view.char(prev.end) == " "
            ):
                end = m.end
                if view.char(end) == "+":
                    end += 1  # `솔라 S7+`: the plus model, not the base one
                variant = re.match(r" (\S+?)(?=[은는이가을를의도와과에,.:;)\]\s]|$)", view.text[end - view.offset :])
                if variant and variant.group(1) in self.lex.model_variants:
                    end += len(variant.group(0))  # `아라폰 S7 울트라`, `▲아라폰 S7 울트라: …`
                out[-1] = Mention(prev.start, end, view.slice(prev.start, end), "product", prev.source)
                continue
            out.append(m)
        return out

    def find_in_title(self, title: str) -> list[Mention]:
        """Registered entities named in a headline (no morphemes needed)."""
        found = []
        for start, end, record in self.registry.find_in(title):
            if _inside_a_latin_word(title, start, end):
                continue  # `LCC` in `MLCC 가동률`: a part of another word, not the name
            m = Mention(start, end, title[start:end], record.type, "headline", record.id, record.registered)
            m.type = self._refined_type(m.text, record.name, m.type)
            found.append(m)
        return found

    def _refined_type(self, text: str, name: str, type_: str) -> str:
        """An organisation named ``…얼라이언스``/``…협회`` is an alliance (it is launched, has members)."""
        if type_ != "org":
            return type_
        for surface in (name, text):
            m = self.lex.org_suffix_re.search(surface.replace(" ", ""))
            if m and self.lex.org_suffixes[m.group(1)] == "alliance":
                return "alliance"
        return type_

    # ------------------------------------------------------------------ detectors

    def _registered(self, view: SentenceView):
        for start, end, record in self.registry.find_in(view.text):
            start, end = start + view.offset, end + view.offset
            if self._is_word_start(view, start) and self._is_word_end(view, end):
                text = view.slice(start, end)
                yield Mention(start, end, text, self._refined_type(text, record.name, record.type), "registry", record.id, record.registered)

    def _is_word_start(self, view: SentenceView, start: int) -> bool:
        before = view.char(start - 1)
        return not (before.isalnum())

    def _is_word_end(self, view: SentenceView, end: int) -> bool:
        """A name ends where a particle, title, closing mark or space follows (카카오 ≠ 카카오브레인)."""
        after = view.char(end)
        if not after or not after.isalnum():
            return True
        if after.isascii() and view.char(end - 1).isascii():
            return False
        morpheme = view.morpheme_starting_at(end)
        if morpheme is None:
            # the analyzer glued the rest to a title (`…연구원장` = `…연구원` + `장`)
            # or split the name oddly (`얼라이언` + `스가`): read the rest of the word
            tail = view.slice(end, view.word_end(end)).rstrip(_CLOSERS + ".,")
            return tail.startswith("장") or tail in self.lex.particle_tails
        if morpheme.form in self.lex.titles or morpheme.form in ("측", "장"):
            return True
        return not morpheme.tag.startswith(("NN", "SL", "SH", "SN", "XR"))

    def _persons_with_titles(self, view: SentenceView, taken: list[tuple[int, int]]):
        """``NAME [ORG…] TITLE`` with NAME a 2–4 syllable proper noun word."""
        offset = view.offset
        for start, end in self._titled_words(view):
            word_start = start + offset
            core = self._word_core(view, word_start, end + offset)
            title_match = self.lex.title_re.search(core)
            if not title_match:
                continue
            title = title_match.group(1)
            tail_end = word_start + len(core)
            paren = _PAREN_GROUP.match(view.text, tail_end - view.offset)
            aged = bool(paren and re.fullmatch(r"\s?\(\d{1,3}\)", paren.group()))
            name = self._name_before(view, start, taken, aged=aged)
            if name is None:
                continue
            name_start, name_end, name_text = name
            prefix = core[: title_match.start()]
            if aged:
                tail_end += len(paren.group())
            person = Mention(name_start, name_end, name_text, "person", "title", tail_end=tail_end, title=title)
            registered = self.registry.lookup(name_text)
            if registered is not None and registered.type not in ("person", "unknown"):
                continue
            yield person
            org = self._org_in_title(view, word_start, prefix, title)
            if org is not None:
                yield org

    def _persons_by_age(self, view: SentenceView):
        """``오모(54)씨``, ``김모(83·여)``, ``정만석(51) 노조위원장``, ``한도윤(28·가람시청)``:
        a name with the age in parentheses right after it. The name is an anonymised
        `surname + 모`, or a word the analyzer tags as a proper noun; or a letter with its
        honorific (``A(43)씨``, ``A씨(34)``: the person ``A씨``)."""
        for match in _AGED_NAME.finditer(view.text):
            name = match.group(1)
            if len(name) == 3 and name.endswith(_ANONYMISED_SSI):
                name = name[:2]  # `오모씨(52)` is `오모(54)씨`'s 오모
            start = match.start(1) + view.offset
            end = start + len(name)
            if not self._is_word_start(view, start):
                continue
            anonymised = len(name) == 2 and name.endswith("모")
            title = None if anonymised else self.lex.title_re.search(name)
            if title is not None and title.start() > 0:
                continue  # `박정훈 아림시장(58)`: a place's or a body's title, the person before it
            first = view.morpheme_starting_at(start)
            if not anonymised and (name in self.lex.places or (first is None or first.tag != "NNP")
                                   and not self._title_after(view, match.end())
                                   and not (10 <= int(match.group(2)) < 100 and self._surname_shaped(view, start, end, name))):
                continue  # (`뒤진 권도현(56) 전 행정부지사`: a name the analyzer split, known by the title after it)
            m = Mention(start, end, name, "person", "title", tail_end=match.end() + view.offset)
            yield m
        for match in _AGED_LETTER.finditer(view.text):
            if not (match.group(2) or match.group(4)):
                continue  # a letter with a number in parentheses is no person without `씨`
            start = match.start(1) + view.offset
            end = (match.end(2) if match.group(2) else match.end(1)) + view.offset
            # one person of the story, whichever way the honorific is placed: `A씨`
            yield Mention(start, end, match.group(1) + "씨", "person", "title", tail_end=match.end() + view.offset)

    def _anonymised_persons(self, view: SentenceView):
        """``윤모씨에게``, ``윤 모 씨는`` (a broadcast script spaces it): a surname with 모
        and its honorific is the person ``윤모``, with or without an age."""
        for match in _ANONYMISED.finditer(view.text):
            if match.group(1) not in self.lex.surnames:
                continue
            start = match.start(1) + view.offset
            yield Mention(start, match.end(2) + view.offset, match.group(1) + "모", "person", "title",
                          tail_end=match.end() + view.offset)

    def _surnames_with_honorific(self, view: SentenceView):
        """``염씨는``, ``박씨가``: after a first mention by full name (`염기태(57)씨`) a
        report calls the person by surname and honorific, glued as `김 씨` is spaced; the
        surname alone refers back to that person (``_resolve_references``: dropped when the
        article named nobody with it)."""
        for match in _SURNAME_SSI.finditer(view.text):
            if match.group(1) not in self.lex.surnames:
                continue
            start = match.start(1) + view.offset
            yield Mention(start, match.end() + view.offset, match.group(1), "person", "title",
                          tail_end=match.end() + view.offset)

    def _title_after(self, view: SentenceView, pos: int) -> bool:
        """A title (or a role of data/lexicon.yaml ``aged_roles``) is the next word after
        sentence offset ``pos`` (past `전`/`현`)."""
        # (a word up to a parenthesis of its own: `후보(44.09%)를`)
        for word in list(re.finditer(r"[^\s(]+", view.text[pos:pos + 40]))[:2]:
            start, end = pos + word.start() + view.offset, pos + word.end() + view.offset
            core = self._word_core(view, start, end)
            if core in ("전", "현"):
                continue
            return bool(self.lex.title_re.search(core)) or core in self.lex.aged_roles
        return False

    def _surname_shaped(self, view: SentenceView, start: int, end: int, word: str) -> bool:
        """Three syllables starting with a surname (four with a two-syllable one) that the
        analyzer knows no word for: with an age in parentheses after it, a person's name
        (data/lexicon.yaml ``surnames``). A word it reads as one common noun (`정부안`) or
        that ends in a particle (`이번엔`) is none, nor is a place."""
        if word in self.lex.places or self.lex.org_suffix_re.search(word):
            return False
        if not ((len(word) == 3 and word[0] in self.lex.surnames) or (len(word) == 4 and word[:2] in self.lex.surnames)):
            return False
        first, last = view.span_indices(start, end)
        ms = view.morphemes[first : last + 1]
        if len(ms) == 1 and ms[0].tag == "NNG":
            return False  # a word of the dictionary
        return not ms[-1].tag.startswith(("J", "E"))

    def _name_before(self, view: SentenceView, title_word_start: int, taken, aged: bool = False) -> tuple[int, int, str] | None:
        """The person's name: the nearest preceding word within four words that is a bare
        proper noun (or, with an age after the title, a word shaped like a name)."""
        text = view.text
        words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[:title_word_start])][-4:]
        for ws, we in reversed(words):
            ws += len(text[ws:we]) - len(text[ws:we].lstrip(_BULLETS))  # `◇홍길동 원장 프로필`
            word = text[ws:we]
            start, end = ws + view.offset, we + view.offset
            if re.fullmatch(r"[가-힣]{2,4}", word) and (self._looks_like_name(view, start, end, word)
                                                      or aged and self._surname_shaped(view, start, end, word)):
                return start, end, word
            if re.fullmatch(r"[가-힣]", word):  # `배 원장`: a surname alone refers back
                title_word = self._word_core(view, title_word_start + view.offset, view.word_end(title_word_start + view.offset))
                return (start, end, word) if title_word in self.lex.titles else None
            if not re.fullmatch(r"[가-힣A-Za-z0-9]+", word) or self._has_particle(view, start, end):
                return None
        return None

    def _looks_like_name(self, view: SentenceView, start: int, end: int, word: str) -> bool:
        record = self.registry.lookup(word)
        if record is not None:
            return record.type == "person"
        first = view.morpheme_starting_at(start)
        return (
            first is not None
            and first.tag == "NNP"
            and word not in self.lex.places
            and not self.lex.org_suffix_re.search(word)
        )

    def _has_particle(self, view: SentenceView, start: int, end: int) -> bool:
        first, last = view.span_indices(start, end)
        return any(view.morphemes[i].tag.startswith(("J", "E", "VCP")) for i in range(first, last + 1))

    def _org_in_title(self, view: SentenceView, word_start: int, prefix: str, title: str) -> Mention | None:
        """``한빛연구원장`` → ``한빛연구원``; Latin words before join (``LG AI연구원장``)."""
        if not prefix:
            return None
        overlap = self.lex.title_org_overlap.get(title)
        if overlap is None:
            return None
        name = prefix + overlap
        if not self.lex.org_suffix_re.search(name) or name in self.lex.bare_suffix_nouns:
            return None
        start = self._extend_with_latin_words(view, word_start)
        end = word_start + len(name)
        text = view.slice(start, end)
        return Mention(start, end, text, self.lex.org_suffixes.get(self.lex.org_suffix_re.search(name).group(1), "org"), "title")

    def _extend_with_latin_words(self, view: SentenceView, word_start: int) -> int:
        """Join preceding all-Latin words (``LG``, ``SK``) to an organisation name."""
        start = word_start
        while True:
            before = view.text[: start - view.offset]
            m = re.search(r"([A-Za-z][A-Za-z0-9&]*)\s$", before)
            if not m or m.group(1).lower() in self.lex.latin_stopwords and m.group(1) != "AI":
                return start
            start = m.start() + view.offset

    def _titled_words(self, view: SentenceView) -> list[tuple[int, int]]:
        """The sentence's words (``_words``) that hold a title or an organisation
        suffix somewhere: the only ones whose core (a prefix of the word) may end in
        one, all the title and the suffix detectors look at. When a morpheme
        reaches over a space (a core could then run past its word) every word."""
        memo = view.memo.get("titled_words")
        if memo is not None and memo[0] is self.lex:
            return memo[1]
        words = _words(view)
        if not _crosses_space(view):
            holds = _title_or_suffix(self.lex).search
            text = view.text
            words = [(ws, we) for ws, we in words if holds(text, ws, we)]
        view.memo["titled_words"] = (self.lex, words)
        return words

    def _word_core(self, view: SentenceView, start: int, end: int) -> str:
        """The word without trailing particles, endings and punctuation (once per word:
        the title and the suffix detectors both read every word's core)."""
        key = ("word_core", start, end)
        core = view.memo.get(key)
        if core is None:
            core = view.memo[key] = self._read_word_core(view, start, end)
        return core

    def _read_word_core(self, view: SentenceView, start: int, end: int) -> str:
        first, last = view.span_indices(start, end)
        core_end = start
        morphemes = view.morphemes
        for i in range(first, last + 1):
            m = morphemes[i]
            if m.start < start:
                continue
            tag = m.tag
            stops = _CORE_STOPS.get(tag)
            if stops is None:
                stops = _CORE_STOPS[tag] = tag.startswith(("J", "E", "VCP", "S")) and tag not in ("SL", "SN", "SH")
            if stops:
                break
            core_end = m.end
        return view.slice(start, core_end)

    def _suffixed_orgs(self, view: SentenceView):
        offset = view.offset
        for ws, we in self._titled_words(view):
            word_start = ws + offset
            raw = self._word_core(view, word_start, we + offset)
            core = raw.lstrip("‘“\"'([")
            name_start = word_start + len(raw) - len(core)  # past an opening quote
            m = self.lex.org_suffix_re.search(core)
            if not m or core in self.lex.bare_suffix_nouns or len(core) <= len(m.group(1)):
                continue
            # a false friend, or one syllable before one (`core` ends with it, at most one longer)
            if core in self.lex.false_friends or core[1:] in self.lex.false_friends:
                continue  # 최대, 시대, 초거대…
            if not re.fullmatch(r"[가-힣A-Za-z][가-힣A-Za-z0-9&]*", core):
                continue
            if len(core) == 2 and core not in _QUARTERS and self._one_common_noun(view, name_start, len(core)):
                # one common noun of two syllables the analyzer reads whole (`출시`, `복구`,
                # `의대`): no `X시`, `X구`, `X대` (a made-up name of three may be read so too)
                continue
            start = self._extend_with_latin_words(view, name_start)
            end = name_start + len(core)
            yield Mention(start, end, view.slice(start, end), self.lex.org_suffixes[m.group(1)], "suffix")

    @staticmethod
    def _one_common_noun(view: SentenceView, start: int, length: int) -> bool:
        """The text at ``start`` is one common noun (NNG) of the analyzer, whole."""
        k = view.by_start.get(start)
        return k is not None and view.ends[k] == start + length and view.morphemes[k].tag == "NNG"

    def _quoted(self, view: SentenceView):
        for match in _QUOTED.finditer(view.text):
            inner = match.group(1)
            paren = re.search(r"\(([^()]+)\)$", inner)
            name = inner[: paren.start()] if paren else inner
            name = name.strip()
            if not name or name in self.lex.generic_quoted or len(name) > 20:
                continue
            start = match.start(1) + view.offset
            if not self._is_nominal(view, start, start + len(name)):
                continue
            yield Mention(start, start + len(name), name, self._type_by_suffix(name), "quoted")

    def _type_by_suffix(self, name: str) -> str:
        """`‘AI 토크 콘서트’` is an event, `‘한빛 얼라이언스’` an alliance: the last word's suffix says."""
        last = name.split()[-1] if name.split() else name
        if last.endswith(self._false_friend_ends):
            return "unknown"  # 시대, 최대…
        m = self.lex.org_suffix_re.search(last)
        return self.lex.org_suffixes[m.group(1)] if m else "unknown"

    def _type_of_name(self, name: str) -> str:
        """An unregistered name's type: a known place, else what its suffix says
        (`청람전자` an organisation, `가람시` a place) when the suffix leaves a
        name of at least two syllables before it."""
        if name in self.lex.places:
            return "place"
        kind = self._type_by_suffix(name)
        if kind != "unknown":
            m = self.lex.org_suffix_re.search(name.split()[-1])
            if m is None or len(name.replace(" ", "")) - len(m.group(1)) < 2:
                return "unknown"
        return kind

    def _is_nominal(self, view: SentenceView, start: int, end: int) -> bool:
        first, last = view.span_indices(start, end)
        return all(view.morphemes[i].tag.startswith(_NOMINAL_TAGS) for i in range(first, last + 1))

    def _latin(self, view: SentenceView):
        for match in _LATIN.finditer(view.text):
            text = match.group()
            if text.lower() in self.lex.latin_stopwords or len(text) < 2 or text.split()[0].islower():
                continue
            start, end = match.start() + view.offset, match.end() + view.offset
            if not self._is_word_end(view, end):
                continue
            yield Mention(start, end, text, "unknown", "latin")

    def _proper_nouns(self, view: SentenceView):
        """Runs of proper nouns (adjacent morphemes at most a space apart) that may be names."""
        ms = view.morphemes
        runs: list[tuple[int, int]] = []  # (first, last) morpheme indices
        for i in [k for k, m in enumerate(ms) if m.tag == "NNP"]:
            if runs and runs[-1][1] == i - 1 and ms[i].start - ms[i - 1].end <= 1:
                runs[-1] = (runs[-1][0], i)
            else:
                runs.append((i, i))
        for a, b in runs:
            first, last = ms[a], ms[b]
            written = view.slice(first.start, last.end)
            text = without_genitive(without_locative(written))  # `누리시에는` read as NNP `누리시에`: the place
            end = last.end - (len(written) - len(text))
            if len(text) >= 2 and self._is_word_start(view, first.start) and self._may_be_name(text):
                yield Mention(first.start, end, text, self._type_of_name(text), "nnp")

    def _learned_names(self, view: SentenceView):
        if not self.learned:
            return
        for at, name in _occurrences(self.learned, view.text):
            start, end = at + view.offset, at + len(name) + view.offset
            if not self._is_word_start(view, start):
                continue
            tail = view.slice(end, view.word_end(end)).rstrip(_CLOSERS + ".,")
            if tail and tail not in self.lex.particle_tails and tail not in self.lex.particles:
                continue  # `한빛타이거즈`: part of a longer word
            yield Mention(start, end, name, self._type_of_name(name), "nnp")

    def _may_be_name(self, text: str) -> bool:
        """A run of NNP that is a known common word, or holds digits (`9월1일`), or is one
        long word ending as a measure's noun does (`합계출산율`), is no name."""
        if text in self.lex.not_entities or text.replace(" ", "") in self.common_words:
            return False
        if is_measure_noun(text):
            return False
        return not any(ch.isdigit() for ch in text)

    # ------------------------------------------------------------------ roles

    def _resolve(self, m: Mention) -> None:
        if m.entity is not None:
            return
        res = self.registry.resolve(m.text, m.type)
        m.entity, m.registered = res.id, res.registered
        if m.type == "unknown" or res.registered:
            m.type = res.type if res.registered else m.type
        record = self.registry.records.get(res.id)
        m.type = self._refined_type(m.text, record.name if record else m.text, m.type)

    def _cites(self, view: SentenceView, pos: int) -> bool:
        """The name ending at ``pos`` (with the rest of its word) is a source cited by what it
        publishes: `한국부동산원 조사에서`, `통계청 집계에 따르면`, `협회 자료에서`."""
        i = view.first_index_at_or_after(pos)
        ms = view.morphemes
        while 0 < i < len(ms) and ms[i].start == ms[i - 1].end and ms[i].tag in ("NNG", "NNP", "NNB", "XSN"):
            i += 1  # the rest of the name the analyzer split (`한국/부동산원`, `가람/통계/원`)
        if not 0 < i < len(ms) or ms[i].form not in attribution_lexicon().source_nouns or ms[i].start - ms[i - 1].end != 1:
            return False
        j = i + 1
        if j < len(ms) and ms[j].form == "결과" and ms[j].tag.startswith("NN"):
            j += 1
        if j < len(ms) and ms[j].tag == "JKB" and ms[j].form == "에서":
            return True
        return j + 1 < len(ms) and ms[j].form == "에" and ms[j + 1].form == "따르"

    def _read_role(self, view: SentenceView, m: Mention) -> None:
        """The particle after the mention, past closing quotes and a parenthesis."""
        pos = m.tail_end if m.tail_end > 0 else m.end
        while view.char(pos) and view.char(pos) in _CLOSERS:
            pos += 1
        paren = _PAREN_GROUP.match(view.text, pos - view.offset)
        if paren:
            pos += len(paren.group())
            while view.char(pos) and view.char(pos) in _CLOSERS:
                pos += 1
        if self._cites(view, pos):
            m.role, m.role_at = "side", pos  # `한국부동산원 조사에서 …`: the source of the figure
            return
        if view.char(pos) == " ":
            nxt = view.morpheme_starting_at(pos + 1)
            if nxt is not None and nxt.form in ("측", "관계자"):
                m.role, m.role_at = "side", pos + 1
            elif nxt is not None and nxt.form in BASE_WORDS:
                m.role, m.role_at = "base", pos + 1  # `GDP 대비 49.8%`: what the figure is measured against
            return
        morpheme = view.morpheme_starting_at(pos)
        if morpheme is None:
            # the analyzer glued the particle to the name (`얼라이언스가` as one noun)
            tail = view.slice(pos, view.word_end(pos)).rstrip(".,")
            if tail in self.lex.particles:
                m.role, m.role_at = self.lex.particles[tail], pos
            return
        if morpheme.form in ("측", "관계자", "대변인"):
            m.role, m.role_at = "side", morpheme.start
            return
        if morpheme.tag.startswith("J"):
            m.role = "base" if morpheme.form in BASE_WORDS else self.lex.particles.get(form_key(morpheme.form), "other")
            m.role_at = morpheme.start
        elif m.source == "nnp" and morpheme.start == pos and morpheme.tag.startswith(("E", "V")):
            # a learned name the analyzer split reads its particle as an ending (`돌핀스는` → 스/VV 는/ETM)
            tail = view.slice(pos, view.word_end(pos)).rstrip(".,")
            if tail in self.lex.particles:
                m.role, m.role_at = self.lex.particles[tail], pos

"""The extractor: sentences + values → ``Claim`` (docs/design.md, "extract").

Per sentence: entity mentions (``entities``), clauses (``clauses``), values
filed under catalogue attributes (``attributes``, entities by ``entity_roles``),
then modality, attribution and as_of; ``claims`` builds the ``Claim`` objects
with their evidence. Besides the claims, an article yields the keys that
daejo.stories groups articles by (``story_keys``).

When a sentence names no entity for a claim, the article supplies one, with a
lower confidence: the antecedent of a leading pronoun (``그는``, ``이 회사는``),
a registered event an incident noun names (``불은`` → ``해누리호 화재``), a
topic of the last ``CONTEXT_SENTENCES`` sentences, or the headline's entity.

``Extractor.extract_all`` first learns the ``한글(Latin)`` alias pairs of the whole
batch, so an alias written out in one article resolves mentions in the others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import timedelta

from daejo.dates import DAY_GRAINS
from daejo.extract.as_of import as_of_lexicon, dating_times, is_comparison_base, refers_to_past, respective_time
from daejo.extract.anaphora import TimeAnchor, counts_from_an_event
from daejo.extract.attributes import Assignment, TriggerHit, assign_values
from daejo.extract.attribution import attribution_for, quote_spans, sentence_attribution
from daejo.extract.catalogue import Attribute, Catalogue, load_catalogue
from daejo.extract.claims import build_claim, explicit_as_of
from daejo.extract.clauses import clause_of, split_clauses
from daejo.extract.entities import BASE_WORDS, Mention, MentionFinder
from daejo.extract.frames import (
    ESTIMATE, FIGURE_PERIOD_GRAINS, FRAME_PREFIX, FoundFrame, FrameFinder, context_words, estimate_sources, frame_attribute, frame_change, frame_is_static,
    NO_NOUN, PLACE_UNITS, amount_change, frame_lexicon, headline_stage, is_change_key, is_frame, with_headline_stage,
)
from daejo.extract.lexicon import entity_lexicon
from daejo.extract.links import learn_links
from daejo.extract.qualifier import qualifier_of
from daejo.extract.modality import (
    after_relative_clauses, clause_modality, modality_between, mood_range, of_a_settled_noun, relative_clause_end,
)
from daejo.extract.registry import EntityRegistry, load_registry
from daejo.extract.story_keys import proper_names, sentence_names, story_keys
from daejo.extract.view import SentenceView
from daejo.ingest import Locator
from daejo.text.roles import sentence_dateline_end
from daejo.models import Article, Claim, Interval, Sentence, StoryKeys, UnfiledValue, Value

_SKIPPED_ROLES = frozenset({"byline", "related"})
# particle roles of a predicate's arguments (not a modifier or a side remark)
ARGUMENT_ROLES = frozenset({"topic", "subject", "object"})
# the attribute whose entity later `출범 당시 …` sentences refer back to
FOUNDING = "founded_date"
# how far back a dropped subject may be looked for (sentences)
CONTEXT_SENTENCES = 3


@dataclass
class _ArticleState:
    """What later sentences of an article refer back to."""

    persons_by_surname: dict[str, Mention] = field(default_factory=dict)
    # the last product named without a variant (`솔라 S7`): what a variant alone
    # (`울트라는 …`) is a model of
    product_family: str | None = None
    previous_subject: Mention | None = None
    # topics of earlier sentences, most recent last: Korean drops a subject
    # that the previous sentences established (`매출은 … 늘었다`)
    topics: list[tuple[int, Mention, bool]] = field(default_factory=list)  # (sentence, mention, topical)
    # registered entities named in the headline: what the story is about
    headline: list[Mention] = field(default_factory=list)
    # the registered event an incident noun of the current sentence names
    incident: Mention | None = None
    # the organisation whose founding the article last told, and whether the
    # current sentence speaks of a founding (`출범 당시 70여 명`): that one's
    founded: tuple[int, Mention] | None = None
    founding_here: bool = False
    # names the mention finder found (org suffixes, quoted and Latin names) and the
    # figures of the article: story keys
    names: list[str] = field(default_factory=list)
    figures: list[Value] = field(default_factory=list)
    # values that became no claim, and why (``_unfiled``)
    unfiled: list[tuple[int, int, int, str, str, str]] = field(default_factory=list)
    # the day and year an anaphoric time (`이날`, `전날`) counts from
    anchor: TimeAnchor = field(default_factory=lambda: TimeAnchor(None, None))
    # the figures the previous sentence filed, as (sentence index, [(attribute, kind,
    # unit)]): what a figure of the next one with no noun of its own may carry on
    filed: tuple[int, list[tuple[Attribute, str, str | None]]] = (-1, [])
    # the counts of a developing figure the previous sentence filed, as (sentence index,
    # [(attribute, value)]): what a breakdown in the next one is of (``_parts_of_a_total``)
    totals: tuple[int, list[tuple[Attribute, Value]]] = (-1, [])


@dataclass(frozen=True)
class ArticleExtraction:
    """What one article yields: its claims in body order and its story keys."""

    claims: list[Claim]
    keys: StoryKeys
    # the values that became no claim, and why, as ``_unfiled`` reads them, and their
    # article: ``unfiled`` locates them only when asked (`daejo extract --unfiled`)
    unfiled_found: list[tuple[int, int, int, str, str, str]] = field(default_factory=list)
    article: Article | None = None

    @property
    def unfiled(self) -> list[UnfiledValue]:
        """The values that became no claim, and why (`daejo extract --unfiled`)."""
        article = self.article
        if article is None or not self.unfiled_found:
            return []
        locator = Locator(article)
        out = []
        for index, start, end, text, kind, reason in self.unfiled_found:
            where = locator.locate(start)
            out.append(UnfiledValue(
                article=article.id, path=article.path, line=where.line, column=where.column,
                sentence_index=index, start=start, end=end, text=text, kind=kind, reason=reason,
            ))
        return out


class Extractor:
    """Claims and story keys of articles, from one analyzer, registry and catalogue."""

    def __init__(self, analyzer, registry: EntityRegistry, catalogue: Catalogue) -> None:
        self.analyzer = analyzer
        self.registry = registry
        self.catalogue = catalogue
        # the registry version and analyzer word set last taught: unchanged, nothing to teach
        self._taught: tuple[int, object] | None = None

    def learn(self, articles: list[Article]) -> None:
        """Learn the `한글(Latin)` alias pairs the articles write out."""
        for article in articles:
            learn_links(article.body, self.registry)

    def extract_all(self, articles: list[Article]) -> dict[str, ArticleExtraction]:
        """Each article's extraction (by id), with aliases linked across the batch first."""
        self.learn(articles)
        return {a.id: self.extract(a) for a in articles}

    def analyse(self, article: Article) -> tuple[list[Sentence], list[Sentence]]:
        """The analyzer's part of an article's extraction: its body's and its title's
        sentences with their morphemes (``extract`` takes them, or calls this)."""
        from daejo.text import split_sentences

        analyzer, registry = self.analyzer, self.registry
        taught = (getattr(registry, "version", None), getattr(analyzer, "user_words", None))
        if None in taught or taught != self._taught:
            teach_user_words(analyzer, registry)
            self._taught = (taught[0], getattr(analyzer, "user_words", None))
        body = split_sentences(article.body, analyzer)
        return body, (split_sentences(article.title, analyzer) if article.title else [])

    def extract(self, article: Article, analysed: tuple[list[Sentence], list[Sentence]] | None = None) -> ArticleExtraction:
        """Every claim of one article, in body order, and its story keys. ``analysed``:
        what ``analyse(article)`` gave, when the caller ran the analyzer ahead."""
        registry, catalogue = self.registry, self.catalogue
        sentences, title = analysed if analysed is not None else self.analyse(article)
        body = [s for s in sentences if s.role not in _SKIPPED_ROLES and s.morphemes]
        names_of = sentence_names([*title, *body])
        learned = proper_names([*title, *body], exclude=catalogue.trigger_words, names=names_of)
        finder = MentionFinder(registry, common_words=catalogue.trigger_words, learned=learned)
        locator = Locator(article)
        title_mentions = [m for t in title for m in finder.find(SentenceView(t))]
        headline = finder.find_in_title(article.title or "")
        # an unregistered name of a known type (`청람전자`) is also what the story is about
        headline += [m for m in title_mentions if not m.registered and m.type not in ("unknown", "person")]
        state = _ArticleState(headline=headline, anchor=TimeAnchor.of(article.published))
        claims: list[Claim] = []
        for sentence in body:
            claims.extend(_sentence_claims(article, sentence, finder, catalogue, state, locator))
        carry_estimate_source(claims)
        carry_vote_stage(claims)
        stage = headline_stage(title)
        if stage is not None:
            for claim in claims:
                if claim.value.kind in HEADLINE_STAGED_KINDS[stage]:
                    claim.context = with_headline_stage(claim.context, stage)
        report = report_time(state.figures, article)
        if report is not None:
            claims = [_at_report_time(c, report) for c in claims]
        # the period the article reports on (a results article's quarter, else a statistics
        # article's month) is read only when some claim would take it
        if any(_takes_period(c, catalogue) for c in claims):
            lead = body[:STATISTICS_LEAD]  # (the opening sentences)
            period = article_period(article, [v for v in state.figures if body and v.end <= body[0].end],
                                    body[0].text if body else "", _not_bases(lead, state.figures))
            if period is None:
                period = statistics_period(article, [v for v in state.figures if lead and v.end <= lead[-1].end],
                                           " ".join(s.text for s in lead))
            if period is not None:
                claims = [_in_article_period(c, period, catalogue) for c in claims]
        # (a word a headline puts in quotes and no pattern names, `'물폭탄'`, is a catchword)
        title_names = [m.text for m in title_mentions if m.type != "person" and not (m.source == "quoted" and m.type == "unknown")]
        keys = story_keys(title, body, article.outlet, state.names, title_names, state.figures, names_of)
        return ArticleExtraction(claims, keys, state.unfiled, article)


# figures a trial's instance or a draft's stage decides (a sentence, a fine, a budget,
# a rate); a height, a count of victims or a date is the same fact at every stage
# the figures a headline's stage holds for: a trial's instance stages its sentences and
# fines (`항소심서 징역 3년`), a draft or a final stages amounts and rates, not how long
# something lasted (`잠정합의…열흘 파업 마침표`: the strike lasted as long either way)
HEADLINE_STAGED_KINDS = {
    "first_instance": frozenset({"money", "duration", "percent"}),
    "appeal": frozenset({"money", "duration", "percent"}),
    "preliminary": frozenset({"money", "percent"}),
    "final": frozenset({"money", "percent"}),
    # a play-off's: its players' and teams' figures and its prizes (`챔프전 정상`)
    "postseason": frozenset({"money", "percent", "quantity"}),
}


# a poll's or a forecast's follow-up sentences (`연령대별로는 … 44.9%로 앞섰다`) give
# figures of the same source: its names carry over to rates this many sentences on
ESTIMATE_CARRY_SENTENCES = 2
CARRIED_KINDS = frozenset({"percent"})


def carry_estimate_source(claims: list[Claim]) -> None:
    """Give a rate in the sentences after an estimate (a poll, an exit poll, a
    forecast: frames.py's ``^estimate``) that name no source of their own that
    estimate's names, so it meets the same source's figures and not another's."""
    source: tuple[int, list[str]] | None = None
    for claim in claims:
        context, at = claim.context, claim.evidence.sentence_index
        names = estimate_sources(context)
        if names:
            source = (at, names)
            continue
        if source is None or claim.value.kind not in CARRIED_KINDS:
            continue  # (an estimate that names no source is a follow-up too: `응답률은 9.7%`)
        if 0 <= at - source[0] <= ESTIMATE_CARRY_SENTENCES:
            claim.context = sorted({*context, ESTIMATE, *source[1]})
            source = (at, source[1])  # the follow-up goes on
    # an article about one poll (every estimate naming the same organisations): its
    # rates anywhere are that poll's (`응답률은 12.4%` at the end of the story)
    sources = {tuple(sorted(estimate_sources(c.context))) for c in claims if ESTIMATE in c.context}
    sources.discard(())
    polled = any(w in POLL_WORDS for c in claims for w in c.context)
    if len(sources) == 1 and polled:
        (only,) = sources
        for claim in claims:
            if claim.value.kind in CARRIED_KINDS and not estimate_sources(claim.context):
                claim.context = sorted({*claim.context, ESTIMATE, *only})


# a vote's figures (turnout, approval) told in the sentences after the one naming the vote
# (`쟁의행위 찬반투표를 벌인 결과 … 찬성했다. 투표율은 91.4%, 찬성률은 87.6%다.`)
VOTE_CARRY_SENTENCES = 2
_VOTE_NOUN = "투표"


def carry_vote_stage(claims: list[Claim]) -> None:
    """Mark a vote's figure (an open frame with a word of data/frames.yaml
    ``vote_frame_words``: `~찬성률`, `~투표율`) with the vote it is of (``votes``): the one
    its sentence names (the nearest before it when the sentence names both), else the one
    the sentences before it named (within ``VOTE_CARRY_SENTENCES``), so that a strike
    vote's approval never meets the ratification vote's."""
    lex = frame_lexicon()
    if not lex.votes:
        return
    vote: tuple[int, str] | None = None
    words_at: dict[int, list[tuple[int, str]]] = {}  # each sentence's vote words, found once
    for claim in claims:
        ev = claim.evidence
        at = ev.sentence_index
        if at not in words_at:
            words_at[at] = _vote_words(ev.sentence, lex.votes)
        named = _vote_before(words_at[at], ev.start - ev.sentence_start)
        if named is not None:
            vote = (at, named)
        if not (claim.attribute.startswith("~") and any(w in claim.attribute for w in lex.vote_frame_words)):
            continue
        if vote is not None and 0 <= at - vote[0] <= VOTE_CARRY_SENTENCES:
            claim.context = sorted({*claim.context, "%" + vote[1]})


def _vote_words(sentence: str, votes: dict[str, tuple[str, ...]]) -> list[tuple[int, str]]:
    """(where, which vote) of each word of a vote in a sentence holding `투표`."""
    if _VOTE_NOUN not in sentence:
        return []
    return [(m.start(), name) for name, words in votes.items() for w in words for m in re.finditer(re.escape(w), sentence)]


def _vote_before(found: list[tuple[int, str]], position: int) -> str | None:
    """The vote whose word stands nearest before ``position`` (else first after it)."""
    if not found:
        return None
    before = [f for f in found if f[0] < position]
    return max(before)[1] if before else min(found)[1]


# the words of a poll (an estimate of opinion, not a forecast or an analyst's figure)
POLL_WORDS = frozenset({"여론조사", "출구조사", "조사", "의뢰"})


def report_time(values: list[Value], article: Article):
    """The article's report time: the latest clock time it gives as `기준`/`현재`
    (`14일 오후 6시 기준 이재민은 …`), which the counts it does not date hold at.
    ``values``: the article's values at body offsets."""
    from daejo.extract.claims import interval_of_time
    from daejo.extract.frames import frame_lexicon

    words = tuple(frame_lexicon().report_time_words)
    found = []
    for value in values:
        t = value.time
        if value.kind != "time" or t is None or t.unresolved or t.grain not in ("hour", "minute"):
            continue
        if article.body[value.end : value.end + 12].lstrip().startswith(words) and not _glosses_a_base(article.body, value.end):
            found.append(value)
    if not found:
        return None
    latest = max(found, key=lambda v: (v.time.start or ""))
    return ReportTimes(interval_of_time(latest), tuple((v.start, interval_of_time(v)) for v in sorted(found, key=lambda v: v.start)))


@dataclass(frozen=True)
class ReportTimes:
    """The report times an article states, in body order. A count it does not date
    holds at the latest one stated before it (`20일 오전 6시 기준 … 숨지고 …. 이재민은
    …` before a later `오전 10시 현재 … 수색`; an earlier time named after a later one is
    the state a change started from, `오후 1시 기준 2명이던 사망자는`), else, before
    any, at the latest of all."""

    latest: Interval
    stated: tuple[tuple[int, Interval], ...]  # (body offset, report time), in body order

    def at(self, offset: int) -> Interval:
        before = [interval for start, interval in self.stated if start < offset]
        return max(before, key=lambda i: i.start) if before else self.latest


# `(15일 0시 기준 23명)보다`: a report time inside the gloss of a comparison base
_BASE_GLOSS = re.compile(r"[^()]{0,24}\)\s?(?:" + "|".join(sorted(BASE_WORDS)) + ")")


def _glosses_a_base(body: str, end: int) -> bool:
    """The time ending at ``end`` is inside a parenthesis that glosses a comparison base
    (`전날(15일 0시 기준 23명)보다`): the base's report time, not the article's."""
    return _BASE_GLOSS.match(body, end) is not None


# how long after a year ends an article's results may still be that year's (annual
# results by March, annual reports, shareholders' meetings and restatements by spring)
RESULTS_TOLD_WITHIN = timedelta(days=183)
# the periods of a results article (`2분기 실적`, `상반기 매출`)
PERIOD_GRAINS = frozenset({"quarter", "half"})
PERIOD_KINDS = frozenset({"money", "percent"})


def article_period(article: Article, lead: list[Value], lead_text: str = "", opening: list[Value] | None = None):
    """The one quarter or half-year the lead sentence names, else the headline
    (`도담전자 2분기 영업이익 38% 증가`), else the one year the opening sentences
    (``opening``: the lead's and the next one's values) name: the period the article's
    results hold for."""
    from daejo.extract.claims import interval_of_time
    from daejo.extract.frames import frame_lexicon
    from daejo.values import parse_values

    words = frame_lexicon().results_words
    if not any(w in (article.title or "") or w in lead_text for w in words):
        return None  # `하반기 출시할 예정`: a plan's time, not the period of an article's results
    # the lead first: a headline may sum up more (`상반기 영업익 …` over a lead on the `2분기`);
    # the headline's values read only when the lead names no period
    def periods(values: list[Value]) -> dict:
        # (an end or a start, `연말까지 기단을 34대로`, is a plan's time, no period of results)
        return {(v.time.start, v.time.end): v for v in values
                if v.kind == "time" and v.time is not None and not v.time.unresolved and v.time.grain in PERIOD_GRAINS
                and v.time.role == "point"}

    found = periods(lead)
    if not found and article.title:
        found = periods(parse_values(article.title, article.published))
    if found:
        return interval_of_time(next(iter(found.values()))) if len(found) == 1 else None
    # no quarter or half: a year's results (`지난해 연결 기준 영업이익이 …`), the one year
    # the opening sentences name (their comparison bases, `전년보다`, left out by the caller)
    if periods(opening or []):
        return None  # `… 올해 매출 목표를 … 제시했다. … 1분기 실적 발표에서`: not a year's results
    # (a year over by the publication: a year's results are told after it ends; `올해 매출
    # 목표` is a plan)
    # (and not long over: a year's results are told in the months after it ends; in the
    # autumn, `지난해 16만2천여명을 넘어` is last year's figure passed, not the period)
    over = article.published.start.isoformat() if article.published else ""
    since = (article.published.start - RESULTS_TOLD_WITHIN).isoformat() if article.published else ""
    years = {(v.time.start, v.time.end): v for v in (opening or [])
             if v.kind == "time" and v.time is not None and not v.time.unresolved and v.time.grain == "year"
             and v.time.role == "point" and v.time.end and since < v.time.end[:10] <= over}
    return interval_of_time(next(iter(years.values()))) if len(years) == 1 else None


def _not_bases(sentences: list[Sentence], values: list[Value]) -> list[Value]:
    """The values of ``sentences`` (body offsets) but the times that are bases of a
    comparison (`전년보다`, `2021년 3조원보다`, `작년 같은 분기와 비교하면`)."""
    out = []
    for sentence in sentences:
        view = SentenceView(sentence)
        out += [v for v in values if sentence.start <= v.start and v.end <= sentence.end
                and not (v.kind == "time" and is_comparison_base(view, v))]
    return out


# a statistics article's period: a month (`8월 주택가격동향`) or a week of one (`4월 셋째
# 주 주간 아파트 가격동향`)
STATISTICS_GRAINS = frozenset({"month", "part_of_month"})
# the sentences of a statistics article that may name the month it reports on
# (`… 15일 발표한 '8월 주택가격동향'에 따르면`, often the second)
STATISTICS_LEAD = 2


def statistics_period(article: Article, lead: list[Value], lead_text: str = ""):
    """The one month a statistics article (data/frames.yaml ``statistics_words``:
    `동향`, `물가`, `아파트값` …) names in its headline and first sentences (`8월
    주택가격동향`): the period its undated rates and amounts hold for."""
    from daejo.extract.claims import interval_of_time
    from daejo.extract.frames import frame_lexicon
    from daejo.values import parse_values

    words = frame_lexicon().statistics_words
    if not any(w in (article.title or "") or w in lead_text for w in words):
        return None
    values = [*lead, *(parse_values(article.title, article.published) if article.title else ())]
    months = {(v.time.start, v.time.end): v for v in values
              if v.kind == "time" and v.time is not None and not v.time.unresolved
              and v.time.grain in STATISTICS_GRAINS and v.time.role == "point"}
    return interval_of_time(next(iter(months.values()))) if len(months) == 1 else None


def _takes_period(claim: Claim, catalogue: Catalogue) -> bool:
    """Whether a claim is a result the article dates only by its publication (a quarter's
    revenue, its margin, its growth): one that holds for the period the article reports on."""
    if claim.as_of_source != "published" or claim.value.kind not in PERIOD_KINDS:
        return False
    attribute = catalogue.attributes.get(claim.attribute)
    # an open frame's figure in a results article is a result too (`영업이익률은 8.5%`)
    return is_frame(claim.attribute) or (attribute is not None and bool(attribute.period or attribute.varies))


def _in_article_period(claim: Claim, period, catalogue: Catalogue) -> Claim:
    """A result the article dates only by its publication holds for the period the
    article reports on (``_takes_period``)."""
    if not _takes_period(claim, catalogue):
        return claim
    return claim.model_copy(update={"as_of": period, "as_of_source": "report"})


# the values a report time dates: counts, and the rates of a developing event (`진화율`)
REPORTED_KINDS = frozenset({"quantity", "percent"})


def _at_report_time(claim: Claim, report) -> Claim:
    """A count the article dates only by its publication holds at its report time; a
    property that does not change as the story develops (a tunnel's length) does not."""
    if claim.as_of_source != "published" or claim.value.kind not in REPORTED_KINDS:
        return claim
    if claim.value.kind == "percent" and not (is_frame(claim.attribute) and frame_change(claim.attribute[1:])[0]):
        return claim  # a share or a change is dated so only when its frame changes as a story develops (`진화율`)
    if is_frame(claim.attribute) and frame_is_static(claim.attribute[1:]):
        return claim
    return claim.model_copy(update={"as_of": report.at(claim.evidence.start), "as_of_source": "report"})


def extract_articles(articles: list[Article], *, analyzer, registry: EntityRegistry, catalogue: Catalogue) -> dict[str, list[Claim]]:
    """Claims of each article (by id), with aliases linked across the batch first."""
    found = Extractor(analyzer, registry, catalogue).extract_all(articles)
    return {aid: x.claims for aid, x in found.items()}


def extract_article(article: Article, *, analyzer, registry: EntityRegistry, catalogue: Catalogue, learn: bool = True) -> list[Claim]:
    """Every claim of one article, in body order."""
    extractor = Extractor(analyzer, registry, catalogue)
    if learn:
        extractor.learn([article])
    return extractor.extract(article).claims


def teach_user_words(analyzer, registry: EntityRegistry) -> None:
    """Give the analyzer the registry's names, once (each new word set rebuilds its engine)."""
    words = registry.user_words()
    known = set(getattr(analyzer, "user_words", ()) or ())
    missing = [w for w in words if w not in known]
    if missing and hasattr(analyzer, "add_user_words"):
        analyzer.add_user_words(missing)


def _sentence_values(sentence: Sentence, article: Article, anchor: TimeAnchor) -> list[Value]:
    """The values of a sentence at body offsets; an anaphoric time (`이날`, `전날`)
    counted from the last day the article named (anaphora.py)."""
    from daejo.values import parse_values

    shift = sentence.start
    shifted = []
    events = frame_lexicon().dated_nouns
    for v in parse_values(sentence.text, article.published):
        if not counts_from_an_event(v, sentence.text[: v.start], events):
            v = anchor.resolve_after(v, shifted)
        # moved in place: parse_values built these values for this call alone
        v.start += shift
        v.end += shift
        shifted.append(v)
    anchor.see(shifted, article.body)
    return shifted


def _sentence_claims(article, sentence, finder, catalogue, state, locator) -> list[Claim]:
    view = SentenceView(sentence)
    mentions = _variant_references(view, _resolve_references(_outside_dateline(sentence, finder.find(view)), state),
                                   state, finder.registry)
    state.names.extend(m.text for m in mentions if m.source in ("registry", "suffix", "quoted", "latin", "title") and m.type != "person")
    state.incident = _incident(view, finder.registry, state)
    state.founding_here = _speaks_of_founding(view, catalogue)
    values = _sentence_values(sentence, article, state.anchor)
    state.figures.extend(values)
    subject = _main_subject(mentions)
    claims: list[Claim] = []
    if values:
        clauses = split_clauses(view)  # (read only for the values)
        quotes = quote_spans(view)
        assignments = assign_values(view, values, mentions, clauses, catalogue, lambda k: clause_modality(view, clauses, k),
                                    quotes)
        assignments, unfiled = _with_frames(view, values, mentions, clauses, assignments)
        assignments = _carried_frames(view, values, clauses, assignments, unfiled, state, sentence.index)
        assignments = _parts_of_a_total(assignments, state, sentence.index)
        state.unfiled.extend(_unfiled(sentence, values, unfiled))
        overall = sentence_attribution(view, mentions)
        spans = [view.span_indices(v.start, v.end) for v in values]
        for a in assignments:
            claim = _claim_of(article, view, a, clauses, values, mentions, quotes, overall, state, locator)
            hit = (a.hit.first, a.hit.last) if a.hit is not None else None
            claim.context = context_words(view, a.value_first, a.value_last, clauses[a.clause], spans, mentions, hit, values,
                                          a.value.kind)
            if a.hit is None and a.value.kind == "number":
                # `한재경(64) 후보는 … 평균 …`: an appositive (a name's age) is outside the
                # stages its clause names, as it is outside its mood
                claim.context = [w for w in claim.context if not w.startswith("%")]
            if a.event:
                claim.context = sorted({*claim.context, "!" + a.event})
            claims.append(claim)
        _align_companions(assignments, claims)
        state.filed = (sentence.index, [(a.attribute, a.value.kind, a.value.unit) for a in assignments
                                        if a.value.kind in FRAME_KINDS_CARRIED])
        state.totals = (sentence.index, [(a.attribute, a.value) for a in assignments
                                         if a.value.kind == "quantity" and is_frame(a.attribute.id) and a.attribute.varies])
        for a in assignments:
            if a.attribute.id == FOUNDING and a.entity is not None and a.entity.type != "unknown":
                state.founded = (sentence.index, a.entity)
    if subject is None and _starts_with_reference(view) and state.previous_subject is not None:
        subject = state.previous_subject  # `그는 …`: the topic carries on
        if subject is not None:
            state.topics.append((sentence.index, subject, True))
    state.previous_subject = subject
    # `◇홍길동 원장 프로필` (an ending is mostly near the end: looked for from there)
    heading = not any(m.tag[:1] == "E" for m in reversed(sentence.morphemes))
    for k, m in enumerate(mentions):
        if heading and k == 0 and m.role is None:
            m.role = "topic"  # a heading's first name is what the lines under it are about
        topical = m.role in ("topic", "subject") or (heading and k == 0)
        if m.role != "side" and (m.registered or (topical and m.type != "unknown")):
            state.topics.append((sentence.index, m, topical))
    return claims


# the kinds of figure a frame carries over from the sentence before
FRAME_KINDS_CARRIED = frozenset({"quantity", "money", "percent"})
# what a carried frame's claim is worth: weak, its conflicts warnings at most
CARRIED_STRENGTH = 0.35


def _carried_frames(view: SentenceView, values: list[Value], clauses, assignments: list[Assignment],
                    unfiled: dict[int, str], state: _ArticleState, index: int) -> list[Assignment]:
    """A figure with no noun of its own in a sentence that carries on the one before
    (`대피 주민은 오후 6시 기준 1천583명이다. 오전 6시 1천406명에서 크게 불어났다.`, `…
    231명으로 집계됐다. 전날 오후 6시 148명에서 크게 늘어난 겁니다`): Korean drops the
    subject the previous sentence set, so the figure is of the one frame the previous
    sentence filed a figure of its kind and unit under (weakly: its conflicts are warnings
    at most). Not when the previous sentence filed two such frames, nor for a place in a
    ranking or the amount of a change (`17명 늘었다`), nor when this sentence files a figure
    of that kind and unit under a frame of its own."""
    before, filed = state.filed
    if before != index - 1 or not filed:
        return assignments
    lex = frame_lexicon()
    own = {(a.value.kind, a.value.unit) for a in assignments}
    added = []
    for k in sorted(unfiled):
        value = values[k]
        if unfiled[k] != NO_NOUN or value.kind not in FRAME_KINDS_CARRIED or (value.kind, value.unit) in own:
            continue
        if value.unit in PLACE_UNITS:
            continue  # `3위다`: a place in a ranking is of whatever the sentence ranks
        frames = {a.id: a for a, kind, unit in filed if kind == value.kind and unit == value.unit}
        if len(frames) != 1:
            continue
        (attribute,) = frames.values()
        if attribute.change or (is_frame(attribute.id) and is_change_key(attribute.id, lex)):
            continue  # a change carries on no level
        first, last = view.span_indices(value.start, value.end)
        if amount_change(view.morphemes, last, lex) is not None:
            continue  # `171명에서 17명 늘었습니다`: the 17 is the change, no level
        added.append(Assignment(value, first, last, attribute, None, 0, clause_of(clauses, first), strength=CARRIED_STRENGTH))
        del unfiled[k]
    return sorted([*assignments, *added], key=lambda a: a.value.start) if added else assignments


def _parts_of_a_total(assignments: list[Assignment], state: _ArticleState, index: int) -> list[Assignment]:
    """`환자는 412명으로 집계됐다. 학생이 389명, 교직원이 23명이다.`: counts of a sentence
    that add up, exactly, to a developing count the sentence before filed (a toll, the
    patients) are its parts, and change as it does: each is filed under the total's frame
    and its own (`~환자학생`), so that the students counted on the 15th are not the
    students counted on the 21st. Only when every exact count of that unit in the
    sentence is an open frame's that does not change of itself, and there are two or
    more."""
    before, totals = state.totals
    if before != index - 1 or not totals:
        return assignments
    for total, whole in totals:
        parts = [k for k, a in enumerate(assignments)
                 if a.value.kind == "quantity" and a.value.unit == whole.unit and a.value.bound == "exact"]
        if len(parts) < 2 or any(not is_frame(assignments[k].attribute.id) or assignments[k].attribute.varies for k in parts):
            continue
        if whole.value is None or sum(assignments[k].value.value or 0 for k in parts) != whole.value:
            continue
        refiled = list(assignments)
        for k in parts:
            a = assignments[k]
            key = total.id[len(FRAME_PREFIX):] + a.attribute.id[len(FRAME_PREFIX):]
            attribute = frame_attribute(key, f"{total.meaning} {a.attribute.meaning}")
            hit = TriggerHit(attribute.triggers[0], a.hit.first, a.hit.last) if a.hit is not None else None
            refiled[k] = replace(a, attribute=attribute, hit=hit)
        return refiled
    return assignments


def _unfiled(sentence: Sentence, values: list[Value], reasons: dict[int, str]) -> list[tuple[int, int, int, str, str, str]]:
    """The values of a sentence that became no claim, with why, as (sentence index, start,
    end, text, kind, reason): ``ArticleExtraction.unfiled`` builds them on demand."""
    index = sentence.index
    return [(index, (v := values[k]).start, v.end, v.text, v.kind, reason) for k, reason in sorted(reasons.items())]


def _with_frames(
    view: SentenceView, values: list[Value], mentions: list[Mention], clauses, assignments: list[Assignment]
) -> tuple[list[Assignment], dict[int, str]]:
    """The catalogue's assignments plus an open frame for each value they left
    (frames.py), and why each value left without either is no claim."""
    finder = FrameFinder(view, values, mentions, clauses)
    # a figure the catalogue filed measures its trigger's words: a date before them is
    # its period, not an event of its own (`2027년도 예산안`)
    finder.measured += [(a.hit.first, a.hit.last) for a in assignments if a.hit is not None and a.value.kind != "time"]
    taken = {id(a.value) for a in assignments}
    free = [k for k, v in enumerate(values) if id(v) not in taken]
    frames = finder.figure_frames(free)
    index = {id(v): k for k, v in enumerate(values)}
    # a date that is a figure's period (`2027년도 예산안`) or a report time (`오후 3시 기준으로
    # … 발표`) is no event's date
    periods = [index[id(a.value)] for a in assignments if a.value.kind == "time"
               and (finder.is_period(index[id(a.value)]) or finder.is_report_time(index[id(a.value)]))]
    # `연령대별로는 30대가 34.1%`: the age group a share is of is its label, no age
    labels = [index[id(a.value)] for a in assignments if finder.labels_a_share(index[id(a.value)])]
    assignments = [a for a in assignments if index[id(a.value)] not in periods and index[id(a.value)] not in labels]
    for a in assignments:
        if a.value.kind == "time" and "event" in a.attribute.entity_types:
            found = finder.find(index[id(a.value)])
            a.event = found.key if found is not None else None
    frames.update(finder.time_frames(free))
    unfiled = {k: finder.why_unfiled(k) for k in [*free, *periods, *labels] if k not in frames}
    added = _dated_bases(finder, values, clauses, assignments, frames, unfiled)
    for k, frame in sorted(frames.items()):
        value = values[k]
        first, last = finder.spans[k]
        attribute = frame_attribute(frame.key, frame.text)
        hit = TriggerHit(attribute.triggers[0], frame.first, frame.last)
        a = Assignment(value, first, last, attribute, hit, 0, clause_of(clauses, first), frame.entity, frame.entity_via,
                       strength=frame.strength)
        added.append(a)
    return (sorted([*assignments, *added], key=lambda a: a.value.start) if added else assignments), unfiled


def _dated_bases(finder: FrameFinder, values: list[Value], clauses, assignments: list[Assignment],
                 frames: dict[int, FoundFrame], unfiled: dict[int, str]) -> list[Assignment]:
    """`유증상자가 231명으로, 전날 오전 9시(146명)보다 85명 늘었다`: a comparison base
    with a report time of its own is the figure compared with it, as of that time
    (frames.py, ``dated_base``); it leaves ``unfiled``. The figure is the nearest one
    before it in the sentence of the same kind and unit that became a claim; of the start
    of a change (`오전 6시 기준 1천420㏊에서 오후 5시 1천680㏊로`), first the one after it."""
    out = []
    filed = {id(a.value): a for a in assignments}
    for k in sorted(unfiled):
        t = finder.dated_base(k)
        if t is None:
            continue
        value = values[k]

        def same(j: int) -> bool:
            """A level of the same kind and unit (not the change: `3명 늘어난 12명`)."""
            if values[j].kind != value.kind or values[j].unit != value.unit:
                return False
            if id(values[j]) in filed:
                return not filed[id(values[j])].attribute.change
            return j in frames and not finder.is_change_key(frames[j].key)

        before = (j for j in range(k - 1, -1, -1) if same(j))
        after = (j for j in range(k + 1, len(values)) if same(j))
        # the start of a change is the figure it changed to at an earlier time; a base,
        # the figure compared with it, before it (`231명으로, 전날 오전 9시(146명)보다`)
        # or after it (`전날(10일 오후 6시 기준 9명)보다 3명 늘어난 12명`)
        first_looks, then = (after, before) if finder.start_of_a_change(k) else (before, after)
        j = next(first_looks, None)
        if j is None:
            j = next(then, None)
        if j is None:
            continue
        first, last = finder.spans[k]
        if id(values[j]) in filed:
            a = filed[id(values[j])]
            attribute, hit, entity, via, strength = a.attribute, a.hit, a.entity, a.entity_via, a.strength
        else:
            frame = frames[j]
            attribute = frame_attribute(frame.key, frame.text)
            hit = TriggerHit(attribute.triggers[0], frame.first, frame.last)
            entity, via, strength = frame.entity, frame.entity_via, frame.strength
        out.append(Assignment(value, first, last, attribute, hit, 0, clause_of(clauses, first), entity, via,
                              strength=strength, as_of=values[t]))
        del unfiled[k]
    return out


def _claim_of(article, view, a: Assignment, clauses, values, mentions, quotes, overall, state, locator) -> Claim:
    times = [v for v in values if v.kind == "time"]
    framed = is_frame(a.attribute.id)
    entity, via = (None if framed else _inside_the_quote(a, mentions, quotes)) or (a.entity, a.entity_via)
    weak = via in ("none", "nearest", "sentence_subject")  # not "adnominal": that value is someone else's
    if weak and not (a.hit is None and a.value.kind == "number"):
        # `그는 …`: the pronoun is the topic, stronger than a name nearby
        found, how = _entity_from_context(view, a, state)
        if found is not None and (entity is None or how == "pronoun"):
            entity, via = found, how
    appositive = a.hit is None and a.value.kind == "number"  # `홍길동 원장(45)`: outside the clause's mood
    # `도림홀딩스(지분 31.4%)는 … 청약하겠다고 밝혔다`: a figure in brackets glued to a name
    # says what the name is now; the sentence's plan and its times are not the figure's
    bracket = None if appositive else _apposition_bracket(view, a.value_first, a.value_last)
    modality = "asserted" if appositive else _modality(view, clauses, a, None if bracket is None else bracket[1])
    if modality == "asserted" and is_future_time(a.value, article):
        modality = "planned"  # `오는 25일 출시한다`: announced, not yet happened
    elif modality in ("planned", "forecast") and is_past_day(a.value, article):
        modality = "asserted"  # `지난 15일 개막해 … 전망이다`: the day has passed; the mood is the next clause's
    clause_times = [] if appositive else [t for t in times if clause_of(clauses, view.span_indices(t.start, t.end)[0]) == a.clause]
    in_clause = [t for t in dating_times(view, a.value_last, clause_times) if not _period_of_another_noun(view, t, a)]
    if bracket is not None:
        in_clause = [t for t in in_clause if bracket[0] < view.span_indices(t.start, t.end)[0] < bracket[1]]
    past = not appositive and refers_to_past(view, a.value_first, clauses[a.clause].first, values)
    if past:  # `출범 당시 70여 명이던 인력은 지난해 말 …`: a later time dates the other value
        in_clause = [t for t in in_clause if t.end <= a.value.start]
        if not in_clause:
            then = _time_then_refers_to(view, a, times)
            in_clause = [then] if then is not None else in_clause
    claim = build_claim(
        article,
        view,
        a,
        entity_id=entity.entity if entity else None,
        entity_text=entity.text if entity else None,
        entity_span=(entity.start, entity.end) if entity and via not in ("pronoun", "context", "headline") else None,
        entity_via=via,
        registered=bool(entity and entity.registered),
        modality=modality,
        attribution=None if appositive else attribution_for(view, mentions, a.value.start, quotes, overall),
        as_of_value=a.as_of or respective_time(view, a.value, in_clause, values) or _toll_dated(article, view, a, explicit_as_of(a, in_clause)),
        locator=locator,
        undated_past=past,
    )
    if modality == "asserted" and a.value.kind != "time" and any(
            is_future_time(t, article, roles=("point", "since")) for t in in_clause):
        # `6천억개 파라미터를 갖춘 AI를 올 하반기에 공개한다`, `내년부터 10개월 동안 … 받을 수
        # 있다`: a figure its clause dates after the publication day has not come to hold
        # yet, whatever the tense
        claim.modality = "planned"
    elif modality == "asserted" and a.value.kind != "time" and bracket is None and not any(
            t.end <= a.value.start for t in in_clause) and any(
            t.start > a.value.end and is_future_time(t, article, roles=("point", "since")) for t in clause_times):
        # `예비비 3천200만원을 들여 10일부터 냉각탑 187곳을 점검한다`: a day still to come that
        # dates a later figure of the clause still tells that the clause has not happened
        claim.modality = "planned"
    claim.qualifier = qualifier_of(view, a.attribute.qualifier, a.hit, a.value_first, clauses[a.clause].first, claim)
    if claim.qualifier is not None and claim.qualifier in (claim.entity, claim.entity_text):
        claim.qualifier = None  # `노송구가 1.12% 올라`: the subject that is the entity tells no sub-category
    return claim


def _time_then_refers_to(view: SentenceView, a: Assignment, times: list[Value]) -> Value | None:
    """`2019년에는 … 제명안이 상정됐지만 당시 재적 28명 가운데`: `당시` (data/as_of.yaml
    ``then_words``) with no event before it (`출범 당시`) is the time its sentence named last
    before it (a resolved year, month or day), the past the figure holds in; None when the
    sentence names none."""
    ms, then = view.morphemes, as_of_lexicon().then_words
    at = next((j for j in range(a.value_first - 1, -1, -1) if ms[j].form in then), None)
    if at is None or (at > 0 and ms[at - 1].tag.startswith("NN") and ms[at - 1].end + 1 >= ms[at].start):
        return None  # (`출범 당시`, `사고 당시`: the time of an event the text may not date)
    before = [t for t in times if t.end <= ms[at].start and t.time is not None and not t.time.unresolved
              and t.time.role == "point" and t.time.grain in _THEN_GRAINS]
    return before[-1] if before else None


_THEN_GRAINS = frozenset({"year", "half", "quarter", "month", "day"})


def _toll_dated(article: Article, view: SentenceView, a: Assignment, time: Value | None) -> Value | None:
    """The time a count is dated by, unless it is a day before the publication that dates
    the event of a toll that only grows, a verb between them telling that event (`지난
    17일 … 추락해 7명의 목숨을 앗아간`, `17일 … 비탈로 굴러 6명이 숨진 사고는`): a toll told
    days after its event is the toll the article reports, as of its publication, not as of
    the event's day; so is one told after a part of such a day (`어제 오후 … 새어 나온 사고로
    숨진 사람이 2명으로 늘었습니다`). A day that dates the count itself (`지난 3일 2명이
    숨졌다`, `지난 3일까지 신고된 …`, `22일 신고 기준 4,215건`) keeps dating it."""
    if time is None or time.time is None or time.time.grain not in DAY_GRAINS or a.value.kind != "quantity":
        return time
    if not a.attribute.grows:
        return time  # (an open frame's attribute grows as data/frames.yaml's `varying` says)
    if article.published is None or not time.time.end or time.time.end[:10] > article.published.start.isoformat():
        return time
    if time.end > a.value.start:
        return time
    if article.body[time.end : time.end + 8].lstrip().startswith(("까지", *frame_lexicon().report_time_words)):
        return time  # `지난 3일까지 신고된 …`, `3일 기준`: the count's cut-off
    _, last = view.span_indices(time.start, time.end)
    ms = view.morphemes
    if not any(m.tag in ("VV", "XSV") and k + 1 < a.value_first and ms[k + 1].tag == "EC"
               for k, m in enumerate(ms[: a.value_first]) if k > last):
        return time  # no event told between the day and the toll (`추락해`, `굴러`)
    return None


def _period_of_another_noun(view: SentenceView, time: Value, a: Assignment) -> bool:
    """``time`` is the period of the clause's object right after it, which the figure
    does not measure: `2027년도 예산안을 … 찬성 41명으로 가결했다` (the budget's year, not
    the vote's), while `2027년도 예산안을 3조2천억원으로 확정했다` is the budget's own."""
    if time.time is None or time.time.grain not in FIGURE_PERIOD_GRAINS or a.hit is None or a.value.kind == "time":
        return False
    ms = view.morphemes
    _, last = view.span_indices(time.start, time.end)
    nxt = last + 1
    while nxt < len(ms) and ms[nxt].tag in ("XSN", "SS", "SSO", "SSC"):
        nxt += 1
    if nxt >= len(ms) or ms[nxt].tag not in ("NNG", "NNP") or nxt >= a.value_first:
        return False
    end = nxt
    # (the object's nouns, written as one word or spaced: `교육비특별회계 예산안을`)
    while end + 1 < len(ms) and end + 1 < a.value_first and ms[end + 1].tag in ("NNG", "NNP"):
        end += 1
    if end + 1 >= len(ms) or ms[end + 1].tag != "JKO":
        return False  # only the object the clause acts on (`예산안을 … 가결했다`) has a period of its own
    if end + 3 < len(ms) and ms[end + 2].form == "보" and ms[end + 3].form == "면":
        return False  # `1분기 실거래 분석을 보면 … 43.7%로`: the source the figures are read in, its period theirs
    return not (a.hit.first <= end and nxt <= a.hit.last)


def is_future_time(value: Value, article: Article, roles: tuple[str, ...] = ("point",)) -> bool:
    """A point in time (or, with ``roles``, the start of a span: `내년부터`) that starts
    after the publication day: what the article reports about it has not happened yet,
    whatever the tense."""
    t = value.time
    if value.kind != "time" or t is None or t.unresolved or t.role not in roles or not t.start:
        return False
    if article.published is None:
        return False
    return t.start[:10] >= article.published.end.isoformat()


def is_past_day(value: Value, article: Article) -> bool:
    """A day (or a time of day) that ended before the publication day."""
    t = value.time
    if value.kind != "time" or t is None or t.unresolved or t.role != "point" or not t.end or article.published is None:
        return False
    if t.grain not in DAY_GRAINS:
        return False
    moment = article.published.moment
    if moment is not None and len(t.end) > 10 and t.end[:10] == article.published.start.isoformat():
        # a time of day on the publication day has passed when it ended before the article
        # came out (`이날 오전 7시 첫 편부터 운항을 재개할 계획이다` at 6:40 has not)
        return t.end[:16] <= moment.strftime("%Y-%m-%dT%H:%M")
    return t.end[:10] <= article.published.start.isoformat() and t.end[:10] < article.published.end.isoformat()


def _inside_the_quote(a: Assignment, mentions: list[Mention], quotes) -> tuple[Mention, str] | None:
    """A value in quoted speech is about a name in the quote, not about the speaker
    outside it (`홍 원장은 "그룹 전체로 1000명까지 늘리겠다"고 말했다`)."""
    quote = next(((s, e) for s, e in quotes if s <= a.value.start < e), None)
    if quote is None or (a.entity is not None and quote[0] <= a.entity.start < quote[1]):
        return None
    inside = [
        m for m in mentions
        if quote[0] <= m.start and m.end <= a.value.start and m.role != "side" and a.attribute.accepts_entity_type(m.type)
    ]
    return (inside[-1], "nearest") if inside else None


def _align_companions(assignments: list[Assignment], claims: list[Claim]) -> None:
    """A deadline is about whoever its target is about (`LG … 3년 안에 1000명`)."""
    for a, claim in zip(assignments, claims):
        companion = a.attribute.companion_of
        if companion is None or claim.entity is not None:
            continue
        partner = next((c for b, c in zip(assignments, claims) if b.clause == a.clause and b.attribute.id == companion), None)
        if partner is not None and partner.entity is not None:
            claim.entity, claim.entity_text = partner.entity, partner.entity_text
            claim.confidence = min(claim.confidence, partner.confidence)


def _modality(view: SentenceView, clauses, a: Assignment, until: int | None = None) -> str:
    first, last = mood_range(clauses, a.clause, a.value_first)
    last = relative_clause_end(view, first, last)
    if until is not None:
        last = min(last, until)
    value = a.value_first
    modality = modality_between(view, first, last, value=value)
    if modality == "negated" and _counts_a_possessor(view, a.value_last):
        # `세입자 152명의 보증금을 돌려주지 않았다`: the verb is negated, not the count
        modality = modality_between(view, first, last, skip=frozenset({"negated"}), value=value)
    if modality == "asserted":
        # `목표는 1000명이다`: a plan marker may stand before the value, though not one
        # that ends in a relative clause of its own (`운항 예정이던 146편 가운데 118편이`)
        start = after_relative_clauses(view, clauses[a.clause].first, a.value_first)
        before = modality_between(view, start, a.value_first, value=value)
        modality = before if before in ("planned", "forecast") else modality
    elif modality in ("planned", "forecast") and of_a_settled_noun(view, value):
        # `빼낸 자료 4.1TB를 모두 공개하겠다고`: the size of what is done, not what is planned
        modality = modality_between(view, first, last, skip=frozenset({"planned", "forecast"}), value=value)
    elif modality == "hedged" and _available_from(a):
        # `다음 달 2일부터 … 고칠 수 있다`: from a date on one can, no guess
        modality = modality_between(view, first, last, skip=frozenset({"hedged"}), value=value)
    return modality


# what stands right before a bracket whose figure describes it: a name
_APPOSITION_HEADS = frozenset({"NNP", "SL", "SH"})


def _apposition_bracket(view: SentenceView, first: int, last: int) -> tuple[int, int] | None:
    """The opening and closing brackets (morpheme indices) of a bracket glued to a name
    that holds the value (`도림홀딩스(지분 31.4%)`), else None."""
    ms = view.morphemes
    i = first - 1
    while i >= 0 and ms[i].form not in ("(", ")"):
        i -= 1
    if i < 1 or ms[i].form != "(":
        return None
    head = ms[i - 1]
    if head.tag not in _APPOSITION_HEADS or head.end != ms[i].start:
        return None
    for j in range(last + 1, len(ms)):
        if ms[j].form in ("(", ")"):
            return (i, j) if ms[j].form == ")" else None
    return None


def _available_from(a: Assignment) -> bool:
    """The value is the day something becomes possible (`…부터`, a time that starts a
    period): with `-ㄹ 수 있다` it says what one can do from then, not what may happen."""
    t = a.value.time
    return a.value.kind == "time" and t is not None and t.role == "since"


def _counts_a_possessor(view: SentenceView, last: int) -> bool:
    """The value is followed by a genitive 의 (`152명의 보증금`): it counts whose the
    noun after it is."""
    i = last + 1
    ms = view.morphemes
    return i < len(ms) and ms[i].form == "의" and ms[i].start == ms[last].end


def _entity_from_context(view: SentenceView, a: Assignment, state: _ArticleState) -> tuple[Mention | None, str]:
    """No entity in the sentence: a pronoun's antecedent, else the latest earlier
    topic of a compatible type, else the headline's entity (lower confidence)."""
    accepts = a.attribute.accepts_entity_type
    previous = state.previous_subject
    if previous is not None and _starts_with_reference(view) and accepts(previous.type):
        return previous, "pronoun"
    founded = state.founded
    if state.founding_here and founded is not None and founded[0] >= view.sentence.index - CONTEXT_SENTENCES and accepts(founded[1].type):
        return founded[1], "context"
    if a.attribute.companion_of:
        return None, "none"  # a deadline without its target's entity stays unattached
    if not a.attribute.entity_fallback:
        return None, "none"
    if state.incident is not None and accepts(state.incident.type):
        return state.incident, "context"
    if "person" in a.attribute.entity_types and _generic_person_topic(view, a.value_first):
        return None, "none"  # `가장 나이가 많은 피해자는 93세였다`: that one's, not the last one named
    # the latest earlier topic or subject first, then any registered name
    # a topic or subject before any other name (newest first), and the
    # attribute's preferred type first
    recent = _recent_topics(state.topics, view.sentence.index - CONTEXT_SENTENCES)
    # an argument of the attribute's primary type first, even when not the
    # topic: a price is a product's (`아라전자가 아라폰 S7을 출시한다 … 출고가는
    # …`), not its maker's; a name that only modifies a noun (`구단 유니폼`) is not one
    primary = a.attribute.entity_types[0] if a.attribute.entity_types else None
    for m, _ in sorted(reversed(recent), key=lambda pair: not pair[1]):
        if primary not in (None, "unknown") and m.type == primary and m.role in ARGUMENT_ROLES:
            return m, "context"
    for wanted in (True, False):
        for type_ in a.attribute.entity_types:
            for m, topical in reversed(recent):
                if m.type == type_ and (topical or not wanted):
                    return m, "context"
    for m in state.headline:
        if accepts(m.type):
            return m, "headline"
    return None, "none"


def _generic_person_topic(view: SentenceView, before: int) -> bool:
    """The sentence's topic or subject before the value is a person told by a common noun
    (data/lexicon.yaml ``person_nouns``: `피해자는`, `환자가`): the figure is that
    person's, whom no name in the text stands for."""
    ms = view.morphemes
    nouns = entity_lexicon().person_nouns
    return any(ms[i].tag in ("JX", "JKS") and ms[i - 1].form in nouns and ms[i - 1].end == ms[i].start
               for i in range(1, min(before, len(ms))))


def _recent_topics(topics: list[tuple[int, Mention, bool]], first: int) -> list[tuple[Mention, bool]]:
    """Topics of the sentences from ``first`` on, oldest first. Topics are appended
    in sentence order, so only the tail is read: a long text stays linear."""
    k = len(topics)
    while k > 0 and topics[k - 1][0] >= first:
        k -= 1
    return [(m, topical) for _, m, topical in topics[k:]]


def _speaks_of_founding(view: SentenceView, catalogue: Catalogue) -> bool:
    """The sentence names a founding (`출범`, `설립`): the trigger words of founded_date."""
    if FOUNDING not in catalogue:
        return False
    words = catalogue.one_word_triggers(FOUNDING)
    if words.isdisjoint(view.forms_as_written()):
        return False  # (most sentences: one set test)
    return any(m.form in words and m.tag.startswith("NN") for m in view.morphemes)


def _outside_dateline(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """Drop the outlet and reporter of a dateline (`(가람=남도매일) 최현우 기자 = …`)."""
    end = sentence_dateline_end(sentence)
    return mentions if end == sentence.start else [m for m in mentions if m.start >= end]


def _incident(view: SentenceView, registry: EntityRegistry, state: _ArticleState) -> Mention | None:
    """`불은 … 났다` in a story about 해누리호: the registered event `해누리호 화재`."""
    nouns = entity_lexicon().event_nouns
    if nouns.keys().isdisjoint(view.forms_as_written()):
        return None  # (most sentences: one set test)
    kinds = {nouns[m.form] for m in view.morphemes if m.tag.startswith("NN") and m.form in nouns}
    if not kinds:
        return None
    names = [m for _, m, _ in reversed(state.topics)] + state.headline
    for m in names:
        record = registry.records.get(m.entity or "")
        for base in {m.text, record.name if record else m.text}:
            for kind in sorted(kinds):
                event = registry.lookup(f"{base} {kind}")
                if event is not None and event.type == "event":
                    return Mention(m.start, m.end, f"{base} {kind}", "event", "context", event.id, event.registered)
    return None


def _resolve_references(mentions: list[Mention], state: _ArticleState) -> list[Mention]:
    """``배 원장`` → the person named earlier with that surname; unknown ones are dropped."""
    kept = []
    for m in mentions:
        if m.type == "person" and len(m.text) == 1:
            earlier = state.persons_by_surname.get(m.text)
            if earlier is None:
                continue
            m.entity, m.registered, m.source = earlier.entity, earlier.registered, "reference"
        elif m.type == "person":
            state.persons_by_surname.setdefault(m.text[0], m)
        kept.append(m)
    return kept


def _variant_references(view: SentenceView, mentions: list[Mention], state: _ArticleState, registry) -> list[Mention]:
    """`울트라는 화면이 6.8인치로 커졌고`: a model variant written alone (lexicon.yaml
    ``model_variants``) is that variant of the product the article last named
    (`솔라 S7` → `솔라 S7 울트라`)."""
    lex = entity_lexicon()
    out = list(mentions)
    ms = view.morphemes
    variants = () if lex.model_variants.isdisjoint(view.forms_as_written()) else ms[:-1]  # (most sentences: none)
    for i, m in enumerate(variants):
        if m.form not in lex.model_variants or not m.tag.startswith("NN") or not ms[i + 1].tag.startswith("J"):
            continue
        if state.product_family is None or any(x.start <= m.start < x.end for x in mentions):
            continue
        if i > 0 and ms[i - 1].end == m.start:
            continue  # glued to a word before: part of another name
        name = f"{state.product_family} {m.form}"
        ref = Mention(m.start, m.end, m.form, "product", "reference", entity=registry.resolve(name, "product").id,
                      role=lex.particles.get(ms[i + 1].form), role_at=ms[i + 1].start)
        out.append(ref)
    for x in mentions:
        if x.type == "product" and not x.text.endswith("+") and not any(x.text.endswith(v) for v in lex.model_variants):
            state.product_family = x.text
    return sorted(out, key=lambda x: x.start)


def _main_subject(mentions: list[Mention]) -> Mention | None:
    return next((m for m in mentions if m.role in ("topic", "subject")), None)


def _starts_with_reference(view: SentenceView) -> bool:
    text = view.text.lstrip(" \"'“‘")
    for ref in entity_lexicon().pronoun_references:
        if text.startswith(ref) and len(text) > len(ref) and text[len(ref)] in "는은가이의도":
            return True
    return False

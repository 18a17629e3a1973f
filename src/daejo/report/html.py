"""The editors' review report: one self-contained HTML page.

A view over findings and claims, no reconciliation logic: an overview of the
conflicts at the top, each finding's sides next to each other (the checked
article first), and fact sheets (open for the entities the checked articles
touch) with every claim grouped by attribute on a timeline. Article text is untrusted, so the
template autoescapes everything and the highlight is built from offsets, never
from markup.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from daejo.models import ArticleClaims, Claim, Finding, FindingSide, Value
from daejo.report.charts import Chart, fact_charts
from daejo.report.common import attribute_name, short_fingerprint
from daejo.report.common import describe_value as notation
from daejo.report.wording import MYRIADS, as_of_text, editor_value, myriads, published_text, shown_modality

SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
PAGE_SIZE = 100  # finding cards shown at once; the rest are paged in by the script
# The page holds the first this many findings of each (rule, severity), in the
# usual order, and counts the rest: a large archive gives hundreds of thousands
# of findings, which no page could hold (`daejo check --format json` lists all)
MAX_FINDINGS_PER_GROUP = 500
# links from a fact-sheet row to the cards of its findings
MAX_LINKS_PER_CLAIM = 5


# ---------------------------------------------------------------- value display


def format_number(x: float | int | None) -> str:
    """Readable Korean form of a number: 300000000000 -> '3,000억'.

    >>> format_number(112_700_000_000)
    '1,127억'
    >>> format_number(1_500_000_000_000)
    '1조 5,000억'
    """
    if x is None:
        return "–"
    if isinstance(x, float) and not x.is_integer():
        return f"{x:,.4g}" if abs(x) < 1e4 else f"{x:,.0f}"
    return myriads(int(x), MYRIADS[1:])  # up to 조: a 경 figure is shown in 조


def describe_value(v: Value | None, lang: str | None = None) -> str:
    """The value as an editor reads it in ``lang`` (report.wording: `2021년 12월`,
    `약 2,700억–3,300억 개`); without a language, the normalised value and its interval
    (`—` when the side is not a claim: a suppression comment or a decision entry)."""
    if lang is not None:
        return editor_value(v, lang)
    if v is None:
        return "—"
    if v.kind == "time":
        t = v.time
        if t is None or t.unresolved:
            return "시점 미확정"
        role = {"deadline": " (기한)", "birth": " (출생)", "since": " (부터)"}.get(t.role, "")
        return f"[{t.start}, {t.end}){role}"
    unit = f" {v.unit}" if v.unit else ""
    main = f"{format_number(v.value)}{unit}"
    if v.low is None and v.high is None:
        return main
    return f"{main}  [{format_number(v.low)} – {format_number(v.high)}]"


# ---------------------------------------------------------------- view models


@dataclass
class SideView:
    side: FindingSide
    before: str
    mark: str
    after: str
    value_text: str
    checked: bool | None = None  # the article being checked; False: a stored one; None: not told


@dataclass
class FindingView:
    finding: Finding
    anchor: str
    sides: list[SideView]
    articles: list[str]


@dataclass
class ClaimRow:
    claim: Claim
    article: ArticleClaims
    value_text: str
    as_of: str
    in_conflict: bool
    finding_ids: list[str]  # of cards on the page, at most MAX_LINKS_PER_CLAIM
    more_findings: int = 0  # its other findings (not linked)


@dataclass
class Hidden:
    """Findings of one (rule, severity) the page does not hold."""

    rule: str  # `DJ101 value-mismatch`
    severity: str
    count: int


@dataclass
class AttributeSheet:
    attribute: str
    rows: list[ClaimRow]
    charts: list[Chart] = field(default_factory=list)  # one per unit (report.charts)


@dataclass
class EntitySheet:
    entity: str
    anchor: str
    names: list[str]
    attributes: list[AttributeSheet] = field(default_factory=list)
    conflicts: int = 0


def slug(text: str) -> str:
    """An id usable in a URL fragment: keeps Hangul and ASCII letters/digits."""
    s = re.sub(r"[^0-9A-Za-z가-힣_-]+", "-", text).strip("-")
    return s or "x"


def split_highlight(side: FindingSide) -> tuple[str, str, str]:
    """Sentence cut at the value's span, from offsets (no markup involved)."""
    s = side.sentence
    if side.sentence_start is not None:
        a = side.start - side.sentence_start
        b = side.end - side.sentence_start
        if 0 <= a <= b <= len(s):
            return s[:a], s[a:b], s[b:]
    i = s.find(side.quote) if side.quote else -1
    if i < 0:
        return s, "", ""
    return s[:i], side.quote, s[i + len(side.quote):]


def _order(f: Finding) -> tuple:
    return (SEVERITY_RANK[f.severity], f.entity or "", f.attribute or "", f.id)


def select_findings(findings: Iterable[Finding], per_group: int = MAX_FINDINGS_PER_GROUP) -> tuple[list[Finding], list[Hidden]]:
    """The first ``per_group`` findings of each (rule, severity) in the page's order,
    and how many of each group are left out."""
    shown: list[Finding] = []
    seen: Counter = Counter()
    for f in sorted(findings, key=_order):
        key = (f"{f.code} {f.rule}", f.severity)
        seen[key] += 1
        if seen[key] <= per_group:
            shown.append(f)
    hidden = [Hidden(rule, severity, n - per_group) for (rule, severity), n in seen.items() if n > per_group]
    return shown, sorted(hidden, key=lambda h: (SEVERITY_RANK[h.severity], h.rule))


def finding_views(findings: Iterable[Finding], checked: set[str] | None = None, lang: str = "ko") -> list[FindingView]:
    """Cards in the page's order; with ``checked`` known, the checked articles' sides
    come first and each side says whether it is checked or stored."""
    views = []
    for f in sorted(findings, key=_order):
        sides = []
        for side in f.claims:
            before, mark, after = split_highlight(side)
            is_checked = None if checked is None else side.article in checked
            sides.append(SideView(side, before, mark, after, editor_value(side.value, lang), is_checked))
        sides.sort(key=lambda v: not v.checked)  # stable: the reconciler's order otherwise
        views.append(FindingView(f, f"finding-{f.id}", sides, sorted({s.article for s in f.claims})))
    return views


def _as_of_text(claim: Claim, lang: str = "ko") -> str:
    return as_of_text(claim.as_of, lang)


def entity_sheets(ledger: Iterable[ArticleClaims], findings: Iterable[Finding],
                  on_page: set[str] | None = None, lang: str = "ko",
                  checked: set[str] | None = None) -> list[EntitySheet]:
    """Fact sheets; a claim in any error or warning is marked, and links to at most
    ``MAX_LINKS_PER_CLAIM`` of those whose cards are ``on_page`` (all when None)."""
    conflicts: dict[str, list[str]] = defaultdict(list)
    counts: Counter = Counter()
    for f in findings:
        if f.severity in ("error", "warning"):
            for side in f.claims:
                if side.claim_id:
                    counts[side.claim_id] += 1
                    linked = conflicts[side.claim_id]
                    if len(linked) < MAX_LINKS_PER_CLAIM and (on_page is None or f.id in on_page):
                        linked.append(f.id)
    by_entity: dict[str, dict[str, list[ClaimRow]]] = defaultdict(lambda: defaultdict(list))
    names: dict[str, Counter] = defaultdict(Counter)
    for article in ledger:
        for claim in article.claims:
            if claim.entity is None:
                continue
            names[claim.entity][claim.entity_text or claim.entity] += 1
            linked = conflicts.get(claim.id, [])
            row = ClaimRow(
                claim, article, editor_value(claim.value, lang), _as_of_text(claim, lang),
                claim.id in counts, linked, counts.get(claim.id, 0) - len(linked),
            )
            by_entity[claim.entity][claim.attribute].append(row)
    sheets = []
    for entity in sorted(by_entity):
        sheet = EntitySheet(entity, f"entity-{slug(entity)}", [n for n, _ in names[entity].most_common(4)])
        for attribute in sorted(by_entity[entity]):
            rows = sorted(by_entity[entity][attribute], key=lambda r: (r.claim.as_of.start if r.claim.as_of else "", r.article.article))
            sheet.attributes.append(AttributeSheet(attribute, rows, fact_charts(rows, lang, checked)))
            sheet.conflicts += sum(r.in_conflict for r in rows)
        sheets.append(sheet)
    sheets.sort(key=lambda sh: (sh.conflicts == 0, sh.entity))  # the disputed first
    return sheets


# ---------------------------------------------------------------- overview


MAX_PAIRS = 50  # rows of the article-pair list; the rest are counted
MAX_FACTS_PER_PAIR = 6
MAX_STORIES = 30
MAX_FACTS_PER_STORY = 20
MAX_VALUES_PER_FACT = 12  # articles' values shown per disputed fact; the rest are counted
NO_STORY = ""


@dataclass
class ArticleRef:
    """An article as the overview names it: outlet and day, its id and title on hover."""

    article: str
    outlet: str | None
    published: str | None
    title: str | None
    checked: bool

    @property
    def day(self) -> str:
        """The publication date, with the clock when known: two reports of one day differ by it."""
        return published_text(self.published)


@dataclass
class PairFact:
    label: str  # `LG AI연구원 · 설립 시점`
    anchor: str  # of the first card on the page, '' when none is
    severity: str


@dataclass
class PairRow:
    """Two articles that disagree: how many findings of each severity, on which facts."""

    a: ArticleRef  # the checked one when one of them is
    b: ArticleRef
    counts: dict[str, int]
    facts: list[PairFact]
    more_facts: int = 0

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class DisputedValue:
    article: ArticleRef
    value_text: str


@dataclass
class DisputedFact:
    entity: str
    label: str
    severity: str
    findings: int
    anchor: str
    values: list[DisputedValue]
    more_values: int = 0


@dataclass
class StoryDisputes:
    story: str  # NO_STORY for articles no story was found for
    name: str
    facts: list[DisputedFact]
    more_facts: int = 0


@dataclass
class Overview:
    pairs: list[PairRow]
    more_pairs: int
    stories: list[StoryDisputes]
    more_stories: int


def with_stories(ledger: list[ArticleClaims], checked: set[str] | None) -> list[ArticleClaims]:
    """The entries with their stories (#10): the check groups articles into stories
    when it reconciles but hands the page the entries as read, so the page groups
    them again the same way (daejo.stories; stored stories are kept). Entries that all
    have a story, or an empty ledger, are returned as they are."""
    if not ledger or all(a.story for a in ledger):
        return ledger
    from daejo.stories import assign_all

    new = [a for a in ledger if not a.story and (checked is None or a.article in checked)]
    known = [a for a in ledger if a.story or not (checked is None or a.article in checked)]
    new, known = assign_all(new, known)
    grouped = {a.article: a for a in [*new, *known]}
    return [grouped.get(a.article, a) for a in ledger]


def article_refs(ledger: Iterable[ArticleClaims], findings: Iterable[Finding],
                 checked: set[str] | None) -> dict[str, ArticleRef]:
    """Every article the page names, from the ledger or else from a finding's side."""
    refs: dict[str, ArticleRef] = {}
    for a in ledger:
        refs[a.article] = ArticleRef(a.article, a.outlet, a.published, a.title, bool(checked and a.article in checked))
    for f in findings:
        for s in f.claims:
            if s.article not in refs:
                refs[s.article] = ArticleRef(s.article, s.outlet, s.published, s.title, bool(checked and s.article in checked))
    return refs


def finding_pairs(f: Finding, checked: set[str] | None) -> list[tuple[str, str]]:
    """The article pairs a finding puts in conflict: each checked article with each
    other article of the finding (its first side stands for the checked one when
    none is known), the checked article first."""
    articles = list(dict.fromkeys(s.article for s in f.claims))
    anchors = [a for a in articles if checked and a in checked] or articles[:1]
    pairs: dict[frozenset, tuple[str, str]] = {}
    for a in anchors:
        for b in articles:
            if b != a and frozenset((a, b)) not in pairs:
                pairs[frozenset((a, b))] = (a, b)
    return list(pairs.values())


def _worst(severities: Iterable[str]) -> str:
    return min(severities, key=lambda s: SEVERITY_RANK[s], default="info")


def overview(findings: list[Finding], ledger: list[ArticleClaims], refs: dict[str, ArticleRef],
             checked: set[str] | None, on_page: set[str], display: dict[str, str], lang: str,
             value_text=None) -> Overview:
    """What an editor takes in at a glance: the article pairs in conflict with their
    counts by severity, and per story the facts in dispute with each article's value."""
    value_text = value_text or (lambda v: editor_value(v, lang))
    label = {}

    def fact_label(f: Finding) -> str:
        key = (f.entity, f.attribute)
        if key not in label:
            entity = display.get(f.entity or "", None) or f.entity_name or f.entity or "?"
            label[key] = f"{entity} · {attribute_name(f.attribute, lang) or '?'}"
        return label[key]

    pairs: dict[tuple[str, str], dict] = {}
    story_of = {a.article: a.story or NO_STORY for a in ledger}
    story_name = {a.story: a.story_name or a.story for a in ledger if a.story}
    stories: dict[str, dict[tuple, dict]] = defaultdict(dict)
    for f in sorted(findings, key=_order):
        anchor = f"finding-{f.id}" if f.id in on_page else ""
        for a, b in finding_pairs(f, checked):
            row = pairs.setdefault((a, b), {"counts": Counter(), "facts": {}})
            row["counts"][f.severity] += 1
            row["facts"].setdefault(fact_label(f), PairFact(fact_label(f), anchor, f.severity))
        sides = [s.article for s in f.claims]
        main = next((a for a in sides if checked and a in checked), sides[0] if sides else "")
        facts = stories[story_of.get(main, NO_STORY)]
        key = (f.entity, f.attribute)
        fact = facts.get(key)
        if fact is None:
            fact = facts[key] = {"fact": DisputedFact(f.entity or "", fact_label(f), f.severity, 0, anchor, []),
                                 "seen": set()}
        d = fact["fact"]
        d.findings += 1
        d.severity = _worst((d.severity, f.severity))
        d.anchor = d.anchor or anchor
        for s in f.claims:
            if s.value is None or s.article in fact["seen"]:
                continue
            fact["seen"].add(s.article)
            d.values.append(DisputedValue(refs[s.article], value_text(s.value)))
    rows = []
    for (a, b), row in pairs.items():
        facts = list(row["facts"].values())
        rows.append(PairRow(refs[a], refs[b], {s: row["counts"].get(s, 0) for s in ("error", "warning", "info")},
                            facts[:MAX_FACTS_PER_PAIR], max(len(facts) - MAX_FACTS_PER_PAIR, 0)))
    rows.sort(key=lambda r: (-r.counts["error"], -r.counts["warning"], -r.counts["info"], not r.a.checked,
                             r.a.article, r.b.article))
    groups = []
    for story, facts in stories.items():
        disputed = sorted((v["fact"] for v in facts.values()),
                          key=lambda d: (SEVERITY_RANK[d.severity], -len(d.values), -d.findings, d.label))
        for d in disputed:  # the checked article's value first, then by publication
            d.values.sort(key=lambda v: (not v.article.checked, v.article.published or "", v.article.article))
            d.values, d.more_values = d.values[:MAX_VALUES_PER_FACT], max(len(d.values) - MAX_VALUES_PER_FACT, 0)
        name = story_name.get(story, story) if story else ""
        groups.append(StoryDisputes(story, name, disputed[:MAX_FACTS_PER_STORY],
                                    max(len(disputed) - MAX_FACTS_PER_STORY, 0)))
    groups.sort(key=lambda g: (g.story == NO_STORY, SEVERITY_RANK[g.facts[0].severity] if g.facts else 9,
                               -sum(len(d.values) for d in g.facts), g.name))
    return Overview(rows[:MAX_PAIRS], max(len(rows) - MAX_PAIRS, 0), groups[:MAX_STORIES],
                    max(len(groups) - MAX_STORIES, 0))


# ---------------------------------------------------------------- rendering


# control characters other than line breaks and tab (ESC, BEL...), DEL, C1 and the
# bidi controls in article text (report.inert makes findings inert before this)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_BREAK = re.compile(r"[\r\n]")


def _printable(value: object) -> object:
    """Every printed value without control characters (one U+FFFD each, so lengths
    stay) and without a raw line break: article text becomes a character reference
    (``&#10;``), which the page shows exactly as the break, but which cannot start a
    line of the file (a page printed to a CI log must not inject commands)."""
    if not isinstance(value, str):
        return value
    if _CONTROL.search(value):
        value = type(value)(_CONTROL.sub("\ufffd", value))  # a Markup stays Markup (not escaped twice)
    if "\n" in value or "\r" in value:
        safe = value if isinstance(value, Markup) else escape(value)
        value = Markup(_BREAK.sub(lambda m: f"&#{ord(m.group())};", str(safe)))
    return value


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("daejo.report", "templates"),
        finalize=_printable,
        autoescape=select_autoescape(enabled_extensions=("html", "j2"), default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["number"] = format_number
    env.filters["slug"] = slug
    env.filters["fp"] = short_fingerprint
    env.filters["published"] = published_text
    return env


def render_html(
    findings: list[Finding],
    ledger: list[ArticleClaims],
    *,
    lang: str = "ko",
    title: str = "daejo 대조 검토 보고서",
    version: str = "",
    rules: dict | None = None,
    generated: str | None = None,
    max_per_group: int | None = None,
    checked: Iterable[str] | None = None,
) -> str:
    """Render the report. ``ledger`` is every article's claims (new and stored).

    The page holds the first ``max_per_group`` findings (default
    ``MAX_FINDINGS_PER_GROUP``) of each rule and severity and counts the rest.
    ``checked`` names the articles being checked (the others are stored reporting);
    None when the caller does not tell them apart."""
    findings = list(findings)
    checked_ids = set(checked) if checked is not None else None
    if checked_ids is not None and not ({a.article for a in ledger} | {s.article for f in findings for s in f.claims}) - checked_ids:
        checked_ids = None  # every article is checked: nothing stored to tell them from
    shown, hidden = select_findings(findings, max_per_group or MAX_FINDINGS_PER_GROUP)
    on_page = {f.id for f in shown}
    sheets = entity_sheets(ledger, findings, on_page if hidden else None, lang, checked_ids)
    display = {sheet.entity: sheet.names[0] for sheet in sheets if sheet.names}
    for f in findings:  # the registry's display name (`EXAONE`) over the commonest mention
        if f.entity and (f.entity_name or f.entity not in display):
            display[f.entity] = f.entity_name or f.entity
    ledger = with_stories(list(ledger), checked_ids)
    refs = article_refs(ledger, findings, checked_ids)
    views = finding_views(shown, checked_ids, lang)
    other_sheets: list[EntitySheet] = []
    if checked_ids is not None:  # the sheets of what the checked articles touch; the rest behind a switch
        touched = {c.entity for a in ledger if a.article in checked_ids for c in a.claims} | {f.entity for f in findings}
        sheets, other_sheets = [s for s in sheets if s.entity in touched], [s for s in sheets if s.entity not in touched]
    summary = overview(findings, ledger, refs, checked_ids, on_page, display, lang)
    by_severity = Counter(f.severity for f in findings)
    by_rule = Counter(f"{f.code} {f.rule}" for f in findings)
    template = _environment().get_template("report.html.j2")
    return template.render(
        title=title,
        lang=lang,
        version=version,
        generated=generated,
        findings=views,
        n_findings=len(findings),
        overview=summary,
        refs=refs,
        checked=sorted(checked_ids) if checked_ids is not None else None,
        hidden=hidden,
        per_group=max_per_group or MAX_FINDINGS_PER_GROUP,
        sheets=sheets,
        other_sheets=other_sheets,
        display=display,
        articles=sorted(ledger, key=lambda a: a.article),
        n_claims=sum(len(a.claims) for a in ledger),
        by_severity=[(s, by_severity.get(s, 0)) for s in ("error", "warning", "info")],
        by_rule=sorted(by_rule.items()),
        severities=["error", "warning", "info"],
        entities=sorted({f.entity for f in findings if f.entity}),
        attributes=sorted({f.attribute for f in findings if f.attribute}),
        article_ids=sorted({a for v in views for a in v.articles}),
        rules=rules or {},
        page_size=PAGE_SIZE,
        attr_label=lambda a: attribute_name(a, lang) or "",
        notation=lambda v: notation(v, lang, plain=True),
        as_of=lambda i: as_of_text(i, lang),
        modality_of=shown_modality,
    )

"""Typed boundaries between the stages of the pipeline.

ingest -> Article; values -> Value; text -> Sentence/Morpheme; extract -> Claim;
reconcile -> Finding. Every object that refers to text carries character offsets
into ``Article.body`` (spaCy-style): nothing is re-found by string search later.
"""

from __future__ import annotations

import datetime as _dt
from datetime import date
from typing import Literal, NamedTuple, Union

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 2

ValueKind = Literal["number", "quantity", "money", "percent", "ratio", "duration", "time", "score"]
Bound = Literal["exact", "approx", "at_least", "at_most", "more_than", "less_than", "range"]
Grain = Literal["year", "half", "quarter", "month", "part_of_month", "week", "day", "hour", "minute", "second"]
TimeRole = Literal["point", "deadline", "birth", "since"]
Modality = Literal["asserted", "planned", "forecast", "hedged", "negated", "question"]
Severity = Literal["error", "warning", "info"]

Number = Union[int, float]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


# --------------------------------------------------------------------------- ingest


class PartialDate(_Model):
    """A publication date known to year, month, day or full datetime precision.

    ``text`` is the form as written (``2022``, ``2022-06``, ``2022-06-20``,
    ``2023-03-23T13:53:00+09:00``); ``start``/``end`` is the half-open interval
    of days it may denote; ``grain`` says how precise it is.
    """

    text: str
    start: date
    end: date
    grain: Literal["year", "month", "day", "datetime"]
    moment: _dt.datetime | None = None  # full timestamp when known

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.text


class Article(_Model):
    id: str
    path: str
    title: str | None = None
    outlet: str | None = None
    published: PartialDate | None = None
    url: str | None = None
    body: str
    # 1-based line in the stored file on which ``body`` starts, and the column
    # offset of its first character (for JSONL the body is inside a JSON string,
    # so positions are approximate: line of the record, column 1).
    body_line: int = 1
    source_format: Literal["markdown", "text", "jsonl", "html"] = "text"
    # the stored file's text (decoded, BOM removed) so line/column can be computed
    # for annotations; empty for JSONL records (they point at the record's line).
    warnings: list[str] = Field(default_factory=list)


# --------------------------------------------------------------------------- values


class TimeValue(_Model):
    """A resolved (or explicitly unresolved) time: half-open ``[start, end)``."""

    start: str | None = None  # ISO date or datetime
    end: str | None = None
    grain: Grain | None = None
    role: TimeRole = "point"
    unresolved: bool = False
    # why a time could not be resolved, e.g. "relative time without publication date"
    reason: str | None = None


class Value(_Model):
    """One value expression recognised in text (see docs/design.md, "Contracts")."""

    kind: ValueKind
    text: str
    start: int
    end: int
    value: Number | None = None
    unit: str | None = None
    bound: Bound = "exact"
    low: Number | None = None
    high: Number | None = None
    time: TimeValue | None = None
    issues: list[str] = Field(default_factory=list)
    # name of the rule that produced the value (for explanations and debugging)
    rule: str | None = None


# --------------------------------------------------------------------------- text


class Morpheme(NamedTuple):
    """One morpheme. A named tuple, not a pydantic model: an article has thousands,
    they are built for every line the analyzer reads and never leave the process
    (no ledger or report holds one), so validating each one cost more than the rest
    of building it (issue #15)."""

    form: str  # lemma/normalised form as the analyzer gives it
    tag: str  # Sejong-style POS tag (NNP, NNG, SN, VV, EF, ...)
    start: int  # offsets into the analysed text (the article body)
    end: int


class Sentence(_Model):
    index: int
    start: int
    end: int
    text: str
    morphemes: list[Morpheme] = Field(default_factory=list)
    # "body", "byline", "caption", "related" (link block), "list_item", "quote",
    # "heading", "dateline" (first sentence of a line opening with a dateline
    # such as "(서울=뉴스1) 홍길동 기자 =": content, with the prefix kept in it)
    role: str = "body"


# --------------------------------------------------------------------------- claims


class Interval(_Model):
    start: str  # ISO date, inclusive
    end: str  # ISO date, exclusive


class Evidence(_Model):
    path: str
    sentence_index: int
    sentence: str
    sentence_start: int
    start: int  # span of the value (or the whole claim) in the article body
    end: int
    quote: str
    line: int  # 1-based line/column in the file as stored
    column: int  # in characters (Unicode code points)
    byte_column: int | None = None  # 1-based, in UTF-8 bytes (reviewdog rdjson)
    entity_start: int | None = None
    entity_end: int | None = None


class Claim(_Model):
    id: str
    article: str
    entity: str | None  # canonical entity id, None when it could not be determined
    entity_text: str | None = None  # the mention as written
    # the entity is in the alias registry: compared across stories; an unregistered
    # name (`오모`, `가람시`) is compared within its story only
    entity_registered: bool = False
    attribute: str
    value: Value
    as_of: Interval | None = None
    # explicit: a time in the claim's clause; report: the article's report time
    # (`14일 오후 6시 기준`) for its counts; published: the publication date
    as_of_source: Literal["explicit", "report", "published", "none"] = "none"
    modality: Modality = "asserted"
    attribution: str | None = None
    qualifier: str | None = None  # e.g. "target", "at launch", a sub-category
    # the words around the value in its clause (lemmas, synonyms made one; names as
    # `@name`): how reconcile.align tells which figures of two articles are one fact
    context: list[str] = Field(default_factory=list)
    evidence: Evidence
    confidence: float = 0.8


class UnfiledValue(_Model):
    """A value of an article that became no claim, and why (``daejo extract --unfiled``)."""

    article: str
    path: str
    line: int
    column: int
    sentence_index: int
    start: int
    end: int
    text: str
    kind: str
    reason: str


class StoryKeys(_Model):
    """What an article is about, for grouping articles into stories (daejo.stories).

    ``names``: proper names as written without spaces (`우산군`, `돌핀스`), most
    frequent first; ``nouns``: the headline's common nouns and the event nouns of the
    lead (`집중호우`, `예산안`); ``phrases``: name + event noun phrases that could
    name the story (`우산군 집중호우`)."""

    names: list[str] = Field(default_factory=list)
    nouns: list[str] = Field(default_factory=list)
    phrases: list[str] = Field(default_factory=list)
    # distinctive figures (`1482.3원`, `2987.45`): reports of one event repeat them
    figures: list[str] = Field(default_factory=list)


class ArticleClaims(_Model):
    """One ledger file: claims of one article."""

    schema_version: int = SCHEMA_VERSION
    article: str
    path: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    body_sha256: str
    # digest of the extraction rules, analyzer and alias/attribute files that made
    # these claims (daejo.fingerprint); None for files written before it existed
    extractor: str | None = None
    # the story the article belongs to (daejo.stories) and the story's name
    story: str | None = None
    story_name: str | None = None
    keys: StoryKeys | None = None
    claims: list[Claim]


# --------------------------------------------------------------------------- findings


class FindingSide(_Model):
    """One side of a finding: a claim as shown to the user (docs/design.md, "Contracts")."""

    article: str
    path: str
    line: int
    column: int
    start: int
    end: int
    sentence: str
    quote: str
    sentence_start: int | None = None  # body offset of ``sentence`` (to highlight the quote)
    byte_column: int | None = None
    end_line: int | None = None
    end_column: int | None = None
    # None for a side that is not a claim (a suppression comment, a decision entry)
    value: Value | None = None
    modality: Modality
    attribution: str | None = None
    as_of: Interval | None = None
    claim_id: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    entity_text: str | None = None


class Finding(_Model):
    id: str  # stable fingerprint, independent of line numbers
    rule: str  # slug, e.g. "value-mismatch"
    code: str  # e.g. "DJ101"
    severity: Severity
    confidence: float
    entity: str | None
    attribute: str | None
    message: str  # in the requested language
    message_ko: str
    message_en: str
    reason: str  # which policy fired, with the normalised values
    reason_ko: str = ""  # the same in Korean (reports in Korean show it)
    claims: list[FindingSide]
    # the entity's display name from the alias registry (`EXAONE` for `exaone`)
    entity_name: str | None = None

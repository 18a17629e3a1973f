"""Helpers every renderer shares: ordering, paths, positions, value descriptions.

Renderers are views over the same list of findings (as ruff's formats are), so
anything two formats must agree on (the order, the relative path, where a quote
ends, how a value is described) lives here and nowhere else.
"""

from __future__ import annotations

import unicodedata
from pathlib import PurePosixPath, PureWindowsPath
from typing import TYPE_CHECKING

from daejo.models import Finding, FindingSide, Value

if TYPE_CHECKING:  # pragma: no cover
    from daejo.report import ReportMeta, RuleInfo

SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}

LABELS = {
    "en": {
        "value": "value",
        "modality": "modality",
        "attribution": "attribution",
        "as_of": "as of",
        "reason": "reason",
        "none": "none",
        "no_findings": "No findings",
        "tally": "values by article",
    },
    "ko": {
        "value": "값",
        "modality": "양태",
        "attribution": "출처",
        "as_of": "기준 시점",
        "reason": "근거",
        "none": "없음",
        "no_findings": "발견된 문제 없음",
        "tally": "기사별 값",
    },
}


MODALITIES = {
    "ko": {"asserted": "단정", "planned": "계획", "forecast": "전망", "hedged": "추정", "negated": "부정", "question": "의문"},
}


def label(key: str, lang: str) -> str:
    return LABELS.get(lang, LABELS["en"])[key]


def modality_label(modality: str, lang: str) -> str:
    """`asserted` as an editor reads it in ``lang`` (`단정`)."""
    return MODALITIES.get(lang, {}).get(modality, modality)


def reason_for(finding: Finding, lang: str) -> str:
    """The finding's reason line in ``lang`` (Korean when it has one)."""
    return finding.reason_ko if lang == "ko" and finding.reason_ko else finding.reason


def attribute_name(attribute: str | None, lang: str) -> str | None:
    """A catalogue attribute by its label (`설립 시점`), an open frame by its words."""
    if attribute is None:
        return None
    from daejo.reconcile.messages import attribute_label

    return attribute_label(attribute, lang)


SHORT_FINGERPRINT = 8  # digits of the short form shown in reports and taken by `decide accept`


def short_fingerprint(finding_id: str) -> str:
    """The first SHORT_FINGERPRINT digits of a finding's id."""
    return finding_id[:SHORT_FINGERPRINT]


def fingerprint_tag(finding: Finding) -> str:
    """``[fp 1a2b3c4d]``: the short fingerprint that ``daejo decide accept`` takes."""
    return f"[fp {short_fingerprint(finding.id)}]"


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Severity first, then entity, attribute and the stable id (never input order)."""
    return sorted(
        findings,
        key=lambda f: (SEVERITY_RANK.get(f.severity, 9), f.entity or "", f.attribute or "", f.id),
    )


def count_by_severity(findings: list[Finding]) -> dict[str, int]:
    counts = {"error": 0, "warning": 0, "info": 0}
    for finding in findings:
        counts[finding.severity] = counts.get(finding.severity, 0) + 1
    return counts


def plural(count: int, singular: str, many: str | None = None) -> str:
    return f"{count} {singular if count == 1 else (many or singular + 's')}"


def summary_line(findings: list[Finding], meta: "ReportMeta") -> str:
    """`N findings (E errors, W warnings, I info) in A articles, C claims`, and how many
    of the checked claims had no claim of another article to be compared with."""
    counts = count_by_severity(findings)
    line = (
        f"{plural(len(findings), 'finding')} "
        f"({plural(counts['error'], 'error')}, {plural(counts['warning'], 'warning')}, {counts['info']} info) "
        f"in {plural(meta.articles, 'article')}, {plural(meta.claims, 'claim')}"
    )
    if meta.new_claims:
        line += f"; {meta.unpaired} of {meta.new_claims} checked claims had nothing to compare with"
    return line


def message_for(finding: Finding, lang: str) -> str:
    """The finding's message in ``lang``, falling back to whatever text it has."""
    preferred = finding.message_ko if lang == "ko" else finding.message_en
    return preferred or finding.message or finding.message_en or finding.message_ko


def rule_info(meta: "ReportMeta", finding: Finding) -> "RuleInfo":
    """The rule's description, or one built from the finding when the mapping lacks it."""
    from daejo.report import RuleInfo

    known = meta.rules.get(finding.rule)
    if known is not None:
        return known
    return RuleInfo(code=finding.code, name=finding.rule)


def rule_summary(info: "RuleInfo", lang: str) -> str:
    preferred = info.summary_ko if lang == "ko" else info.summary_en
    return preferred or info.summary_en or info.summary_ko or info.name


def relative_path(path: str, root: str | None) -> str:
    """``path`` relative to ``root`` with forward slashes, or as given when outside it.

    Pure: it never consults the working directory or the file system, so the
    same findings and root give the same output on every machine.
    """
    normalised = _posix(path)
    if not root:
        return normalised
    try:
        relative = PurePosixPath(normalised).relative_to(PurePosixPath(_posix(root)))
    except ValueError:
        return normalised
    text = str(relative)
    return normalised if text == "." else text


def _posix(path: str) -> str:
    if "\\" in path and (PureWindowsPath(path).drive or "/" not in path):
        return PureWindowsPath(path).as_posix()
    return str(PurePosixPath(path))


def end_position(side: FindingSide) -> tuple[int, int]:
    """1-based (line, column) just after the quote, in code points.

    Uses the reconciler's ``end_line``/``end_column`` when given; otherwise a
    quote that spans a line break ends on a later line.
    """
    if side.end_line is not None and side.end_column is not None:
        return side.end_line, side.end_column
    breaks = side.quote.count("\n")
    if breaks == 0:
        return side.line, side.column + len(side.quote)
    return side.line + breaks, len(side.quote.rsplit("\n", 1)[1]) + 1


def quote_offset(side: FindingSide) -> int | None:
    """Where the quote starts inside ``side.sentence`` (code points), if known.

    The offsets are authoritative; the text search is only a fallback for
    sides built without ``sentence_start`` and is used only when unambiguous.
    """
    if side.sentence_start is not None:
        offset = side.start - side.sentence_start
        if 0 <= offset <= len(side.sentence) and side.sentence[offset : offset + len(side.quote)] == side.quote:
            return offset
    if side.quote and side.sentence.count(side.quote) == 1:
        return side.sentence.index(side.quote)
    return None


def display_width(text: str) -> int:
    """Terminal columns ``text`` occupies, as rich measures them
    (``rich.cells.cell_len``): Hangul and other wide forms take two, combining
    marks, a conjoining jamo's vowel and zero-width characters none."""
    from rich.cells import cell_len

    return cell_len(text)


def utf8_column(side: FindingSide) -> int:
    """1-based column of the quote in UTF-8 bytes (reviewdog counts bytes).

    ``byte_column`` from the reconciler is exact. Without it, the part of the
    line inside the sentence is measured exactly and any text before the
    sentence on the same line is estimated at the sentence's own bytes per
    character (news paragraphs are written in one script, so this is close).
    """
    if side.byte_column is not None:
        return side.byte_column
    offset = quote_offset(side)
    chars_before = side.column - 1
    if offset is None:
        return 1 + round(chars_before * _bytes_per_char(side.sentence))
    inside = side.sentence[:offset]
    if "\n" in inside:
        inside = inside.rsplit("\n", 1)[1]
    known = len(inside.encode("utf-8"))
    unknown_chars = max(chars_before - len(inside), 0)
    return 1 + known + round(unknown_chars * _bytes_per_char(side.sentence))


def utf8_end(side: FindingSide) -> tuple[int, int]:
    """1-based (line, byte column) just after the quote."""
    line, _ = end_position(side)
    if "\n" in side.quote:
        return line, len(side.quote.rsplit("\n", 1)[1].encode("utf-8")) + 1
    if side.end_line is not None and side.end_line != side.line:
        return line, len(side.quote.encode("utf-8")) + 1
    return line, utf8_column(side) + len(side.quote.encode("utf-8"))


def _bytes_per_char(text: str) -> float:
    return len(text.encode("utf-8")) / len(text) if text else 1.0


def format_number(number: float | int | None) -> str:
    if number is None:
        return "?"
    if isinstance(number, float) and number.is_integer() and abs(number) < 1e18:
        number = int(number)
    return format(number, ",")


BOUNDS = {
    "ko": {"exact": "정확", "approx": "약", "at_least": "이상", "at_most": "이하", "more_than": "초과",
           "less_than": "미만", "range": "범위"},
}
GRAINS = {
    "ko": {"year": "연", "half": "반기", "quarter": "분기", "month": "월", "week": "주", "day": "일", "hour": "시",
           "minute": "분", "second": "초"},
}


def describe_value(value: Value | None, lang: str = "en", *, plain: bool = False) -> str:
    """The normalised value with its interval, e.g. `600,000,000,000 개 (approx, 540,…–660,…)`
    (in Korean `6,000억 개 (약, 5,400억–6,600억)` and a time as the span it names before its
    interval, unless ``plain``); `—` for a side that is not a claim (a suppression comment, a
    decision entry)."""
    if value is None:
        return "—"
    if value.kind == "time" or value.time is not None:
        text = _describe_time(value, lang, plain)
    elif value.kind == "score":
        from daejo.reconcile.compare import score_text

        text = f"{score_text(value)} ({'점수' if lang == 'ko' else 'score'})"
    else:
        # Korean output writes numbers as articles do (`6,000억`), English as digits
        number = format_number
        unit_name = value.unit
        if lang == "ko" and not plain:
            from daejo.report.wording import CURRENCY_KO
            from daejo.report.wording import korean_number as number

            unit_name = CURRENCY_KO.get(unit_name, unit_name) if unit_name else unit_name  # `3조 2,000억 원`, not `KRW`
        unit = f" {unit_name}" if unit_name else ""
        text = f"{number(value.value)}{unit} ({BOUNDS.get(lang, {}).get(value.bound, value.bound)}"
        if value.low is not None or value.high is not None:
            if not (value.bound == "exact" and value.low == value.high == value.value):
                text += f", {number(value.low)}–{number(value.high)}"
        text += ")"
    if value.issues:
        text += " [" + "; ".join(value.issues) + "]"
    return text


def _describe_time(value: Value, lang: str = "en", plain: bool = False) -> str:
    time = value.time
    if time is None or time.unresolved:
        reason = f": {time.reason}" if time is not None and time.reason else ""
        return f"{'날짜를 특정할 수 없는 시점' if lang == 'ko' else 'unresolved time'}{reason}"
    if lang == "ko" and not plain:
        from daejo.report.wording import time_text

        return f"{time_text(value, lang)} [{time.start}, {time.end})"
    grain = f" {GRAINS.get(lang, {}).get(time.grain, time.grain)}" if time.grain else ""
    role = f", {time.role}" if time.role != "point" else ""
    return f"[{time.start}, {time.end}){grain}{role}"


def describe_source(side: FindingSide) -> str:
    """`(outlet, published)` or `(article-id)` when neither is known."""
    parts = [part for part in (side.outlet, side.published) if part]
    return "(" + ", ".join(parts or [side.article]) + ")"


def location_text(side: FindingSide, root: str | None) -> str:
    return f"{relative_path(side.path, root)}:{side.line}:{side.column}"


def single_line(text: str) -> str:
    """Line breaks shown as `↵` and other control characters as U+FFFD, one for one.

    Article text must not move the cursor or set colours in a terminal (ESC),
    and replacing character for character keeps offsets into the text valid.
    """
    text = text.replace("\n", "↵").replace("\r", "↵").replace("\t", " ")
    return "".join("\ufffd" if unicodedata.category(char) == "Cc" else char for char in text)


# the rules whose findings set one value against another of the same fact
TALLIED_RULES = frozenset({"value-mismatch", "time-mismatch"})


def value_tally(group: list[Finding]) -> list[tuple[str, list[str]]]:
    """For a fact several findings dispute (`6000억개` in two articles, `약 3000억 개` in
    three): each value as first written, with the articles that give it, in order of
    first appearance; empty when the group holds fewer than two such findings."""
    disputes = [f for f in group if f.rule in TALLIED_RULES]
    if len(disputes) < 2:
        return []
    values: dict[tuple, tuple[str, list[str]]] = {}
    for finding in disputes:
        for side in finding.claims:
            v = side.value
            if v is None:
                continue
            t = v.time
            key = (v.kind, v.unit, v.value, v.low, v.high) if t is None else (v.kind, t.start, t.end, t.role, t.start is None and v.text)
            quote, articles = values.setdefault(key, (side.quote, []))
            who = side.outlet or side.article
            name = who if who == side.article else f"{who} ({side.article})"
            if name not in articles:
                articles.append(name)
    return list(values.values()) if len(values) >= 2 else []

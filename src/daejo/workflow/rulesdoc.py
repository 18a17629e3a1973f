"""docs/rules.md, generated from the rule docstrings (the docstrings are the spec).

Regenerate with ``python -m daejo.workflow.rulesdoc > docs/rules.md``; a test
fails when the file is out of date.
"""

from __future__ import annotations

import inspect

from daejo.reconcile.rules import ALL_RULES, Rule
from daejo.workflow.rules import WORKFLOW_RULES

HEADER = """# Reconciliation rules

Generated from the rule docstrings in `src/daejo/reconcile/rules.py` and the policy
below (`python -m daejo.workflow.rulesdoc > docs/rules.md`). Codes and slugs are
stable: DJ1xx value conflicts, DJ2xx plans and forecasts, DJ3xx derived checks,
DJ4xx single-claim checks, DJ5xx workflow rules (pins, suppressions, decisions;
raised by `daejo check`, see docs/ci.md).
Either the code or the slug may be given to `ignore` in the configuration and to
`--select`/`--ignore`; `daejo rule DJ101` prints a rule's section below.

## Which figures are compared

See docs/design.md for the data flow. In short:

- Articles are grouped into stories (`daejo.stories`): articles published near each
  other that share rare names, `name + event` phrases and precise figures. A fact
  stated without an entity is about its story's event (`story:…`, shown by the
  story's name, `우산군 집중호우`).
- A catalogue fact of a named entity (`청람전자` operating profit, a person's age) is
  compared with the same attribute of the same entity in any article (an
  unregistered name only within its story when it is an anonymised person, `오모`),
  and of the same sub-category (a segment's revenue, `광학솔루션 부문`, is not the
  company's); two stages of it (`%preliminary` / `%final`, `%requested`, a sum
  `%total`) are two facts, but two marks on both sides exclude each other only on one
  line (data/frames.yaml `stage_lines`: preliminary, final or revised; a trial's
  instance; net or gross; regular rounds or play-offs; …): `%gross` in one article
  and `%final` in the other exclude nothing.
- An open frame (`~이재민`, `~일반회계`: what a figure measures when the catalogue has
  no attribute for it) and a fact about a story's event are *aligned*: within a
  story, the figures of two articles are paired by the words around them
  (`reconcile/align.py`), restatements first, so a figure whose restatement is in the
  other article is never compared with another one. Names (`@가람시`), actors
  (`&노조`) and stages (`%preliminary` / `%final`) must not exclude each other (a
  mark on one side only, an average, a total or an earlier figure, excludes nothing
  when the two figures differ only by two neighbouring digits swapped in three or
  more: `평균 저수율은 52.4%` / `저수율은 54.2%` is a slip, not an average that happens
  to be one; nor does a change against a level, `241억 원이 줄면서` / `214억원`, a
  part against its whole, or two names read as the figures' subjects, `12,684표` /
  `12,864표`; two stages of one line stay two figures whatever their digits); a
  figure listed with others of its frame in one sentence (a medal table) is
  compared only with one that shares a name; two reports that disagree on more
  figures than they agree on are not reporting the same figures (but for a dispute
  whose words leave no doubt, or one figure mistyped: two neighbouring digits swapped,
  or the decimal point moved, `118억원` / `11억8천만원`). Two times dated
  by the words of two events are two facts, unless they are one time of day
  mistyped: the same minute (not the hour or the half hour) in another hour (`오후 9시 47분` /
  `밤 10시 47분쯤`), or one hour's minutes with their digits swapped (`7시12분` /
  `7시 21분께`).
- An article is never reported against itself.
- Not facts: a negated claim, a question, a report time (`오후 6시 기준`), a
  comparison base (`지난해보다`), the start of a change (`5억원에서`), a date that
  is a figure's period (`2027년도 예산안`), a converted amount (`(약 1천127억원)`).

## Rounding

A figure is the interval its writer committed to (`daejo parse` shows it):

| written | read as | example |
|---|---|---|
| round at its unit (money, percentages, counts of 1,000 and more) | ± half of its last significant digit's step, at most ±5% | `1억` = [0.95억, 1.05억]; `6000억` = `6천억` = [5700억, 6300억]; `1천127억` ± 0.5억; `12,000명` = `1만2천 명` = [11,500, 12,500] |
| a count below 1,000 | itself (± half a unit: `2명` and `3명` do not meet) | `30명` = [29.5, 30.5] |
| `약`, `가량`, `안팎`, `정도` | ±10% (never narrower than the rounding) | `약 3000억` = [2700억, 3300억] |
| a size class right after a unit (`급`) | as `약`: ±10% (after a bare number it names a class, `1급 감염병`, and is no part of the value) | `2천t급` = [1800, 2200] t, which meets `2,150톤급` |
| `여` | from the value up to the next step | `2천여억` = [2000억, 3000억]; `70여 명` = [70, 80]; after a duration's unit, up to one unit more: `5년여` = [5, 6] 년 |
| `이상`, `넘게`, `초과` / `이하`, `미만`; a verb of passing after the figure's particle (`이 넘고`, `를 웃돌았다`, `를 밑돌았다`) | open above / below (right after the figure, without its particle, `3.4% 웃돌았다` is by how much: exact) | `300만 명을 넘어` = [300만, ∞); `500㎏이 넘고` = (500㎏, ∞) |
| a range | its ends | `171~183석` |
| a clock time at the hour (`오전 8시`, `8시께`) | that hour rounded: ±30 minutes | `오전 8시` = [7:30, 8:30): `8시 20분` meets it, `8시 30분` does not |
| a clock time to the minute | that minute; ±3 minutes when hedged (`께`, `쯤`, `경`) | `오후 10시 50분께` = [22:47, 22:54); `3시 28분께` / `3시 38분께` conflict |
| a deadline that names its calendar period (`2028년까지`, `2028년 6월까지`) | its end: the finer one must end inside the coarser one's period | `2028년 6월까지` meets `2028년까지`; `2027년까지` vs `2028년까지` conflict |
| a period written with both ends (`5월 10~11일`, `3∼5월`) | that period: against another written with both ends, one only when both ends agree | `5월 10~11일` vs `5월 10~13일` conflict; vs `5월 10일` they meet |
| a term a court hands down or a prosecutor asks for (`징역`, `금고`, `집행유예` …: values/rules/in_context.yaml `legal_terms`) | itself, exact | `징역 2년` vs `징역 2년6개월` conflict (any other span is read to half its last unit: `2년 동안` = [1.5, 2.5] 년) |
| a span of time in another unit | converted before comparing (a month is 365.25/12 days); market days only with market days | `3주` = `21일`; `4시간 12분` vs `6시간 넘게` conflict |
| an area, a length or a mass in another unit | converted before comparing (values/rules/counters.yaml `measures`) | `24만㎡` ≈ `7만3천 평`, so `24만㎡` vs `약 12만7천 평` conflict |
| a count of votes against a count of people | one vote is one person's (values/rules/counters.yaml `measures`) | `찬성 236표` vs `찬성 263명` conflict |

So `1억` vs `1억4천만` and `1억` vs `2억` conflict, `1억` vs `1억200만` does not;
`3조2천억` vs `3조4천억` conflict; two intervals that only touch do not meet.

## When figures are compared in time

- Static facts (a founding date, an amount of a given year's budget, a sentence):
  whenever they are the same fact; two figures that each say when they hold
  (`오전 9시 기준`, `올해`, `2027년도`) at times that do not meet are two facts,
  unless one is the other with two neighbouring digits swapped (`주민 326명` /
  `주민 362명`): one figure mistyped, whatever time each article tells it of.
- Time-varying catalogue attributes: only at overlapping `as_of`; flows over a
  period (revenue of a quarter) for the same explicit period, or two same-day
  reports of it; a change over one day (an index's rise) named in one article and
  told by another that came out that day (`17일 … 1.86% 오르며` / `하루 새 1.7% 상승`).
- Figures of a developing event that change (tolls, the missing, cancellations,
  rainfall, a typhoon's pressure: data/frames.yaml `varying`): at the report time
  (`14일 오후 6시 기준`, the article's report time, else within three hours of
  publication). A count that only rises (`grows`): a later larger count is an
  update; a later smaller one a warning with both times shown, when the two times
  are within 31 days (further apart they are counts of two events: last year's
  election and this one).
- A duration since an event (`출범 2년`, `7주째`) holds at its article's date.
- A plan or forecast dated by its article is about that time or later; a plan moved
  (`일정이 미뤄졌다`) is not the earlier plan misreported.

## Severity

Severity depends only on the two claims, never on which other articles are in the
run. `tests/cases/severity-*` holds one fixture case for each row. A warning's reason
line says which row made it one (`경고인 이유: 한쪽 문장이 대상을 직접 가리키지 않습니다`).

| the two sides | severity |
|---|---|
| two asserted values of one fact whose intervals do not meet, whether or not either side cites a source | `error` |
| two dates an event is set for (`다음 달 5일 통지된다` / `다음 달 12일`) | `error` |
| a side hedged (`추정된다`, `것으로 보인다`) | `warning` |
| one plan told twice: two plans, or a plan and the same thing stated, in articles published within a day, in no words of a change (`청년 3천 명 지원` / `3천600명을 지원할 계획`) | `error` |
| two plans or forecasts (targets, deadlines) that differ, told more than a day apart or as forecasts | `warning` |
| two named sources that give the figure differently (two agencies' tolls) | `warning` (DJ103) |
| amounts compared through a conversion the article states | `warning` |
| a weak entity or frame match (claim confidence under 0.4, or figures aligned by few shared words; a weakly named subject is none where two figures of one story align in many shared words, similarity 1.0 or more; two amounts or counts aligned by few shared words and half again apart or more, with no slip of a digit or of the decimal point, are two facts and no finding, and so are two sums of money or two percentages aligned by few shared words, however close, or of a subject named only weakly unless one is the other with one digit other or two neighbours swapped) | `warning` |
| a count that only rises, smaller in the later report (the two times within 31 days; not a tally of wins or losses, `~승`, `~패`, of which a story tells several) | `warning` |
| one person's exact ages a year apart in articles under 60 days apart, the later one older (`오서윤(24)` / `25세 오서윤` two days later: a slip, or a birthday between them); the earlier one older, or both the same day | `warning`; `error` |
| a changing count dated only by the publication times (or a changing figure told in alike words by articles of one story less than 3 days apart, or with two neighbouring digits swapped less than 60 days apart unless it only grows; a standing, `rank`, only the same day); a figure whose frame names its moment by an event of the story (`출발 당시 기온`) is of that one moment, whatever the days between, and so is a figure of a day the event counts (`첫날 참가율은`, `둘째 날`, data/frames.yaml `event_days`) in articles up to 14 days apart | `warning` |
| a day or an hour an event was set for (`오는 23일 오후 8시`) and another it is reported held on, a day or more later | `warning` (DJ201) |
| a planned figure of three digits or more and an outcome reported later with two neighbouring digits swapped (`공동주택 1,146가구` / `1,416가구`), or a planned figure and an outcome with its decimal point moved (`1억2천만원` / `1천200만원`) | `warning` (DJ201) |
| two stages of a figure (a proposal and the one passed, a preliminary and a final count) that differ only by a slip of its digits: two neighbouring digits swapped in a figure of three digits or more (`1,284억원` / `1,248억원`), or its decimal point moved | `warning`; any other difference between stages, no finding |
| a plan or forecast (a target, an amount) and an outcome reported at least a day later | `info` (DJ201) |
| a number written in a form that cannot be right (`3조6000조`) | `info` (DJ401) |
| a plan to change a figure (`350명으로 늘릴 계획`) reported a day or more after the figure was stated | no finding |
| such a plan landing on the stated figure with two neighbouring digits swapped (three or more) or its decimal point moved (`지방채 1,584억원` / `1천548억원으로 줄었다`) | `warning` |
| the same value in another form, a later larger count that only rises, another report time, another period, version, place, party, source of an estimate, a level and a change | no finding |

| code | slug | summary |
|---|---|---|
"""


def _title(rule: Rule) -> tuple[str, str]:
    doc = inspect.cleandoc(type(rule).__doc__ or "")
    first, _, rest = doc.partition("\n")
    summary = first.split(":", 1)[-1].strip()
    return summary[:1].upper() + summary[1:], rest.strip()


def render_rules_doc() -> str:
    rules = sorted((*ALL_RULES, *WORKFLOW_RULES), key=lambda r: r.code)
    lines = [HEADER.rstrip("\n")]
    lines += [f"| {r.code} | `{r.slug}` | {_title(r)[0]} |" for r in rules]
    for rule in rules:
        summary, body = _title(rule)
        lines += ["", f"## {rule.code} `{rule.slug}`", "", summary, "", body]
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":  # pragma: no cover
    print(render_rules_doc(), end="")

"""Claim fields: stable ids, evidence that points into the body, as_of, clauses."""

from __future__ import annotations

from daejo.dates import parse_partial_date
from daejo.extract import extract_article
from daejo.extract.clauses import split_clauses
from daejo.extract.view import SentenceView
from daejo.models import Article
from daejo.text import split_sentences

BODY = "첫 문단이다.\n\n다솜LM의 파라미터는 약 3000억 개다. 한빛연구원은 지난해 말 직원 수가 200명이었다고 밝혔다.\n"


def _article(body: str = BODY) -> Article:
    return Article(id="t", path="t.md", body=body, published=parse_partial_date("2022-06-20"), body_line=5)


def test_ids_are_stable_and_evidence_points_into_the_body(analyzer, catalogue, corpus_registry):
    first = extract_article(_article(), analyzer=analyzer, registry=corpus_registry, catalogue=catalogue)
    again = extract_article(_article(), analyzer=analyzer, registry=corpus_registry, catalogue=catalogue)
    assert [c.id for c in first] == [c.id for c in again] and len({c.id for c in first}) == len(first)
    param = next(c for c in first if c.attribute == "parameter_count")
    ev = param.evidence
    assert BODY[ev.start : ev.end] == ev.quote == "약 3000억 개"
    assert BODY[ev.entity_start : ev.entity_end] == "다솜LM" and param.entity_text == "다솜LM"
    assert (ev.line, ev.column) == (7, BODY.split("\n")[2].index("약") + 1)  # body starts on file line 5
    assert ev.byte_column == len(BODY.split("\n")[2][: ev.column - 1].encode("utf-8")) + 1
    assert param.as_of_source == "published" and param.as_of.start == "2022-06-20"


def test_explicit_time_in_the_clause_is_the_as_of(analyzer, catalogue, corpus_registry):
    claims = extract_article(_article(), analyzer=analyzer, registry=corpus_registry, catalogue=catalogue)
    staff = next(c for c in claims if c.attribute == "headcount")
    assert staff.entity == "hanbit-research"
    assert staff.as_of_source == "explicit" and (staff.as_of.start, staff.as_of.end) == ("2021-10-01", "2022-01-01")
    assert staff.attribution is None or staff.attribution == "hanbit-research"


def test_an_edited_sentence_changes_only_its_claims(analyzer, catalogue, corpus_registry):
    before = extract_article(_article(), analyzer=analyzer, registry=corpus_registry, catalogue=catalogue)
    edited = BODY.replace("200명", "210명")
    after = extract_article(_article(edited), analyzer=analyzer, registry=corpus_registry, catalogue=catalogue)
    ids_before = {c.attribute: c.id for c in before}
    ids_after = {c.attribute: c.id for c in after}
    assert ids_before["parameter_count"] == ids_after["parameter_count"]
    assert ids_before["headcount"] != ids_after["headcount"]


def test_clauses_split_on_connectives_not_on_noun_lists(analyzer):
    text = "가람전자는 2000억원을 투자하고 구글, 다솜 등과 함께 1000명을 키울 계획이며 공장은 내년에 짓는다."
    sentence = split_sentences(text, analyzer)[0]
    view = SentenceView(sentence)
    clauses = split_clauses(view)
    pieces = [view.slice(view.morphemes[c.first].start, view.morphemes[c.last].end) for c in clauses]
    assert pieces[0] == "가람전자는 2000억원을 투자하고"
    assert "구글, 다솜" in pieces[1] and pieces[1].endswith("계획이며")
    assert clauses[0].shares_mood_with_next  # 투자하고 (no tense) shares the plan
    assert len(clauses) == 3

"""The speed paths of extraction give what the plain paths give (issue #15): cached
computations follow the state they were computed from, and the look-ahead analysis,
Kiwi's one-call split, the catalogue's kind index and the sentence view's memo change
no result."""

from __future__ import annotations

from daejo.extract import Extractor
from daejo.extract.catalogue import Catalogue
from daejo.extract.registry import EntityRegistry, load_alias_text
from daejo.extract.view import SentenceView
from daejo.ingest import Article
from daejo.models import Morpheme, Sentence
from daejo.text import split_sentences
from daejo.workflow.aliasing import join_names

ALIASES = """
entities:
  - {id: hanbit, name: 한빛전자, type: org, aliases: [한빛]}
  - {id: gaon, name: 가온바이오, type: org, aliases: []}
"""

BODY = (
    "한빛전자는 14일 올해 3분기 영업이익이 1조2천억원으로 지난해 같은 기간보다 12% 늘었다고 밝혔다.\n"
    "가온바이오(GAON)는 2019년 설립됐으며 직원은 120명이다.\n"
    "회사 측은 내년 매출 목표를 5천억원으로 잡았다고 말했다."
)


def _registry() -> EntityRegistry:
    registry = EntityRegistry()
    load_alias_text(ALIASES, "aliases.yaml", registry)
    return registry


def test_user_words_follow_every_alias_change():
    registry = _registry()
    before = registry.user_words()
    registry.add("hanbit", "한빛전자", "org", ["한빛일렉"])
    assert ("한빛일렉", "NNP") in registry.user_words()
    registry.link("가온", "가온바이오")
    assert ("가온", "NNP") in registry.user_words()
    assert registry.user_words() != before
    joined = registry.user_words()
    join_names(registry, "한빛전자", "가온바이오")  # the editors' join re-points records directly
    assert registry.user_words() != joined
    assert registry.user_words() == [
        (alias, "NNP") for record in registry.records.values() if record.registered
        for alias in sorted(record.aliases) if " " not in alias.strip()
    ]
    words = registry.user_words()
    words.append(("바깥", "NNP"))  # a caller's copy: the cache is not touched
    assert ("바깥", "NNP") not in registry.user_words()


def test_catalogue_kind_index_follows_added_attributes(catalogue):
    fresh = Catalogue()
    for attribute in catalogue.attributes.values():
        fresh.add(attribute)
    for kind in ("money", "quantity", "percent", "time", "number"):
        assert fresh.of_kind(kind) == [a for a in fresh.attributes.values() if kind in a.kinds]
    first = next(iter(catalogue.attributes.values()))
    fresh.add(first)  # replaced: moves to the end of the catalogue order
    kind = first.kinds[0]
    assert fresh.of_kind(kind) == [a for a in fresh.attributes.values() if kind in a.kinds]


def test_kiwi_split_at_is_split_then_analyze_shifted(analyzer):
    line = "한빛전자는 3분기 영업이익이 1조원이다. 가온바이오는 120명을 뽑는다."
    spans = analyzer.split(line)
    shifted = [Morpheme(form=m.form, tag=m.tag, start=m.start + 40, end=m.end + 40) for m in analyzer.analyze(line)]
    assert analyzer.split_at(line, 40) == (spans, shifted)
    assert analyzer.split_at("   ", 5) == ([], [])


def test_sentence_view_memo_and_span_indices():
    morphemes = [Morpheme(form=f, tag=t, start=s, end=e) for f, t, s, e in
                 [("한빛", "NNP", 10, 12), ("은", "JX", 12, 13), ("1", "SN", 14, 15), ("조", "NR", 15, 16), ("원", "NNB", 16, 17)]]
    view = SentenceView(Sentence(index=0, start=10, end=17, text="한빛은 1조원", morphemes=morphemes))
    assert view.offset == 10 and view.text == "한빛은 1조원"
    assert view.forms() == ["한빛", "은", "1", "조", "원"] and view.forms() is view.forms()
    for start in range(8, 20):
        for end in range(start, 20):
            # the plain helpers, with a start past the last morpheme mapped to it
            first = min(view.first_index_at_or_after(start), len(morphemes) - 1)
            last = min(max(first, view.last_index_before(end)), len(morphemes) - 1)
            assert view.span_indices(start, end) == (first, last)


def test_extract_from_sentences_analysed_ahead_is_the_same(analyzer, catalogue):
    article = Article(id="a", path="a.md", title="한빛전자 3분기 영업이익 1조2천억원", body=BODY)
    plain = Extractor(analyzer, _registry(), catalogue).extract(article)
    extractor = Extractor(analyzer, _registry(), catalogue)
    ahead = extractor.analyse(article)
    assert ahead[0] == split_sentences(article.body, analyzer)
    assert extractor.extract(article, ahead) == plain
    assert [c.model_dump() for c in plain.claims]  # the article does give claims


def test_a_value_after_the_last_morpheme_maps_to_it():
    # text the analyzer leaves out (control characters after a value): the span is the
    # last morpheme's, never an index past the end (found by fuzz/fuzz_extract.py)
    morphemes = [Morpheme(form="값", tag="NNG", start=0, end=1)]
    view = SentenceView(Sentence(index=0, text="값 +6\x00\x00", start=0, end=6, morphemes=morphemes))
    assert view.span_indices(2, 4) == (0, 0)


def test_extraction_of_a_body_that_ends_in_control_characters_does_not_fail(analyzer, catalogue, corpus_registry):
    from daejo.extract import extract_article

    body = "j-\x0c66666666666&66666666666666666666666666666666666666=666a0\x7f)6666666666666666666666666+6" + "\x00" * 17
    article = Article(id="fuzz", path="fuzz.md", body=body)
    claims = extract_article(article, analyzer=analyzer, registry=corpus_registry, catalogue=catalogue)
    assert all(body[c.evidence.start:c.evidence.end] == c.evidence.quote for c in claims)

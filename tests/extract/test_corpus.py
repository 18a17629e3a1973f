"""The corpus of examples is the specification of claim extraction (Duckling-style).

Each ``daejo/extract/corpus/<family>.yaml`` lists sentences with the claims a
careful reader takes from them (attribute, value text, entity, and where given
modality, attribution, as_of) and the look-alikes that must not be filed.
"""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from daejo.dates import parse_partial_date
from daejo.extract import extract_article
from daejo.extract.frames import is_frame
from daejo.models import Article

CORPUS = resources.files("daejo.extract") / "corpus"
FAMILIES = sorted(p.name for p in CORPUS.iterdir() if p.name.endswith(".yaml") and not p.name.startswith("_"))


def _examples():
    for name in FAMILIES:
        doc = yaml.safe_load((CORPUS / name).read_text(encoding="utf-8"))
        for i, example in enumerate(doc["examples"]):
            yield pytest.param(doc["published"], example, id=f"{name[:-5]}-{i + 1}")


def _claims(text: str, published: str, analyzer, catalogue, registry):
    article = Article(id="corpus", path="corpus.md", body=text, published=parse_partial_date(published))
    return extract_article(article, analyzer=analyzer, registry=registry, catalogue=catalogue)


def test_every_family_has_a_corpus(catalogue):
    families = {a.family for a in catalogue.attributes.values()}
    assert families <= {name[:-5] for name in FAMILIES}


@pytest.mark.parametrize("published,example", list(_examples()))
def test_corpus_example(published, example, analyzer, catalogue, corpus_registry):
    claims = _claims(example["text"], published, analyzer, catalogue, corpus_registry)
    got = [(c.attribute, c.value.text, c.entity) for c in claims]
    for want in example.get("claims") or []:
        # the value's text may carry its bound (`20조원을 넘어설`)
        matching = [c for c in claims if c.attribute == want["attribute"] and c.value.text.startswith(want["value"])]
        assert matching, f"missing {want} in {got}"
        claim = matching[0]
        if "entity" in want:
            assert claim.entity == want["entity"], got
        if "modality" in want:
            assert claim.modality == want["modality"], (claim.modality, example["text"])
        if "attribution" in want:
            assert claim.attribution == want["attribution"], (claim.attribution, example["text"])
        if "as_of" in want and want["as_of"] is None:
            # `지난 시즌 9골`: it held at an unnamed past time
            assert claim.as_of is None and claim.as_of_source == "none", (claim.as_of, example["text"])
        elif "as_of" in want:
            assert claim.as_of is not None and [claim.as_of.start, claim.as_of.end] == want["as_of"]
            assert claim.as_of_source == "explicit"
        if "as_of_source" in want:
            assert claim.as_of_source == want["as_of_source"], (claim.as_of, example["text"])
        if "qualifier" in want:
            assert claim.qualifier == want["qualifier"], (claim.qualifier, example["text"])
    for trap in example.get("not_claims") or []:
        for c in claims:
            same = c.attribute == trap["attribute"] and c.value.text == trap["value"]
            assert not (same and trap.get("entity", c.entity) == c.entity), f"{trap} was filed: {got}"
    if example.get("claims") == []:
        # the catalogue files nothing here (open frames have their own corpus, frames.yaml)
        assert [c for c in claims if not is_frame(c.attribute)] == [], got

"""A ledger written by other extraction rules is noticed and re-extracted."""

from pathlib import Path

from daejo.fingerprint import code_digest, extractor_fingerprint
from daejo.ingest import load_articles
from daejo.ledger import body_sha256, write_article_claims
from daejo.models import ArticleClaims
from daejo.workflow.ledger_sync import plan_update, verify_ledger


def _setup(tmp_path: Path, extractor: str | None):
    articles_dir = tmp_path / "articles"
    articles_dir.mkdir()
    (articles_dir / "a.md").write_text("---\nid: a\npublished: '2022'\n---\n본문이다.\n", encoding="utf-8")
    article = load_articles([articles_dir]).articles[0]
    ledger = tmp_path / "claims"
    entry = ArticleClaims(article="a", path=article.path, body_sha256=body_sha256(article.body), extractor=extractor, claims=[])
    write_article_claims(ledger, entry)
    return articles_dir, article, ledger


def test_fingerprint_depends_on_analyzer_and_alias_files(tmp_path: Path):
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text("entities: []\n", encoding="utf-8")
    base = extractor_fingerprint("kiwi", [aliases])
    assert base == extractor_fingerprint("kiwi", [aliases])
    assert base != extractor_fingerprint("komoran", [aliases])
    aliases.write_text("entities: [{id: x, name: X, type: org, aliases: []}]\n", encoding="utf-8")
    assert base != extractor_fingerprint("kiwi", [aliases])
    assert len(code_digest()) == 64


def test_outdated_ledger_is_reported_and_planned_for_extraction(tmp_path: Path):
    articles_dir, article, ledger = _setup(tmp_path, extractor="old-rules")
    problems = verify_ledger(ledger, [article], [articles_dir], {}, extractor="new-rules")
    assert [p.kind for p in problems] == ["outdated"]
    plan = plan_update([article], ledger, [articles_dir], extractor="new-rules")
    assert [a.id for a in plan.extract] == ["a"] and plan.unchanged == []
    assert verify_ledger(ledger, [article], [articles_dir], {}, extractor="old-rules") == []
    assert [a.id for a in plan_update([article], ledger, [articles_dir], extractor="old-rules").unchanged] == ["a"]

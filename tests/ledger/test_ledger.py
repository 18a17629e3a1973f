"""The claims ledger: round trip, deterministic bytes, atomic writes, safe names, clear errors."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from daejo.errors import LedgerError
from daejo.extract.claims import claim_id
from daejo.ledger import (
    UPGRADE_COMMAND,
    body_sha256,
    read_article_claims,
    read_ledger,
    remove_article,
    safe_ledger_name,
    write_article_claims,
)
from daejo.models import SCHEMA_VERSION, ArticleClaims, Claim, Evidence, Value

BODY = "가온랩은 모델을 공개했다. 파라미터는 약 3000억 개다. 직원은 70여 명이다."


def _claim(article: str, attribute: str, quote: str, *, value: float, unit: str = "개") -> Claim:
    start = BODY.index(quote)
    sentence_start = BODY.rfind(". ", 0, start) + 2 if ". " in BODY[:start] else 0
    sentence = BODY[sentence_start : BODY.index(".", start) + 1]
    return Claim(
        id=claim_id(article, attribute, quote, start, sentence),
        article=article,
        entity="gaon-model",
        entity_text="모델",
        attribute=attribute,
        value=Value(
            kind="quantity",
            text=quote,
            start=start,
            end=start + len(quote),
            value=value,
            unit=unit,
            bound="approx",
            low=value * 0.9,
            high=value * 1.1,
        ),
        evidence=Evidence(
            path=f"articles/{article}.md",
            sentence_index=1,
            sentence=sentence,
            sentence_start=sentence_start,
            start=start,
            end=start + len(quote),
            quote=quote,
            line=7,
            column=start + 1,
            byte_column=start + 1,
        ),
    )


def _entry(article: str = "가온-기사", claims: list[Claim] | None = None) -> ArticleClaims:
    if claims is None:
        claims = [
            _claim(article, "headcount", "70여 명", value=70, unit="명"),
            _claim(article, "parameter_count", "약 3000억 개", value=3e11),
        ]
    return ArticleClaims(
        article=article,
        path=f"articles/{article}.md",
        title="가온 모델 공개",
        outlet="가상일보",
        published="2022-06",
        body_sha256=body_sha256(BODY),
        claims=claims,
    )


def test_round_trip(tmp_path):
    entry = _entry()
    path = write_article_claims(tmp_path, entry)
    assert path == tmp_path / "가온-기사.jsonl"
    loaded = read_article_claims(path)
    assert (
        loaded.model_dump()
        == entry.model_copy(
            update={"claims": sorted(entry.claims, key=lambda c: (c.evidence.start, c.evidence.end, c.attribute, c.id))}
        ).model_dump()
    )
    assert read_ledger(tmp_path) == [loaded]


def test_file_layout_header_then_sorted_claims(tmp_path):
    path = write_article_claims(tmp_path, _entry())
    lines = path.read_text(encoding="utf-8").splitlines()
    header = json.loads(lines[0])
    assert list(header) == [
        "schema_version", "article", "path", "title", "outlet", "published", "body_sha256", "extractor",
        "story", "story_name", "keys", "claims_sha256",
    ]
    assert header["schema_version"] == SCHEMA_VERSION and header["article"] == "가온-기사"
    rest = path.read_text(encoding="utf-8").partition("\n")[2]
    assert header["claims_sha256"] == hashlib.sha256(rest.encode("utf-8")).hexdigest()
    claims = [json.loads(line) for line in lines[1:]]
    assert [c["attribute"] for c in claims] == ["parameter_count", "headcount"]  # by evidence start
    assert "3000억" in lines[1]  # ensure_ascii=False: Hangul is written as is
    assert all(list(c) == sorted(c) for c in claims)


def test_bytes_do_not_depend_on_claim_order(tmp_path):
    entry = _entry()
    first = write_article_claims(tmp_path / "a", entry).read_bytes()
    reversed_entry = entry.model_copy(update={"claims": list(reversed(entry.claims))})
    second = write_article_claims(tmp_path / "b", reversed_entry).read_bytes()
    assert first == second


def test_identical_rewrite_leaves_the_file_untouched(tmp_path):
    path = write_article_claims(tmp_path, _entry())
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    inode = path.stat().st_ino
    assert write_article_claims(tmp_path, _entry()) == path
    assert path.stat().st_mtime_ns == 1_000_000_000
    assert path.stat().st_ino == inode


def test_changed_content_is_replaced_atomically_without_leftovers(tmp_path):
    path = write_article_claims(tmp_path, _entry())
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    write_article_claims(tmp_path, _entry(claims=_entry().claims[:1]))
    assert path.stat().st_mtime_ns != 1_000_000_000
    assert len(read_article_claims(path).claims) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_failed_write_leaves_the_old_file_and_no_temp_file(tmp_path, monkeypatch):
    path = write_article_claims(tmp_path, _entry())
    before = path.read_bytes()

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        write_article_claims(tmp_path, _entry(claims=[]))
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_claim_ids_depend_on_evidence_not_position():
    a = claim_id("art", "parameter_count", "약 3000억 개", 20, "문장.")
    assert a == claim_id("art", "parameter_count", "약 3000억 개", 20, "문장.")
    assert (
        len(
            {
                a,
                claim_id("art", "parameter_count", "약 3000억 개", 21, "문장."),
                claim_id("art", "parameter_count", "약 3000억 개", 20, "다른 문장."),
                claim_id("art", "headcount", "약 3000억 개", 20, "문장."),
                claim_id("art2", "parameter_count", "약 3000억 개", 20, "문장."),
            }
        )
        == 5
    )
    assert len(a) == 16 and all(ch in "0123456789abcdef" for ch in a)


def test_body_sha256_is_of_utf8_bytes():
    assert body_sha256("가") != body_sha256("나")
    import hashlib

    assert body_sha256("가나") == hashlib.sha256("가나".encode()).hexdigest()


def test_read_ledger_sorts_and_ignores_other_files(tmp_path):
    write_article_claims(tmp_path, _entry("b-article"))
    write_article_claims(tmp_path, _entry("a-article"))
    (tmp_path / "decisions.yaml").write_text("accepted: []\n")
    (tmp_path / "notes.txt").write_text("not a ledger")
    (tmp_path / ".a-article.jsonl.tmp").write_text("half written")
    assert [e.article for e in read_ledger(tmp_path)] == ["a-article", "b-article"]


def test_missing_ledger_directory_is_empty(tmp_path):
    assert read_ledger(tmp_path / "claims") == []


def test_remove_article(tmp_path):
    write_article_claims(tmp_path, _entry("gone/../x"))
    assert remove_article(tmp_path, "gone/../x") is True
    assert remove_article(tmp_path, "gone/../x") is False
    assert list(tmp_path.iterdir()) == []


def test_corrupted_line_names_path_and_line(tmp_path):
    path = write_article_claims(tmp_path, _entry())
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2][:40]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(LedgerError) as caught:
        read_ledger(tmp_path)
    assert (caught.value.path, caught.value.line) == (str(path), 3)
    assert str(caught.value).startswith(f"{path}:3: corrupted ledger line")


def test_invalid_claim_names_path_and_line(tmp_path):
    path = write_article_claims(tmp_path, _entry())
    lines = path.read_text(encoding="utf-8").splitlines()
    claim = json.loads(lines[1])
    del claim["attribute"]
    lines[1] = json.dumps(claim, ensure_ascii=False)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(LedgerError, match="attribute") as caught:
        read_article_claims(path)
    assert caught.value.line == 2


def test_claim_of_another_article_is_refused(tmp_path):
    path = write_article_claims(tmp_path, _entry("one"))
    lines = path.read_text(encoding="utf-8").splitlines()
    claim = json.loads(lines[1])
    claim["article"] = "other"
    lines[1] = json.dumps(claim, ensure_ascii=False)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(LedgerError, match="belongs to article 'other'") as caught:
        read_article_claims(path)
    assert caught.value.line == 2


def test_writing_claims_of_another_article_is_refused(tmp_path):
    with pytest.raises(ValueError, match="other"):
        write_article_claims(tmp_path, _entry("one", claims=_entry("other").claims))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("found", [0, 1, SCHEMA_VERSION + 1, "1"])
def test_schema_version_mismatch_says_found_expected_and_upgrade(tmp_path, found):
    path = write_article_claims(tmp_path, _entry())
    lines = path.read_text(encoding="utf-8").splitlines()
    header = json.loads(lines[0])
    header["schema_version"] = found
    path.write_text("\n".join([json.dumps(header)] + lines[1:]) + "\n", encoding="utf-8")
    with pytest.raises(LedgerError) as caught:
        read_ledger(tmp_path)
    message = caught.value.message
    assert (caught.value.path, caught.value.line) == (str(path), 1)
    assert f"schema_version {found!r} found" in message
    assert f"reads schema_version {SCHEMA_VERSION}" in message
    assert UPGRADE_COMMAND in message


@pytest.mark.parametrize(
    "content, fragment",
    [("", "empty ledger file"), ("[1, 2]\n", "must be a JSON object"), ('{"article": "x"}\n', "no schema_version")],
)
def test_bad_headers(tmp_path, content, fragment):
    path = tmp_path / "x.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LedgerError, match=fragment) as caught:
        read_article_claims(path)
    assert caught.value.line == 1


def test_same_article_in_two_files_is_an_error(tmp_path):
    path = write_article_claims(tmp_path, _entry("dup"))
    (tmp_path / "copy.jsonl").write_bytes(path.read_bytes())
    with pytest.raises(LedgerError, match="'dup' is also in"):
        read_ledger(tmp_path)


SAFE_CASES = [
    ("news1-exaone-interview", "news1-exaone-interview.jsonl"),
    ("한국경제-인터뷰_2021", "한국경제-인터뷰_2021.jsonl"),
    ("v1.2", "v1.2.jsonl"),
]


@pytest.mark.parametrize("article_id, name", SAFE_CASES)
def test_safe_ids_are_kept(article_id, name):
    assert safe_ledger_name(article_id) == name


@pytest.mark.parametrize(
    "article_id",
    [
        "../../etc/passwd",
        "..",
        ".",
        "",
        "a/b",
        "a\\b",
        "x\x00y",
        "줄\n바꿈",
        "CON",
        "nul.txt",
        "a~b",
        ".hidden",
        "가" * 300,
    ],
)
def test_odd_ids_are_sanitised_with_a_hash(article_id):
    name = safe_ledger_name(article_id)
    assert "~" in name and name.endswith(".jsonl")
    assert "/" not in name and "\\" not in name and not name.startswith(".")
    assert len(name.encode("utf-8")) <= 255


def test_nfd_and_nfc_ids_get_different_files():
    import unicodedata

    nfc = "한글"
    assert safe_ledger_name(unicodedata.normalize("NFD", nfc)) != safe_ledger_name(nfc)


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=0, max_size=80))
def test_sanitised_names_never_escape_the_directory(article_id):
    name = safe_ledger_name(article_id)
    base = Path("/ledger")
    resolved = Path(os.path.normpath(base / name))
    assert resolved.parent == base
    assert name not in ("", ".", "..") and not name.startswith(".")
    assert all(ch not in name for ch in '/\\\x00:*?"<>|')
    assert len(name.encode("utf-8")) <= 255


def test_ids_that_sanitise_alike_still_differ():
    names = {safe_ledger_name(i) for i in ["a/b", "a_b", "a:b", "a~b", "a b", "a\\b", "a_b~x"]}
    assert len(names) == 7


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab_/~.: 가", max_size=8), st.text(alphabet="ab_/~.: 가", max_size=8))
def test_two_ids_never_share_a_name(first, second):
    if first != second:
        assert safe_ledger_name(first) != safe_ledger_name(second)


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30))
def test_any_id_round_trips_through_a_real_directory(tmp_path_factory, article_id):
    directory = tmp_path_factory.mktemp("ledger")
    path = write_article_claims(directory, _entry(article_id, claims=[]))
    assert path.parent == directory
    assert [e.article for e in read_ledger(directory)] == [article_id]

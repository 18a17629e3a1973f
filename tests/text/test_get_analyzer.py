"""Choosing an analyzer by name, caching, and the errors a user can meet."""

from __future__ import annotations

import pytest

from daejo.errors import ConfigError
from daejo.text import ANALYZERS, AnalyzerUnavailable, get_analyzer
from daejo.text import konlpy_backend
from daejo.text.base import sejong_tag


def test_unknown_name_is_a_config_error_listing_the_choices():
    with pytest.raises(ConfigError) as info:
        get_analyzer("mecab")
    message = str(info.value)
    assert "mecab" in message
    assert all(name in message for name in ANALYZERS)


def test_names_are_case_insensitive():
    assert get_analyzer("Kiwi").name == "kiwi"


def test_engines_are_cached_per_user_words(analyzer_name):
    first = get_analyzer(analyzer_name)
    second = get_analyzer(analyzer_name)
    assert first is not second
    assert first._engine is second._engine


@pytest.mark.parametrize("bad", [("두 단어", "NNP"), ("이름", "VV"), ("", "NNP"), ("외톨이",)])
def test_malformed_user_words_are_config_errors(bad):
    with pytest.raises(ConfigError):
        get_analyzer("kiwi", user_words=[bad])


def test_user_word_order_and_duplicates_do_not_matter():
    a = get_analyzer("kiwi", user_words=[("누리온", "NNP"), ("한빛로보틱스", "NNP"), ("가온누리랩", "NNP")])
    b = get_analyzer("kiwi", user_words=[("가온누리랩", "nnp"), ("누리온", "NNP"), ("한빛로보틱스", "NNP"), ("누리온", "NNP")])
    assert a.user_words == b.user_words
    assert a._engine is b._engine


def test_missing_java_is_a_daejo_error_that_says_what_to_install(monkeypatch):
    import jpype

    def no_jvm():
        raise jpype.JVMNotFoundException("No JVM shared library file (libjvm.so) found.")

    monkeypatch.setattr(jpype, "isJVMStarted", lambda: False)
    monkeypatch.setattr(jpype, "getDefaultJVMPath", no_jvm)
    monkeypatch.setattr(konlpy_backend, "_ENGINES", {})
    with pytest.raises(AnalyzerUnavailable) as info:
        get_analyzer("komoran")
    assert isinstance(info.value, ConfigError)
    assert "Java runtime" in str(info.value)
    assert "default-jre-headless" in str(info.value)


def test_a_jvm_path_that_does_not_exist_is_reported_the_same_way(monkeypatch, tmp_path):
    import jpype

    monkeypatch.setattr(jpype, "isJVMStarted", lambda: False)
    monkeypatch.setattr(jpype, "getDefaultJVMPath", lambda: str(tmp_path / "libjvm.so"))
    with pytest.raises(AnalyzerUnavailable, match="Java runtime"):
        konlpy_backend.ensure_jvm_available()


@pytest.mark.parametrize(
    "backend,tag,expected",
    [("kiwi", "VV-I", "VV"), ("kiwi", "VA-R", "VA"), ("kiwi", "W_SERIAL", "SN"), ("kiwi", "SSO", "SS"), ("komoran", "NNP", "NNP")],
)
def test_tags_are_sejong(backend, tag, expected):
    assert sejong_tag(backend, tag) == expected


def test_java_tests_are_skipped_only_off_ci_without_java(monkeypatch):
    from tests.text import conftest

    monkeypatch.setattr(conftest.shutil, "which", lambda name: None)
    monkeypatch.delenv("CI", raising=False)
    assert conftest.java_missing_here()
    monkeypatch.setenv("CI", "true")
    assert not conftest.java_missing_here()  # in CI a missing Java fails instead
    monkeypatch.setattr(conftest.shutil, "which", lambda name: "/usr/bin/java")
    monkeypatch.delenv("CI", raising=False)
    assert not conftest.java_missing_here()

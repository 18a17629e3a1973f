"""The time lexicon is data: a malformed file is a ConfigError naming it, and
an extended lexicon changes what is recognised without code changes."""

from __future__ import annotations

import pytest
import yaml

from daejo.dates import parse_partial_date
from daejo.errors import ConfigError
from daejo.values.time import recognise_times
from daejo.values.time_lexicon import LEXICON_PATH, read_lexicon


def test_invalid_yaml_names_file_and_line(tmp_path):
    path = tmp_path / "time_lexicon.yaml"
    path.write_text("relative_years:\n  올해: 0\n  bad: [unclosed\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        read_lexicon(path)
    assert caught.value.path == str(path) and caught.value.line is not None
    assert str(path) in str(caught.value)


def test_wrong_shape_is_a_config_error(tmp_path):
    data = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    data["relative_years"] = {"올해": "this year"}
    path = tmp_path / "time_lexicon.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ConfigError, match="relative_years"):
        read_lexicon(path)


def test_missing_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError):
        read_lexicon(tmp_path / "absent.yaml")


def test_an_added_relative_word_is_recognised(tmp_path):
    data = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    data["relative_years"]["후년"] = 2
    path = tmp_path / "time_lexicon.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    reference = parse_partial_date("2022")
    assert recognise_times("후년 완공", reference) == []
    values = recognise_times("후년 완공", reference, lexicon=read_lexicon(path))
    assert [(v.text, v.time.start) for v in values] == [("후년", "2024-01-01")]

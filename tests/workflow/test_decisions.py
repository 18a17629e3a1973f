from pathlib import Path

import pytest

from daejo.errors import ConfigError
from daejo.workflow.decisions import Pin, append_decision, format_entry, load_decisions, parse_decisions

GOOD = """\
# reviewed by the desk
decisions:
  - accept: 3f2a9c1b0d4e7a61
    reason: 서로 다른 모델 버전의 수치
    author: 김편집
  - pin:
      entity: nurion
      attribute: parameter_count
      value: 약 3000억 개
      as_of: "2022"
    source: 한빛연구소 보도자료
    author: 이데스크
  - alias: [미시간대, 미시건 대학교]
    author: 이데스크
  - not-alias: [카카오, 카카오브레인]
    author: 이데스크
"""


def test_all_four_kinds_are_read_with_their_lines():
    d = parse_decisions(GOOD, "claims/decisions.yaml")
    assert [e.kind for e in d.entries] == ["accept", "pin", "alias", "not_alias"]
    assert [e.line for e in d.entries] == [3, 6, 13, 15]
    assert d.accepted["3f2a9c1b0d4e7a61"].author == "김편집"
    assert d.pins[0].pin == Pin(entity="nurion", attribute="parameter_count", value="약 3000억 개", as_of="2022")
    assert d.alias_pairs("alias") == [("미시간대", "미시건 대학교")]
    assert d.alias_pairs("not_alias") == [("카카오", "카카오브레인")]


@pytest.mark.parametrize(
    "entry, fragment, line",
    [
        ("  - accept: abc\n    author: x\n", "needs a reason", 2),
        ("  - accept: abc\n    reason: r\n", "needs an author", 2),
        ("  - pin: {entity: a, attribute: b}\n    source: s\n    author: x\n", "missing value", 2),
        ("  - pin: {entity: a, attribute: b, value: '3'}\n    author: x\n", "needs a source", 2),
        ("  - alias: [only-one]\n    author: x\n", "list of two names", 2),
        ("  - accept: abc\n    pin: {}\n    author: x\n", "exactly one", 2),
        ("  - acept: abc\n    author: x\n", "unknown key", 2),
        ("  - just a string\n", "must be a mapping", 2),
    ],
)
def test_malformed_entries_name_the_line(entry, fragment, line):
    with pytest.raises(ConfigError) as err:
        parse_decisions("decisions:\n" + entry, "d.yaml")
    assert fragment in str(err.value)
    assert err.value.line == line and err.value.path == "d.yaml"


def test_invalid_yaml_names_the_line():
    with pytest.raises(ConfigError) as err:
        parse_decisions("decisions:\n  - accept: [unclosed\n", "d.yaml")
    assert err.value.line is not None and err.value.line >= 2


def test_append_keeps_comments_and_round_trips(tmp_path: Path):
    path = tmp_path / "claims" / "decisions.yaml"
    path.parent.mkdir()
    path.write_text(GOOD, encoding="utf-8")
    entry = format_entry("accept", fingerprint="ffff0000aaaa", reason='인용 "정정 전" 수치: 의도적', author="박기자")
    d = append_decision(path, entry)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# reviewed by the desk\n")
    assert d.accepted["ffff0000aaaa"].reason == '인용 "정정 전" 수치: 의도적'
    assert load_decisions(path).entries[-1].line == 17
    assert [p.name for p in path.parent.iterdir()] == ["decisions.yaml"]  # no temp files left


def test_append_creates_file_and_rejects_invalid_entry(tmp_path: Path):
    path = tmp_path / "decisions.yaml"
    pin = Pin(entity="hanbit", attribute="founded_date", value="2020년 12월")
    append_decision(path, format_entry("pin", pin=pin, source="등기부", author="이데스크"))
    assert load_decisions(path).pins[0].pin.value == "2020년 12월"
    before = path.read_text(encoding="utf-8")
    with pytest.raises(ConfigError):
        append_decision(path, "  - accept: x\n")  # no author, no reason
    assert path.read_text(encoding="utf-8") == before  # nothing stored is lost


def test_missing_file_is_empty():
    assert load_decisions(Path("/nonexistent/decisions.yaml")).entries == []

"""The open-world scorecard (benchmarks/openworld.py) counts what it says it counts."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from benchmarks import openworld

ROOT = Path(__file__).resolve().parents[2]


def test_every_open_world_story_has_three_articles_and_planted_findings():
    found = openworld.stories()
    assert len(found) >= 10
    for story in found:
        assert len(list(story.glob("*.md"))) == 3, story
        assert json.loads((story / "expected.json").read_text(encoding="utf-8"))["findings"], story


def test_a_planted_pair_is_found_missed_or_a_flag_is_extra(tmp_path):
    # a passing case scores every planted pair at error and no extra flag; with its
    # expected list emptied the same findings are all extra, and a pair planted between
    # two other articles is missed
    case = ROOT / "fixtures" / "cases" / "open-markets-kospi-drop"
    good = openworld.score(case)
    assert (good.planted, good.at_error, good.missed, good.extra) == (1, 1, [], [])
    copy = tmp_path / "open-copy"
    shutil.copytree(case, copy)
    (copy / "expected.json").write_text(json.dumps({"findings": [
        {"rule": "value-mismatch", "severity": "error", "articles": ["kospi-a", "kospi-b"]}]}), encoding="utf-8")
    bad = openworld.score(copy)
    assert bad.at_error == 0 and bad.missed == ["value-mismatch kospi-a/kospi-b"] and len(bad.extra) == 1

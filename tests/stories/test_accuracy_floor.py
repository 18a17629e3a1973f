"""The accuracy floor: the test split of the story corpus must do at least as well as
the figures recorded in benchmarks/accuracy/figures.json (raised as they improve).

A failure names the figure that fell, never its value: the test split is only read for
the figures of a session's final reading (docs/accuracy.md), not while rules are made."""

from __future__ import annotations

import json

import pytest

from benchmarks.accuracy.__main__ import FIGURES, figures
from benchmarks.accuracy.evaluate import open_world_toolkit, run_check, score_split, split_articles
from benchmarks.accuracy.gold import load_gold
from benchmarks.accuracy.mutate import rates, run_mutations

RECORDED = json.loads(FIGURES.read_text(encoding="utf-8"))["test"]
SLACK = 1e-9


def _holds(ok: bool, what: str) -> None:
    """Fail naming ``what`` only (a bare ``assert a >= b`` would print both figures)."""
    if not ok:
        pytest.fail(what, pytrace=False)


@pytest.fixture(scope="module")
def measured() -> dict:
    gold = load_gold()
    toolkit = open_world_toolkit()
    stories, articles = split_articles(gold, "test")
    entries, findings = run_check(articles, toolkit)
    result = score_split("test", stories, articles, entries, findings)
    mutations = rates(run_mutations(articles, {e.article: e for e in entries}, stories, toolkit))
    return figures(result, mutations)


def test_the_test_split_is_the_recorded_one(measured):
    _holds(measured["articles"] == RECORDED["articles"], "the test split's articles differ from the recorded ones")
    _holds(measured["contradictions"] == RECORDED["contradictions"], "the test split's contradictions differ from the recorded ones")


def test_recall_does_not_drop(measured):
    _holds(measured["recall"] >= RECORDED["recall"] - SLACK, "recall on the test split fell below the floor")
    _holds(measured["recall_error"] >= RECORDED["recall_error"] - SLACK, "recall at error on the test split fell below the floor")


def test_false_alarms_do_not_rise(measured):
    _holds(measured["false_alarm_rate"] <= RECORDED["false_alarm_rate"] + SLACK, "false alarms on the test split rose above the floor")


def test_mutations_stay_caught_and_rewrites_stay_quiet(measured):
    _holds(measured["mutations_planted_flagged"] >= RECORDED["mutations_planted_flagged"] - SLACK,
           "planted mutations caught on the test split fell below the floor")
    _holds(measured["mutations_benign_flagged"] <= RECORDED["mutations_benign_flagged"],
           "rewrites flagged on the test split rose above the floor")

"""The accuracy floor: the test split of the story corpus must do at least as well as
the figures recorded in benchmarks/accuracy/figures.json (raised as they improve)."""

from __future__ import annotations

import json

import pytest

from benchmarks.accuracy.__main__ import FIGURES, figures
from benchmarks.accuracy.evaluate import open_world_toolkit, run_check, score_split, split_articles
from benchmarks.accuracy.gold import load_gold
from benchmarks.accuracy.mutate import rates, run_mutations

RECORDED = json.loads(FIGURES.read_text(encoding="utf-8"))["test"]
SLACK = 1e-9


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
    assert measured["articles"] == RECORDED["articles"]
    assert measured["contradictions"] == RECORDED["contradictions"]


def test_recall_does_not_drop(measured):
    assert measured["recall"] >= RECORDED["recall"] - SLACK
    assert measured["recall_error"] >= RECORDED["recall_error"] - SLACK


def test_false_alarms_do_not_rise(measured):
    assert measured["false_alarm_rate"] <= RECORDED["false_alarm_rate"] + SLACK


def test_mutations_stay_caught_and_rewrites_stay_quiet(measured):
    assert measured["mutations_planted_flagged"] >= RECORDED["mutations_planted_flagged"] - SLACK
    assert measured["mutations_benign_flagged"] <= RECORDED["mutations_benign_flagged"]

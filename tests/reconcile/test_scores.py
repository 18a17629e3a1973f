"""Scores of games, and times written alike: one game's score agrees written from either side; another game's or
another period's is another fact (reconcile/align.py ``scores_of_one_game``,
reconcile/compare.py)."""

from daejo.models import Value
from daejo.reconcile.align import restates, scores_of_one_game
from daejo.reconcile.compare import interval_text, values_meet


def _score(text: str, x: int, y: int) -> Value:
    return Value(kind="score", text=text, start=0, end=len(text), unit="점", low=min(x, y), high=max(x, y))


def test_a_score_written_from_the_losers_side_is_the_same_score() -> None:
    assert values_meet(_score("86-81", 86, 81), _score("81-86", 81, 86))
    assert restates(_score("86-81", 86, 81), _score("86대 81", 86, 81))


def test_scores_sharing_one_number_do_not_meet() -> None:
    # as intervals [79, 83] and [76, 83] would overlap: a score is two numbers, not a span
    assert not values_meet(_score("83-79", 83, 79), _score("76-83", 76, 83))
    assert not restates(_score("3-1", 3, 1), _score("3-2", 3, 2))


def test_a_score_is_shown_as_its_two_numbers() -> None:
    assert interval_text(_score("81-86", 81, 86)) == "86-81"


def test_one_game_and_its_numbered_form_are_one_game() -> None:
    assert scores_of_one_game("~스코어", "~6차스코어")
    assert scores_of_one_game("~6차2세트스코어", "~2세트스코어")
    assert scores_of_one_game("~전반스코어", "~전반스코어")


def test_two_games_or_two_periods_are_two_facts() -> None:
    assert not scores_of_one_game("~5차스코어", "~6차스코어")
    assert not scores_of_one_game("~2세트스코어", "~3세트스코어")
    assert not scores_of_one_game("~스코어", "~전반스코어")
    assert not scores_of_one_game("~1차2세트스코어", "~3차2세트스코어")


def test_a_tournaments_stages_are_two_games_and_a_stage_against_none_is_one() -> None:
    # `결승에서 … 2-1(19-21 21-17 21-15)` / `4강에서는 … 2-0(21-13 21-18)`: the final's first
    # game is not the semi-final's; a score that names no stage may be either's
    assert not scores_of_one_game("~결승1세트스코어", "~4강1세트스코어")
    assert not scores_of_one_game("~결승스코어", "~준결승스코어")
    assert not scores_of_one_game("~8강스코어", "~4강스코어")
    assert scores_of_one_game("~결승1세트스코어", "~1세트스코어")
    assert scores_of_one_game("~준결승스코어", "~스코어")


def test_one_time_in_the_same_words_is_no_conflict_whatever_day_each_article_reads():
    # `31일 오후 3시` in an article of 1 August and one of 2 September reads as two days; an
    # editor sees one time written alike in both (reconcile/compare.py ``_compare_times``)
    from daejo.reconcile.compare import compare_pair
    from daejo.reconcile.policy import policy_for

    from .factory import article, claim, when
    from daejo.reconcile.compare import Side

    def side(aid, text, start, end):
        c = claim(aid, None, "~조류경보발령", when(text, start, end, grain="hour"))
        return Side(c, article(aid, [c]))

    same_a = side("a", "31일 오후 3시", "2026-07-31T15:00", "2026-07-31T16:00")
    same_b = side("b", "31일 오후 3시", "2026-08-31T15:00", "2026-08-31T16:00")
    other = side("c", "30일 오후 3시", "2026-07-30T15:00", "2026-07-30T16:00")
    policy = policy_for("~조류경보발령", None)
    assert not compare_pair(same_a, same_b, policy, None).conflict
    assert compare_pair(same_a, other, policy, None).conflict

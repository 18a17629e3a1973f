"""Uncertainty intervals of numeric values, computed exactly with Decimal.

The interval of a value is what its writer committed to: the precision it was
written with (half a step of the last written digit), widened by hedges (``약``:
±10 %), opened by bounds (``이상``, ``넘게``), or given outright (``80~90%``,
``70여 명``, ``500억원대``, ``수천억``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from daejo.models import Number

HALF = Decimal("0.5")


class Interval(NamedTuple):
    """The low and high end of a value's uncertainty (None: open)."""

    low: Decimal | None
    high: Decimal | None


def to_number(d: Decimal | None) -> Number | None:
    """int when integral (exact, any size), else float."""
    if d is None:
        return None
    if d == d.to_integral_value():
        return int(d)
    return float(d)


def precision_interval(value: Decimal, precision: Decimal) -> Interval:
    """``6천억`` -> [5500억, 6500억]; ``70명`` -> [69.5, 70.5]."""
    return Interval(value - precision * HALF, value + precision * HALF)


def rounded_precision(value: Decimal, significant_step: Decimal, relative: Decimal) -> Decimal:
    """The step a round figure is read with: its last significant digit's step, but
    never wider than ``2 * relative`` of the value (``1억`` → 0.1억; ``1천127억`` → 1억)."""
    return min(significant_step, abs(value) * relative * 2) or significant_step


def approx_interval(value: Decimal, precision: Decimal, relative: Decimal) -> Interval:
    """±``relative`` of the value, never narrower than the written precision."""
    width = abs(value) * relative
    exact = precision_interval(value, precision)
    return Interval(min(value - width, exact.low), max(value + width, exact.high))


def bound_interval(bound: str, value: Decimal, precision: Decimal, relative: Decimal) -> Interval:
    if bound in ("at_least", "more_than"):
        return Interval(value, None)
    if bound in ("at_most", "less_than"):
        return Interval(None, value)
    if bound == "approx":
        return approx_interval(value, precision, relative)
    return precision_interval(value, precision)


def step_interval(value: Decimal, step: Decimal) -> Interval:
    """``70여`` -> [70, 80]; ``500억원대`` -> [500억, 600억]."""
    return Interval(value, value + step)


def vague_interval(place: Decimal, low_units: int, high_units: int) -> Interval:
    """``수천억`` -> [2000억, 9000억]."""
    return Interval(place * low_units, place * high_units)

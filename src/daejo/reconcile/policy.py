"""How each attribute is compared: static or time-varying, tolerance, cardinality.

The attribute catalogue (``daejo.extract.catalogue``, data/attributes/*.yaml) is
the one source: each ``Attribute`` carries its policy fields, and
``load_policies`` turns them into the slotted ``AttributePolicy`` records the
comparison loop reads. An open frame's policy (``~…``) comes from data/frames.yaml.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from daejo.extract.catalogue import Attribute, Catalogue


@dataclass(frozen=True, slots=True)
class AttributePolicy:
    id: str
    kind: str = "quantity"  # quantity | money | percent | time | ...
    varies: bool = False  # time-varying: compare only when as_of overlaps
    tolerance: float = 0.0  # relative widening of each side's interval
    tolerance_abs: float = 0.0  # absolute widening, in the value's unit
    cardinality: str = "one"  # "many": several true values at once, never compared
    # counts that only rise as a story unfolds (casualties): a later, higher
    # count is growth, so these need as_of at the grain the articles were written
    grows: bool = False
    # "many"-valued attributes are compared only through a companion claim of
    # the same clause (a target's deadline through the target's count)
    companion: str | None = None
    # a flow over a period (revenue of a quarter): a sub-period's figure differs
    # from the whole period's, so only the same explicit period is compared
    period: bool = False
    # a fact about an event: with no entity of its own it is its story's event's
    event: bool = False
    # a time-varying fact that changes slowly (an age, once a year): as_of intervals
    # this many days apart still hold the same value
    as_of_slack_days: int = 0
    # a change (a growth rate), never aligned with a level
    change: bool = False
    # a fact about a person only (an age): a name is no person's own (two stories' 한도윤
    # are two people), so an unregistered name's is compared within its story only
    personal: bool = False


def policy_of(attribute: Attribute, companion: str | None = None) -> AttributePolicy:
    """A catalogue attribute's policy. A catalogue fact an article states without
    naming whose is its story's event's (``event``). ``companion``: the attribute
    it is compared through, when it is not its own ``companion_of``."""
    return AttributePolicy(
        id=attribute.id,
        kind=attribute.kind,
        varies=attribute.varies,
        tolerance=attribute.tolerance.relative,
        tolerance_abs=attribute.tolerance.absolute,
        cardinality=attribute.cardinality,
        grows=attribute.grows,
        companion=attribute.companion_of or companion,
        period=attribute.period,
        event=True,
        as_of_slack_days=attribute.as_of_slack_days,
        change=attribute.change,
        personal=tuple(attribute.entity_types) == ("person",),
    )


def load_policies(catalogue: Catalogue | None = None) -> dict[str, AttributePolicy]:
    """The policy of every attribute of ``catalogue`` (default: the packaged one)."""
    if catalogue is None:
        return dict(_default_policies())
    # a deadline is the companion of its target, so the target is compared through it
    through = {a.companion_of: a.id for a in catalogue.attributes.values() if a.companion_of}
    return {a.id: policy_of(a, through.get(a.id)) for a in catalogue.attributes.values()}


@lru_cache(maxsize=1)
def _default_policies() -> dict[str, AttributePolicy]:
    from daejo.extract.catalogue import load_catalogue  # the catalogue's YAML is read once, when asked

    return load_policies(load_catalogue())


def policy_for(attribute: str, policies: Mapping[str, AttributePolicy] | None, unit: str | None = None) -> AttributePolicy:
    """The policy of an attribute; an open frame's (``~…``) from data/frames.yaml and
    the counted unit; one no catalogue knows (a ledger written with another
    catalogue) is static with no tolerance."""
    if attribute.startswith(FRAME_PREFIX):
        return frame_policy(attribute, unit)
    table = policies if policies is not None else _default_policies()
    return table.get(attribute) or AttributePolicy(id=attribute)


FRAME_PREFIX = "~"


def frame_policy(attribute: str, unit: str | None = None) -> AttributePolicy:
    """An open frame: a figure of a developing story that data/frames.yaml lists as
    changing (a toll, the missing, a typhoon's pressure) by its frame is compared at
    overlapping report times, and a later larger count of one that only rises is an
    update; any other frame (an amount, a share, a size, a date, a count of a study) is
    static. The words around the figure do not count: in `누적 매출액은 243억원으로
    순제작비 135억원을 웃돈다` the running total is the other figure's."""
    from daejo.extract.frames import frame_change

    varies, grows = frame_change(attribute[len(FRAME_PREFIX):])
    return AttributePolicy(id=attribute, varies=varies, grows=grows, event=True)

"""What the attribute assigner decides for one value: the attribute it files the
value under (``Assignment``) and the trigger words that announced it (``TriggerHit``).
Both the assigner (``attributes``) and the entity roles (``entity_roles``) read them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from daejo.extract.catalogue import Attribute, Trigger
from daejo.extract.entities import Mention
from daejo.models import Value


class TriggerHit(NamedTuple):
    """A trigger of an attribute found in a sentence, by its morpheme range."""

    trigger: Trigger
    first: int  # morpheme indices
    last: int


@dataclass
class Assignment:
    value: Value
    value_first: int
    value_last: int
    attribute: Attribute
    hit: TriggerHit | None  # None: the value triggered itself
    distance: int
    clause: int
    entity: Mention | None = None
    entity_via: str = "none"
    # an open frame's strength (frames.py): how surely the words found name what is measured
    strength: float | None = None
    # for a catalogue time of a story's event: the event its clause names (frames.py's
    # time frame, `부분파업`), so two events' times are told apart
    event: str | None = None
    # the time it holds at when its clause's times do not tell it (frames.py's dated
    # comparison base: `전날 오전 9시(146명)보다` holds at that time, not at the report's)
    as_of: Value | None = None

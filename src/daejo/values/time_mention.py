"""``Mention``: what a time expression says, as read by the grammar, before the
publication date places it on the calendar (``time_resolve``)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Mention:
    """What a time expression says, before it is placed on the calendar."""

    start: int
    end: int = 0
    parts: list[str] = field(default_factory=list)  # names of the pieces, for ``Value.rule``
    prefix: str | None = None  # "past" (지난) or "next" (오는)
    year: int | None = None
    year_two_digit: int | None = None  # '21년
    year_rel: int | None = None  # 올해 = 0, 지난해 = -1
    decade: int | None = None
    decade_part: str | None = None
    month: int | None = None
    month_rel: int | None = None
    month_to: int | None = None  # 3~4월
    day: int | None = None
    day_to: int | None = None  # 12월 7~9일
    day_rel: int | None = None
    glossed_rel: int | None = None  # `내일(10일)`: the relative day its written date glosses
    week_rel: int | None = None
    year_part: str | None = None
    month_part: str | None = None
    half: str | None = None
    quarter: int | None = None
    quarter_to: int | None = None  # 1∼3분기
    within_year: bool = False
    weekday: int | None = None
    daypart: str | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    offset: tuple[int, str, int, bool] | None = None  # (count, unit, direction, "여")
    window: tuple[int, str] | None = None  # N년 안에
    birth_two_digit: int | None = None
    year_implicit: bool = False  # "2분기", "12월": the year is the reader's to supply
    anaphoric: bool = False  # 이듬해, 이날: anchored on an earlier time of the text
    season: str | None = None  # 봄, 여름, 가을, 겨울
    season_rel: str | None = None  # "this" (올봄), "last" (지난 겨울), "next" (오는 가을)
    # a vague time: ("recent",) for 최근; ("count", unit, low, high, direction) for 수년 전
    vague: tuple | None = None
    role: str = "point"
    approx: bool = False

    @property
    def has_clock(self) -> bool:
        return self.hour is not None

    def snapshot(self) -> Mention:
        """A copy that later steps cannot change (the only mutable field is ``parts``)."""
        cls = type(self)
        twin = cls.__new__(cls)  # what copy.copy does, without its reduce protocol (the grammar takes many)
        twin.__dict__.update(self.__dict__)
        twin.parts = list(self.parts)
        return twin

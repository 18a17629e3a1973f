"""Korean time grammar: finds a time expression starting at a position.

The expression is composed left to right from small parts, each optional, in
the order Korean writes them (Duckling composes its rules the same way):

    [지난|오는] year-ish [part | half | quarter | season | month [part | day]] [weekday] [clock]
                [께|쯤|경|무렵] [까지|부터|이후|안에|생|…]

plus the standalone forms ``N년 전``/``N개월 후`` (offsets), ``N년 안에``
(windows), seasons named from publication (``올봄``, ``지난 겨울``), business
quarters (``3Q``, ``1Q24``), vague times (``최근``, ``수년 전``), ``76년생`` and words anchored on an earlier time (``이듬해``,
``이날``); ranges joined by "~" are put together in ``time_range``. After each part the grammar records a checkpoint; the
longest checkpoint whose end is a word boundary wins, so "지난해 말했다" yields
"지난해" and "2020년 초거대" yields "2020년". Nothing here needs the
publication date: ``Mention`` records what was written, ``time_resolve`` places it.
"""

from __future__ import annotations

import re

from daejo.values.time_lexicon import TimeLexicon, normalise_word
from daejo.values.time_mention import Mention

# "[ \t\u00a0]" is a space inside a line: expressions never run across a line break.
_NO_DIGIT_BEFORE = r"(?<![\d.,])(?<!\d:)"
YEAR4 = re.compile(_NO_DIGIT_BEFORE + r"(\d{4})[ \t\u00a0]?년(?!대)")
YEAR2_APOSTROPHE = re.compile(r"['‘’](\d{2})[ \t\u00a0]?년(?!대)")
DECADE = re.compile(_NO_DIGIT_BEFORE + r"(\d{3}0)[ \t\u00a0]?년대")
BIRTH2 = re.compile(_NO_DIGIT_BEFORE + r"(\d{2})년생")
MONTH = re.compile(_NO_DIGIT_BEFORE + r"(\d{1,2})월")
DAY = re.compile(_NO_DIGIT_BEFORE + r"(\d{1,2})일")
_TO = r"[ \t\u00a0]?[~∼〜～–-][ \t\u00a0]?"
MONTH_RANGE = re.compile(_NO_DIGIT_BEFORE + r"(\d{1,2})" + _TO + r"(\d{1,2})월")
DAY_RANGE = re.compile(_NO_DIGIT_BEFORE + r"(\d{1,2})" + _TO + r"(\d{1,2})일")
NUMDATE_SPACED = re.compile(_NO_DIGIT_BEFORE + r"(\d{4})\.[ \t\u00a0](\d{1,2})\.[ \t\u00a0](\d{1,2})\.?(?!\d)")
NUMDATE_COMPACT = re.compile(_NO_DIGIT_BEFORE + r"(\d{4})([.\-/])(\d{1,2})\2(\d{1,2})(?![\d])")
DAY_GLOSS = re.compile(r"\((\d{1,2})일\)")
CLOCK = re.compile(_NO_DIGIT_BEFORE + r"(\d{1,2})시(?:[ \t\u00a0]?(\d{1,2})분|[ \t\u00a0]?(반))?(?:[ \t\u00a0]?(\d{1,2})초)?")
COLON_CLOCK = re.compile(_NO_DIGIT_BEFORE + r"([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(?![\d:])")
QUARTER_RANGE = re.compile(r"[ \t\u00a0]?" + _NO_DIGIT_BEFORE + r"([1-4])" + _TO + r"([1-4])[ \t\u00a0]?분기")
QUARTER = re.compile(r"[ \t\u00a0]?" + _NO_DIGIT_BEFORE + r"([1-4])(?:[ \t\u00a0]?[·./][ \t\u00a0]?4)?[ \t\u00a0]?분기")
MIN_YEAR, MAX_YEAR = 1000, 2199

_SPACE = " \t\u00a0"


class _Builder:
    """Walks the text from ``start``, filling a ``Mention`` and recording checkpoints."""

    def __init__(self, text: str, start: int, lex: TimeLexicon):
        self.text, self.lex, self.pat = text, lex, lex.patterns
        self.m = Mention(start=start)
        self.pos = start
        self.checkpoints: list[tuple[int, Mention]] = []
        self.day_part: str | None = None  # a part of day read with its day (`어젯밤`)

    # -- helpers ---------------------------------------------------------------
    def mark(self, part: str) -> None:
        self.m.parts.append(part)
        self.m.end = self.pos
        self.checkpoints.append((self.pos, self.m.snapshot()))

    def gap(self, pos: int | None = None) -> int:
        pos = self.pos if pos is None else pos
        return pos + 1 if pos < len(self.text) and self.text[pos] in _SPACE else pos

    def match(self, pattern: re.Pattern[str], spaced: bool = True) -> re.Match[str] | None:
        """``pattern`` at the cursor, after at most one space when ``spaced``."""
        found = pattern.match(self.text, self.pos)
        if found is None and spaced:
            found = pattern.match(self.text, self.gap())
        return found

    def duration_follows(self, pos: int, spaced: bool) -> bool:
        followers = self.lex.duration_followers
        if self.text.startswith(followers, pos):
            return True
        return spaced and self.text.startswith(followers, self.gap(pos))

    # -- stages ----------------------------------------------------------------
    def take_prefix(self) -> None:
        for name, pattern in (("past", self.pat.prefix_past), ("next", self.pat.prefix_next)):
            if found := pattern.match(self.text, self.pos):
                self.m.prefix, self.pos = name, found.end()
                return

    def take_decade(self) -> bool:
        if not (found := DECADE.match(self.text, self.pos)) or not MIN_YEAR <= int(found[1]) <= MAX_YEAR:
            return False
        self.m.decade, self.pos = int(found[1]), found.end()
        self.mark("decade")
        if part := self.pat.decade_part.match(self.text, self.pos):
            self.m.decade_part, self.pos = part[1], part.end()
            self.mark("decade_part")
        return True

    def take_year(self) -> bool:
        text, pos, m = self.text, self.pos, self.m
        if (found := YEAR4.match(text, pos)) and MIN_YEAR <= int(found[1]) <= MAX_YEAR:
            if self.duration_follows(found.end(), spaced=False):
                return False
            m.year, self.pos = int(found[1]), found.end()
            self.mark("year")
            return True
        if found := YEAR2_APOSTROPHE.match(text, pos):
            m.year_two_digit, self.pos = int(found[1]), found.end()
            self.mark("year")
            return True
        if m.prefix is not None:
            return False
        if found := self.pat.relative_year.match(text, pos):
            m.year_rel, self.pos = self.lex.relative_years[normalise_word(found[0])], found.end()
            self.mark("relative_year")
            return True
        if found := self.pat.this_year_short.match(text, pos):
            # "올" counts only before a month, half, quarter or part: no checkpoint yet
            m.year_rel, self.pos = 0, found.end() - 1
            return True
        return False

    def take_year_period(self) -> bool:
        """Standalone 연말/연초 (a part of the publication year) and 연내 (deadline)."""
        if self.m.prefix is not None:
            return False
        if found := self.pat.year_period.match(self.text, self.pos):
            period = self.lex.year_period_words[normalise_word(found[0])]
            self.m.year_rel, self.m.year_part = 0, self.lex.data["period_parts"][period]
            self.pos = found.end()
            self.mark("year_period")
            return True
        if found := self.pat.within_year.match(self.text, self.pos):
            self.m.year_rel, self.m.within_year, self.pos = 0, True, found.end()
            self.m.role = "deadline"
            self.mark("within_year")
            return True
        return False

    def take_season_phrase(self) -> bool:
        """``올봄``, ``이번 겨울``, ``지난 겨울``, ``오는 가을``: a season named from publication."""
        if found := self.pat.season_phrase.match(self.text, self.pos):
            self.m.season_rel = self.lex.data["season_prefixes"][found[1]]
            self.m.season, self.m.prefix, self.pos = found[2], None, found.end()
            self.mark("season")
            return True
        return False

    def take_vague(self) -> bool:
        """``최근``, ``요즘``, ``수년 전``, ``몇 달 뒤``, ``며칠 전``: a time that is only roughly said."""
        text, pos, m = self.text, self.pos, self.m
        if found := self.pat.vague_word.match(text, pos):
            words = {normalise_word(k): v for k, v in self.lex.data["vague_words"].items()}
            m.vague = (words[normalise_word(found[0])],)
        elif found := self.pat.vague_offset.match(text, pos):
            direction = self.lex.data["offset_directions"][found[4]]
            if found[1]:
                low, high = self.lex.data["vague_counts"][found[1]]
                unit = self.lex.data["offset_units"][found[2]]
            else:
                unit, low, high = self.lex.data["vague_count_words"][found[3]]
            m.vague = ("count", unit, int(low), int(high), direction)
        else:
            return False
        m.approx, self.pos = True, found.end()
        self.mark("vague")
        return True

    def take_anaphoric(self) -> bool:
        if self.m.prefix is None and (found := self.pat.anaphoric.match(self.text, self.pos)):
            self.m.anaphoric, self.pos = True, found.end()
            self.mark("anaphoric")
            return True
        return False

    def take_year_division(self) -> bool:
        """A half, quarter, season or part of the year just read."""
        if found := self.match(self.pat.half):
            self.m.half, self.pos = normalise_word(found[0]), found.end()
            self.mark("half")
            return True
        if (found := QUARTER_RANGE.match(self.text, self.pos)) and int(found[1]) < int(found[2]):
            self.m.quarter, self.m.quarter_to, self.pos = int(found[1]), int(found[2]), found.end()
            self.mark("quarter")  # `1∼3분기`: the quarters from the first to the last
            return True
        if found := QUARTER.match(self.text, self.pos) or self.pat.quarter_letter.match(self.text, self.pos):
            self.m.quarter, self.pos = int(found[1]), found.end()
            self.mark("quarter")
            return True
        if not self.m.year_implicit and (found := self.pat.season.match(self.text, self.pos)):
            self.m.season, self.pos = found[1], found.end()  # "지난해 여름", "2023년 겨울"
            self.mark("season")
            return True
        if found := self.pat.year_part.match(self.text, self.pos):
            self.m.year_part, self.pos = found[1], found.end()
            self.mark("year_part")
            return True
        return False

    def take_month(self, relative_allowed: bool) -> bool:
        if (found := self.match(MONTH_RANGE)) and 1 <= int(found[1]) <= 12 and 1 <= int(found[2]) <= 12:
            self.m.month, self.m.month_to, self.pos = int(found[1]), int(found[2]), found.end()
            self.mark("month_range")
            return True
        found = self.match(MONTH)
        if found and 1 <= int(found[1]) <= 12:
            self.m.month, self.pos = int(found[1]), found.end()
            self.m.year_implicit = self.m.prefix is None and not self.checkpoints and self.m.year_rel is None
            self.mark("month")
            return True
        if relative_allowed and self.m.prefix is None and (found := self.pat.relative_month.match(self.text, self.pos)):
            self.m.month_rel, self.pos = self.lex.relative_months[normalise_word(found[0])], found.end()
            self.mark("relative_month")
            return True
        return False

    def take_month_part(self) -> bool:
        if found := self.pat.month_part.match(self.text, self.pos):
            self.m.month_part, self.pos = normalise_word(found[1]), found.end()
            self.mark("month_part")
            return True
        return False

    def take_day(self) -> bool:
        month_known = self.m.month is not None or self.m.month_rel is not None
        # `12월 7~9일`, and `지난 2~3일` / `오는 10~11일`: the prefix says they are days
        # of a month (a bare `2~3일` is far more often a span of two or three days)
        if (month_known or self.m.prefix is not None) and self.m.month_to is None and (found := self.match(DAY_RANGE)):
            first, last = int(found[1]), int(found[2])
            if 1 <= first < last <= 31 and not self.duration_follows(found.end(), spaced=True):
                self.m.day, self.m.day_to, self.pos = first, last, found.end()
                self.mark("day_range")
                return True
        if self.m.month_to is not None:
            return False
        found = self.match(DAY)
        if found and 1 <= int(found[1]) <= 31 and not self.duration_follows(found.end(), spaced=True):
            self.m.day, self.pos = int(found[1]), found.end()
            self.mark("day")
            return True
        return False

    def take_numeric_date(self) -> bool:
        text, pos = self.text, self.pos
        if found := NUMDATE_SPACED.match(text, pos):
            year, month, day = int(found[1]), int(found[2]), int(found[3])
        elif found := NUMDATE_COMPACT.match(text, pos):
            year, month, day = int(found[1]), int(found[3]), int(found[4])
        else:
            return False
        if not (MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12 and 1 <= day <= 31):
            return False
        self.m.year, self.m.month, self.m.day, self.pos = year, month, day, found.end()
        self.mark("numeric_date")
        return True

    def take_relative_day_or_week(self) -> bool:
        if self.m.prefix is not None:
            return False
        if found := self.pat.relative_day_part.match(self.text, self.pos):
            # `어젯밤 9시`: the day and its part in one word
            self.m.day_rel, self.day_part = self.lex.relative_day_parts[normalise_word(found[0])]
            self.pos = found.end()
            self.mark("relative_day")
            return True
        if found := self.pat.relative_day.match(self.text, self.pos):
            self.m.day_rel, self.pos = self.lex.relative_days[normalise_word(found[0])], found.end()
            self.mark("relative_day")
            return True
        if found := self.pat.relative_week.match(self.text, self.pos):
            self.m.week_rel, self.pos = self.lex.relative_weeks[normalise_word(found[0])], found.end()
            self.mark("relative_week")
            return True
        return False

    def take_weekday(self) -> None:
        if found := self.match(self.pat.weekday):
            name = found[1] or found[2]
            self.m.weekday, self.pos = self.lex.data["weekdays"].index(name), found.end()
            self.mark("weekday")

    def take_clock(self, after_day: bool) -> bool:
        """A clock time; after a day also a bare part of the day ("16일 오후")."""
        pos = self.gap() if after_day else self.pos
        text, m = self.text, self.m
        daypart = self.pat.daypart.match(text, pos)
        part = daypart[0] if daypart else self.day_part  # (`어젯밤`'s 밤)
        clock_pos = self.gap(daypart.end()) if daypart else pos
        if found := CLOCK.match(text, clock_pos):
            hour = int(found[1])
            minute = 30 if found[3] else (int(found[2]) if found[2] else None)
            second = int(found[4]) if found[4] else None
            if hour > 24 or (minute or 0) > 59 or (second or 0) > 59:
                return False
            if not (after_day or daypart or found[2] or found[3]) and not _hangul_at(text, found.end()):
                return False  # a bare "3시" alone is a time only with a particle: "3시에", "3시께"
            m.daypart = part
            m.hour, m.minute, m.second, self.pos = hour, minute, second, found.end()
            self.mark("clock")
            return True
        if not daypart and (found := COLON_CLOCK.match(text, pos)):
            m.hour, m.minute = int(found[1]), int(found[2])
            m.second = int(found[3]) if found[3] else None
            self.pos = found.end()
            self.mark("clock")
            return True
        if found := self.pat.named_clock.match(text, clock_pos):
            # noon and midnight are instants: a minute, not an hour
            m.hour, m.minute, self.pos = self.lex.named_clock_times[found[0]], 0, found.end()
            self.mark("named_clock")
            return True
        if daypart and after_day:
            m.daypart, self.pos = daypart[0], daypart.end()
            self.mark("daypart")
            return True
        if part is not None and after_day:
            m.daypart = part  # `어젯밤` alone: the night of the day before
            self.mark("daypart")
            return True
        return False

    def take_offset_or_window(self) -> bool:
        text, pos, m = self.text, self.pos, self.m
        offset = self.pat.offset.match(text, pos)
        window = None if offset else self.pat.window.match(text, pos)
        if (found := offset or window) and int(found[1]) == 0:
            return False  # "0년 전" is no time
        if found := offset:
            unit = self.lex.data["offset_units"][found[2]]
            direction = self.lex.data["offset_directions"][found[4]]
            m.offset, self.pos = (int(found[1]), unit, direction, bool(found[3])), found.end()
            self.mark("offset")
            return True
        if found := window:
            unit = self.lex.data["offset_units"][found[2]]
            if unit in ("hour", "minute"):
                return False
            m.window, m.role, self.pos = (int(found[1]), unit), "deadline", found.end()
            self.mark("window")
            return True
        if found := BIRTH2.match(text, pos):
            m.birth_two_digit, m.role, self.pos = int(found[1]), "birth", found.end()
            self.mark("birth_year")
            return True
        return False

    # -- the whole expression ----------------------------------------------------
    def run(self) -> None:
        ch = self.text[self.pos : self.pos + 1]
        if ch in self.pat.phrase_letters:
            if self.take_season_phrase() or self.take_vague():
                return
        elif self.text[self.pos + 1 : self.pos + 2] in self.pat.quarter_letters and self.take_quarter_with_year():
            return
        self.take_prefix()
        if self.take_decade():
            return
        if self.take_numeric_date():
            self.day_tail()
            return
        if self.take_year_period():
            return
        if self.take_anaphoric():
            # `전날 오후 1시 40분께`: a clock time on the day the word refers to (extraction
            # resolves the whole against the article's last named day)
            self.take_clock(after_day=True)
            return
        if self.take_year():
            if not self.take_year_division() and self.take_month(relative_allowed=False):
                self.month_tail()
            return
        if self.take_month(relative_allowed=True):
            self.month_tail()
            return
        if self.take_day() or self.take_relative_day_or_week():
            if self.m.week_rel is None:
                self.day_tail()
            return
        if self.m.prefix is None and self.take_standalone_division():
            return
        if self.m.prefix is None:
            self.take_clock(after_day=False)

    def take_quarter_with_year(self) -> bool:
        """``1Q24``: a quarter and a two-digit year after its letter."""
        if found := self.pat.quarter_letter_year.match(self.text, self.pos):
            self.m.quarter, self.m.year_two_digit, self.pos = int(found[1]), int(found[2]), found.end()
            self.mark("quarter")
            return True
        return False

    def take_standalone_division(self) -> bool:
        """상반기 / 3분기 without a year: of the publication year."""
        self.m.year_rel, self.m.year_implicit = 0, True
        if self.take_year_division() and self.m.year_part is None:
            return True
        self.m.year_rel, self.m.year_implicit = None, False
        return False

    def month_tail(self) -> None:
        if not self.take_month_part() and self.take_day():
            self.day_tail()

    def day_tail(self) -> None:
        if self.m.day_to is not None:
            return  # a clock time after "7~9일" would belong to one of the days only
        self.take_day_gloss()
        self.take_weekday()
        self.take_clock(after_day=True)

    def take_day_gloss(self) -> None:
        """`오늘(21일)`, `어제(20일)`: the date a broadcaster writes after a relative day
        restates it, and is read as written (the day of the month, as `21일` alone); the
        clock time after it (`오늘(21일) 0시`) is on that day."""
        if self.m.day_rel is not None and (found := DAY_GLOSS.match(self.text, self.pos)):
            self.m.glossed_rel, self.m.day_rel = self.m.day_rel, None
            self.m.day, self.pos = int(found[1]), found.end()
            self.mark("day_gloss")


def _hangul_at(text: str, pos: int) -> bool:
    return pos < len(text) and "가" <= text[pos] <= "힣"


def boundary_ok(text: str, end: int, lex: TimeLexicon) -> bool:
    """True when ``end`` does not cut a Hangul word (a particle may follow)."""
    if end >= len(text) or not "가" <= text[end] <= "힣":
        return True
    return text.startswith(lex.particles, end)


def _with_suffixes(text: str, end: int, m: Mention, lex: TimeLexicon) -> list[tuple[int, Mention]]:
    """``m`` extended by an approximation marker and a role suffix, longest first."""
    pat = lex.patterns
    options = [(end, m)]
    if found := pat.approx.match(text, end):
        m = m.snapshot()
        m.approx, end = True, found.end()
        options.insert(0, (end, m))
    if m.role == "point":
        found = pat.role_glued.match(text, end) or pat.role_spaced.match(text, end)
        if found:
            word = found[1] if found.re is pat.role_spaced else found[0]
            role = lex.role_by_suffix[word]
            if role != "birth" or _is_year_level(m):
                m = m.snapshot()
                m.role = role
                options.insert(0, (found.end(), m))
    return options


def _is_year_level(m: Mention) -> bool:
    has_year = m.year is not None or m.year_two_digit is not None or m.decade is not None
    return has_year and m.month is None and m.year_part is None and m.half is None and m.quarter is None


def parse_at(text: str, start: int, lex: TimeLexicon) -> Mention | None:
    """The longest well-bounded time expression starting at ``start``, if any."""
    if lex.patterns.idiom.match(text, start):
        return None
    standalone = _Builder(text, start, lex)
    if standalone.take_offset_or_window() and (found := _best(text, standalone.checkpoints, lex)):
        return found
    builder = _Builder(text, start, lex)
    builder.run()
    return _best(text, builder.checkpoints, lex)


def _best(text: str, checkpoints: list[tuple[int, Mention]], lex: TimeLexicon) -> Mention | None:
    """The longest checkpoint (with its suffixes) that ends on a word boundary."""
    for end, mention in reversed(checkpoints):
        for full_end, full in _with_suffixes(text, end, mention, lex):
            if boundary_ok(text, full_end, lex):
                full.end = full_end
                return full
    return None

"""Every numeral, amount-of-money and temperature form of Duckling's Korean corpora
(the forms only, one value each) reads as the value that corpus gives it, or, for
the few we read otherwise on purpose, as what our corpus says and why."""

from __future__ import annotations

import pytest

from daejo.values import parse_values

NUMERALS = [
    (0, ["0", "영", "빵", "공"]),
    (1, ["1", "일", "하나", "한"]),
    (10, ["10", "십", "열"]),
    (11, ["11", "십일", "열하나", "십하나", "열한"]),
    (20, ["20", "이십", "스물"]),
    (35, ["35", "삼십오", "서른다섯"]),
    (47, ["47", "사십칠", "마흔일곱"]),
    (52, ["52", "오십이", "쉰둘", "쉰두"]),
    (69, ["69", "육십구", "예순아홉"]),
    (71, ["71", "칠십일", "일흔하나", "일흔한"]),
    (84, ["84", "팔십사", "여든넷"]),
    (93, ["93", "구십삼", "아흔셋"]),
    (100, ["100", "백"]),
    (123, ["123", "백이십삼"]),
    (579, ["579", "오백칠십구"]),
    (1000, ["1000", "천"]),
    (1723, ["1723", "천칠백이십삼"]),
    (5619, ["5619", "오천육백십구"]),
    (10000, ["10000", "만", "일만"]),
    (12345, ["12345", "만이천삼백사십오", "일만이천삼백사십오"]),
    (58194, ["58194", "오만팔천백구십사"]),
    (581900, ["581900", "오십팔만천구백"]),
    (5819014, ["5819014", "오백팔십일만구천십사"]),
    (58190148, ["58190148", "오천팔백십구만백사십팔"]),
    (100000000, ["100000000", "일억"]),
    (274500000000, ["274500000000", "이천칠백사십오억"]),
    (100000002, ["100000002", "일억이"]),
    (27350000, ["27350000", "이천칠백삼십오만"]),
    (3235698120, ["3235698120", "삼십이억삼천오백육십구만팔천백이십"]),
    (40234985729, ["40234985729", "사백이억삼천사백구십팔만오천칠백이십구"]),
    (701239801123, ["701239801123", "칠천십이억삼천구백팔십만천백이십삼"]),
    (3.4, ["3.4", "삼점사"]),
    (4123.3, ["4123.3", "사천백이십삼점삼"]),
    (1.23, ["일점이삼"]),
    (-3, ["-3", "마이너스3", "마이너스삼", "마이너스 3", "마이나스3", "마이나스 3"]),
    (0.75, ["3/4", "사분의삼"]),
]
MONEY = [
    ("USD", 10, ["십달러", "십불"]),
    ("USD", 0.1, ["십센트"]),
    ("USD", 10000, ["만달러", "만불"]),
    ("USD", 1.23, ["일점이삼달러", "일쩜이삼달러", "일점이삼불", "일쩜이삼불"]),
    ("USD", 2.23, ["이달러이십삼센트", "이불이십삼센트"]),
    ("EUR", 20, ["이십유로", "EUR 20"]),
    ("EUR", 29.99, ["이십구점구구유로", "EUR29.99"]),
    ("GBP", 9, ["구파운드"]),
    ("KRW", 27350000, ["이천칠백삼십오만원", "27,350,000원", "27350000원"]),
    ("KRW", 27000, ["이만칠천원", "27,000원", "27000원"]),
    ("KRW", 100, ["백원", "100원"]),
    ("KRW", 10, ["십원", "10원", "10₩"]),
]
TEMPERATURES = [
    ("℃", 37, ["37°C", "섭씨37°", "섭씨37도"]),
    ("℉", 70, ["70°F", "화씨70°", "화씨70도"]),
]


def _one(text: str):
    values = parse_values(text, None)
    assert len(values) == 1 and values[0].text == text, (text, values)
    return values[0]


@pytest.mark.parametrize(("value", "text"), [(v, t) for v, forms in NUMERALS for t in forms])
def test_numeral_forms(value: float, text: str) -> None:
    v = _one(text)
    assert v.value == pytest.approx(value, abs=1e-12) and v.issues == []
    # a fraction is a ratio (unit 배), every other form a bare number
    assert (v.kind, v.unit) == (("ratio", "배") if value == 0.75 else ("number", None))


@pytest.mark.parametrize(("code", "value", "text"), [(c, v, t) for c, v, forms in MONEY for t in forms])
def test_money_forms(code: str, value: float, text: str) -> None:
    v = _one(text)
    assert (v.kind, v.unit) == ("money", code)
    assert v.value == pytest.approx(value, abs=1e-12) and v.low <= v.value <= v.high


@pytest.mark.parametrize(("unit", "value", "text"), [(u, v, t) for u, v, forms in TEMPERATURES for t in forms])
def test_temperature_forms(unit: str, value: int, text: str) -> None:
    values = parse_values(text, None)
    assert [(v.kind, v.value, v.unit) for v in values] == [("quantity", value, unit)]


@pytest.mark.parametrize("text", ["45°", "45도"])
def test_a_bare_degree_is_no_temperature_on_purpose(text: str) -> None:
    """Without a cue, 도 and ° may be an angle, a slope or a burn: a number, no unit."""
    assert [(v.kind, v.value, v.unit) for v in parse_values(text, None)] == [("number", 45, None)]

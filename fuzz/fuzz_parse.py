"""Coverage-guided fuzzing of value recognition (``daejo.values.parse_values``).

    mkdir -p /tmp/daejo-fuzz /tmp/daejo-fuzz-artifacts
    .venv/bin/python fuzz/fuzz_parse.py -max_total_time=60 \
        -artifact_prefix=/tmp/daejo-fuzz-artifacts/ /tmp/daejo-fuzz fuzz/corpus

New inputs go to the scratch corpus given first and artifacts (crash-*,
slow-unit-*, ...) under ``-artifact_prefix``, never into the repository.

Properties checked on every input: no exception, every value's span inside
the text and equal to its ``text``, values sorted and non-overlapping, and the
JSON form of each value read back into an equal ``Value``.
"""

from __future__ import annotations

import json
import sys

import atheris

with atheris.instrument_imports(include=["daejo"]):
    from daejo.dates import parse_partial_date
    from daejo.models import Value
    from daejo.values import parse_values

REFERENCES = [None, parse_partial_date("2022"), parse_partial_date("2023-06-15")]


def check_values(text: str, values: list[Value]) -> None:
    previous_end = 0
    for value in values:
        if not (previous_end <= value.start < value.end <= len(text)):
            raise AssertionError(f"span {value.start}..{value.end} out of order or outside {len(text)}: {text!r}")
        if text[value.start : value.end] != value.text:
            raise AssertionError(f"value text {value.text!r} is not the text at its span in {text!r}")
        if Value.model_validate(json.loads(value.model_dump_json())) != value:
            raise AssertionError(f"{value!r} does not round-trip through JSON")
        previous_end = value.end


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    reference = REFERENCES[provider.ConsumeIntInRange(0, len(REFERENCES) - 1)]
    text = provider.ConsumeUnicodeNoSurrogates(len(data))
    check_values(text, parse_values(text, reference))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()

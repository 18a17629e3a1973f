"""Editors read an entity's display name, not its registry id, where one is known."""

from daejo.report import render

from .sample import PARAMETERS, meta


def test_text_and_markdown_use_the_display_name_when_known():
    named = PARAMETERS.model_copy(update={"entity_name": "누리온 X"})
    text = render([named], "text", meta())
    assert "── 누리온 X · 파라미터 수 ──" in text  # the attribute by its Korean label
    assert "누리온 X" in render([named], "markdown", meta())
    plain = render([PARAMETERS], "text", meta())
    assert f"── {PARAMETERS.entity} · 파라미터 수 ──" in plain and "누리온 X" not in plain

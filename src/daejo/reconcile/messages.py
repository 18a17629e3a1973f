"""Korean and English finding messages, rendered from ``messages.yaml``."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

from daejo.reconcile.compare import Side, interval_text

LANGS = ("ko", "en")


@lru_cache(maxsize=1)
def templates() -> dict:
    text = resources.files("daejo.reconcile").joinpath("messages.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def rule_message(rule: str, lang: str, **fields: object) -> str:
    return templates()["rules"][rule][lang].format(**fields)


def why_text(key: str, lang: str) -> str:
    return templates()["why"][key][lang]


def side_text(side: Side, lang: str) -> str:
    """One side as written and normalised, with its article (outlet, published)."""
    t = templates()
    header = side.header
    return t["side"][lang].format(
        outlet=header.outlet or t["unknown_outlet"][lang],
        published=header.published or t["unknown_date"][lang],
        article=header.article,
        quote=side.claim.evidence.quote or side.claim.value.text,
        norm=interval_text(side.claim.value),
    )


def both_languages(rule: str, sides: list[Side], why: str | None = None, **extra: object) -> dict[str, str]:
    """The message of a finding in every language, keyed by language."""
    out: dict[str, str] = {}
    for lang in LANGS:
        fields: dict[str, object] = {
            "entity": sides[0].claim.entity or "?",
            "attribute": sides[0].claim.attribute,
            "side_a": side_text(sides[0], lang),
            "side_b": side_text(sides[-1], lang),
            "why": why_text(why, lang) if why else "",
            **extra,
        }
        out[lang] = rule_message(rule, lang, **fields).strip()
    return out

"""Korean and English finding messages, rendered from ``messages.yaml``."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from daejo.reconcile.compare import Side, interval_text
from daejo.safeyaml import safe_load

LANGS = ("ko", "en")


@lru_cache(maxsize=1)
def templates() -> dict:
    text = resources.files("daejo.reconcile").joinpath("messages.yaml").read_text(encoding="utf-8")
    return safe_load(text)


def rule_message(rule: str, lang: str, **fields: object) -> str:
    return templates()["rules"][rule][lang].format(**fields)


def why_text(key: str, lang: str, **fields: object) -> str:
    return templates()["why"][key][lang].format(**fields)


def side_text(side: Side, lang: str) -> str:
    """One side as written and normalised, with its article (outlet, published)."""
    t = templates()
    header = side.header
    return t["side"][lang].format(
        outlet=header.outlet or t["unknown_outlet"][lang],
        published=short_date(header.published) if header.published else t["unknown_date"][lang],
        article=header.article,
        quote=side.claim.evidence.quote or side.claim.value.text,
        norm=interval_text(side.claim.value),
    )


def short_date(published: str) -> str:
    """``2023-03-23T13:53:00+09:00`` as ``2023-03-23 13:53``; partial dates as written."""
    if "T" not in published:
        return published
    day, _, clock = published.partition("T")
    return f"{day} {clock[:5]}"


def merged_message(message: str, count: int, lang: str) -> str:
    """A finding's message with the number of stored articles it contradicts."""
    return templates()["merged"][lang].format(message=message, count=count)


def pin_message(rule: str, key: str, **fields: object) -> str:
    """A message of an editors' pin finding (``rule`` a workflow slug; ``key`` ko, en or reason)."""
    return templates()["pins"][rule][key].format(**fields)


def attribute_label(attribute: str, lang: str) -> str:
    """The catalogue attribute's label; an open frame by its words (`~이재민` → `이재민`)."""
    if attribute.startswith("~"):
        return attribute[1:]
    label = templates().get("attributes", {}).get(attribute)
    return label[lang] if label else attribute


def both_languages(rule: str, sides: list[Side], why: str | None = None, **extra: object) -> dict[str, str]:
    """The message of a finding in every language, keyed by language."""
    out: dict[str, str] = {}
    for lang in LANGS:
        entity = sides[0].entity_name or sides[0].claim.entity or sides[0].claim.entity_text or templates()["unknown_entity"][lang]
        attribute = attribute_label(sides[0].claim.attribute, lang)
        if entity.endswith(" " + attribute):
            entity = entity[: -len(attribute)].rstrip()  # `다온시 예산안` · `예산안`: `다온시의 예산안`
        fields: dict[str, object] = {
            "entity": entity,
            "attribute": attribute,
            "side_a": side_text(sides[0], lang),
            "side_b": side_text(sides[-1], lang),
            "why": why_text(why, lang, **extra) if why else "",
            **extra,
        }
        out[lang] = rule_message(rule, lang, **fields).strip()
    return out

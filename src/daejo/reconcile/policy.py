"""How each attribute is compared: static or time-varying, tolerance, cardinality.

The attribute catalogue of the extraction stage is the source of truth; when it
cannot be imported, ``FALLBACK`` (the ids of docs/pipeline.md) stands in so the
reconciler still works on a ledger alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
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


def _p(id: str, kind: str, varies: bool = False, **kw: object) -> AttributePolicy:
    return AttributePolicy(id=id, kind=kind, varies=varies, **kw)  # type: ignore[arg-type]


FALLBACK: dict[str, AttributePolicy] = {
    p.id: p
    for p in (
        _p("parameter_count", "quantity"),
        _p("training_data_size", "quantity", cardinality="many"),
        _p("founded_date", "time"),
        _p("launch_date", "time"),
        _p("birth_year", "time"),
        _p("age", "quantity", True, tolerance_abs=0.5, as_of_slack_days=183),
        _p("headcount", "quantity", True),
        _p("member_count", "quantity", True),
        _p("investment_amount", "money", cardinality="many"),
        _p("funding_raised", "money", cardinality="many"),
        _p("budget", "money", True, period=True),
        _p("revenue", "money", True, period=True),
        _p("operating_profit", "money", True, period=True),
        _p("net_profit", "money", True, period=True),
        _p("market_size", "money", True, period=True),
        _p("price", "money", True),
        _p("target_count", "quantity", cardinality="many", companion="target_deadline"),
        _p("target_deadline", "time", cardinality="many", companion="target_count"),
        _p("rank", "quantity", True),
        _p("score", "quantity"),
        _p("share", "percent", True, tolerance_abs=0.5),
        _p("growth_rate", "percent", True, tolerance_abs=0.5, period=True, cardinality="many"),
        _p("sales_units", "quantity", True, period=True),
        _p("user_count", "quantity", True),
        _p("event_time", "time", event=True),
        _p("deaths", "quantity", True, grows=True, event=True),
        _p("injuries", "quantity", True, grows=True, event=True),
        _p("missing_persons", "quantity", True, event=True),
        _p("passengers", "quantity"),
        _p("attendance", "quantity", cardinality="many"),
        _p("goals", "quantity", True, grows=True),
    )
}

# counts that only rise as a story unfolds (missing persons are found: they fall)
GROWING = {"deaths", "injuries", "goals"}


def policy_for(attribute: str, policies: Mapping[str, AttributePolicy] | None, unit: str | None = None) -> AttributePolicy:
    """The policy of an attribute; an open frame's (``~…``) from data/frames.yaml and
    the counted unit; an unknown one is static with no tolerance."""
    if attribute.startswith(FRAME_PREFIX):
        return frame_policy(attribute, unit)
    table = policies if policies is not None else FALLBACK
    found = table.get(attribute) or FALLBACK.get(attribute)
    return found or AttributePolicy(id=attribute)


FRAME_PREFIX = "~"


def frame_policy(attribute: str, unit: str | None = None, context: Iterable[str] = ()) -> AttributePolicy:
    """An open frame: a figure of a developing story that data/frames.yaml lists as
    changing (a toll, the missing, a typhoon's pressure), by its frame or the words
    around it, is compared at overlapping report times, and a later larger count of
    one that only rises is an update; any other frame (an amount, a share, a size, a
    date, a count of a study) is static."""
    from daejo.extract.frames import frame_change

    varies, grows = frame_change(attribute[len(FRAME_PREFIX):])
    for word in context:
        if not word.startswith("@"):
            v, g = frame_change(word)
            varies, grows = varies or v, grows or g
    return AttributePolicy(id=attribute, varies=varies, grows=grows, event=True)


def load_policies(catalogue: object | None = None) -> dict[str, AttributePolicy]:
    """Policies from the extraction catalogue (given or loaded), else ``FALLBACK``."""
    if catalogue is None:
        catalogue = _load_default_catalogue()
    if catalogue is None:
        return dict(FALLBACK)
    table = dict(FALLBACK)
    for entry in _catalogue_entries(catalogue):
        policy = policy_from_entry(entry)
        if policy is not None:
            table[policy.id] = policy
    return table


def _load_default_catalogue() -> object | None:
    try:
        from daejo.extract import catalogue as catalogue_module
    except ImportError:
        return None
    for name in ("load_catalogue", "default_catalogue", "get_catalogue"):
        loader = getattr(catalogue_module, name, None)
        if callable(loader):
            try:
                return loader()
            except TypeError:
                continue
    return None


def _catalogue_entries(catalogue: object) -> Iterable[object]:
    if isinstance(catalogue, Mapping):
        return list(catalogue.values())
    for name in ("attributes", "entries"):
        entries = getattr(catalogue, name, None)
        if entries is not None:
            return list(entries.values()) if isinstance(entries, Mapping) else list(entries)
    if isinstance(catalogue, Iterable):
        return list(catalogue)
    return []


def _field(entry: object, name: str, default: object = None) -> object:
    if isinstance(entry, Mapping):
        return entry.get(name, default)
    return getattr(entry, name, default)


def policy_from_entry(entry: object) -> AttributePolicy | None:
    """One catalogue entry (object or mapping) as a policy."""
    ident = _field(entry, "id")
    if not isinstance(ident, str):
        return None
    base = FALLBACK.get(ident, AttributePolicy(id=ident))
    kind = _field(entry, "kind") or _field(entry, "kinds") or _field(entry, "value_kind") or base.kind
    if isinstance(kind, (list, tuple)):
        kind = kind[0] if kind else base.kind
    relative, absolute = parse_tolerance(_field(entry, "tolerance"), base)
    varies = _field(entry, "varies")
    cardinality = _field(entry, "cardinality") or base.cardinality
    grows = _field(entry, "grows")
    companion = _field(entry, "companion_of") or base.companion
    period = _field(entry, "period")
    types = _field(entry, "entity_types") or ()
    return AttributePolicy(
        id=ident,
        kind=str(kind),
        varies=base.varies if varies is None else bool(varies),
        tolerance=relative,
        tolerance_abs=absolute,
        cardinality=str(cardinality),
        grows=(ident in GROWING) if grows is None else bool(grows),
        companion=str(companion) if companion else None,
        period=base.period if period is None else bool(period),
        # a catalogue fact an article states without naming whose is its story's
        event=True,
        as_of_slack_days=base.as_of_slack_days,
    )


def parse_tolerance(raw: object, base: AttributePolicy | None = None) -> tuple[float, float]:
    """``0.05`` / ``"5%"`` (relative), ``{relative:, absolute:}``, or None (the base)."""
    if raw is None:
        return (base.tolerance, base.tolerance_abs) if base else (0.0, 0.0)
    if isinstance(raw, Mapping):
        return float(raw.get("relative", 0.0) or 0.0), float(raw.get("absolute", 0.0) or 0.0)
    for name in ("relative", "absolute"):
        if hasattr(raw, name):
            return float(getattr(raw, "relative", 0.0) or 0.0), float(getattr(raw, "absolute", 0.0) or 0.0)
    if isinstance(raw, str) and raw.strip().endswith("%"):
        return float(raw.strip()[:-1]) / 100.0, base.tolerance_abs if base else 0.0
    # a bare number is relative; the base's absolute slack (age ±1) stays
    return float(raw), base.tolerance_abs if base else 0.0  # type: ignore[arg-type]

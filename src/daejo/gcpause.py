"""Python's cyclic garbage collector held off while a large heap of parsed claims is built or read.

Reading a ledger or reconciling it allocates millions of small objects (each
parsed claim is five pydantic models, their dicts, lists and strings) that stay
alive, and none of them form reference cycles. The cyclic collector cannot know
that: every so many allocations it walks the young objects, and every time the
long-lived ones have grown by a quarter it walks all of them. With a heap that
only grows, those full walks touch ever more memory (parsing 10⁵ claims
took 4.7 s with the collector on and 1.3 s with it off), so
reconciling in memory grew faster than the number of claims.

``gc_paused`` turns the collector off for the duration of a block and back on
afterwards (only when it was on: nested blocks, and callers that turned it off
themselves, are left as they were). Nothing is leaked: an object that does end
up in a cycle is collected at the next collection after the block. Reference
counting, which frees almost everything, works as usual throughout.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off inside the block; restored (even on an error) after it."""
    was_enabled = gc.isenabled()
    if was_enabled:
        gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()

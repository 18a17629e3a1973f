"""The cyclic garbage collector is held off inside ``gc_paused`` and restored as it was."""

from __future__ import annotations

import gc

import pytest

from daejo.gcpause import gc_paused


@pytest.fixture
def gc_restored():
    before = gc.isenabled()
    yield
    (gc.enable if before else gc.disable)()


def test_off_inside_and_back_on_after(gc_restored):
    gc.enable()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():  # nested: the inner block leaves it off for the outer one
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_restored_after_an_error(gc_restored):
    gc.enable()
    with pytest.raises(ValueError), gc_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_left_off_when_the_caller_turned_it_off(gc_restored):
    gc.disable()
    with gc_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_reconcile_restores_the_collector(gc_restored):
    from daejo.reconcile import reconcile

    gc.enable()
    assert reconcile([], []) == []
    assert gc.isenabled()

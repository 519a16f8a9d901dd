"""speed50b (issue 20): the English act readers' `Cues` bundle is a light read-only class (act_clause_cues.CueBundle),
not a frozen dataclass: the same fields in the same order, read by attribute, never changed, copied by `replace`,
and kept by the start-up cache (pickled) as it was. The Korean readers' index is plain records already (speed50).
"""
from __future__ import annotations

import dataclasses
import pickle

import pytest

from readout.lang.act_lexicon import load_act_lexicon
from readout.lang.en.act_clause_cues import ClauseCues, CueBundle
from readout.lang.en.act_cue_filling import cues_of
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_frame_cues import FrameCues


@pytest.fixture(scope="module")
def cues() -> Cues:
    return cues_of(load_act_lexicon("en"))


def test_fields_are_the_annotated_names_base_first():
    own = list(vars(Cues)["__annotations__"])
    frame = list(vars(FrameCues)["__annotations__"])  # debt59: the class between the two
    base = list(vars(ClauseCues)["__annotations__"])
    assert list(Cues.FIELDS) == base + frame + own
    assert list(FrameCues.FIELDS) == base + frame
    assert list(ClauseCues.FIELDS) == base
    assert "FIELDS" not in Cues.FIELDS and len(set(Cues.FIELDS)) == len(Cues.FIELDS)
    assert not dataclasses.is_dataclass(Cues)


def test_every_field_is_filled_and_read_by_name(cues):
    assert all(name in vars(cues) for name in Cues.FIELDS)
    assert "not" in cues.negation and isinstance(cues.window, int)


@pytest.mark.parametrize("change", [lambda c: setattr(c, "window", 1), lambda c: delattr(c, "negation")])
def test_the_bundle_is_read_only(cues, change):
    with pytest.raises(AttributeError):
        change(cues)


@pytest.mark.parametrize("values", [{}, {"window": 3}, {"window": 3, "no_such_list": frozenset()}])
def test_a_bundle_needs_every_field_and_no_other(cues, values):
    full = {name: getattr(cues, name) for name in Cues.FIELDS}
    with pytest.raises(TypeError):
        Cues(**(values if len(values) < 2 else {**full, **values}))


def test_replace_copies_with_the_changed_field(cues):
    wider = cues.replace(domestic_actors=cues.domestic_actors | {"beekeepers"})
    assert type(wider) is Cues and "beekeepers" in wider.domestic_actors
    assert "beekeepers" not in cues.domestic_actors and wider.negation is cues.negation


def test_a_pickled_bundle_reads_the_same(cues):
    back = pickle.loads(pickle.dumps(cues))
    assert type(back) is Cues and all(getattr(back, n) == getattr(cues, n) for n in Cues.FIELDS)
    with pytest.raises(AttributeError):
        back.window = 2


def test_a_subclass_of_its_own_gets_its_own_fields():
    class Pair(CueBundle):
        first: frozenset[str]
        second: int

    pair = Pair(second=2, first=frozenset({"a"}))
    assert Pair.FIELDS == ("first", "second") and pair.second == 2 and pair.replace(second=3).second == 3


def test_bundles_compare_by_their_lists_and_are_unhashable(cues):
    assert pickle.loads(pickle.dumps(cues)) == cues
    assert cues.replace(window=cues.window + 1) != cues
    with pytest.raises(TypeError):
        hash(cues)

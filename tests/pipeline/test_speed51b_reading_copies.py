"""speed51b (issue 20): `SideReading.copied(**changes)` makes what `dataclasses.replace` made: every field shared
but the ones named (its lists too: a reader that grows `actors` on one grows them on the copy it was made from, as
before), an unknown field refused.
"""
from __future__ import annotations

import dataclasses

import pytest

from readout.lang.base import ActHit
from readout.pipeline.act_recipients import SideReading


def reading() -> SideReading:
    hit = ActHit(start=0, end=8, type="ACCUSE", mode=None, lemma="condemn")
    return SideReading(article=None, sent=None, lang=None, text="Chile condemned Peru.", tokens=None, hit=hit,
                       items=[], roles=[], settings=None, story=None, context=[], meetings=[], actors=["CHL"],
                       recipients=["PER"], receiving_sector="CVL")


@pytest.mark.parametrize("changes", [
    {},
    {"hit": ActHit(start=0, end=8, type="REJECT", mode=None, lemma="reject")},
    {"actors": ["PER"], "proposals": [], "earlier": []},
    {"receiving_sector": None, "domestic": {"CHL"}},
])
def test_copied_is_what_replace_made(changes):
    r = reading()
    copy, made = r.copied(**changes), dataclasses.replace(r, **changes)
    assert copy == made and copy is not r
    assert list(vars(copy)) == list(vars(made))
    assert all(getattr(copy, f.name) is getattr(made, f.name) for f in dataclasses.fields(r))


def test_copied_shares_the_lists_it_does_not_replace_and_refuses_unknown_fields():
    r = reading()
    copy = r.copied(hit=r.hit)
    copy.actors.append("BOL")
    assert r.actors == ["CHL", "BOL"]
    with pytest.raises(TypeError):
        r.copied(acting=["PER"])

"""(enrelative70) 'its' in a deed another state reports stands for the sentence's subject, the reporter ('Ghana said
Togo's patrol boats fired on its fishermen': Ghana's), as the charge reader reads 'accused Y of firing at its
soldiers' (lang/en/act_reported_owners, docs/coding-choices.md). Negative rows: no reporter (the possessive subject's
owner, a domestic act), 'its own' (the doer's own), 'their' (the plural subject's may own it). Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text, kind", [
    ("Ghana said Togo's patrol boats fired on its fishermen near the coast.", "ASSAULT"),
    ("Ghana said on Sunday Togo's police arrested its traders at the market.", "COERCE"),
])
def test_its_in_a_reported_deed_is_the_reporters(text, kind):
    found = sides(text, kind)
    assert found and found[0] == (["TGO"], ["GHA"]), events(text)


@pytest.mark.parametrize("text, kind, receivers", [
    ("Togo's patrol boats fired on its fishermen near the coast.", "ASSAULT", ["TGO"]),  # no reporter: the owner's
    ("Ghana said Togo's patrol boats fired on its own fishermen near the coast.", "ASSAULT", []),  # the doer's own
    ("Ghana said Togo's patrol boats fired on their fishermen near the coast.", "ASSAULT", ["TGO"]),  # 'their'
])
def test_its_with_no_other_reporter_stays_the_subjects(text, kind, receivers):
    found = sides(text, kind)
    assert found and found[0][0] == ["TGO"] and "GHA" not in found[0][1] and found[0][1] == receivers, events(text)

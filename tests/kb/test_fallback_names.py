"""(actors59, issue 14) organizations.yaml `fallback_names`: the names under which an entry's state is only the
fallback (a bare treasury), checked to be among the entry's own names, and read by pipeline/act_fallback_bodies."""
from __future__ import annotations

import pytest
from pydantic import ValidationError

from readout.kb.schema.bodies import OrganizationEntry
from readout.pipeline.act_fallback_bodies import fallback_names


def test_a_fallback_name_must_be_one_of_the_entrys_names():
    with pytest.raises(ValidationError, match="fallback names not among its names"):
        OrganizationEntry(id="org_xxx-treasury", country="USA", sector="GOV", en=["Treasury"],
                          fallback_names=["Exchequer"])
    entry = OrganizationEntry(id="org_xxx-treasury", country="USA", sector="GOV", ko=["재무부"], en=["Treasury"],
                              fallback_names=["재무부", "Treasury"])
    assert entry.fallback_names == ["재무부", "Treasury"]


@pytest.mark.parametrize("name, state", [("재무부", "USA"), ("Treasury", "USA"), ("Treasury Department", "USA")])
def test_the_bare_treasury_falls_back_to_the_us(name, state):
    assert fallback_names()[name] == state


@pytest.mark.parametrize("name", ["미 재무부", "U.S. Treasury", "국무부"])
def test_a_name_that_states_its_state_is_no_fallback(name):
    assert name not in fallback_names()

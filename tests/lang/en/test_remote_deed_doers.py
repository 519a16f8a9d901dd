"""(enfix47) A cyber intrusion is done from afar: hackers with no state named take no state from the place of what they
hacked ('hackers hacked a bank in X' is no deed of X's people), and a hacking group is the hackers' (CRM), no civilian
group. English marks the deed `remote` (lang/en/act_remote_deeds); the pipeline fills no doer of it from the place
(act_actor_defaults.unnamed_actors, act_actors.clause_actors). Korean marks no remote deed yet (gap: lang/ko)."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides

UNPLACED_HACKERS = [
    "Hackers hacked a commercial bank in Oslo on Monday.",
    "A hacking group hacked the servers of a shipping firm in Lisbon.",
    "Unknown hackers broke into a crypto exchange in Manila and stole data.",
    "Hackers hacked a hospital network in Prague, Czech police said.",
    pytest.param("해커들이 프라하의 한 병원 전산망을 해킹했다.", marks=pytest.mark.xfail(
        strict=True, reason="lang/ko marks no remote deed: the hackers take the place's state")),
]


@pytest.mark.parametrize("text", UNPLACED_HACKERS)
def test_hackers_take_no_state_from_the_target_place(text):
    found = [e for e in events(text) if e.type == "COERCE"]
    targets = {r.country for e in found for r in e.recipients}
    assert not any({p.country for p in e.participants} & ({"NOR", "PRT", "PHL", "CZE"} | targets) for e in found), \
        [([(p.country, p.sector) for p in e.participants], [r.country for r in e.recipients]) for e in found]


# negative rows: hackers named by their state act for it; a remote deed by a state acts; gunmen are still placed
STILL_SIDED = [
    ("North Korean hackers hacked a commercial bank in Oslo.", "COERCE", ["PRK"]),
    ("Iran hacked the servers of a water utility in Israel.", "COERCE", ["IRN"]),
    ("Gunmen attacked a police station in Lagos on Sunday.", "ASSAULT", ["NGA"]),
]


@pytest.mark.parametrize("text, kind, acting", STILL_SIDED)
def test_named_or_present_doers_keep_their_state(text, kind, acting):
    found = sides(text, kind)
    assert any(a == acting for a, _ in found), found


@pytest.mark.parametrize("noun, sector", [
    ("hacking group", "CRM"), ("hacker groups", "CRM"), ("cybercriminals", "CRM"),
    ("group", "CVL"),  # negative row: a bare group stays the people's
])
def test_a_hacking_group_is_criminal(noun, sector):
    from readout.lang.en.act_people_phrases import sector_of

    assert sector_of(noun) == sector

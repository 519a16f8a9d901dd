"""(orgs52, issue 14) An armed group no table lists is a side of its own: the state's forces attacking it act on
their state's rebels (REB), not on no one, and the group attacking the state's forces acts as that state's REB.
Our own invented groups and sentences."""
from datetime import date

import pytest

from readout.api import extract_text


def sides(text: str) -> set[tuple[str, tuple, tuple]]:
    events = extract_text(text, published=date(2025, 3, 12)).events
    return {(e.type, tuple(sorted((p.country, p.sector) for p in e.participants)),
             tuple(sorted((p.country, p.sector) for p in e.recipients))) for e in events}


@pytest.mark.parametrize("text, want", [
    ("Malian troops attacked the Patriotic Resistance Front on Monday.",
     ("ASSAULT", (("MLI", "MIL"),), (("MLI", "REB"),))),
    ("The Patriotic Resistance Front attacked Malian troops on Monday.",
     ("ASSAULT", (("MLI", "REB"),), (("MLI", "MIL"),))),
])
def test_unlisted_group_is_a_side(text, want):
    assert want in sides(text), sides(text)


@pytest.mark.parametrize("text", [
    "Malian troops attacked the National Army on Monday.",  # the state's own words: no REB group made
    "Malian and Nigerien troops attacked the Patriotic Resistance Front on Monday.",  # whose group: not told
    "The Patriotic Resistance Front accused Mali of abuses on Monday.",  # a bare state accused: whose group, not told
])
def test_no_group_without_one_state(text):
    assert all(("MLI", "REB") not in rec for _t, _a, rec in sides(text)), sides(text)


@pytest.mark.parametrize("text, want", [
    ("말리군은 11일 애국저항전선을 공격했다.", ("ASSAULT", (("MLI", "MIL"),), (("MLI", "REB"),))),
    # the group's word as the subject reads its people as armed, as '반군은' (act_clause_subjects.people_subject)
    ("애국저항전선은 11일 말리군을 공격했다.", ("ASSAULT", (("MLI", "REB"),), (("MLI", "MIL"),))),
    ("호수지역방위여단이 11일 차드 정부군을 공격했다.", ("ASSAULT", (("TCD", "REB"),), (("TCD", "MIL"),))),
])
def test_korean_unlisted_group_is_a_side(text, want):
    assert want in sides(text), sides(text)


@pytest.mark.parametrize("text", [
    "The Sudanese army and the Rapid Support Forces agreed to a ceasefire on Monday.",
    "수단군과 신속지원군은 11일 휴전에 합의했다.",
    "The Congolese army and the Ituri Patriotic Front agreed to a ceasefire on Tuesday.",
    "콩고군과 이투리애국전선은 11일 휴전에 합의했다.",
])
def test_coordinated_state_force_and_group_both_act(text):
    """(orgs52) A state's forces and its armed group in one subject: both act, the group as a part of the state."""
    acting = {a for kind, a, _r in sides(text) if kind == "AGREE"}
    assert any({s for _c, s in a} >= {"MIL", "REB"} and len({c for c, _s in a}) == 1 for a in acting), acting


@pytest.mark.parametrize("text", [
    "Syrian troops and police attacked protesters in Homs on Monday.",  # two of the state's own forces
    "시리아군과 경찰은 11일 홈스에서 시위대를 공격했다.",
])
def test_coordinated_state_forces_stay_one_state(text):
    assert all(len(a) == 1 for kind, a, _r in sides(text) if kind == "ASSAULT"), sides(text)


def test_the_group_merges_across_languages(tmp_path):
    """(orgs52) The group's side has one id in both languages (the state's code and REB: cty_cod_reb), so an English
    and a Korean report of one truce make one record."""
    from tests.store.stored import lettered, stored_events

    records = stored_events(tmp_path, "AGREE", lettered(
        ("The Congolese army and the Ituri Patriotic Front agreed to a ceasefire on Tuesday.", date(2025, 3, 12)),
        ("콩고군과 이투리애국전선은 11일 휴전에 합의했다.", date(2025, 3, 12))))
    assert len(records) == 1, records
    assert {a["id"] for a in records[0]["actors"]} == {"cty_cod", "cty_cod_reb"}

"""(groups53, issue 14) A mutual act whose subject pairs a state's body or force with an armed group's noun of no state
('the army and rebels agreed to a truce', '군과 반군은 휴전에 합의했다'): both act, the group as a part of the state
(the language's `paired_part`: lang/en/act_paired_clashes.paired_parts, lang/ko/act_clash_sides.paired_part;
pipeline/act_actors.paired_first_side, act_side_entities.paired_part_entities). Our own sentences."""
from datetime import date

import pytest

from readout.api import extract_text


def agreeing(text: str) -> list[set]:
    return [{(p.country, p.sector) for p in e.participants}
            for e in extract_text(text, published=date(2025, 3, 12)).events if e.type == "AGREE"]


@pytest.mark.parametrize("text, state, body", [
    ("The Burkinabe army and rebels agreed to a truce on Monday.", "BFA", "MIL"),
    ("Chadian troops and militias agreed to a ceasefire on Friday.", "TCD", "MIL"),
    ("부르키나파소군과 반군은 4일 휴전에 합의했다.", "BFA", "MIL"),
    ("차드 정부군과 민병대는 5일 휴전에 합의했다.", "TCD", "MIL"),
    ("니제르 정부와 반군은 9일 휴전에 합의했다.", "NER", "GOV"),
])
def test_a_state_and_its_rebels_both_agree(text, state, body):
    found = agreeing(text)
    assert any(a >= {(state, body), (state, "REB")} for a in found), found


@pytest.mark.parametrize("text", [
    "The Burkinabe army and police agreed to share patrols on Monday.",  # one state's two forces: no group
    "부르키나파소군과 경찰은 4일 공동 순찰에 합의했다.",
    "Burkinabe and Nigerien troops agreed to share patrols on Monday.",  # two states, no group
])
def test_no_group_part_without_an_armed_group(text):
    assert all(s != "REB" for a in agreeing(text) for _c, s in a), agreeing(text)


def test_the_pair_merges_across_languages(tmp_path):
    """An English and a Korean report of one truce give the same ids (the state's code and REB)."""
    from tests.store.stored import lettered, stored_events

    records = stored_events(tmp_path, "AGREE", lettered(
        ("The Burkinabe army and rebels agreed to a truce on Tuesday.", date(2025, 3, 12)),
        ("부르키나파소군과 반군은 11일 휴전에 합의했다.", date(2025, 3, 12))))
    assert len(records) == 1, records
    assert {a["id"] for a in records[0]["actors"]} == {"cty_bfa", "cty_bfa_reb"}

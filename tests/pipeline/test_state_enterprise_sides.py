"""A state's enterprise signing or acting for it ('Peru's state-run National Grid Corporation signed', '페루 국영
석유회사는 ... 서명했다') names its owner state as a subject, so an accord two such firms sign is both states'
(actors58): English owner_gap_re with an ownership word before the body's capitalized name, Korean
clause.state_owned_words carrying a country word's chain to the enterprise's particle. Sentences of our own."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("text, kind, actors", [
    ("Chile Hydro Power and Peru's state-run National Grid Corporation signed an agreement on Monday to build a "
     "power line.", "AGREE", {"CHL", "PER"}),
    ("Chile's state energy firm Enap and Peru's state-owned Andean Gas Company signed a memorandum of understanding "
     "on Tuesday on a joint pipeline study.", "AGREE", {"CHL", "PER"}),
    ("Codelco and the Philippines' state-owned Power Sector Assets Corporation signed a memorandum of understanding "
     "on Monday.", "AGREE", {"PHL"}),
    ("칠레 국영 전력회사와 페루 국영 석유회사는 3일 공동 정유시설 건설을 위한 양해각서에 서명했다.", "AGREE", {"CHL", "PER"}),
    ("칠레 국영 구리회사 코델코와 페루 국영 석유회사 페트로페루는 3일 공동 정유시설 건설을 위한 양해각서에 서명했다.",
     "AGREE", {"CHL", "PER"}),
])
def test_state_enterprise_acts_for_its_state(text, kind, actors):
    assert any(set(a) == actors for a, _r in sides(text, kind, "2026-03-04")), sides(text, kind, "2026-03-04")


@pytest.mark.parametrize("text, kind, actor, target", [
    ("Chile on Monday accused Peru's state-run National Grid Corporation of cutting power to border towns.",
     "ACCUSE", "CHL", "PER"),
    ("칠레 정부는 3일 페루 국영 석유회사가 국경 지역의 송유관을 차단했다고 비난했다.", "ACCUSE", "CHL", "PER"),
])
def test_enterprise_after_the_verb_stays_its_object(text, kind, actor, target):
    """Negative: an enterprise the act is aimed at is its owner's side as recipient, never a co-actor."""
    found = sides(text, kind, "2026-03-04")
    assert found and all(target not in a for a, _r in found), found
    assert any(actor in a for a, _r in found), found


def test_congolese_title_names_the_dr_congo():
    """actors58: a person titled by the demonym 'Congolese' is the DR Congo's (countries.yaml adjectives_en)."""
    from tests.event_sides import events

    found = events("Congolese Foreign Minister Mireille Lunda met Kenyan President Daniel Mwangi in Nairobi on Friday.",
                   "2026-03-07")
    assert any({p.country for p in e.participants} == {"COD", "KEN"} for e in found if e.type == "CONSULT"), found

"""English clause classes found on the lead's held-out articles (session 11), end to end on our own sentences:
a second verb joined by "and" shares the first verb's subject (the names in the first verb's object are not its
subject); coordinated owners of an act noun all act; a host receiving a "visiting" guest or "a delegation
from/of" a state or party; "a courtesy call on" is no appeal; a recalled clause ("two weeks after he met X")
is dated by its counted span; an agreement in a participle joined to a meeting is the meeting's parties'."""
from __future__ import annotations

import pytest

from readout.api import extract_text


def events(text: str, published: str = "2025-03-12"):
    return extract_text(text, published=published).events


def sides(text: str, kind: str) -> list[tuple[list[str], list[str]]]:
    return [(sorted(p.country for p in e.participants), sorted(p.country for p in e.recipients))
            for e in events(text) if e.type == kind]


@pytest.mark.parametrize("text, kind, actors, recipients", [
    ("The Peruvian foreign ministry condemned the naval exercises of Chile and Argentina and warned that Lima "
     "would respond.", "THREATEN", ["PER"], ["ARG", "CHL"]),
    ("The Peruvian foreign ministry condemned the naval exercises of Chile and Argentina and warned that Lima "
     "would respond.", "ACCUSE", ["PER"], ["ARG", "CHL"]),
    ("Bolivia denounced the sanctions of Chile and Argentina and threatened to close the border.", "THREATEN",
     ["BOL"], ["ARG", "CHL"]),
    ("Ghana condemned Togo and urged Benin to act.", "REQUEST", ["GHA"], ["BEN"]),
])
def test_a_verb_after_and_shares_the_first_verbs_subject(text, kind, actors, recipients):
    assert (actors, recipients) in sides(text, kind)


def test_coordinated_owners_of_an_act_noun_all_act():
    assert (["ARG", "CHL"], []) in sides("Bolivia criticized the joint drills of Chile and Argentina.", "COOPERATE")


@pytest.mark.parametrize("text, parties", [
    ("Kenya's president received a visiting Tanzanian delegation in Nairobi on Tuesday.", ["KEN", "TZA"]),
    ("Kenya's president met a visiting Tanzanian delegation in Nairobi on Tuesday.", ["KEN", "TZA"]),
    ("Kenya's president met the visiting Ugandan president in Nairobi on Tuesday.", ["KEN", "UGA"]),
    ("Kenya's president received a delegation from Ethiopia in Nairobi on Tuesday.", ["ETH", "KEN"]),
    ("Kenya's president received a delegation of the Communist Party of Vietnam in Nairobi on Tuesday.",
     ["KEN", "VNM"]),
])
def test_a_host_receives_a_visiting_guest_or_a_delegation_from_a_state(text, parties):
    assert [sorted(p.country for p in e.participants) for e in events(text) if e.type == "CONSULT"] == [parties]


def test_a_courtesy_call_on_someone_is_no_appeal():
    found = events("The Chilean envoy Alberto van Klaveren paid a courtesy call on Peruvian President Dina "
                   "Boluarte on Monday.")
    assert "REQUEST" not in {e.type for e in found}


def test_a_recalled_clause_is_dated_by_its_counted_span():
    text = ("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Tuesday. "
            "The meeting comes two weeks after he met Ugandan President Yoweri Museveni in Kampala.")
    dates = {tuple(sorted(p.country for p in e.participants)): e.date for e in events(text) if e.type == "CONSULT"}
    assert str(dates[("KEN", "TZA")]) == "2025-03-11"
    assert str(dates[("KEN", "UGA")]) == "2025-02-25"


def test_an_agreement_in_a_participle_after_a_meeting_is_both_parties():
    text = ("Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Arusha on "
            "Tuesday, agreeing to reopen the border crossing.")
    assert ["KEN", "TZA"] in [sorted(p.country for p in e.participants) for e in events(text) if e.type == "AGREE"]


@pytest.mark.parametrize("text", [
    "Peru demanded that the sanctions be lifted.",
    "Chile demanded that Peru withdraw its troops and release the fishermen.",
])
def test_every_act_of_a_demanded_clause_is_its_content(text):
    assert not [e for e in events(text) if e.type == "RETREAT" and e.status == "occurred"]


def test_a_main_clause_verb_after_the_demanded_clause_is_an_act_of_its_own():
    found = events("Chile warned that it would retaliate and imposed sanctions on Peru.")
    assert ("SANCTION", "occurred") in {(e.type, e.status) for e in found}


@pytest.mark.parametrize("second", ["Peru rejected the accusations.", "Peru dismissed the claims as baseless."])
def test_a_rejection_of_an_unowned_act_answers_the_acts_just_reported(second):
    text = "Chile imposed sanctions on two Peruvian firms on Monday. " + second
    assert (["PER"], ["CHL"]) in sides(text, "REJECT")


@pytest.mark.parametrize("text, state", [
    ("Thousands of people marched in Nairobi on Sunday to protest against tax increases.", "KEN"),
    ("Students gathered in Dhaka on Monday to protest the verdict.", "BGD"),
    ("Protesters rallied in Lima against the pension reform.", "PER"),
])
def test_a_crowd_protests_where_it_gathers(text, state):
    assert [state] in [sorted(p.country for p in e.participants) for e in events(text) if e.type == "PROTEST"]


def test_a_protest_verb_after_a_people_noun_says_how():
    assert [e.mode for e in events("Demonstrators blocked roads in Quito on Monday.") if e.type == "PROTEST"] \
        == ["obstruct"]


def test_a_rejection_answers_the_earlier_act_done_to_its_actor():
    text = ("Chile imposed sanctions on two Peruvian firms on Monday. The move came after months of talks. "
            "Bolivia welcomed the decision. Peru rejected the accusations as groundless.")
    assert (["PER"], ["CHL"]) in sides(text, "REJECT")


def test_a_day_counted_back_to_a_named_actors_recalled_act():
    text = "Chile imposed sanctions on Peru on Tuesday. The move came a day after Peru fired a missile."
    dates = {e.type: str(e.date) for e in events(text, "2025-03-12")}
    assert dates["SANCTION"] == "2025-03-11" and dates["MOBILIZE"] == "2025-03-10"


@pytest.mark.parametrize("text, published", [
    ("Chilean Foreign Minister Alberto van Klaveren and Defense Minister Maya Fernandez met Peruvian Foreign "
     "Minister Elmer Schialer and Defense Minister Walter Astudillo in Lima on Monday.", "2025-03-12"),
    ("알베르토 반 클라베렌 칠레 외교장관과 마야 페르난데스 국방장관은 10일 리마에서 엘메르 시알레르 페루 외교장관, "
     "왈테르 아스투디요 국방장관과 외교·국방 장관회의를 열었다.", "2025-03-12"),
])
def test_two_ministers_meeting_two_counterparts_sit_at_one_table(text, published):
    meetings = [e for e in extract_text(text, published=published).events if e.type == "CONSULT"]
    assert len(meetings) == 1 and len(meetings[0].participants) == 4


@pytest.mark.parametrize("text, sectors", [
    ("Sudan's army accused the Rapid Support Forces of shelling a hospital.", ("cty_sdn_mil", "cty_sdn_reb")),
    ("The Colombian army attacked the ELN in Cauca on Monday.", ("cty_col_mil", "cty_col_reb")),
])
def test_a_group_of_the_actors_own_state_receives_as_that_part_of_it(text, sectors):
    found = [(e.participants[0].id, e.recipients[0].id) for e in events(text) if e.recipients]
    assert sectors in found


@pytest.mark.parametrize("span, day", [("four days", "2025-03-07"), ("10 days", "2025-03-01"), ("five weeks", "2025-02-04")])
def test_any_counted_span_dates_the_recalled_act(span, day):
    text = (f"Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Tuesday. "
            f"The meeting came {span} after he spoke with Ugandan President Yoweri Museveni by phone.")
    calls = [str(e.date) for e in events(text) if e.type == "CONSULT" and e.mode == "phone"]
    assert calls == [day]


def test_a_planned_meeting_is_not_placed_at_the_dateline():
    text = ("NAIROBI, March 12 (Wire) -- Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan "
            "on Tuesday. Ruto is scheduled to hold talks with Ugandan President Yoweri Museveni on Saturday.")
    planned = [e for e in events(text) if e.type == "CONSULT" and e.status == "planned"]
    assert planned and planned[0].location is None


@pytest.mark.parametrize("text", [
    "윌리엄 루토 케냐 대통령은 요웨리 무세베니 우간다 대통령을 만날 계획은 없다고 밝혔다.",
    "윌리엄 루토 케냐 대통령은 요웨리 무세베니 우간다 대통령과 회담할 의사가 없다고 말했다.",
])
def test_no_plan_to_meet_is_no_meeting(text):
    assert [e for e in events(text) if e.type == "CONSULT"] == []


@pytest.mark.parametrize("text, actor, recipient", [
    ("Kenyan President William Ruto arrived in Beijing at the invitation of Chinese President Xi Jinping.", "CHN", "KEN"),
    ("Peru sent observers to Bolivia at the request of the Bolivian electoral court.", "BOL", "PER"),
])
def test_the_one_after_at_the_invitation_of_asked(text, actor, recipient):
    assert ([actor], [recipient]) in sides(text, "REQUEST")


def test_a_headline_surname_refers_forward_to_the_body_full_name():
    text = ("Ruto holds talks with Museveni in Kampala\n\nNAIROBI, March 12 (Wire) -- Kenyan President William Ruto "
            "held talks with Ugandan President Yoweri Museveni in Kampala on Tuesday.")
    meetings = [e for e in events(text) if e.type == "CONSULT"]
    assert len(meetings) == 1 and {p.name for p in meetings[0].participants} == {"William Ruto", "Yoweri Museveni"}


@pytest.mark.parametrize("text, kind, actors, recipients", [
    ("Ghana's foreign minister said the raids broke the accord and called on Togo to withdraw its troops.", "REQUEST",
     ["GHA"], ["TGO"]),
    ("Chile's president said the dispute hurt both nations and called on Peru to resume talks.", "REQUEST",
     ["CHL"], ["PER"]),
])
def test_a_phrasal_verb_of_saying_after_a_reported_clause_is_the_reporters(text, kind, actors, recipients):
    """'X said [the raids broke the accord] and called on Y': "called on" joins "said", not "broke"."""
    assert (actors, recipients) in sides(text, kind)

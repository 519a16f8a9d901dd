"""Conditional responses, quoted judgements, paired disapprovals, joint statements after talks, stances and troop destinations (first read by en-acts45), with sentences of our own (states outside the eval sets and
the open batches), a Korean row where the class exists in Korean too:

1. a response promised in a firm manner under a condition ('would respond firmly if X's ships entered', 'will take
   stern countermeasures should X test a missile') is a THREATEN made now by the speaker's state against the
   condition's party (entry respond + manner adverb; an inverted 'should' closing the main clause with no comma
   opens the condition: act_condition_clauses.trailing_condition, no REQUEST from it); a response told as done ('responded
   firmly to the remarks') is no act (act_responses). Korean '...하면 강력한 대응에 직면할 것' is the fate foretold
   for the condition's subject (doom_verb 직면하다 after a counter-measure noun: ko act_conditions.foretold_fate).
   A vow to respond so 'to any Paraguayan attack' threatens, and the attack, a verb's bare form after 'any X', is
   the threat's condition, no ASSAULT (act_context.any_instance).
2. a quoted judgement closed by a reporting frame that names the judged deed ('"This is a reckless provocation," X's
   minister said of Y's launch', '..., said, referring to Y's drills') is an ACCUSE by the speaker's state against
   the deed's owner (act_quoted_verdicts); with no such phrase, a quote whose subject names the deed ('"Y's drills
   are a provocation," X said') accuses its owner. Korean 'Y의 발사에 대해 "이는 도발"이라고 말했다' reads the deed
   the verdict is said about (ko act_verdict_complements.about_head, as 'Y의 훈련을 두고' already did).
3. two verbs of disapproval joined on one object, in either order and with adverbs ('strongly condemned and firmly
   opposed Y's launch', 'rejected and strongly condemned Y's deployment'): one ACCUSE, no REJECT; the first verb
   takes the object read after the second, and the deed there is done, not a plan the refusal governs
   (en/act_paired_condemnation.shared_object; an adverb after 'and' no longer hides the second verb: act_clause).
   Korean '규탄하고 반대했다', '반대하며 규탄했다': one ACCUSE (ko/act_paired_condemnation). A proposal opposed stays a
   REJECT in both languages.
4. talks named after a joint statement ('In a joint statement issued after their talks, A and B agreed ...', 'A and B
   said in a joint statement after talks in Z that ...') were held by the main clause's pair, states as well as
   people (English.held_before_main; a fronted 'their talks' before a named pair is no meeting told before:
   fronted_own_talks): one CONSULT of both, beside the AGREE of both. Korean '회담을 마친 뒤 발표한 공동성명에서 ...
   합의했다' is read so already (guard row; '회담 후 공동성명을 통해' still gives no CONSULT: left).
5. (found in the open batch, own sentences) an act named as the topic of a stance ('would reconsider its stance on
   supplying arms to X', 'its policy on sending troops') is no act: no AGREE pledge of aid, no threat
   (act_stances). Korean '무기 지원에 대한 입장을 재검토' gives none already (guard rows).
6. (found in the open batch, own sentences) a planned deployment to a named destination ('had decided to send 5,000
   troops to X to help its army', 'will send troops to X next month') is that MOBILIZE, planned, facing no one, not a
   THREATEN against the destination (act_destinations); near a state, or under a condition, it stays a threat.
   Korean 'X에 병력을 보낼 예정' reads so already (guard row).
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, events_of

OCC = "occurred"
DAY = date(2026, 5, 6)


def read(text: str, day: date = DAY):
    return events_of(extract_text(text, published=day))


# 1. a firm response promised under a condition: THREATEN against the condition's party
@pytest.mark.parametrize("text", [
    "Uruguay would respond firmly if Paraguayan patrol boats entered its waters again.",
    "Uruguay will take stern countermeasures should Paraguay carry out another rocket test.",
    "Uruguay said it would respond resolutely should Paraguay deploy troops near the border.",
    "If Paraguay deploys troops near the river, Uruguay will respond decisively, the defence minister said.",
    "우루과이 외교부는 파라과이가 또다시 도발하면 강력한 대응에 직면할 것이라고 말했다.",
    "우루과이는 파라과이가 국경에 병력을 배치할 경우 단호히 대응할 것이라고 밝혔다.",
])
def test_conditional_response_threatens(text):
    events = read(text)
    assert_act(events, "THREATEN", {"URY"}, {"PRY"}, OCC)
    assert_act(events, "REQUEST", set(), None, None)


@pytest.mark.parametrize("text", [
    "Uruguay responded firmly to the remarks of Paraguay's foreign minister.",
    "Uruguay has responded strongly to Paraguay's statement on the river.",
    "우루과이는 파라과이의 보복에 직면할 것이라고 우려했다.",
])
def test_response_told_or_feared_is_no_threat(text):
    assert_act(read(text), "THREATEN", set(), None, None)


@pytest.mark.parametrize("text", [
    "Uruguay vowed on Monday to respond firmly to any Paraguayan attack.",
    "Uruguay vowed to retaliate against any Paraguayan attack on its ships.",
])
def test_any_instance_verb_form_is_condition(text):
    events = read(text)
    assert_act(events, "THREATEN", {"URY"}, {"PRY"}, OCC)
    assert_act(events, "ASSAULT", set(), None, None)


def test_obligation_before_its_verb_stays_request():
    assert_act(read("Uruguay said Paraguay should withdraw its troops from the border."), "REQUEST", {"URY"}, {"PRY"}, OCC)


# 2. a quoted judgement of a deed named in the frame: ACCUSE of the deed's owner
@pytest.mark.parametrize("text", [
    '"This is a reckless provocation," Uruguay\'s foreign minister said of Paraguay\'s rocket launch.',
    '"It is an unacceptable violation of our waters," the Uruguayan defence minister said of the Paraguayan patrol.',
    '"This is a dangerous and irresponsible act," Uruguay\'s defence ministry said, referring to Paraguay\'s drills.',
    '"Paraguay\'s live-fire drills are a dangerous provocation," Uruguay\'s foreign minister said.',
    '우루과이 외교장관은 파라과이의 로켓 발사에 대해 "이는 무모한 도발"이라고 말했다.',
    '우루과이 국방부는 파라과이의 포격에 관해 "명백한 주권 침해"라고 밝혔다.',
])
def test_quoted_judgement_accuses_deed_owner(text):
    assert_act(read(text), "ACCUSE", {"URY"}, {"PRY"}, OCC)


def test_adnominal_about_is_no_judged_deed():
    # '안보에 대한 위협': 'about' modifying the verdict's noun names no deed; the quote's subject stays accused
    events = read('우루과이 외교장관은 "파라과이와 볼리비아의 군사 협력은 지역 안보에 대한 직접적 위협"이라고 비판했다.')
    assert_act(events, "ACCUSE", {"URY"}, {"PRY", "BOL"}, OCC)


@pytest.mark.parametrize("text", [
    '"This is not a provocation," Uruguay\'s foreign minister said of Paraguay\'s drills.',
    '"The talks were productive," Uruguay\'s foreign minister said of the meeting with Paraguay.',
    '"We are no threat to anyone," Uruguay\'s president said of Paraguay\'s complaint.',
    '우루과이 외교장관은 파라과이와의 회담에 대해 "매우 생산적"이라고 말했다.',
])
def test_praise_or_denial_accuses_no_one(text):
    assert_act(read(text), "ACCUSE", set(), None, None)


# 3. two joined verbs of disapproval on one object: one ACCUSE
@pytest.mark.parametrize("text", [
    "Uruguay condemned and opposed Paraguay's rocket launch.",
    "Uruguay strongly condemned and firmly opposed Paraguay's rocket launch on Monday.",
    "Uruguay rejected and strongly condemned Paraguay's deployment of gunboats.",
    "Uruguay firmly opposes and strongly condemns Paraguay's artillery drills.",
    "Uruguay denounced and rejected Paraguay's claims over the river islands.",
    "우루과이는 파라과이의 로켓 발사를 강력히 규탄하고 단호히 반대했다.",
    "우루과이는 파라과이의 포격 훈련에 반대하며 규탄했다.",
])
def test_joined_disapproval_is_one_accuse(text):
    events = read(text)
    assert_act(events, "REJECT", set(), None, None)
    assert_act(events, "ACCUSE", {"URY"}, {"PRY"}, OCC)


@pytest.mark.parametrize("text", [
    "Uruguay condemned and rejected Paraguay's proposal on the river.",
    "우루과이는 파라과이의 제안에 반대하며 비난했다.",
    "우루과이는 파라과이의 계획에 반대했고, 파라과이의 훈련을 규탄했다.",
])
def test_opposed_proposal_or_separate_verbs_keep_reject(text):
    assert_act(read(text), "REJECT", {"URY"}, {"PRY"}, OCC)


def test_condemned_launch_is_done():
    assert_act(read("Uruguay condemned and opposed Paraguay's rocket launch."), "MOBILIZE", {"PRY"}, None, OCC)


# 4. talks named after a joint statement: a meeting of both, the AGREE of both
@pytest.mark.parametrize("text", [
    "In a joint statement issued after their talks, Uruguay and Paraguay agreed to expand river patrols.",
    "Uruguay and Paraguay agreed in a joint statement after talks in Montevideo to resume ferry services.",
    "Uruguay and Paraguay said in a joint statement after talks in Asuncion that they had agreed to build a bridge.",
    "우루과이와 파라과이는 몬테비데오에서 회담을 마친 뒤 발표한 공동성명에서 국경 다리를 건설하기로 합의했다.",
])
def test_talks_after_joint_statement_have_both_sides(text):
    events = read(text)
    assert_act(events, "CONSULT", {"URY", "PRY"}, None, OCC)
    assert_act(events, "AGREE", {"URY", "PRY"}, None, OCC)


# 5. an act as the topic of a stance: no act
@pytest.mark.parametrize("text", [
    "Uruguay's national security adviser said Montevideo would reconsider its stance on supplying arms to Bolivia.",
    "Uruguay will review its policy on providing weapons to Bolivia, the minister said.",
    "Uruguay said it would reconsider its position on sending troops to Bolivia.",
    "우루과이 국가안보실장은 볼리비아에 대한 무기 지원 입장을 재검토하겠다고 말했다.",
])
def test_stance_topic_is_no_act(text):
    events = read(text)
    assert not [e for e in events if e.type in ("AGREE", "AID", "THREATEN", "MOBILIZE")], [e.type for e in events]


def test_act_after_stance_stays():
    assert_act(read("Uruguay changed its stance on Bolivia and sent arms to La Paz."), "AID", {"URY"}, {"BOL"}, OCC)


# 6. a planned deployment to a destination: a move, no threat against the destination
@pytest.mark.parametrize("text", [
    "The spy agency said Bolivia had decided to send some 5,000 troops to Venezuela to help its army.",
    "Bolivia will send troops to Venezuela next month, the defence ministry said.",
    "볼리비아는 다음 달 베네수엘라에 군대를 보낼 예정이다.",
])
def test_deployment_to_destination_is_no_threat(text):
    events = read(text)
    assert_act(events, "THREATEN", set(), None, None)
    assert_act(events, "MOBILIZE", {"BOL"}, set(), "planned")


@pytest.mark.parametrize("text, target", [
    ("Bolivia will send troops to Venezuela if Chile attacks it.", "CHL"),
])
def test_conditional_deployment_threatens(text, target):
    threats = [e for e in read(text) if e.type == "THREATEN"]
    assert threats and {p.country for p in threats[0].recipients} == {target}


# future53: a deployment planned facing a state is the show of force planned, facing it (no threat said), as
# Korean '칠레 연안에 군함을 배치할 계획이다' reads
@pytest.mark.parametrize("text", [
    "Bolivia plans to deploy warships near Chile's coast.",
    "볼리비아는 칠레 연안 근처에 군함을 배치할 계획이다.",
])
def test_facing_deployment_planned_is_the_move(text):
    events = read(text)
    assert_act(events, "THREATEN", set(), None, None)
    assert_act(events, "MOBILIZE", {"BOL"}, {"CHL"}, "planned")

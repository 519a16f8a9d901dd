"""False positives, session 22 (prec22): act words inside what another act asks or describes, on our own sentences
in both languages, each negative paired with a sentence where the same word IS the event:
- a clause joined by -고 to a request's content ('B가 휴전에 합의하고 포로를 교환할 것을 촉구했다') is what B is asked
  to do, not a done act of B (lang/ko/act_joined_content.joined_content); the requester's own clause before its
  request ('A는 B국을 방문하고 ... 할 것을 촉구했다') stays an act;
- a quoted obligation closed by a request verb ('안보리가 B에 제재를 가해야 한다고 촉구했다') is the request's content,
  not a sanction (act_joined_content.demanded_obligations);
- a bare verb coordinated with an asked infinitive ('urged X to agree to a ceasefire and release all prisoners') is
  asked too (lang/en/act_coordinated.shared_infinitives); a past-tense second verb is an act of its own;
- 'be met with' (passive) is a reception ('any attack would be met with force'), no meeting or promise to meet
  (lang/en/act_met_with.met_with_responses); the active 'met with' stays a meeting."""
from __future__ import annotations

import pytest

from tests.event_sides import events

DAY = "2026-04-14"


def kinds(text: str) -> list[str]:
    return [e.type for e in events(text, DAY)]


@pytest.mark.parametrize("asked, done, kind", [
    ("가나 외교부는 토고와 부르키나파소가 즉각 휴전에 합의하고 포로를 교환할 것을 촉구했다.",
     "토고와 부르키나파소는 즉각 휴전에 합의하고 포로를 교환했다.", "AGREE"),
    ("몽골 외교부는 라오스가 국경에서 병력을 철수하고 대화에 나설 것을 촉구했다.",
     "라오스는 14일 국경에서 병력을 철수하고 대화에 나섰다.", "RETREAT"),
    ("몽골 외교부는 라오스에 국경에서 병력을 철수하고 대화에 나설 것을 촉구했다.",
     "라오스는 14일 국경에서 병력을 철수하고 대화에 나섰다.", "RETREAT"),
    ("Ghana urged Togo and Burkina Faso to agree to an immediate truce and release all prisoners of war.",
     "Togo agreed to an immediate truce and released all prisoners of war on Monday.", "RETREAT"),
    ("Mongolia called on Laos to halt the shelling and guarantee safe passage for refugees.",
     "Laos agreed on Monday to guarantee safe passage for refugees from the border area.", "AGREE"),
])
def test_a_joined_clause_of_what_is_asked_is_no_act(asked, done, kind):
    assert kind not in kinds(asked)
    assert "REQUEST" in kinds(asked)
    assert kind in kinds(done)


@pytest.mark.parametrize("text", [
    "볼리비아 외교장관은 14일 파라과이를 방문하고 양국 협력을 강화할 것을 촉구했다.",
    "볼리비아 외교장관은 14일 파라과이 외교장관과 회담하고 양국 협력을 강화할 것을 촉구했다.",
])
def test_the_requesters_own_clause_before_its_request_stays(text):
    assert "CONSULT" in kinds(text)


@pytest.mark.parametrize("text, lemma, shared", [
    ("Ghana urged Togo to halt the shelling and withdraw its troops from the border.", "withdraw", True),
    ("Ghana urged Togo to halt the shelling and withdrew its ambassador from Lome.", "withdraw", False),
    ("Togo said it would lift the curfew and guarantee safe passage for refugees.", "guarantee", False),
])
def test_only_a_bare_verb_right_after_and_shares_the_infinitive(text, lemma, shared):
    from readout.lang.en.acts import find_acts
    hit = next(h for h in find_acts(text) if h.lemma == lemma)
    assert (hit.data.get("modality") == "infinitive") is shared


@pytest.mark.parametrize("asked, done", [
    ("가나 외교장관은 유엔 안보리가 토고에 제재를 가해야 한다고 촉구했다.", "유엔 안보리는 14일 토고에 제재를 가했다."),
    ("몽골 정부는 유럽연합이 라오스에 제재를 부과해야 한다고 요구했다.", "유럽연합은 14일 라오스에 제재를 부과했다."),
])
def test_an_obligation_a_request_closes_is_no_sanction(asked, done):
    assert "SANCTION" not in kinds(asked)
    assert "SANCTION" in kinds(done)


@pytest.mark.parametrize("reception", [
    "Bolivia's defence minister warned that any incursion by Paraguay would be met \"with full force and at a time of our choosing.\"",
    "Bolivia's defence minister warned that any attack by Paraguay would be met with full force and at a time of its choosing.",
])
def test_met_with_in_the_passive_is_no_meeting(reception):
    found = kinds(reception)
    assert "AGREE" not in found and "CONSULT" not in found
    assert "THREATEN" in found


def test_met_with_in_the_active_is_a_meeting():
    assert "CONSULT" in kinds("Bolivia's defence minister met with Paraguay's foreign minister in Asuncion on Monday.")

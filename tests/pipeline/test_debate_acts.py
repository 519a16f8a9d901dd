"""How envoys state acts in a council debate (unsc44):
- a demand in the subjunctive whose asked verb is no act of the lexicon ('insisted that the council set a deadline'):
  REQUEST of the clause's subject (lang/en/act_insisted.bare_verb_before_object);
- likening another side or its deed to something ('likened X's blockade to a siege', '...를 ...에 비유했다'): ACCUSE;
- a judgement of a refusal named by no owner ('denounced the veto', 'voiced regret over the veto', '거부권 행사를
  비판했다'): the makers of the last refusal told (answered_kinds REJECT; pipeline act_recipients.JUDGED_REFUSALS), and a
  feeling voiced over an unowned deed ('expressed concern over the launch') answers it as 'condemned the launch' does.
"""
from datetime import date

import pytest

from tests.conftest import assert_act, events_of

DAY = date(2025, 5, 14)
COUNCIL = "The U.N. Security Council met on Tuesday to discuss the border crisis. "
VETO = "Bolivia on Tuesday vetoed a draft resolution sponsored by Chile on the observer mission. "
KO_VETO = "볼리비아는 13일 칠레가 제출한 결의안에 거부권을 행사했다. "


@pytest.mark.parametrize("text, kind, actors, recipients", [
    (COUNCIL + "Chile's ambassador Tomas Ibarra insisted that the council set a deadline for the talks.", "REQUEST",
     {"CHL"}, {"UNO"}),
    (COUNCIL + "Chile's ambassador Tomas Ibarra insisted that the council adopt a weekly review of the measures.",
     "REQUEST", {"CHL"}, {"UNO"}),
    ("Chile's ambassador Tomas Ibarra likened Bolivia's blockade to a medieval siege on Tuesday.", "ACCUSE", {"CHL"},
     {"BOL"}),
    ("토마스 이바라 주유엔 칠레대사는 13일 볼리비아의 봉쇄를 중세의 포위 공격에 비유했다.", "ACCUSE", {"CHL"}, {"BOL"}),
    ("토마스 이바라 칠레 대사는 13일 볼리비아의 국경 봉쇄를 해적 행위에 빗댔다.", "ACCUSE", {"CHL"}, {"BOL"}),
    (VETO + "Chile's ambassador Tomas Ibarra denounced the veto as a shameful act.", "ACCUSE", {"CHL"}, {"BOL"}),
    (VETO + "Peru voiced regret over the veto on Wednesday.", "ACCUSE", {"PER"}, {"BOL"}),
    (KO_VETO + "칠레 외교부는 14일 거부권 행사를 강하게 비판했다.", "ACCUSE", {"CHL"}, {"BOL"}),
    ("Bolivia fired a missile on Tuesday. Chile expressed concern over the launch on Wednesday.", "ACCUSE", {"CHL"},
     {"BOL"}),
])
def test_debate_acts(extract, text, kind, actors, recipients):
    assert_act(events_of(extract(text, published=DAY)), kind, actors, recipients, "occurred")


@pytest.mark.parametrize("text, kind", [
    ("Chile insisted that the talks were useful.", "REQUEST"),  # a statement, no bare verb
    ("Chile insisted that the talks set a good example.", "REQUEST"),  # 'talks' is the subject, 'set' no demand
    ("The minister likened the partnership with Japan to a marriage.", "ACCUSE"),  # no other side's deed
])
def test_no_debate_act(extract, text, kind):
    assert_act(events_of(extract(text, published=DAY)), kind, set(), None, None)


def test_a_judged_veto_keeps_its_own_kind(extract):
    """'slammed the vetoes ... and accused X of refusing to condemn the attack': the vetoes' makers are judged (the
    kind the language read right after the verb), not the attack's, and no body the veto was cast in."""
    text = ("Bolivia and Peru on Friday vetoed a Chilean-sponsored resolution at the U.N. Security Council. Chile's "
            "ambassador Tomas Ibarra slammed the vetoes as \"cynical\" and accused La Paz of refusing to condemn the "
            "rebels' attack on the border post.")
    found = [e for e in events_of(extract(text, published=DAY), "ACCUSE") if e.mode == "disapprove"]
    assert found and {p.country for p in found[0].recipients} == {"BOL", "PER"}


def test_a_side_act_told_apart_from_a_joint_one_stays_apart(extract):
    """'Chile and Argentina have accused Bolivia of ...' then 'Chile ... expressed grave concern over the pact' (Bolivia's
    and Peru's): one side's act on other objects, told in another sentence, is not part of the joint act
    (pipeline/consolidate.told_together)."""
    text = ("Bolivia and Peru signed a defense pact on Tuesday. Chile and Argentina have accused Bolivia of smuggling "
            "weapons to rebels. Chile's foreign ministry on Tuesday expressed grave concern over the pact.")
    sides = {(frozenset(p.country for p in e.participants), frozenset(p.country for p in e.recipients))
             for e in events_of(extract(text, published=DAY), "ACCUSE")}
    assert (frozenset({"CHL"}), frozenset({"BOL", "PER"})) in sides
    assert (frozenset({"CHL", "ARG"}), frozenset({"BOL"})) in sides

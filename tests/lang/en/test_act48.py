"""enact48 (issues 13, 15): English act readings that went astray, one class each, with negative rows beside them and
Korean twin rows where the class exists in Korean:

- a dispute named as what is to be resolved ('a proposal to settle its river dispute with X') is the topic, no ACCUSE;
  the request is made to the dispute's other side (lang/en/act_resolved_topics.py);
- a deed noun a measure is taken over ('froze the accounts of X over the beating of students') is its reason, no
  event of its own (lang/en/act_measure_reasons.py);
- a participle used as an adjective after another verb's form ('in tracking armed gangs', 'chased armed groups')
  modifies that verb's object: no arming (lang/en/act_verb_participles.py);
- people handed over to a capital ('extradited a banker to Bishkek') go to its state (lang/en/countries.py);
- forces sent to a border with a state ('to its border with X', 'X와의 국경에') face that state
  (lang/en/act_border_postures.py, lang/ko/act_border_postures.py);
- an inquiry opened into a matter naming no side is the state's own affair: its own state receives it
  (lang/en/act_inquiry_matters.py).

Every sentence is our own (invented wording; real states and capitals). Published on Thursday 2026-03-12.
"""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events

PUB = "2026-03-12"

# (sentence, type, actors, recipients): actors None means no event of the type; recipients None is not judged
ROWS = {
    "a_dispute_resolved_is_the_topic": [
        ("Bolivia put forward a proposal on Tuesday to settle its river dispute with Paraguay.", "ACCUSE", None, None),
        ("Bolivia put forward a proposal on Tuesday to settle its river dispute with Paraguay.", "REQUEST", {"BOL"},
         {"PRY"}),
        ("Ecuador proposed a plan to end the fishing dispute with Colombia.", "ACCUSE", None, None),
        ("Ecuador proposed a plan to end the fishing dispute with Colombia.", "REQUEST", {"ECU"}, {"COL"}),
        ("Uruguay called for a solution to the port dispute with Argentina.", "ACCUSE", None, None),
        ("볼리비아는 10일 파라과이와의 하천 분쟁을 해결하기 위한 제안을 내놓았다.", "ACCUSE", None, None),
        # negative rows: a dispute word that is the verb, or a dispute a charge is about, still acts
        ("Bolivia disputed Paraguay's account of the incident.", "REJECT", {"BOL"}, {"PRY"}),
        ("Bolivia accused Paraguay of inflaming the river dispute.", "ACCUSE", {"BOL"}, {"PRY"}),
    ],
    "a_measure's_reason_is_no_event": [
        ("Norway froze the bank accounts of Belarusian police chiefs over the beating of students in Minsk.",
         "ASSAULT", None, None),
        ("Norway froze the bank accounts of Belarusian police chiefs over the beating of students in Minsk.",
         "SANCTION", {"NOR"}, {"BLR"}),
        ("Norway expelled a Belarusian diplomat in response to the bombing of its consulate in Minsk.", "ASSAULT",
         None, None),
        ("노르웨이는 10일 민스크에서 벌어진 학생 구타를 이유로 벨라루스 경찰 간부들의 자산을 동결했다.", "ASSAULT", None, None),
        # negative rows: a condemnation keeps the deed it judges (accuse66), and a deed in a clause of its own acts
        ("Norway condemned Belarus over the beating of students in Minsk.", "ASSAULT", {"BLR"}, None),
        ("Norway froze the accounts of Belarusian officials, and police beat students in Minsk.", "ASSAULT", {"BLR"},
         {"BLR"}),
    ],
    "a_participle_after_another_verb_modifies_its_object": [
        ("Burkina Faso asked Ghana for help in tracking armed gangs near the border.", "AID", None, None),
        ("Burkina Faso asked Ghana for help in tracking armed gangs near the border.", "REQUEST", {"BFA"}, {"GHA"}),
        ("Chad's army chased armed groups across the desert on Sunday.", "AID", None, None),
        ("부르키나파소는 10일 가나에 무장 조직 추적을 위한 지원을 요청했다.", "AID", None, None),
        # negative rows: the verb after its subject, and a perfect after its auxiliary, still arm
        ("Sudan armed the militias in Darfur.", "AID", {"SDN"}, None),
        ("Iran has armed rebels in Yemen for years.", "AID", {"IRN"}, None),
    ],
    "a_handover_to_a_capital_reaches_its_state": [
        ("Kazakhstan extradited a banker to Bishkek on Thursday.", "COOPERATE", {"KAZ"}, {"KGZ"}),
        ("Turkey deported 60 migrants to Kabul on Friday.", "COERCE", {"TUR"}, {"AFG"}),
        # negative row: a capital in a clause of its own is where someone went, no side
        ("Kazakhstan extradited a banker, who later flew to Bishkek.", "COOPERATE", {"KAZ"}, set()),
    ],
    "a_border_with_a_state_is_faced": [
        ("Armenia deployed 3,000 soldiers to the frontier with Azerbaijan.", "MOBILIZE", {"ARM"}, {"AZE"}),
        ("Eritrea sent troops to its border with Ethiopia on Sunday.", "MOBILIZE", {"ERI"}, {"ETH"}),
        ("Venezuela massed soldiers on its long eastern border with Guyana.", "MOBILIZE", {"VEN"}, {"GUY"}),
        ("에리트레아는 10일 에티오피아와의 국경에 병력을 배치했다.", "MOBILIZE", {"ERI"}, {"ETH"}),
        ("아르메니아는 10일 아제르바이잔 접경 지역으로 병력 3천 명을 보냈다.", "MOBILIZE", {"ARM"}, {"AZE"}),
        # negative rows: a destination that is a state, or a border naming no other state, faces no one
        ("Ghana deployed troops to Mali.", "MOBILIZE", {"GHA"}, set()),
        ("Eritrea sent troops to its southern border.", "MOBILIZE", {"ERI"}, set()),
        ("에리트레아는 10일 남부 국경에 병력을 보냈다.", "MOBILIZE", {"ERI"}, set()),
        ("가나는 10일 말리에 병력을 파병했다.", "MOBILIZE", {"GHA"}, set()),
    ],
    "a_domestic_inquiry_is_the_state's_own": [
        ("Zambia's parliament opened an inquiry into the sale of copper mines.", "ACCUSE", {"ZMB"}, {"ZMB"}),
        ("Bolivian prosecutors launched an investigation into the purchase of police vehicles.", "ACCUSE", {"BOL"},
         {"BOL"}),
        # negative rows: a state named in the matter is investigated; a body has no state of its own to look into
        ("Zambia's parliament launched an inquiry into Malawi's border closure.", "ACCUSE", {"ZMB"}, {"MWI"}),
        ("The European Union opened an inquiry into the sale of copper mines.", "ACCUSE", None, None),
    ],
}


@pytest.mark.parametrize("sentence, type_, actors, recipients", class_rows(ROWS))
def test_act48_classes(sentence, type_, actors, recipients):
    assert_act(events(sentence, PUB), type_, actors or set(), recipients, None if actors is None else "occurred")


@pytest.mark.parametrize("sentence, word, acts", [
    ("Chad asked Niger for help in combating armed militias.", "armed", False),
    ("Chad's troops pursued armed bandits.", "armed", False),
    # negative rows: after a name or an auxiliary the participle is the verb
    ("Chad armed militias in the east.", "armed", True),
    ("Chad was accused of having armed militias in the east.", "armed", True),
])
def test_verb_participle_hits(sentence, word, acts):
    """The act reader's own hits: 'armed' after another verb's form is no hit; after its subject or an auxiliary it
    is the verb (act_verb_participles)."""
    from readout.lang.en import acts as en_acts
    found = any(sentence[h.start:h.end].split()[0].lower() == word for h in en_acts.find_acts(sentence))
    assert found == acts

"""acts60b (issue 13): a hostile act told in the passive, its doer after 'by' past a long subject phrase, in both
languages. The doer is the 'by' ('에 의해') phrase and the receiver the owner inside the subject phrase:
- 'Sanctions on X's shipping firms were imposed by Y': a possessive after a preposition inside the passive subject
  names what the act is done to, never its agent (lang/en/name_role_anchors.passive_role);
- 'Threats against X's fleet were made by Y': a light verb's passive ('made', 'staged', 'levelled', cue
  light_passive_participles) gives its act-noun subject the 'by' agent (lang/en/act_light_passives);
- Korean '[X에 대한 제재]가 [Y에 의해] 발표됐다', '공격이 [Y군에 의해] 감행됐다': the agent between the act noun and its
  passive verb is no argument (act_arguments.agent_past) and is the doer (act_passive_agents.agent_after_noun).
Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import check_no_act, sides

ROWS = [
    ("SANCTION", "Sanctions on Chad's shipping firms were imposed by Niger on Monday."),
    ("SANCTION", "New sanctions on Chad's mining companies were announced by Niger."),
    ("SANCTION", "Restrictions on Chad's diplomats were imposed by Niger."),
    ("SANCTION", "Sanctions on the shipping firms of Chad were announced by Niger on Monday."),
    ("SANCTION", "차드에 대한 제재가 니제르에 의해 발표됐다."),
    ("THREATEN", "Threats against Chad's fishing fleet were made by Niger."),
    ("ACCUSE", "Accusations against Chad were levelled by Niger on Monday."),
    ("REQUEST", "A demand for Chad's withdrawal was made by Niger."),
    ("REJECT", "Chad's proposal for a ceasefire was rejected by Niger."),
    ("REJECT", "차드의 휴전 제안은 니제르에 의해 거부됐다."),
    ("COERCE", "The seizure of Chad's fishing boats was carried out by Niger."),
    ("ASSAULT", "Attacks on Chad's border posts were carried out by Niger."),
    ("ASSAULT", "차드 국경 초소에 대한 공격이 니제르군에 의해 감행됐다."),
    ("PROTEST", "Protests outside Chad's embassy were staged by Nigerien students."),
    ("PROTEST", "차드 대사관 앞 시위가 니제르 학생들에 의해 벌어졌다."),
]


@pytest.mark.parametrize("kind, text", ROWS)
def test_passive_doer_after_a_long_subject(kind, text):
    found = sides(text, kind)
    assert found and found[0][0] == ["NER"] and found[0][1] == ["TCD"], found


@pytest.mark.parametrize("text", [
    "Ecuador's fishing boats were seized by the Peruvian navy.",
    "에콰도르 어선들이 페루 해군에 의해 나포됐다.",
])
def test_seized_boats_owner_receives(text):
    assert sides(text, "COERCE") == [(["PER"], ["ECU"])]


@pytest.mark.parametrize("kind, text", [
    ("THREATEN", "Threats were made against Chad."),  # no doer named
    ("THREATEN", "Threats against Chad were made by students."),  # a doer of no state
])
def test_light_passive_without_a_named_doer(kind, text):
    check_no_act(text, kind)

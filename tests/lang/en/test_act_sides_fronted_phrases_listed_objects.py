"""English act sides after a fronted phrase, a listed object and a closing attribution:
- a phrase fronted before a bare body ('In a statement, the ministry ...', 'Responding to X, the ministry ...') leaves
  the body the subject: the voice just heard, and for a response the state the story is filed from, not the side
  answered (language.subject_head, answering_body; en.yaml fronted_phrase_re, fronted_response_re);
- 'condemned A, B and C and urged D': the whole list is the first verb's object, none is the second verb's subject
  (clauses.listed_object_gap; en.yaml clause.listed_names_gap_re);
- a bare form after a personal pronoun is a verb ('"I again call for restraint," X said'), so a known official's
  appeal in a quote is the official's (act_walk.after_personal_subject);
- a relative clause set off between a bare body and its verb ('The military-led government, which ..., accused')
  leaves the body the subject (en.yaml subject_insert_re).

Formerly tests/lang/test_en_sides26.py; classes first read as "English act sides, third round (session 18, en26),
end to end on our own sentences" (docs/history.md)."""
from __future__ import annotations

import pytest

from readout.lang.en import acts
from tests.event_sides import sides

DAY = "2026-06-03"


@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("LISBON, June 3 (Reuters) - Angola rejected Portugal's request on Monday. Responding to the Angolan statement, "
     "the ministry urged Luanda to reconsider.", "REQUEST", "PRT", "AGO"),
    ("Latvia criticized Belarus over the border fence on Monday. In a statement, the ministry also urged Minsk to stop "
     "the migrant flights.", "REQUEST", "LVA", "BLR"),
    ("Tunisia accused Libya of shelling its border post. Speaking to reporters on Tuesday, the ministry urged Tripoli "
     "to halt the raids.", "REQUEST", "TUN", "LBY"),
])
def test_a_bare_body_after_a_fronted_phrase_is_the_storys_side(text, kind, actor, recipient):
    found = sides(text, kind, DAY)
    assert any(a == [actor] and recipient in r for a, r in found), found


def test_a_bare_body_answering_a_statement_is_not_the_side_answered():
    # no dateline: the voice just heard is the one answered; the answering body must not be read as it
    text = ("Angola rejected Portugal's request on Monday. Responding to the Angolan statement, the ministry urged "
            "Luanda to reconsider.")
    assert not any("AGO" in a for a, _ in sides(text, "REQUEST", DAY)), sides(text, "REQUEST", DAY)


def test_a_fronted_phrase_after_a_deed_gives_no_voice():
    text = ("Uruguay seized a Brazilian trawler on Monday. In a statement, the ministry urged Brasilia to respect the "
            "fishing zone.")
    assert not any("URY" in a for a, _ in sides(text, "REQUEST", DAY)), sides(text, "REQUEST", DAY)


@pytest.mark.parametrize("text, actors", [
    ("Norway condemned Sudan, Chad and Libya and urged Egypt to mediate.", ["NOR"]),
    ("Poland criticized Hungary, Slovakia, and Austria and called on Germany to act.", ["POL"]),
    ("Sudan, Chad and Libya condemned Norway and urged Egypt to mediate.", ["SDN", "TCD", "LBY"]),  # a listed subject
])
def test_a_listed_object_is_no_subject_of_the_second_verb(text, actors):
    found = sides(text, "REQUEST", DAY)
    assert any(sorted(a) == sorted(actors) for a, _ in found), found


@pytest.mark.parametrize("text, nominal", [
    ('"I again call for restraint by all sides," he said.', False),
    ('"We strongly call for talks," she said.', False),
    ('"Our call for restraint was ignored," he said.', True),
])
def test_a_bare_form_after_a_personal_pronoun_is_a_verb(text, nominal):
    found = [h for h in acts.find_acts(text) if h.type == "REQUEST"]
    assert found and found[0].nominal is nominal, found


def test_a_known_officials_quoted_appeal_to_all_sides_is_the_officials():
    text = ('Armenia and Azerbaijan traded accusations over the shelling of the bridge on Monday. "I call for maximum '
            'restraint by all sides," U.N. Secretary-General Antonio Guterres said in a statement.')
    found = sides(text, "REQUEST", DAY)
    assert any(a == ["UNO"] and {"ARM", "AZE"} <= set(r) for a, r in found), found


@pytest.mark.parametrize("text, actor, recipient", [
    ("BAMAKO, June 3 (AP) - The military-led government, which seized power in a coup, accused Algeria of sheltering "
     "rebels.", "MLI", "DZA"),
    ("ACCRA, June 3 (Reuters) - The government, which took office in January, accused Togo of arming smugglers.",
     "GHA", "TGO"),
])
def test_a_relative_clause_leaves_the_home_body_the_subject(text, actor, recipient):
    found = sides(text, "ACCUSE", DAY)
    assert any(a == [actor] and recipient in r for a, r in found), found


def test_a_relative_clause_with_no_dateline_names_no_state():
    found = sides("The military-led government, which seized power in a coup, accused Algeria of sheltering rebels.",
                  "ACCUSE", DAY)
    assert not any(a for a, _ in found), found


@pytest.mark.parametrize("text, actors, recipient", [
    ("Baltic states accused Russia of jamming GPS signals, Estonia, Latvia and Lithuania said in a joint statement.",
     {"EST", "LVA", "LTU"}, "RUS"),
    ("The three Nordic countries urged Russia to stop jamming GPS signals, Norway, Sweden and Finland said on Tuesday.",
     {"NOR", "SWE", "FIN"}, "RUS"),
])
def test_a_group_subject_is_the_states_its_closing_attribution_names(text, actors, recipient):
    found = sides(text, "ACCUSE" if "accused" in text else "REQUEST", DAY)
    assert any(set(a) == actors and recipient in r for a, r in found), found


@pytest.mark.parametrize("text", [
    "Western countries accused Russia of jamming GPS signals, officials said.",  # no state named: no guess
    "Estonia accused Russia of jamming GPS signals, Latvia and Lithuania said.",  # a named subject keeps the act
])
def test_a_closing_attribution_gives_no_group_to_a_named_or_unnamed_voice(text):
    found = sides(text, "ACCUSE", DAY)
    assert not any("LVA" in a or "LTU" in a for a, _ in found), found


@pytest.mark.parametrize("text, kind", [
    ("Chile voiced deep regret over Bolivia's decision to close the border.", "ACCUSE"),
    ("Chile voiced regret at Bolivia's refusal to reopen the crossing.", "ACCUSE"),
    ("Chile voiced support for Bolivia's bid to host the summit.", "SUPPORT"),  # support stays support
])
def test_regret_voiced_over_anothers_act_is_disapproval(text, kind):
    found = sides(text, kind, DAY)
    assert any(a == ["CHL"] and "BOL" in r for a, r in found), (found, sides(text, "SUPPORT", DAY))

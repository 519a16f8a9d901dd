"""English act sides: the other party after talks, a speaker's own state in a warning, quoted threats, commitments.
- after two-party talks, a bare office going on ('The minister also expressed support for A's efforts') that the
  last holder of the title made A's own, while A owns what the act is about, is the other party
  (pipeline/act_actors.owner_not_voice): one backs another's efforts, not its own;
- 'X's minister warned that <X's capital or name> could cut its cooperation with the agency': the warned clause's
  subject is the speaker's own state, so the warning is its threat, not a prediction about another
  (lang/en/act_predictions.speakers_own_state);
- a quote opening the sentence with its reporting frame mid-sentence ('"This will not remain without an answer," X
  said after Y expelled ...') names its speaker in that frame (lang/en/act_unanswered.quote_frame), so the
  unanswered threat is kept and answers the deed the sentence reports;
- 'remained committed to the defence (security) of X' is SUPPORT of X, not the bare pledge 'committed to' (AGREE;
  scripts/data/en_acts_additions.yaml, en31).

Formerly tests/lang/test_en_sides31.py; classes first read as "English act sides, session 20 round 3 (en31), on our
own sentences" (docs/history.md)."""
from __future__ import annotations

import pytest

from readout.lang.base import ActHit
from readout.model import Entity, Event, Span
from readout.pipeline.act_actors import owner_not_voice
from readout.pipeline.act_recipients import SideItem
from readout.pipeline.narrative import Narrative
from tests.conftest import class_rows
from tests.event_sides import sides

DAY = "2026-05-04"

# 'The minister also voiced support for Accra's plan ...': the subject at 0-12, the act word at 18-31, the owner after
SENT = Span(0, 90, "sentence")
SUBJECT = SideItem(Span(0, 12, "person"), ["GHA"])
OWNER_AFTER = SideItem(Span(44, 49, "country"), ["GHA"])
OTHER_AFTER = SideItem(Span(44, 49, "country"), ["TGO"])


def talks(*codes: str) -> Narrative:
    """A story whose current meeting is between the states `codes`."""
    people = [Entity("person", f"per_{c.lower()}", c, country=c) for c in codes]
    return Narrative(meeting=Event("CONSULT", None, "occurred", people))


def hit(continued: str | None = "office") -> ActHit:
    return ActHit(18, 31, "SUPPORT", None, "support", data={"continued": continued} if continued else {})


@pytest.mark.parametrize("act, actors, items, story, expected", [
    # the office read as the owner's own holder: the other party of the two speaks
    (hit(), ["GHA"], [SUBJECT, OWNER_AFTER], talks("KOR", "GHA"), ["KOR"]),
    (hit(), ["GHA"], [SUBJECT, OWNER_AFTER], talks("GHA", "URY"), ["URY"]),
    # the owner is a third state: the office's reading stands
    (hit(), ["GHA"], [SUBJECT, OTHER_AFTER], talks("KOR", "GHA"), ["GHA"]),
    # a subject the sentence names itself ('Ghana also backed Ghana's ...' is no going on): left as read
    (hit(None), ["GHA"], [SUBJECT, OWNER_AFTER], talks("KOR", "GHA"), ["GHA"]),
    # no talks reported, or talks of three: no single other party
    (hit(), ["GHA"], [SUBJECT, OWNER_AFTER], Narrative(), ["GHA"]),
    (hit(), ["GHA"], [SUBJECT, OWNER_AFTER], talks("KOR", "GHA", "PER"), ["GHA"]),
])
def test_a_bare_office_owning_the_object_is_the_other_party(act, actors, items, story, expected):
    roles = ["subject", "modifier"]
    assert owner_not_voice(act, actors, items, roles, story, SENT) == expected


@pytest.mark.parametrize("text, actor, recipient", [
    ("Chilean Foreign Minister Ana Rojas held talks with Uruguayan Minister of Trade Pablo Ferreira in Santiago on "
     "Monday. Ferreira urged Chile to buy more Uruguayan beef. The minister also voiced support for Santiago's bid to "
     "host the regional summit.", "URY", "CHL"),
    ("Kenyan Foreign Minister Joseph Mwangi held talks with Ghanaian Minister of Defence Kwame Boateng in Nairobi on "
     "Monday. Boateng asked Kenya to share maritime patrol data. The minister also expressed support for Nairobi's "
     "efforts to mediate in the region.", "GHA", "KEN"),
])
def test_support_for_the_hosts_efforts_after_talks_stays_the_guests(text, actor, recipient):
    found = sides(text, "SUPPORT", DAY)
    assert ([actor], [recipient]) in found, found


def test_support_for_a_third_states_efforts_keeps_the_speaker():
    text = ("Kenyan Foreign Minister Joseph Mwangi held talks with Ghanaian Minister of Defence Kwame Boateng in "
            "Nairobi on Monday. Boateng asked Kenya to share maritime patrol data. The minister also expressed support "
            "for Togo's efforts to hold free elections.")
    found = sides(text, "SUPPORT", DAY)
    assert (["GHA"], ["TGO"]) in found, found


THREATS = {
    "a_warning_that_the_speakers_own_state_could_act_is_its_threat": [
        ("Venezuela's foreign minister warned on Monday that Caracas could suspend its cooperation with the "
         "Organization of American States.", "VEN", "IGO"),
        ("Nicaragua's president warned that Managua might expel the U.N. human rights mission.", "NIC", "UNO"),
        ("Belarus rejected the report on Tuesday as biased, and Belarusian Foreign Minister Ivan Petrov warned that "
         "Minsk could further reduce its cooperation with the OSCE if the pressure went on.", "BLR", "IGO"),
    ],
    "a_quoted_unanswered_threat_with_its_frame_mid_sentence_answers_the_deed": [
        ("\"This will not remain without an answer,\" Hungarian Foreign Minister Tamas Varga said after Slovakia "
         "expelled two Hungarian diplomats.", "HUN", "SVK"),
        ("\"This will not remain without an answer,\" said Hungarian Foreign Minister Tamas Varga after Slovakia "
         "expelled two Hungarian diplomats.", "HUN", "SVK"),
        ("\"Such a step will not go unpunished,\" said the Kazakh foreign ministry after Kyrgyz guards detained two "
         "Kazakh traders.", "KAZ", "KGZ"),
    ],
}


@pytest.mark.parametrize("text, actor, recipient", class_rows(THREATS))
def test_the_threat_has_exactly_its_sides(text, actor, recipient):
    found = sides(text, "THREATEN", DAY)
    assert ([actor], [recipient]) in found, found


NO_THREAT = {
    "a_warning_about_another_or_about_a_plight_is_no_threat": [
        # another state, or the speaker's state suffering, after the modal: a prediction, no threat of the speaker's
        "Venezuela's foreign minister warned on Monday that Colombia could suspend its cooperation with the OAS.",
        "Venezuelan officials warned that Venezuela could face a default next year.",
    ],
    "a_quote_with_no_answer_word_or_no_frame_threatens_no_one": [
        '"We will not go without food," the villagers said after the floods.',  # no word of answer: no threat
        # no frame
        'Slovakia expelled two Hungarian diplomats. "This will not remain without an answer, and we know it."',
    ],
}


@pytest.mark.parametrize("text", class_rows(NO_THREAT))
def test_no_threat_is_read(text):
    assert sides(text, "THREATEN", DAY) == []


@pytest.mark.parametrize("text, actor, recipients", [
    ("A Canadian foreign ministry spokesperson said Ottawa remained committed to the defence of Latvia and Estonia.",
     "CAN", {"LVA", "EST"}),
    ("Norway is committed to the security of Finland, its prime minister said.", "NOR", {"FIN"}),
])
def test_a_commitment_to_a_sides_defence_supports_that_side(text, actor, recipients):
    found = sides(text, "SUPPORT", DAY)
    assert any(a == [actor] and set(r) == recipients for a, r in found), found


def test_a_bare_commitment_stays_a_pledge():
    text = "Chile committed to cutting emissions by half."
    assert sides(text, "SUPPORT", DAY) == [] and sides(text, "AGREE", DAY)

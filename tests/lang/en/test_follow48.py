"""enfollow48 (issues 13, 14, 15): English acts and actors still astray, one class each, with negative rows beside
them:

- a phrasal verb's particle moved past its object ('handed the two men over to X') still reads the entry, and people
  named by no captive's word handed over to a state are handed over as extradited people are: COOPERATE legal, the
  state handed to receiving (lang/en/act_moved_particles.py, scripts/data/en_acts_additions.yaml);
- arms sent to a border ('shipped artillery to its frontier with X') are deployed, not given: MOBILIZE weapons, facing
  the state the border is shared with (lang/en/act_border_arms.py);
- a meeting a negated verb of seeking or proposing governs ('has never sought talks with X') is no meeting, held or
  planned (lexicon en.yaml `meeting_absent_before_re`);
- a receiving state named outside the act's target ('froze the assets of judges over the jailing of students in X')
  takes the target's sector, not the other phrase's people (pipeline/act_target_sectors.py);
- a raid noun people died or were hurt in ('died in a raid by X soldiers in Y') is an attack, as 'in an attack by'
  is; a raid that only searched stays no act (lang/en/act_raids.py);
- a spelled count above ten ('fourteen', 'thirty-one') is a count, as 'nine' is (lang/en/number_words.py);
- a relative pronoun before a progressive ('Y's minister Ana Ruiz, who is seeking talks with Z') stands for its
  antecedent, the act's only doer, as before a past form (lang/en/act_antecedents.py).

Every sentence is our own (invented wording; real states and capitals). Published on Thursday 2026-03-12.
"""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events, first_of, sector_sides

PUB = "2026-03-12"

# (sentence, type, actors, recipients): actors None means no event of the type; recipients None is not judged
ROWS = {
    "people_handed_over_are_a_handover": [
        ("Mongolia handed the two men over to Kazakhstan on Tuesday.", "COOPERATE", {"MNG"}, {"KAZ"}),
        ("Mongolia handed over four women to Kazakhstan on Tuesday.", "COOPERATE", {"MNG"}, {"KAZ"}),
        ("Mongolia turned the three persons over to Kazakhstan on Tuesday.", "COOPERATE", {"MNG"}, {"KAZ"}),
        ("Mongolia handed two suspects over to Kazakhstan on Tuesday.", "COOPERATE", {"MNG"}, {"KAZ"}),
        # negative rows: captives handed over are released, arms handed over are given up, a letter is no act
        ("Mongolia handed the hostages over to Kazakhstan on Tuesday.", "RETREAT", {"MNG"}, {"KAZ"}),
        ("Mongolia handed the hostages over to Kazakhstan on Tuesday.", "COOPERATE", None, None),
        ("Mongolia handed the letter over to Kazakhstan on Tuesday.", "COOPERATE", None, None),
        ("The two men handed over a letter to Kazakhstan on Tuesday.", "COOPERATE", None, None),
        ("Mongolia turned the two men back at its border on Tuesday.", "COOPERATE", None, None),
    ],
    "arms_sent_to_a_border_are_deployed": [
        ("Armenia shipped artillery to its frontier with Azerbaijan overnight.", "MOBILIZE", {"ARM"}, {"AZE"}),
        ("Armenia shipped artillery to its frontier with Azerbaijan overnight.", "AID", None, None),
        ("Armenia transferred forty howitzers to the southern border area last week.", "MOBILIZE", {"ARM"}, set()),
        ("Armenia transferred forty howitzers to the southern border area last week.", "AID", None, None),
        # negative rows: arms sent to a state or to its forces are given; border guards are people, not a border
        ("Armenia shipped artillery to Georgia overnight.", "AID", {"ARM"}, {"GEO"}),
        ("Armenia shipped artillery to Georgia overnight.", "MOBILIZE", None, None),
        ("Armenia shipped artillery to the Georgian army overnight.", "AID", {"ARM"}, {"GEO"}),
        ("Armenia shipped rifles to Georgia's border guards overnight.", "MOBILIZE", None, None),
    ],
    "a_meeting_never_sought_is_none": [
        ("Nepal has never sought talks with Bhutan about the river.", "CONSULT", None, None),
        ("Nepal never proposed a summit with Bhutan.", "CONSULT", None, None),
        ("Nepal has not requested a meeting with Bhutan so far.", "CONSULT", None, None),
        # negative rows: the plan not negated is still asked for, and a meeting held after it still stands
        ("Nepal has sought talks with Bhutan about the river.", "REQUEST", {"NPL"}, {"BTN"}),
        ("Nepal has never sought talks with Bhutan, but Nepal met India on Monday.", "CONSULT", {"NPL", "IND"},
         set()),
        ("Nepal will never allow any power to threaten Bhutan, its president said.", "THREATEN", {"NPL"}, None),
    ],
    "a_raid_that_harmed_people_is_an_attack": [
        ("Three herders died in a raid by Malian soldiers in Burkina Faso last week.", "ASSAULT", {"MLI"}, {"BFA"}),
        ("Two farmers were wounded in a raid by rebels in Mali on Tuesday.", "ASSAULT", {"MLI"}, None),
        ("니제르에서 차드군의 급습으로 민간인 5명이 숨졌다.", "ASSAULT", {"TCD"}, {"NER"}),
        # negative rows: a raid in which people were arrested or nothing was harmed is no attack of its own
        ("Ghanaian police detained six men in a raid on a warehouse in Accra.", "ASSAULT", None, None),
        ("Ghanaian police detained six men in a raid on a warehouse in Accra.", "COERCE", {"GHA"}, None),
    ],
    "a_spelled_count_above_ten_is_a_count": [
        ("Ghana freed fourteen detained Togolese fishermen on Monday.", "RETREAT", {"GHA"}, None),
        ("Ghana freed fourteen detained Togolese fishermen on Monday.", "COERCE", None, None),
        ("Ghana freed thirty-one detained fishermen on Monday.", "RETREAT", {"GHA"}, None),
        ("Ghana freed thirty-one detained fishermen on Monday.", "COERCE", None, None),
        # negative rows: a word that is no number before the participle keeps its reading
        ("Ghana freed several detained fishermen on Monday.", "RETREAT", {"GHA"}, None),
        ("Ghana said its navy had detained fishermen from Togo.", "RETREAT", None, None),
    ],
}

# (sentence, type, exact acting states, recipients): the relative's antecedent acts alone
DOER_ROWS = {
    "a_relative_progressive's_doer_is_its_antecedent": [
        ("Kenyan President Tom Odera met Ugandan Foreign Minister Ana Ruiz, "
         "who is seeking a summit with Rwanda.", "REQUEST", {"UGA"}, {"RWA"}),
        ("Kenyan President Tom Odera met Ugandan Foreign Minister Ana Ruiz, "
         "who was pressing for talks with Rwanda.", "REQUEST", {"UGA"}, {"RWA"}),
        # negative rows: the past form read so already; the main clause's verb keeps its own subject
        ("Kenyan President Tom Odera met Ugandan Foreign Minister Ana Ruiz, "
         "who sought a summit with Rwanda.", "REQUEST", {"UGA"}, {"RWA"}),
        ("Kenya, which is hosting the forum, is seeking talks with Rwanda.", "REQUEST", {"KEN"}, {"RWA"}),
    ],
}


@pytest.mark.parametrize("sentence, type_, acting, recipients", class_rows(DOER_ROWS))
def test_follow48_relative_doers(sentence, type_, acting, recipients):
    first = first_of(events(sentence, PUB), type=type_)
    receiving = {r.country for r in first.recipients}
    assert {p.country for p in first.participants} - receiving == acting
    assert receiving == recipients


@pytest.mark.parametrize("sentence, type_, actors, recipients", class_rows(ROWS))
def test_follow48_classes(sentence, type_, actors, recipients):
    assert_act(events(sentence, PUB), type_, actors or set(), recipients, None if actors is None else "occurred")


# (sentence, type, the receiving (country, sector) pairs): the target's people receive, whatever other phrase names
# their state
SECTOR_ROWS = {
    "the_target's_people_receive": [
        ("Norway froze the assets of police chiefs over the beating of students in Belarus.", "SANCTION",
         {("BLR", "COP")}),
        ("Sweden froze the assets of judges over the jailing of journalists in Belarus.", "SANCTION", {("BLR", "JUD")}),
        ("스웨덴은 9일 벨라루스에서 벌어진 기자 투옥을 이유로 관리들의 자산을 동결했다.", "SANCTION", {("BLR", "GOV")}),
        # negative rows: a state named inside the target keeps its words' sector; so does a target of no sector
        ("Norway froze the assets of Belarusian students over the beating of police chiefs.", "SANCTION",
         {("BLR", "EDU")}),
        ("Sweden imposed sanctions on Belarus over the jailing of journalists.", "SANCTION", {("BLR", "GOV")}),
    ],
}


@pytest.mark.parametrize("sentence, type_, receiving", class_rows(SECTOR_ROWS))
def test_follow48_sectors(sentence, type_, receiving):
    assert sector_sides(sentence, type_)[1] == receiving


@pytest.mark.parametrize("word, value", [
    ("twelve", 12), ("twenty", 20), ("thirty-one", 31), ("forty two", 42), ("nine", 9), ("a", 1),
    # negative rows: ordinals, two tens, a ten with an article and other words are no spelled number
    ("twelfth", 0), ("twenty-thirty", 0), ("twenty-a", 0), ("several", 0), ("dozens", 0),
])
def test_spelled_numbers(word, value):
    from readout.lang.en.number_words import spelled_number
    assert spelled_number(word) == value

"""plover52 (issue 15, third round): PLOVER classes still astray, one class each, in both languages where the class
exists, with negative rows:

- a plural demonym alone after 'to' ('apologized to Ghanaians') is its state's people, CVL, and receives the act
  (lang/en/act_addressed_demonyms); Korean names the people with a noun and the dative ('가나 국민들에게 사과했다':
  lang/ko/act_addressed_people.dative_people, ko cue addressed_people_noun);
- an accord broken ('broke the agreement', '합의를 어겼다') is a REJECT of the breaker's own commitment that stands with no
  receiving side, its partner receiving when named (en additions break/breach + accords, cues accord_breaking_verbs,
  broken_accord_nouns; ko_acts accord + breaking verb pairs, ko kept_accord_nouns, breaking_verbs); a ceasefire broken
  stays the force it is ('broke the truce' ASSAULT);
- relief goods moved by a verb of each CAMEO 073 block are AID in Korean ('식량을 배송했다', '의약품을 실어 날랐다':
  scripts/data/ko_acts_cameo_spec.yaml, lang/ko/act_predicates.serial_first);
- a proposal's meeting under a rejection is no planned meeting ("rejected X's proposal to hold talks": en
  meeting_goal_before_re);
- a passive force on people of one state by a bare state force ('Students in X were beaten by soldiers') is that
  state's force, as in the active (pipeline/act_actor_defaults.own_forces_of_people);
- a titled surname marked former or ousted ('the ousted president X', 'the former president X') fits a holder whose
  tenure ended before the day (kb/resolve.by_partial_name, lang/en/mentions.OUSTED_RE).

Every sentence is our own (invented wording; real states). Published on Thursday 2026-03-12 unless a row says.
"""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import check_class_row, events

PUB = "2026-03-12"

# (sentence, type, acting (country, sector) pairs, receiving pairs): acting None means no occurred event of the type;
# receiving None is not judged
ROWS = {
    "a_plural_demonym_addressed_is_its_states_people": [
        ("The president of Ghana apologized to Ghanaians.", "SUPPORT", {("GHA", "GOV")}, {("GHA", "CVL")}),
        ("The prime minister of Malawi apologized to the Malawians.", "SUPPORT", {("MWI", "GOV")}, {("MWI", "CVL")}),
        ("가나 대통령은 가나 국민들에게 사과했다.", "SUPPORT", {("GHA", "GOV")}, {("GHA", "CVL")}),
        ("말라위 총리는 유권자들에게 사과했다.", "SUPPORT", {("MWI", "GOV")}, {("MWI", "CVL")}),
        # negative rows: another state's leader addressed is that state's; a demonym before a noun heads nothing
        ("가나 대통령은 토고 대통령에게 사과했다.", "SUPPORT", {("GHA", "GOV")}, {("TGO", "GOV")}),
        ("The president of Ghana apologized to Togolese officials.", "SUPPORT", {("GHA", "GOV")}, {("TGO", "GOV")}),
    ],
    "an_accord_broken_is_the_breakers_own_rejection": [
        ("Ghana broke the agreement.", "REJECT", {("GHA", "GOV")}, set()),
        ("Ghana breached the pact with Togo.", "REJECT", {("GHA", "GOV")}, {("TGO", "GOV")}),
        ("가나는 합의를 어겼다.", "REJECT", {("GHA", "GOV")}, set()),
        ("가나는 토고와의 협정을 깼다.", "REJECT", {("GHA", "GOV")}, {("TGO", "GOV")}),
        # another side's reported clause in the perfect alleges the breach, as before the breach was an act (accuse52)
        ("Kenya's president said that Uganda has breached the customs accord.", "ACCUSE", {("KEN", "GOV")},
         {("UGA", "GOV")}),
        # negative rows: a ceasefire broken is force, no REJECT; an accord kept is nothing
        ("Ghana broke the truce with Togo.", "ASSAULT", {("GHA", "GOV")}, {("TGO", "GOV")}),
        ("Ghana broke the truce with Togo.", "REJECT", None, None),
        ("가나는 휴전 합의를 어겼다.", "REJECT", None, None),
        ("Ghana honored the agreement.", "REJECT", None, None),
        ("가나는 합의를 지켰다.", "REJECT", None, None),
    ],
    "relief_moved_by_a_cameo_073_verb_is_aid_in_korean": [
        ("칠레는 페루에 식량을 배송했다.", "AID", {("CHL", "GOV")}, {("PER", "GOV")}),
        ("칠레는 페루에 의약품을 실어 날랐다.", "AID", {("CHL", "GOV")}, {("PER", "GOV")}),
        ("칠레는 페루에 생필품을 배포했다.", "AID", {("CHL", "GOV")}, {("PER", "GOV")}),
        ("칠레는 페루에 구호물자를 투하했다.", "AID", {("CHL", "GOV")}, {("PER", "GOV")}),
        ("Chile shipped food to Peru.", "AID", {("CHL", "GOV")}, {("PER", "GOV")}),
        # negative rows: troops or prisoners moved are no relief
        ("칠레는 페루에 병력을 실어 날랐다.", "AID", None, None),
        ("칠레는 포로들을 페루에 이송했다.", "AID", None, None),
    ],
    "a_bare_force_in_a_passive_on_a_states_people_is_that_states": [
        ("Students in Peru were beaten by soldiers.", "ASSAULT", {("PER", "MIL")}, {("PER", "EDU")}),
        ("Farmers in Chile were detained by police.", "COERCE", {("CHL", "COP")}, {("CHL", "AGR")}),
        ("칠레 시위대가 경찰에 체포됐다.", "COERCE", {("CHL", "COP")}, {("CHL", "CVL")}),
        # negative rows: a force of another state named acts as that state's; people of two states give no one
        ("Students in Peru were detained by Chilean police.", "COERCE", {("CHL", "COP")}, {("PER", "EDU")}),
        ("Students in Peru and Chile were detained by police.", "COERCE", None, None),
    ],
    "a_proposals_meeting_under_a_rejection_is_no_plan": [
        ("Norway rejected Sweden's proposal to hold talks.", "CONSULT", None, None),
        ("Norway rejected Sweden's proposal to hold talks.", "REJECT", {("NOR", "GOV")}, {("SWE", "GOV")}),
        ("Norway turned down Finland's proposal to resume talks in Oslo.", "CONSULT", None, None),
        ("노르웨이는 스웨덴의 회담 개최 제안을 거부했다.", "CONSULT", None, None),
        # negative row: talks the two will hold are planned
        ("Norway and Sweden will hold talks next week.", "CONSULT", {("NOR", "GOV"), ("SWE", "GOV")}, None),
    ],
}


@pytest.mark.parametrize("sentence, type_, acting, receiving", class_rows(ROWS))
def test_plover52_classes(sentence, type_, acting, receiving):
    check_class_row(sentence, PUB, type_, acting, receiving)


# (sentence, published, type, receiving pairs or None for no event of the type): a leader named by a title marked
# former or ousted is found after his tenure ended, the day after the coup
HOLDER_ROWS = {
    "a_former_or_ousted_title_fits_a_holder_whose_tenure_ended": [
        ("Soldiers detained the ousted president Bazoum.", "2023-07-27", "COERCE", {("NER", "GOV")}),
        ("Soldiers detained the former president Bazoum.", "2023-07-27", "COERCE", {("NER", "ELI")}),
        ("니제르 군부는 바줌 전 대통령을 구금했다.", "2023-07-27", "COERCE", {("NER", "GOV")}),
        # negative rows: a verb before the title ousts a sitting holder (his state, GOV, on the day); a bare title a
        # day after the tenure finds no one (he is not the sitting president)
        ("Soldiers toppled President Bazoum.", "2023-07-26", "ASSAULT", {("NER", "GOV")}),
        ("Soldiers detained President Bazoum.", "2023-07-27", "COERCE", None),
    ],
}


@pytest.mark.parametrize("sentence, published, type_, receiving", class_rows(HOLDER_ROWS))
def test_plover52_former_holders(sentence, published, type_, receiving):
    found = [e for e in events(sentence, published) if e.type == type_ and e.status == "occurred"]
    if receiving is None:
        assert not found, [(e.type, [r.country for r in e.recipients]) for e in found]
        return
    assert found, [(e.type, [p.country for p in e.participants]) for e in events(sentence, published)]
    assert {(p.country, p.sector) for p in found[0].recipients} == receiving

"""English act sides and statuses: appeals to collectives, conditional threats, clashes, forces on alert.
- an appeal joined by 'and' to an earlier act whose own addressee is a collective with no state ('condemned X and
  urged its partners to', 'and called on the international community to') asks no state: it neither takes the first
  verb's object (act_recipients.receiving_side) nor its addressee (act_shared_objects.shared_addressee), `own_addressee`;
- a future hostile act stated under a condition ('said it would impose sanctions on X if/unless ...') is a threat made
  as it is reported: THREATEN, occurred (act_conditional); an announced measure with no condition stays planned;
- clashes or fighting between two states' forces named as a noun are their reciprocal ASSAULT (both act and receive);
- forces put on alert in the passive, and an official of no state reporting it (the dateline's state);
- the doer of a condemned attack told after its target and a comma ('which it blamed on Y', ', carried out by Y');
- 'It' after a statement reporting another side's deed is the statement's voice;
- a recalled clause ('a day after X shelled Y') gives no doer to the main clause's deed.

Formerly tests/lang/test_en_sides36.py; classes first read as "English act sides and statuses, session 23 (en36), on
our own sentences" (docs/history.md)."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


def has(text: str, kind: str, actors: set[str], recipients: set[str] | None) -> bool:
    """Whether an event of `kind` with these actors (and recipients, unless None) was read from `text`."""
    return any(set(a) == actors and (recipients is None or set(r) == recipients) for a, r in sides(text, kind))


@pytest.mark.parametrize("text, actor, judged", [
    ("Peru condemned Chile and urged its partners to stop supplying it with weapons.", "PER", "CHL"),
    ("Peru condemned Chile and urged Chile's partners to stop supplying it with weapons.", "PER", "CHL"),
    ("Kenya condemned Somalia and called on the international community to act.", "KEN", "SOM"),
    ("Norway criticized Iran and urged its allies to halt arms deliveries.", "NOR", "IRN"),
    ("Gabon condemned Chad and called on donors to suspend aid.", "GAB", "TCD"),
])
def test_a_second_appeal_to_a_collective_asks_no_state(text, actor, judged):
    assert has(text, "ACCUSE", {actor}, {judged}), sides(text, "ACCUSE")
    assert not any(judged in r for _a, r in sides(text, "REQUEST")), sides(text, "REQUEST")


@pytest.mark.parametrize("text, actor, asked", [
    # a named state after the second verb is still asked
    ("Peru condemned Chile and urged Bolivia to stop supplying it with weapons.", "PER", "BOL"),
    # an appeal with no addressee of its own still shares the first verb's ('demanded X halt ..., and warned')
    ("Kenya urged Somalia to halt the raids and called for restraint.", "KEN", "SOM"),
])
def test_a_second_appeal_with_a_state_or_no_addressee_keeps_it(text, actor, asked):
    assert has(text, "REQUEST", {actor}, {asked}), sides(text, "REQUEST")


@pytest.mark.parametrize("text, actor, threatened", [
    ("Russia said it would retaliate unless Finland halted the deployment.", "RUS", "FIN"),
    ("Turkey said it would retaliate against Greece if the drills went ahead.", "TUR", "GRC"),
    ("China said it would impose sanctions on Lithuania if Vilnius did not reverse the decision.", "CHN", "LTU"),
    ("Unless Chile withdraws its ships, Peru will cut ties with Santiago.", "PER", "CHL"),
])
def test_a_conditional_hostile_intent_is_an_occurred_threat(text, actor, threatened):
    evs = [e for e in events(text) if e.type == "THREATEN"
           and (actor is None or actor in [p.country for p in e.participants])]
    assert any(threatened in [r.country for r in e.recipients] and e.status == "occurred" for e in evs), \
        [(e.type, e.status, [p.country for p in e.participants], [r.country for r in e.recipients]) for e in evs]


@pytest.mark.parametrize("text, kind", [
    # an announced measure with no condition is a plan, not a threat
    ("Japan said it would impose tariffs on Chinese steel from April.", "SANCTION"),
    ("Canada said it would impose sanctions on Iranian officials next week.", "SANCTION"),
])
def test_an_announced_measure_stays_planned(text, kind):
    evs = events(text)
    assert any(e.type == kind and e.status == "planned" for e in evs), [(e.type, e.status) for e in evs]
    assert not any(e.type == "THREATEN" for e in evs)


@pytest.mark.parametrize("text", [
    # a hostile act inside the condition is no threat; nor is a negated intent
    "If Chad imposes sanctions on Gabon, talks will resume.",
    "Peru said it would not impose sanctions on Chile unless talks failed.",
])
def test_no_threat_from_a_condition_or_a_negated_intent(text):
    assert not sides(text, "THREATEN"), sides(text, "THREATEN")


# armed clashes named as a noun or gerund with the parties after 'between' ('clashes broke out between A and B
# troops', 'fighting between A and B forces'): both fight, as "A and B troops clashed" reads and the manual codes a
# reciprocal event (act_noun_agents.between_parties/reciprocal_noun), each side the other's target (clash49)
@pytest.mark.parametrize("text, parties", [
    ("Clashes broke out between Armenian and Azerbaijani troops near the border on Tuesday.", {"ARM", "AZE"}),
    ("Heavy clashes erupted between Indian and Chinese soldiers in the valley.", {"IND", "CHN"}),
    ("Fighting broke out between Sudanese and Chadian forces near the border.", {"SDN", "TCD"}),
    ("Skirmishes between Kyrgyz and Tajik border guards left two dead on Wednesday.", {"KGZ", "TJK"}),
    ("A skirmish between Peruvian and Ecuadorian soldiers was reported near the river.", {"PER", "ECU"}),
])
def test_clashes_between_two_states_forces_are_their_mutual_assault(text, parties):
    assert has(text, "ASSAULT", parties, parties), sides(text, "ASSAULT")


@pytest.mark.parametrize("text, actor, target", [
    # one side clashing with the other: the other fights back, so both act and receive (clash49)
    ("Armenian troops clashed with Azerbaijani forces near the border on Tuesday.", "ARM", "AZE"),
])
def test_a_clash_with_a_side_is_fought_both_ways(text, actor, target):
    assert has(text, "ASSAULT", {actor, target}, {actor, target}), sides(text, "ASSAULT")


def test_fighting_with_no_parties_named_is_no_event():
    assert not sides("The fighting near the capital continued on Monday.", "ASSAULT")


# forces put on alert: 'put' after a form of 'be' is its participle, so 'troops were put on alert' is the passive
# 'were placed' is (act_clause.unchanged_participle); put/placed on any grade of alert; an official of no state
# reporting it speaks for the dateline's state, as a bare ministry does (home_forces_frame_re)
@pytest.mark.parametrize("text, actor", [
    ("Poland put its air defences on heightened alert on Sunday.", "POL"),
    ("Romania put its navy on full alert after the launch.", "ROU"),
    ("RIGA (Reuters) - An official said the air force was put on alert.", "LVA"),
    ("RIGA (Reuters) - A military spokesman said troops had been put on high alert on Sunday.", "LVA"),
    ("RIGA (Reuters) - The defence ministry said the air force had been put on alert.", "LVA"),
    ("Finland's border guard was put on alert on Monday.", "FIN"),
])
def test_forces_put_on_alert_are_mobilized_by_their_state(text, actor):
    assert has(text, "MOBILIZE", {actor}, None), sides(text, "MOBILIZE")


@pytest.mark.parametrize("text, wrong", [
    # the forces of another state reported by an official are not the dateline's
    ("RIGA (Reuters) - An official said Russian troops were put on alert near the border.", "LVA"),
])
def test_another_states_forces_on_alert_are_not_the_reporters(text, wrong):
    assert not has(text, "MOBILIZE", {wrong}, None), sides(text, "MOBILIZE")


@pytest.mark.parametrize("text", [
    "Hospitals were put on high alert after the quake.",
    "The plan was put to a vote on Monday.",
])
def test_no_force_put_on_alert_is_no_mobilization(text):
    assert not sides(text, "MOBILIZE"), sides(text, "MOBILIZE")


# the doer of a condemned attack told after its target phrase and a comma ('the attack on X's embassy, which it
# blamed on Y', 'the strike on the town, carried out by Y's drones'): the condemnation accuses Y, not the victim
# (act_ascribed.ascribed_agent; act_answers.answered_doer for an answered noun)
@pytest.mark.parametrize("text, judge, doer", [
    ("Egypt condemned the attack on Kenya's embassy, which it blamed on Somalia.", "EGY", "SOM"),
    ("Ghana condemned the attack on Togo's embassy in the capital, which it blamed on Burkinabe militants.", "GHA",
     "BFA"),
    ("Poland condemned the strike on the Lithuanian village, carried out by Belarusian drones.", "POL", "BLR"),
    ("Japan condemned the attack on the Philippine vessel, carried out by Chinese coast guard ships.", "JPN", "CHN"),
    ("Chile condemned the bombing of the Peruvian consulate, which was attributed to Bolivian rebels.", "CHL", "BOL"),
])
def test_a_condemned_attacks_doer_after_its_target_is_accused(text, judge, doer):
    assert has(text, "ACCUSE", {judge}, {doer}), sides(text, "ACCUSE")


@pytest.mark.parametrize("text, judge, victim", [
    # no link to a doer: the victim's state stays what the sentence gives
    ("Egypt condemned the attack on Kenya's embassy, which killed two guards.", "EGY", "KEN"),
])
def test_no_ascribing_link_no_doer(text, judge, victim):
    assert has(text, "ACCUSE", {judge}, {victim}), sides(text, "ACCUSE")


# 'It' after a statement that reported another side's deed ('X's ministry said Y's drones had struck a refinery. It
# accused Y of ...') goes on with the statement's voice, not with the deed's doer (pipeline act_voices.voice_over_deed)
@pytest.mark.parametrize("text, voice, accused", [
    ("Russia's defence ministry said Ukrainian drones had struck a refinery. It accused Kyiv of terrorism.", "RUS",
     "UKR"),
    ("China's foreign ministry spokesman said the Philippine vessel had rammed a coast guard ship. It also accused "
     "Manila of provocation.", "CHN", "PHL"),
    ("Ecuador said Peruvian troops had crossed the river. It accused Lima of violating the accord.", "ECU", "PER"),
])
def test_it_after_a_reported_deed_is_the_voice(text, voice, accused):
    assert has(text, "ACCUSE", {voice}, {accused}), sides(text, "ACCUSE")


def test_it_after_a_statement_of_the_voice_stays_the_voice():
    text = "Chile condemned Bolivia on Monday. It also urged La Paz to withdraw its troops."
    assert has(text, "REQUEST", {"CHL"}, {"BOL"}), sides(text, "REQUEST")


# a deed of the main clause never takes its doer from a recalled clause of the same sentence ('a day after X shelled
# Y', 'following X's attack on Y'): the recalled clause is set apart as a condition is (act_recalled_clauses.recalled_apart),
# and an offense told there is not the main deed's doer (pipeline act_actor_defaults.offense_set_apart)
@pytest.mark.parametrize("text, recalled", [
    ("A day after Russia attacked the port, the strikes hit Kharkiv on Tuesday.", "RUS"),
    ("Days after Russia shelled Odesa, missiles hit the city of Kharkiv on Friday.", "RUS"),
    ("The missiles struck Kharkiv on Friday, two days after Russia shelled Odesa.", "RUS"),
    ("Following Iran's attack on the base, the drones hit the airfield in Erbil on Monday.", "IRN"),
])
def test_a_recalled_clause_gives_no_doer_to_the_main_deed(text, recalled):
    evs = [e for e in events(text) if e.type == "ASSAULT"]
    assert len([e for e in evs if recalled in [p.country for p in e.participants]]) <= 1, \
        [([p.country for p in e.participants], [r.country for r in e.recipients]) for e in evs]


@pytest.mark.parametrize("text, actor", [
    # the recalled deed keeps its own doer
    ("The strikes hit the power plant on Tuesday, a day after Israel attacked Beirut.", "ISR"),
])
def test_the_main_and_the_recalled_deed_keep_their_own_doers(text, actor):
    assert any(actor in a for a, _ in sides(text, "ASSAULT")), sides(text, "ASSAULT")

"""(relclause53, issue 13) Relative and embedded clauses read right, in both languages:
1. a day closing a restrictive 'who' clause on the subject dates that clause's act, not the main verb after it
   ('월요일 ... 만난 장관은 ... 발표했다' read so already);
2. a people subject's restrictive relative clause ('Gunmen who stormed a village killed ...') is no subject of the main
   verb: the gunmen kill, as '마을을 습격한 무장괴한들이 ... 살해했다' reads;
3. a past-perfect 'which' / 'who' clause after a comma on a people or body noun ('the Syrian army, which had shelled a
   town,') is that head's own earlier deed, as '[마을을 포격했던] 시리아군은' is;
4. 'alleged that B had shelled a post' keeps B's ASSAULT beside the charge, as 'claimed that' and '주장했다' do; a charge
   its doer denies in a gapped relative ('..., a charge B denied') is B's REJECT, and the deed goes (force59);
5. a relative's recalled deed and the main clause's deed of its type on another side are two acts, in both languages;
   a Korean head '가나군은' (군 tagged a bound noun) is a named head as '가나군이' is;
6. Korean '[자국 대사를 추방했던] B를 규탄했다': a pair's noun is the clause's own object, so B did it (not the sentence's
   subject, relclause52's gap reading), dated as a recall as English 'B, which had expelled its ambassador' is."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 3, 18)  # a Wednesday
MONDAY = date(2026, 3, 16)


def events_of(text: str) -> list:
    return extract_text(text, published=DAY).events


def sides(event) -> tuple[set[str], set[str]]:
    return {e.country for e in event.participants}, {e.country for e in event.recipients}


def typed(events, kind: str) -> list:
    return [e for e in events if e.type == kind]


# sentence, the relative clause's act and its day, the main act and its day
DATED = [
    ("The Ghanaian minister who met the Togolese envoy on Monday announced sanctions on Burkina Faso.",
     "CONSULT", MONDAY, "SANCTION", DAY),
    ("The Ghanaian minister who met the Togolese envoy on Monday imposed sanctions on Burkina Faso.",
     "CONSULT", MONDAY, "SANCTION", DAY),
    ("The Ghanaian minister, who met the Togolese envoy on Monday, announced sanctions on Burkina Faso.",
     "CONSULT", MONDAY, "SANCTION", DAY),
    ("월요일 토고 특사를 만난 가나 장관은 부르키나파소에 대한 제재를 발표했다.", "CONSULT", MONDAY, "SANCTION", DAY),
    # guard: a day after the main verb dates the main verb ('announced ... on Monday')
    ("The Ghanaian minister who met the Togolese envoy announced sanctions on Burkina Faso on Monday.",
     "CONSULT", None, "SANCTION", MONDAY),
]


@pytest.mark.parametrize("text,inner,inner_day,main,main_day", DATED)
def test_a_day_inside_a_subject_relative_dates_its_own_act(text, inner, inner_day, main, main_day):
    events = events_of(text)
    told, own = typed(events, main), typed(events, inner)
    assert told and own, [(e.type, e.date) for e in events]
    assert told[0].date == main_day
    if inner_day is not None:
        assert own[0].date == inner_day


# sentence, doer, harmed state
RELATIVE_SUBJECTS = [
    ("Gunmen who stormed a village killed four Nigerien soldiers.", "NER", "NER"),
    ("Gunmen who were hiding in a forest killed four Nigerien soldiers.", "NER", "NER"),
    ("Gunmen, who raided a market, killed four Nigerien soldiers.", "NER", "NER"),
    ("Militants who attacked a checkpoint shot three Beninese policemen.", "BEN", "BEN"),
    ("숲에 숨어 있던 무장괴한들이 니제르 군인 4명을 살해했다.", "NER", "NER"),
    ("Gunmen killed four Nigerien soldiers.", "NER", "NER"),  # guard: no relative clause
]


@pytest.mark.parametrize("text,doer,harmed", RELATIVE_SUBJECTS)
def test_a_people_subjects_relative_clause_leaves_the_people_the_doers(text, doer, harmed):
    attacks = typed(events_of(text), "ASSAULT")
    assert attacks and sides(attacks[0]) == ({doer}, {harmed}), [(e.type, sides(e)) for e in attacks]


def test_an_object_relative_keeps_its_own_subject_inside():
    """Guard (relobj47): 'The militia, which Benin's army trains, attacked X': the clause has a subject of its own, so it
    is no subject relative stepped over to the militia; Benin, named only inside it, does not attack."""
    attacks = typed(events_of("The militia, which Benin's army trains, attacked a Togolese village."), "ASSAULT")
    assert all("BEN" not in sides(e)[0] for e in attacks)


def test_that_after_a_people_object_opens_what_was_said_not_a_relative():
    """Guard: 'told the soldiers that militants had killed': 'that' is no relative pronoun of the soldiers; the militants
    kill (only 'who'/'which' are read as relative pronouns)."""
    attacks = typed(events_of("Benin told its soldiers that militants had killed six Beninese policemen."), "ASSAULT")
    assert attacks and sides(attacks[0]) == ({"BEN"}, {"BEN"})


# sentence, doer, receiver
BODY_HEADS = [
    ("The Eritrean army, which had shelled an Ethiopian town, withdrew.", "ERI", "ETH"),
    ("The Sudanese rebels, who had attacked a Chadian convoy, retreated.", "SDN", "TCD"),
    ("Djibouti condemned the Eritrean army, which had shelled a Djiboutian town.", "ERI", "DJI"),
    ("에티오피아 마을을 포격했던 에리트레아 군대는 철수했다.", "ERI", "ETH"),
    ("에티오피아 마을을 포격했던 에리트레아군은 철수했다.", "ERI", "ETH"),  # 군/NNB before 은
    ("에티오피아 마을을 포격한 에리트레아군은 철수했다.", "ERI", "ETH"),
    ("Eritrea, which had shelled an Ethiopian town, withdrew its troops.", "ERI", "ETH"),  # guard: a name (dates62)
]


@pytest.mark.parametrize("text,doer,receiver", BODY_HEADS)
def test_a_body_heads_past_perfect_relative_is_its_own_earlier_deed(text, doer, receiver):
    attacks = typed(events_of(text), "ASSAULT")
    assert attacks and sides(attacks[0]) == ({doer}, {receiver}), [(e.type, sides(e)) for e in events_of(text)]
    assert attacks[0].date is None or attacks[0].date < DAY  # a recall: never the story's day


THINGS = [
    "The talks, which had angered Eritrea, collapsed.",  # a thing's clause: no doer
    "The village, which had been shelled by Eritrea, was empty.",  # a passive: the head suffered it
]


@pytest.mark.parametrize("text", THINGS)
def test_a_things_relative_gives_no_deed_of_its_head(text):
    assert not typed(events_of(text), "ASSAULT") and not typed(events_of(text), "ACCUSE")


# sentence: the charge and the alleged deed, both languages
ALLEGED = [
    "Ghana alleged that Togo had shelled a Ghanaian border post.",
    "Ghana alleged that Togo had shelled its border post.",
    "Ghana claimed that Togo had shelled a Ghanaian border post.",
    "Ghana alleged that Togo shelled a Ghanaian border post.",
    "가나는 토고가 가나 국경 초소를 포격했다고 주장했다.",
]


@pytest.mark.parametrize("text", ALLEGED)
def test_a_deed_alleged_in_the_past_perfect_keeps_its_event(text):
    events = events_of(text)
    charge, attack = typed(events, "ACCUSE"), typed(events, "ASSAULT")
    assert charge and sides(charge[0]) == ({"GHA"}, {"TGO"}), [(e.type, sides(e)) for e in events]
    assert attack and sides(attack[0]) == ({"TGO"}, {"GHA"}), [(e.type, sides(e)) for e in events]
    assert attack[0].date == DAY  # a report's shifted tense, no recall (dates61), as after 'claimed that'


def test_an_alleged_threat_stays_the_charges_content():
    """Guard (charges52): a verbal deed alleged is the charge's ground, no event, whatever the tense."""
    events = events_of("Ghana alleged that Togo had threatened to attack it.")
    assert typed(events, "ACCUSE") and not typed(events, "THREATEN")


DENIED = [
    "Ghana alleged that Togolese soldiers had fired on its fishing boats, a charge Togo denied.",
    "Ghana alleged that Togolese soldiers fired on its fishing boats, but Togo denied the charge.",
    "Ghana said Togolese soldiers fired on its fishing boats, an allegation Togo denied.",
]


@pytest.mark.parametrize("text", DENIED)
def test_a_deed_its_doer_denies_is_only_the_charge(text):
    events = events_of(text)
    assert typed(events, "ACCUSE") and not typed(events, "ASSAULT"), [(e.type, sides(e)) for e in events]
    denial = typed(events, "REJECT")
    assert denial and sides(denial[0]) == ({"TGO"}, {"GHA"})


def test_korean_denied_fire_is_only_the_charge():
    events = events_of("가나는 토고군이 가나 초소에 발포했다고 주장했으나 토고는 이를 부인했다.")
    assert typed(events, "ACCUSE") and not typed(events, "ASSAULT")


def test_a_denial_verb_with_its_own_object_is_read_as_before():
    """Guard: 'Togo denied the charge' is the lexicon's REJECT; no fronted noun, nothing more."""
    events = events_of("Togo denied the charge.")
    assert len(typed(events, "REJECT")) <= 1


# sentence: the recalled deed's receiver, the main deed's receiver (both by the head's state)
TWO_DEEDS = [
    ("Togo, which had attacked a Ghanaian village, attacked a Beninese village.", "GHA", "BEN"),
    ("The Togolese army, which had attacked a Ghanaian village, attacked a Beninese village.", "GHA", "BEN"),
    ("가나 마을을 공격했던 토고군이 베냉 마을을 공격했다.", "GHA", "BEN"),
    ("가나 마을을 공격했던 토고군은 베냉 마을을 공격했다.", "GHA", "BEN"),
]


@pytest.mark.parametrize("text,recalled,told", TWO_DEEDS)
def test_a_recalled_relative_deed_and_the_main_deed_are_two_acts(text, recalled, told):
    attacks = typed(events_of(text), "ASSAULT")
    assert {frozenset(sides(e)[1]) for e in attacks} == {frozenset({recalled}), frozenset({told})}
    assert all(sides(e)[0] == {"TGO"} for e in attacks)


def test_one_deed_told_again_on_the_same_side_stays_one():
    """Guard: the same side struck again in the main clause is one act of the sentence (no recall apart)."""
    attacks = typed(events_of("가나 마을을 공격했던 토고군은 가나 마을을 또 공격했다."), "ASSAULT")
    assert len(attacks) == 1


# sentence, the relative's doer, its receiver, whether it is dated as a recall
GOVERNED = [
    ("토고는 자국 대사를 추방했던 베냉을 규탄했다.", "BEN", "TGO", True),
    ("토고는 니제르 대사를 추방했던 베냉을 규탄했다.", "BEN", "NER", True),
    ("Togo condemned Benin, which had expelled its ambassador.", "BEN", "TGO", True),
    ("Togo condemned Benin, which had expelled a Nigerien ambassador.", "BEN", "NER", True),
    ("토고는 자국 외교관을 추방한 베냉에 항의했다.", "BEN", "TGO", False),  # guard: a plain past (relatives65)
]


@pytest.mark.parametrize("text,doer,receiver,recalled", GOVERNED)
def test_a_pair_nouns_object_makes_the_governed_head_the_doer(text, doer, receiver, recalled):
    events = events_of(text)
    expel = typed(events, "SANCTION")
    assert expel and sides(expel[0]) == ({doer}, {receiver}), [(e.type, sides(e)) for e in events]
    assert typed(events, "ACCUSE") and sides(typed(events, "ACCUSE")[0]) == ({"TGO"}, {"BEN"})
    assert (expel[0].date < DAY) == recalled


def test_a_gap_relative_on_the_object_is_still_the_subjects_deed():
    """Guard (relclause52): a clause with neither subject nor object of its own is the sentence's subject's deed."""
    events = events_of("칠레는 억류했던 페루 국경경비대원 2명을 기소했다.")
    arrest = typed(events, "COERCE")
    assert arrest and sides(arrest[0]) == ({"CHL"}, {"PER"})

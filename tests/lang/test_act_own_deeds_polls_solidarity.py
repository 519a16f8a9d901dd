"""Acts in both languages (welcome49): SUPPORT misread on deeds defended, polls, solidarity and welcomed accords.

1. a side defending a deed of its own ('defended the operation', 'defends its decision to strike', '정부의 결정을
   옹호했다', '이번 작전을 옹호했다'): self-justification, no SUPPORT (PLOVER's SUPPORT approves another's policy, action
   or self; patterns own_deed_defended_re, ko own_deed_defended_before_re + defend_verb_re). A deed with a named
   owner ('defended Serbia's decision', '세르비아의 결정을 옹호했다') stays SUPPORT toward its owner.
2. a share of the public as the subject ('80% of Xians support joining Y', 'most Xians oppose', '국민의 70%가
   반대했다'): an opinion poll's finding, no act (public_share_before_re, settings.public_share_reach_chars).
3. solidarity with a people named by a guarded demonym ('stands with the Georgian people'): the people's state
   receives it, not the speaker (countries.yaml: 'Georgian' counts in a world-news clause, as 'Georgia' does).
4. a welcome of an accord the story told without an event of its own ('The truce, agreed on Monday, took effect. A
   accused B ... C welcomed the truce'): the two sides of the last conflict act told (act_welcomes.conflict_sides).
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, events_of

OCC = "occurred"
DAY = date(2026, 3, 4)


def read(text: str, day: date = DAY):
    return events_of(extract_text(text, published=day))


# 1. a deed of one's own defended: no SUPPORT; another's deed defended: SUPPORT toward its owner
@pytest.mark.parametrize("text, actors, recipients, status", [
    ("Bolivian police stormed the Chilean embassy on Friday and arrested a former minister. Bolivia's foreign minister "
     "defended the raid, saying there was a real risk he would flee.", {"BOL"}, None, None),
    ("Peru's defence minister on Monday defended the operation against the Ecuadorian fishing fleet.", {"PER"}, None,
     None),
    ("Israel's prime minister defended his decision to strike targets in Lebanon, his office said on Tuesday.",
     {"ISR"}, None, None),
    ("The Nigerian government defended its crackdown on the protests in a statement on Tuesday.", {"NGA"}, None, None),
    ("볼리비아 경찰은 지난 5일 칠레 대사관에 진입해 전 장관을 체포했다. 칠레는 볼리비아와 단교했다. 볼리비아 외교부 장관도 "
     "도주 위험이 있었다며 정부의 결정을 옹호했다.", {"BOL"}, None, None),
    ("볼리비아 외교부 장관은 전날 기자회견에서 이번 작전을 옹호했다.", {"BOL"}, None, None),
    # negatives: the deed is another's
    ("Hungary's foreign minister defended Serbia's decision to buy Chinese fighter jets on Monday.", {"HUN"}, {"SRB"},
     OCC),
    ("헝가리 외무장관은 지난주 기자들에게 세르비아의 결정을 옹호했다.", {"HUN"}, {"SRB"}, OCC),
])
def test_own_deed_defended_is_no_support(text, actors, recipients, status):
    assert_act(read(text), "SUPPORT", actors, recipients, status)


# 2. a share of the public polled: no act; a state's own stance stays
@pytest.mark.parametrize("text, kind, actors, recipients, status", [
    ("Opinion polls have long shown that about 75% of Moldovans support joining the European Union.", "SUPPORT",
     {"MDA"}, None, None),
    ("Nearly 70% of Serbians oppose NATO membership, a survey published on Monday found.", "REJECT", {"SRB"}, None,
     None),
    ("A majority of voters in Iceland back joining the bloc, according to a new poll.", "SUPPORT", {"ISL"}, None,
     None),
    ("Most Armenians support closer ties with the European Union, a Gallup survey said.", "SUPPORT", {"ARM"}, None,
     None),
    ("최근 여론조사에서 세르비아 국민의 70%가 나토 가입에 반대했다고 현지 언론이 전했다.", "REJECT", {"SRB"}, None, None),
    # negatives: a government's stance
    ("Germany supports Ukraine's bid to join the European Union, the chancellor said on Monday.", "SUPPORT", {"DEU"},
     {"UKR"}, OCC),
    ("독일 정부는 우크라이나의 유럽연합 가입을 지지한다고 대변인이 기자회견에서 밝혔다.", "SUPPORT", {"DEU"}, {"UKR"}, OCC),
])
def test_public_share_is_no_act(text, kind, actors, recipients, status):
    assert_act(read(text), kind, actors, recipients, status)


# 3. solidarity with a people: the people's state receives it
@pytest.mark.parametrize("text, actors, recipients", [
    ("The United States stands with the Georgian people, the State Department said in a statement.", {"USA"}, {"GEO"}),
    ("Blinken said that the United States stood with the Georgian people.", {"USA"}, {"GEO"}),
    ("France stood with the Armenian people, the French president said on Monday.", {"FRA"}, {"ARM"}),
    ("미국 국무부는 성명에서 미국은 조지아 국민과 함께할 것이라고 밝혔다.", {"USA"}, {"GEO"}),
    ("프랑스 외무부 대변인은 프랑스는 아르메니아 국민과 함께할 것이라고 밝혔다.", {"FRA"}, {"ARM"}),
])
def test_solidarity_with_a_people(text, actors, recipients):
    events = [e for e in read(text) if e.type in ("SUPPORT", "AGREE")]
    assert events, read(text)
    assert actors <= {p.country for p in events[0].participants}
    assert {p.country for p in events[0].recipients} == recipients


def test_georgian_of_the_us_state_is_no_country():
    """A negative: 'Georgian' beside the US state's words stays no country."""
    events = read("Republicans in the Georgian state senate backed the governor's budget on Tuesday.")
    assert not any("GEO" in {p.country for p in (*e.participants, *e.recipients)} for e in events), events


# 4. a welcomed accord the story told without an event: the two sides of the conflict
@pytest.mark.parametrize("text, actors, recipients", [
    ("SOFIA, March 4 (AFP) - Serbia accused Kosovo on Wednesday of violating a truce.\n\nThe truce, agreed on Monday "
     "at talks in Vienna, took effect at midnight.\n\nKosovo rejected the allegation.\n\nTurkish Foreign Ministry "
     "spokesman Oncu Keceli told reporters in Ankara that Turkey welcomed the truce.", {"TUR"}, {"SRB", "XKX"}),
    ("Armenia accused Azerbaijan of shelling border villages. Azerbaijan denied the charge.\n\n"
     "France welcomed the truce.", {"FRA"}, {"ARM", "AZE"}),
    ("인도 군은 파키스탄 초소를 포격했고 파키스탄은 인도를 비난했다. 양측은 앞서 튀르키예 중재로 휴전에 잠정 합의한 것으로 "
     "알려졌다. 일본 외무성 대변인은 기자회견에서 휴전 합의를 환영했다.", {"JPN"}, {"IND", "PAK"}),
    # negative: no conflict told, no side
    ("Protests continued in the capital on Monday.\n\nFrance welcomed the truce.", {"FRA"}, set()),
])
def test_welcomed_accord_goes_to_the_conflict_sides(text, actors, recipients):
    assert_act(read(text), "SUPPORT", actors, recipients, OCC)


# 5. a welcome dated only by the story is no earlier than the latest act the story told of the sides it praises
@pytest.mark.parametrize("text, day", [
    ("SOFIA, March 4 (AFP) - Serbia accused Kosovo on Wednesday of violating a truce.\n\nThe truce, agreed on Monday "
     "at talks in Vienna, took effect at midnight.\n\nKosovo rejected the allegation.\n\nTurkish Foreign Ministry "
     "spokesman Oncu Keceli told reporters in Ankara that Turkey welcomed the truce.", date(2026, 3, 4)),
    # negatives: the welcome's own day, and a welcome told right after the accord with nothing later
    ("Serbia accused Kosovo on Wednesday of violating a truce.\n\nThe truce was agreed on Monday at talks in Vienna."
     "\n\nKosovo rejected the allegation.\n\nTurkey welcomed the truce on Tuesday.", date(2026, 3, 3)),
    ("Armenia and Azerbaijan agreed to a ceasefire on Monday after talks in Oslo. Japan welcomed the ceasefire.",
     date(2026, 3, 2)),
])
def test_welcome_day_not_before_the_praised_sides_last_act(text, day):
    support = [e for e in read(text) if e.type == "SUPPORT"]
    assert support and support[0].date == day, [(e.type, e.date) for e in read(text)]

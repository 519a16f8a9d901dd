"""Acts in both languages: welcomed deeds and accords, pairs after the asked deed, trade white lists, condemned deals.

1. a welcome of a deed named by a noun with no owner ('welcomed the move', 'hailed the decision', '이번 조치를
   환영했다', or with no object at all: '곧바로 환영 입장을 냈다') praises the doer of the last deed the story told,
   other than the welcomer; what was said of the deed
   (a rejection, a condemnation) is no deed (lang/en/act_welcomed, lang/ko/act_welcomes.welcomed_deeds,
   pipeline/act_welcomes; cues welcoming_verbs, welcomed_deeds, welcomed_deed_noun);
2. a welcome of an accord ('welcomed the ceasefire', 'the deal', '휴전 합의를 환영했다') praises the parties of the last
   accord the story told (welcomed_deeds ...=AGREE, welcomed_accord_noun).
3. an appeal whose pair is named after what it asks ('called for restraint from both countries', 'urged calm on both
   sides', '양측의 자제를 촉구했다') asks both sides of the conflict told, not only the one that struck
   (act_open_appeals.pair_source, cue pair_source_prepositions; lang/ko/act_appeals._owner_parties).
4. a state dropped from another's list of trusted or preferred trading partners, or stripped of its preferential
   trade status ('removed X from its white list', 'stripped X of its preferential trade status', '화이트리스트에서
   제외했다'): SANCTION 'discontinue' at the state dropped (entries remove/drop/exclude/strip); a negative list
   ('removed X from its blacklist') is no sanction.
5. a verb after 'but' with no subject of its own, after a clause a verb of saying reports ('X said the matter was
   closed, but warned that ...'): X acts (clauses.reported_before_but, pattern reported_but_re); a 'but' clause
   with its own subject keeps it. Korean shares the topic across -지만 already (guard row).
6. a condemnation of an accord named by 'the deal', 'the agreement', 'the accords' ('이 합의를 규탄했다', '협정을
   비난했다') judges the parties of the last accord the story told, as 'the pact' does (answered_kinds deal=AGREE;
   ko answered_accord, act_judged_kinds.answered_kind "accord").
An owner named in the object ('welcomed Norway's decision') is read from the clause as before, and a welcome with no
deed told before keeps no receiving side.

Formerly tests/lang/test_acts_en41.py; classes first read as "English act classes read by the en41 session, with
sentences of our own (states and people outside the eval sets and the open batches), a Korean row where the class
exists in Korean too" (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, events_of

OCC = "occurred"
DAY = date(2026, 3, 4)


def read(text: str, day: date = DAY):
    return events_of(extract_text(text, published=day))


# 1. a welcomed deed's doer receives the SUPPORT
@pytest.mark.parametrize("text, actors, recipients", [
    ("Norway imposed sanctions on Belarus on Monday. Belarus rejected the move as illegal.\n\n"
     "Poland's foreign minister welcomed the decision.", {"POL"}, {"NOR"}),
    ("Canada on Tuesday froze the assets of three Nicaraguan officials. Nicaragua called the measure hostile.\n\n"
     "Costa Rica welcomed the move, its foreign ministry said.", {"CRI"}, {"CAN"}),
    ("Norway imposed sanctions on Belarus on Monday. Poland welcomed Norway's decision.", {"POL"}, {"NOR"}),
    ("노르웨이는 2일 벨라루스에 대한 제재를 발표했다. 폴란드 외무부는 이번 조치를 환영했다.", {"POL"}, {"NOR"}),
    ("Uruguay welcomed the move on Friday.", {"URY"}, set()),
    # a Korean welcome with no object at all ('곧바로 환영 입장을 냈다', '환영한다고 밝혔다') welcomes the news told last
    ("노르웨이는 2일 벨라루스에 대한 제재를 발표했다. 폴란드 정부는 곧바로 환영 입장을 냈다.", {"POL"}, {"NOR"}),
    ("노르웨이는 2일 벨라루스에 대한 제재를 발표했다. 폴란드 외무부는 환영한다고 밝혔다.", {"POL"}, {"NOR"}),
    ("우루과이 정부는 5일 오후 기자회견을 열고 환영의 뜻을 밝혔다.", {"URY"}, set()),
])
def test_welcomed_deed_doer(text, actors, recipients):
    assert_act(read(text), "SUPPORT", actors, recipients, OCC)


# 2. a welcomed accord's parties receive it
@pytest.mark.parametrize("text, actors, recipients", [
    ("Chile and Bolivia agreed to a truce on Tuesday. Peru welcomed the ceasefire.", {"PER"}, {"CHL", "BOL"}),
    ("Armenia and Azerbaijan signed a peace deal on Monday in Geneva. Georgia's prime minister hailed the deal as "
     "historic.", {"GEO"}, {"ARM", "AZE"}),
    ("칠레와 볼리비아는 3일 휴전에 합의했다. 페루 정부는 휴전 합의를 환영했다.", {"PER"}, {"CHL", "BOL"}),
])
def test_welcomed_accord_parties(text, actors, recipients):
    assert_act(read(text), "SUPPORT", actors, recipients, OCC)


# 3. a pair named after what an appeal asks: both sides are asked
@pytest.mark.parametrize("text, actors, recipients", [
    ("Chile shelled Peruvian border posts on Monday. The U.N. secretary-general called for \"maximum restraint\" from "
     "both countries, his spokesman said.", {"UNO"}, {"CHL", "PER"}),
    ("Chile shelled Peruvian border posts on Monday. Brazil urged calm on both sides.", {"BRA"}, {"CHL", "PER"}),
    ("Chile shelled Peruvian border posts on Monday. Brazil called for restraint from Chile.", {"BRA"}, {"CHL"}),
    ("칠레군은 2일 페루 국경 초소를 포격했다. 브라질 외무부는 양측의 자제를 촉구했다.", {"BRA"}, {"CHL", "PER"}),
    ("칠레군은 2일 페루 국경 초소를 포격했다. 브라질 외무부는 페루의 자제를 촉구했다.", {"BRA"}, {"PER"}),
])
def test_pair_named_after_the_asked_deed(text, actors, recipients):
    assert_act(read(text), "REQUEST", actors, recipients, OCC)


# 4. dropped from a list of privileged trading partners: SANCTION discontinue
@pytest.mark.parametrize("text, actors, recipients, status", [
    ("Chile on Friday removed Peru from its white list of trusted trading partners.", {"CHL"}, {"PER"}, OCC),
    ("Chile drops Peru from trade 'white list'", {"CHL"}, {"PER"}, OCC),
    ("Chile on Friday stripped Peru of its preferential trade status.", {"CHL"}, {"PER"}, OCC),
    ("Chile's cabinet on Friday removed Peru from its list of preferred trading partners.", {"CHL"}, {"PER"}, OCC),
    ("Chile removed Peru from its blacklist on Friday.", set(), None, None),
    ("칠레 정부는 지난달 27일 페루를 수출 우대국 명단인 화이트리스트에서 제외했다.", {"CHL"}, {"PER"}, OCC),
])
def test_dropped_from_trade_white_list(text, actors, recipients, status):
    assert_act(read(text), "SANCTION", actors, recipients, status, None if status is None else "discontinue")


# 5. 'X said ..., but warned': X warns
@pytest.mark.parametrize("text, actors, recipients", [
    ("Chile shelled Peruvian border posts on Monday. Peru's foreign ministry said the matter was closed but warned "
     "that Lima would respond.", {"PER"}, {"CHL"}),
    ("Chile shelled Peruvian border posts on Monday. In a post on X, Peru's mission to the United Nations said \"the "
     "matter is closed,\" but warned that should Chile strike again, the response would be severe.", {"PER"}, {"CHL"}),
    ("Chile shelled Peruvian border posts on Monday. Peru's foreign ministry said the matter was closed, but Bolivia "
     "warned that it would respond.", {"BOL"}, {"CHL"}),
    ("칠레군은 2일 페루 국경 초소를 포격했다. 페루 외무부는 이 문제가 종결됐다고 밝혔지만, 칠레가 다시 공격하면 단호히 "
     "대응하겠다고 경고했다.", {"PER"}, {"CHL"}),
])
def test_said_but_warned(text, actors, recipients):
    assert_act(read(text), "THREATEN", actors, recipients, OCC)


# 6. a condemned deal: its parties
@pytest.mark.parametrize("text, actors, recipients", [
    ("Armenia and Georgia signed a peace deal on Monday. Turkey condemned the deal.", {"TUR"}, {"ARM", "GEO"}),
    ("Armenia and Georgia signed a border agreement on Monday. Turkey's foreign ministry strongly condemned the "
     "agreement.", {"TUR"}, {"ARM", "GEO"}),
    ("아르메니아와 조지아는 2일 평화 협정에 서명했다. 튀르키예는 이 합의를 규탄했다.", {"TUR"}, {"ARM", "GEO"}),
    ("아르메니아와 조지아는 2일 평화 협정에 서명했다. 튀르키예 외무부는 협정을 강하게 비난했다.", {"TUR"}, {"ARM", "GEO"}),
])
def test_condemned_deal_parties(text, actors, recipients):
    assert_act(read(text), "ACCUSE", actors, recipients, OCC)

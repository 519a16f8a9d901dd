"""Warnings and threats stated without a verb of threatening (PLOVER THREATEN; first read by threaten38), with sentences of our own, in both
languages where the class exists in both:

1. a response with every means, or firm, pledged to any act: '가용한 모든 수단을 동원해 대응해 나갈 것' (lang/ko/act_threats,
   cues response_verb, mobilizing_noun, response_means_noun), 'told the envoy that X would respond firmly to any
   act' (lang/en/act_threats.pledged_response): THREATEN by the responding side at the one told, or at the side
   whose deed was told; a response to a disaster threatens no one. A participle warning after a request, 'urged X to
   ..., warning that ...', is aimed at X (act_threats.addressed_warnings).
2. a mistake foretold under a condition: '...한다면 큰 실수가 될 것' (doom_verb 실수+되다): THREATEN at the condition's
   subject; a mistake told as past is none.
3. what any attack will bring: 'any attack by X will meet a swift response', 'will result in the end of the regime',
   '...의 어떠한 공격도 즉각적인 대응에 직면할 것': THREATEN by the speakers at the attack's author, and no ASSAULT
   (act_context.any_instance reads 'any missile attack' as the noun it is).
4. forces declared targets: 'X's soldiers would become legitimate military targets' (act_threats.declared_targets),
   '...한다면 정당한 공격 목표가 될 것' (read already: guard row).
5. arming a third side not ruled out in answer to another side's deed: '[B군의] 파병과 관련해 ... 무기 지원도 배제하지
   않겠다' (lang/ko/act_threats.unruled_arming, answered_deeds), 'would not rule out supplying weapons to Z'
   (act_threats.hedged_arming): THREATEN at the deed's side, never at Z; ruled out, none.
6. a warning naming no one whose subject goes on with 또 or 이어 ('X 장관은 또 "..."라고 경고했다') after the same side's
   request to B: aimed at B (lang/ko/act_threats.warned_also, the pipeline's continued_addressee). English reads
   'It also warned' already (language.continuation).
7. a deed called a warning to a side: 'calling them a "stern warning" to X forces' (act_threats.called_warnings),
   '"이번 훈련은 X 세력에 대한 엄중한 경고"라고 말했다' (lang/ko/act_threats.named_warnings): THREATEN by the speaker at X;
   a denial ('경고는 아니라고') is none.
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


# 1. a firm response pledged, or one with every means
@pytest.mark.parametrize("text, actors, recipients, status", [
    ('칠레 대통령실은 페루의 파병은 중대한 위협이라며 "가용한 모든 수단을 동원해 대응해 나갈 것"이라고 밝혔다.',
     {"CHL"}, {"PER"}, OCC),
    ("Finland's foreign minister told the Swedish ambassador that Finland would respond firmly to any act that "
     "threatens its security.", {"FIN"}, {"SWE"}, OCC),
    ("The Chilean president urged Peru to pull out its troops, warning that Chile would respond with all available "
     "means to any act that threatens its interests.", {"CHL"}, {"PER"}, OCC),
    ("칠레 정부는 모든 수단을 동원해 지진 피해에 대응해 나갈 것이라고 밝혔다.", set(), None, None),
])
def test_response_pledged(text, actors, recipients, status):
    assert_act(read(text), "THREATEN", actors, recipients, status)


# 2. a mistake foretold under a condition
@pytest.mark.parametrize("text, actors, recipients, status", [
    ('칠레 대통령은 2일 기자회견에서 "페루가 볼리비아에 무기를 공급한다면 매우 큰 실수가 될 것"이라고 말했다.',
     {"CHL"}, {"PER"}, OCC),
    ("칠레 대통령은 이번 협상에서 실수가 있었다고 말했다.", set(), None, None),
])
def test_mistake_foretold(text, actors, recipients, status):
    assert_act(read(text), "THREATEN", actors, recipients, status)


# 3. what any attack will bring
@pytest.mark.parametrize("text, actors, recipients, status", [
    ("Chile and Bolivia said that any missile attack by Peru against Chile or its allies is unacceptable and will "
     "result in the end of the Peruvian regime.", {"CHL", "BOL"}, {"PER"}, OCC),
    ("Any attack by Peru on Chile will meet a swift and overwhelming response, the Chilean and Bolivian presidents "
     "said.", {"CHL", "BOL"}, {"PER"}, OCC),
    ('칠레와 볼리비아 정상은 공동성명에서 "페루의 칠레에 대한 어떠한 미사일 공격도 즉각적이고 압도적인 대응에 직면할 것"이라고 '
     '밝혔다.', {"CHL", "BOL"}, {"PER"}, OCC),
    ("칠레 경제는 심각한 위기에 직면할 것이라고 전문가들은 내다봤다.", set(), None, None),
])
def test_deterrence_stated(text, actors, recipients, status):
    events = read(text)
    assert_act(events, "THREATEN", actors, recipients, status)
    assert_act(events, "ASSAULT", set(), None, None)


# 4. forces declared targets
@pytest.mark.parametrize("text, actors, recipients, status", [
    ("The Chilean defense minister said Peruvian soldiers who join the fighting would become legitimate military "
     "targets.", {"CHL"}, {"PER"}, OCC),
    ('칠레 국방장관은 "페루군이 전투에 나선다면 정당한 공격 목표가 될 것"이라고 경고했다.', {"CHL"}, {"PER"}, OCC),
])
def test_declared_targets(text, actors, recipients, status):
    assert_act(read(text), "THREATEN", actors, recipients, status, mode="violence")


# 5. arming a third side not ruled out, in answer to another side's deed
@pytest.mark.parametrize("text, actors, recipients, status", [
    ('칠레 대통령은 페루군의 파병과 관련해 "볼리비아에 대한 무기 지원도 배제하지 않겠다"고 밝혔다.', {"CHL"}, {"PER"}, OCC),
    ('페루는 볼리비아에 군대를 보냈다. 칠레 대통령은 "볼리비아에 대한 무기 지원도 배제하지 않겠다"고 밝혔다.',
     {"CHL"}, {"PER"}, OCC),
    ("Peru sent troops to Bolivia last week. Chile said it would not rule out supplying weapons to Bolivia.",
     {"CHL"}, {"PER"}, OCC),
    ('칠레 대통령은 페루군의 볼리비아 파병과 관련해 "볼리비아에 대한 무기 지원도 배제하지 않겠다"고 밝혔다.',
     {"CHL"}, {"PER"}, OCC),
    ('Peru sent troops to Bolivia last week. "We will not rule out the possibility of providing weapons," the Chilean '
     'president said.', {"CHL"}, {"PER"}, OCC),
    ("칠레 대통령은 볼리비아에 대한 무기 지원을 배제했다고 밝혔다.", set(), None, None),
])
def test_arming_not_ruled_out(text, actors, recipients, status):
    assert_act(read(text), "THREATEN", actors, recipients, status)


# 6. a warning by the voice going on ('X는 또 "..."라고 경고했다') after its own request: aimed where the request was
def test_warning_going_on_after_request():
    text = ('페니 웡 호주 외교장관은 2일 주호주 인도네시아 대사를 불러 항의했다. 웡 장관은 이날 면담에서 인도네시아가 군사 협력을 '
            '즉각 중단할 것을 촉구했다. 웡 장관은 또 "우리 안보를 위협하는 어떠한 행위에 대해서도 단호히 대응해 나갈 것"이라고 '
            '경고했다.')
    assert_act(read(text), "THREATEN", {"AUS"}, {"IDN"}, OCC)


# 7. a deed called a warning to a side
@pytest.mark.parametrize("text, actors, recipients, status", [
    ("Azerbaijan launched joint exercises on Tuesday, calling them a \"stern warning\" to Armenian separatist forces.",
     {"AZE"}, {"ARM"}, OCC),
    ('아제르바이잔군은 2일 대규모 훈련을 실시했다. 아제르바이잔 국방부 대변인은 "이번 훈련은 아르메니아 분리주의 세력에 대한 '
     '엄중한 경고이자 강력한 억제"라고 말했다.', {"AZE"}, {"ARM"}, OCC),
    ("아제르바이잔 국방부 대변인은 \"이번 훈련은 '아르메니아 독립' 분열 세력에 대한 경고\"라고 말했다.", {"AZE"}, {"ARM"}, OCC),
    ("아제르바이잔 국방부 대변인은 이번 발표가 아르메니아에 대한 경고는 아니라고 밝혔다.", set(), None, None),
])
def test_deed_called_a_warning(text, actors, recipients, status):
    assert_act(read(text), "THREATEN", actors, recipients, status)


# tidy46: one reader of what a negated hedge keeps open (lang/en/act_purposes.hedged_acts), asked for force or a
# measure kept open (hedged_threats) and for arming a third side (act_threats.hedged_arming); a hedge not negated
# keeps nothing open
@pytest.mark.parametrize("text, type_, mode, actors, recipients", [
    ("Ghana said on Monday it did not rule out imposing an arms embargo on Togo.", "THREATEN", "restrict",
     {"GHA"}, {"TGO"}),
    ("Togo shelled a Beninese village on Monday. Ghana said it would not rule out supplying weapons to Benin.",
     "THREATEN", None, {"GHA"}, {"TGO"}),
    ("Ghana ruled out imposing sanctions on Togo.", "REJECT", None, {"GHA"}, {"TGO"}),
])
def test_what_a_negated_hedge_keeps_open(text, type_, mode, actors, recipients):
    found = [e for e in read(text) if e.type == type_]
    assert [(e.mode, {p.country for p in e.participants}, {p.country for p in e.recipients}) for e in found] \
        == [(mode, actors, recipients)]

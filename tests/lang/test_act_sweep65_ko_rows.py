"""(kosweep65) The Korean sweep's open rows (issue 15), closed by class, each with the English reader's coding of the
same sentence and the sentences that must not fire. Our own sentences, one table per class for both languages."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 3, 12)


def found(text: str, kind: str) -> list[tuple[set[str], set[str], str | None, str]]:
    return [({p.country for p in e.participants}, {r.country for r in e.recipients}, e.mode, e.status)
            for e in extract_text(text, published=DAY).events if e.type == kind]


# a ceasefire declared is RETREAT ceasefire in both languages (CAMEO 0871 in the crosswalk): readout/data/lexicon/
# ko_acts.yaml's 휴전+선언하다 read CONCEDE before
@pytest.mark.parametrize("text, actor", [
    ("말리 정부군은 12일 일방적 휴전을 선언했다.", "MLI"),
    ("차드 정부는 12일 북부 지역에서 휴전을 선언했다.", "TCD"),
    ("Mali's army on Wednesday declared a unilateral ceasefire.", "MLI"),
])
def test_ceasefire_declared_is_retreat(text, actor):
    hits = found(text, "RETREAT")
    assert hits and actor in hits[0][0] and hits[0][2] == "ceasefire" and hits[0][3] == "occurred", hits
    assert not found(text, "CONCEDE"), found(text, "CONCEDE")


@pytest.mark.parametrize("text", [
    # negatives: a ceasefire not declared, and a ceasefire's breach, are no ceasefire
    "말리 정부군은 휴전을 선언하지 않았다.",
    "말리 정부군은 12일 휴전을 위반했다.",
])
def test_no_ceasefire_declared(text):
    assert not [h for h in found(text, "RETREAT") if h[3] == "occurred"], found(text, "RETREAT")


# a passage across the border permitted to a third party is RETREAT access: ko_acts.yaml 국경 통과/통행 + 허용하다/허가하다,
# English 'allowed' + aid groups or agencies (scripts/data/en_acts_additions.yaml)
@pytest.mark.parametrize("text, actor", [
    ("몬테네그로는 12일 적십자 구호요원들의 국경 통과를 허가했다.", "MNE"),
    ("몬테네그로는 12일 국제 구호단체의 국경 통과를 허용했다.", "MNE"),
    ("몬테네그로는 12일 구호 차량의 통행을 허가했다.", "MNE"),
    ("Montenegro allowed international aid groups to cross the border on Wednesday.", "MNE"),
    ("Montenegro allowed relief agencies into its northern districts on Wednesday.", "MNE"),
])
def test_crossing_allowed_is_retreat_access(text, actor):
    hits = found(text, "RETREAT")
    assert hits and actor in hits[0][0] and hits[0][2] == "access" and hits[0][3] == "occurred", hits


@pytest.mark.parametrize("text", [
    # negatives: a bill's passage permitted is no border crossing; a crossing refused lets no one in
    "몬테네그로 의회는 12일 예산안 통과를 허용했다.",
    "몬테네그로는 12일 의회의 법안 통과를 허가했다.",
    "몬테네그로는 구호단체의 국경 통과를 허용하지 않았다.",
])
def test_no_crossing_allowed(text):
    assert not [h for h in found(text, "RETREAT") if h[3] == "occurred"], found(text, "RETREAT")


# force threatened at no state named ('마을을 불태우겠다고 위협했다') stands as a bare threat of its doer, as English
# 'threatened to burn villages': the embedded act's type is what the threat threatens (lang/ko/act_clauses.outer_acts)
@pytest.mark.parametrize("text, actor", [
    ("말리 반군은 12일 마을들을 불태우겠다고 위협했다.", "MLI"),
    ("말리 반군은 12일 북부 마을들을 파괴하겠다고 위협했다.", "MLI"),
    ("Malian rebels threatened to burn villages on Wednesday.", "MLI"),
])
def test_force_threatened_at_no_state(text, actor):
    hits = found(text, "THREATEN")
    assert hits and actor in hits[0][0] and hits[0][2] == "violence" and hits[0][3] == "occurred", hits


@pytest.mark.parametrize("text", [
    # negatives: a threat not made, a pledge not to burn, and a sanction threatened at no one (SANCTION needs a
    # receiving side) stand no threat
    "말리 반군은 마을을 불태우겠다고 위협하지 않았다.",
    "말리 반군은 12일 마을을 불태우지 않겠다고 밝혔다.",
    "말리 정부는 12일 제재를 가하겠다고 위협했다.",
])
def test_no_bare_threat(text):
    assert not [h for h in found(text, "THREATEN") if h[3] == "occurred"], found(text, "THREATEN")


# arms sold to another state are COOPERATE military (CAMEO 062, as PETRARCH2's SELL + weapons in en_acts); a sale
# decided is AGREE, as English 'decided to sell' (scripts/data/ko_acts_cameo_spec.yaml, 판매하다/매각하다/팔다)
@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("프랑스는 12일 인도에 전투기를 팔았다.", "COOPERATE", "FRA", "IND"),
    ("프랑스는 12일 인도에 무기를 판매했다.", "COOPERATE", "FRA", "IND"),
    ("프랑스는 12일 인도에 전투기를 매각하기로 결정했다.", "AGREE", "FRA", "IND"),
    ("프랑스는 12일 인도에 무기를 판매하기로 했다.", "AGREE", "FRA", "IND"),
    ("France decided to sell fighter jets to India on Wednesday.", "AGREE", "FRA", None),
])
def test_arms_sale(text, kind, actor, recipient):
    hits = found(text, kind)
    assert hits and actor in hits[0][0] and (recipient is None or hits[0][1] == {recipient}), hits


@pytest.mark.parametrize("text", [
    # negatives: a sale not made, a stake sold and a sale of food are no military cooperation or agreement
    "프랑스는 인도에 무기를 판매하지 않았다.",
    "프랑스 정부는 12일 국영 항공사 지분을 매각했다.",
    "프랑스는 12일 인도에 쌀을 판매했다.",
])
def test_no_arms_sale(text):
    assert not [h for kind in ("COOPERATE", "AGREE") for h in found(text, kind) if h[3] == "occurred"], text

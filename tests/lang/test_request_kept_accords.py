"""(request61) A request that an accord be kept that names no one ('urged that the truce be respected', 'called for the
ceasefire to be honoured', '휴전 합의가 존중돼야 한다고 촉구했다') asks the accord's other parties, a third side all of
them; with no accord told, a named accord asks the other side of the last conflict (lang/base kept_accord,
pipeline/act_kept_accords). The accord noun inside what is asked is no new accord. Our own sentences, one table for
both languages."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events, sides

ACCORD_EN = "Ghana and Togo signed a ceasefire on Monday. "
TRUCE_EN = "Ghana and Togo agreed a truce last week. "
SHELLED_EN = "Ghana accused Togo of shelling border villages. "
ACCORD_KO = "가나와 토고는 지난주 휴전에 합의했다. "
SHELLED_KO = "가나는 토고가 국경 마을을 포격했다고 비난했다. "

ASKED = {
    "party asks the other party": [
        (ACCORD_EN + "Ghana urged that it be respected.", ["GHA"], ["TGO"]),
        (ACCORD_EN + "The Ghanaian president called for the ceasefire to be respected.", ["GHA"], ["TGO"]),
        (ACCORD_EN + "Ghana urged respect for the ceasefire.", ["GHA"], ["TGO"]),
        ("Ghana and Togo signed a border agreement last year. On Tuesday Ghana demanded that the agreement be "
         "honoured.", ["GHA"], ["TGO"]),
        (ACCORD_KO + "가나 정부는 휴전 합의가 존중돼야 한다고 촉구했다.", ["GHA"], ["TGO"]),
        (ACCORD_KO + "가나 정부는 이를 준수할 것을 촉구했다.", ["GHA"], ["TGO"]),
    ],
    "third side asks every party": [
        (TRUCE_EN + "The UN urged that the truce be respected.", ["UNO"], ["GHA", "TGO"]),
        (ACCORD_KO + "유엔은 휴전이 준수돼야 한다고 촉구했다.", ["UNO"], ["GHA", "TGO"]),
    ],
    "named accord, no accord told: the conflict's other side": [
        (SHELLED_EN + "Ghana called for the truce to be respected.", ["GHA"], ["TGO"]),
        (SHELLED_KO + "가나 정부는 휴전 합의가 준수돼야 한다고 촉구했다.", ["GHA"], ["TGO"]),
    ],
}


@pytest.mark.parametrize("text, actors, recipients", class_rows(ASKED))
def test_kept_accord_asks_its_parties(text, actors, recipients):
    found = sides(text, "REQUEST")
    assert found, [(e.type, e.status) for e in events(text)]
    acting, receiving = found[0]
    assert set(actors) <= set(acting)
    assert sorted(set(receiving)) == recipients


NOT_ASKED = {
    "nothing told before, nobody asked": [
        "Ghana called for the ceasefire to be respected.",
        "Ghana urged that it be respected.",
        "가나 정부는 휴전 합의 이행을 촉구했다.",
    ],
    "a pronoun with no accord told": [
        "Ghana welcomed the talks with Togo. Ghana urged that it be respected.",
        SHELLED_KO + "가나 정부는 이를 준수할 것을 촉구했다.",
    ],
}


@pytest.mark.parametrize("text", class_rows(NOT_ASKED))
def test_no_accord_no_one_asked(text):
    assert not [s for s in sides(text, "REQUEST") if s[1]], sides(text, "REQUEST")


@pytest.mark.parametrize("text", [
    ACCORD_KO + "가나 정부는 휴전 합의가 존중돼야 한다고 촉구했다.",
    SHELLED_KO + "가나 정부는 휴전 합의가 준수돼야 한다고 촉구했다.",
    SHELLED_EN + "Ghana called for the truce to be respected.",
])
def test_the_accord_kept_is_no_new_accord(text):
    agreed = [e for e in events(text) if e.type == "AGREE"]
    assert all(len({p.country for p in e.participants}) > 1 for e in agreed), \
        [(e.type, [p.country for p in e.participants]) for e in agreed]


@pytest.mark.parametrize("text", [
    # what is asked is no accord: the readers before keep their answer (the accord's parties are not asked)
    ACCORD_EN + "The UN urged that the rights of refugees be respected.",
    ACCORD_KO + "유엔은 난민의 권리가 존중돼야 한다고 촉구했다.",
])
def test_other_things_respected_ask_no_accord_party(text):
    assert all(sorted(set(r)) != ["GHA", "TGO"] for _a, r in sides(text, "REQUEST")), sides(text, "REQUEST")

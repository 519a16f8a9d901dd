"""condemn50: a condemnation of a seizure of power, or of a bid at one, that names no state ('condemned any form of
coup', 'condemned attempts to overturn the constitutional order', 'condemned the troop movement', '쿠데타 시도를
규탄했다') is an ACCUSE aimed at the state the story's deed was done in, one per list of condemners, the judge's own
state too (a domestic accusation); a state the sentence names still wins (lang/en/act_answers.answer_data
`judged_coup`, lang/ko/act_judged_kinds.answered_kind "coup", pipeline/act_seized_power.py)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import events_of

DAY = date(2026, 5, 20)
EN_LEAD = "Army officers in Guinea-Bissau stormed the presidential palace on Tuesday and detained the president.\n\n"
KO_LEAD = "기니비사우 군 장교들이 19일 대통령궁을 습격해 대통령을 억류했다.\n\n"


def accusations(article, actor: str) -> list:
    return [e for e in events_of(article, "ACCUSE") if actor in {p.country for p in e.participants}]


def recipients(article, actor: str) -> set[str]:
    return {p.country for e in accusations(article, actor) for p in e.recipients}


@pytest.mark.parametrize("text, actor", [
    (EN_LEAD + "Ghana's president condemned any form of coup d'etat.", "GHA"),
    (EN_LEAD + "Senegal condemned the attempt to overturn the constitutional order.", "SEN"),
    (EN_LEAD + "Portugal also condemned the troop movement.", "PRT"),
    (EN_LEAD + "The foreign ministry of Cape Verde condemned all forms of putsch in the region.", "CPV"),
    (KO_LEAD + "가나 대통령은 쿠데타 시도를 규탄했다.", "GHA"),
    (KO_LEAD + "세네갈도 헌정 질서를 위협하는 시도를 규탄했다.", "SEN"),
])
def test_condemned_coup_goes_to_the_storys_state(extract, text, actor):
    assert recipients(extract(text, published=DAY), actor) == {"GNB"}


@pytest.mark.parametrize("text", [
    EN_LEAD + "Nigeria, Togo and Benin also condemned attempts to undermine the constitutional order.",
    KO_LEAD + "나이지리아·토고·베냉도 쿠데타 시도를 규탄했다.",
])
def test_each_condemner_of_a_list(extract, text):
    article = extract(text, published=DAY)
    for actor in ("NGA", "TGO", "BEN"):
        assert recipients(article, actor) == {"GNB"}, actor


def test_the_storys_own_politician_accuses_his_state(extract):
    text = EN_LEAD + "Former prime minister of Guinea-Bissau Domingos Pereira condemned the coup attempt."
    assert recipients(extract(text, published=DAY), "GNB") == {"GNB"}


@pytest.mark.parametrize("text, actor, state", [
    (EN_LEAD + "Ghana also condemned last year's coup in Niger.", "GHA", "NER"),
    (KO_LEAD + "가나는 지난해 니제르의 쿠데타도 규탄했다.", "GHA", "NER"),
])
def test_a_coup_the_sentence_places_goes_to_that_state(extract, text, actor, state):
    assert state in recipients(extract(text, published=DAY), actor)


@pytest.mark.parametrize("text", [
    "Russian forces shelled the Ukrainian town of Sumy on Tuesday.\n\nPoland condemned the shelling.",
    "러시아군이 19일 우크라이나 수미를 포격했다.\n\n폴란드는 이번 포격을 규탄했다.",
])
def test_a_condemned_attack_still_goes_to_its_doer(extract, text):
    assert recipients(extract(text, published=DAY), "POL") == {"RUS"}


@pytest.mark.parametrize("text", [
    "African Union and ECOWAS condemn failed mutiny in Guinea-Bissau\n\nThe African Union said on Wednesday it "
    "condemned the uprising.\n\nGhana's president condemned any form of coup.",
    "아프리카연합, 기니비사우 군부 반란 규탄\n\n아프리카연합은 20일 반란을 규탄했다.\n\n가나 대통령도 쿠데타 시도를 규탄했다.",
])
def test_a_lead_that_only_reacts_gives_its_target(extract, text):
    assert recipients(extract(text, published=DAY), "GHA") == {"GNB"}

"""places52 (issue 13): an act other than a meeting takes the place its own clause names (pipeline/act_places.py,
Language.act_place_cue): a town after or before a plain locative, a town an attack struck, a state only after 'in' /
before '에서'; never a place of another clause, a quoted one, a journey's origin or goal, a border's other side, the
dateline, nor one of two towns listed. Our own sentences, in both languages."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from tests.event_sides import events, first_of

ROWS = [  # (text, event type, the place's name or None)
    # a town after a plain locative, or a part of it before '에서'; the subject's town before its verb
    ("Thousands of dairy farmers protested in Bordeaux on Monday.", "PROTEST", "Bordeaux"),
    ("농민 수천 명이 월요일 보르도에서 시위를 벌였다.", "PROTEST", "Bordeaux"),
    ("Tunisian police arrested an opposition lawyer in Sousse on Sunday.", "COERCE", "Sousse"),
    ("튀니지 경찰은 수스 도심에서 야당 변호사를 체포했다.", "COERCE", "Sousse"),
    ("Farmers in Bordeaux blocked a motorway on Monday.", "PROTEST", "Bordeaux"),
    ("Tunisian authorities imposed a curfew in the port city of Sousse on Friday.", "COERCE", "Sousse"),
    # a sentence's opening scene phrase places its main predicate, not a deed it names
    ("In Sousse, police arrested twelve activists on Friday.", "COERCE", "Sousse"),
    ("At a summit in Nairobi, the Kenyan president urged Ethiopia to withdraw its troops.", "REQUEST", "Nairobi"),
    ("In Lima, the Peruvian minister condemned the North Korean missile test.", "MOBILIZE", None),
    ("In Nairobi, where protesters gathered on Monday, police arrested twelve people.", "COERCE", None),
    # a town struck
    ("Russian forces shelled Kharkiv overnight, Ukrainian officials said.", "ASSAULT", "Kharkiv"),
    ("러시아군이 하르키우를 포격했다.", "ASSAULT", "Kharkiv"),
    ("Russian artillery shelled villages near Kharkiv on Monday.", "ASSAULT", "Kharkiv"),
    ("러시아군은 월요일 하르키우 인근 마을들을 포격했다.", "ASSAULT", "Kharkiv"),
    # a state only after 'in' / before '에서'
    ("Police arrested twelve activists in Tunisia on Friday.", "COERCE", "Tunisia"),
    ("경찰은 금요일 튀니지에서 활동가 12명을 체포했다.", "COERCE", "Tunisia"),
    ("Police arrested twelve activists in Tunisia's south on Friday.", "COERCE", "Tunisia"),
    ("경찰은 금요일 튀니지 남부에서 활동가 12명을 체포했다.", "COERCE", "Tunisia"),
    ("Ukrainian drones hit a fuel depot in Russia's Kursk region on Sunday.", "ASSAULT", "Kursk"),  # places53: the region
    ("Two soldiers were killed in Russia's war against Ukraine, officials said.", "ASSAULT", None),
    # places53: the place of the gathering the act took place at; a town a march went through; a town advanced on
    ("Police detained forty students during a protest in Sousse on Friday.", "COERCE", "Sousse"),
    ("경찰은 금요일 보르도에서 열린 집회에서 학생 40명을 체포했다.", "COERCE", "Bordeaux"),
    ("경찰은 금요일 보르도에서 열린 회의에 참석한 학생 40명을 체포했다.", "COERCE", None),
    ("농민들은 월요일 보르도 시내를 행진했다.", "PROTEST", "Bordeaux"),
    ("러시아군은 월요일 하르키우로 진격했다.", "ASSAULT", "Kharkiv"),
    # places54: English reads the town after 'stormed into', 'swept into', 'marched through (the streets of) central'
    ("Russian troops stormed into Bakhmut on Monday.", "ASSAULT", "Bakhmut"),
    ("러시아군은 월요일 바흐무트로 진격했다.", "ASSAULT", "Bakhmut"),
    ("Rebel fighters stormed into Bukavu on Monday, residents said.", "ASSAULT", "Bukavu"),
    ("반군은 월요일 부카부로 진격했다.", "ASSAULT", "Bukavu"),
    ("Thousands of farmers marched through central Toulouse on Saturday.", "PROTEST", "Toulouse"),
    ("농민 수천 명이 토요일 툴루즈 시내를 행진했다.", "PROTEST", "Toulouse"),
    ("Thousands of farmers marched through the streets of Nantes on Saturday.", "PROTEST", "Nantes"),
    ("Russian troops stormed into the town on Monday.", "ASSAULT", None),  # no town named
    # negative: where something goes, a border's other side, two towns listed
    ("Russia sent more troops to Syria on Monday.", "MOBILIZE", None),
    ("Russian forces shelled villages near the border with Ukraine.", "ASSAULT", None),
    ("Russian drones attacked Kharkiv and Sumy overnight, Ukraine said.", "ASSAULT", None),
    ("러시아군이 하르키우와 수미를 포격했다.", "ASSAULT", None),
    # negative: the place of another phrase or clause of the sentence, a quote the act is not in, the dateline
    ("Police arrested a union leader on Monday, a day after he spoke at a rally that was held in Sfax.", "COERCE", None),
    ("Tunisia expelled two French diplomats based in Sousse for spying.", "SANCTION", None),
    ("Farmers protested outside parliament on Monday, saying \"nobody listens to us in Bordeaux\".", "PROTEST", None),
    ("경찰은 \"보르도에서 일어난 일\"이라며 활동가 12명을 체포했다.", "COERCE", None),
    ("경찰은 수스에서 집회가 끝난 뒤 활동가 12명을 체포했다.", "COERCE", None),
    ("SFAX, March 10 (Reuters) - Tunisian police arrested an opposition lawyer on Sunday.", "COERCE", None),
]


@pytest.mark.parametrize("text, kind, place", ROWS)
def test_an_act_takes_the_place_its_own_clause_names(text, kind, place):
    first = first_of(events(text), type=kind)
    assert (first.location.name if first.location else None) == place


REGION_ROWS = [  # places53: (text, event type, the place's name, its precision)
    # a territory or region of the gazetteer is a region, never a town: a town of it goes first
    ("Israeli troops detained nine men in the West Bank on Tuesday.", "COERCE", "West Bank", "region"),
    ("이스라엘군은 화요일 서안지구에서 9명을 체포했다.", "COERCE", "West Bank", "region"),
    ("Israeli aircraft struck the Gaza Strip on Tuesday.", "ASSAULT", "Gaza Strip", "region"),
    ("이스라엘군은 화요일 가자지구를 공습했다.", "ASSAULT", "Gaza Strip", "region"),
    ("Israeli troops detained nine men in Nablus in the West Bank on Tuesday.", "COERCE", "Nablus", "city"),
    # one town in both languages: English's other spelling is GeoNames' own town, the one the Korean name hears
    ("Israeli troops detained nine men in Gaza City on Tuesday.", "COERCE", "Gaza", "city"),
    ("이스라엘군은 화요일 가자시티에서 9명을 체포했다.", "COERCE", "Gaza", "city"),
    # a region named with its type word is the place, not its owner nor a town of its name
    ("Ukrainian drones hit an oil depot in Russia's Belgorod region on Tuesday.", "ASSAULT", "Belgorod", "region"),
    ("Afghan police detained nine men in Helmand province on Tuesday.", "COERCE", "Helmand", "region"),
    ("우크라이나 드론이 화요일 러시아 벨고로드주에서 유류 저장고를 공격했다.", "ASSAULT", "Belgorod", "region"),
    ("미국 텍사스주에서 화요일 농민들이 시위를 벌였다.", "PROTEST", "Texas", "region"),
    ("Afghan police detained nine men in the Kandahar province on Tuesday.", "COERCE", "Kandahar", "region"),
    # places54: a region of one state written with another state's possessive is its own state's region
    ("Ukrainian drones hit a power station in Ukraine's Kursk region on Tuesday.", "ASSAULT", "Kursk", "region"),
    ("우크라이나 드론이 화요일 우크라이나 쿠르스크주에서 발전소를 공격했다.", "ASSAULT", "Kursk", "region"),
    # places54: the genitive of a town or region owning what was struck ('Kharkiv's power plant')
    ("우크라이나 드론이 화요일 러시아 쿠르스크주의 발전소를 공격했다.", "ASSAULT", "Kursk", "region"),
    ("Russian artillery shelled Odesa's river port on Tuesday.", "ASSAULT", "Odesa", "city"),
    ("러시아군은 화요일 오데사의 하천 항구를 포격했다.", "ASSAULT", "Odesa", "city"),
    # places54: a town heard by sound whose Latin name opens with a glide; the state named before it is no town
    ("Israeli troops detained nine men in Khan Yunis on Tuesday.", "COERCE", "Khān Yūnis", "city"),
    ("이스라엘군은 화요일 팔레스타인 칸유니스에서 9명을 체포했다.", "COERCE", "Khān Yūnis", "city"),
    ("이스라엘군은 화요일 칸유니스를 공습했다.", "ASSAULT", "Khān Yūnis", "city"),
]


@pytest.mark.parametrize("text, kind, place, precision", REGION_ROWS)
def test_a_region_is_placed_at_region_precision(text, kind, place, precision):
    first = first_of(events(text), type=kind)
    assert first.location is not None, (text, kind)
    assert (first.location.name, first.location.precision) == (place, precision)


@pytest.mark.parametrize("text, kind", [
    ("Taliban fighters attacked the Kandahar office of a charity on Tuesday.", "ASSAULT"),  # a town takes no article
])
def test_a_town_after_an_article_is_no_place_struck(text, kind):
    found = [e for e in events(text) if e.type == kind]
    assert found and found[0].location is None, [(e.type, e.location) for e in events(text)]


def test_one_document_index_serves_every_event():
    """places53: the document's act words and places are listed once, sorted, and each event reads its clause's
    stretch by binary search (no list of the other events' words per event: the step was quadratic)."""
    from readout.pipeline.act_places import DocIndex, act_word_between

    triggers = [3, 40, 90]
    assert act_word_between(triggers, 10, 41) and not act_word_between(triggers, 41, 90)
    assert act_word_between(triggers, 90, 91) and not act_word_between(triggers, 91, 500)
    article = extract_text("Police arrested a lawyer in Sousse. Farmers protested in Bordeaux on Monday.",
                           published="2026-03-12")
    index = DocIndex.of(article)
    assert index.starts == sorted(index.starts) and index.triggers == sorted(index.triggers)
    second = article.text.index("Bordeaux")
    assert [p.name for p in index.places_in(second, len(article.text))] == ["Bordeaux"]


def test_a_meeting_keeps_its_own_place_reading():
    """Meetings are placed by meeting_build and consolidate, not by this step: a meeting's place is unchanged."""
    found = [e for e in events("French Foreign Minister Jean-Noel Barrot met Tunisian President Kais Saied in Tunis on "
                               "Monday.") if e.type == "CONSULT"]
    assert found and found[0].location is not None and found[0].location.name == "Tunis"


def test_an_act_place_is_of_its_own_sentence():
    """The place stands in the act's own sentence (basis 'text'): what the store's merge compares."""
    found = [e for e in events("Police arrested an opposition lawyer in Sousse on Sunday.") if e.type == "COERCE"]
    assert found and found[0].location.span.data.get("basis") == "text"

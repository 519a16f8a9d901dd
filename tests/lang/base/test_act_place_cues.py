"""places52 (issue 13): the language's reading of a place as where an act happened (lang/base/acts.py
`act_place_cue`, `act_place_joined`, `act_place_list_end`, over the lexicons' act_place_* patterns). Our own sentences."""
from __future__ import annotations

import pytest

from readout.pipeline import default_pipeline


@pytest.fixture(scope="module")
def langs():
    return default_pipeline().languages


def at(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


CUES = [  # (language, text, place, precision, cue)
    ("en", "Police arrested a lawyer in Sousse.", "Sousse", "city", "where"),
    ("en", "A bomb went off near Sousse.", "Sousse", "city", "where"),
    ("en", "A curfew in the port city of Sousse.", "Sousse", "city", "where"),
    ("en", "Russian guns shelled Kharkiv.", "Kharkiv", "city", "struck"),
    ("en", "Police arrested twelve in Tunisia.", "Tunisia", "country", "where"),
    ("en", "Russia sent troops to Syria.", "Syria", "country", None),
    ("en", "Shells fell near the border with Ukraine.", "Ukraine", "country", None),
    ("en", "Troops moved in from Tunisia.", "Tunisia", "country", None),
    ("en", "Drones attacked Kharkiv and Sumy.", "Kharkiv", "city", None),
    # places53: a region reads as a town, its article no word between; a march's route; a town advanced on
    ("en", "Israeli jets struck the Gaza Strip.", "Gaza Strip", "region", "struck"),
    ("en", "Troops detained nine men in the West Bank.", "West Bank", "region", "where"),
    ("en", "Rebels attacked the Kharkiv office of a charity.", "Kharkiv", "city", None),
    ("en", "Farmers marched through central Bordeaux.", "Bordeaux", "city", "route"),
    ("en", "Farmers marched through the streets of Bordeaux.", "Bordeaux", "city", "route"),
    ("en", "Russian troops advanced on Kharkiv.", "Kharkiv", "city", "struck"),
    ("en", "Farmers drove to Bordeaux.", "Bordeaux", "city", None),
    ("ko", "농민들은 보르도 시내를 행진했다.", "보르도", "city", "route"),
    ("ko", "러시아군은 하르키우로 진격했다.", "하르키우", "city", "struck"),
    ("ko", "이스라엘군은 가자지구를 공습했다.", "가자지구", "region", "struck"),
    ("ko", "농민들은 보르도로 이동했다.", "보르도", "city", None),
    ("ko", "경찰은 수스에서 변호사를 체포했다.", "수스", "city", "where"),
    ("ko", "경찰은 수스 도심에서 변호사를 체포했다.", "수스", "city", "where"),
    ("ko", "러시아군이 하르키우를 포격했다.", "하르키우", "city", "struck"),
    ("ko", "러시아군의 하르키우에 대한 공습", "하르키우", "city", "struck"),
    ("ko", "러시아군이 하르키우 외곽의 정유시설을 공습했다.", "하르키우", "city", "struck"),
    ("ko", "경찰은 튀니지에서 12명을 체포했다.", "튀니지", "country", "where"),
    ("ko", "러시아는 시리아로 병력을 보냈다.", "시리아", "country", None),
    ("ko", "러시아군이 하르키우와 수미를 포격했다.", "하르키우", "city", None),
]


@pytest.mark.parametrize("code, text, place, precision, cue", CUES)
def test_a_place_is_cued_as_where_an_act_happened(langs, code, text, place, precision, cue):
    start, end = at(text, place)
    assert langs[code].act_place_cue(text, start, end, precision) == cue


JOINED = [  # (language, text, place, trigger, joined)
    ("en", "Police arrested a lawyer in Sousse on Sunday.", "Sousse", "arrested", True),
    ("en", "Farmers in Bordeaux blocked a motorway.", "Bordeaux", "blocked", True),
    ("en", "Tunisia expelled two diplomats based in Sousse.", "Sousse", "expelled", False),
    ("en", "Norway pledged support to Finland in its dispute in Lapland.", "Lapland", "pledged support", False),
    ("en", "Police arrested him after a rally in Sousse.", "Sousse", "arrested", False),
    ("en", "Police arrested him, saying \"we stopped him in Sousse\".", "Sousse", "arrested", False),
    ("en", "Police arrested him during a rally in Sousse.", "Sousse", "arrested", True),  # places53: the rally's place
    ("en", "Police arrested him at a protest held in Sousse.", "Sousse", "arrested", True),
    ("ko", "경찰은 수스에서 변호사를 체포했다.", "수스", "체포했", True),
    ("ko", "경찰은 \"수스에서 일어난 일\"이라며 변호사를 체포했다.", "수스", "체포했", False),
    ("ko", "시위대는 수스에서 행진했고 경찰은 변호사를 체포했다.", "수스", "체포했", False),
]


@pytest.mark.parametrize("code, text, place, trigger, joined", JOINED)
def test_a_place_joined_to_the_act_words_phrase(langs, code, text, place, trigger, joined):
    assert langs[code].act_place_joined(text, at(text, place), at(text, trigger)) is joined


@pytest.mark.parametrize("text, main, joined", [
    ("At a rally in Sousse, police arrested twelve activists.", True, True),
    ("At a rally in Sousse, police arrested twelve activists.", False, False),  # a deed the main predicate names
    ("At a rally in Sousse, which had been banned, police arrested twelve activists.", True, False),
])
def test_an_opening_scene_phrase_joins_the_main_predicate(langs, text, main, joined):
    assert langs["en"].act_place_joined(text, at(text, "Sousse"), at(text, "arrested"), main) is joined


@pytest.mark.parametrize("code, text, first, second", [
    ("en", "Drones attacked Kharkiv, Sumy and Poltava.", "Kharkiv", "Poltava"),
    ("ko", "러시아군이 하르키우와 수미를 포격했다.", "하르키우", "수미"),
])
def test_a_list_of_places_reaches_its_last(langs, code, text, first, second):
    assert langs[code].act_place_list_end(text, at(text, first)[1]) > at(text, second)[0]


@pytest.mark.parametrize("code, text, opening, start", [
    # places53: a relative clause placing the act's own gathering noun opens the act's clause for its place
    ("ko", "경찰은 수스에서 열린 집회에서 12명을 체포했다.", "집회에서", "수스"),
    ("ko", "경찰은 수스 도심에서 벌어진 시위 현장에서 12명을 체포했다.", "시위 현장에서", "수스"),
    ("ko", "경찰은 수스에서 열린 회의에 참석한 12명을 체포했다.", "회의에", None),  # another noun's relative clause
    ("en", "Police arrested twelve during a rally in Sousse.", "during", None),  # English writes it in the clause
])
def test_a_gathering_placed_by_a_relative_clause_opens_the_acts_scene(langs, code, text, opening, start):
    lo = text.index(opening)
    assert langs[code].act_scene_start(text, lo) == (text.index(start) if start else lo)

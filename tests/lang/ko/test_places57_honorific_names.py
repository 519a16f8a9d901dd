"""places57 (issue 14): a name before the honorific 씨 is a person's, never a place (lang/ko/honorific_names:
places.find_places drops a place right before it; mentions.find_mentions reads the name as a person, so
pipeline/person_towns drops a town heard by sound under that word elsewhere in the story). Our own sentences, with an
English twin; a town with no 씨, a word opening with 씨 and a private person's act as negative rows."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from readout.lang.ko.honorific_names import before_honorific


def read(text: str):
    return extract_text(text, published="2026-03-12")


@pytest.mark.parametrize("text, place", [
    ("러시아군은 하르키우 씨를 체포했다.", None),  # a table's city before 씨: a person
    ("러시아군은 하르키우를 공습했다.", ("Kharkiv", "UKR")),  # the town, no 씨
    ("밀러 씨는 화요일 이탈리아를 찾았다. 이탈리아 경찰은 수요일 밀러에서 시위대를 해산했다.", None),
    ("이탈리아 경찰은 수요일 밀러에서 시위대를 해산했다.", ("Milan", "ITA")),  # no one so named: the town
    ("Police in Milan dispersed protesters on Wednesday.", ("Milan", "ITA")),  # English twin: a table's town
])
def test_a_name_before_ssi_is_no_place(text, place):
    found = [e for e in read(text).events if e.type in ("COERCE", "ASSAULT")]
    assert found, [(e.type, e.location) for e in read(text).events]
    loc = found[-1].location
    assert (loc and (loc.name, loc.country)) == place


@pytest.mark.parametrize("text, end, expected", [
    ("밀러 씨가 말했다.", 2, True),
    ("밀러 씨의 집", 2, True),
    ("밀러 씨에게 물었다.", 2, True),
    ("농민 씨앗을 나눴다.", 2, False),  # a word opening with 씨
    ("밀러에서 만났다.", 2, False),
])
def test_before_honorific(text, end, expected):
    assert before_honorific(text, end) is expected


def test_the_name_is_a_person_and_acts_alone_in_nothing_new():
    article = read("밀러 씨는 이탈리아 정부를 비난했다.")
    assert [m.surface for m in article.mentions if m.span.label == "person"] == ["밀러"]
    assert not article.events  # a private person of no state: no side, as before

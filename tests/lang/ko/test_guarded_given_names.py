"""Korean names: a guarded state form opening a person's name (lang/ko/guarded_places.opens_person_name,
name_runs.guarded_given_name, title_chains.organ_state). Each row is a sentence we wrote for the test, read through the
whole pipeline.

A form countries.yaml guards as 'governed' (오만, 수단, 토고, 말리, 조지아) is also a given name. After an organ in the
genitive ('B국 외교부의') and right before another name word and a title ('오만 X 대변인은'), it is the spokesperson's
first name: the state acting is the organ's, never the guarded form's. Where it opens the phrase itself or an organ
follows it ('말리 과도정부의 대변인은', '수단 정부 대변인은') it stays the state."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import countries

PUB = date(2024, 5, 22)


def acting(text: str) -> set[str]:
    """The states acting in the ACCUSE events read from `text` (its participants that receive nothing)."""
    out: set[str] = set()
    for e in extract_text(text, published=PUB).events:
        if e.type == "ACCUSE":
            out |= countries(e.participants) - countries(e.recipients)
    return out


# sentence, the organ's state (acts), the guarded form's state (must not act)
GIVEN_NAMES = [
    ("라오스 외교부의 오만 시사왓 대변인은 베트남이 국경을 침범했다고 강하게 비난했다.", "LAO", "OMN"),
    ("가나 국방부의 토고 아사모아 대변인은 부르키나파소가 국경을 침범했다고 강하게 비난했다.", "GHA", "TGO"),
    ("이집트 외교부의 수단 아흐메드 대변인은 에티오피아가 댐 협상을 방해하고 있다고 강하게 비난했다.", "EGY", "SDN"),
]


@pytest.mark.parametrize("text,organ,guarded", GIVEN_NAMES)
def test_guarded_form_before_name_and_title_is_a_given_name(text, organ, guarded):
    found = acting(text)
    assert guarded not in found, found
    assert organ in found, found


# negatives: the guarded form names the state (sentence, the state that acts)
STATES = [
    ("수단 정부 대변인은 차드가 반군에 무기를 공급하고 있다고 강하게 비난했다.", "SDN"),
    ("오만 외교부 대변인은 이스라엘의 공습을 국제법 위반이라고 강하게 비난했다.", "OMN"),
]


@pytest.mark.parametrize("text,state", STATES)
def test_guarded_form_opening_its_phrase_stays_the_state(text, state):
    assert state in acting(text)


def test_organ_genitive_names_the_spokespersons_state():
    """'B국 국방부의 X 대변인은' with an ordinary foreign name: the organ's state is the person's, so B acts."""
    assert "KHM" in acting("캄보디아 국방부의 분타 소페악 대변인은 태국군이 국경을 침범했다고 강하게 비난했다.")

"""Another Hangul rendering of a known foreign person's name resolves to that person: the loanword rules give one sound
several spellings (ㅑ/ㅏ, 워/오, 끼/키, a final ㅇ for ㄴ), which share the consonant key and nearly every vowel
(kb/resolve.py PersonResolver.by_sound). Variants are our own.

Formerly tests/kb/test_actors14_sound_names.py, classes first read by actors14 (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.kb.knowledge import Knowledge
from readout.kb.resolve import PersonResolver

DAY = date(2025, 3, 1)


@pytest.fixture(scope="module")
def resolver() -> PersonResolver:
    return PersonResolver(Knowledge.load())


@pytest.mark.parametrize("surface, office, country, pid", [
    ("프라보오 수비얀토", "president", "IDN", "per_prabowo-subianto"),
    ("볼로디미르 젤렌스끼", "president", "UKR", "per_volodymyr-zelensky"),
    ("팜밍찐", "prime_minister", "VNM", "per_pham-minh-chinh"),
    ("모테끼 도시미쓰", None, None, "per_toshimitsu-motegi"),
])
def test_variant_rendering_is_the_known_person(resolver, surface, office, country, pid) -> None:
    entity = resolver.resolve(surface, office, country, DAY)
    assert (entity.id, entity.reason) == (pid, "phonetic key")


@pytest.mark.parametrize("surface, office, country", [
    ("팜밍찐", None, None),  # three syllables and no state: too short to hear
    ("프라보오 수비얀토", "president", "MYS"),  # another state than the known person's
    ("마리아 수비얀토", None, None),  # a different given name: the key differs
    ("김민성", None, "KOR"),  # a Korean name: romanization variants, not loanword sounds
])
def test_no_known_person_by_sound(resolver, surface, office, country) -> None:
    assert resolver.resolve(surface, office, country, DAY).reason != "phonetic key"


def test_unknown_variants_share_one_id(resolver) -> None:
    """Two renderings of a person the knowledge base does not know get one id (kb/phonetic.py)."""
    a = resolver.resolve("아마두 디알로바", "foreign_minister", "GIN", DAY)
    b = resolver.resolve("아마도 디아로바", "foreign_minister", "GIN", DAY)
    assert a.reason == b.reason == "new person" and a.id == b.id


@pytest.mark.parametrize("surface, office, country, day, pid", [
    # another consonant than the table's Hangul form, which the Latin name allows (Tsend: 쳉드/첸드, Munkh: 흐/크)
    ("첸드 뭉크오르길", "foreign_minister", "MNG", date(2017, 5, 19), "per_tsend-munkh-orgil"),
])
def test_rendering_keyed_by_the_latin_name_is_the_known_person(resolver, surface, office, country, day, pid) -> None:
    entity = resolver.resolve(surface, office, country, day)
    assert (entity.id, entity.reason) == (pid, "phonetic key")


@pytest.mark.parametrize("surface, office, country, day", [
    ("첸드 뭉크오르길", "defense_minister", "MNG", date(2017, 5, 19)),  # an office that person never held
    ("첸드 뭉크오르길", "foreign_minister", "CHL", date(2017, 5, 19)),  # another state
    ("첸드 뭉크오르길", None, "MNG", date(2017, 5, 19)),  # no office: consonants alone are too coarse
])
def test_latin_keyed_rendering_needs_state_and_office(resolver, surface, office, country, day) -> None:
    assert resolver.resolve(surface, office, country, day).reason == "new person"

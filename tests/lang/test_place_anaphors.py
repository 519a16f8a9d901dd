"""A city named only by its descriptor where something happens (Language.place_anaphors; lexicon place_anaphor_re):
'in the southeastern port city', '이 도시에서'. A descriptor that names its city ('the port city of X'), the city as an
owner or a body ('the city's mayor', 'the city government'), or no particular city ('대도시에서') is none."""
from __future__ import annotations

import pytest

from readout.api import library_pipeline


def phrases(code: str, text: str) -> list[str]:
    return [text[a:b] for a, b in library_pipeline().language(code).place_anaphors(text)]


@pytest.mark.parametrize("code, text, expected", [
    ("en", "The two met at a hotel in the southeastern port city on Monday.", ["the southeastern port city"]),
    ("en", "Talks resumed in the same city a day later.", ["the same city"]),
    ("en", "They held talks in the border town.", ["the border town"]),
    ("en", "He later flew to the port city of Mokpo.", []),
    ("en", "She met reporters at the city hall.", []),
    ("en", "Protests in the city's main square grew.", []),
    ("en", "The city government in the capital said so.", []),
    ("ko", "두 장관은 이 도시에서 회담했다.", ["이 도시"]),
    ("ko", "양측은 같은 도시에서 다시 만났다.", ["같은 도시"]),
    ("ko", "그는 이곳에서 기자회견을 열었다.", ["이곳"]),
    ("ko", "대도시에서 시위가 이어졌다.", []),
    ("ko", "여러 도시에서 집회가 열렸다.", []),
])
def test_place_anaphors(code, text, expected):
    assert phrases(code, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("She is due to travel to Lima on Monday.", True),
    ("He will travel to the border on Friday.", True),
    ("Peru imposed a travel ban on the officials.", False),
    ("The ministry issued a travel advisory for the region.", False),
])
def test_a_journey_to_a_place_is_a_visit_sentence(text, expected):
    assert library_pipeline().language("en").visit_sentence(text) is expected


@pytest.mark.parametrize("text, expected", [
    ("They will meet in the southern Peruvian town of Abancay.", [("Abancay", "PER")]),
    ("She flew to the village of Andahuaylas.", [("Andahuaylas", "PER")]),
    ("Abancay officials said the road was closed.", []),  # a town's bare name is no place: many are words or names
])
def test_a_town_named_after_its_descriptor_is_a_place(text, expected):
    from readout.lang.en.places import find_places

    assert [(p.name, p.country) for p in find_places(text, 0)] == expected

"""Two officials of two states acting together met (pipeline/events.py `implied_meeting`), also where the sentence's
meeting word is someone else's and yields no meeting ('The cabinet held an emergency meeting on Tuesday, a day after
A and B signed the accord in X'; meet56), both languages; the meeting is placed where the pair's own clause puts it
(pipeline/meeting_implied.py `pair_place`), not where the main clause's meeting sat. A sentence naming one official
only holds no meeting. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2025, 5, 14)

SIGNED = [  # (text, a name of each signer, the city of the signing)
    ("Mongolia's cabinet held an emergency meeting in Ulaanbaatar on Tuesday, a day after Kazakh President Yerlan "
     "Abenov and Kyrgyz President Almaz Sadykov signed a water-sharing pact in Bishkek.",
     ("Abenov", "Sadykov"), "Bishkek"),
    ("Lawmakers met behind closed doors in Riga on Monday, two days after Lithuanian Prime Minister Rasa Kairiene "
     "and Polish Prime Minister Marek Nowicki signed a rail accord in Warsaw.", ("Kairiene", "Nowicki"), "Warsaw"),
    ("몽골 정부는 예를란 아베노프 카자흐스탄 대통령과 알마즈 사디코프 키르기스스탄 대통령이 12일 비슈케크에서 물 "
     "분배 협정에 서명한 데 반발해 13일 긴급회의를 열었다.", ("아베노프", "사디코프"), "Bishkek"),
]
ALONE = [
    "Mongolia's cabinet held an emergency meeting in Ulaanbaatar on Tuesday, a day after Kazakh President Yerlan "
    "Abenov signed a water-sharing decree in Astana.",
    "야당 의원들은 13일 울란바토르에서 긴급회의를 열었다. 전날 예를란 아베노프 카자흐스탄 대통령은 아스타나에서 물 분배 "
    "법령에 서명했다.",
]


def consults(text: str) -> list:
    return [e for e in extract_text(text, published=DAY).events if e.type == "CONSULT"]


@pytest.mark.parametrize("text,signers,city", SIGNED)
def test_signers_beside_another_meeting_word_met(text, signers, city):
    found = [e for e in consults(text) if all(any(s in p.name for p in e.participants) for s in signers)]
    assert len(found) == 1, [[p.name for p in e.participants] for e in consults(text)]
    assert found[0].location is not None and found[0].location.name == city, found[0].location


@pytest.mark.parametrize("text", ALONE)
def test_one_official_holds_no_meeting(text):
    assert not [e for e in consults(text) if len(e.participants) >= 2], \
        [[p.name for p in e.participants] for e in consults(text)]

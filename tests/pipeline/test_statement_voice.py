"""A statement's voice (pipeline/statement_voice.py): the one person its own clause names as its subject, of the acting
state; none for a state, a body, a group of persons. Sentences and names are invented."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.kb.phonetic import same_person

PUBLISHED = date(2025, 3, 12)


@pytest.mark.parametrize("text, kind, voice", [
    ("South Korean Foreign Minister Suh Min-ho on Tuesday urged Japan to withdraw its territorial claim.",
     "REQUEST", "Suh Min-ho"),
    ("서민호 외교부 장관은 11일 일본에 영유권 주장을 철회하라고 촉구했다.", "REQUEST", "Suh Min-ho"),
    ("South Korea's foreign ministry spokesperson Ahn Min-gyu on Tuesday condemned North Korea's ballistic missile "
     "launch.", "ACCUSE", "Ahn Min-gyu"),
    ("안민규 외교부 대변인은 11일 북한의 탄도미사일 발사를 규탄했다.", "ACCUSE", "Ahn Min-gyu"),
    ("Ahn Min-gyu, South Korea's foreign ministry spokesperson, warned North Korea on Tuesday that it would pay a "
     "price.", "THREATEN", "Ahn Min-gyu"),
    # a first-person quote: the speaker its frame names
    ('"We strongly condemn the North Korean launch," South Korean President Bae Jun-seok told reporters on Tuesday.',
     "ACCUSE", "Bae Jun-seok"),
    ('안민규 외교부 대변인은 11일 정례브리핑에서 "북한의 탄도미사일 발사를 강력히 규탄한다"고 말했다.', "ACCUSE", "Ahn Min-gyu"),
    # a state or a body as subject: no voice
    ("South Korea's foreign ministry on Tuesday condemned North Korea's ballistic missile launch.", "ACCUSE", None),
    ("외교부는 11일 북한의 탄도미사일 발사를 규탄했다.", "ACCUSE", None),
    ("The South Korean government on Tuesday condemned North Korea's ballistic missile launch.", "ACCUSE", None),
    ("정부는 11일 북한의 탄도미사일 발사를 규탄했다.", "ACCUSE", None),
    # an office whose holder goes unnamed is as good as its ministry: no voice
    ("The Peruvian foreign minister on Tuesday condemned North Korea's ballistic missile launch.", "ACCUSE", None),
    ("페루 외교장관은 11일 북한의 탄도미사일 발사를 규탄했다.", "ACCUSE", None),
    # two persons together: no one voice
    ("South Korean Foreign Minister Suh Min-ho and U.S. Secretary of State Robert Harwin on Tuesday condemned North "
     "Korea's ballistic missile launch.", "ACCUSE", None),
    ("서민호 외교부 장관과 로버트 하윈 미 국무장관은 11일 북한의 탄도미사일 발사를 규탄했다.", "ACCUSE", None),
])
def test_the_voice_of_a_statement(text, kind, voice):
    article = extract_text(text, "voice.txt", PUBLISHED)
    (event,) = [e for e in article.events if e.type == kind]
    if voice is None:
        assert event.voice is None
    else:
        assert event.voice is not None and same_person(event.voice.name, voice) and event.voice.country == "KOR"


@pytest.mark.parametrize("text", [
    "South Korean Foreign Minister Suh Min-ho on Tuesday condemned North Korea's ballistic missile launch.",
    "서민호 외교부 장관은 11일 북한의 탄도미사일 발사를 규탄했다.",
])
def test_a_deed_has_no_voice_only_a_statement(text):
    article = extract_text(text, "voice.txt", PUBLISHED)
    kinds = {e.type: e.voice for e in article.events}
    assert kinds["ACCUSE"] is not None and kinds["MOBILIZE"] is None  # the launch the minister condemned

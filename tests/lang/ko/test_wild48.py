"""kowild48: Korean wire copy about states outside Northeast Asia (West Africa, the Horn, South Asia, the Gulf), each
row a sentence we wrote, read through the whole pipeline.

PIECES: a foreign name after its title some of whose syllables kiwi reads as Korean words, bare particles or bare
endings ('외무장관 파티 마 쿠야테는', '총리 보다 가 투레는'), or whose last word it cuts into syllables ('디알로는'
read 디/NNG 알/NNG 로/JKB 는/JX), is one name, the sentence's subject (lang/ko/title_name_pieces.py). Negative rows: the
words after a title that are prose ('취임 후', '새 내각은', '및 국방장관은') are no name.
INCLUDING: kiwi reads the including verb whole as one stem before some words ('비롯하/VV ᆫ' in '비롯한 서방
국가들은'): the named state still takes the group's part (lang/ko/including_lists.py). English 'Western countries
including Norway' reads the same. Negative rows: the group as the object leaves the state on the receiving side.
COLLECTIVE: a region collective whose members the including verb names ('스웨덴을 비롯한 유럽 국가들은') is those
members, no collective beside them (lexicon ko `members_named_before_re`), as English 'European countries including
Sweden' and Korean 'A 등 유럽 국가들'; negative rows: the collective named alone is Europe's (EUR).
CYBER: a hacking group by any of its group nouns ('해킹 그룹', '해커 집단', '해킹 단체') is a criminal agent (CRM), as
English 'hacking group'; a ransomware attack is COERCE cyber, not force (ko_acts '랜섬웨어 공격'). Negative rows: a
group of another kind is no hacker, and an attack with rockets stays an assault.
OWNED: coercion done through what people own ('망명 기자들의 재산을 몰수했다') is done to those people
(lang/ko/act_owned_people.py); negative rows: a government or a body owning the object is no people."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import countries
from tests.event_sides import first_of

PUB = date(2025, 6, 12)

PIECES = [  # (sentence, the subject's name, its state, the event type, the other side's state)
    ("기니 외무장관 파티 마 쿠야테는 7일 세네갈 외무장관과 회담했다.", "파티 마 쿠야테", "GIN", "CONSULT", "SEN"),
    ("말리 총리 보다 가 투레는 알제리 정부를 비난했다.", "보다 가 투레", "MLI", "ACCUSE", "DZA"),
    ("토고 국방장관 무사 가 디알로는 부르키나파소 군정을 비난했다.", "무사 가 디알로", "TGO", "ACCUSE", "BFA"),
    ("코트디부아르 총리 아마 두 쿨리발리는 말리 정부를 비난했다.", "아마 두 쿨리발리", "CIV", "ACCUSE", "MLI"),
]

NOT_PIECES = [  # (sentence, a prose word after the title that no name may hold)
    ("대통령 취임 후 투레는 알제리 정부를 비난했다.", "후"),
    ("말리 총리 새 내각은 8일 바마코에서 출범했다.", "내각"),
    ("기니 외무장관 및 국방장관은 세네갈을 방문했다.", "및"),
    ("가나 외무장관 회담 결과는 8일 발표됐다.", "결과"),
    ("두 정상은 케냐 대통령 별장 키란두에서 만났다.", "별장"),  # a place after its owner's title takes 에서
]


@pytest.mark.parametrize("text,name,state,kind,other", PIECES)
def test_name_pieces_after_title_are_one_name(text, name, state, kind, other):
    article = extract_text(text, published=PUB)
    subjects = [m for m in article.mentions if m.role == "subject"]
    assert subjects and subjects[0].surface == name and subjects[0].entity.country == state, \
        [(m.surface, m.role) for m in article.mentions]
    first = first_of(article.events, type=kind)
    assert {state, other} <= countries(first.participants) | countries(first.recipients)


@pytest.mark.parametrize("text,word", NOT_PIECES)
def test_prose_after_title_is_no_name(text, word):
    assert not [m.surface for m in extract_text(text, published=PUB).mentions if word in m.surface]


SIDES = {  # (sentence, event type, acting states exactly, receiving states exactly)
    "including": [
        ("노르웨이를 비롯한 서방 국가들은 수단 군부를 규탄했다.", "ACCUSE", {"NOR"}, {"SDN"}),
        ("캐나다를 비롯한 서방 국가들은 베네수엘라 대사를 추방했다.", "SANCTION", {"CAN"}, {"VEN"}),
        ("Western countries including Norway condemned the Sudanese army.", "ACCUSE", {"NOR"}, {"SDN"}),
    ],
    "including-object": [  # negative: the group is the object, its named state receives the act
        ("수단 군부는 노르웨이를 비롯한 서방 국가들을 비난했다.", "ACCUSE", {"SDN"}, {"NOR"}),
    ],
    "collective-members": [
        ("스웨덴을 비롯한 유럽 국가들은 에티오피아 정부를 비난했다.", "ACCUSE", {"SWE"}, {"ETH"}),
        ("European countries including Sweden condemned the Ethiopian government.", "ACCUSE", {"SWE"}, {"ETH"}),
    ],
    "collective-alone": [  # negative: no member named, the collective is Europe's
        ("유럽 국가들은 에티오피아 정부를 비난했다.", "ACCUSE", {"EUR"}, {"ETH"}),
        ("European countries condemned the Ethiopian government.", "ACCUSE", {"EUR"}, {"ETH"}),
    ],
}


@pytest.mark.parametrize("text,kind,actors,receivers",
                         [pytest.param(*row, id=f"{cls}-{n}") for cls, rows in SIDES.items()
                          for n, row in enumerate(rows)])
def test_including_and_collective_sides(text, kind, actors, receivers):
    first = first_of(extract_text(text, published=PUB).events, type=kind)
    receiving = countries(first.recipients)
    assert (countries(first.participants) - receiving, receiving) == (actors, receivers)


CYBER = [  # (sentence, acting state, its sector, receiving state)
    ("러시아 해킹 그룹이 우크라이나 은행에 사이버 공격을 가했다.", "RUS", "CRM", "UKR"),
    ("중국 해커 집단이 인도 전력망을 해킹했다.", "CHN", "CRM", "IND"),
    ("중국 해커들이 인도 전력망에 랜섬웨어 공격을 감행했다.", "CHN", "CRM", "IND"),
    ("이란 해킹 단체가 이스라엘 병원 전산망에 랜섬웨어 공격을 가했다.", "IRN", "CRM", "ISR"),
    ("A Russian hacking group launched a cyberattack on Ukrainian banks.", "RUS", "CRM", "UKR"),
]


@pytest.mark.parametrize("text,actor,sector,receiver", CYBER)
def test_hacking_groups_and_ransomware_are_cyber_coercion(text, actor, sector, receiver):
    events = extract_text(text, published=PUB).events
    found = [e for e in events if e.type == "COERCE" and e.mode == "cyber"]
    assert found and not [e for e in events if e.type == "ASSAULT"], [(e.type, e.mode) for e in events]
    assert (actor, sector) in {(p.country, p.sector) for p in found[0].participants}
    assert receiver in countries(found[0].recipients)


NOT_CYBER = [  # (sentence, the event type it is): a group of another kind, an attack of force
    ("시리아 반군은 정부군 기지에 로켓 공격을 감행했다.", "ASSAULT"),
    ("러시아 음악 그룹은 키이우에서 공연을 열었다.", None),
]


@pytest.mark.parametrize("text,kind", NOT_CYBER)
def test_no_cyber_without_code(text, kind):
    events = extract_text(text, published=PUB).events
    assert not [e for e in events if e.mode == "cyber" or any(p.sector == "CRM" for p in e.participants)]
    if kind:
        assert [e for e in events if e.type == kind], [(e.type, e.mode) for e in events]


OWNED = [  # (sentence, the people's state and sector receiving the coercion, or None: no people receive it)
    ("니카라과 당국은 망명 기자들의 재산을 몰수했다.", ("NIC", "JRN")),
    ("니카라과 정부는 야권 인사 20명의 국적을 박탈했다.", ("NIC", "OPP")),
    ("벨라루스 당국은 인권 활동가들의 여권을 압수했다.", ("BLR", None)),
    ("니카라과 당국은 코스타리카 기자들의 여권을 압수했다.", ("CRI", "JRN")),  # the people's state named: theirs
    ("니카라과 당국은 정부의 재산을 몰수했다.", None),  # negative: no people own the object
    ("니카라과 당국은 대학의 건물을 몰수했다.", None),  # negative: a body owns it
]


@pytest.mark.parametrize("text,receiver", OWNED)
def test_people_owning_the_object_receive_coercion(text, receiver):
    """OWNED (kowild48): coercion done through what people own ('기자들의 재산을 몰수했다') is done to those people,
    the actor's own unless their run names a state (lang/ko/act_owned_people.py)."""
    first = first_of(extract_text(text, published=PUB).events, type="COERCE")
    people = {(r.country, r.sector) for r in first.recipients if r.sector not in ("GOV", "IGO")}
    if receiver is None:
        assert not people, people
    else:
        state, sector = receiver
        assert state in {c for c, _s in people} and (sector is None or (state, sector) in people), people

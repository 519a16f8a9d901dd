"""A titled office with no name is an actor, and later pronouns carry it (session 21, title22; issues 13 and 14).

- 'The Peruvian foreign minister', 'Kenya's defence minister', 'a Moroccan envoy', '에콰도르 외교장관은', '주한 케냐대사는':
  a state's office whose holder the text does not name and the knowledge base does not know is one person-like mention
  with the state, office and sector (pipeline/mentions.py `office_entity`), so 'He', 'She', 'The minister', '그는',
  '장관은' in the next sentences carry its state as they carry a named holder's.
- The head of one of South Korea's central agencies named by title alone in a Korean report ('해양경찰청장은',
  '경찰청장은', '합참의장은', '국가정보원장은') acts for South Korea (offices.yaml `agency`; lang/ko/mentions.py
  `nameless_state`); English 'the South Korean coast guard chief', 'Japan's coast guard commandant'.
- A meeting reads no nameless holder as a person: its party is the state, as before (`party_mentions`).
Sentences are our own; the states are outside the tuned sets' usual pairs.
"""
from __future__ import annotations

import pytest

from readout.api import extract_text
from tests.event_sides import sides

DAY = "2026-11-16"  # a Monday

CARRIED = [
    # English: an adjective title, then a pronoun or 'the minister'
    ("The Peruvian foreign minister arrived in Quito on Monday. He urged Ecuador to release the detained fishermen.",
     "REQUEST", "PER", "ECU"),
    ("The Kenyan defence minister toured the northern border on Monday. He accused Somalia of sheltering the raiders.",
     "ACCUSE", "KEN", "SOM"),
    ("The Egyptian foreign minister held a news conference in Cairo on Monday. She condemned Ethiopia over the dam.",
     "ACCUSE", "EGY", "ETH"),
    ("The Finnish interior minister visited the eastern border on Monday. The minister accused Russia of pushing "
     "migrants across the frontier.", "ACCUSE", "FIN", "RUS"),
    ("The Thai defence minister spoke to reporters in Bangkok on Monday. He warned Cambodia that the army would "
     "respond to any incursion.", "THREATEN", "THA", "KHM"),
    ("The Hungarian foreign minister was in Brussels on Monday. He criticized Ukraine over the minority law.",
     "ACCUSE", "HUN", "UKR"),
    ("The Pakistani interior minister addressed the senate on Monday. He asked Afghanistan to hand over the militants.",
     "REQUEST", "PAK", "AFG"),
    ("The Jordanian foreign minister spoke in Amman on Monday. He condemned Israel over the raids.",
     "ACCUSE", "JOR", "ISR"),
    # English: the state as owner, and an indefinite title with the state's adjective
    ("Kenya's defence minister flew to the border town on Monday. He accused Ethiopia of arming the militias.",
     "ACCUSE", "KEN", "ETH"),
    ("Morocco's foreign minister met reporters in Rabat on Monday. He called on Algeria to reopen the border.",
     "REQUEST", "MAR", "DZA"),
    ("Ireland's foreign minister was in Dublin on Monday. She urged Britain to honour the protocol.",
     "REQUEST", "IRL", "GBR"),
    ("A Colombian envoy arrived in Caracas on Monday. He urged Venezuela to release the detained soldiers.",
     "REQUEST", "COL", "VEN"),
    ("The Ugandan ambassador was summoned on Monday. He later accused Rwanda of spreading false reports.",
     "ACCUSE", "UGA", "RWA"),
    ("The South Korean coast guard chief inspected the patrol fleet on Monday. He warned China that illegal fishing "
     "would be met with force.", "THREATEN", "KOR", "CHN"),
    ("Japan's coast guard commandant spoke in Tokyo on Monday. He urged China to withdraw its ships from the area.",
     "REQUEST", "JPN", "CHN"),
    # Korean: a country and a title, then 그는 / 장관은
    ("페루 외교장관은 16일 키토에 도착했다. 그는 에콰도르에 억류된 어민들을 석방하라고 촉구했다.", "REQUEST", "PER", "ECU"),
    ("케냐 국방장관은 16일 북부 국경을 시찰했다. 그는 무장세력 문제와 관련해 소말리아를 강하게 비난했다.", "ACCUSE", "KEN", "SOM"),
    ("이집트 외교장관은 16일 카이로에서 기자회견을 열었다. 그는 댐 문제와 관련해 에티오피아를 규탄했다.", "ACCUSE", "EGY", "ETH"),
    ("핀란드 내무장관은 16일 동부 국경을 방문했다. 장관은 러시아를 강하게 비난했다.", "ACCUSE", "FIN", "RUS"),
    ("태국 국방장관은 16일 기자들과 만났다. 그는 캄보디아에 국경 지역에서 병력을 철수하라고 요구했다.", "REQUEST", "THA", "KHM"),
    ("헝가리 외교장관은 16일 브뤼셀을 찾았다. 그는 소수민족 법과 관련해 우크라이나를 비판했다.", "ACCUSE", "HUN", "UKR"),
    ("파키스탄 내무장관은 16일 상원에서 연설했다. 그는 아프가니스탄에 무장세력을 넘겨 달라고 요청했다.", "REQUEST", "PAK", "AFG"),
    ("요르단 외교장관은 16일 암만에서 기자회견을 했다. 그는 이스라엘의 공습을 규탄했다.", "ACCUSE", "JOR", "ISR"),
    ("모로코 외교장관은 16일 라바트에서 기자들과 만났다. 그는 알제리에 국경을 다시 열라고 촉구했다.", "REQUEST", "MAR", "DZA"),
    # Korean: the state written in the title's own word ('주한 X대사'), then 그는
    ("주한 우간다대사는 16일 서울에서 기자회견을 열었다. 그는 허위 정보 유포와 관련해 르완다를 비난했다.", "ACCUSE", "UGA", "RWA"),
    ("콜롬비아대사는 16일 카라카스에 도착했다. 그는 베네수엘라에 억류된 군인들을 석방하라고 촉구했다.", "REQUEST", "COL", "VEN"),
    # Korean: the head of a South Korean agency named by title alone acts for South Korea
    ("해양경찰청장은 16일 경비함정을 점검했다. 그는 중국 어선의 불법 조업을 강력히 규탄했다.", "ACCUSE", "KOR", "CHN"),
    ("해양경찰청장은 16일 기자간담회에서 중국 측에 불법 조업 단속을 강화해 달라고 요청했다.", "REQUEST", "KOR", "CHN"),
    ("경찰청장은 16일 기자간담회를 열었다. 그는 캄보디아에 범죄 조직 단속 강화를 요청했다.",
     "REQUEST", "KOR", "KHM"),
    ("합참의장은 16일 전방 부대를 방문했다. 그는 북한의 도발을 강력히 규탄했다.", "ACCUSE", "KOR", "PRK"),
    ("국가정보원장은 16일 국회 정보위원회에 출석했다. 그는 러시아에 북한과의 군사 협력을 중단하라고 촉구했다.",
     "REQUEST", "KOR", "RUS"),
]


@pytest.mark.parametrize("text, kind, actor, recipient", CARRIED)
def test_a_nameless_titled_office_acts_and_is_carried(text, kind, actor, recipient):
    found = sides(text, kind, DAY)
    assert any(actor in a and recipient in r for a, r in found), found


def test_the_table_spans_both_languages_and_many_states():
    hangul = [row for row in CARRIED if any("가" <= ch <= "힣" for ch in row[0])]
    assert len(CARRIED) >= 30 and 12 <= len(hangul) <= len(CARRIED) - 12
    assert len({row[2] for row in CARRIED} | {row[3] for row in CARRIED}) >= 12


@pytest.mark.parametrize("text, kind, wrong", [
    # two titled offices of different states in one sentence: 'He' after them is no one's guess
    ("The Peruvian foreign minister and the Chilean foreign minister met in Lima on Monday. He urged Bolivia to "
     "join the talks.", "REQUEST", {"PER", "CHL"}),
    ("페루 외교장관과 칠레 외교장관은 16일 리마에서 회담했다. 그는 볼리비아에 회담 참여를 촉구했다.", "REQUEST", {"PER", "CHL"}),
])
def test_a_pronoun_after_two_titled_offices_guesses_no_actor(text, kind, wrong):
    for actors, _recipients in sides(text, kind, DAY):
        assert not (set(actors) & wrong and len(set(actors) & wrong) == 1), actors


@pytest.mark.parametrize("text, kind, actor, recipient", [
    # a named holder after a nameless title takes over ('He' is the named one)
    ("The Peruvian foreign minister arrived in Quito on Monday. Ecuadorian President Daniel Noboa received him. He "
     "urged Colombia to reopen the border.", "REQUEST", "ECU", "COL"),
    # '그는' after a named person still carries that person
    ("안드레스 로하스 칠레 외교장관은 16일 리마를 방문했다. 그는 페루에 억류된 외교관들을 석방하라고 촉구했다.",
     "REQUEST", "CHL", "PER"),
    ("Peruvian Foreign Minister Elena Castro arrived in Quito on Monday. She urged Ecuador to release the detained "
     "fishermen.", "REQUEST", "PER", "ECU"),
])
def test_a_named_person_is_carried_as_before(text, kind, actor, recipient):
    found = sides(text, kind, DAY)
    assert any(actor in a and recipient in r for a, r in found), found


@pytest.mark.parametrize("text, states", [
    ("The Peruvian foreign minister met Ecuadorian officials in Quito on Monday.", {"PER", "ECU"}),
    ("페루 외교장관은 16일 키토에서 에콰도르 측과 회담했다.", {"PER", "ECU"}),
    ("Morocco's foreign minister visited Mauritania on Monday.", {"MAR", "MRT"}),
])
def test_a_meeting_of_a_nameless_holder_is_a_meeting_of_states(text, states):
    meetings = [e for e in extract_text(text, published=DAY).events if e.type == "CONSULT"]
    assert meetings and all(p.kind == "country" for p in meetings[0].participants), meetings
    assert {p.country for p in meetings[0].participants} == states


@pytest.mark.parametrize("text, country, office", [
    ("The Peruvian foreign minister said on Monday that talks would resume.", "PER", "Minister of Foreign Affairs"),
    ("해양경찰청장은 16일 기자들에게 단속을 강화하겠다고 말했다.", "KOR", "Commissioner General of the Korea Coast Guard"),
    ("합참의장은 16일 기자들에게 경계태세를 유지하겠다고 말했다.", "KOR", "Chairman of the Joint Chiefs of Staff (South Korea)"),
    ("주한 케냐대사는 16일 기자들에게 협력을 확대하겠다고 말했다.", "KEN", "Ambassador"),
])
def test_the_nameless_holder_has_state_office_and_sector(text, country, office):
    mentions = [m for m in extract_text(text, published=DAY).mentions if m.entity and m.entity.kind == "person"]
    assert [(m.entity.country, m.entity.office) for m in mentions] == [(country, office)]
    assert mentions[0].entity.sector and mentions[0].entity.names == []


@pytest.mark.parametrize("text", [
    "청장은 16일 기자들에게 단속을 강화하겠다고 말했다.",  # a generic title alone: whose agency?
    "주페루대사는 16일 기자들에게 말했다.",  # an envoy posted to Peru: his own state is not written
    "그는 영국 외무부 중동 담당 수석보좌관을 지낸 마이클 그린우드 교수를 만났다.",  # the career of the next person
    "A foreign minister said on Monday that talks would resume.",  # no state
])
def test_no_nameless_holder_without_a_state(text):
    mentions = [m for m in extract_text(text, published=DAY).mentions
                if m.entity and m.entity.reason == "title only"]
    assert mentions == []


@pytest.mark.parametrize("text, office", [
    ("홍길동 산림청장은 말했다.", "kor_forest_head"),
    ("홍길동 병무청장이 말했다.", "kor_military_manpower_head"),
    ("홍길동 인사혁신처장은 말했다.", "kor_personnel_head"),
    ("홍길동 해양경찰청장은 말했다.", "kor_coast_guard_commissioner"),
])
def test_a_korean_name_with_an_agency_heads_title_is_south_koreas(text, office):
    from readout.lang.ko.mentions import find_mentions
    from readout.lang.ko.sentences import kiwi

    tokens = [(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)]
    (m,) = find_mentions(text, tokens)
    assert (m.surface, m.country, m.office) == ("홍길동", "KOR", office)

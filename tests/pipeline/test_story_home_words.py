"""A bare home-government word ('정부') in a Korean story about another state is that state's government where the
story placed deeds in it and named the writer's state in no other word (pipeline/story_states.story_home_words,
kobare50); under a home desk a bare organ's force takes the state of the towns its paragraph named
(`paragraph_place_state`) even after the headline named other states. Our own sentences; negatives keep the writer's
state: a story placed nowhere abroad, a dateline city only, a story that names Korea itself."""
from __future__ import annotations

import pytest
from tests.event_sides import first_of

ROWS = [  # (text, kind, the act's actors, its recipients)
    ("페루 리마에서 대규모 시위가 벌어졌다. 시민 수천 명이 의회 앞에 모여 정부의 연금 개혁에 반대했다.",
     "REJECT", ["PER"], ["PER"]),
    ("(서울=연합뉴스) 루마니아 정부가 긴축 예산안을 발표했다.\n\n"
     "발표 직후 수만 명의 시민이 부쿠레슈티 의회 건물 앞에 모여 EU 깃발을 흔들며 정부를 규탄했다.", "PROTEST", ["ROU"], ["ROU"]),
    ("페루 리마에서 대규모 시위가 벌어졌다.\n\n정부는 시위 주동자 20명을 체포했다고 밝혔다.", "COERCE", ["PER"], None),
    ("미국·브라질 \"볼리비아 사태 우려\"\n\n(서울=연합뉴스) 볼리비아에서 연료 부족에 항의하는 시위가 유혈 사태로 번지자 "
     "국제사회가 우려를 표명했다.\n\n라파스 시내에서는 10일 군인들이 주요 도로에 검문소를 세웠다. "
     "육군은 약탈에 가담한 혐의로 수십 명을 체포했다고 밝혔다.", "COERCE", ["BOL"], None),
    # negatives: the writer's own government
    ("북한이 동해상으로 탄도미사일을 발사했다. 정부는 국가안전보장회의를 열고 북한을 규탄했다.", "ACCUSE", ["KOR"], ["PRK"]),
    ("(워싱턴=연합뉴스) 미국 상무부가 수입 철강에 25% 관세를 부과한다고 발표했다. 정부는 이번 조치에 깊은 유감을 표했다.",
     "ACCUSE", ["KOR"], ["USA"]),
]


@pytest.mark.parametrize("text, kind, actors, recipients", ROWS)
def test_bare_government_word_is_the_story_state(extract, text, kind, actors, recipients):
    events = extract(text).events
    first = first_of(events, type=kind)
    assert [p.country for p in first.participants] == actors
    if recipients is not None:
        assert [p.country for p in first.recipients] == recipients


def test_a_story_naming_the_home_state_keeps_its_bare_government(extract):
    """A story that names Korea keeps a bare 정부 Korea's: the government that asks the foreign authorities is the
    writer's (the citizens of the foreign capital still protest their own government: act_own_government)."""
    text = ("(서울=연합뉴스) 한국 외교부는 페루 정세를 주시하고 있다고 밝혔다. 페루 리마에서 대규모 시위가 벌어졌다. "
            "정부는 페루 당국에 현지 교민의 안전 보장을 요청했다.")
    asks = [e for e in extract(text).events if e.type == "REQUEST"]
    assert [[p.country for p in e.participants] for e in asks] == [["KOR"]]
    assert [[p.country for p in e.recipients] for e in asks] == [["PER"]]


OWN_GOVERNMENT = [  # a state's opposition judging its own government: the same state on both sides
    "케냐 나이로비에서 열린 기자회견에서 케냐 야당 지도자는 정부가 국민을 상대로 전쟁을 선포했다고 비판했다.",
    "베네수엘라 카라카스에서 열린 집회에서 베네수엘라 야당 대표는 정부가 국민을 상대로 전쟁을 선포했다고 비판했다.",
    "(서울=연합뉴스) 세르비아 베오그라드에서 반정부 시위가 이어졌다.\n\n"
    "세르비아 야당 대표는 \"정부는 국민의 목소리를 들어야 한다\"며 정부를 강하게 비판했다.",
    "In Belgrade, thousands of people protested for a third day.\n\n"
    "The Serbian opposition leader accused the government on Monday of declaring war on its own people.",
]


@pytest.mark.parametrize("text", OWN_GOVERNMENT)
def test_opposition_accuses_its_own_government(extract, text):
    first = first_of(extract(text).events, type="ACCUSE")
    acting, receiving = first.participants, first.recipients
    assert len(acting) == 1 and len(receiving) == 1 and acting[0].country == receiving[0].country != "KOR"
    assert acting[0].sector in ("OPP", "PTY") and receiving[0].sector == "GOV"


def test_a_state_body_judging_a_bare_government_gets_no_own_state(extract):
    text = "체코 프라하에서 열린 기자회견에서 체코 외무장관은 정부가 국민을 상대로 전쟁을 선포했다고 비판했다."
    for e in extract(text).events:
        if e.type == "ACCUSE":
            assert [p.country for p in e.recipients] != [p.country for p in e.participants]


SPEAKER_BEFORE_QUOTE = [  # '…며': the speaker before the quote acts in the clause after it
    ("체코 외무장관은 기자회견에서 \"이번 공격은 명백한 국제법 위반\"이라며 러시아를 강하게 비판했다.", ["CZE"], ["RUS"]),
    ("러시아가 우크라이나 수도 키이우를 공습했다. 체코 외무장관은 \"민간인을 겨냥한 공격\"이라며 유감을 표했다.",
     ["CZE"], ["RUS"]),
]


@pytest.mark.parametrize("text, actors, recipients", SPEAKER_BEFORE_QUOTE)
def test_speaker_before_the_quote_is_the_actor(extract, text, actors, recipients):
    found = [e for e in extract(text).events if e.type == "ACCUSE"]
    assert found and [p.country for p in found[0].participants] == actors
    assert [p.country for p in found[0].recipients] == recipients


ONE_PATH = [  # (unify52) the one path for a bare home word: the sentence's own people first, even in a story that
    # names the writer's state before (the people acting there protest their own government), then the story
    ("(서울=연합뉴스) 한국 외교부는 칠레 정세를 주시하고 있다고 밝혔다. 칠레에서 시위대 수천 명이 정부 퇴진을 요구하며 "
     "시위를 벌였다.", "PROTEST", ["CHL"], ["CHL"]),
    ("(서울=연합뉴스) 한국 외교부는 헝가리 정세를 주시하고 있다고 밝혔다. 시민 수천 명이 부다페스트 의회 앞에 모여 정부를 "
     "규탄했다.", "PROTEST", ["HUN"], ["HUN"]),
    # negative: the writer's state named before, and no people of another state act in the sentence: Seoul's
    ("(서울=연합뉴스) 한국 외교부는 칠레 정세를 주시하고 있다고 밝혔다. 칠레에서 대규모 시위가 벌어졌다. 정부는 칠레 당국에 "
     "교민 보호를 요청했다.", "REQUEST", ["KOR"], ["CHL"]),
]


@pytest.mark.parametrize("text, kind, actors, recipients", ONE_PATH)
def test_the_sentence_people_own_government_before_the_story(extract, text, kind, actors, recipients):
    test_bare_government_word_is_the_story_state(extract, text, kind, actors, recipients)


def test_bare_home_words_are_asked_of_the_language():
    """`Language.bare_home_mentions`: Korean's bare '정부' outside a quote is one, a quoted one is the speaker's,
    a named state's government none; English has no bare home word."""
    from readout.api import library_pipeline
    from readout.lang.ko.sentences import kiwi

    korean, english = library_pipeline().language("ko"), library_pipeline().language("en")
    text = "정부는 \"우리 정부는 반대한다\"는 칠레 정부의 입장을 전했다."
    tokens = [(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)]
    found = korean.find_countries(text, 0, tokens)
    quoted = text.index("우리")
    assert [m.start for m in korean.bare_home_mentions(text, 0, found)] == [0]
    assert [m.start >= quoted for m in korean.bare_home_mentions(text, 0, found, quoted=True)] == [False, True]
    text = "The government said the Chilean government had rejected the plan."
    assert not english.bare_home_mentions(text, 0, english.find_countries(text, 0, ()))

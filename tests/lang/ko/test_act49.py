"""(koact49) Korean act readings, issues 13 and 15. Sentences and people are our own.
1. a deed noun phrase closed by a measure noun ('B의 국경 봉쇄 조치를 비난했다') keeps its owner's deed, as the same phrase
   closed by 결정 does (cue measure_noun carried like realize_noun: lang/ko/act_nominals); the measure lifted, asked to
   be lifted or only feared restricts nothing.
2. a partner before a genitive ('B와의 국경 봉쇄') is no owner of the deed (lang/ko/act_owned_deeds): a closure weighed
   with B ('B와의 국경 봉쇄를 검토하고 있다') is the weigher's THREATEN at B; a weighing denied is no done COERCE.
3. a leader ousted by a coup ('군부는 쿠데타로 X 대통령을 축출했다') is the coup: ASSAULT, the army on its own
   government, as coup48 codes '쿠데타를 일으켜 ... 축출했다' and English 'ousted the president in a coup'
   (lang/ko/act_coup_means); an ousting by a vote, or a leader described as once ousted, is no coup.
4. captives handed by a verb that also leads to a state or its capital marked 로 ('억류한 선원들을 칠레로 인도했다') are
   released to that state (RETREAT release), as with 에 and as English 'handed the detained sailors over to Chile'
   (lang/ko/act_hit_targets, act_led_destinations.state_destinations); led to a place that names no state, no act.
5. a proposal to end a dispute ('분쟁 종식을 위한 제안을 내놓았다') is a proposal, REQUEST of the side addressed or the
   dispute's partner, never the proposer's AGREE, also when no partner is named (as English 'put forward a proposal to
   end the dispute' promises nothing; lang/ko/act_resolved_topics); a proposal with no dispute keeps the offer.
6. a threat reported by another ('A는 B가 ...하겠다고 위협했다고 밝혔다'): the threatener is B, the reported clause's
   subject, when the threat's content is its speaker's volitive (겠); a state the content names is threatened, else
   the story's other side (lang/ko/act_reported_threats). A conditional warning ('B가 ...하면 ... 것이라고 경고했다')
   still warns B.
Every rule has rows that must not fire."""
import pytest

from tests.conftest import assert_act, countries, events_of
from tests.event_sides import events, sides

# 1. a deed noun phrase closed by a measure noun --------------------------------------------------------------------

OWNED_MEASURES = [  # (sentence, owner, judge)
    ("페루는 볼리비아의 국경 폐쇄 조치를 규탄했다.", "BOL", "PER"),
    ("칠레는 볼리비아 정부의 국경 봉쇄 조치를 비난했다.", "BOL", "CHL"),
    ("에콰도르는 콜롬비아의 국경 봉쇄 조처를 강하게 비판했다.", "COL", "ECU"),
]


@pytest.mark.parametrize("text,owner,judge", OWNED_MEASURES)
def test_a_measure_named_by_its_deed_is_the_owners_deed(extract, text, owner, judge):
    events = events_of(extract(text))
    assert_act(events, "COERCE", {owner}, None, "occurred", mode="restrict")
    assert_act(events, "ACCUSE", {judge}, {owner}, "occurred")


MEASURES_NOT_DONE = [  # lifted, asked to be lifted, or only feared: no restriction done
    "페루는 볼리비아의 국경 봉쇄 조치 해제를 환영했다.",
    "페루는 볼리비아에 국경 봉쇄 조치를 해제하라고 촉구했다.",
    "페루는 볼리비아의 국경 봉쇄 조치 가능성을 우려했다.",
]


@pytest.mark.parametrize("text", MEASURES_NOT_DONE)
def test_a_measure_lifted_or_feared_restricts_nothing(extract, text):
    assert not [e for e in events_of(extract(text), "COERCE") if e.status == "occurred"]


# 2. a closure weighed with a partner state --------------------------------------------------------------------------

WEIGHED_WITH_PARTNER = [  # (sentence, weigher, partner)
    ("볼리비아 정부는 칠레와의 국경 봉쇄를 검토하고 있다.", "BOL", "CHL"),
    ("볼리비아는 칠레와의 국경 봉쇄를 검토 중이라고 밝혔다.", "BOL", "CHL"),
    ("페루는 볼리비아와의 국경 폐쇄를 고려하고 있다.", "PER", "BOL"),
]


@pytest.mark.parametrize("text,weigher,partner", WEIGHED_WITH_PARTNER)
def test_a_closure_weighed_with_a_partner_threatens_the_partner(extract, text, weigher, partner):
    events = events_of(extract(text))
    assert_act(events, "THREATEN", {weigher}, {partner}, "occurred")
    assert partner not in countries(events_of(extract(text), "THREATEN")[0].participants)
    assert not [e for e in events_of(extract(text), "COERCE") if e.status == "occurred"]


WEIGHING_DENIED = [  # no weighing said: no threat and no done closure
    "페루는 볼리비아와의 국경 봉쇄를 검토하지 않고 있다.",
    "페루는 볼리비아와의 국경 봉쇄 가능성을 일축했다.",
]


@pytest.mark.parametrize("text", WEIGHING_DENIED)
def test_a_weighing_denied_is_no_threat_and_no_closure(extract, text):
    events = events_of(extract(text))
    assert not [e for e in events if e.type == "THREATEN"]
    assert not [e for e in events if e.type == "COERCE" and e.status == "occurred"]


# 3. a leader ousted by a coup ---------------------------------------------------------------------------------------

OUSTED_BY_COUP = [  # (sentence, state)
    ("니제르 군부는 쿠데타로 마마두 켈리 대통령을 축출했다.", "NER"),
    ("기니 군부는 20일 쿠데타로 대통령을 축출했다.", "GIN"),
    ("차드 군부는 지난주 쿠데타로 대통령을 축출한 뒤 과도정부를 세웠다.", "TCD"),
    ("Nigerien soldiers ousted President Mamadou Kelly in a coup on Tuesday.", "NER"),
]


@pytest.mark.parametrize("text,state", OUSTED_BY_COUP)
def test_a_leader_ousted_by_a_coup_is_the_army_assaulting_its_government(text, state):
    assert ([state], [state]) in sides(text, "ASSAULT")
    assert not [e for e in events(text) if e.type == "SANCTION"]


NOT_OUSTED_BY_COUP = [  # ousted by a vote, or described as once ousted: no coup told
    "니제르 의회는 탄핵으로 마마두 켈리 대통령을 축출했다.",
    "쿠데타로 축출된 마마두 켈리 전 대통령은 20일 귀국했다.",
    "니제르 의회는 표결로 총리를 축출했다.",
]


@pytest.mark.parametrize("text", NOT_OUSTED_BY_COUP)
def test_an_ousting_by_a_vote_is_no_coup(text):
    assert not [e for e in events(text) if e.type == "ASSAULT"]


# 4. captives handed over to a state marked 로 -----------------------------------------------------------------------

CAPTIVES_TO_STATE = [  # (sentence, recipient)
    ("페루는 억류한 선원들을 칠레로 인도했다.", "CHL"),
    ("페루는 억류하던 어부들을 키토로 인도했다.", "ECU"),
    ("Peru handed the detained sailors over to Chile.", "CHL"),
]


@pytest.mark.parametrize("text,recipient", CAPTIVES_TO_STATE)
def test_captives_handed_to_a_state_marked_ro_are_released_to_it(text, recipient):
    assert sides(text, "RETREAT") == [(["PER"], [recipient])]


CAPTIVES_LED = [  # led to a place that names no state, or not handed over: no release
    "페루는 억류한 선원들을 항구로 인도했다.",
    "페루 해경은 구조한 선원들을 안전한 곳으로 인도했다.",
    "페루는 억류한 선원들을 칠레로 인도하지 않았다.",
]


@pytest.mark.parametrize("text", CAPTIVES_LED)
def test_captives_led_to_a_place_are_released_to_no_one(text):
    assert not [e for e in events(text) if e.type in ("RETREAT", "COOPERATE") and e.status == "occurred"]


# 5. a proposal to end a dispute --------------------------------------------------------------------------------------

PROPOSALS_TO_END = [  # (sentence, recipients of the REQUEST, or None: no REQUEST read with no side named)
    ("우루과이는 파라과이에 분쟁 종식을 위한 제안을 내놓았다.", ["PRY"]),
    ("우루과이는 갈등 해소를 위해 파라과이에 새 제안을 내놓았다.", ["PRY"]),
    ("우루과이는 분쟁 종식을 위한 제안을 내놓았다.", None),
]


@pytest.mark.parametrize("text,recipients", PROPOSALS_TO_END)
def test_a_proposal_to_end_a_dispute_is_no_agreement(text, recipients):
    assert not [e for e in events(text) if e.type == "AGREE"]
    if recipients is not None:
        assert sides(text, "REQUEST") == [(["URY"], recipients)]


OFFERS_KEPT = [  # a proposal with no dispute to end: the offer as it reads, no REQUEST
    "우루과이는 파라과이에 경제 협력을 위한 제안을 내놓았다.",
    "우루과이는 무역 확대를 위한 제안을 내놓았다.",
]


@pytest.mark.parametrize("text", OFFERS_KEPT)
def test_a_proposal_with_no_dispute_asks_nothing(text):
    assert not [e for e in events(text) if e.type == "REQUEST"]


# 6. a threat reported by another ------------------------------------------------------------------------------------

REPORTED_THREATS = [  # (sentence, threatener, threatened)
    ("에콰도르는 콜롬비아가 에콰도르를 공격하겠다고 위협했다고 밝혔다.", "COL", "ECU"),
    ("에콰도르 정부는 콜롬비아가 에콰도르와의 국경을 봉쇄하겠다고 위협했다고 밝혔다.", "COL", "ECU"),
    ("에콰도르는 콜롬비아가 '에콰도르에 보복하겠다'고 위협했다고 주장했다.", "COL", "ECU"),
    ("에콰도르는 콜롬비아가 국경을 봉쇄하겠다고 위협했다고 밝혔다.", "COL", "ECU"),
]


@pytest.mark.parametrize("text,threatener,threatened", REPORTED_THREATS)
def test_a_reported_threat_is_the_reported_subjects(text, threatener, threatened):
    assert sides(text, "THREATEN") == [([threatener], [threatened])]


WARNINGS_KEPT = [  # a conditional warning warns its subject; a threat told directly keeps its speaker
    ("에콰도르 외교부는 콜롬비아가 에콰도르를 공격하면 대가를 치를 것이라고 경고했다.", "ECU", "COL"),
    ("콜롬비아가 에콰도르를 공격하겠다고 위협했다.", "COL", "ECU"),
]


@pytest.mark.parametrize("text,threatener,threatened", WARNINGS_KEPT)
def test_a_warning_told_directly_keeps_its_maker(text, threatener, threatened):
    assert sides(text, "THREATEN") == [([threatener], [threatened])]


def test_a_deed_reported_is_no_threat():
    assert not sides("에콰도르는 콜롬비아가 국경을 봉쇄했다고 밝혔다.", "THREATEN")

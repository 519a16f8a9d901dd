"""(kolex49) Korean act lexicon gaps, issue 15. Sentences and people are our own.
1. a bare hostile measure noun a side weighs ('Y에 대한 제재를 검토하고 있다', '봉쇄를 고려하고 있다') is the weigher's
   THREATEN at Y, as '제재 부과를 검토' and English 'is considering sanctions on Y' are (lang/ko/act_weighed_nouns); a
   weighing denied, a measure another owns, a verb that does not weigh, or help weighed threatens nothing.
2. a proposal presented to a named party ('Y에 새 제안을 제시했다', '중재안을 Y 정부에 건넸다') is REQUEST of Y, as English
   'presented a proposal to Y' (lang/ko/act_presented_proposals); presented to no one, at a meeting, about Y, or not
   presented at all, no REQUEST; a purpose that is no dispute keeps the offer (koact49).
3. a verb of ousting with no act entry of its own ('쿠데타로 정부를 몰아냈다', '쿠데타로 대통령을 무너뜨렸다') is the coup
   named as its means: ASSAULT of the army on its own government (lang/ko/act_coup_ousters), as English 'overthrew the
   government in a coup'; an ousting by impeachment or with no means named is no coup.
4. a threat another reports in a direct quote naming no one ('A는 B가 "...하겠다"고 위협했다고 밝혔다') is B's THREATEN
   aimed at the reporting topic A, as the unquoted form (lang/ko/act_reported_threats.reporting_topic); a state the
   quote names is threatened instead; a threat told by its own maker with no one named, or a deed reported, is none.
5. a measure its owner took, as the subject of a quoted judgement ('B의 국경 봉쇄 조치가 부당하다고 비난했다'), stays
   B's COERCE, as the object form does (lang/ko/act_judged_measures); a measure with no owner or a build-up judged
   stays the judgement's reason only.
Every rule has rows that must not fire."""
import pytest

from tests.event_sides import events, sides

# 1. a bare hostile measure noun weighed ----------------------------------------------------------------------------

WEIGHED_NOUNS = [  # (sentence, weigher, target, mode)
    ("볼리비아는 칠레에 대한 제재를 검토하고 있다.", "BOL", "CHL", "restrict"),
    ("페루 정부는 에콰도르에 대한 봉쇄를 고려하고 있다.", "PER", "ECU", "restrict"),
    ("페루는 에콰도르에 대한 보복을 검토 중이다.", "PER", "ECU", "violence"),
    ("볼리비아는 칠레에 대한 제재 방안을 고려하고 있다.", "BOL", "CHL", "restrict"),
    ("Bolivia is considering sanctions on Chile.", "BOL", "CHL", "restrict"),
]


@pytest.mark.parametrize("text,weigher,target,mode", WEIGHED_NOUNS)
def test_a_bare_measure_weighed_is_a_threat(text, weigher, target, mode):
    assert sides(text, "THREATEN") == [([weigher], [target])]
    assert [e.mode for e in events(text) if e.type == "THREATEN"] == [mode]
    assert not [e for e in events(text) if e.type in ("SANCTION", "COERCE", "ASSAULT")]


NOT_WEIGHED = [  # denied, owned by another, judged rather than weighed, or help weighed
    "볼리비아는 칠레에 대한 제재를 검토하지 않고 있다.",
    "볼리비아는 칠레의 제재를 검토하고 있다.",
    "볼리비아는 칠레에 대한 지원을 검토하고 있다.",
    "볼리비아는 칠레에 대한 제재를 추진하고 있다.",
]


@pytest.mark.parametrize("text", NOT_WEIGHED)
def test_a_measure_not_weighed_threatens_nothing(text):
    assert not sides(text, "THREATEN")


def test_a_measure_judged_is_no_threat():
    assert not sides("볼리비아는 칠레에 대한 제재를 비판했다.", "THREATEN")


# 2. a proposal presented to a named party --------------------------------------------------------------------------

PRESENTED = [  # (sentence, proposer, party asked)
    ("우루과이는 파라과이에 새 제안을 제시했다.", "URY", "PRY"),
    ("우루과이는 파라과이 정부에 중재안을 건넸다.", "URY", "PRY"),
    ("우루과이는 새 협상안을 파라과이에 전달했다.", "URY", "PRY"),
    ("우루과이는 파라과이에 새 제안을 내놓았다.", "URY", "PRY"),
    ("Uruguay presented a new proposal to Paraguay.", "URY", "PRY"),
]


@pytest.mark.parametrize("text,proposer,party", PRESENTED)
def test_a_proposal_presented_asks_the_party(text, proposer, party):
    assert sides(text, "REQUEST") == [([proposer], [party])]
    assert not [e for e in events(text) if e.type == "AGREE"]


NOT_PRESENTED_TO_A_PARTY = [  # no party named, a place, a topic, not presented, or an offer of cooperation
    "우루과이는 회의에서 새 제안을 제시했다.",
    "우루과이는 파라과이에 대한 새 제안을 제시했다.",
    "우루과이는 파라과이에 새 제안을 제시하지 않았다.",
    "우루과이는 새 제안을 제시했다.",
    "우루과이는 파라과이에 무역 확대를 위한 제안을 건넸다.",
]


@pytest.mark.parametrize("text", NOT_PRESENTED_TO_A_PARTY)
def test_a_proposal_to_no_party_asks_no_one(text):
    assert not sides(text, "REQUEST")


# 3. a verb of ousting whose means is a coup --------------------------------------------------------------------------

COUP_OUSTINGS = [  # (sentence, state)
    ("말리 군부는 군사쿠데타로 정부를 몰아냈다.", "MLI"),
    ("니제르 군부는 지난달 쿠데타로 대통령을 무너뜨렸다.", "NER"),
    ("차드 군부는 쿠데타로 정권을 타도했다.", "TCD"),
    ("Malian soldiers overthrew the government in a coup.", "MLI"),
]


@pytest.mark.parametrize("text,state", COUP_OUSTINGS)
def test_an_ousting_by_a_coup_is_the_coup(text, state):
    assert sides(text, "ASSAULT") == [([state], [state])]


NO_COUP = [  # impeachment, no means named, a protest, or people driven off
    "말리 의회는 탄핵으로 대통령을 몰아냈다.",
    "말리 시위대는 정부를 무너뜨렸다.",
    "말리 경찰은 시위대를 광장에서 몰아냈다.",
]


@pytest.mark.parametrize("text", NO_COUP)
def test_an_ousting_with_no_coup_is_no_assault(text):
    assert not [e for e in events(text) if e.type == "ASSAULT"]


# 4. a threat reported in a direct quote ------------------------------------------------------------------------------

QUOTED_REPORTED_THREATS = [  # (sentence, threatener, threatened)
    ("칠레 정부는 볼리비아가 '국경을 봉쇄하겠다'고 위협했다고 밝혔다.", "BOL", "CHL"),
    ("페루는 에콰도르가 \"보복하겠다\"고 위협했다고 주장했다.", "ECU", "PER"),
    ("칠레는 볼리비아가 '페루를 공격하겠다'고 위협했다고 밝혔다.", "BOL", "PER"),
    ("칠레 정부는 볼리비아가 국경을 봉쇄하겠다고 위협했다고 밝혔다.", "BOL", "CHL"),
]


@pytest.mark.parametrize("text,threatener,threatened", QUOTED_REPORTED_THREATS)
def test_a_quoted_threat_reported_is_aimed_at_the_reporter(text, threatener, threatened):
    assert sides(text, "THREATEN") == [([threatener], [threatened])]


OWN_THREATS = [  # the maker's own threat, naming no one and reported by no one: no side receives it
    "볼리비아가 '국경을 봉쇄하겠다'고 말했다.",
    "볼리비아가 '국경을 봉쇄하겠다'고 위협했다.",
]


@pytest.mark.parametrize("text", OWN_THREATS)
def test_a_threat_no_one_reports_is_aimed_at_no_one(text):
    assert all(not targets for _makers, targets in sides(text, "THREATEN"))


def test_a_deed_reported_is_no_threat():
    assert not sides("칠레는 볼리비아가 국경을 봉쇄했다고 밝혔다.", "THREATEN")


# 5. an owned measure as the subject of a quoted judgement -------------------------------------------------------------

JUDGED_MEASURES = [  # (sentence, owner, judge)
    ("칠레는 볼리비아의 국경 봉쇄 조치가 부당하다고 비난했다.", "BOL", "CHL"),
    ("페루는 에콰도르의 국경 폐쇄가 부당하다고 비판했다.", "ECU", "PER"),
]


@pytest.mark.parametrize("text,owner,judge", JUDGED_MEASURES)
def test_an_owned_measure_judged_is_the_owners_deed(text, owner, judge):
    found = events(text)
    assert [[p.country for p in e.participants] for e in found if e.type == "COERCE" and e.status == "occurred"] \
        == [[owner]]
    assert sides(text, "ACCUSE") == [([judge], [owner])]


NOT_OWNED_MEASURES = [  # no owner named, or a build-up judged: the judgement's reason only
    "칠레는 국경 봉쇄가 부당하다고 비난했다.",
    "칠레는 볼리비아의 병력 증강이 도발이라고 비난했다.",
]


@pytest.mark.parametrize("text", NOT_OWNED_MEASURES)
def test_a_measure_with_no_owner_judged_is_no_deed(text):
    assert not [e for e in events(text) if e.type in ("COERCE", "MOBILIZE") and e.status == "occurred"]

"""Korean act sides. Each row is a sentence or two we wrote for the test (not a batch's, not the eval's), read through
the whole pipeline: what it states (type, acting states exactly, receiving states, status; status None: no such
event).

Formerly tests/lang/test_ko_sides21.py, classes first read by session 19 round 2, ko-acts21, classes found in the
open batches art15a..art20b (docs/history.md)."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from tests.conftest import countries
from tests.lang.ko.act_rows import PUB, check


# 4. A reaction after a ~자 clause: the subject right before the reaction verb acts, even across its own quoted words
# ('Y가 "납치"라며 반발했다': clauses.SentenceReader.own_quote); the ~자 clause's subject receives. A comma after ~자 only
# pauses (endings._sequence): the clause before it still happened first. A quote Y stands inside keeps Y to the quote.
SEQUENCE_REACTIONS = [
    ("캐나다가 인도 외교관 6명을 추방하자 인도가 \"부당한 조치\"라며 반발했다.",
     [("ACCUSE", {"IND"}, {"CAN"}, "occurred"), ("SANCTION", {"CAN"}, {"IND"}, "occurred")]),
    ("브라질 해군이 공해상에서 아르헨티나 어선을 나포하자 아르헨티나가 \"해적 행위\"라며 강하게 반발하고 나섰다.",
     [("ACCUSE", {"ARG"}, {"BRA"}, "occurred")]),
    ("칠레 경찰이 볼리비아 공무원을 체포하자 볼리비아가 \"납치\"라며 반발하고 국경 부대의 경계를 강화했다.",
     [("ACCUSE", {"BOL"}, {"CHL"}, "occurred"), ("COERCE", {"CHL"}, {"BOL"}, "occurred")]),
    ("미국이 쿠바 기업 10곳을 제재 명단에 올리자, 쿠바가 반발했다.",
     [("SANCTION", {"USA"}, {"CUB"}, "occurred"), ("ACCUSE", {"CUB"}, {"USA"}, "occurred")]),
    # negative: the subject inside the quote did the quoted deed; the speaker outside it reacts
    ("인도네시아는 \"말레이시아가 영해를 침범했다\"며 반발했다.", [("ACCUSE", {"IDN"}, {"MYS"}, "occurred")]),
    # negative: an exhortation with a comma after 하자 stays an exhortation, no act happened
    ("\"이제 대화하자, 우리가 먼저 양보하겠다\"고 말했다.", [("SANCTION", set(), None, None)]),
]


@pytest.mark.parametrize("text,expected", SEQUENCE_REACTIONS)
def test_reaction_after_a_sequence_clause(text, expected):
    check(text, expected)


# 2. A quoted verdict between the judged object and the verb ('이번 조치를 "..."이라고 비난했다'): the object before the
# quote is what is judged (act_judged_kinds.quoted_verdict), so a measure naming no author answers the measure just told.
# With no object before the quote, the quote's own words say what is judged ('"명백한 도발"이라고': the launch).
QUOTED_VERDICTS = [
    ("영국 재무부가 이란 혁명수비대를 도운 개인 3명과 기관 2곳을 제재 대상으로 지정했다. 이란 외무부 대변인은 성명에서 "
     "이번 조치를 \"제국주의 정책의 연장\"이라고 비난했다.", [("ACCUSE", {"IRN"}, {"GBR"}, "occurred")]),
    ("캐나다는 러시아 국영 은행 3곳을 제재했다. 러시아 대사관은 캐나다의 제재를 \"비열한 망동\"이라고 규탄했다.",
     [("ACCUSE", {"RUS"}, {"CAN"}, "occurred")]),
    ("호주는 중국산 철강에 반덤핑 관세를 매기기로 결정했다. 중국 상무부는 이번 결정을 “노골적인 보호주의”라고 비판했다.",
     [("ACCUSE", {"CHN"}, {"AUS"}, "occurred")]),
    ("북한은 탄도미사일 2발을 발사했다. 일본 방위상은 \"명백한 도발\"이라고 비난했다.",
     [("ACCUSE", {"JPN"}, {"PRK"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", QUOTED_VERDICTS)
def test_quoted_verdict_judges_the_object_before_it(text, expected):
    check(text, expected)


# 1. A counter-measure threatened naming no one ('보복 조치를 예고', '상응 조치를 취하겠다고 경고', '대응 조치를 시사'): the
# hit is `counter_measure` (act_judged_kinds.counter_measure, cue counter_measure_noun), so it answers the last sanction or
# seizure by another side, not the statement told just before it. A bare warning naming no measure is no counter-measure.
COUNTER_MEASURES = [
    ("캐나다는 러시아 은행 3곳을 제재했다. 벨라루스 외무부는 캐나다를 규탄하고 \"캐나다는 대가를 치를 것\"이라고 위협했다. "
     "러시아 대사관도 보복 조치를 예고했다.", [("SANCTION", {"CAN"}, {"RUS"}, "occurred")], {"CAN"}),
    ("노르웨이는 러시아 어선 2척을 나포했다. 벨라루스 외무부는 노르웨이를 비난했다. 러시아 외무부는 상응 조치를 취하겠다고 "
     "경고했다.", [("COERCE", {"NOR"}, {"RUS"}, "occurred")], {"NOR"}),
    ("일본은 북한 관련 기업 4곳을 제재했다. 중국 외교부는 일본을 비난하며 \"일본은 책임을 져야 한다\"고 말했다. 북한 외무성은 "
     "대응 조치를 시사했다.", [("SANCTION", {"JPN"}, {"PRK"}, "occurred")], {"JPN"}),
]


@pytest.mark.parametrize("text,expected,answered", COUNTER_MEASURES)
def test_counter_measure_answers_the_last_measure(text, expected, answered):
    check(text, expected)
    threats = [e for e in extract_text(text, published=PUB).events if e.type == "THREATEN"]
    assert countries(threats[-1].participants) != answered and countries(threats[-1].recipients) == answered


@pytest.mark.parametrize("text", ["러시아 대사관은 보복 조치를 예고했다.", "중국 상무부는 상응 조치를 취하겠다고 경고했다."])
def test_counter_measure_is_marked(text):
    from kiwipiepy import Kiwi

    from readout.pipeline import default_pipeline
    toks = [(t.form, t.tag, t.start, t.len) for t in Kiwi().tokenize(text)]
    (hit,) = [h for h in default_pipeline().language("ko").find_acts(text, toks) if h.type == "THREATEN"]
    assert hit.data.get("counter_measure") and hit.data.get("unaddressed")


def test_bare_warning_is_no_counter_measure():
    from kiwipiepy import Kiwi

    from readout.pipeline import default_pipeline
    text = "북한은 전쟁이 일어날 수 있다고 경고했다."
    toks = [(t.form, t.tag, t.start, t.len) for t in Kiwi().tokenize(text)]
    assert not any(h.data.get("counter_measure") for h in default_pipeline().language("ko").find_acts(text, toks))


# 5. No trigger in the lexicon: warships escorting one's own ships is a show of force (MOBILIZE, ko_acts.yaml 호위하다);
# a bodyguard's escort of a person ('호위를 받으며') is no act. A carrying verb between the object and the release verb
# no longer hides the object from the verb's pair (cue carry_verb).
NEW_TRIGGERS = [
    ("인도 해군은 구축함 2척을 보내 자국 유조선을 호위했다.", [("MOBILIZE", {"IND"}, set(), "occurred")]),
    ("일본 해상자위대 호위함이 자국 상선을 호위했다.", [("MOBILIZE", {"JPN"}, set(), "occurred")]),
    ("대통령은 경호원들의 호위를 받으며 행사장에 도착했다.", [("MOBILIZE", set(), None, None)]),
    # people sent back carried on a vessel ('[어선에 태워] 돌려보냈다', act_arguments.carried_past): one release
    ("해경은 구조한 베트남 선원 3명을 어선에 태워 돌려보냈다.", [("RETREAT", {"KOR"}, {"VNM"}, "occurred")]),
    ("필리핀 해군은 나포했던 중국 어민 6명을 경비정에 태워 중국 측에 돌려보냈다.", [("RETREAT", {"PHL"}, {"CHN"}, "occurred")]),
    ("해군은 부상자를 헬기에 태워 병원으로 옮겼다.", [("RETREAT", set(), None, None)]),
]


@pytest.mark.parametrize("text,expected", NEW_TRIGGERS)
def test_new_triggers(text, expected):
    check(text, expected)


# 2b. A denial that calls the charge in its own quoted words ('"날조된 주장"이라며 이를 부인했다'): the quote mark before
# 이라며 no longer hides the charge noun (ko.yaml charge_called_re), so the denial answers the accuser just reported.
QUOTED_DENIALS = [
    ("에티오피아 정부는 이집트가 반군에 무기를 제공했다고 주장했다. 이집트 외무부는 성명에서 \"근거 없는 날조된 주장\"이라며 "
     "이를 전면 부인했다.", [("REJECT", {"EGY"}, {"ETH"}, "occurred")]),
    ("태국 군은 캄보디아군이 먼저 발포했다고 비난했다. 캄보디아 국방부는 “터무니없는 비방”이라고 일축했다.",
     [("REJECT", {"KHM"}, {"THA"}, "occurred")]),
    # negative: a quoted word that is no charge ('"좋은 제안"이라며') leaves the rejection of a proposal to its own reader
    ("러시아 외무부는 \"흥미로운 구상\"이라며 이를 높이 평가했다.", [("REJECT", set(), None, None)]),
]


@pytest.mark.parametrize("text,expected", QUOTED_DENIALS)
def test_denial_naming_the_charge_in_quotes(text, expected):
    check(text, expected)

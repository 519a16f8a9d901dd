"""Korean act sides. Each row is a sentence or two we wrote for the test (not a batch's, not the eval's), read through
the whole pipeline: what it states (type, acting states exactly among the parties, receiving states, status; status
None: no such event).

Formerly tests/lang/test_ko_sides23.py, classes first read by session 20 round 2, ko-acts23, classes found in the
open batches art15a..art21b (docs/history.md)."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from readout.lang.ko.country_words import read_word
from tests.conftest import countries
from tests.lang.ko.act_rows import PUB, check

# 1. A government's bare forces ('정부군') in a story of a war abroad: the state at war there, never the writer's.
# The word names no country itself (lexicon ko state_neutral_compounds, country_words.read_name); as the subject it is
# the state of the sentence's places (act_clause_subjects.people_subject, sector MIL); as the target of a rebel group's
# attack, the attacker's own state (act_armed_targets.conflict_force_target). Korea's own bare forces ('군은', '우리 군은')
# stay Korea's.
GOVERNMENT_FORCES = [
    ("예멘 후티 반군은 마리브 외곽의 정부군 진지를 포격했다.", [("ASSAULT", {"YEM"}, {"YEM"}, "occurred")]),
    ("미얀마 라카인주에서 아라칸군이 정부군 기지를 공격했다.", [("ASSAULT", {"MMR"}, {"MMR"}, "occurred")]),
    ("말리 북부 키달에서 정부군이 무장단체 거점을 공습했다.", [("ASSAULT", {"MLI"}, None, "occurred")]),
    # negative: Korea's own forces, named as a Korean wire names them
    ("우리 군은 서해 해상에서 북한 어선을 나포했다.", [("COERCE", {"KOR"}, {"PRK"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", GOVERNMENT_FORCES)
def test_government_forces_abroad_are_that_state(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text", ["예멘 후티 반군은 마리브 외곽의 정부군 진지를 포격했다.",
                                  "말리 북부 키달에서 정부군이 무장단체 거점을 공습했다."])
def test_government_forces_never_korea(text):
    for e in extract_text(text, published=PUB).events:
        assert "KOR" not in countries(e.participants) | countries(e.recipients)


@pytest.mark.parametrize("word,codes", [("정부군", ()), ("정부", ("KOR",)), ("러시아군", ("RUS",))])
def test_government_forces_word_names_no_state(word, codes):
    assert read_word(word).codes == codes


# 2. A deed named by a clause with no doer of its own before a judgement ('[선박을 억류한] 데 대해 유감을 표하고',
# '"[어선을 몰수하는] 것은 위반"이라고 비판했다'): not the judge's own act (act_judged_kinds.judged_deed_clause), and the
# judgement answers the doer of that deed told before (act_judged_kinds.judged_deed_kind: a seizure is a measure, an attack a
# provocation). A deed clause with its own subject ('B국이 ... 억류한 데 대해') keeps its doer as the act's.
JUDGED_DEEDS = [
    ("이란 혁명수비대가 20일 호르무즈 해협에서 파나마 선적 유조선을 나포했다. 파나마 정부는 선박을 억류한 데 대해 유감을 "
     "표하고 선원들의 석방을 요구했다.", [("COERCE", {"IRN"}, {"PAN"}, "occurred"), ("ACCUSE", {"PAN"}, {"IRN"}, "occurred")]),
    ("베네수엘라 해군이 가이아나 어선 2척을 나포했다. 가이아나 외교부는 \"민간 어선을 몰수하는 것은 국제법 위반\"이라고 "
     "비판했다.", [("COERCE", {"VEN"}, {"GUY"}, "occurred"), ("ACCUSE", {"GUY"}, {"VEN"}, "occurred")]),
    ("에리트레아군이 국경 마을을 포격했다. 에티오피아 정부는 민간인 거주지를 포격한 것은 전쟁 범죄라고 비난했다.",
     [("ACCUSE", {"ETH"}, {"ERI"}, "occurred")]),
    # negative: the deed's clause names its doer, who did it
    ("에콰도르 정부는 페루가 자국 어선을 억류한 데 대해 유감을 표명했다.",
     [("COERCE", {"PER"}, {"ECU"}, "occurred"), ("ACCUSE", {"ECU"}, {"PER"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", JUDGED_DEEDS)
def test_judged_deed_is_its_doers(text, expected):
    check(text, expected)


def test_judged_deed_is_not_the_judges_act():
    events = extract_text(JUDGED_DEEDS[0][0], published=PUB).events
    assert not [e for e in events if e.type == "COERCE" and "PAN" in countries(e.participants)]


# 3a. A charge dismissed after a contrastive ending ('앞서 A는 ...라고 주장했으나, B는 근거 없는 주장이라고 일축했다'):
# B rejects (clauses.contrast_topic: the topic after '-으나/-지만' is the subject of the rest) and A, the claimant, is
# its target (language.claimant_before_contrast). Without the contrast the sentence's first topic goes on acting.
CONTRASTED_CLAIMS = [
    ("앞서 알제리는 모로코 군이 국경을 침범했다고 주장했으나, 모로코 정부는 근거 없는 주장이라고 일축했다.",
     [("ACCUSE", {"DZA"}, {"MAR"}, "occurred"), ("REJECT", {"MAR"}, {"DZA"}, "occurred")]),
    ("앞서 수단은 차드가 반군에 무기를 공급했다고 주장했지만, 차드 외교부는 사실무근의 주장이라고 일축했다.",
     [("REJECT", {"TCD"}, {"SDN"}, "occurred")]),
    ("앞서 아제르바이잔은 아르메니아군이 휴전을 위반했다고 비난했으나, 아르메니아 국방부는 근거 없는 주장이라고 반박했다.",
     [("REJECT", {"ARM"}, {"AZE"}, "occurred")]),
    # negative: no contrast; the topic that claims goes on
    ("알제리는 모로코를 비난했으나 대화에는 응하겠다고 밝혔다.", [("ACCUSE", {"DZA"}, {"MAR"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", CONTRASTED_CLAIMS)
def test_contrasted_claim_is_rejected_by_the_later_topic(text, expected):
    check(text, expected)


# 3b. A demand for the return of people or things held ('자국민의 즉각 석방을 요구', '선원들의 조속한 송환을 촉구'; cue
# release_noun) that asks no one: the captor the story told. One who is asked stays the recipient.
RELEASE_DEMANDS = [
    ("에리트레아 당국이 사우디아라비아 어선을 나포하고 선원 12명을 억류했다. 사우디 외교부는 자국민의 즉각 석방을 요구했다.",
     [("REQUEST", {"SAU"}, {"ERI"}, "occurred")]),
    ("이집트 해군이 리비아 어선을 나포했다. 리비아 정부는 선박과 선원들의 조속한 송환을 촉구했다.",
     [("REQUEST", {"LBY"}, {"EGY"}, "occurred")]),
    ("칠레 정부는 볼리비아에 억류된 자국민의 석방을 요구했다.", [("REQUEST", {"CHL"}, {"BOL"}, "occurred")]),
    # negative: no seizure told and nothing to return: no one received
    ("페루 정부는 자국민의 안전을 위해 여행 자제를 요청했다.", [("REQUEST", set(), None, None)]),
]


@pytest.mark.parametrize("text,expected", RELEASE_DEMANDS)
def test_release_demand_is_aimed_at_the_captor(text, expected):
    check(text, expected)


# 6. A guarded state name ('가나', '수단': also ordinary words) joined by 과/와 to a state name right after it ('가나와
# 토고는') is one of a pair of states (guarded_names.joined_to_name); with no state after it, the ordinary word stays.
JOINED_NAMES = [
    ("가나와 토고는 국경 경비 협력을 강화하기로 합의했다.", [("AGREE", {"GHA", "TGO"}, None, "occurred")]),
    ("차드와 수단은 국경 공동 순찰에 합의했다.", [("AGREE", {"TCD", "SDN"}, None, "occurred")]),
    ("베냉과 니제르는 국경 분쟁을 대화로 해결하기로 합의했다.", [("AGREE", {"BEN", "NER"}, None, "occurred")]),
]


@pytest.mark.parametrize("text,expected", JOINED_NAMES)
def test_guarded_name_joined_to_a_state(text, expected):
    check(text, expected)


def test_guarded_word_before_no_state_stays_a_word():
    events = extract_text("북한은 수단과 방법을 가리지 않고 핵 개발을 계속하겠다고 밝혔다.", published=PUB).events
    assert all("SDN" not in countries(e.participants) | countries(e.recipients) for e in events)


# 7. (next class in the lists) A destination in the object's modifier ('[B국]으로 향하던 화물선을 나포했다', '[C지구]로
# 향하던 구호선'): where the vessel was going, not the recipient of the seizure or strike (act_context.headed_places).
# The flag or owner named in the phrase stays the recipient.
HEADED_PLACES = [
    ("튀니지군이 리비아로 향하던 화물선을 나포했다.", [("COERCE", {"TUN"}, set(), "occurred")]),
    ("예멘 후티 반군이 사우디아라비아로 향하던 유조선을 드론으로 공격했다.", [("ASSAULT", {"YEM"}, set(), "occurred")]),
    # negative: the vessel's own state is named beside its destination
    ("알제리 해군이 스페인으로 향하던 모로코 어선을 나포했다.", [("COERCE", {"DZA"}, {"MAR"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", HEADED_PLACES)
def test_destination_is_not_the_recipient(text, expected):
    check(text, expected)


# 8. (next class) A passive detention with no agent of its own joined by -면서/-며 to an active seizure with its subject
# ('X군이 화물선을 나포하면서 선원 3명도 억류됐다'): the same captor (act_context.serial_captor), not a place in the sentence.
SERIAL_CAPTORS = [
    ("튀니지군이 리비아로 향하던 화물선을 나포하면서 배에 타고 있던 이집트인 선원 3명도 억류됐다.",
     [("COERCE", {"TUN"}, None, "occurred")]),
    ("인도 해경이 스리랑카 어선을 나포하며 선원 8명도 함께 구금됐다.", [("COERCE", {"IND"}, {"LKA"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", SERIAL_CAPTORS)
def test_serial_passive_detention_has_the_seizers_captor(text, expected):
    check(text, expected)


def test_serial_captor_needs_a_seizure_before():
    """Negative: the clause before tells no seizure ('회담을 마치면서'), so no captor is borrowed from it."""
    events = extract_text("칠레 외교장관이 회담을 마치면서 페루인 선원 2명이 억류됐다는 소식이 전해졌다.", published=PUB).events
    assert not [e for e in events if e.type == "COERCE" and "CHL" in countries(e.participants)]

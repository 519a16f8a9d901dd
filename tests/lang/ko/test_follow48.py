"""(kofollow48) Korean acts still missed, the twins of enact48's English classes:
1. people handed over or deported to a state or its capital marked 로: that state receives the act
   (lang/ko/capital_destinations, lang/ko/act_sent_destinations); own people exiled keep their destination as no side.
Every rule has rows that must not fire. Sentences and people are our own."""
import pytest

from tests.conftest import assert_act, events_of

# 1. a 로 destination after a verb of handing people over ----------------------------------------------------------

HANDED = [  # (sentence, type, actor, recipients)
    ("칠레 정부는 마약 조직원으로 지목된 용의자를 에콰도르로 인도했다.", "COOPERATE", "CHL", {"ECU"}),
    ("칠레 정부는 탈옥수 두 명을 키토로 인도했다.", "COOPERATE", "CHL", {"ECU"}),
    ("칠레 당국은 사기 혐의 용의자를 아순시온으로 신속히 인도했다.", "COOPERATE", "CHL", {"PRY"}),
    ("칠레는 불법 이민자 40명을 볼리비아로 추방했다.", "COERCE", "CHL", {"BOL"}),
    ("칠레는 이주민들을 아순시온으로 추방했다.", "COERCE", "CHL", {"PRY"}),
    ("칠레 정부는 불법 체류자 20여 명을 키토로 송환했다.", "COERCE", "CHL", {"ECU"}),
]


@pytest.mark.parametrize("text,kind,actor,recipients", HANDED)
def test_a_destination_after_a_handover_receives_it(extract, text, kind, actor, recipients):
    assert_act(events_of(extract(text)), kind, {actor}, recipients, "occurred")


OWN_PEOPLE_SENT = [  # the actor's own people sent away: the destination is no side (kotwin46, kodeed47)
    "칠레는 반체제 인사들을 마드리드로 추방했다.",
    "칠레는 언론인 5명을 아순시온으로 추방했다.",
    "칠레는 자국민 30명을 볼리비아로 추방했다.",
]


@pytest.mark.parametrize("text", OWN_PEOPLE_SENT)
def test_own_people_sent_abroad_keep_the_destination_no_side(extract, text):
    assert_act(events_of(extract(text)), "COERCE", {"CHL"}, {"CHL"}, "occurred")


NOT_HANDED = [  # a capital before any other verb is a place: no state named
    "칠레 대통령은 키토로 향했다.",
    "칠레 대표단은 아순시온으로 이동해 회의 준비를 시작했다.",
]


@pytest.mark.parametrize("text", NOT_HANDED)
def test_a_capital_before_another_verb_is_no_state(text):
    from readout.lang.ko.countries import find_countries
    from readout.lang.ko.sentences import split

    codes = {c for _span, toks in split(text, 0) for m in find_countries(text, 0, list(toks)) for c in m.codes}
    assert codes <= {"CHL"}, codes


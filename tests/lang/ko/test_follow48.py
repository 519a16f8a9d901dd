"""(kofollow48) Korean acts still missed, the twins of enact48's English classes:
1. people handed over or deported to a state or its capital marked 로: that state receives the act
   (lang/ko/capital_destinations, lang/ko/act_sent_destinations); own people exiled keep their destination as no side.
2. an inquiry into a matter naming no side ('[X]에 대한 조사에 착수했다'): the investigator's own state receives it (GOV,
   or the sector of the people the matter names); a state named in it receives it (lang/ko/act_inquiry_matters).
3. a dispute with a named partner inside a proposal's purpose ('[B와의 분쟁 해결을 위한] 제안'): REQUEST of B, no offer
   (lang/ko/act_resolved_topics).
5. a request with no one asked ('범죄인 인도를 요청했다') stays no event in both languages (pipeline act_unreceived).
6. a headline's agent chain stops at a word ending on a comma ('가나군, 반군 거점 공격': the forces, not Ghana's
   rebels), and a spokesperson after an agent speaks for that agent ('가나군 대변인은': MIL; lang/ko/agent_chains).
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


# 6. the agent chain across a comma; a force's spokesperson -------------------------------------------------------

def sectors_of(text: str) -> list[tuple[str, str | None]]:
    from readout.lang.ko.countries import find_countries
    from readout.lang.ko.sentences import split

    return [(c, m.sector) for _span, toks in split(text, 0) for m in find_countries(text, 0, list(toks))
            for c in m.codes]


CHAINS = [  # (text, the first country mention's (state, sector))
    ("토고군, 무장단체 은신처 급습", ("TGO", "MIL")),
    ("가나 경찰, 반군 지도자 체포", ("GHA", "COP")),
    ("가나군 대변인은 국경 지역이 평온하다고 말했다.", ("GHA", "MIL")),
    ("토고 경찰 부대변인은 시위대 20명을 연행했다고 밝혔다.", ("TGO", "COP")),
    ("가나 반군 대변인은 휴전 제안을 거부했다.", ("GHA", "REB")),
]
NOT_CUT = [  # no comma: the chain reads on; a spokesperson with no agent before it speaks for the government
    ("토고 반군 지도자들은 협상을 거부했다.", ("TGO", "REB")),
    ("가나 정부 대변인은 국경 지역이 평온하다고 말했다.", ("GHA", "GOV")),
    ("토고 대변인은 회담이 열린다고 말했다.", ("TGO", "GOV")),
]


@pytest.mark.parametrize("text,first", CHAINS + NOT_CUT)
def test_the_agent_chain_stops_at_a_comma_and_a_spokesperson_keeps_the_agent(text, first):
    assert sectors_of(text)[0] == first


# 2. a domestic inquiry -----------------------------------------------------------------------------------------

INQUIRIES = [  # (sentence, actor, recipients, the recipient's sector)
    ("칠레 의회는 국유지 매각에 대한 조사에 착수했다.", "CHL", {"CHL"}, "GOV"),
    ("토고 검찰은 공금 유용 의혹에 관한 수사에 착수했다.", "TGO", {"TGO"}, "GOV"),
    ("토고 검찰은 기자 폭행에 대한 수사에 착수했다.", "TGO", {"TGO"}, "JRN"),
    ("칠레 의회는 볼리비아의 국경 봉쇄에 대한 조사에 착수했다.", "CHL", {"BOL"}, "GOV"),
]


@pytest.mark.parametrize("text,actor,recipients,sector", INQUIRIES)
def test_an_inquiry_into_a_matter_goes_to_the_state_it_concerns(extract, text, actor, recipients, sector):
    found = events_of(extract(text), "ACCUSE")
    assert_act(found, "ACCUSE", {actor}, recipients, "occurred", mode="investigate")
    assert [p.sector for p in found[0].recipients] == [sector]


NO_INQUIRY_SIDE = [  # a body's inquiry names no state; an inquiry with no matter names no one
    "유엔은 난민촌 화재에 대한 조사에 착수했다.",
    "칠레 의회는 곧 조사에 착수했다.",
]


@pytest.mark.parametrize("text", NO_INQUIRY_SIDE)
def test_an_inquiry_naming_no_state_and_no_matter_is_no_event(extract, text):
    assert_act(events_of(extract(text)), "ACCUSE", set(), None, None)


# 3. a dispute as the topic of a proposal -----------------------------------------------------------------------

RESOLVING = [
    "페루 대통령은 칠레와의 국경 분쟁 해결을 위한 제안을 내놓았다.",
    "토고는 가나와의 어업 분쟁을 해결하기 위한 새 제안을 내놓았다.",
    "토고 총리는 가나와의 갈등 종식을 위해 제안을 내놓았다.",
]


@pytest.mark.parametrize("text", RESOLVING)
def test_a_proposal_to_resolve_a_dispute_asks_the_other_side(extract, text):
    found = events_of(extract(text))
    actor, other = ("PER", "CHL") if "페루" in text else ("TGO", "GHA")
    assert_act(found, "REQUEST", {actor}, {other}, "occurred")
    assert_act(found, "AGREE", set(), None, None)


NOT_RESOLVING = [  # no dispute in the purpose: the offer reads as before (koact49: a dispute's end proposed with no
    # partner named is no AGREE either, tests/lang/ko/test_act49.py)
    ("토고는 가나와의 경제 협력을 위한 제안을 내놓았다.", "AGREE"),
]


@pytest.mark.parametrize("text,kind", NOT_RESOLVING)
def test_a_proposal_with_no_dispute_partner_stays_an_offer(extract, text, kind):
    found = events_of(extract(text))
    assert_act(found, kind, {"TGO"}, set(), "occurred")
    assert_act(found, "REQUEST", set(), None, None)


# 5. a request naming no one asked ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["토고 정부는 범죄인 인도를 요청했다.", "Togo's government requested the extradition of a banker."])
def test_a_request_with_no_one_asked_is_no_event(extract, text):
    assert_act(events_of(extract(text)), "REQUEST", set(), None, None)

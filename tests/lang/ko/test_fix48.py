"""(kofix48) Korean state names the tokenizer misreads, and the deeds they stand beside:
1. a short state name with 군 joined ('가나군을', read 가/NNG + 나/JC + 군): the state's armed forces (bare_state_words);
2. the press's short forms of a state's bodies after its name ('통가 선관위는', '몰타 헌재는': agents.yaml), and a
   guarded short name as the object of a visit or the place of an arrival whoever visits (guarded_names.visited_name);
3. 인도 (the handing over) bare before a noun of its own procedure or instrument ('인도 절차', '인도 협정'): the deed,
   never India (countries.yaml `deed_frames`); a request of a handover addressed to a state is a REQUEST of it;
4. a capital in the genitive owning a deed noun ('[카이로의] 칠레 외교관 추방'): its state, the deed's doer
   (capital_owners). Every rule has rows that must not fire. Sentences and people are our own."""
import pytest

from babel import Locale

from readout.kb.countries import guarded_forms
from readout.kb.geo import country_index
from readout.kb.loader import lexicon
from readout.lang.ko.bare_state_words import rejoined_bare_states
from readout.lang.ko.capital_owners import capital_deed_owners
from readout.lang.ko.countries import find_countries
from readout.lang.ko.sentences import split
from readout.lang.ko.words import words_of

from tests.conftest import assert_act, events_of


def short_states() -> list[tuple[str, str]]:
    """(CLDR Korean name of two syllables, code) of every state the knowledge base knows by it."""
    names = country_index()
    return sorted({(n, names[n]) for n in Locale("ko").territories.values()
                   if len(n) == 2 and n.isalpha() and n in names})


SHORT = short_states()
GUARDED = [(n, c) for n, c in SHORT if n in guarded_forms()]


def mentions(text: str) -> list[tuple[str, str | None]]:
    return [(c, m.sector) for _span, toks in split(text, 0) for m in find_countries(text, 0, list(toks))
            for c in m.codes]


def codes_of(text: str) -> set[str]:
    return {c for c, _sector in mentions(text)}


def object_particle(name: str) -> str:
    """을 after a final consonant, 를 after a vowel."""
    return name + ("을" if (ord(name[-1]) - 0xAC00) % 28 else "를")


# 1. a short state's name with 군 joined in one word ---------------------------------------------------------------

FORCES = [
    "반란 세력은 {n}군을 기습했다.",
    "경찰과 {n}군이 충돌했다.",
    "주민 수백 명이 {n}군에 항의했다.",
    "무장단체는 {n}군과 싸웠다.",
]


def test_the_tables_cover_the_short_names():
    assert len(SHORT) >= 30 and {"가나", "말리", "차드", "토고", "피지"} <= {n for n, _c in GUARDED}


@pytest.mark.parametrize("frame", FORCES)
@pytest.mark.parametrize("name, code", SHORT)
def test_state_with_joined_forces(name, code, frame):
    assert (code, "MIL") in mentions(frame.format(n=name))


@pytest.mark.parametrize("text", [  # the syllables kiwi read stand in other words: no state
    "가나다 순으로 정렬했다.",
    "빨래를 말리는 사람들이 있었다.",
    "꽃이 피지 않았다.",
    "그는 반대 세력을 말리러 갔다.",
])
def test_no_forces_in_other_words(text):
    assert not codes_of(text)


@pytest.mark.parametrize("tokens, surface, expected", [
    ([("가", "NNG", 0, 1), ("나", "JC", 1, 1), ("군", "NNG", 2, 1), ("을", "JKO", 3, 1)],
     "가나군을", [("가나", "NNP", 0, 2), ("군", "NNG", 2, 1)]),
    ([("가", "NNG", 0, 1), ("나", "NNG", 1, 1), ("다", "NNG", 2, 1)],  # no agent noun joined
     "가나다", [("가", "NNG", 0, 1), ("나", "NNG", 1, 1)]),
    ([("어", "NNG", 0, 1), ("가", "NNG", 1, 1), ("나", "JC", 2, 1), ("군", "NNG", 3, 1)],  # the name opens no word
     "어가나군", [("어", "NNG", 0, 1), ("가", "NNG", 1, 1), ("나", "JC", 2, 1)]),
])
def test_rejoined_joined_forces(tokens, surface, expected):
    assert rejoined_bare_states(tokens, surface)[:len(expected)] == expected


def test_events_of_joined_forces(extract):
    art = extract("반란 세력은 지난 주말 가나군을 기습했다.")
    assert_act(events_of(art), "ASSAULT", set(), {"GHA"}, "occurred")


# 2. a state's bodies by their short forms; a guarded name visited ----------------------------------------------------

BODIES = [
    ("{n} 선관위는 개표 결과를 발표했다.", "GOV"),
    ("{n} 헌재는 새 판결을 내렸다.", "JUD"),
    ("정부는 {n} 선관위에 이의를 제기했다.", "GOV"),
]


@pytest.mark.parametrize("frame, sector", BODIES)
@pytest.mark.parametrize("name, code", SHORT)
def test_short_body_forms(name, code, frame, sector):
    assert (code, sector) in mentions(frame.format(n=name))


@pytest.mark.parametrize("text, sector", [("에콰도르 헌재는 새 판결을 내렸다.", "JUD"),
                                          ("우루과이 중앙선관위는 개표 결과를 발표했다.", "GOV")])
def test_short_body_forms_of_long_names(text, sector):
    assert sector in {s for _c, s in mentions(text)}


@pytest.mark.parametrize("text", [  # no state named before the body, or a common word: no state
    "헌재는 탄핵안을 기각했다.",
    "선관위는 개표 결과를 발표했다.",
    "피지 분비가 늘었다.",
])
def test_short_body_forms_name_no_state_alone(text):
    assert not codes_of(text)


VISITS = [
    "박철수 장관은 {o} 방문했다.",
    "그는 지난주 {o} 방문했다.",
    "김영희 대통령은 11일 {o} 국빈 방문했다.",
    "박철수 특사는 어제 {n}에 도착했다.",
]


@pytest.mark.parametrize("frame", VISITS)
@pytest.mark.parametrize("name, code", GUARDED)
def test_guarded_name_visited(name, code, frame):
    assert code in codes_of(frame.format(n=name, o=object_particle(name)))


@pytest.mark.parametrize("text", [  # sought, not visited, or a modifier before it: the ordinary word
    "그는 다른 수단을 찾아 나섰다.",
    "그는 해결 수단을 찾았다.",
    "경찰은 시위대의 진입 저지를 시도했다.",
    "박철수 장관은 오만을 버리라고 말했다.",
    "그는 빨래를 말리러 갔다.",
])
def test_ordinary_words_not_visited(text):
    assert not codes_of(text)


def test_visit_of_a_guarded_name(extract):
    art = extract("칠레의 박철수 외교장관은 12일 토고를 방문해 김영희 토고 외교장관과 회담했다.")
    assert any({"CHL", "TGO"} <= {p.country for p in e.participants} for e in events_of(art, "CONSULT"))


# 3. the handing over before its procedure; a request of a handover ----------------------------------------------------

HANDOVER = [
    "페루 법원은 인도 절차를 중단했다.",
    "양국은 인도 협정을 맺었다.",
    "칠레 의회는 인도 조약을 비준했다.",
    "법원은 인도 청구를 기각했다.",
]

INDIA = [  # a state before it joins India to a pair's accord, or India stands as a party
    "칠레와 인도 협정을 맺었다.",
    "칠레는 인도 정부에 항의했다.",
    "인도 총리는 칠레를 방문했다.",
    "인도 외교부는 성명을 냈다.",
]


@pytest.mark.parametrize("text", HANDOVER)
def test_handover_procedure_names_no_state(text):
    assert "IND" not in codes_of(text)


@pytest.mark.parametrize("text", INDIA)
def test_india_stays(text):
    assert "IND" in codes_of(text)


@pytest.mark.parametrize("text, actor, recipient", [
    ("칠레는 페루에 범죄인 인도를 요청했다.", "CHL", "PER"),
    ("브라질 법무부는 우루과이에 용의자 신병 인도를 요구했다.", "BRA", "URY"),
])
def test_request_of_a_handover(extract, text, actor, recipient):
    events = events_of(extract(text))
    assert_act(events, "REQUEST", {actor}, {recipient}, "occurred")
    assert all("IND" not in {p.country for p in e.participants + e.recipients} for e in events)


# 4. a capital owning a deed -------------------------------------------------------------------------------------------

def capital_owners(text: str) -> list[list[str]]:
    toks = [t for _span, ts in split(text, 0) for t in ts]
    return [m.codes for m in capital_deed_owners(0, words_of(text, toks), [], lexicon("ko"))]


@pytest.mark.parametrize("text, codes", [
    ("칠레는 카이로의 칠레 외교관 추방을 비난했다.", [["EGY"]]),
    ("우루과이는 모스크바의 폴란드 외교관 추방을 규탄했다.", [["RUS"]]),
    ("칠레는 모스크바의 폴란드 대사관 앞에서 성명을 냈다.", []),  # where the embassy stands, no deed
    ("칠레 대표단은 카이로의 거리를 둘러봤다.", []),
    ("칠레는 상트페테르부르크의 폴란드 외교관 추방을 규탄했다.", []),  # no capital: where it was done
])
def test_capital_deed_owners(text, codes):
    assert capital_owners(text) == codes


@pytest.mark.parametrize("text, actor, recipient", [
    ("칠레 외교부는 카이로의 칠레 외교관 추방을 비난했다.", "EGY", "CHL"),
    ("우루과이는 모스크바의 폴란드 외교관 추방을 규탄했다.", "RUS", "POL"),
])
def test_capital_expels(extract, text, actor, recipient):
    assert_act(events_of(extract(text)), "SANCTION", {actor}, {recipient}, "occurred")


# 4b. a condemned expulsion of diplomats no state's name owns: the judge's own ------------------------------------------

@pytest.mark.parametrize("text, actor, recipients", [
    ("칠레 외교부는 이집트의 외교관 추방을 규탄했다.", "EGY", {"CHL"}),
    ("우루과이는 카이로의 외교관 추방을 규탄했다.", "EGY", {"URY"}),
    ("칠레 외교부는 이집트의 폴란드 외교관 추방을 비난했다.", "EGY", {"POL"}),  # named between: theirs, not the judge's
])
def test_condemned_expulsion_of_unnamed_diplomats(extract, text, actor, recipients):
    assert_act(events_of(extract(text)), "SANCTION", {actor}, recipients, "occurred")


@pytest.mark.parametrize("text", [  # told or regretted, not condemned by a subject: no recipient given
    "칠레 정부는 이집트의 외교관 추방을 발표했다.",
    "이집트의 외교관 추방에 대해 칠레 외교부는 깊은 유감을 표했다.",
])
def test_unjudged_expulsion_gets_no_judge(extract, text):
    for e in events_of(extract(text), "SANCTION"):
        assert "CHL" not in {r.country for r in e.recipients}


# 4c. an adjective made an adverb by 게 between a deed noun and the verb judging it ------------------------------------

@pytest.mark.parametrize("adverb", ["강하게", "강력하게", "단호하게", "엄중하게"])
def test_adverb_before_the_judging_verb(extract, adverb):
    text = f"우루과이는 이집트의 폴란드 외교관 추방을 {adverb} 규탄했다."
    assert_act(events_of(extract(text)), "SANCTION", {"EGY"}, {"POL"}, "occurred")


@pytest.mark.parametrize("text", [  # the adverb leaves a wished measure wished
    "우루과이는 이집트에 대한 제재를 강하게 요구했다.",
    "칠레는 제재를 단호하게 촉구했다.",
])
def test_adverb_keeps_a_wish(extract, text):
    assert_act(events_of(extract(text)), "SANCTION", set(), None, None)

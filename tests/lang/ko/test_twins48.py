"""(kotwins48) Korean twins of English classes fixed this session:
1. plain people handed to a state ('남성 2명을 B에 인도했다', '여성 3명을 B 당국에 넘겼다'): COOPERATE legal A->B, as
   English 'handed the two men over to X' (lexicon group handed_person_noun; lang/ko/act_led_destinations); the same
   people led to a place ('병원으로 인도했다'), handed to their own prosecutors, or not handed over state no transfer.
2. arms sent to a border ('B와의 국경에 탱크를 보냈다') are MOBILIZE weapons aimed at B, as English 'sent tanks to its
   border with X' (lang/ko/act_border_arms); arms sent to a state or across the border stay AID military.
3. 인도 made a verb inside its word (인도했다, 인도한, 인도해, 인도됐다) is the handing over, never India
   (lang/ko/deed_named_states.derived_verb); the name with a particle or before 정부 stays India.
4. a border closure owned by a state ('B의 국경 봉쇄를 비난했다') keeps B's COERCE restrict beside the ACCUSE, as English
   'condemned B for closing its border' (ko_acts noun entries 국경 봉쇄/폐쇄, lang/ko/act_owned_deeds); lifted, possible
   or asked-to-be-lifted closures restrict nothing.
Every rule has rows that must not fire. Sentences and people are our own."""
import pytest

from tests.conftest import assert_act, events_of

# 1. plain people handed over to a state ----------------------------------------------------------------------------

HANDED_PEOPLE = [  # (sentence, actor, recipient)
    ("콜롬비아는 남성 2명을 볼리비아에 인도했다.", "COL", "BOL"),
    ("콜롬비아 정부는 여성 3명을 볼리비아 당국에 넘겼다.", "COL", "BOL"),
    ("칠레는 남성 2명을 볼리비아에 넘겨줬다.", "CHL", "BOL"),
    ("칠레 당국은 여성 한 명을 페루 정부에 인도했다.", "CHL", "PER"),
]


@pytest.mark.parametrize("text,actor,recipient", HANDED_PEOPLE)
def test_plain_people_handed_to_a_state_are_a_legal_transfer(extract, text, actor, recipient):
    assert_act(events_of(extract(text)), "COOPERATE", {actor}, {recipient}, "occurred")


NOT_HANDED_PEOPLE = [  # led to a place, handed to one's own courts, or not handed over: no transfer
    "칠레 경찰은 남성 2명을 병원으로 인도했다.",
    "칠레 경찰은 부상한 여성을 안전한 곳으로 인도했다.",
    "칠레는 남성 2명을 재판에 넘겼다.",
    "칠레는 남성 2명을 볼리비아에 인도하지 않았다.",
    "칠레는 남성 2명이 볼리비아에 입국했다고 밝혔다.",
]


@pytest.mark.parametrize("text", NOT_HANDED_PEOPLE)
def test_plain_people_not_handed_to_a_state_are_no_transfer(extract, text):
    assert_act(events_of(extract(text)), "COOPERATE", set(), None, None)


# 3. 인도 made a verb (인도하다, 인도되다) is the handing over, never India ------------------------------------------

def _codes(text: str) -> set[str]:
    from readout.lang.ko.countries import find_countries
    from readout.lang.ko.sentences import split

    return {c for _span, toks in split(text, 0) for m in find_countries(text, 0, list(toks)) for c in m.codes}


HANDED_VERB = [  # the verb in any ending: no India
    "칠레는 용의자를 볼리비아로 인도했다.",
    "칠레가 인도한 남성 2명은 볼리비아에서 재판을 받는다.",
    "칠레는 탈옥수를 볼리비아에 인도해 달라고 요청했다.",
    "칠레는 남성들을 페루에 인도하기로 했다.",
    "그 탈옥수는 결국 볼리비아에 인도됐다.",
]


@pytest.mark.parametrize("text", HANDED_VERB)
def test_the_handing_over_verb_is_never_india(text):
    assert "IND" not in _codes(text)


INDIA_NAMED = [  # the state's name with a particle or before an agent noun: India
    "칠레는 인도와 회담했다.",
    "칠레는 인도에 대사를 보냈다.",
    "인도는 칠레와 협정을 맺었다.",
    "칠레는 인도 정부를 비난했다.",
]


@pytest.mark.parametrize("text", INDIA_NAMED)
def test_the_name_with_a_particle_is_india(text):
    assert "IND" in _codes(text)


# 2. arms sent to a border are deployed there, aimed at the state across -------------------------------------------

BORDER_ARMS = [  # (sentence, recipients)
    ("페루는 볼리비아와의 국경에 탱크를 보냈다.", {"BOL"}),
    ("페루는 볼리비아 접경 지역으로 전차 20대를 보냈다.", {"BOL"}),
    ("칠레 정부는 페루와의 국경 지대에 미사일을 보냈다.", {"PER"}),
    ("페루는 남부 국경에 탱크를 보냈다.", set()),
]


@pytest.mark.parametrize("text,recipients", BORDER_ARMS)
def test_arms_sent_to_a_border_are_deployed(extract, text, recipients):
    events = events_of(extract(text))
    assert not [e for e in events if e.type == "AID"], events
    assert_act(events, "MOBILIZE", {"PER" if text.startswith("페루") else "CHL"}, recipients, "occurred")


ARMS_GIVEN = [  # arms sent to a state, or to the border's forces, or across the border: still given
    ("페루는 볼리비아에 탱크를 보냈다.", {"BOL"}),
    ("페루는 국경을 넘어 볼리비아에 탱크를 보냈다.", {"BOL"}),
    ("페루는 국경 경비대에 탱크를 보냈다.", set()),
]


@pytest.mark.parametrize("text,recipients", ARMS_GIVEN)
def test_arms_sent_to_a_state_are_still_given(extract, text, recipients):
    events = events_of(extract(text))
    assert not [e for e in events if e.type == "MOBILIZE"], events
    assert_act(events, "AID", {"PER"}, recipients, "occurred")


# 4. a border closure owned by a state under a judgement keeps the owner's restriction -------------------------------

OWNED_CLOSURES = [  # (sentence, owner)
    ("칠레는 볼리비아의 국경 봉쇄를 비난했다.", "BOL"),
    ("칠레는 페루의 국경 폐쇄를 규탄했다.", "PER"),
]


@pytest.mark.parametrize("text,owner", OWNED_CLOSURES)
def test_an_owned_border_closure_is_the_owners_restriction(extract, text, owner):
    events = events_of(extract(text))
    assert_act(events, "COERCE", {owner}, None, "occurred", mode="restrict")
    assert_act(events, "ACCUSE", {"CHL"}, {owner}, "occurred")


CLOSURE_NOT_DONE = [  # a closure lifted, only possible, or asked to be lifted: no restriction
    "칠레는 볼리비아의 국경 봉쇄 해제를 환영했다.",
    "칠레는 볼리비아의 국경 봉쇄 가능성을 우려했다.",
    "칠레는 볼리비아에 국경 봉쇄 해제를 촉구했다.",
]


@pytest.mark.parametrize("text", CLOSURE_NOT_DONE)
def test_a_closure_lifted_or_possible_is_no_restriction(extract, text):
    assert_act(events_of(extract(text)), "COERCE", set(), None, None)

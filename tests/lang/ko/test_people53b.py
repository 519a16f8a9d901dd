"""people53b (issue 14): an office holder a state's body arrests or attacks is a member of that body, a receiving side
with an id of its own (pipeline/act_side_entities.held_member); the English twins are tests/lang/en/test_people53b.py.
Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import check_held_member, events, first_of, sector_sides

MEMBER_ROWS = [  # (sentence, type, acting (state, sector), receiving (state, sector) pairs exactly)
    ("가봉 정부는 장관을 체포했다.", "COERCE", ("GAB", "GOV"), {("GAB", "GOV")}),
    ("가봉 정부는 금요일 장관 두 명을 체포했다.", "COERCE", ("GAB", "GOV"), {("GAB", "GOV")}),
    # negative: another part of the state keeps its own sector, as before
    ("가봉 정부는 판사 두 명을 체포했다.", "COERCE", ("GAB", "GOV"), {("GAB", "JUD")}),
    ("가봉 경찰은 장관을 체포했다.", "COERCE", ("GAB", "COP"), {("GAB", "GOV")}),
]


@pytest.mark.parametrize("text, kind, acting, receiving", MEMBER_ROWS)
def test_members_held(text, kind, acting, receiving):
    check_held_member(text, kind, acting, receiving)


@pytest.mark.parametrize("text", ["가봉 정부는 장관을 칭찬했다.", "가봉 정부는 장관들에게 감사했다."])
def test_no_member_for_other_acts(text):
    """negative: a body's word about its own member is no act between two parties: no receiving side."""
    assert all(not e.recipients for e in events(text) if e.participants and e.participants[0].country == "GAB")


# a short state name kiwi cuts a sentence at, read as a verb and a final ending ('가나' 가/VV 나/EF): one sentence again
# (lang/ko/cut_state_names), so the act keeps both its sides
CUT_ROWS = [  # (sentence, type, acting (state, sector), receiving (state, sector) pairs exactly)
    ("교사들이 가나 경찰에 의해 체포됐다.", "COERCE", ("GHA", "COP"), {("GHA", "EDU")}),
    ("간호사 두 명이 가나 경찰에 체포됐다.", "COERCE", ("GHA", "COP"), {("GHA", "MED")}),
    ("농부들이 가나 군에 의해 살해됐다.", "ASSAULT", ("GHA", "MIL"), {("GHA", "AGR")}),
]


@pytest.mark.parametrize("text, kind, acting, receiving", CUT_ROWS)
def test_cut_state_name(text, kind, acting, receiving):
    actors, recipients = sector_sides(text, kind)
    assert acting in actors and recipients == receiving


def state_names() -> list[str]:
    from readout.kb.loader import kb
    return sorted({c.ko[0] for c in kb().countries.countries if c.kind == "state" and c.ko and c.ko[0].isalpha()})


CONTEXTS = ["기자들이 {} 경찰에 의해 체포됐다.", "목수 두 명이 {} 군에 의해 살해됐다.", "주민들이 {} 정부를 비난했다."]


@pytest.mark.parametrize("context", CONTEXTS)
def test_every_state_name_one_sentence(context):
    """Every CLDR Korean state name as a word before an agent noun: one sentence, the name one morpheme."""
    from readout.lang.ko.sentences import split

    bad = []
    for name in state_names():
        out = split(context.format(name), 0)
        if len(out) != 1 or name not in [t[0] for t in out[0][1]]:
            bad.append(name)
    assert not bad


@pytest.mark.parametrize("text, sentences", [
    ("어디 가나. 경찰이 왔다.", 2),  # negative: a closing mark ends the question
    ("그는 어디 가나 물었다.", 1),
    ("기자들이 가나 경찰에 체포됐다.", 1),
])
def test_cut_only_before_side_noun(text, sentences):
    from readout.lang.ko.sentences import split

    assert len(split(text, 0)) == sentences


# an office impeached by an organ in a passive: the office's sector receives, the organ acts (act_passive_sufferers)
IMPEACHED_ROWS = [  # (sentence, acting (state, sector), receiving (state, sector) pairs exactly)
    ("볼리비아 대통령이 의회에 의해 탄핵됐다.", ("BOL", "LEG"), {("BOL", "GOV")}),
    ("에콰도르 대법원장이 의회에 의해 탄핵됐다.", ("ECU", "LEG"), {("ECU", "JUD")}),
]


@pytest.mark.parametrize("text, acting, receiving", IMPEACHED_ROWS)
def test_impeached_office(text, acting, receiving):
    first = first_of(events(text), type="ACCUSE")
    assert acting in {(p.country, p.sector) for p in first.participants}
    assert {(r.country, r.sector) for r in first.recipients} == receiving


def test_no_charge_without_agent():
    """negative: no agent named, no organ acting: nothing read from the office as before."""
    assert all(e.recipients == [] or {r.sector for r in e.recipients} != {"LEG"}
               for e in events("볼리비아 대통령이 탄핵됐다.") if e.type == "ACCUSE")


# an office charged or impeached by an active verb: the office's sector, as English 'prosecutors charged a minister'
CHARGED_ROWS = [  # (sentence, acting (state, sector), receiving (state, sector) pairs exactly)
    ("볼리비아 의회는 대통령을 탄핵했다.", ("BOL", "LEG"), {("BOL", "GOV")}),
    ("볼리비아 검찰은 전 장관을 기소했다.", ("BOL", "JUD"), {("BOL", "GOV")}),
    ("볼리비아 검찰은 기자 두 명을 기소했다.", ("BOL", "JUD"), {("BOL", "JRN")}),  # negative: people keep theirs
]


@pytest.mark.parametrize("text, acting, receiving", CHARGED_ROWS)
def test_charged_office(text, acting, receiving):
    first = first_of(events(text), type="ACCUSE")
    assert acting in {(p.country, p.sector) for p in first.participants}
    assert {(r.country, r.sector) for r in first.recipients} == receiving

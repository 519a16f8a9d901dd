"""Actors outside Korea's neighbourhood, on our own sentences:
- a regional body named by description, with no body named before it ('the West African bloc', "Southeast Asia's
  regional grouping", 'the regional bloc', '서아프리카 지역 기구는', '남미 지역 협력체가'): an international body, IGO
  (Europe's: EUR), on either side of an act (lang/region_bodies.py; lexicon `region_body_re`);
- a region's name is no compound of state syllables ('남미' is South America, not South Korea and the United States);
- a dateline of a city in capitals and a colon ('NAIROBI: The foreign ministry ...', the South Asian and Gulf press):
  a state body the story names without its state is the dateline's state's.

Formerly tests/lang/test_world39_actors.py, classes first read by world39, issue 14 (docs/history.md)."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("text, kind, actors, recipients", [
    ("The West African bloc condemned Norway on Monday.", "ACCUSE", ["IGO"], ["NOR"]),
    ("Southeast Asia's regional grouping on Friday urged Chile to release the detained activists.", "REQUEST",
     ["IGO"], ["CHL"]),
    ("East African bloc threatens sanctions against Chile", "THREATEN", ["IGO"], ["CHL"]),
    ("The regional bloc accused Peru of violating the agreement.", "ACCUSE", ["IGO"], ["PER"]),
    ("The European bloc condemned Norway on Monday.", "ACCUSE", ["EUR"], ["NOR"]),
    ("Chile condemned the Central American bloc on Tuesday.", "ACCUSE", ["CHL"], ["IGO"]),
    ("서아프리카 지역 기구는 노르웨이를 강하게 비난했다.", "ACCUSE", ["IGO"], ["NOR"]),
    ("남미 지역 협력체는 칠레에 폭력을 중단하라고 촉구했다.", "REQUEST", ["IGO"], ["CHL"]),
    ("유럽 지역 기구는 페루를 강하게 비난했다.", "ACCUSE", ["EUR"], ["PER"]),
    ("노르웨이는 동남아 경제 블록을 비난했다.", "ACCUSE", ["NOR"], ["IGO"]),
])
def test_a_regional_body_named_by_description_is_an_international_body(text, kind, actors, recipients):
    found = sides(text, kind)
    assert (actors, recipients) in found, found


@pytest.mark.parametrize("text", [
    "The American alliance condemned Norway on Monday.",  # a state's alliance, no region of several states
    "서아프리카 국가들은 노르웨이를 비난했다.",  # states of a region, no body
])
def test_no_body_without_a_bloc_of_a_region(text):
    assert all("IGO" not in a for a, _ in sides(text, "ACCUSE")), sides(text, "ACCUSE")


def test_a_region_name_is_no_compound_of_state_syllables():
    assert sides("남미 지역 협력체는 칠레를 강하게 비난했다.", "ACCUSE") == [(["IGO"], ["CHL"])]
    assert sides("한미 양국은 칠레를 강하게 비난했다.", "ACCUSE") == [(["KOR", "USA"], ["CHL"])]


@pytest.mark.parametrize("text, actor", [
    ("NAIROBI: The Foreign Ministry condemned Norway on Monday.", "KEN"),
    ("KARACHI: The Foreign Office condemned Norway's decision on Monday.", "PAK"),
    ("NEW DELHI: The foreign ministry accused Chile of violating the agreement.", "IND"),
])
def test_a_colon_dateline_gives_a_bare_state_body_its_state(text, actor):
    found = sides(text, "ACCUSE")
    assert found and found[0][0] == [actor], found


# a bare state organ as the subject ('The junta', 'The army', '군부는', '정부군은'): the state the story named with such an
# organ, where no dateline or clause names its state (lang/en/act_organs.py, lang/ko/act_organs.py, pipeline/act_organs.py)
@pytest.mark.parametrize("text, kind, actors", [
    ("Guinea's junta seized power in a coup. Heavy rains hit the coast. The junta condemned Norway on Monday.",
     "ACCUSE", ["GIN"]),
    ("The Malian army shelled a rebel town. The army on Tuesday accused Norway of arming the rebels.",
     "ACCUSE", ["MLI"]),
    ("기니 군부는 지난해 권력을 장악했다. 군부는 노르웨이의 제재를 거부했다.", "REJECT", ["GIN"]),
    ("말리 정부군은 반군과 교전을 벌였다. 정부군은 노르웨이를 강하게 비난했다.", "ACCUSE", ["MLI"]),
])
def test_a_bare_organ_is_the_state_named_with_it(text, kind, actors):
    found = sides(text, kind)
    assert found and found[-1][0] == actors, found


@pytest.mark.parametrize("text, kind", [
    # actors57: with no organ named before, the one state the story named stands (pipeline/act_organs.py); two states
    # named, and neither owns the organ: no actor
    ("Heavy rains hit the coasts of Guinea and Liberia. The junta condemned Norway on Monday.", "ACCUSE"),
    ("폭우가 기니와 라이베리아 해안을 강타했다. 군부는 노르웨이를 강하게 비난했다.", "ACCUSE"),
])
def test_a_bare_organ_with_no_state_named_with_an_organ_stays_unresolved(text, kind):
    assert not sides(text, kind), sides(text, kind)


@pytest.mark.parametrize("text, kind", [
    ("Heavy rains hit the coast of Guinea. The junta condemned Norway on Monday.", "ACCUSE"),
    ("폭우가 기니 해안을 강타했다. 군부는 노르웨이를 강하게 비난했다.", "ACCUSE"),
])
def test_a_bare_organ_after_one_state_named_is_that_state(text, kind):
    """actors57: the one state the paragraph named, where no organ of it was named before."""
    found = sides(text, kind)
    assert found and found[-1][0] == ["GIN"], found


# a short state name heading a relative clause, which kiwi splits into a verb's pieces ('[군부가 집권한] 기니는': 기/VV
# 니/EC), is read back as the state (lang/ko/split_names.py); a verb that is a word of its own stays a verb
@pytest.mark.parametrize("text, kind, actors, recipients", [
    ("군부가 집권한 기니는 칠레를 강하게 비난했다.", "ACCUSE", ["GIN"], ["CHL"]),
    ("내전이 이어지는 차드는 노르웨이를 강하게 비난했다.", "ACCUSE", ["TCD"], ["NOR"]),
    ("정권이 바뀐 가나도 노르웨이의 제재를 거부했다.", "REJECT", ["GHA"], ["NOR"]),
    ("싸움을 말리는 노르웨이는 칠레를 비난했다.", "ACCUSE", ["NOR"], ["CHL"]),
])
def test_a_short_state_name_after_a_relative_clause_is_the_state(text, kind, actors, recipients):
    found = sides(text, kind)
    assert (actors, recipients) in found, found


def test_rejoined_names_keep_offsets():
    from readout.lang.ko.sentences import split

    text = "군부가 집권한 기니는 칠레를 비난했다."
    toks = [t for _span, tokens in split(text, 0) for t in tokens]
    assert ("기니", "NNP", 8, 2) in toks and ("는", "JX", 10, 1) in toks, toks


# a participle describing the subject between commas (', based in X,', ', backed by Y,', ', formed by Z,') is no
# part of the subject's words: the state before it acts (lexicon clause.aside_re)
@pytest.mark.parametrize("text, actors", [
    ("Libya's rival government, based in the east, condemned Norway on Monday.", ["LBY"]),
    ("Somalia's government, backed by African Union troops, accused Norway of arming the militants.", ["SOM"]),
    ("Chile's opposition coalition, formed by three parties, condemned Peru on Tuesday.", ["CHL"]),
])
def test_a_descriptive_participle_aside_keeps_the_subject(text, actors):
    found = sides(text, "ACCUSE")
    assert found and found[0][0] == actors, found


# the subject of a relative clause opening the sentence is the clause's own: its head marked with 도 is the sentence's
# topic ('[군부가 집권한] 기니도 ... 지지한다는 입장을 밝혔다'; lang/ko/clauses.SentenceReader.relative_head)
@pytest.mark.parametrize("text, kind, actors, recipients", [
    ("역시 군부가 집권한 차드도 성명을 통해 노르웨이 정부를 지지한다는 입장을 밝혔다.", "SUPPORT", ["TCD"], ["NOR"]),
    ("정권이 바뀐 페루도 칠레의 제안을 거부했다.", "REJECT", ["PER"], ["CHL"]),
])
def test_the_head_of_an_opening_relative_clause_is_the_topic(text, kind, actors, recipients):
    found = sides(text, kind)
    assert (actors, recipients) in found, found


# a National Security Council or Committee, a body many states have, is the dateline's state's (home_body_subject_re);
# with no dateline the listed body stands
@pytest.mark.parametrize("text, actor", [
    ("ANKARA: The National Security Council on Monday condemned Norway.", "TUR"),
    ("CAIRO, May 4 (Reuters) - The National Security Committee (NSC) condemned Norway on Monday.", "EGY"),
    ("WASHINGTON, May 4 (Reuters) - The National Security Council condemned Norway on Monday.", "USA"),
])
def test_a_national_security_council_is_the_datelines_state(text, actor):
    found = sides(text, "ACCUSE")
    assert found and found[0][0] == [actor], found

"""(nominal54, issue 13) Nouns and coordinated clauses read right, in both languages:
1. a judged noun of making an accord names its makers: 'criticized the signing of the pact between A and B' and
   'A와 B의 협정 체결을 비판했다' are A and B's AGREE beside the criticism, and the critic signed nothing;
2. a protest participle before the people noun it describes ('Protesting farmers blocked roads') is no PROTEST of its
   own: the clause's deed is the act, by those people, as '시위하는 농민들이 도로를 봉쇄했다' reads;
3. a state suspended outright ('The African Union suspended Burundi') is a member suspended, SANCTION expel, as
   'suspended Burundi's membership' and '부룬디의 회원국 자격을 정지했다' read;
4. a welcomed or condemned deed noun keeps its doer: a participle describing the target between the noun and 'by'
   ('the release of two detained sailors by Egypt') no longer hides the agent, and Korean 'X의 선원 석방을 환영했다'
   is X's RETREAT release, as "X's release of the sailors" is."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides

# sentence, the acting states of the AGREE (None: no AGREE), the judge's type and its acting state
JUDGED_MAKINGS = [
    ("Norway criticized the signing of the pact between Hungary and Serbia.", {"HUN", "SRB"}, "ACCUSE", "NOR"),
    ("Norway welcomed the signing of the trade accord between Hungary and Serbia.", {"HUN", "SRB"}, "SUPPORT", "NOR"),
    ("노르웨이는 헝가리와 세르비아의 협정 체결을 비판했다.", {"HUN", "SRB"}, "ACCUSE", "NOR"),
    ("노르웨이는 헝가리와 세르비아의 무역협정 체결을 환영했다.", {"HUN", "SRB"}, "SUPPORT", "NOR"),
    # guards: no maker named is no AGREE (fp23); a standing accord judged is no AGREE made
    ("Norway welcomed the signing of the pact.", None, "SUPPORT", "NOR"),
    ("노르웨이는 협정 체결을 환영했다.", None, "SUPPORT", "NOR"),
    ("Norway criticized the pact between Hungary and Serbia.", None, "ACCUSE", "NOR"),
]


@pytest.mark.parametrize("text,makers,judge,judge_state", JUDGED_MAKINGS)
def test_a_judged_making_names_its_makers_not_the_judge(text, makers, judge, judge_state):
    judged = sides(text, judge)
    assert judged and judge_state in judged[0][0], judged
    agreed = sides(text, "AGREE")
    if makers is None:
        assert not agreed, agreed
        return
    assert agreed, agreed
    assert set(agreed[0][0]) == makers and judge_state not in agreed[0][1], agreed


# sentence, the one PROTEST mode told (None: no PROTEST), the acting sector, the other types told
DESCRIBED_SUBJECTS = [
    ("Protesting dairy farmers blocked roads near Toulouse.", "obstruct", "AGR", set()),
    ("Marching students occupied the square in Porto.", None, None, None),
    ("Protesting farmers marched in Toulouse.", "demo", "AGR", set()),
    ("Protesting farmers were detained by police near Toulouse.", None, None, {"COERCE"}),
    ("시위하는 낙농민들이 툴루즈 인근 도로를 봉쇄했다.", "obstruct", "AGR", set()),
    ("시위하던 농민들이 툴루즈 인근에서 경찰에 구금됐다.", None, None, {"COERCE"}),
    # guard: a participle after its noun with no later verb of its own is the protest told
    ("Farmers protesting near Toulouse.", "demo", None, set()),
]


@pytest.mark.parametrize("text,mode,sector,others", DESCRIBED_SUBJECTS)
def test_a_protest_participle_before_its_people_is_who_they_are(text, mode, sector, others):
    found = events(text)
    protests = [e for e in found if e.type == "PROTEST"]
    if others is None:  # the occupation's reading is not this rule's; only no PROTEST aimed at the students
        assert all("EDU" not in {r.sector for r in e.recipients} for e in protests), protests
        return
    assert {e.type for e in found} - {"PROTEST"} == others, [(e.type, e.mode) for e in found]
    if mode is None:
        assert not protests, [(e.type, e.mode) for e in protests]
        return
    assert [e.mode for e in protests] == [mode], [(e.type, e.mode) for e in protests]
    if sector is not None:
        assert sector in {p.sector for p in protests[0].participants}, protests[0]
        assert sector not in {r.sector for r in protests[0].recipients}, protests[0]


# sentence, the receiving states of the SANCTION expel (None: no SANCTION), its status
SUSPENDED_MEMBERS = [
    ("The African Union suspended Burundi.", {"BDI"}, "occurred"),
    ("The African Union suspended Burundi after the vote, officials said.", {"BDI"}, "occurred"),
    ("ECOWAS suspended Togo and Benin.", {"TGO", "BEN"}, "occurred"),
    ("The African Union suspended Burundi's membership.", {"BDI"}, "occurred"),
    ("아프리카연합은 부룬디의 회원국 자격을 정지했다.", {"BDI"}, "occurred"),
    ("서아프리카경제공동체는 토고의 회원 자격을 정지했다.", {"TGO"}, "occurred"),
    # guards: negated; a name that goes on is no state ('France 24' is a broadcaster)
    ("The African Union did not suspend Burundi.", None, None),
    ("Mali suspended France 24.", None, None),
]


@pytest.mark.parametrize("text,suspended,status", SUSPENDED_MEMBERS)
def test_a_state_suspended_outright_is_a_member_suspended(text, suspended, status):
    found = [e for e in events(text) if e.type == "SANCTION"]
    if suspended is None:
        assert not [e for e in found if e.status == "occurred"], [(e.mode, e.status) for e in found]
        return
    assert found, [(e.type, e.mode) for e in events(text)]
    e = found[0]
    assert (e.mode, e.status) == ("expel", status)
    assert {r.country for r in e.recipients} == suspended
    assert {p.sector for p in e.participants} == {"IGO"}


# sentence, the deed's type, its acting state, the judge's type
OWNED_DEEDS = [
    ("Chile welcomed the release of two detained sailors by Egypt.", "RETREAT", "EGY", "SUPPORT"),
    ("Chile condemned the killing of two jailed activists by Egypt.", "ASSAULT", "EGY", "ACCUSE"),
    ("Chile welcomed Egypt's release of two sailors.", "RETREAT", "EGY", "SUPPORT"),
    ("칠레는 이집트의 선원 석방을 환영했다.", "RETREAT", "EGY", "SUPPORT"),
    ("칠레는 이집트의 선원 2명 석방을 환영했다.", "RETREAT", "EGY", "SUPPORT"),
    ("칠레는 아르메니아의 병력 철수를 환영했다.", "RETREAT", "ARM", "SUPPORT"),
    # guards: no owner named is no deed of the judge; a participle with its own 'by' is its own agent's
    ("칠레는 선원 석방을 환영했다.", "RETREAT", None, "SUPPORT"),
    ("Chile welcomed the release of two sailors detained by Egypt.", "RETREAT", None, "SUPPORT"),
]


@pytest.mark.parametrize("text,deed,doer,judge", OWNED_DEEDS)
def test_a_judged_deed_noun_keeps_its_named_doer(text, deed, doer, judge):
    judged = sides(text, judge)
    assert judged and "CHL" in judged[0][0], judged
    done = sides(text, deed)
    if doer is None:
        assert not [d for d in done if "CHL" in d[0]], done
        return
    assert done and done[0][0] == [doer] and "CHL" not in done[0][0], done


def test_a_hearsay_word_still_stops_the_walk_to_by():
    """Guard: 'rallies against the alleged abuses by Y's troops' are the students' protest aimed at Y, no
    protest by Y (a hearsay word of `adjectival` is no `target_participles` participle)."""
    found = sides("Bolivian students hurled rocks at rallies against the alleged abuses by Peruvian troops.",
                  "PROTEST")
    assert found and "BOL" in found[0][0] and "PER" not in found[0][0], found

"""A side going on speaking, condemned acts, unlisted portfolios, force in appeals, floating quantifiers:
- a side whose act named no receiving side, and so stood as no event ('The embassy rejected the protest'), still
  is the side that spoke: 'It urged ...', '이어 ... 촉구했다' in the next sentence go on with it
  (pipeline/act_voices.note_acting);
- a denial or dismissal of a charge ('rejected the protest', '의혹을 부인했다') answers the side whose accusation or
  protest was reported just before (pipeline/act_recipients_told.rejected_proposal reading `rejected_charge`);
- a condemnation of an act it names ('condemned the shelling', '이번 발사를 규탄했다') judges whoever did that act, not a
  side that raised its alert in answer since (pipeline/act_story_notes.answering_force keeps the offender;
  act_recipients_told.judged_offender picks the last offense of the kind named, and implied_addressee leaves such a
  condemnation to answered_provocation);
- the judge of a noun act is not what the act was done to (pipeline/acts.unjudged: '프랑스 외교부는 이번 포격을 규탄했다'
  no longer makes France the shelling's target);
- a title with a portfolio no table lists between the state and the title ('Mexican Tourism Secretary X') is that
  state's official, not a U.S. Secretary beside a second party (lang/en/mentions.py title_first); an economy or
  science secretary is a portfolio title (offices.yaml en_secretary);
- force named in what an appeal asks ('called on X to halt airstrikes', '공습을 중단하라고 촉구했다') is no act of the
  report's days (pipeline/acts.asked_to_end); force told in its own clause still is;
- a quantifier floating off a coordinated subject ('Peru and Chile both condemned X', '...는 모두 ...규탄했다') leaves
  the verb a verb (lang/en/act_clause.floating), not an adjective as in 'both sanctioned entities';
- a statement its words leave undated is on the day of its side's last dated statement, when the story went back to
  an earlier deed in between (pipeline/act_build.on_the_voices_day);
- a possessive pronoun after a meeting word ('after meeting his Chilean counterpart X') owns the noun naming the
  party, and passes its role to the person named (pipeline/meeting_parties.passed_on);
- a time adverbial after the object of an appeal ('asked Chile on Tuesday to', '칠레에 20일 ...하라고 촉구했다') stands
  where the entry reads its 'to' (lang/en/act_walk_tokens.without_time_adverbials).

Formerly tests/pipeline/test_lead18_classes.py; classes first read as "Classes found on the lead's held-out articles
(session 18), end to end on our own sentences, both languages" (docs/history.md)."""
from __future__ import annotations

import pytest

from tests.event_sides import events, first_of, sides


@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("The Peruvian embassy in Santiago rejected the claims on Monday. It urged Chile to stop politicizing a trade "
     "matter.", "REQUEST", "PER", "CHL"),
    ("Kenya's foreign ministry dismissed the criticism as unfounded on Monday. It also urged Uganda to reopen the "
     "border crossing.", "REQUEST", "KEN", "UGA"),
    ("페루 외교부는 10일 근거 없는 주장이라고 일축했다. 이어 칠레에 무역 문제를 정치화하지 말라고 촉구했다.",
     "REQUEST", "PER", "CHL"),
])
def test_a_side_whose_act_named_no_one_goes_on_speaking(text, kind, actor, recipient):
    found = sides(text, kind, "2026-02-10")
    assert any(actor in a and recipient in r for a, r in found), found


@pytest.mark.parametrize("text", [
    # no sentence before names who spoke: the pronoun has no side to go on with
    "It urged Chile to stop politicizing a trade matter.",
    "이어 칠레에 무역 문제를 정치화하지 말라고 촉구했다.",
])
def test_a_continuation_with_no_speaker_before_is_no_act(text):
    assert sides(text, "REQUEST", "2026-02-10") == []


@pytest.mark.parametrize("text, judge, offender, responder", [
    ("Azerbaijan shelled an Armenian village on Monday. Armenia put its troops on alert. France condemned the shelling.",
     "FRA", "AZE", "ARM"),
    ("Venezuela test-fired a missile on Monday. Guyana put its army on high alert. Brazil condemned the launch.",
     "BRA", "VEN", "GUY"),
    ("베네수엘라가 20일 탄도미사일을 발사했다. 가이아나는 전투기를 긴급 출격시켰다. 브라질 외교부는 이번 발사를 규탄했다.",
     "BRA", "VEN", "GUY"),
])
def test_a_condemned_act_is_the_offenders_not_the_responders(text, judge, offender, responder):
    found = sides(text, "ACCUSE", "2026-04-21")
    assert any(judge in a for a, _r in found), found
    assert all(responder not in r for a, r in found if judge in a), found
    assert any(offender in r for a, r in found if judge in a), found


@pytest.mark.parametrize("text, judge", [
    ("아제르바이잔군이 20일 아르메니아 국경 마을을 포격했다. 프랑스 외교부는 이번 포격을 규탄했다.", "FRA"),
    ("베네수엘라군이 20일 가이아나 국경 초소를 공격했다. 브라질은 21일 이번 공격을 강하게 비난했다.", "BRA"),
    ("France condemned Azerbaijan's shelling of Armenian villages on Monday.", "FRA"),
])
def test_the_judge_is_not_the_judged_acts_target(text, judge):
    for kind in ("ASSAULT",):
        assert all(judge not in r for _a, r in sides(text, kind, "2026-04-21")), sides(text, kind, "2026-04-21")


@pytest.mark.parametrize("text, person, country", [
    ("Uruguayan Tourism Secretary Ana Silva met Chilean officials on Monday.", "Ana Silva", "URY"),
    ("Kenyan Mining Minister John Otieno met Chilean officials on Monday.", "John Otieno", "KEN"),
    ("Colombian Economy Secretary Luis Gomez met Peruvian officials on Monday.", "Luis Gomez", "COL"),
    ("Japanese Prime Minister Shigeru Ishiba met Chilean officials on Monday.", "Shigeru Ishiba", "JPN"),
])
def test_an_unlisted_portfolio_keeps_the_state_of_the_title(text, person, country):
    first = first_of(events(text, "2026-01-22"), type="CONSULT")
    parties = [(p.name, p.country) for p in first.participants]
    assert (person, country) in parties, parties
    assert len(parties) == 2, parties  # the state is the official's, not a third party


@pytest.mark.parametrize("text", [
    "Chile and Peru called on Venezuela's government to halt airstrikes on border villages.",
    "Kenya asked Britain for radar systems to protect its towns from militant drone attacks.",
    "칠레와 페루는 베네수엘라 정부에 국경 마을에 대한 공습을 중단하라고 촉구했다.",
])
def test_force_named_in_an_appeal_is_no_act(text):
    assert sides(text, "REQUEST", "2026-05-19"), "the appeal is read"
    assert sides(text, "ASSAULT", "2026-05-19") == []


@pytest.mark.parametrize("text, actor", [
    ("Venezuelan airstrikes hit two border villages on Monday, and Chile called on Caracas to halt them.", "VEN"),
    ("베네수엘라군이 18일 국경 마을을 공습했고, 칠레는 공습 중단을 촉구했다.", "VEN"),
])
def test_force_told_in_its_own_clause_stays_an_act(text, actor):
    assert any(actor in a for a, _r in sides(text, "ASSAULT", "2026-05-19"))


@pytest.mark.parametrize("text, kind, actors, recipient", [
    ("Peru and Chile both condemned Bolivia on Friday.", "ACCUSE", {"PER", "CHL"}, "BOL"),
    ("Peru and Chile both urged Bolivia to reopen the border on Friday.", "REQUEST", {"PER", "CHL"}, "BOL"),
    ("페루와 칠레는 모두 14일 볼리비아를 규탄했다.", "ACCUSE", {"PER", "CHL"}, "BOL"),
])
def test_a_floating_quantifier_keeps_the_verb(text, kind, actors, recipient):
    assert any(set(a) == actors and recipient in r for a, r in sides(text, kind, "2026-08-14")), \
        sides(text, kind, "2026-08-14")


def test_a_quantified_participle_is_still_an_adjective():
    assert sides("The ministry listed both sanctioned entities on Friday.", "SANCTION", "2026-08-14") == []


@pytest.mark.parametrize("text, kind, day", [
    ("Peru on Tuesday denounced Chile's seizure of a fishing boat. The Chilean navy seized the boat on Monday near "
     "the maritime border. Peru's foreign ministry said it reserves the right to take all necessary measures.",
     "THREATEN", "2026-01-20"),
    ("페루 외교부는 20일 성명을 내고 칠레에 어선을 즉각 돌려보내라고 요구했다. 칠레 해군은 전날 국경 해역에서 어선을 나포했다. "
     "페루 외교부는 \"필요한 모든 조치를 취할 권리가 있다\"고 경고했다.", "THREATEN", "2026-01-20"),
])
def test_an_undated_statement_is_on_its_sides_day(text, kind, day):
    found = [e for e in events(text, "2026-01-21") if e.type == kind]
    assert found and all(str(e.date) == day for e in found), [(e.date, e.date_basis) for e in found]


@pytest.mark.parametrize("text, pair", [
    ("Peruvian Foreign Minister Elmer Schialer spoke to reporters after meeting his Chilean counterpart Alberto van "
     "Klaveren on Tuesday.", {"PER", "CHL"}),
    ("Peruvian Foreign Minister Elmer Schialer met his Chilean counterpart Alberto van Klaveren on Tuesday.",
     {"PER", "CHL"}),
    ("엘메르 스키알레르 페루 외교장관은 25일 알베르토 반클라베렌 칠레 외교장관과 회담한 뒤 기자들에게 말했다.", {"PER", "CHL"}),
])
def test_a_possessive_after_a_meeting_word_passes_its_role_on(text, pair):
    meetings = [e for e in events(text, "2025-11-25") if e.type == "CONSULT"]
    assert meetings and {p.country for p in meetings[0].participants} == pair, \
        [[(p.name, p.country) for p in e.participants] for e in meetings]


@pytest.mark.parametrize("text, recipient", [
    ("Peru asked Chile on Tuesday to settle its overdue payments.", "CHL"),
    ("Peru pressed the Bolivian government on Monday to reopen the border crossing.", "BOL"),
    ("페루는 칠레에 19일 체납금을 정산하라고 요구했다.", "CHL"),
])
def test_a_time_adverbial_after_the_asked_party(text, recipient):
    assert any("PER" in a and recipient in r for a, r in sides(text, "REQUEST", "2026-05-20")), \
        sides(text, "REQUEST", "2026-05-20")


def test_a_dated_deal_with_a_purpose_is_no_appeal():
    assert sides("Peru signed a deal with Chile on Tuesday to build a bridge.", "REQUEST", "2026-05-20") == []

"""encoup49: coups and closures, in both languages (issue 15). Our own sentences.

- A coup's ASSAULT carries the pro_autocracy context its lexicon entry states (the act's own contexts reach the
  event: pipeline/act_build keeps `hit.contexts`, consolidate adds them to the contexts its sentences' words name),
  in the exported record too. A coup feared or remembered is no ASSAULT and carries nothing.
- A border closure announced ('announced a border closure', 'announced the closure of its borders', '국경 봉쇄를
  발표했다') is the announcer's COERCE restrict (lang/en/act_announced_closures), toward a state named after 'with' its
  SANCTION discontinue as 'closed its border with X'; the end of a closure, one ruled out, or an embassy's closure is
  none.
- A leader ousted or removed by armed men ('officers ousted the president', 'the junta removed the prime minister',
  '장교들이 대통령을 축출했다', '군부가 총리를 몰아냈다') is a coup: ASSAULT by the soldiers' state on its own government
  (lang/en/act_armed_ousters, lang/ko/act_armed_ousters). Lawmakers, voters or a president ousting a leader is none,
  and so is a leader ousted in an election.
- A coup attempted is coded as PLOVER codes attempts, foiled or not: 'soldiers attempted a coup', 'staged a coup
  attempt that was foiled', '군인들이 쿠데타를 시도했으나 저지됐다' are the plotters' ASSAULT on their own government. Those
  who foiled it never attack: 'thwarted an attempt to stage a coup', 'foiled an attempt by officers to seize power'
  (lang/en/act_foiled_bids), '쿠데타를 일으키려는 시도를 저지했다' give no ASSAULT; a bid foiled with no plotters named
  gives none.
"""
from __future__ import annotations

import pytest

from readout.api import extract_text
from readout.records import document_record
from tests.event_sides import events, sides

CONTEXT_COUPS = [
    "Chadian soldiers staged a coup in Ndjamena early on Friday.",
    "The army of Benin overthrew President Sena Adjovi in a coup on Friday.",
    "Guinean soldiers toppled the government of Guinea overnight.",
    "베냉 군부가 5일 쿠데타를 일으켰다.",
    "기니 군부는 5일 새벽 쿠데타로 정권을 장악했다.",
]


@pytest.mark.parametrize("text", CONTEXT_COUPS)
def test_a_coup_assault_exports_the_pro_autocracy_context(text):
    article = extract_text(text, published="2026-03-12")
    records = [document_record(e, article) for e in article.events if e.type == "ASSAULT"]
    assert records, [(e.type, e.contexts) for e in article.events]
    assert all("pro_autocracy" in r["contexts"] for r in records)


NO_COUP_CONTEXT = [
    "Chadian officials said they feared a coup by disgruntled officers.",
    "Benin marked the anniversary of the 1972 coup on Friday.",
    "차드 정부는 군부의 쿠데타 가능성을 우려했다.",
]


@pytest.mark.parametrize("text", NO_COUP_CONTEXT)
def test_a_coup_feared_or_remembered_is_no_assault(text):
    assert not [e for e in events(text) if e.type == "ASSAULT"]
    assert not [e for e in events(text) if "pro_autocracy" in e.contexts]


ANNOUNCED_CLOSURES = [
    # (text, the announcer: the closer)
    ("Ecuador announced a border closure on Thursday, citing smuggling.", "ECU"),
    ("Ecuador announced the closure of all its land borders on Thursday.", "ECU"),
    ("The government of Paraguay announced a temporary border shutdown late on Sunday.", "PRY"),
    ("에콰도르 정부는 7일 국경 폐쇄를 발표했다.", "ECU"),
    ("파라과이는 7일 국경 봉쇄를 발표했다.", "PRY"),
]


@pytest.mark.parametrize("text,closer", ANNOUNCED_CLOSURES)
def test_an_announced_border_closure_is_the_announcer_s_restriction(text, closer):
    found = [(e.type, e.mode, [p.country for p in e.participants]) for e in events(text)]
    assert found == [("COERCE", "restrict", [closer])]


FACED_CLOSURES = [
    ("Ecuador announced a border closure with Colombia on Thursday.", "ECU", "COL"),
    ("Ecuador announced the closure of its border with Colombia on Thursday.", "ECU", "COL"),
]


@pytest.mark.parametrize("text,closer,faced", FACED_CLOSURES)
def test_an_announced_closure_toward_a_state_cuts_it_off_as_closing_does(text, closer, faced):
    assert sides(text, "SANCTION") == [([closer], [faced])]
    assert not [e for e in events(text) if e.type == "COERCE"]


NOT_CLOSURES = [
    "Ecuador announced the end of its border closure on Thursday.",
    "Ecuador ruled out a border closure on Thursday, its minister said.",
    "Ecuador announced the closure of the talks on Thursday.",
    "에콰도르는 7일 국경 봉쇄 해제를 발표했다.",
    "에콰도르는 국경 봉쇄 가능성을 배제했다.",
]


@pytest.mark.parametrize("text", NOT_CLOSURES)
def test_a_closure_ended_ruled_out_or_of_talks_restricts_nothing(text):
    assert not [e for e in events(text) if e.type == "COERCE"]


ARMED_OUSTERS = [
    # (text, the soldiers' state: actor and recipient)
    ("Beninese officers ousted the president on Friday, state television said.", "BEN"),
    ("Officers in Benin ousted President Sena Adjovi early on Friday.", "BEN"),
    ("The junta in Guinea removed the prime minister on Friday.", "GIN"),
    ("Guinean soldiers ousted the civilian government overnight.", "GIN"),
    ("베냉 장교들이 5일 대통령을 축출했다.", "BEN"),
    ("기니 군부가 5일 총리를 몰아냈다.", "GIN"),
    ("베냉 군인들이 5일 정부를 축출했다.", "BEN"),
]


@pytest.mark.parametrize("text,state", ARMED_OUSTERS)
def test_a_leader_ousted_by_armed_men_is_a_coup_on_their_own_government(text, state):
    assert sides(text, "ASSAULT") == [([state], [state])]
    assert all("pro_autocracy" in e.contexts for e in events(text) if e.type == "ASSAULT")


NOT_ARMED_OUSTERS = [
    "Beninese lawmakers ousted the prime minister on Friday.",
    "Voters in Guinea ousted the president in an election on Sunday.",
    "The president of Benin was ousted in an election on Sunday.",
    "Benin's president removed the prime minister on Friday.",
    "베냉 의원들이 5일 총리를 축출했다.",
    "기니 유권자들은 선거로 대통령을 몰아냈다.",
]


@pytest.mark.parametrize("text", NOT_ARMED_OUSTERS)
def test_a_leader_ousted_by_a_vote_or_a_president_is_no_coup(text):
    assert not [e for e in events(text) if e.type == "ASSAULT"]


ATTEMPTED_COUPS = [
    # (text, the plotters' state: actor and recipient)
    ("Chadian soldiers attempted a coup on Friday, but loyal troops foiled it.", "TCD"),
    ("Chadian soldiers staged a coup attempt that was thwarted late on Friday.", "TCD"),
    ("차드 군인들이 5일 쿠데타를 시도했으나 저지됐다.", "TCD"),
]


@pytest.mark.parametrize("text,state", ATTEMPTED_COUPS)
def test_a_foiled_coup_attempt_is_still_the_plotters_assault(text, state):
    assert ([state], [state]) in sides(text, "ASSAULT")


FOILERS = [
    "Security forces in Chad thwarted an attempt to stage a coup late on Friday.",
    "Police in Benin prevented an attempt to stage a coup on Friday.",
    "The army of Chad said it foiled an attempt by officers to seize power.",
    "차드 보안군은 5일 쿠데타를 일으키려는 시도를 저지했다.",
    "베냉 정부는 5일 정권을 장악하려는 시도를 막아냈다고 밝혔다.",
    "Ghanaian police foiled an assassination attempt on the president on Friday.",
    "Jordan thwarted a rocket attack on Aqaba late on Friday.",
]


@pytest.mark.parametrize("text", FOILERS)
def test_those_who_foil_a_coup_bid_never_attack(text):
    assert not [e for e in events(text) if e.type == "ASSAULT"]

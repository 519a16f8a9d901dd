"""Acts news names without anyone doing them, on our own sentences in both languages, each negative paired with a
sentence where the same words ARE the event:
- a measure named as an example of what a request asks ('urged X to show flexibility, including lifting sanctions',
  'X가 제재 해제 등 구체적 행동에 나서야 한다고 촉구'): asked, not done (en act_examples; ko
  act_joined_content.asked_measures); the request takes the mode of what it asks;
- a past deed only guessed at ('X might have supplied drones', 'X가 무기를 제공했을 가능성', '...지원했을 수 있다'):
  no act and no plan (en.yaml speculated_past_before_re; ko act_speculation, cue possibility_noun);
- a cooperative act named only as what a welcome or a condemnation judges ('welcomed the signing of the accord',
  '협정 체결을 환영했다'): the judge signed nothing (en act_judged, ko act_judged); a named owner keeps the act;
- a document described by what it contains ('A와 B가 [X 내용을 담은] 협정에 서명했다'): the subject before the relative
  clause signed it, not the topic (ko clauses.subject_gap, cues document_noun, containing_verb);
- airspace closed to a named state's aircraft ('closed its airspace to X aircraft', 'X 항공기에 영공을 폐쇄'): SANCTION
  discontinue on that state, as a closed border is; closed to no one it stays COERCE (en_acts_additions close +
  airspace to; ko act_borders.closed_to_state, cue airspace_noun);
- a third side's deed foretold under a condition ('"국제사회가 외면한다면 B는 병력을 더 보낼 것"이라고 말했다'): a
  forecast, no threat of B's; the speaker's own conditional deed is still a threat (ko act_forecasts);
- a cooperative act named as one of the options open ('many options for military aid to X'): possible, not given
  (en.yaml possible_act_before_re);
- a participle's time adverbial before a comma ('In a letter sent on Saturday, X's ambassador urged'): the comma ends
  the object window, the ambassador is no envoy sent (en act_window.object_window);
- a main act done at another side's request ('B의 요청에 따라 회의를 열었다', 'met at B's request'): a frame, no
  concession; a demand complied with ('요구에 따라 석방했다') or a request accepted still is (ko act_requested);
- a deed in a trailing 'after' clause with no comma before it takes its own clause's date ('recalled its ambassador
  after X shelled a border post in January'), as one after a comma does (en language.background_extent).

Formerly tests/lang/test_fp23_precision.py; classes first read as "False events, session fp23" (docs/history.md)."""
from __future__ import annotations

import pytest

from tests.event_sides import events

DAY = "2026-03-10"


def found(text: str) -> list[tuple[str, str | None, str]]:
    return [(e.type, e.mode, e.status) for e in events(text, DAY)]


def kinds(text: str) -> list[str]:
    return [e.type for e in events(text, DAY)]


def sides(text: str, kind: str) -> list[tuple[list[str], list[str]]]:
    return [([p.country for p in e.participants], [r.country for r in e.recipients])
            for e in events(text, DAY) if e.type == kind]


@pytest.mark.parametrize("asked, done", [
    ("Ecuador called on Canada to adopt practical measures, such as easing its sanctions on Cuba.",
     "Canada showed flexibility on Monday, including lifting some sanctions on Cuba."),
    ("Ecuador asked Canada to show flexibility, including lifting some sanctions on Cuba.",
     "Canada showed flexibility on Monday, including lifting some sanctions on Cuba."),
    ("에콰도르 대사는 캐나다가 대쿠바 제재 해제 등 구체적 행동에 나서야 한다고 촉구했다.",
     "캐나다는 9일 대쿠바 제재 해제 등 구체적 조치를 발표했다."),
])
def test_a_measure_named_in_what_a_request_asks_is_not_done(asked, done):
    got = found(asked)
    assert [t for t, _m, _s in got] == ["REQUEST"]
    assert ("REQUEST", "yield", "occurred") in got  # asked to yield, as 'urged X to ease sanctions' is
    assert set(kinds(done)) & {"RETREAT", "CONCEDE"}


@pytest.mark.parametrize("guessed, done", [
    ("Uruguayan officials believe Argentina might have supplied drones to Paraguay.",
     "Argentina supplied drones to Paraguay on Monday."),
    ("Ecuador said Peru could have sent troops to Bolivia.", "Argentina supplied drones to Paraguay on Monday."),
    ("우루과이 정부는 아르헨티나가 파라과이에 무기를 제공했을 가능성을 제기했다.", "아르헨티나는 9일 파라과이에 무기를 제공했다."),
    ("에콰도르 외교부는 페루가 볼리비아에 무기를 지원했을 수 있다고 말했다.", "아르헨티나는 9일 파라과이에 무기를 제공했다."),
])
def test_a_past_deed_only_guessed_at_is_no_act(guessed, done):
    assert not set(kinds(guessed)) & {"AID", "MOBILIZE"}
    assert "AID" in kinds(done)


@pytest.mark.parametrize("judged", [
    "Denmark praised the conclusion of the fisheries pact.",
    "Finland condemned the signing of the defence treaty.",
    "Iceland hailed the resumption of aid deliveries.",
    "노르웨이 정부는 어업 협정 체결을 환영했다.",
    "핀란드는 방위 조약 체결을 규탄했다.",
])
def test_a_judged_agreement_is_not_the_judges(judged):
    assert not set(kinds(judged)) & {"AGREE", "AID"}


@pytest.mark.parametrize("owned, signers", [
    ("Denmark praised Norway's signing of the fisheries pact.", {"NOR"}),
    ("덴마크와 노르웨이는 9일 어업 협정을 체결했다.", {"DNK", "NOR"}),
])
def test_an_agreement_with_its_owner_named_stays(owned, signers):
    assert [set(a) for a, _r in sides(owned, "AGREE")] == [signers]


@pytest.mark.parametrize("text", [
    "칠레 외교부는 페루와 볼리비아가 국경 공동 관리 내용을 담은 협정에 서명했다고 밝혔다.",
    "칠레 외교부는 페루와 볼리비아가 공동 방위 조항을 포함한 조약을 체결한 데 대해 우려를 표명했다.",
])
def test_a_document_described_by_its_content_is_signed_by_the_subject_before_it(text):
    assert [set(a) for a, _r in sides(text, "AGREE")] == [{"PER", "BOL"}]


@pytest.mark.parametrize("closed, open_", [
    ("Ecuador closed its airspace to Colombian aircraft on Friday.", "Ecuador closed its airspace on Friday."),
    ("에콰도르는 7일 콜롬비아 항공기에 영공을 폐쇄했다.", "에콰도르는 7일 영공을 폐쇄했다."),
])
def test_airspace_closed_to_a_named_state_is_a_sanction_on_it(closed, open_):
    assert ("SANCTION", "discontinue", "occurred") in found(closed)
    assert sides(closed, "SANCTION") == [(["ECU"], ["COL"])]
    assert "SANCTION" not in kinds(open_) and "COERCE" in kinds(open_)


@pytest.mark.parametrize("forecast, threat", [
    ("에콰도르 외무장관은 '국제사회가 외면한다면 페루는 국경 지대에 병력을 더 보낼 것'이라고 말했다.",
     "에콰도르 외무장관은 '페루가 도발한다면 에콰도르는 단호히 대응할 것'이라고 말했다."),
    ("에콰도르 외무장관은 '국제사회가 외면할 경우 페루는 국경 지대에 병력을 더 보낼 것'이라고 말했다.",
     "에콰도르 외교부는 페루가 도발할 경우 대사를 소환할 것이라고 밝혔다."),
])
def test_a_third_sides_deed_foretold_under_a_condition_is_no_threat(forecast, threat):
    assert not set(kinds(forecast)) & {"THREATEN", "MOBILIZE"}
    assert sides(threat, "THREATEN") == [(["ECU"], ["PER"])]


def test_a_trailing_after_clause_dates_its_own_deed():
    got = [e.date for e in events("Bolivia recalled its ambassador after Chile shelled a border post in January.", DAY)
           if e.type == "ASSAULT"]
    assert [str(d)[:7] for d in got] == ["2026-01"]  # the shelling's month, not the recall's day
    assert [str(e.date) for e in events("Chile shelled a border post on Monday.", DAY) if e.type == "ASSAULT"] \
        == ["2026-03-09"]


@pytest.mark.parametrize("possible", [
    "The official said there were many options for military aid to Peru.",
    "\"There are several options for arms support to Peru,\" the official said.",
])
def test_an_aid_named_as_an_option_is_no_aid(possible):
    assert not set(kinds(possible)) & {"AID", "SUPPORT"}
    assert "AID" in kinds("Chile sent military aid to Peru on Monday.")


def test_a_day_before_a_comma_ends_an_object_window():
    """'In a letter sent on Saturday, X's ambassador urged': the comma after a day closes the participle's phrase;
    the ambassador after it is the main clause's subject, not an envoy sent (SUPPORT)."""
    assert "SUPPORT" not in kinds("In a letter sent on Saturday, Peru's ambassador Juan Soto urged members to act.")
    assert "SUPPORT" in kinds("Peru sent its ambassador to Chile on Saturday.")


@pytest.mark.parametrize("framed, yielded", [
    ("칠레의 요청에 따라 유엔 안보리는 4일 긴급회의를 열었다.", "페루는 칠레의 요구에 따라 억류 선원들을 석방했다."),
    ("The U.N. Security Council met on Wednesday at Chile's request.", "페루는 칠레의 요청을 받아들였다."),
])
def test_an_act_done_at_a_request_concedes_nothing(framed, yielded):
    assert "CONCEDE" not in kinds(framed)
    assert "CONCEDE" in kinds(yielded)

"""The date of an act: days inside quoted words that recall, and the other classes listed.
- a day named inside a speaker's quoted words that takes the story back ('"we deported them on the 8th," she
  replied') is a recall: after its paragraph the story returns to the day it had, so an undated act of a later
  paragraph (a courtesy call, a deployment) is not put on the quoted day (lang/*/dates.make marks it `recall`,
  readout/dating.quoted_at; pipeline/story_days.note_recall reads the mark). A day outside a quotation moves the story
  as before.
- a statement the story dates only by the deed it tells (basis narrative) is made on the day its side is reported to
  speak ('The navy said Wednesday it had seized ...', '... 나포했다고 20일 밝혔다'), when that side has one such day,
  later than the deed's (pipeline/lead_dates.voiced_on_report_day). A side reported speaking on no day keeps the
  story's.

Formerly tests/pipeline/test_dates23.py; classes first read as "The date of an act, session 22 (dates23), on our own
sentences" (docs/history.md)."""
from __future__ import annotations

import datetime as dt

import pytest

from readout.api import extract_text
from readout.lang.en.dates import find_dates as en_find_dates
from readout.lang.ko.dates import find_dates as ko_find_dates

PUB = "2026-05-13"  # a Wednesday


def events_of(text: str, etype: str, word: str):
    found = [e for e in extract_text(text, published=PUB).events if e.type == etype and word in e.trigger]
    assert found, f"no {etype} on {word!r}"
    return found


QUOTED_RECALL = [
    ("ko", "[나이로비=연합뉴스] 가영수 외교부 장관은 12일 나이로비에서 케냐 외교장관과 회담했다.\n\n"
           "케냐 장관은 이에 \"케냐 경찰이 지난 8일 한국인 수배자 3명을 이미 한국으로 추방했다\"며 협력을 약속했다.\n\n"
           "가 장관은 회담에 앞서 대통령궁에서 윌리엄 루토 대통령을 예방했다.", "CONSULT", "예방", dt.date(2026, 5, 12)),
    ("en", "NAIROBI, May 13 (AP) -- Chile's foreign minister held talks with her Kenyan counterpart in Nairobi on "
           "Tuesday.\n\n\"Our police deported three Chilean fugitives last Friday,\" the Kenyan minister said.\n\n"
           "The Chilean minister also called on President William Ruto at State House before the talks.",
     "CONSULT", "called on", dt.date(2026, 5, 12)),
]


@pytest.mark.parametrize("lang, text, etype, word, day", QUOTED_RECALL)
def test_quoted_day_does_not_hold_the_story(lang, text, etype, word, day):
    assert {e.date for e in events_of(text, etype, word)} == {day}


@pytest.mark.parametrize("lang, text, recall", [
    ("ko", "케냐 장관은 \"지난 8일 수배자 3명을 추방했다\"고 말했다.", True),
    ("ko", "케냐 경찰은 지난 8일 수배자 3명을 추방했다고 말했다.", False),
    ("en", "\"We deported three fugitives last Friday,\" the minister said.", True),
    ("en", "The minister said police deported three fugitives last Friday.", False),
    ("en", "The minister said police deported three fugitives in Friday’s raid.", False),  # an apostrophe opens nothing
])
def test_quoted_day_is_marked_recalled(lang, text, recall):
    find = ko_find_dates if lang == "ko" else en_find_dates
    dates = [d for d in find(text, 0, dt.date.fromisoformat(PUB), 30) if d.value]
    assert dates and all(bool(d.span.data.get("recall")) == recall for d in dates)


def test_unquoted_day_still_moves_the_story():
    """Negative: the same recalled deportation told by the writer, not quoted, still moves the story's day."""
    text = ("NAIROBI, May 13 (AP) -- Kenyan police arrested three Chilean fugitives in Mombasa on Friday.\n\n"
            "Kenya deployed extra police units to the port.")
    assert {e.date for e in events_of(text, "MOBILIZE", "deployed")} == {dt.date(2026, 5, 8)}


PUB2 = "2026-05-20"  # a Wednesday
KO_SEIZED = ("(마닐라=연합뉴스) 필리핀 해군은 자국 배타적경제수역에서 불법 조업하던 중국 어선 한 척을 나포했다고 {day}밝혔다.\n\n"
             "어선은 지난 18일 밤 팔라완섬 서쪽 해상에서 해군 초계함에 붙잡혔다.\n\n"
             "필리핀 외교부는 중국 정부에 자국 어선의 불법 조업을 단속하라고 촉구했다.")
EN_SEIZED = ("MANILA, May 20 (AFP) - The Philippine navy {said} a Chinese fishing boat inside the country's exclusive "
             "economic zone{officials}.\n\nThe boat was intercepted late Monday west of Palawan, the navy said.\n\n"
             "It accused the crew of switching off the boat's tracking beacon.")


@pytest.mark.parametrize("text, etype, day", [
    (KO_SEIZED.format(day="20일 "), "REQUEST", dt.date(2026, 5, 20)),
    (EN_SEIZED.format(said="said Wednesday it had seized", officials=""), "ACCUSE", dt.date(2026, 5, 20)),
    # negatives: the side is reported speaking on no day: the statement stays on the deed's day
    (KO_SEIZED.format(day=""), "REQUEST", dt.date(2026, 5, 18)),
    (EN_SEIZED.format(said="seized", officials=", officials said"), "ACCUSE", dt.date(2026, 5, 18)),
])
def test_statement_on_its_sides_report_day(text, etype, day):
    """The side reported speaking on a later day moves its statement there; a side reported on no day does not."""
    found = [e for e in extract_text(text, published=PUB2).events if e.type == etype]
    assert found and {e.date for e in found} == {day}


def test_state_media_day_leaves_the_meetings_words():
    """Negative: a state medium's report day ('국영통신이 20일 보도했다') names the sides met the day before; a
    side's words at that meeting stay on the meeting's day."""
    text = ("(서울=연합뉴스) 라오스 총리가 방문한 베트남 부총리를 만나 \"양국 협력을 적극 지지한다\"고 말했다고 라오스 "
            "국영통신이 20일 보도했다.\n\n통신에 따르면 라오스 총리는 전날 비엔티안 총리실에서 베트남 부총리와 회담을 "
            "했다.\n\n베트남 부총리는 라오스 총리의 하노이 방문을 초청했다.")
    found = [e for e in extract_text(text, published=PUB2).events if e.type == "REQUEST"]
    assert found and {e.date for e in found} == {dt.date(2026, 5, 19)}


@pytest.mark.parametrize("lang, text, relayed", [
    ("ko", "라오스와 베트남 해군이 메콩강에서 연합훈련을 했다고 라오스 국영통신이 20일 보도했다.", True),
    ("ko", "라오스 해군은 메콩강에서 연합훈련을 했다고 20일 밝혔다.", False),
    ("en", "Laos and Vietnam held their first joint river drill on the Mekong, state media said Wednesday.", True),
    ("en", "Laos and Vietnam held their first joint river drill on the Mekong, the Laotian navy said Wednesday.", False),
])
def test_medium_report_day_is_relayed(lang, text, relayed):
    """A medium's report day is marked relayed (its sides did not speak that day); a state body's is not."""
    find = ko_find_dates if lang == "ko" else en_find_dates
    dates = [d for d in find(text, 0, dt.date.fromisoformat(PUB2), 30) if d.value and d.reporting]
    assert dates and all(bool(d.span.data.get("relayed")) == relayed for d in dates)


def test_state_media_day_leaves_a_warning_on_the_drills_day():
    """Negative: 'state media said Wednesday' relays what a side did and said on Tuesday; its warning stays there."""
    text = ("VIENTIANE, May 20 (AFP) - Laos and Vietnam held their first joint river drill on the Mekong, state media "
            "said Wednesday.\n\nThe drill took place on Tuesday near Pakse.\n\n"
            "The Laotian defence minister warned that Thailand would face a firm response to any provocation.")
    found = [e for e in extract_text(text, published=PUB2).events if e.type == "THREATEN"]
    assert found and {e.date for e in found} == {dt.date(2026, 5, 19)}

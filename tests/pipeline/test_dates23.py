"""The date of an act, session 22 (dates23), on our own sentences:
- a day named inside a speaker's quoted words that takes the story back ('"we deported them on the 8th," she
  replied') is a recall: after its paragraph the story returns to the day it had, so an undated act of a later
  paragraph (a courtesy call, a deployment) is not put on the quoted day (lang/*/dates.make marks it `recall`,
  readout/dating.quoted_at; pipeline/events.note_recall reads the mark). A day outside a quotation moves the story
  as before."""
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

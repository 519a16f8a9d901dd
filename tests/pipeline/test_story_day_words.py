"""The day of an act told by a weekday after a past verb or by a part of the story's day, both languages, end to end
on our own sentences (fresh37, art37a):
- a bare weekday right after a verb in the simple past ('agreed late on Saturday on a plan to reopen ...') dates that
  past deed: a noun 'plan to' later in the clause is no plan of the clause's, so the weekday is the one behind the
  report, never the one ahead (lang/en/date_verbs.after_past_verb); an auxiliary of what lies ahead before the verb
  ('will be signed on Saturday') still counts forward. Korean dates its deeds by the day of the month ('18일'), not
  by a weekday, and has no such form;
- 'the same evening', 'that night', 'later that day' are the story's day and 'the previous evening' the day before
  it, as 'the same day' and 'the previous day' are (lexicon en `date_narrative_re`); Korean '같은 날 저녁', '이날 밤'
  and '전날 밤' already read so (lang/ko/dates: '같은 날', '이날', '전날')."""
from __future__ import annotations

import pytest

from readout.api import extract_text


def dated(text: str, published: str, kind: str) -> list[tuple[str, str, str]]:
    """(actors, recipients, date) of every event of `kind` extracted from `text` published on `published`."""
    return [(",".join(p.country for p in e.participants), ",".join(r.country for r in e.recipients), str(e.date))
            for e in extract_text(text, published=published).events if e.type == kind]


@pytest.mark.parametrize("text, published, kind, expected", [
    # published on a Monday: the Sunday is the day before, not the one six days ahead
    ("Chile and Peru agreed late on Sunday on a protocol setting out how to carry out a plan to reopen their border.",
     "2026-06-15", "AGREE", ("CHL,PER", "", "2026-06-14")),
    ("Ghana signed on Saturday an accord with Togo that sets out a plan to share a fishing zone.",
     "2026-06-15", "AGREE", ("GHA,TGO", "", "2026-06-13")),
])
def test_en_a_weekday_after_a_past_verb_is_behind_the_report(text, published, kind, expected):
    assert expected in dated(text, published, kind)


@pytest.mark.parametrize("text, published, kind, expected", [
    ("Gunmen attacked a Chilean border post early Sunday, Chile's interior minister said. Peru's president rejected "
     "Chile's accusation the same evening.", "2026-06-16", "REJECT", ("PER", "CHL", "2026-06-14")),
    ("Gunmen attacked a Chilean border post early Sunday, Chile's interior minister said. Peru's president rejected "
     "Chile's accusation later that night.", "2026-06-16", "REJECT", ("PER", "CHL", "2026-06-14")),
    ("Ghana's navy seized a Togolese trawler on Tuesday. Togo's foreign ministry had summoned Ghana's ambassador the "
     "previous evening.", "2026-06-18", "ACCUSE", ("TGO", "GHA", "2026-06-15")),
    ("칠레 해군은 16일 페루 어선을 나포했다. 페루 외교부는 같은 날 저녁 칠레 대사를 불러 항의했다.",
     "2026-06-18", "ACCUSE", ("PER", "CHL", "2026-06-16")),
    ("칠레 해군은 16일 페루 어선을 나포했다. 페루 외교부는 전날 밤 칠레 대사를 불러 항의했다.",
     "2026-06-18", "ACCUSE", ("PER", "CHL", "2026-06-15")),
])
def test_a_part_of_the_story_day_is_that_day(text, published, kind, expected):
    assert expected in dated(text, published, kind)

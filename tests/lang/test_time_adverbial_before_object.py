"""A time or duration adverbial before the object is not part of it (kofix68, issue 14).

'토고는 수년간 반군을 무장시켰다': kiwi reads '수년간', '몇 년 동안', '오랫동안', '최근' as nouns, and the object's noun
compound ran back over them ('수년간 반군'), so the armed group was not read as the receiving side and the backing fell
under the tally rule (a yearly round of acts) and was lost. A time adverb noun, or a duration suffix after a unit of
time, ends the noun compound (lang/ko/act_candidate.duration_end; cues time_adverb_noun, duration_suffix,
time_unit_noun in lexicon/ko_acts.yaml). English puts the duration after the verb or before the subject and reads the
group already. Each positive row stands in a story naming the other state, whose group the rebels are
(tests/lang/test_backed_armed_groups.py). Negative rows: a state's name ending in a unit's syllable before 간
('호주간': between) stays in the compound; a duration before an act that backs no armed group is still a tally
of acts, no event of the story's day. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.lang.ko.act_candidate import duration_end, run_start
from tests.conftest import events_of

DAY = date(2025, 6, 20)


def aid_sectors(text: str) -> list[set[str]]:
    return [{r.sector for r in e.recipients} for e in events_of(extract_text(text, published=DAY)) if e.type == "AID"]


@pytest.mark.parametrize("text", [
    "토고는 수년간 반군을 무장시켰다.",
    "토고는 몇 년 동안 민병대를 무장시켰다.",
    "토고는 3년간 반군을 무장시켰다.",
    "토고는 수개월째 반군을 무장시켰다.",
    "토고는 오랫동안 반군을 무장시켰다.",
    "토고는 최근 민병대를 무장시켰다.",
    "Togo armed the rebels for years.",
    "For years, Togo has armed the militias.",
])
def test_armed_group_after_a_time_adverbial_receives_the_backing(text: str) -> None:
    story = ("베냉은 토고를 비난했다. " if text[0] > "z" else "Benin accused Togo. ") + text  # the group's state: Benin's
    found = aid_sectors(story)
    assert found and "REB" in found[0], found


@pytest.mark.parametrize("text", [
    "토고는 수년간 말리를 비난했다.",  # a duration over a plain act: a tally of acts, none of them the story's day
    "가나는 수년째 베냉을 규탄했다.",
])
def test_duration_before_a_plain_act_is_still_a_tally(text: str) -> None:
    assert not events_of(extract_text(text, published=DAY))


def toks_of(pairs: str) -> list[tuple]:
    out, pos = [], 0
    for pair in pairs.split():
        form, tag = pair.split("/")
        out.append((form, tag, pos, len(form)))
        pos += len(form) + 1
    return out


@pytest.mark.parametrize("pairs, start", [
    ("수년/NNG 간/XSN 반군/NNG", 2),
    ("몇/MM 년/NNB 간/NNG 반군/NNG", 3),
    ("수년/NNG 동안/NNG 민병대/NNG", 2),
    ("최근/NNG 반군/NNG", 1),
    ("호주/NNP 간/XSN 협력/NNG", 0),  # negative: a state's name before 간 ('between') stays in the compound
    ("말리/NNP 반군/NNG", 0),  # negative: an owner's name is part of the compound
    ("국경/NNG 간/XSN 교역/NNG", 0),  # negative: 간 after no unit of time
])
def test_noun_compound_stops_after_a_time_adverbial(pairs: str, start: int) -> None:
    toks = toks_of(pairs)
    assert run_start(toks, len(toks) - 1) == start
    assert duration_end(toks, start - 1) if start else True

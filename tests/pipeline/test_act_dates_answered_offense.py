"""dates41: a statement answering the story's last show of force or attack whose own clause stated its day ('X fired
shells on Friday. A and B met on Tuesday. Y protested to X over the shelling'), dated only by the story or by a meeting
told before it, is no earlier than that deed: the story went back to a recalled day, the answer did not; the deed the
statement names by a noun ('over the shelling', '포격에 항의했다') is that deed retold, on its day
(pipeline/answer_dates.not_before_offense, Narrative.stated_offense). A statement with a day of its own keeps it, and
the last offense, when it is a deed of the recalled day, leaves the answer there."""
from __future__ import annotations

import pytest

from readout.api import extract_text

PUB = "2026-11-13"  # a Friday


def dated(text: str, kind: str) -> list[tuple[str, str, str]]:
    return [(",".join(p.country for p in e.participants), ",".join(r.country for r in e.recipients), str(e.date))
            for e in extract_text(text, published=PUB).events if e.type == kind]


@pytest.mark.parametrize("text, kind, expected", [
    ("Ethiopia fired artillery shells at Eritrean border posts on Friday, Eritrea's army said. Eritrean and Sudanese "
     "officials met in Khartoum on Tuesday to discuss border security. Eritrea lodged a protest with Ethiopia over "
     "the shelling.", "ACCUSE", [("ERI", "ETH", "2026-11-13")]),
    ("에티오피아군이 13일 에리트레아 국경 초소에 포격을 가했다고 에리트레아군이 밝혔다. 에리트레아와 수단 외교장관은 "
     "10일 하르툼에서 회담했다. 에리트레아 정부는 에티오피아의 포격에 강력히 항의했다.",
     "ACCUSE", [("ERI", "ETH", "2026-11-13")]),
    # the shelling the protest names is the one told, not another of the recalled Tuesday
    ("Ethiopia fired artillery shells at Eritrean border posts on Friday, Eritrea's army said. Eritrean and Sudanese "
     "officials met in Khartoum on Tuesday to discuss border security. Eritrea lodged a protest with Ethiopia over "
     "the shelling.", "ASSAULT", [("ETH", "ERI", "2026-11-13")]),
    ("에티오피아군이 13일 에리트레아 국경 초소에 포격을 가했다고 에리트레아군이 밝혔다. 에리트레아와 수단 외교장관은 "
     "10일 하르툼에서 회담했다. 에리트레아 정부는 에티오피아의 포격에 강력히 항의했다.",
     "ASSAULT", [("ETH", "ERI", "2026-11-13")]),
])
def test_an_answer_is_no_earlier_than_the_offense(text, kind, expected):
    assert dated(text, kind) == expected


@pytest.mark.parametrize("text, kind, expected", [
    # negative: the last offense told is the recalled day's own deed: the protest stays on that day
    ("Ethiopia fired artillery shells at Eritrean border posts on Friday, Eritrea's army said. On Tuesday, Ethiopian "
     "troops had shelled a Sudanese village. Sudan protested to Ethiopia.", "ACCUSE", ("SDN", "ETH", "2026-11-10")),
    # negative: a protest with a day of its own keeps it
    ("Ethiopia fired artillery shells at Eritrean border posts on Friday, Eritrea's army said. On Tuesday, Eritrea "
     "had protested to Ethiopia over border incursions.", "ACCUSE", ("ERI", "ETH", "2026-11-10")),
])
def test_an_answer_with_its_own_day_or_offense_keeps_it(text, kind, expected):
    assert expected in dated(text, kind)

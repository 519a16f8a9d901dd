"""dates49: a wire dateline's day ('TOKYO, March 3 (Reuters) -') a little before the publication is the day the story
was filed: a statement the body dates by nothing, or by 'on Monday', counts from it (pipeline/published.dateline_day),
not from a publication a day or two later. A Korean dateline names no day ('[도쿄=뉴스1] 기자 ='): the publication's
stays, as it does for a dateline day after the publication or long before it."""
from __future__ import annotations

import pytest

from readout.api import extract_text


def dated(text: str, published: str, kind: str) -> list[str]:
    return [str(e.date) for e in extract_text(text, published=published).events if e.type == kind]


@pytest.mark.parametrize("text, published, kind, expected", [
    ("BEIJING, March 3 (AP) - China's foreign ministry condemned Japan's decision to release treated water from the "
     "Fukushima plant.", "2026-03-05", "ACCUSE", "2026-03-03"),
    ("NEW DELHI, Sept. 14 (Reuters) - India lodged a strong protest with Pakistan over the shelling of border "
     "villages.", "2026-09-16", "ACCUSE", "2026-09-14"),
    # negatives: a dateline day after the publication, or long before it, gives nothing; a Korean one names no day
    ("BEIJING, March 9 (AP) - China's foreign ministry condemned Japan's decision to release treated water from the "
     "Fukushima plant.", "2026-03-05", "ACCUSE", "2026-03-05"),
    ("BEIJING, Feb. 3 (AP) - China's foreign ministry condemned Japan's decision to release treated water from the "
     "Fukushima plant.", "2026-03-05", "ACCUSE", "2026-03-05"),
    ("[베이징=뉴스1] 김철수 특파원 = 중국 외교부는 이날 일본의 후쿠시마 오염수 방류 결정을 규탄했다.",
     "2026-03-05", "ACCUSE", "2026-03-05"),
])
def test_a_dateline_day_is_the_story_day(text, published, kind, expected):
    assert expected in dated(text, published, kind)

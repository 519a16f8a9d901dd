"""A headline's acts weighed against the body's (pipeline/headline_acts.py, lang/base/headlines.py): the body's
telling of a headline act is the record and keeps the headline's sentence as evidence; a headline act the body never
tells stays, on the report's day; a background clause ('after ...', '... 급습한 X') and a bare deed noun ('protests
erupt', '도심서 대규모 시위') stand only as the body tells them. Articles we wrote, in both languages."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import events_of

REPORT = date(2025, 3, 18)

# (article, type, actors' states or None for no event of the type, the event's day, whether the headline is evidence)
CASES = {
    # a background deed the body never tells is no event; the body's own act stands
    "en background untold": ("Kenya recalls envoy after Somali troops raid embassy\n\nKenya recalled its ambassador "
                             "to Somalia on Tuesday, the foreign ministry said.\n", "COERCE", None, None, False),
    # a background deed the body tells: one event, on the body's day, the headline one more span
    "en background told": ("Kenya recalls envoy after Somalia raids embassy\n\nSomali troops raided the Kenyan "
                           "embassy in Mogadishu on Sunday. Kenya recalled its ambassador on Tuesday.\n", "COERCE",
                           {"SOM"}, date(2025, 3, 16), True),
    # negative: a one-line article is no headline over a body: its background deed is its only telling
    "en one line": ("Kenya recalls envoy after Somali troops raid embassy in Mogadishu\n", "COERCE", {"SOM"},
                    REPORT, True),
    # negative: a first paragraph that ends as a sentence is a lead, however terse: its clause stays
    "en terse lead": ("Kenya recalls envoy after Somali troops raid embassy in Mogadishu.\n\nThe foreign ministry "
                      "gave no further details.\n", "COERCE", {"SOM"}, REPORT, True),
    # a bare deed noun takes the body's sides for that deed, not the state of the clause before it
    "en bare told": ("Estonia shelves pact with Latvia, protests erupt\n\nThousands of Lithuanians protested in "
                     "Vilnius on Monday against a fuel tax.\n", "PROTEST", {"LTU"}, date(2025, 3, 17), True),
    "en bare untold": ("Protests erupt in capital\n\nThe government of Kenya announced a new tax on fuel on "
                       "Monday.\n", "PROTEST", None, None, False),
    # the headline's main act the body never tells stays, on the report's day, with the headline's sides
    "en main untold": ("Norway condemns Russia over port strike\n\nThe strike killed four dock workers, local "
                       "officials said.\n", "ACCUSE", {"NOR"}, REPORT, True),
    "ko background untold": ("케냐, 대사관 급습한 소말리아 ICJ 제소\n\n케냐 정부는 16일 소말리아를 국제사법재판소에 "
                             "제소했다고 밝혔다.\n", "COERCE", None, None, False),  # coerce56: a raid is COERCE seize
    "ko one line": ("케냐, 대사관 급습한 소말리아에 항의…대사 소환\n", "COERCE", {"SOM"}, REPORT, True),
    "ko bare told": ("도심서 대규모 시위\n\n케냐 나이로비에서 16일 시민 수천 명이 정부의 증세에 반대하는 시위를 벌였다.\n",
                     "PROTEST", {"KEN"}, date(2025, 3, 16), False),
    "ko bare untold": ("도심서 대규모 시위\n\n케냐 정부는 16일 연료세 인상을 발표했다.\n", "PROTEST", None, None, False),
    # the body's telling of the headline's main act is the record, on its day, the headline kept as evidence
    "ko main told": ("노르웨이, 러시아 항구 공습 규탄\n\n노르웨이 외교부는 16일 성명을 내고 러시아의 우크라이나 항구 공습을 "
                     "규탄했다.\n", "ACCUSE", {"NOR"}, date(2025, 3, 16), True),
    "ko main untold": ("노르웨이, 러시아에 유감 표명\n\n이번 공습으로 부두 노동자 4명이 숨졌다.\n", "ACCUSE", {"NOR"}, REPORT,
                       True),
}


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_headline_acts_against_the_body(extract, case):
    text, type_, actors, day, headline_evidence = CASES[case]
    found = events_of(extract(text, published=REPORT), type_)
    if actors is None:
        assert found == []
        return
    (event,) = found
    assert {p.country for p in event.participants} == actors and event.date == day
    first_line = len(text.split("\n")[0])
    assert any(s.start < first_line for s in event.evidence) == headline_evidence

"""relatives63: a deed told in a past relative clause is an act, dated as background (its own clause's day, else never
the main clause's day), in both languages.

- Korean plain past ('V-ㄴ') relative with an object of its own on the sentence's subject or topic: the head did it,
  as with the retrospective '-었던' (lang/ko/adnominal_endings._done_by_subject); English 'X, which expelled ..., said'.
- Korean relative with a subject of its own and no object, on a head naming a state: the subject's measure fell on
  the head ('[케냐가 추방한] 우간다 외교관들은', lang/ko/act_relatives._object_head); English object relatives
  ('the Ugandan diplomats whom Kenya expelled', lang/en/act_object_relatives).
- A past day opening the relative clause on the subject dates the clause's deed, also where the main verb is a
  proposal whose plan would otherwise claim the day (lang/ko/reading_dates.past_plan).
Negatives: adjectival or non-act relatives ('회담을 앞둔'), prospective relatives ('추방할', 'which will expel'), a
suffered measure ('제재를 받은'), a passive ('추방된'), a head naming no state. Our own sentences."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from tests.conftest import class_rows, countries

PUB = "2026-03-12"
MAIN_DAY = "2026-03-10"  # '10일', 'on Tuesday': the main clause's day


def found(text: str, kind: str):
    return [e for e in extract_text(text, published=PUB).events if e.type == kind]


DEEDS = class_rows({
    "ko-plain-past-subject": [
        ("우간다 외교관들을 추방한 케냐 정부는 10일 우간다에 항의했다.", "SANCTION", "KEN", "UGA", None),
        ("탄자니아를 비난한 케냐 외교부는 10일 우간다와 회담했다.", "ACCUSE", "KEN", "TZA", None),
        ("볼리비아 대사를 소환한 칠레는 10일 볼리비아와의 회담을 제안했다.", "SANCTION", "CHL", "BOL", None),
    ],
    "ko-suffered-on-subject": [  # the head suffered the measure: its agent acts (act_relatives.relative_suffered)
        ("캐나다의 제재를 받은 이란은 10일 캐나다를 비난했다.", "SANCTION", "CAN", "IRN", None),
    ],
    "ko-own-subject-head-suffers": [
        ("케냐가 추방한 우간다 외교관들은 10일 귀국했다.", "SANCTION", "KEN", "UGA", None),
        ("말라위 경찰이 체포한 잠비아인 3명은 10일 석방됐다.", "COERCE", "MWI", "ZMB", None),
        ("볼리비아가 추방했던 칠레 외교관이 10일 귀국했다.", "SANCTION", "BOL", "CHL", None),
        ("케냐가 대사를 추방한 우간다는 10일 케냐에 항의했다.", "SANCTION", "KEN", "UGA", None),
    ],
    "ko-day-inside": [
        ("지난 3일 우간다 대사를 소환한 케냐는 10일 우간다와의 회담을 제안했다.", "SANCTION", "KEN", "UGA", "2026-03-03"),
        ("지난 4일 볼리비아 대사를 추방했던 칠레는 10일 볼리비아와의 회담을 제안했다.", "SANCTION", "CHL", "BOL",
         "2026-03-04"),
        ("지난 5일 케냐가 추방한 우간다 외교관들은 10일 귀국했다.", "SANCTION", "KEN", "UGA", "2026-03-05"),
    ],
    "en-object-relative": [  # lang/en/act_object_relatives.object_relative
        ("The Ugandan diplomats whom Kenya expelled returned home on Tuesday.", "SANCTION", "KEN", "UGA", None),
        ("Two Zambians that Malawian police arrested were freed on Tuesday.", "COERCE", "MWI", "ZMB", None),
    ],
    "en-subject-relative": [
        ("Kenya, which expelled two Ugandan diplomats last month, condemned Uganda on Tuesday.", "SANCTION", "KEN",
         "UGA", None),
        ("Chile, which recalled its ambassador to Bolivia on March 3, condemned Bolivia on Tuesday.", "SANCTION",
         "CHL", "BOL", "2026-03-03"),
    ],
})


@pytest.mark.parametrize("text, kind, actor, recipient, day", DEEDS)
def test_a_past_relative_clause_tells_an_act_dated_as_background(text, kind, actor, recipient, day):
    acts = found(text, kind)
    assert acts, [(e.type, str(e.date)) for e in extract_text(text, published=PUB).events]
    e = acts[0]
    assert countries(e.participants) - countries(e.recipients) == {actor}
    assert countries(e.recipients) == {recipient}
    if day is None:  # no day of its own: background, never the main clause's day
        assert e.date_precision != "day" and str(e.date) != MAIN_DAY
    else:
        assert str(e.date) == day and e.date_precision == "day"


NOT_THE_HEADS = class_rows({
    "ko-no-act-verb": [("회담을 앞둔 케냐는 10일 우간다를 비난했다.", "CONSULT", "KEN")],
    "ko-prospective": [("우간다 대사를 추방할 케냐는 10일 우간다를 비난했다.", "SANCTION", "KEN")],
    "ko-suffered": [("미국의 제재를 받은 이란은 10일 미국을 비난했다.", "SANCTION", "IRN")],
    "ko-passive": [("추방된 우간다 외교관들은 10일 귀국했다.", "SANCTION", "UGA")],
    "ko-own-subject-head-not-doer": [("케냐가 대사를 추방한 우간다는 10일 케냐에 항의했다.", "SANCTION", "UGA")],
    "ko-no-state-head": [("케냐가 추방한 인원은 모두 5명이다.", "SANCTION", "KEN")],
    "en-prospective": [("Kenya, which will expel two Ugandan diplomats, condemned Uganda on Tuesday.", "SANCTION",
                        "KEN")],
    "en-object-relative-no-state-head": [("The diplomats whom Kenya expelled returned home on Tuesday.", "SANCTION",
                                          "KEN")],
    "en-object-relative-passive": [("The Ugandan diplomats that were expelled returned home on Tuesday.", "SANCTION",
                                    "UGA")],
    "en-no-act-verb": [("Kenya, which faces talks with Uganda next week, condemned Tanzania on Tuesday.", "CONSULT",
                        "KEN")],
})


@pytest.mark.parametrize("text, kind, actor", NOT_THE_HEADS)
def test_a_relative_clause_that_tells_no_deed_of_the_actor_gives_no_act(text, kind, actor):
    assert not [e for e in found(text, kind) if e.status == "occurred"
                and actor in countries(e.participants) - countries(e.recipients)]

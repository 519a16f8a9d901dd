"""(debt52) The office of a state's own people that its force reaches is read by one Korean reader
(lang/ko/act_organs.domestic_people_sector) over the shared offices (readout/sectors.HARMED_OFFICE_SECTORS: GOV,
LEG, JUD): harm reads the first noun of a harmed sector, force and arrests the office whose title ends the object.
A judge arrested is the judiciary's (JUD), as English 'arrested a judge' reads it. Our own sentences (Benin,
Gabon; no eval towns or people)."""
from __future__ import annotations

import pytest

from readout.lang.ko.act_organs import domestic_people_sector
from readout.lang.ko.endings import tokens_of
from readout.lang.ko.sentences import kiwi
from tests.event_sides import sector_sides

KO_ROWS = [  # (sentence, the object's words, harmed, forced, sector)
    ("경찰이 판사를 체포했다.", "판사", False, True, "JUD"),
    ("경찰이 국방장관을 체포했다.", "국방장관", False, True, "GOV"),
    ("무장괴한들이 의원을 납치했다.", "의원", False, True, "LEG"),
    ("반군이 판사를 공격했다.", "판사", True, True, "JUD"),
    ("반군이 군인 3명을 공격했다.", "군인 3명", True, True, "MIL"),
    ("경찰이 군인 3명을 체포했다.", "군인 3명", False, True, None),
    ("경찰이 기자 2명을 체포했다.", "기자 2명", False, True, "JRN"),
    ("정부가 국방장관을 비판했다.", "국방장관", False, False, None),
]


@pytest.mark.parametrize("text, words, harmed, forced, sector", KO_ROWS)
def test_domestic_people_sector_ko(text: str, words: str, harmed: bool, forced: bool, sector: str | None) -> None:
    toks = tokens_of([(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)])
    start = text.index(words)
    assert domestic_people_sector(toks, (start, start + len(words)), harmed=harmed, forced=forced) == sector


EN_ROWS = [  # (sentence, acting pairs, receiving pairs)
    ("Beninese police arrested a judge.", {("BEN", "COP")}, {("BEN", "JUD")}),
    ("Gabonese police arrested the defence minister.", {("GAB", "COP")}, {("GAB", "GOV")}),
]


@pytest.mark.parametrize("text, acting, receiving", EN_ROWS)
def test_office_arrested_en(text: str, acting: set, receiving: set) -> None:
    assert sector_sides(text, "COERCE") == (acting, receiving)

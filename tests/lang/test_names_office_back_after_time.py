"""References in both languages: a bare office noun after a time phrase refers back (kofollow68b, issue 13).

'카야 발렌스 에스토니아 총리는 ... 금요일 총리는 중국을 비난했다', '... On Friday the prime minister criticized China':
a sentence whose subject is a bare office noun stands for the last holder of that office the document named, and a
time phrase (a weekday, a day of the month, '지난 …', '이날', with a part of day) standing before the office only dates
the act: the office still opens the clause (ko: `office_back_re` in lexicon/ko.yaml, read by
lang/ko/reading_names.office_back; en: the office reference already reads past the time phrase). Negatives: with no
holder named before, the bare office names nobody; an office after a place phrase ('금요일 회의에서 총리는') is not the
clause's opening subject and is left alone."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import events_of

OCC = "occurred"
DAY = date(2025, 6, 20)
NAMED_KO = "카야 발렌스 에스토니아 총리는 러시아를 비난했다. "
NAMED_EN = "Estonian Prime Minister Kaja Valens criticized Russia. "


def read(text: str):
    return events_of(extract_text(text, published=DAY))


@pytest.mark.parametrize("text", [
    NAMED_KO + "금요일 총리는 중국을 비난했다.",
    NAMED_KO + "지난 17일 오후 총리는 중국을 비난했다.",
    NAMED_KO + "한편 이날 총리는 중국을 맹비난했다.",
    NAMED_KO + "지난 화요일에 총리는 중국을 비난했다.",
    NAMED_EN + "On Friday the prime minister criticized China.",
    NAMED_EN + "On Tuesday, the prime minister also criticized China.",
])
def test_office_after_a_time_phrase_is_the_named_holder(text):
    found = [e for e in read(text) if e.type == "ACCUSE" and "CHN" in {r.country for r in e.recipients}]
    assert found, [(e.type, [p.country for p in e.participants]) for e in read(text)]
    assert "EST" in {p.country for p in found[0].participants}


@pytest.mark.parametrize("text", [
    "금요일 총리는 중국을 비난했다.",  # no prime minister named before: the office names nobody
    "지난 17일 오후 총리는 중국을 비난했다.",
    NAMED_KO + "금요일 회의에서 총리는 중국을 비난했다.",  # a place phrase first: not the clause's opening subject
])
def test_office_after_a_time_phrase_without_holder_or_opening_names_nobody(text):
    assert not [e for e in read(text) if e.type == "ACCUSE" and "CHN" in {r.country for r in e.recipients}
                and "EST" in {p.country for p in e.participants}]

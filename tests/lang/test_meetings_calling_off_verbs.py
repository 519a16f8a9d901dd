"""enmodes70: the verbs of calling a meeting off are one list (en_acts_additions cue `meeting_calling_off` with the
REJECT meet entries; lang/en/reading_meetings.calling_off_verb reads it for a side named after 'by'). Scrapping,
abandoning or putting off a meeting with a side is the canceller's REJECT meet, active or with 'by', as cancelling
and postponing were ('The summit was scrapped by A' had given nothing); a meeting between two sides scrapped,
abandoned or suspended with no side named is CONSULT cancelled of both, in both languages. Negative rows: a 'by' of
time names no canceller, and suspending ongoing talks stays the SANCTION it was (CAMEO 164, halt negotiations).
The speaker who closes a reported passive ('Talks with B were postponed, A said') called it off when a side of the
meeting (lang/en/meeting_speakers); a speaker who is no side only reports a meeting cancelled by no one named."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events

OCC = "occurred"
CANCELLED = "cancelled"

# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode)
ROWS = {
    "called_off_by_a_side_is_its_reject": [
        ("The summit with Slovakia was scrapped by Hungary.", "REJECT", {"HUN"}, {"SVK"}, OCC, "meet"),
        ("The summit with Slovakia was abandoned by Hungary.", "REJECT", {"HUN"}, {"SVK"}, OCC, "meet"),
        ("Talks with Slovakia were put off by Hungary.", "REJECT", {"HUN"}, {"SVK"}, OCC, "meet"),
        ("Hungary scrapped the planned summit with Slovakia.", "REJECT", {"HUN"}, {"SVK"}, OCC, "meet"),
        ("Hungary abandoned talks with Slovakia on Friday.", "REJECT", {"HUN"}, {"SVK"}, OCC, "meet"),
        ("Hungary put off talks with Slovakia until spring.", "REJECT", {"HUN"}, {"SVK"}, OCC, "meet"),
        ("슬로바키아와의 정상회담이 헝가리에 의해 취소됐다.", "REJECT", {"HUN"}, {"SVK"}, OCC, "meet"),
        ("헝가리는 슬로바키아와의 회담을 연기했다.", "REJECT", {"HUN"}, {"SVK"}, OCC, "meet"),
    ],
    "called_off_by_a_side_tells_no_cancelled_meeting": [
        ("The summit between Hungary and Slovakia was scrapped by Hungary.", "CONSULT", set(), None, None, None),
        ("The summit between Hungary and Slovakia was abandoned by Hungary.", "CONSULT", set(), None, None, None),
    ],
    "called_off_by_no_one_named_is_cancelled": [
        ("The summit between Hungary and Slovakia was scrapped.", "CONSULT", {"HUN", "SVK"}, None, CANCELLED, None),
        ("The summit between Hungary and Slovakia was abandoned.", "CONSULT", {"HUN", "SVK"}, None, CANCELLED,
         None),
        ("Talks between Hungary and Slovakia were suspended on Friday.", "CONSULT", {"HUN", "SVK"}, None,
         CANCELLED, None),
        ("헝가리와 슬로바키아 간 회담이 중단됐다.", "CONSULT", {"HUN", "SVK"}, None, CANCELLED, None),
        ("The summit between Hungary and Slovakia was scrapped.", "REJECT", set(), None, None, None),
        ("Talks between Hungary and Slovakia were suspended on Friday.", "REJECT", set(), None, None, None),
    ],
    "no_canceller_in_a_by_of_time": [
        ("The summit between Hungary and Slovakia was put off by a week.", "REJECT", set(), None, None, None),
        ("The summit between Hungary and Slovakia was put off by a week.", "CONSULT", {"HUN", "SVK"}, None,
         CANCELLED, None),
    ],
    "talks_called_off_are_rejected_meetings": [
        ("Hungary called off talks with Slovakia on Friday.", "REJECT", {"HUN"}, {"SVK"}, OCC, "meet"),
        ("Hungary called off talks with Slovakia on Friday.", "SANCTION", set(), None, None, None),
    ],
    "the_speaker_who_is_a_side_called_it_off": [
        ("Talks with Slovakia were postponed, Hungary said.", "REJECT", {"HUN"}, {"SVK"}, OCC, "meet"),
        ("Talks with Slovakia were called off, Hungary's prime minister said on Friday.", "REJECT", {"HUN"},
         {"SVK"}, OCC, "meet"),
        ("The summit between Hungary and Slovakia was scrapped, the Hungarian foreign ministry said.", "REJECT",
         {"HUN"}, {"SVK"}, OCC, "meet"),
        ("The summit between Hungary and Slovakia was scrapped, the Hungarian foreign ministry said.", "CONSULT",
         set(), None, None, None),
    ],
    "a_speaker_who_is_no_side_only_reports_it": [
        ("The summit between Hungary and Slovakia was scrapped, Austria said.", "REJECT", set(), None, None, None),
        ("The summit between Hungary and Slovakia was scrapped, Austria said.", "CONSULT", {"HUN", "SVK"}, None,
         CANCELLED, None),
        ("Talks with Slovakia were postponed, Slovakia said.", "REJECT", set(), None, None, None),
    ],
    "suspending_ongoing_talks_stays_sanction": [
        ("Hungary suspended talks with Slovakia.", "SANCTION", {"HUN"}, {"SVK"}, OCC, None),
        ("Hungary suspended talks with Slovakia.", "REJECT", set(), None, None, None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ROWS))
def test_meetings_calling_off_verbs(sentence, kind, actors, recipients, status, mode):
    assert_act(events(sentence), kind, actors, recipients, status, mode)

"""(coerce52) A state recalling its own envoy with no host named in the sentence ('recalled its ambassador in
protest', '자국 대사를 본국으로 불러들였다') acts against the state the story set against it: the side that acted on the
recaller, else whom its own act just before addressed, else the other side of the last deed told
(pipeline/act_recalls). A host the sentence names wins; a summons of a foreign envoy stays an ACCUSE of the envoy's
state. Our own sentences."""
from __future__ import annotations

import pytest

ROWS = [  # (text, the recall's actors, its recipients)
    ("Kenya's navy seized a Tanzanian fishing boat on Monday. Tanzania recalled its ambassador in protest.",
     {"TZA"}, {"KEN"}),
    ("Kenya signed a port deal with Uganda on Monday. Tanzania condemned Kenya over the deal and recalled its "
     "ambassador.", {"TZA"}, {"KEN"}),
    ("케냐 해군이 9일 탄자니아 어선을 나포했다. 탄자니아는 자국 대사를 본국으로 불러들였다.", {"TZA"}, {"KEN"}),
    ("케냐 해군이 9일 탄자니아 어선을 나포했다. 탄자니아 정부는 자국 대사를 소환했다고 밝혔다.", {"TZA"}, {"KEN"}),
    # recalled home for consultations ('협의를 위해', '협의차'): a withdrawal, no meeting with the host
    ("탄자니아는 9일 케냐 주재 대사를 협의를 위해 소환했다.", {"TZA"}, {"KEN"}),
    ("탄자니아 정부는 협의차 주케냐 대사를 본국으로 불러들였다.", {"TZA"}, {"KEN"}),
    # the host named in the sentence wins over the story's counterpart
    ("Kenya's navy seized a Tanzanian fishing boat on Monday. Tanzania recalled its ambassador to Uganda.",
     {"TZA"}, {"UGA"}),
]


@pytest.mark.parametrize("text, actors, recipients", ROWS)
def test_a_recall_goes_to_the_story_counterpart(extract, text, actors, recipients):
    events = extract(text).events
    found = [e for e in events if e.type == "SANCTION"]
    assert found, [(e.type, [p.country for p in e.participants]) for e in events]
    assert ({p.country for p in found[-1].participants}, {p.country for p in found[-1].recipients}) == \
        (actors, recipients)


def test_a_summoned_foreign_envoy_is_no_recall(extract):
    text = "케냐 해군이 9일 탄자니아 어선을 나포했다. 탄자니아 외교부는 주탄자니아 케냐 대사를 초치했다."
    events = extract(text).events
    assert not [e for e in events if e.type == "SANCTION"]
    assert [e for e in events if e.type == "ACCUSE" and {p.country for p in e.recipients} == {"KEN"}]


def test_a_recall_for_consultations_is_no_meeting(extract):
    assert not [e for e in extract("탄자니아는 9일 케냐 주재 대사를 협의를 위해 소환했다.").events if e.type == "CONSULT"]


def test_a_lone_recall_stays_unaimed(extract):
    assert not [e for e in extract("Tanzania recalled its ambassador on Monday.").events if e.type == "SANCTION"]

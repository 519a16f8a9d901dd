"""A document's events depend on the document and the run's knowledge only: extracted alone, or after
other documents in the same process (which name the same people in other forms), it gives the same
events (issue 12: no process-global mutable resolver)."""
from __future__ import annotations

from datetime import date

from readout.api import extract_text
from readout.kb.knowledge import Knowledge, LearnedAliases
from readout.pipeline import default_pipeline

TEACHERS = [
    "가나다 외교부 차관은 14일 서울에서 홍길순(Hong Kil-soon) 가상국 외교차관과 회담했다.",
    "Vice Foreign Minister Hong Kil-soon met South Korean officials in Seoul on Tuesday.",
    "조태열 외교부 장관은 13일 베이징에서 왕이 중국 외교부장과 회담했다.",
]
STUDENT = "Vice Foreign Minister Hong Kil-soon held talks with Foreign Minister Cho Tae-yul in Seoul on Friday."


def summary(article) -> list[tuple]:
    return sorted((e.type, tuple(sorted(p.id for p in e.participants)), tuple(sorted(r.id for r in e.recipients)),
                   e.date, e.status, e.location.name if e.location else None) for e in article.events)


def test_a_document_alone_and_after_others_gives_the_same_events():
    day = date(2024, 5, 17)
    alone = summary(extract_text(STUDENT, "student", day, default_pipeline()))
    pipeline = default_pipeline()
    for i, text in enumerate(TEACHERS):
        extract_text(text, f"teacher-{i}", day, pipeline)
    after = summary(extract_text(STUDENT, "student", day, pipeline))
    assert alone and after == alone


def test_aliases_take_effect_through_the_knowledge_of_the_next_run():
    first = Knowledge.load().resolver.resolve("Hong Kil-soon")
    learned = LearnedAliases({"hongkilsoon": "per_teacher-id"}, {})
    assert Knowledge.load(learned).resolver.learned == {"hongkilsoon": "per_teacher-id"}
    assert Knowledge.load().resolver.resolve("Hong Kil-soon").id == first.id  # the default never changes

"""The pipeline: a list of small named steps, each taking and returning the `Article`.

Each step declares what it needs and what it adds (attribute names of `Article`), so the runner can
check the order once and name the step that failed (spaCy's `Language.__call__`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from readout import budget, settings
from readout.errors import PipelineError, ReadoutError
from readout.model import Article


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[Article], Article]
    needs: tuple[str, ...] = ()
    adds: tuple[str, ...] = ()


class Pipeline:
    def __init__(self, steps: list[Step]):
        have: set[str] = {"text", "published"}
        for step in steps:
            missing = [n for n in step.needs if n not in have]
            if missing:
                raise PipelineError(f"step {step.name!r} needs {missing}, which no earlier step adds")
            have |= set(step.adds)
        self.steps = steps

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.steps]

    def __call__(self, article: Article) -> Article:
        with budget.limit(settings.SETTINGS.document_seconds, article.id):  # any thread or process (not SIGALRM)
            return self.run_steps(article)

    def run_steps(self, article: Article) -> Article:
        for step in self.steps:
            budget.check(step.name)
            try:
                article = step.run(article)
            except ReadoutError:
                raise
            except Exception as exc:  # a bug or an input no rule foresaw: name the step and document
                raise PipelineError(f"step {step.name!r} failed: {type(exc).__name__}: {exc}",
                                    doc=article.id, detail={"step": step.name}) from exc
        return article


def default_pipeline() -> Pipeline:
    from readout.pipeline import (
        clean,
        consolidate,
        dates,
        events,
        mentions,
        places,
        published,
        sentences,
    )

    return Pipeline([
        Step("mark_boilerplate", clean.mark_boilerplate, needs=("text",), adds=("boilerplate", "datelines")),
        Step("split_segments", clean.split_segments, needs=("boilerplate",), adds=("segments", "paragraphs")),
        Step("find_published_date", published.find_published_date, needs=("text",),
             adds=("reference_date",)),
        Step("split_sentences", sentences.split_sentences, needs=("paragraphs",), adds=("sentences", "tokens")),
        Step("find_dates", dates.find_dates, needs=("sentences", "reference_date"), adds=("dates",)),
        Step("find_places", places.find_places, needs=("sentences",), adds=("places",)),
        Step("find_mentions", mentions.find_mentions, needs=("sentences", "tokens", "reference_date"),
             adds=("mentions",)),
        Step("find_events", events.find_events, needs=("mentions", "dates", "places"), adds=("events",)),
        Step("consolidate_events", consolidate.consolidate_events, needs=("events",), adds=()),
    ])

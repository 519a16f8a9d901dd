"""The pipeline: a list of small named steps, each taking the `Article` and the run's context.

Each step declares what it needs and what it adds (attribute names of `Article`), so the runner can
check the order once and name the step that failed (spaCy's `Language.__call__`). A pipeline is built
from a `Settings` and a `Knowledge`, which every step reads through the context; the languages are
built once per process from the same two values, so a pipeline pickles to worker processes and Dask
workers as its settings and knowledge, and each worker builds its languages (and Kiwi) once.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Callable, Iterable

from readout import budget, cache_patterns
from readout.errors import PipelineError, ReadoutError
from readout.kb.knowledge import Knowledge
from readout.lang import REGISTRY, Languages, load_languages
from readout.model import Article
from readout.settings import SETTINGS, Settings


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[Article, "Pipeline"], Article]
    needs: tuple[str, ...] = ()
    adds: tuple[str, ...] = ()


class Pipeline:
    """The steps, with the settings and knowledge they read (`pipeline.settings`, `.knowledge`,
    `.language(code)`)."""

    def __init__(self, steps: list[Step], settings: Settings, knowledge: Knowledge | Callable[[], Knowledge]):
        have: set[str] = {"text", "published"}
        for step in steps:
            missing = [n for n in step.needs if n not in have]
            if missing:
                raise PipelineError(f"step {step.name!r} needs {missing}, which no earlier step adds")
            have |= set(step.adds)
        self.steps = steps
        self.settings = settings
        if isinstance(knowledge, Knowledge):
            self.knowledge = knowledge
        else:
            self._load_knowledge = knowledge

    @functools.cached_property
    def knowledge(self) -> Knowledge:
        """The run's knowledge, loaded when a step first reads it where the pipeline was given its loader: a run whose
        documents are all unchanged extracts none, and its start-up need not read the knowledge base (a third of a
        no-change rerun's CPU). Loaded before any document of the run is stored, so it is the same value. A model
        load: the document that triggers it has its budget moved by the time it took (`budget.loading`)."""
        with budget.loading():
            return self._load_knowledge()

    @functools.cached_property
    def languages(self) -> Languages:
        return load_languages(self.settings, self.knowledge)

    def language(self, code: str):
        return self.languages[code]

    def line_rules(self) -> list:
        """Every language's line rules (boilerplate lines, labeled and full dates: `Languages.line_rules`), asked of
        each line whatever its language, without building a language no document needed yet."""
        return self.languages.line_rules()

    def warm(self, codes: Iterable[str] | None = None) -> "Pipeline":
        """Load what the first document would (Kiwi, indexes, the resolver), before forking workers. No
        time budget: loading is not a document's work, and a cold cache can take seconds. With `codes`, only
        those languages are built and read warm (the others answer every line's line rules from their light
        modules): a batch with no Korean document loads no Kiwi, which a worker loads itself if one comes."""
        chosen = [self.language(code) for code in REGISTRY if codes is None or code in codes]
        self.run_steps(Article("warm-up", "\n".join(lang.warm_up for lang in chosen)))
        cache_patterns.mark_started()  # the patterns compiled so far are the ones the next start-up needs
        return self

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.steps]

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.pop("languages", None)  # rebuilt in each process: Kiwi does not pickle
        state["knowledge"] = self.knowledge  # the value itself: its loader may read this process's database
        state.pop("_load_knowledge", None)
        return state

    def __call__(self, article: Article) -> Article:
        with budget.limit(self.settings.document_seconds, article.id, self.settings.model_load_seconds):
            return self.run_steps(article)

    def run_steps(self, article: Article) -> Article:
        for step in self.steps:
            budget.check(step.name)
            try:
                article = step.run(article, self)
            except ReadoutError:
                raise
            except Exception as exc:  # a bug or an input no rule foresaw: name the step and document
                raise PipelineError(f"step {step.name!r} failed: {type(exc).__name__}: {exc}",
                                    doc=article.id, detail={"step": step.name}) from exc
        return article


def default_pipeline(settings: Settings = SETTINGS,
                     knowledge: Knowledge | Callable[[], Knowledge] | None = None) -> Pipeline:
    from readout.pipeline import (  # cold start: not loaded with `readout.api`, only on first use
        act_places,
        clean,
        consolidate,
        dates,
        events,
        lead_dates,
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
        Step("find_places", places.find_places, needs=("sentences",), adds=("places", "country_finds", "short_forms")),
        Step("find_mentions", mentions.find_mentions, needs=("sentences", "tokens", "reference_date"),
             adds=("mentions",)),
        Step("find_events", events.find_events, needs=("mentions", "dates", "places"), adds=("events",)),
        Step("consolidate_events", consolidate.consolidate_events, needs=("events",), adds=()),
        Step("place_acts", act_places.place_acts, needs=("events", "places"), adds=()),  # places52: where each act was
        Step("lead_dates", lead_dates.lead_dates, needs=("events",), adds=()),  # dates22: a lead's day from its body
    ], settings, knowledge if knowledge is not None else Knowledge.load)

"""(speed52, issue 20) The language's country mentions of a sentence are found once per document
(`common.country_finds`, kept in `Article.country_finds`): `places.story_state_counts` counts them where a place's
state is undecided, and `countries_in` builds on the same list later, so the language is asked once per sentence
(it was asked twice). A worker sends the cache back empty (`parallel.for_store`). Our own stories, real places,
invented people."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from readout.lang.base import Language
from readout.parallel import for_store

STORIES = [
    ("Seychelles Foreign Minister Ravi Laurent hosted a Tanzanian trade mission on Tuesday. "
     "The two delegations met again in Victoria on Wednesday.", "Victoria", "SYC"),
    ("세이셸 외교장관이 15일 탄자니아 무역 사절단을 맞았다고 밝혔다. 양측은 16일 빅토리아에서 다시 회담했다.",
     "Victoria", "SYC"),
    ("Mali's army closed a border post on Tuesday. Armed men later attacked a convoy near Gao.", "Gao", "MLI"),
]


@pytest.mark.parametrize("text, name, state", STORIES)
def test_the_language_is_asked_once_per_sentence(text, name, state, monkeypatch):
    asked: list[tuple[str, int]] = []
    real = Language.find_countries

    def counting(self, sentence, offset, tokens):
        asked.append((sentence, offset))
        return real(self, sentence, offset, tokens)

    monkeypatch.setattr(Language, "find_countries", counting)
    article = extract_text(text, published="2026-05-11")
    assert any(p.name.startswith(name[:6]) and p.country == state for p in article.places), article.places
    assert asked and len(asked) == len(set(asked))  # the story's count read them, countries_in did not ask again
    assert set(article.country_finds) >= {offset for _s, offset in asked}


@pytest.mark.parametrize("text, name, state", STORIES)
def test_countries_in_reads_what_the_count_found(text, name, state):
    article = extract_text(text, published="2026-05-11")
    for start, found in article.country_finds.items():
        kept = article.countries.get(start)
        if kept is not None:  # the story's references may add mentions; the language's own are all kept
            assert {(c.start, c.end) for c in found} <= {(c.start, c.end) for c in kept} or not found


def test_a_worker_sends_the_cache_back_empty():
    article = extract_text(STORIES[0][0], published="2026-05-11")
    assert article.country_finds
    assert for_store(article).country_finds == {}

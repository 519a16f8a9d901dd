"""Language-specific rules: everything that knows Korean lives in `ko`, everything that knows English in `en`.

Both packages expose the same functions (sentences, dates, mentions, places), so the pipeline steps
dispatch on a paragraph's language and stay language-free.
"""
from __future__ import annotations

import functools
import importlib
from types import ModuleType


@functools.lru_cache(maxsize=None)
def module(lang: str, name: str) -> ModuleType:
    return importlib.import_module(f"readout.lang.{'ko' if lang == 'ko' else 'en'}.{name}")


def countries_in(article, sent) -> list:
    """The country mentions of one sentence, found once and kept on the article."""
    if sent.start not in article.countries:
        text = article.text[sent.start:sent.end]
        article.countries[sent.start] = module(sent.label, "countries").find_countries(
            text, sent.start, article.tokens.get(sent.start, []))
    return article.countries[sent.start]

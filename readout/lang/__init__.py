"""Language-specific rules: everything that knows Korean lives in `ko`, everything that knows English in `en`.

Both packages expose the same functions (sentences, dates, mentions, places), so the pipeline steps
dispatch on a paragraph's language and stay language-free.
"""
from __future__ import annotations

import importlib
from types import ModuleType


def module(lang: str, name: str) -> ModuleType:
    return importlib.import_module(f"readout.lang.{'ko' if lang == 'ko' else 'en'}.{name}")

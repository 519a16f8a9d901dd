"""A phrase opened by a country word that owns a diplomatic post ('칠레의 대사관을', "Peru's embassy") is the post's
(`Language.heads_a_post`, debt51): the question takes the phrase itself, so the pipeline cuts no words. Each row's
phrase is the whole text; a phrase whose first word owns no post named after it is no post. Phrases written for the
test."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def languages():
    from readout.pipeline import default_pipeline

    return default_pipeline().languages


@pytest.mark.parametrize("code,phrase,post", [
    ("ko", "칠레의 대사관을", True),
    ("ko", "페루 대사관을", True),
    ("ko", "칠레의 대통령궁을", False),
    ("ko", "페루 의회를", False),
    ("en", "Chile's embassy", True),
    ("en", "Peru's consulate in Lima", True),
    ("en", "Chile's presidential palace", False),
    ("en", "Peru's parliament", False),
])
def test_heads_a_post(languages, code, phrase, post):
    assert languages[code].heads_a_post(phrase, 0, len(phrase)) is post

"""A posted envoy's post has one mark per shape (debt51): the span of the post's words is `envoy_post` ('envoy to
[Ghana]', '[가나] 주재'), the host's codes a language read itself are `envoy_host` ('주에티오피아': kiwi's mentions do not
keep the host), never one key for both. The pipeline (act_posted_hosts, act_actor_defaults.post_host) takes the codes
where both are marked; (debt52) whether either is marked is one question, act_posted_hosts.posted_abroad. Sentences
written for the test (real states, invented wording)."""
from __future__ import annotations

import pytest

from readout.lang.ko.sentences import kiwi
from readout.pipeline.act_posted_hosts import posted_abroad


@pytest.fixture(scope="module")
def languages():
    from readout.pipeline import default_pipeline

    return default_pipeline().languages


def tokens(code: str, text: str) -> tuple:
    if code == "en":
        return ()
    return tuple((t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text))


@pytest.mark.parametrize("code, text, post, host", [
    ("en", "Togo's envoy to Ghana said its troops attacked rebel camps.", "Ghana", None),
    ("ko", "가나 주재 토고 대사는 자국 군대가 반군 기지를 공격했다고 말했다.", "가나", None),
    ("ko", "주에티오피아 우간다 대사는 자국군이 반군 캠프를 습격했다고 밝혔다.", None, ("ETH",)),
    ("en", "The foreign ministry summoned the Togolese ambassador to Accra on Friday.", "Accra", None),
    # negative row: a speaker posted nowhere gets no mark
    ("en", "Togo's defence minister said its troops attacked rebel camps.", None, None),
])
def test_a_post_is_marked_by_its_shape(languages, code, text, post, host):
    hits = [h for h in languages[code].find_acts(text, tokens(code, text)) if h.type in {"ASSAULT", "ACCUSE"}]
    assert hits, text
    span = hits[0].data.get("envoy_post")
    assert (text[span[0]:span[1]] if span else None) == post
    assert hits[0].data.get("envoy_host") == host
    assert posted_abroad(hits[0]) == (post is not None or host is not None)  # debt52: either shape is a post abroad

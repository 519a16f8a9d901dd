"""(kobacked50, issue 15) An armed group struck in a posted envoy's words is of the post, in Korean too: '소말리아 주재
케냐 대사는 자국 군대가 반군 진지를 공격했다고 말했다' gave Kenya's own rebels, where English "Kenya's envoy to Somalia
said its troops struck rebel positions" reads Somalia's since entwins49.

The sentence opens with an envoy's topic phrase that holds a post ('[소말리아] 주재 ... 대사는': a name before a word of
`post_host_followers`; '주[소말리아] ... 대사는': the posting prefix 주 before a name), and the act's subject is the
reflexive state's forces after it ('자국 군대가', '자국군이': lexicon `self_state_words`). The post's name is marked
`envoy_post` (its character span, as English marks 'to Somalia'), or the host's code after 주 `envoy_host`;
pipeline/act_posted_hosts gives an armed group
with no state of its own the post's state. A name between the forces and the act word ('자국 군대가 [케냐] 북부에서
반군을 공격했다': Korean puts the place before the verb, where English puts it after) keeps the reading it gave.
"""
from __future__ import annotations

import dataclasses

from readout.kb.loader import lexicon
from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import run_start
from readout.lang.ko.tags import TOPIC_PARTICLES
from readout.lang.ko.words import country_of_word

NAME_TAG = "NNP"
TOPIC_TAG = "JX"
POSTED = ("주", "MM")  # 駐 as kiwi splits it from the host's name ('주소말리아': 주/MM 소말리아/NNP)


def post_mark(toks: list, topic: int) -> dict | None:
    """The mark of the post in the topic phrase ending before morpheme `topic`: the character span of the host's name
    (`envoy_post`: '[소말리아] 주재 케냐 대사는'), or the host's code after the posting prefix (`envoy_host`: '주[소말리아]
    케냐 대사는': kiwi's mentions do not keep it, as act_summons reads '주한 B 대사'), else None."""
    followers = lexicon("ko")["post_host_followers"]
    for k in range(run_start(toks, topic - 1), topic):
        if toks[k][1] != NAME_TAG:
            continue
        if k > 0 and tuple(toks[k - 1][:2]) == POSTED:
            host = country_of_word(toks[k][0])  # kiwi's mentions do not keep a posted host: its code itself
            return {"envoy_host": (host,)} if host else None
        if k + 1 < topic and toks[k + 1][0] in followers:
            start = run_start(toks, k) if toks[run_start(toks, k)][1] == NAME_TAG else k
            return {"envoy_post": (toks[start][2], toks[k][2] + toks[k][3])}
    return None


def opening_post(toks: list) -> tuple[int, dict] | None:
    """(the morpheme index of the sentence's first topic particle, the post's mark, `post_mark`) where the topic
    phrase holds a post, else None."""
    topic = next((k for k, t in enumerate(toks) if t[1] == TOPIC_TAG and t[0] in TOPIC_PARTICLES), None)
    if topic is None or topic < 1:
        return None
    mark = post_mark(toks, topic)
    return (topic, mark) if mark else None


def posted_forces(toks: list, hits: list[ActHit]) -> list[ActHit]:
    """Each hit whose subject is the reflexive state's forces after a posted envoy's topic with the post's mark
    (`post_mark`: its span, `envoy_post`, or its host's code, `envoy_host`); the rest as they came. A hit whose host
    is read already (a summons' host codes, `envoy_host`) keeps its mark."""
    post = opening_post(toks)
    if post is None:
        return hits
    topic, mark = post
    words = frozenset(lexicon("ko").get("self_state_words", ()))
    out = []
    for h in hits:
        first = h.data.get("first")
        own = first is not None and any(toks[k][0].startswith(tuple(words)) for k in range(topic + 1, first)) \
            and not any(toks[k][1] == NAME_TAG for k in range(topic + 1, first))  # '케냐 북부에서': a place of its own
        out.append(dataclasses.replace(h, data={**h.data, **mark})
                   if own and not h.data.get("envoy_host") else h)
    return out

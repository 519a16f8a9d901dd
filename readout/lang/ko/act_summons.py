"""A summons that names no summoner: '주한 B 대사가 초치됐다', '(...) 주일 B 대사를 초치해 항의했다', '주C B 대사가 초치돼
항의를 받았다'.

Why: a state summons only the envoys posted to it, so the host of the envoy's post ('주한': in Korea; '주일': in Japan;
'주칠레': in Chile) is the summoning state, as the English reader takes the host of 'the Japanese ambassador to Seoul'
(pipeline act_actor_defaults.post_host). The lexicon codes a summons as ACCUSE disapprove, to the envoy's state. Korean writes
the host in the word before the envoy's state ('주한 칠레 대사'); the mention reader keeps the envoy's state and drops
the host, so this reader gives the host's code (`envoy_host`), which the pipeline takes only when the clause names no
actor: a named summoner ('칠레 외교부는', '외교부에 초치됐다') keeps its own reading.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import run_start
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.name_words import posted_host
from readout.lang.ko.tags import CLAUSE_BREAK_TAGS, NOUN_TAGS

POST_PREFIX = "주"  # 駐: posted in
CLAUSE_EDGE = CLAUSE_BREAK_TAGS  # an earlier clause's end: its envoy is no argument of this summons


def posted_summons(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits, each summons (cue summoned_verb) of an envoy whose post's host is written before it carrying that
    host's code (`envoy_host`), and so does an act joined after it in the sentence with the summons' envoy as its
    addressee ('초치해 항의했다')."""
    out, host = [], None
    for h in hits:
        if h.lemma in lex.cue("summoned_verb") and "first" in h.data:
            host = envoy_host(toks, h.data["first"], lex) or host
            if host:
                h = replace(h, data={**h.data, "envoy_host": host, **agentless(h)})
        elif host and "agent_span" not in h.data and h.type in SUMMONS_FOLLOW_TYPES:
            h = replace(h, data={**h.data, "envoy_host": host})  # '초치해 항의했다', '초치돼 항의를 받았다'
        out.append(h)
    return out


def agentless(h: ActHit) -> dict:
    """The mark of a passive summons with no summoner named ('B 대사가 초치됐다'): its subject is the envoy summoned, no
    actor, so the host acts (`home_subject`, as for a bare home body); an active one or one with its agent ('외교부에
    초치됐다') needs none."""
    return {"home_subject": True} if h.data.get("passive") and "agent_span" not in h.data else {}


SUMMONS_FOLLOW_TYPES = frozenset({"ACCUSE", "PROTEST", "REQUEST", "REJECT"})  # what a summons is called to convey


def envoy_host(toks: list, first: int, lex: ActIndex) -> tuple[str, ...] | None:
    """The host state of the envoy's post named in the summons' clause before `first` (the object of the active, the
    subject of the passive): a noun run ending in an envoy noun (cue posted_envoy_noun) that opens with a 주 word
    naming a state ('주한', '주일', '주칠레', kiwi's '주 + 칠레'); its code, else None."""
    k = first - 1
    while k >= 0 and toks[k][1] not in CLAUSE_EDGE:
        if toks[k][1] in NOUN_TAGS and toks[k][0] in lex.cue("posted_envoy_noun"):
            code = run_host(toks, run_start(toks, k), k)
            if code:
                return (code,)
        k -= 1
    return None


def run_host(toks: list, start: int, end: int) -> str | None:
    """The state a 주 word in the run [start..end] is posted in: '주칠레' (a state's name after 주), '주한', '주일' (its
    one-syllable form), or 주 alone before the state's name ('주/NNG 칠레/NNP' as kiwi splits some)."""
    from readout.lang.ko.country_words import country_of_word  # countries -> mentions import this module's callers

    for k in range(start, end):
        form = toks[k][0]
        if not form.startswith(POST_PREFIX):
            continue
        if form == POST_PREFIX:  # one word: the next morpheme starts where 주 ends
            joined = toks[k + 1][1] == "NNP" and toks[k][2] + toks[k][3] == toks[k + 1][2]
            return country_of_word(toks[k + 1][0]) if joined else None
        return posted_host(form) or country_of_word(form[len(POST_PREFIX)])
    return None

"""The doer of a noun act told after its target phrase and a comma (en36): 'condemned the attack on X's embassy, which
it blamed on group Y', 'condemned the strike on the city, carried out by Z's drones'. The 'by' reader
(act_noun_agents.agent_span) stops at the comma, so without this the act has no agent and a condemnation of it is aimed
at the victim named in its target phrase. The linking words are the lexicon's `ascribing_links`; 'which' and a short
subject ('which was', 'which it', 'which Peru') may stand before them.
"""
from __future__ import annotations

from collections.abc import Callable

from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

TARGET_WORDS = 10  # words of the target phrase between a noun act and the comma ('on Togo's embassy in the capital')
LINK_WORDS = 3  # words of a linking phrase ('carried out by')
SUBJECT_WORDS = 2  # words between 'which' and the link ('which it', 'which the army')


def ascribed_agent(toks: list[Token], end: int, cues: Cues, agent_words: int,
                   in_phrase: Callable[[Token, Cues], bool]) -> tuple[int, int] | None:
    """The character span of the agent named after `ascribing_links` past the comma that ends the target phrase of
    the noun act ending at token `end`, else None; `in_phrase` tells a word of the agent's noun phrase (at most
    `agent_words` words)."""
    j = end + 1
    while j < len(toks) and j - end <= TARGET_WORDS and toks[j].low != ",":
        if not toks[j].word or toks[j].low in cues.clause_breaks or toks[j].low in cues.relative:
            return None
        j += 1
    start = linked_at(toks, j + 1, cues) if j < len(toks) and toks[j].low == "," else None
    if start is None:
        return None
    k = start
    while k < len(toks) and k - start < agent_words and in_phrase(toks[k], cues):
        k += 1
    return (toks[start].start, toks[k - 1].end) if k > start else None


def linked_at(toks: list[Token], i: int, cues: Cues) -> int | None:
    """The token after an ascribing link that starts at token i (after an optional 'which' and its short subject or
    'was'/'were'), else None."""
    starts = [i]
    if i < len(toks) and toks[i].low == "which":
        starts = [i + 1 + n for n in range(SUBJECT_WORDS + 1)]
    for s in starts:
        for n in range(LINK_WORDS, 0, -1):
            if s + n <= len(toks) and " ".join(t.low for t in toks[s:s + n]) in cues.ascribing_links:
                return s + n
    return None

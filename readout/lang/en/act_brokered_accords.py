"""(plover58b) An accord told by a reduced relative of mediation, with its parties after "between": 'A truce brokered
by Q between A and B took hold', 'the ceasefire between A and B, mediated by Q, held'.

Why: the active 'Q brokered a truce between A and B' is read (CONSULT third-party of the three, the broker's entry);
written as a reduced relative after the accord noun the participle has no object after it and the noun no entry
that reads 'between', so the sentence gave no event, where the news tells the accord the two sides made. Rule: an
accord noun (`broken_accord_nouns`, `ceasefire_nouns`), a past participle of mediation (`mediation_words` ending in
-ed) right after it or after its "between" phrase, "by" right after the participle, and a "between" phrase before the
participle or within the agent's few words after "by": AGREE of the pair (`agent_span`), the mediator no party (as
the manual codes the accord, CAMEO 057, of the sides that made it). Without a "between" phrase nothing is read: the
mediator alone made no accord.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_between_subjects import BETWEEN, pair_end
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

PAIR_WORDS = 6  # words of the "between" phrase ('between the Gambia and Senegal')
AGENT_WORDS = 5  # words of the mediator's phrase after "by" ('the African Union')
PARTICIPLE_SUFFIX = "ed"
FILLERS = frozenset({"since", "now", "already"})  # koacts60: 'has since collapsed', 'has now broken down'


def brokered_accords(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, with an AGREE for each accord a reduced relative of mediation tells, whose pair stands after
    "between" (none where a hit already starts at the accord noun)."""
    starts = {h.data["token"] for h in hits}
    found = []
    for i in range(1, len(toks) - 2):
        if toks[i].low in cues.mediation_words and toks[i].low.endswith(PARTICIPLE_SUFFIX) and toks[i + 1].low == "by":
            made = brokered_at(toks, i, cues)
            if made is not None and made[0] not in starts:
                noun, span = made
                found.append(ActHit(start=toks[noun].start, end=toks[i].end, type="AGREE", mode=None,
                                    lemma="brokered accord", nominal=True,
                                    data={"token": noun, "end_token": i, "agent_span": span, "brokered": True}))
    return sorted(hits + found, key=lambda h: h.start) if found else hits


def brokered_nouns(toks: list[Token], cues: Cues) -> list[tuple[int, int]]:
    """(acts59) (accord noun token, participle token) of each reduced relative of mediation in the sentence that tells
    the accord's pair (`brokered_at`): the meeting reader's go-between meetings ('a truce brokered by Q between A and
    B': Q met both, as 'Q brokered a truce between A and B' tells it)."""
    return [(made[0], i) for i in range(1, len(toks) - 2)
            if toks[i].low in cues.mediation_words and toks[i].low.endswith(PARTICIPLE_SUFFIX) and toks[i + 1].low == "by"
            and (made := brokered_at(toks, i, cues)) is not None]


def brokered_at(toks: list[Token], i: int, cues: Cues) -> tuple[int, tuple[int, int]] | None:
    """The accord noun's token and its pair's character span for the mediation participle at token `i` ('brokered'
    with "by" after it), or None."""
    j = i - 1 if toks[i - 1].raw == "," else i
    noun = pair = None
    if accord(toks[j - 1], cues):
        noun = j - 1  # 'a truce brokered by Q between A and B'
    else:  # 'the truce between A and B(,) brokered by Q'
        for b in range(j - 2, max(j - 2 - PAIR_WORDS, 0), -1):
            if not toks[b].word:
                break
            if toks[b].low == BETWEEN:
                if accord(toks[b - 1], cues) and pair_end(toks, b + 1, cues, j - b - 1) == j:
                    noun, pair = b - 1, (toks[b + 1].start, toks[j - 1].end)
                break
    if noun is None:
        return None
    k = i + 2
    while k < len(toks) and k - i - 2 < AGENT_WORDS and toks[k].word and toks[k].low != BETWEEN \
            and toks[k].low not in cues.clause_breaks and toks[k].low not in cues.be:
        k += 1
    broke = accord_broke(toks, k, cues)  # after the mediator's phrase: 'the truce between A and B, brokered by Q, [collapsed]'
    if pair is None:
        if k >= len(toks) or toks[k].low != BETWEEN:
            return None
        end = pair_end(toks, k + 1, cues, PAIR_WORDS)
        pair = (toks[k + 1].start, toks[end - 1].end) if end > k + 1 else None
        broke = broken_after_between(toks, k, cues)
    return (noun, pair) if pair and not broke else None


def accord_broke(toks: list[Token], k: int, cues: Cues) -> bool:
    """(koacts60) Whether the predicate from token `k` (after the accord's phrase and a comma) says the accord broke
    down ('..., collapsed', 'has since collapsed', 'was violated': `broken_accord_predicates`). Why: the sentence tells
    the truce's end; the mediation and the accord were some earlier day's, not told here, so neither a meeting of the
    go-between nor the pair's AGREE is read (a truce that collapsed is no new accord, as Korean '중재한 휴전이 깨졌다')."""
    if k < len(toks) and toks[k].raw == ",":
        k += 1
    while k < len(toks) and (toks[k].low in cues.be or toks[k].low in cues.perfect_auxiliaries
                             or toks[k].low in cues.adverbs or toks[k].low.endswith("ly") or toks[k].low in FILLERS):
        k += 1
    return any([t.low for t in toks[k:k + len(p.split())]] == p.split() for p in cues.broken_accord_predicates)


def broken_after_between(toks: list[Token], between: int, cues: Cues) -> bool:
    """(koacts60) Whether the accord whose "between" stands at token `between` ('a Q-brokered truce between A and B
    collapsed') broke down, by the predicate right after one of its pair's words (`accord_broke`; the pair's reader
    may run on over a verb: 'between A and B collapsed on')."""
    end = pair_end(toks, between + 1, cues, PAIR_WORDS)
    return any(accord_broke(toks, k, cues) for k in range(between + 2, end + 1))


def accord(tok: Token, cues: Cues) -> bool:
    """Whether the token names an accord or a truce."""
    return tok.low in cues.broken_accord_nouns or tok.low in cues.ceasefire_nouns

"""A cooperative act named only as what a statement judges: 'welcomed the signing of the accord' (fp23).

Why: a noun act right after a verb of welcoming or condemning ('welcomed the signing of the accord', 'praised the
resumption of aid', 'condemned the signing of the pact') is the thing judged; the judge did not sign or give it, and
when no owner is named the words say nothing of who did. Read alone, the noun was an AGREE or AID of the judge
(the clause's subject), which no one made and analysts never code: the welcome (SUPPORT) or the criticism is the
event, and the agreement itself is coded where it is told with its parties. A noun whose owner is named ('Chile's
signing of', 'Chilean aid', 'their agreement', 'the joint drills of A and B') keeps its reading: its owner acts.
(nominal53) So does one whose doer a 'by' phrase names past its target ('welcomed the release of two sailors by
Iran', the finder's `agent_span`, act_noun_agents): the deed told with its doer, as Korean reads '이란이 선원 2명을
석방한 것을 환영했다' (a RETREAT of Iran beside the welcome).

A backing charged is no backing told (support60): 'condemned Sudan's backing of the militia', 'denounced their
support for the rebels' name a side's standing support as the ground of the criticism, with no day of its own; the
criticism (ACCUSE of the owner) is the event, and a SUPPORT of the owner read from the noun would be a second one no
one reported. A support noun as the object of a condemning verb is dropped whoever owns it (`charged_support`).
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token
from readout.lang.en.located_agents import OWNER_WORDS

JUDGING_TYPES = frozenset({"SUPPORT", "ACCUSE"})  # welcome, hail, praise; condemn, denounce, criticize
JUDGED_TYPES = frozenset({"AGREE", "COOPERATE", "AID", "CONCEDE", "RETREAT"})  # cooperative deeds a judge names
OWNER_PREPOSITIONS = frozenset({"of", "between", "among", "by"})
CHARGED_TYPES = frozenset({"SUPPORT"})
JUDGED_REACH = 4  # words between the judging verb and the act noun ('the resumption of', 'the recent signing of')


def judged_deeds(toks: list[Token], hits: list[ActHit]) -> list[ActHit]:
    """The hits without the cooperative noun acts whose phrase, with no owner named, is the object of a verb of
    welcoming or condemning just before it."""
    ends = {h.data.get("end_token", h.data.get("token", -1)) for h in hits if h.type in JUDGING_TYPES and not h.nominal}
    if not ends:
        return hits
    return [h for h in hits if not (h.nominal and h.type in JUDGED_TYPES and judged_object(toks, h, ends)
                                    and not owner_after(toks, h) and not h.data.get("agent_span"))]


def owner_after(toks: list[Token], h: ActHit) -> bool:
    """Whether the act's phrase names its owners after it ('the joint drills of A and B', 'the accord between A and
    B', 'the deal signed by A'): a preposition of ownership and a capitalized word."""
    k = h.data.get("end_token", h.data.get("token", -1)) + 1
    return k + 1 < len(toks) and toks[k].low in OWNER_PREPOSITIONS and toks[k + 1].word \
        and (toks[k + 1].raw[:1].isupper() or toks[k + 1].low == "the" and k + 2 < len(toks)
             and toks[k + 2].raw[:1].isupper())


def judged_object(toks: list[Token], h: ActHit, ends: set[int]) -> bool:
    """Whether the words from a judging verb's last token (`ends`) to the noun act `h` are a few lower-case words
    with no owner: no possessive, no name, no punctuation ('the signing of', 'the resumption of')."""
    i = h.data.get("token", -1)
    for k in range(i - 1, max(-1, i - 2 - JUDGED_REACH), -1):
        if k in ends:
            return True
        t = toks[k]
        if not t.word or t.raw[:1].isupper() or t.low in OWNER_WORDS or t.low.endswith("'s") or t.low == "'s":
            return False
    return False


def charged_support(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without the support nouns that are the object of a condemning verb just before them, owner named or
    not ('condemned Sudan's backing of', 'criticized their support for'): the ground of the ACCUSE, no SUPPORT."""
    ends = {h.data.get("end_token", h.data.get("token", -1)) for h in hits if h.type == "ACCUSE" and not h.nominal}
    if not ends:
        return hits
    return [h for h in hits if not (h.type in CHARGED_TYPES and charged_object(toks, h, ends, cues))]


def charged_object(toks: list[Token], h: ActHit, ends: set[int], cues: Cues) -> bool:
    """Whether a few words of a noun phrase lead from a condemning verb's last token (`ends`) to `h` ('Sudan's
    continued', 'the', 'their'; the word may be read as a verb: 'denounced X's military support'): no punctuation,
    no word that opens another phrase ('criticized X for failing to support': the support is not the object)."""
    i = h.data.get("token", -1)
    for k in range(i - 1, max(-1, i - 2 - JUDGED_REACH), -1):
        if k in ends:
            return h.nominal or k < i - 1
        if not toks[k].word or toks[k].low in cues.charged_phrase_openers:
            return False
    return False

"""(enmil47) A state's own force named by its possessive after the state opens the sentence: 'Ghana said its air
force bombed a camp in X', 'Peru said on Monday that its coast guard had seized a Chilean trawler'.

Why: 'its' is no reference the clause reader reads, so the act's subject named no state: the people noun's act took
a state from the place or the other country named (often the target's), or none, and where it kept the speaker it
acted with the speaker's voice (GOV), not as its forces. 'Its' there stands for the sentence's opening subject, the
state whose forces they are.

Rule: a verb act whose subject, read back over auxiliaries, adverbs and a date, is 'its' and a people noun of a
state's forces (`STATE_FORCE_SECTORS` by `people_subject`: air force, navy, coast guard, troops, police), in a
sentence that opens with a name followed by no other capitalized word before 'its' (date words aside): the name is
the act's agent (`agent_span`), the forces' sector its sector (`agent_sector`). A name in between ('Ghana said
Togo's army and its navy ...', 'Ghana said Togo ... its') may own it instead: no reading. (enfix47) An opening body
naming its state after 'of' ('The army of Ghana said its troops ...') owns 'its' as 'Ghana's army' and 'The Ghanaian
army' do: the agent is the whole body phrase (`owned_body_owner`). (enactor48) The host in a posted envoy's title
('Kenya's envoy to Somalia said its troops ...') is no other name: the envoy's state owns them (act_envoy_postings).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_antecedents import name_starting, subject_start
from readout.lang.en.act_asides import before_aside
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_envoy_postings import posting_words
from readout.lang.en.act_people_subjects import auxiliary, date_lead, two_word_people
from readout.lang.en.act_tokens import Token
from readout.sectors import STATE_FORCE_SECTORS

OWNER = "its"


def owned_services(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The verb hits whose subject is 'its' and a state's forces, given the opening name as agent (see module)."""
    out = []
    for h in hits:
        if not h.nominal and not h.data.get("passive") and "agent_span" not in h.data \
                and h.data.get("people_subject") in STATE_FORCE_SECTORS:  # 'its troops were deployed by Y': Y's
            span = owner_span(toks, h.data["token"], cues)
            if span:
                h = replace(h, data={**h.data, "agent_span": span, "agent_sector": h.data["people_subject"],
                                     **posted_host(toks, h.data["token"], cues)})
        out.append(h)
    return out


def owner_span(toks: list[Token], i: int, cues: Cues) -> tuple[int, int] | None:
    """The span of the opening name that 'its' before the forces subject of the verb at token `i` stands for."""
    j = i - 1
    while j >= 0 and toks[j].word and (toks[j].low in cues.be or auxiliary(toks[j].low, cues)
                                       or toks[j].low in cues.adverbs or date_lead(toks, j, cues)):
        j -= 1
    j = before_aside(toks, j, cues.clause_breaks)  # relobj47: 'its jets, which no radar detected, struck'
    if j < 1 or toks[j].low not in cues.domestic_actors and two_word_people(toks, j, cues.domestic_actors) is None:
        return None
    p = j - 1 if toks[j].low in cues.domestic_actors else j - 2
    if p < 1 or toks[p].low != OWNER:
        return None
    opening = subject_start(toks, cues)
    start = owned_body_owner(toks, opening, p)
    span = name_starting(toks, start) if start < p else None
    if span is None:
        return None
    k = next((n for n in range(start, p) if toks[n].end == span[1]), p)
    posted = posting_words(toks, k + 1, p, cues)  # enactor48: 'Kenya's envoy to Somalia said its troops': Kenya's
    if any(t.raw[:1].isupper() and t.low not in cues.date_words and n not in posted
           for n, t in enumerate(toks[k + 1:p], k + 1)):
        return None  # 'Ghana said Togo and its navy': another name may own it
    return (toks[opening].start, span[1])  # enfix47: 'The army of Ghana', the body's phrase naming the state


def posted_host(toks: list[Token], i: int, cues: Cues) -> dict:
    """(entwins49) {'envoy_post': the character span of the post's words} where the opening speaker of the forces'
    verb at token `i` is an envoy posted abroad ('Chad's envoy to [Niger] said its troops ...'), else {}: an armed
    group the troops struck with no place of its own is of the post's state (pipeline/act_posted_hosts)."""
    posted = sorted(posting_words(toks, 0, i, cues))
    return {"envoy_post": (toks[posted[0]].start, toks[posted[-1]].end)} if posted else {}


OF = "of"
THE = "the"
BODY_REACH = 3  # lower-case words of the opening body before its 'of' ('the [defence ministry] of X')


def owned_body_owner(toks: list[Token], start: int, p: int) -> int:
    """(enfix47) Where the opening subject names its state: the name after 'of' of an opening body in lower case ('The
    army of Ghana said its troops ...', 'the defence ministry of Peru'), as the name opening 'Ghana's army' or 'The
    Ghanaian army' does; else `start` itself."""
    if start >= p or toks[start].low != THE:
        return start
    k = start + 1
    while k < min(p, start + 1 + BODY_REACH) and toks[k].word and toks[k].raw.islower() and toks[k].low != OF:
        k += 1
    if k == start + 1 or k + 1 >= p or toks[k].low != OF or not toks[k + 1].raw[:1].isupper():
        return start
    return k + 1


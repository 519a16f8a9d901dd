"""(koacts57b, issue 15; plover57's open Korean rows) Troops that gather with no object: '러시아군이 우크라이나 국경
인근에 집결했다', '튀르키예 병력 수천 명이 시리아 국경을 따라 집결했다'.

Why: the lexicon's MOBILIZE pair is a troop noun as the object of 집결하다 ('병력을 집결했다'), what a state does to
its forces; the intransitive verb with the troops as its subject states nothing, though the manual's MOBILIZE is
'military moves', and English reads 'Russian troops gathered near the border' (lang/en/act_sighted_forces
.troops_gathered). A crowd that gathers ('시위대가 광장에 집결했다') is no mobilization. Rule: a verb of gathering (cue
gathering_verb) that no hit holds yet, whose subject (이/가, 은/는) noun run has a troop noun (cue troop_noun) or an
army word in 군 of three syllables or more ('러시아군', '정부군'; not '장군', a general) as its head before a count,
states the pair's MOBILIZE troops, read through the usual clause reader (negation, plans, relatives).
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import Candidate, run_start
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.act_word_hits import act_hit
from readout.lang.ko.endings import lemma_at
from readout.lang.ko.tags import ACT_VERB_TAGS, NOUN_TAGS, SUBJECT_TAGS

COUNT_TAGS = frozenset({"SN", "NR", "NNB", "XSN"})  # "수천 명이", "병사들이": a count or plural after the noun
ARMY_SUFFIX = "군"
ARMY_MIN_LENGTH = 3  # '러시아군', '정부군'; a two-syllable word in 군 is rarely an army ('장군': a general)
PAIR_VERB, PAIR_NOUN = "집결하다", "병력"  # the troop-noun pair whose entry the gathering troops state


def gathered_troops(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits, with a MOBILIZE for each verb of gathering whose subject is troops, where no hit holds the verb."""
    entry = lex.pairs.get(PAIR_VERB, {}).get(PAIR_NOUN)
    if entry is None:
        return hits
    taken = {k for h in hits for k in (h.data.get("pred"), h.data.get("first")) if isinstance(k, int)}
    out = list(hits)
    for s, tok in enumerate(toks):
        if tok[1] not in ACT_VERB_TAGS or s in taken or lemma_at(toks, s) not in lex.cue("gathering_verb"):
            continue
        first = s - 1 if tok[1] == "XSV" else s
        if first in taken or not troop_subject(toks, first, lex):
            continue
        hit = act_hit(toks, Candidate(entry, first, s), lex)
        if hit is not None:
            out.append(hit)
    return out


def troop_subject(toks: list, verb: int, lex: ActIndex) -> bool:
    """Whether the nearest subject before the verb at `verb`, in its clause, is troops (see the module's rule)."""
    for k in range(verb - 1, 0, -1):
        if toks[k][1] == "JKO" and not (k + 1 < len(toks) and toks[k + 1][0] == "따르"):
            return False  # an object: '병력을 집결했다' is the lexicon's pair
        if toks[k][1] not in SUBJECT_TAGS:
            continue
        head = k - 1
        while head > 0 and toks[head][1] in COUNT_TAGS:
            head -= 1
        if toks[head][1] not in NOUN_TAGS:
            return False
        word = toks[head][0]
        start = run_start(toks, head, lex)
        whole = "".join(t[0] for t in toks[start:head + 1])
        return word in lex.cue("troop_noun") or whole in lex.cue("troop_noun") \
            or word.endswith(ARMY_SUFFIX) and len(word) >= ARMY_MIN_LENGTH
    return False

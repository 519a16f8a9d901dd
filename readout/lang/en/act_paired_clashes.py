"""(koattack52, issue 14) A clash whose subject is a pair of sides: 'Nigerien troops and rebels clashed', 'Police and
protesters clashed in the capital'. The subject reader reads the phrase's last head ('rebels') as the people acting
and the clash names no other side, so the first side acted alone (or, worse, as the rebels). The pair names both
sides: the one after 'and' is the side acted on, as in 'Nigerien troops clashed with rebels' (koattack51b), and the
one before it acts. Korean's twin is '니제르 정부군과 반군이 충돌했다' (lang/ko/act_clash_sides.paired_clash).

Why its own module: the matcher reads a verb and its object; the pair is the subject, read here after it. Only a
second side that names no state (no capitalized word: 'Indian and Pakistani troops clashed' is the names reader's
two states) and whose agent-table sector is people, police or an armed group of no state is read.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_work_strikes import subject_head
from readout.lang.en.agents import sector_of
from readout.lang.base.records import MUTUAL_TYPES
from readout.sectors import ARMED_PEOPLE_SECTORS

PAIR_WORD = "and"  # 'troops [and] rebels clashed'
PARTNER_WORD = "with"  # groups53b: 'agreed a truce [with] rebels'
PARTNER_WINDOW = 6  # the words after a mutual act's verb searched for its 'with' ('agreed on Monday to a truce with')
PARTNER_FILLERS = frozenset({"the", "local", "armed"})  # words before the partner's noun ('with the rebels')
PHRASE_WORDS = 2  # the longest agent phrase read as a side's noun ('security forces', 'riot police')
PARTNER_SECTORS = ARMED_PEOPLE_SECTORS | frozenset({"COP", "CVL", "AGR", "LAB", "EDU", "BUS", "REL", "MED", "OPP",
                                                    "SOC", "JRN"})  # the sides a clash acts on (as Korean's partner)


def paired_clashes(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits with each active clash verb (`word_clash_lemmas`) whose subject is 'A and B', B a side of no state,
    marked with B as the side acted on (`domestic_target`, `domestic_sector`) and A's sector as the people acting
    (`people_subject`, where the agents table knows A's noun); every other hit kept as it is."""
    out = []
    for h in hits:
        if h.type == "ASSAULT" and not h.nominal and not h.data.get("passive") and "domestic_target" not in h.data \
                and h.lemma.split()[0] in cues.word_clash_lemmas and isinstance(h.data.get("token"), int):
            pair = pair_sides(toks, subject_head(toks, h.data["token"], cues))
            if pair:
                span, sector, first = pair
                data = {**h.data, "domestic_target": span, "domestic_sector": sector}
                if first:
                    data["people_subject"] = first
                h = replace(h, data=data)
        out.append(h)
    return out


def paired_parts(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """(groups53, issue 14) The hits with each active mutual act ('agreed to a truce') whose subject is 'A and B', B
    an armed group's noun of no state ('The Malian army and rebels agreed ...'), marked with B's sector
    (`paired_part`): both sides act, B as a part of A's state (pipeline act_side_entities.paired_part_entities), where
    the rebels vanished into the army's state. Only an armed group: 'the army and police agreed' is one state's."""
    out = []
    for h in hits:
        if h.type in MUTUAL_TYPES and not h.nominal and not h.data.get("passive") \
                and isinstance(h.data.get("token"), int):
            pair = pair_sides(toks, subject_head(toks, h.data["token"], cues))
            sector = pair[1] if pair else with_partner(toks, h.data["token"])
            if sector in ARMED_PEOPLE_SECTORS:
                h = replace(h, data={**h.data, "paired_part": sector})
        out.append(h)
    return out


def with_partner(toks: list[Token], i: int) -> str | None:
    """(groups53b) The agents table's sector of the lower-case 'with' partner of the mutual act whose verb is token
    `i` ('Malian troops agreed a truce [with rebels]'), the first 'with' within `PARTNER_WINDOW` words and before any
    punctuation; None where the partner is capitalized (a named group or a state: the names reader's) or unknown."""
    for k in range(i + 1, min(len(toks), i + PARTNER_WINDOW + 1)):
        if not toks[k].word:
            return None
        if toks[k].low != PARTNER_WORD:
            continue
        first = k + 1
        while first < len(toks) and toks[first].low in PARTNER_FILLERS:
            first += 1
        for j in range(first, min(len(toks), first + PHRASE_WORDS)):
            if not toks[j].word or toks[j].raw[:1].isupper():
                return None
            if sector := phrase_sector(toks, j, first):
                return sector
        return None
    return None


def pair_sides(toks: list[Token], j: int) -> tuple[tuple[int, int], str, str | None] | None:
    """For a subject whose head is token `j`: the span and sector of the side after 'and' and the sector of the side
    before it, when the second is lower-case words of a `PARTNER_SECTORS` agent phrase; else None."""
    k = j
    while k >= 0 and toks[k].word and toks[k].low != PAIR_WORD and j - k < PHRASE_WORDS:
        k -= 1
    if k < 1 or toks[k].low != PAIR_WORD or any(t.raw[:1].isupper() for t in toks[k + 1:j + 1]):
        return None
    sector = phrase_sector(toks, j, k + 1)
    if sector not in PARTNER_SECTORS:
        return None
    return (toks[k + 1].start, toks[j].end), sector, phrase_sector(toks, k - 1, 0)


def phrase_sector(toks: list[Token], j: int, first: int) -> str | None:
    """The agents table's sector of the longest phrase of up to `PHRASE_WORDS` words ending at token `j`, none before
    token `first`."""
    for n in range(PHRASE_WORDS, 0, -1):
        words = toks[j - n + 1:j + 1] if j - n + 1 >= first else []
        if words and all(t.word for t in words) and (sector := sector_of(" ".join(t.low for t in words))):
            return sector
    return None

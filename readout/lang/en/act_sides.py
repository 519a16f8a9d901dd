"""Where an English act's sides are parts of one state: "police arrested protesters", "the government
banned the opposition party", "opposition groups are demanding that the government ...".

Why: the clause reader keeps as recipient only states other than the actor, because most names of
the actor's own country after the verb are its own officials speaking, not targets. PLOVER codes a
state acting on its own people (arrests, bans, demands on the government by the opposition) with the
same country on both sides, told apart by sector. A domestic recipient is real only when the act's
object is a people or institution noun (`cues.domestic_actors`: protesters, opposition, rebels,
police, journalists ...): the finder marks that span (`data["domestic_target"]`) with the noun's
sector (`data["domestic_sector"]`, from the agent nouns of kb/agents), and the pipeline takes the names
inside it, or the actor's own country when it names none. A people-noun subject is marked the same
way (`data["people_subject"]`: its sector), so that both sides of a domestic act stay two parties.
"""
from __future__ import annotations

import functools

from readout.lang.en.agents import sector_of as agent_sector
from readout.lang.act_lexicon import load_act_lexicon

DIRECTED_OUT = frozenset({"AGREE", "COOPERATE", "MOBILIZE", "CONSULT"})  # mutual or undirected types
DEFAULT_SECTOR = "CVL"  # people with no listed sector are civilians
SUBJECT_REACH = 8  # words of a subject noun phrase read back from its verb
AUXILIARIES = frozenset({"have", "has", "had", "will", "would", "did", "do", "does", "could", "may", "might",
                         "not", "n't"})
SUBJECT_PREPS = frozenset({"in", "from", "of"})  # "opposition groups in Zimbabwe", "students from X"


@functools.lru_cache(maxsize=1)
def domestic_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(people and institution nouns, words an object phrase may hold before its head, stops)."""
    lex = load_act_lexicon("en")
    return lex.cue("domestic_actors"), lex.cue("object_fillers"), lex.cue("object_stops")


@functools.lru_cache(maxsize=1)
def office_nouns() -> frozenset[str]:
    return load_act_lexicon("en").cue("office_nouns")


def sector_of(word: str) -> str:
    """The PLOVER sector of a people noun, from the one agent-noun table every reader shares."""
    return agent_sector(word) or DEFAULT_SECTOR


def start_of_object(toks: list, hit, index_at: dict[int, int]) -> int:
    """The first token of the act's object: after the governed verb of a pledge or threat ("threatened
    to ban X"), after "that" of a demand ("demanding that X ..."), after the verb of "ordered X to",
    else after the trigger."""
    j = hit.data["end_token"] + 1
    if hit.data.get("object") in ("to", "that"):  # "ordered the newspaper La Prensa to": before the "to"
        j = hit.data["head_end"] + 1
    comp = hit.data.get("complement")
    if comp is not None and comp in index_at:
        j = index_at[comp] + 1
    if j < len(toks) and toks[j].low == "that":
        j += 1
    return j


def domestic_target(toks: list, hit, index_at: dict[int, int], window: int) -> tuple[int, int, str] | None:
    """Character span (relative to the sentence) and sector of the act's object when its head is a
    people or institution noun within `window` words ("dozens of protesters", "the opposition newspaper
    La Prensa", "Ugandan opposition candidates"); None otherwise. The span runs on over the capitalized
    name and people nouns that follow the first such noun ("President Mugabe"); the sector is the
    first noun's ("opposition newspaper" is the opposition's)."""
    if hit.type in DIRECTED_OUT or hit.negated:
        return None
    people, fillers, stops = domestic_words()
    j = start = start_of_object(toks, hit, index_at)
    words = 0
    while j < len(toks) and words < window:
        t = toks[j]
        if not t.word or t.low in stops:
            return None
        if t.low in people:
            k = j
            while k + 1 < len(toks) and toks[k + 1].word and (toks[k + 1].raw[:1].isupper()
                                                              or toks[k + 1].low in people):
                k += 1
            return toks[start].start, toks[k].end, sector_of(t.low)
        if not (t.raw[:1].isupper() or t.low in fillers or t.low.endswith(("'s", "s'"))):
            return None  # a verb or a noun that is no party: the object is something else
        words += 1
        j += 1
    return None


def people_subject(toks: list, i: int, be: frozenset[str], adverbs: frozenset[str]) -> str | None:
    """The sector of the act's subject when it is a people noun phrase ("Hundreds of people blocked",
    "About 200 supporters of the former president blocked", "opposition groups in Zimbabwe are
    demanding"), else None: read back from the trigger over auxiliaries and adverbs, then over the
    noun phrase (names, fillers, "of", "in"). Offices ("the president", "officials") are the state's
    own voice: the clause reader already knows their country. The leftmost people noun gives the sector
    ("opposition groups": OPP)."""
    people, fillers, _ = domestic_words()
    offices = office_nouns()
    j = i - 1
    while j >= 0 and toks[j].word and (toks[j].low in be or toks[j].low in AUXILIARIES or toks[j].low in adverbs
                                       or toks[j].low.endswith("ly")):
        j -= 1
    found: str | None = None
    steps = 0
    while j >= 0 and toks[j].word and steps < SUBJECT_REACH:
        t = toks[j]
        if t.low in people and t.low not in offices:
            found = t.low
        elif not (t.raw[:1].isupper() or t.low in fillers or t.low in offices or t.low in SUBJECT_PREPS
                  or t.low[0].isdigit()):
            break
        j -= 1
        steps += 1
    return sector_of(found) if found else None

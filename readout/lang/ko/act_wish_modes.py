"""What a Korean request or refusal asks by its demanded clause, beyond the mode nouns `act_context.wish_mode` reads
(issues 13/15, kopar53b): the PLOVER manual's REQUEST modes (shared with REJECT) are 'yield' (release of prisoners,
ending sanctions, easing curfews, ceasefires), 'change' (changes in policy, government or institutions that are not
concessions), 'assist' (any exchange, relations or assistance) and 'meet'.

Why its own module: each reader here looks past the nearest noun run that `wish_mode` reads, at the verb of the
demanded clause ('무기를 [내려놓]으라고') or at the object of a halt ('[댐 건설]을 중단하라고'), and answers from the
lexicon's act entries, not from a list of the demanded things.
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import run_start
from readout.lang.ko.act_noun_lookup import noun_lookup
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.endings import lemma_at
from readout.lang.ko.tags import NOUN_TAGS, OBJECT_PARTICLES

YIELDING_TYPES = frozenset({"RETREAT", "CONCEDE"})  # the acts PLOVER's 'yield' asks for: release, disarm, ceasefire
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "SANCTION", "ACCUSE", "PROTEST"})


def demanded_verb_mode(toks: list, verb: int, start: int, end: int, lex: ActIndex) -> str | None:
    """The mode a demand takes from the act its clause's own verb names ('무기를 내려놓으라고 촉구했다': the pair
    무기+내려놓다 is RETREAT disarm), its object the noun run [start..end] before it: asking for a RETREAT or a
    CONCEDE (laying down arms, freeing, withdrawing) asks the addressee to yield, as English 'urged B to lay down
    its weapons'; a resignation asked is a change of government (the manual: 'calls for dismissal of officials').
    None when the verb names no such act."""
    lemma = lemma_at(toks, verb)
    found = noun_lookup(toks, start, end, lex.pairs.get(lemma, {})) if start <= end else None
    entry = found[0] if found else lex.verbs.get(lemma)
    if entry is None or entry.type not in YIELDING_TYPES:
        return None
    return "change" if entry.mode == "resign" else "yield"


def halted_work_mode(toks: list, at: int, lex: ActIndex) -> str | None:
    """'댐 건설을 중단하라고', '새 법안 추진을 철회하라고': a halt noun (cue halt_noun) at `at` whose object is a work,
    project or policy of the addressee's own (cue changed_work_noun) and names no hostile act: stopping it changes a
    policy, PLOVER REQUEST 'change' ("changes in policy ... that are not concessions"), where a halt of a hostile act
    ('도발을 중단하라고', '공습을 중단하라고') or of a sanction stays 'yield' (ending it is the concession the manual
    lists). None when the halt has no such object."""
    if toks[at][0] not in lex.cue("halt_noun"):
        return None
    j = run_start(toks, at) - 1
    if j < 1 or toks[j][1] != "JKO" or toks[j][0] not in OBJECT_PARTICLES or toks[j - 1][1] not in NOUN_TAGS:
        return None
    start = run_start(toks, j - 1)
    nouns = [toks[k][0] for k in range(start, j)]
    if any(_hostile(noun, lex) for noun in nouns) or set(nouns) & lex.cue("mode_yield"):
        return None
    return "change" if set(nouns) & lex.cue("changed_work_noun") else None


def _hostile(noun: str, lex: ActIndex) -> bool:
    """A noun that names a hostile act by itself ('도발', '공습', '제재'): a nominal entry or a noun+하다 verb of a
    conflictual type."""
    entry = lex.nominals.get(noun) or lex.verbs.get(noun + "하다")
    return entry is not None and entry.type in HOSTILE_TYPES


GENITIVE = "JKG"  # 의, which marks the owner of a demand ('핀란드의 요구')


def past_demand_owner(toks: list, i: int, lex: ActIndex) -> int:
    """(plover54) '포로를 석방하라는 [핀란드의] 요구를 거부했다', '회담에 나오라는 [한국의] 제안을 거절했다': the
    demand's owner, a noun run marked 의 at `i`, stands between the quoted-imperative clause (cue imperative_ending,
    '-라는', '-으라는') and the demand noun. The mode is what that clause asks, as it is with no owner named
    ('석방하라는 요구를 거부했다': yield), so the walk back goes on from the imperative ending: its index, or `i` when
    the owner follows no such clause ('유럽연합의 요구를 거부했다' keeps its own reading). English reads the same
    content from the infinitive after the proposal noun (lang/en/act_infinitive_contents)."""
    if toks[i][1] != GENITIVE:
        return i
    k = i - 1
    while k >= 0 and toks[k][1] in NOUN_TAGS:
        k -= 1
    if k == i - 1 or k < 1 or toks[k][1] != "ETM" or toks[k][0] not in lex.cue("imperative_ending"):
        return i
    return k


def clause_demand(toks: list, first: int, lex: ActIndex) -> int:
    """(plover54) '법을 폐지하라는 (Y의) 요구를 일축했다': a verb of refusing or asking alone (no demand noun in its
    lexicon pair) whose object is a bare demand noun (cue demand_noun) that a quoted-imperative clause modifies, right
    before or past the demand's owner: the noun's index, from which `wish_mode` reads the clause as it does for the
    pair '요구+거부하다'; `first` when the object is anything else ('석방 요구를 일축했다' reads its own compound)."""
    k = first - 2
    if k < 1 or toks[first - 1][1] != "JKO" or toks[k][0] not in lex.cue("demand_noun"):
        return first
    before = k - 1
    if toks[before][1] == "ETM" and toks[before][0] in lex.cue("imperative_ending") \
            or past_demand_owner(toks, before, lex) < before:
        return k
    return first

"""A Korean warning and the mode of what it threatens: the threatened act's THREATEN mode (one table for both
languages, `lang/base/threat_modes`), where a warning's addressee stands, and a warning of force or violence named by
its noun ('무력 충돌을 경고했다').

Why apart from `act_predicates`: this reads what a warning threatens, not which act a predicate stem states.
"""
from __future__ import annotations

from readout.lang.base.threat_modes import THREATENED_TYPES, threat_mode
from readout.lang.ko.act_arguments import argument_runs
from readout.lang.ko.act_candidate import STEM_TAGS, Candidate, joined
from readout.lang.ko.act_noun_lookup import act_noun, noun_lookup
from readout.lang.ko.act_keys import squash
from readout.lang.ko.act_table import ActEntry, ActIndex

# modes71: the threatened act's THREATEN mode is one table for both languages (lang/base/threat_modes: by context,
# '관세를 부과하겠다' restricts; by mode, '외교관들을 추방하겠다' expels; by type, a SANCTION cuts relations);
# THREAT_MODE: the hostile acts a warning can threaten
THREAT_MODE = THREATENED_TYPES
THREAT_TARGET = ("에", "에게", "에 대해", "을 향해")  # where a warning's addressee stands


def threatened_mode(kind: str, contexts, mode: str | None = None) -> str | None:
    """The THREATEN mode of a threatened act of type `kind` with the entry's `contexts` and `mode`
    (`lang/base/threat_modes.threat_mode`, the table English reads)."""
    return threat_mode(kind, mode, contexts)


def forewarned(toks: list, s: int, lex: ActIndex) -> Candidate | None:
    """A hostile act announced or warned of ('보복 조치를 예고했다', '추가 제재를 경고했다'): the verb
    (cue forewarn_verb) whose nearest argument is an act noun of a hostile type states a threat of that act
    (PLOVER THREATEN, its mode from the act threatened: THREAT_MODE), not the act itself."""
    if toks[s][1] not in ("XSV", *STEM_TAGS):
        return None
    verb = toks[s - 1][0] + toks[s][0] + "다" if toks[s][1] == "XSV" and s > 0 else toks[s][0] + "다"
    if verb not in lex.cue("forewarn_verb") and verb not in lex.cue("unruled_verb"):
        return None  # unruled_verb: '무력 사용을 배제하지 않겠다' (not ruling force out) threatens it; acts.py reads the negation
    first = s - 1 if toks[s][1] == "XSV" else s
    for start, end in argument_runs(toks, first, lex, ""):
        if end > start + 1 and toks[end][1] == "XSN" and toks[end - 1][0] + toks[end][0] in lex.cue("possibility_noun"):
            end -= 2  # kiwi's '가능/NNG 성/XSN'
        elif end > start and toks[end][0] in lex.cue("possibility_noun"):
            end -= 1  # '무력 사용 가능성을 배제하지 않았다': the force whose possibility is kept open
        found = act_noun(toks, start, end, lex, nominals=True)
        if found is None or found[0].type not in THREAT_MODE:
            found = violence_named(toks, start, end, lex) or found  # '무력 대응을 시사했다': force, no act noun
        if found is None or found[0].type not in THREAT_MODE:
            return None
        entry = ActEntry(**{**found[0].__dict__, "type": "THREATEN",
                            "mode": threatened_mode(found[0].type, found[0].contexts, found[0].mode),
                            "lemma": verb, "noun": joined(toks, found[1], end), "pos": "verb",
                            "target": list(THREAT_TARGET), "stated_type": found[0].type})
        return Candidate(entry, found[1], s, noun_end=end)
    return None


VIOLENCE_READING = {"type": "ASSAULT", "mode": None, "pos": "noun", "noun": None, "target": [], "generic": False,
                    "contexts": ["military"], "forms": [], "source": []}


def violence_words(lex: ActIndex) -> dict[str, str]:
    """Unspaced force word -> the word as listed (cue violence_noun), the listed words sorted: of two spellings of one
    word ('무력 대응', '무력대응') the later sorted one names the threatened act in every process (speed49)."""
    return {squash(w): w for w in lex.words("violence_noun")}


def violence_named(toks: list, start: int, end: int, lex: ActIndex) -> tuple[ActEntry, int] | None:
    """A run that ends in a word for force (cue violence_noun: 무력 대응, 군사 행동) as the threatened act:
    read as force (ASSAULT) so a warning of it is THREATEN violence; never an act on its own."""
    hit = noun_lookup(toks, start, end, violence_words(lex))
    if hit is None:
        return None
    return ActEntry(**{**VIOLENCE_READING, "lemma": hit[0]}), hit[1]

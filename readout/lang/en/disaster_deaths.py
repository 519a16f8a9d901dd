"""(plover59) Deaths a disaster or an accident caused ('The earthquake in X killed twelve children', 'Floods killed
forty villagers', 'were killed in a bus crash'): a verb of harm (`harm_lemmas`: kill, wound, injure, maim) whose
subject, or whose passive's cause after 'in' or 'by', is a disaster's or an accident's noun (`disaster_nouns`) tells
no one's deliberate deed, so no ASSAULT (the manual: "deliberate actions which can potentially result in substantial
physical harm").

Why its own module: the act word matched is the same 'killed' an attack's doer uses, and the clause reader takes the
state named in the subject ('the earthquake in Bolivia') for the doer; only the cause's noun tells them apart, a
closed list of the lexicon's cues read here once.
"""
from __future__ import annotations

from readout import budget
from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

SUBJECT_WORDS = 6  # words back from the verb to the subject's head ('The [powerful] earthquake in [southern] X killed')
CAUSE_WORDS = 4  # words past a passive participle to its cause's head ('were killed in a [bus] crash')
CAUSE_PREPOSITIONS = frozenset({"in", "by"})


@budget.table()
def disaster_nouns() -> frozenset[str]:
    """The nouns of disasters and accidents (`disaster_nouns` in lexicon/en_acts.yaml)."""
    from readout.lang.act_lexicon import load_act_lexicon

    return load_act_lexicon("en").cue("disaster_nouns")


def disaster_deaths(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without each verb of harm a disaster's or an accident's noun caused."""
    return [h for h in hits if not (h.type == "ASSAULT" and not h.nominal and h.lemma in cues.harm_lemmas
                                    and (disaster_subject(toks, h.data["token"], cues)
                                         or disaster_cause(toks, h.data["token"])))]


def disaster_subject(toks: list[Token], i: int, cues: Cues) -> bool:
    """A disaster's noun among the words of the clause right before the verb at token i (its subject)."""
    for j in range(i - 1, max(-1, i - 1 - SUBJECT_WORDS), -1):
        if not toks[j].word or toks[j].low in cues.clause_breaks:
            return False
        if toks[j].low in disaster_nouns():
            return True
    return False


def disaster_cause(toks: list[Token], i: int) -> bool:
    """A passive's cause: 'in' or 'by' right after the verb at token i, then a disaster's noun within a few words."""
    if i + 1 >= len(toks) or toks[i + 1].low not in CAUSE_PREPOSITIONS:
        return False
    return any(t.word and t.low in disaster_nouns() for t in toks[i + 2:i + 2 + CAUSE_WORDS])

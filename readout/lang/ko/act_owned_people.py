"""(kowild48) Coercion done to people through what they own: '니카라과 당국은 [망명 기자들의] 재산을 몰수했다', '[야권 인사
20명의] 국적을 박탈했다'. The object is a thing (property, passports, citizenship) and its owner in the genitive is a
people noun (cue people_noun: journalists, dissidents, activists) that names no state: those people receive the
coercion, the actor's own unless the run names a state, as '기자들을 체포했다' reads them (`act_people_objects.domestic_object`)
and as English 'seized the property of exiled journalists' means. Only COERCE: an attack on a group's things has its
own readers (armed sites, settlements)."""
from __future__ import annotations

from readout.lang.ko.act_aimed_objects import people_nouns
from readout.lang.ko.act_arguments import argument_runs
from readout.lang.ko.act_candidate import Candidate, joined, run_start
from readout.lang.ko.act_people_objects import compound_first
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import GENITIVE_PARTICLE, NOUN_TAGS, OBJECT_PARTICLES, PLURAL_SUFFIX

COUNT_TAGS = frozenset({"SN", "NR"})  # '20명의': the number before the person counter
COUNTER_TAG = "NNB"
ABOUT = ("여", "XSN")  # '20여 명의': about twenty


def owner_head(toks: list, genitive: int) -> int | None:
    """The people noun's morpheme before the genitive at `genitive`, past a count ('20명의', '20여 명의') and the
    plural ('기자들의'); None where no noun stands there."""
    k = genitive - 1
    if k >= 1 and toks[k][1] == COUNTER_TAG and toks[k - 1][1] in COUNT_TAGS:
        k -= 2
    elif k >= 2 and toks[k][1] == COUNTER_TAG and toks[k - 1][:2] == ABOUT and toks[k - 2][1] in COUNT_TAGS:
        k -= 3
    if k >= 1 and toks[k][:2] == PLURAL_SUFFIX:
        k -= 1
    return k if k >= 0 and toks[k][1] in NOUN_TAGS else None


def owned_object_people(toks: list, cand: Candidate, lex: ActIndex) -> tuple[int, int] | None:
    """The character span of the people owning the act's object ('[망명 기자들의] 재산을'), else None. The object is
    the nearest argument, or the act's own noun where its entry pairs one with the verb ('재산을 몰수하다')."""
    first = compound_first(toks, cand)
    if first >= 2 and toks[first - 1][:2] == GENITIVE_PARTICLE and toks[first][1] in NOUN_TAGS:
        return people_owner(toks, first - 1, lex)  # the act's word opens with its noun: the object itself
    for start, end in argument_runs(toks, first, lex, ""):
        after = end + 2 if end + 1 < len(toks) and toks[end + 1][:2] == PLURAL_SUFFIX else end + 1
        if after >= len(toks) or toks[after][0] not in OBJECT_PARTICLES or start < 2 \
                or toks[start - 1][:2] != GENITIVE_PARTICLE:
            return None
        return people_owner(toks, start - 1, lex)
    return None


def people_owner(toks: list, genitive: int, lex: ActIndex) -> tuple[int, int] | None:
    """The span of the noun run in the genitive at `genitive` when it names people, else None."""
    head = owner_head(toks, genitive)
    if head is None:
        return None
    first = run_start(toks, head)
    if not any(joined(toks, k, head) in people_nouns(lex) for k in range(first, head + 1)):
        return None
    return toks[first][2], toks[head][2] + toks[head][3]

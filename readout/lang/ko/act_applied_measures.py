"""(request59) A measure another side decided, said not to be applied: '[X의] 제재를 적용하지 않겠다', '에코와스의 제재는
불법이라며 이를 B에 적용하지 않겠다고 밝혔다'. As English 'will not apply the sanctions' (request57), the speaker
refuses the measure's maker (REJECT): the owner named before the measure ('X의 제재를') is the refused side, and a
pronoun object ('이를') leaves the maker to the pipeline (`refused_measure`: the states the clause names besides the
measure's target, else the side whose sanction the story told last).

Only with a measure or a pronoun for one as the object of the applying verb (cue measure_apply_verb): a rule, a law
or a rate not applied ('이 규정을 적용하지 않겠다') is no measure of another side, and the verb with no object refuses
nothing the story told.
"""
from __future__ import annotations

from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import NOUN_TAGS

OBJECT_REACH = 6  # morphemes from the applying verb back to its object ('이를 [B에] 적용하지', '제재를 [즉각] 적용')
CLAUSE_EDGES = frozenset({"EC", "EF", "SF", "SS", "JKQ"})
TARGET_PARTICLES = frozenset({"에", "에게", "에도"})  # 'B에 적용하지': the measure's target, not the refused side


def applied_measure(toks: list, first: int, lex: ActIndex) -> str | None:
    """For the applying verb whose first morpheme is `first`: 'measure' when its object is a measure noun (cue
    carried_measure_noun), 'pronoun' when it is a pronoun standing for one (cue act_pronoun), else None."""
    for k in range(first - 1, max(0, first - OBJECT_REACH) - 1, -1):
        if toks[k][1] in CLAUSE_EDGES:
            return None
        if toks[k][1] == "JKO" and k > 0:
            noun = toks[k - 1]
            if noun[1] in NOUN_TAGS and noun[0] in lex.cue("carried_measure_noun"):
                return "measure"
            return "pronoun" if noun[0] in lex.cue("act_pronoun") else None
    return None


def measure_targets(toks: list, first: int) -> tuple[tuple[int, int], ...]:
    """The character spans of the nouns marked as the measure's target between its object and the applying verb
    ('이를 [B]에 적용하지 않겠다'): B suffers the measure, the refusal is not aimed at B."""
    out = []
    for k in range(first - 1, max(0, first - OBJECT_REACH) - 1, -1):
        if toks[k][1] in CLAUSE_EDGES or toks[k][1] == "JKO":
            break
        if toks[k][1] == "JKB" and toks[k][0] in TARGET_PARTICLES and k > 0 and toks[k - 1][1] in NOUN_TAGS:
            out.append((toks[k - 1][2], toks[k - 1][2] + toks[k - 1][3]))
    return tuple(out)

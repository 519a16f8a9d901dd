"""(nominal54) A welcomed deed noun whose doer stands before it in the genitive is that doer's deed: '캐나다는 이란의
기자 석방을 환영했다' tells Iran's release of journalists beside Canada's welcome, as '이란이 기자를 석방한 것을
환영했다' and English "welcomed Iran's release of two journalists" read.

Why: support61 reads a welcomed kind noun with no owner ('어민 석방을 환영했다') as the deed the story told before, and
gives the welcome to its doer (`judged_kinds`); the noun itself gave no act, so with its owner named ('이란의') the deed
was lost. The owner in the genitive (a run of proper names, 'A와 B의' both) is the deed's agent (`agent_span`). The
people freed ('기자', '기자 2명') are given no receiving side: Korean people nouns name no sector here, and read as the
deed's object the pipeline gave the welcomer as recipient (as it does for '이란이 기자를 석방한 것을 환영했다', open);
English gives Iran's journalists (JRN). Only the retreats of `welcomed_kind_noun` (release, withdrawal): an owned
pardon or aid names no receiver here.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.act_welcomes import kind_of, object_particle
from readout.lang.ko.tags import NOUN_TAGS

OWNED_KINDS = frozenset({"RETREAT"})
GENITIVE, NAME, CONJOINED, COUNTER = "JKG", "NNP", "JC", "NNB"


def owned_welcomed_deeds(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits with a noun act for each welcome whose object is a retreat noun owned by names in the genitive."""
    out = list(hits)
    for h in hits:
        if h.type != "SUPPORT" or h.nominal or h.negated or h.lemma not in lex.cue("welcome_verb") \
                or "first" not in h.data:
            continue
        k = object_particle(toks, h.data["first"], lex)
        if k < 3 or toks[k][1] != "JKO":
            continue
        kind_type, _, mode = kind_of(toks[k - 1][0], lex).partition("/")
        if kind_type in OWNED_KINDS:
            deed = owned_deed(toks, k - 1, kind_type, mode or None, h)
            if deed is not None and not any(o.nominal and o.start == deed.start for o in hits):
                out.append(deed)
    return sorted(out, key=lambda o: o.start)


def owned_deed(toks: list, noun: int, kind: str, mode: str | None, welcome: ActHit) -> ActHit | None:
    """The deed of the noun at `noun`, its agent the names in the genitive before its compound; None with no such
    owner."""
    m = noun - 1
    while m >= 0 and (toks[m][1] in NOUN_TAGS and toks[m][1] != NAME or toks[m][1] == COUNTER):
        m -= 1  # '기자', '기자 2명': whom it was done to
    if m < 1 or toks[m][1] != GENITIVE or toks[m - 1][1] != NAME:
        return None
    start = m - 1
    while start >= 2 and toks[start - 1][1] == CONJOINED and toks[start - 2][1] == NAME:
        start -= 2
    owner = (toks[start][2], toks[m - 1][2] + toks[m - 1][3])
    data = {"pred": noun, "first": noun, "last": noun, "clause": "nominal", "particle": toks[noun + 1][0],
            "governor": welcome.data.get("pred"), "main": False, "agent_span": owner}
    return ActHit(start=toks[noun][2], end=toks[noun][2] + toks[noun][3], type=kind, mode=mode, lemma=toks[noun][0],
                  target=("object",), nominal=True, data=data)

"""(enpar54) A launched object word that only names a project's field ('launched a joint satellite programme', 'a
missile project') is no launch: the object is the project, and a joint one is COOPERATE (the manual's joint civil or
economic undertaking), as Korean '공동 위성 사업' reads (lang/ko act_noun_lookup.joint_compound).

Why: the walk matched 'launch' + 'satellite' (MOBILIZE weapons, CAMEO's satellite launch) within the object window,
though the noun right after the object word (`project_nouns`: program, programme, project, venture) is the head the
verb takes. Rule: a show or use of force (`FORCE_TYPES`: the object word a weapon, a rocket, a satellite) whose
required object ends right before a project noun is re-read: with a joint word
(`joint_words`) just before the object word, COOPERATE with no mode, the partner after 'with'; else no act (a state's
own 'satellite programme' launched is a plan of its own, not a launch of anything). Other acts keep their reading:
'suspended a military aid program' still suspends the aid.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

COOPERATE = "COOPERATE"
FORCE_TYPES = frozenset({"MOBILIZE", "ASSAULT"})  # the types whose object word is the weapon or vehicle itself
JOINT_REACH = 2  # words from the joint word to the field noun ('a joint Franco-German satellite programme')


def project_field(toks: list[Token], hit: ActHit, cues: Cues) -> int | None:
    """The token of the hit's object word when the word after it is a project noun, else None."""
    k, end = hit.data.get("object_token"), hit.data.get("end_token")
    if hit.nominal or hit.type not in FORCE_TYPES or k is None or end is None or end + 1 >= len(toks):
        return None
    return k if toks[end + 1].low in cues.project_nouns else None


def joint_projects(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits with each launch of a project's field re-read: a joint project COOPERATE, another none."""
    out = []
    for h in hits:
        k = project_field(toks, h, cues)
        if k is None:
            out.append(h)
        elif any(toks[j].low in cues.joint_words for j in range(max(0, k - JOINT_REACH), k)):
            out.append(h.copied(type=COOPERATE, mode=None, target=("with",), contexts=()))
    return out

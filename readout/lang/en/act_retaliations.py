"""(acts57, issue 15) A blow struck back is force where force answers force, a retort where words answer words.

'hit back at' is CAMEO 111 (criticize) in the built lexicon and 'strike back' readout's ASSAULT (CAMEO 190's 'fight
back'): each verb was read one way whatever it struck. The PLOVER manual codes ASSAULT only for the use of force and
ACCUSE disapprove for criticism, so the verb's type follows what answers what: 'Kenyan jets hit back at Somali
positions' and 'Kenyan troops hit back at militants' are force (a force subject: an armed people subject or a force
vehicle right before the verb, `force_vehicles`; or a military object: a people object of an armed sector, or a
site of the forces, `forces_site_heads`, `held_site_heads`), while 'X struck back at its critics' (a people object of
no armed sector and no force subject) is a retort. 'X hit back at Y' and 'X struck back at Y' with a bare state keep
the lexicon's reading (the words give no clue).

Why its own module: the retaliation verbs are one class read from both ends (subject and object), after the subjects
and objects are read (act_context), which no lexicon entry can ask.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token
from readout.sectors import ARMED_MEN_SECTORS

FORCE, RETORT = "ASSAULT", "ACCUSE"
RETORT_MODE = "disapprove"
MILITARY = "military"
OBJECT_WORDS = 5  # words of the object after 'back at' read for a site of the forces ('at rebel positions near X')
STOPS = frozenset({"in", "near", "on", "over", "after", "for", "with", "and", ","})  # the object's head ends there


def retaliations(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, each retaliation verb (`retaliation_lemmas`) retyped by what it answers with and strikes."""
    out = []
    for h in hits:
        if h.nominal or h.negated or h.lemma not in cues.retaliation_lemmas or h.type not in (FORCE, RETORT):
            out.append(h)
            continue
        force = forceful(toks, h, cues)
        if force is True and h.type == RETORT:
            h = replace(h, type=FORCE, mode=None, contexts=tuple(dict.fromkeys((*h.contexts, MILITARY))))
        elif force is False and h.type == FORCE:
            h = replace(h, type=RETORT, mode=RETORT_MODE, contexts=tuple(c for c in h.contexts if c != MILITARY))
        out.append(h)
    return out


def forceful(toks: list[Token], hit: ActHit, cues: Cues) -> bool | None:
    """True where the subject or the object is military, False where the object is people of no armed sector and
    the subject no force, None where the words give no clue (a bare state on both ends)."""
    k = hit.data["token"]
    subject = hit.data.get("people_subject")
    if subject in ARMED_MEN_SECTORS or (k > 0 and toks[k - 1].low in cues.force_vehicles):
        return True
    sector = hit.data.get("domestic_sector")
    if sector in ARMED_MEN_SECTORS or forces_object(toks, hit, cues):
        return True
    return False if sector else None


def forces_object(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """Whether the object after the verb's particle heads on a site of the forces ('at Somali [positions]')."""
    head = None
    for t in toks[hit.data.get("end_token", hit.data["token"]) + 1:][:OBJECT_WORDS + 1]:
        if not t.word or t.low in STOPS:
            break
        head = t.low
    return head is not None and (head in cues.forces_site_heads or head in cues.held_site_heads)

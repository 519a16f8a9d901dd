"""A stance sympathized with that is named by its content, no owner before it, is a view shared (enmodes70, issue 15):
'X sympathized with the position that the dispute must be settled through talks' is X's AGREE with no receiving
side, as 'agreed with the view that ...' and Korean '[...해야 한다는] 입장에 공감했다' are (docs/coding-choices.md,
kbdupes68). It had read as SUPPORT, and a state named inside the content ('the position that Y must withdraw')
received it, though Y holds no stance there. A holder named with the noun ('Y's position', 'the position of Y that
...', 'the position taken by Y') keeps the SUPPORT of Y (stance68: `act_endorsed_stances` in Korean).

(planned71) The same holds for a stance agreed with or shared ('agreed with Y's position', 'shares Y's view': SUPPORT
of Y; 'agreed with the view that ...': AGREE). A stance noun with nothing before it ('shared views on the crisis'), or,
after a verb that also means telling (`stance_telling_verbs`: 'shared their views'), the subject's own possessive, is
no side's stance: the sides told their views, an act of no one (`unowned_stances`).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

CONTENT_MARK = "that"  # the content clause right after the stance noun
OBJECT_KEYS = frozenset({"target_spans", "object", "object_end", "object_token"})  # read as 'agreed with' is
UNOWNED = frozenset({"the", "a", "an"})  # an article, no possessive nor name, before the stance noun
OWN_POSSESSIVES = frozenset({"their", "its", "our", "my", "his", "her"})  # 'shared their views': the teller's own
OWNER_AFTER = frozenset({"of", "taken", "held", "that"})  # 'views of Y', 'the view taken by Y', 'the view that ...'


def content_stances(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, each SUPPORT of a stance sympathized with (the sympathize entries' stance objects) whose noun has an
    article before it and its content clause right after it made the shared view: AGREE with no target."""
    out = []
    for h in hits:
        k = h.data.get("object_token")
        if h.type == "SUPPORT" and not h.nominal and k is not None and h.lemma.split()[0] in cues.stance_sympathy_verbs \
                and 0 < k < len(toks) - 1 and toks[k - 1].low in UNOWNED and toks[k + 1].low == CONTENT_MARK:
            data = {key: v for key, v in h.data.items() if key not in OBJECT_KEYS}  # the content is no one's side
            content = ((toks[k + 1].start, toks[-1].end),)  # 'that Y must withdraw': Y holds no stance shared
            data.update(end_token=h.data.get("head_end", h.data["token"]), stated_type=h.type, content_stance=True,
                        not_recipient_spans=content)
            h = replace(h, type="AGREE", target=(), generic=True, data=data)
        out.append(h)
    return out


def unowned_stances(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without a stance SUPPORT whose noun no side owns: bare ('shared views on X', 'agreed with views'), or
    the teller's own after a verb of telling ('shared their views'), with no owner nor content after it."""
    return [h for h in hits if not unowned(toks, h, cues)]


def unowned(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """'shared their assessments of the crisis': the possessive owns the stance, the 'of' phrase is its topic; 'will
    share their assessments': the sharing said ahead (AGREE from the stance's SUPPORT) tells no side's stance either."""
    k, verb = hit.data.get("object_token"), hit.lemma.split()[0]
    if hit.data.get("stated_type", hit.type) != "SUPPORT" or hit.nominal or k is None or verb not in cues.stance_sympathy_verbs \
            or not 0 < k < len(toks):
        return False
    if verb in cues.stance_telling_verbs and toks[k - 1].low in OWN_POSSESSIVES:
        return True
    owned_after = k + 1 < len(toks) and toks[k + 1].low in OWNER_AFTER
    return k - 1 <= hit.data.get("head_end", hit.data["token"]) and not owned_after

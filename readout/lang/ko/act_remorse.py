"""Regret and remorse in Korean (acts47): '자국 군인들의 B국 어민 살해에 대해 유감을 표했다' (regret over its own side's
deed), '수용소에서 숨진 이들의 유족에 대해 마음이 아프다' (heartache over what others suffered).

Why: the PLOVER manual codes 'expressions of regret or remorse for an action or situation' as CONCEDE. 유감 of another
side's deed ('B의 결정에 대해 유감을 표명했다') is disapproval, ACCUSE, as the lexicon reads it; 유감 of a deed whose
doer is the speaker's own side (an own-side word, cue remorse_owner_word, '자국', '우리', before an agent noun, cue
remorse_agent_noun, '군인', '정부', in the words before the feeling) is remorse. Heartache ('마음+아프다', an entry of
ko_acts.yaml) is remorse only over suffering (a word of suffering before it, cue suffering_noun); without one ('그 소식에
마음이 아프다') it is no act. Voiced at a meeting with no one named, remorse goes to the one met (pipeline
act_recipient_readers.meeting_counterpart: `remorse`).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit

HEARTACHE = "마음+아프다"
REGRET = ("유감+", "유감스럽다")  # the lemmas of 유감 stated (유감+표하다, 유감+표명하다 ...) and of the adjective
OWNER_REACH = 3  # morphemes from '자국' to its agent noun ('자국/NNG 군인/NNG', '우리/NP 측/NNB')
MARKED = {"addressee_open": True, "remorse": True}


def remorse_readings(toks: list, hits: list[ActHit], index) -> list[ActHit]:
    """The hits with heartache kept only over suffering, and regret of an own-side deed read as CONCEDE; both marked
    `remorse` (`toks`: the sentence's morphemes as tokens_of gives them; `index`: the act index, for its cues)."""
    suffering = index.cue("suffering_noun")
    owners, agents = index.cue("remorse_owner_word"), index.cue("remorse_agent_noun")
    out = []
    for h in hits:
        first = h.data.get("first", 0)
        if h.lemma == HEARTACHE:
            if not any(t[0] in suffering for t in toks[:first]):
                continue  # heartache over no suffering: no act
            h = replace(h, data={**h.data, **MARKED})
        elif h.type == "ACCUSE" and h.lemma.startswith(REGRET) and own_deed(toks[:first], owners, agents):
            h = replace(h, type="CONCEDE", mode=None, data={**h.data, **MARKED})
        out.append(h)
    return out


def own_deed(before: list, owners, agents) -> bool:
    """Whether the words before the feeling name a deed of the speaker's own side: an own-side word with an agent
    noun a few morphemes after it ('자국 군인들의', '우리 측의')."""
    return any(t[0] in owners and any(u[0] in agents for u in before[n + 1:n + 1 + OWNER_REACH])
               for n, t in enumerate(before))

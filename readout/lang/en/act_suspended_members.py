"""(nominal54) A state suspended outright is a member suspended: 'The African Union suspended Gabon', 'the bloc suspends
Mali after the coup'.

Why: the lexicon reads a suspension by its object ('suspended talks', 'suspended aid', 'suspended Guinea from the
bloc', 'suspended Guinea's membership'); with a state's bare name as the object no entry matched, and the sentence gave
no event, while the same act told by the seat ('suspended Gabon's membership') and Korean '가봉의 회원국 자격을 정지했다'
give SANCTION expel (the manual: "permanently or temporarily expel an entity from a group, organization"). What is
suspended when the object is a state is its place in the body: the same act, aimed at that state.

The shape: a verb of `member_suspending_verbs` (finite: 'suspended', 'suspends'; no form of 'be' or negation before it;
nominal54b: or 'suspend' of `member_suspending_plans` right after 'will' or 'would', the suspension planned)
that no hit covers, then at once a state's name (the kb's English names, optionally after 'the'), then the clause's end
or a preposition ('from the bloc', 'after the coup') or 'and' (another state suspended); a name that goes on ('France 24', "Gabon's") is no state object.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_protest_words import state_names
from readout.lang.en.act_tokens import Token

NAME_WORDS = 4  # words of a state's name ('the Central African Republic')
TARGETS = ("object",)


def suspended_members(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits with a SANCTION expel for each verb of suspending whose object is a state's bare name."""
    out = list(hits)
    for k in range(1, len(toks) - 1):
        if not suspending(toks, k, cues) or toks[k - 1].low in cues.be or toks[k - 1].low in cues.negation \
                or any(h.start < toks[k].end and toks[k].start < h.end for h in hits):
            continue
        end = state_object_end(toks, k + 1, cues)
        if end is not None:
            planned = toks[k].low in cues.member_suspending_plans
            out.append(ActHit(start=toks[k].start, end=toks[end].end, type="SANCTION", mode="expel", lemma="suspend",
                              target=TARGETS, contexts=("diplomatic",), status="planned" if planned else "occurred",
                              data={"token": k, "end_token": k}))
    return sorted(out, key=lambda h: h.start)


def suspending(toks: list[Token], k: int, cues: Cues) -> bool:
    """Whether token k is a finite verb of suspending, or (nominal54b) its plain form right after a future auxiliary
    ('will suspend Mali'), a suspension planned (this reader runs after the walk that reads modality, so it says the
    plan itself); the plain form needs the auxiliary: a plain
    'suspend' after 'to' ('threatened to suspend', 'voted to suspend') belongs to the verb before it and is not read."""
    low = toks[k].low
    return low in cues.member_suspending_verbs or (low in cues.member_suspending_plans
                                                   and toks[k - 1].low in cues.future_auxiliaries)


def state_object_end(toks: list[Token], i: int, cues: Cues) -> int | None:
    """The last token of a state's name starting at token i (over a leading 'the'), where the clause ends or a
    preposition follows right after it; None otherwise."""
    if i < len(toks) and toks[i].low == "the":
        i += 1
    names = state_names()
    for end in range(min(len(toks), i + NAME_WORDS) - 1, i - 1, -1):
        if not all(t.word and t.raw[:1].isupper() for t in toks[i:end + 1]):
            continue
        if " ".join(t.raw for t in toks[i:end + 1]) not in names:
            continue
        after = toks[end + 1] if end + 1 < len(toks) else None
        return end if after is None or not after.word or after.low in cues.prepositions or after.low == "and" else None
    return None

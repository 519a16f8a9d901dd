"""A noun act that is the subject of a passive verb of the same act (issue 15, en18).

'The aid was delivered through the World Food Programme', 'Fresh sanctions were imposed on X by Y': the noun names
what the passive verb says was done; it is the verb's patient, not a second act with its own actor. Read alone, the
noun takes the nearest name as its owner (the channel 'through the WFP' became the giver). The verb's hit keeps
the act, with its agent when a 'by' phrase names one and none when it does not (the pipeline then records nothing
for an unagented gift: `GIVEN_PASSIVE`).
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

GIVEN = frozenset({"AID"})  # acts whose noun, as a passive's subject, names what was given (any verb of moving it)
AGENT_REACH = 8  # tokens after the participle where its 'by' phrase may stand


def agent_after(toks: list[Token], k: int) -> bool:
    """A 'by' phrase after the participle at token k, before the clause ends."""
    for t in toks[k + 1:k + 1 + AGENT_REACH]:
        if not t.word:
            return False
        if t.low == "by":
            return True
    return False


PASSIVE_GAP = 3  # tokens from the noun to its passive verb: 'aid was delivered', 'the aid has been sent'


def passive_patients(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without each noun act whose own passive verb of the same type follows it within `PASSIVE_GAP`
    tokens, with only auxiliaries (`cues.be`, 'has', 'have', 'been', adverbs) between; a gift's noun (`GIVEN`) also
    before any other passive participle with no 'by' agent ('was shipped', 'was flown')."""
    verbs = {h.data.get("token"): h for h in hits if h.data.get("passive") and not h.nominal}

    def patient(h: ActHit) -> bool:
        i = h.data.get("head_end", h.data.get("token"))
        if not h.nominal or i is None:
            return False
        seen_be = False
        for k in range(i + 1, min(i + 1 + PASSIVE_GAP, len(toks))):
            verb = verbs.get(k)
            if verb is not None:
                return verb.type == h.type
            if seen_be and h.type in GIVEN and toks[k].low.endswith(("ed", "en", "wn")) and not agent_after(toks, k):
                return True  # 'The aid was shipped via Poland': what was given, its giver unnamed
            low = toks[k].low
            if low not in cues.be and low not in cues.adverbs and low not in cues.perfect_auxiliaries:
                return False
            seen_be = seen_be or toks[k].low in cues.be
        return False

    return [h for h in hits if not patient(h)]

"""Demands in the mandative subjunctive: "X insisted that Y withdraw the claim".

Why: a verb of insisting reports a statement ("insisted the talks were useful") unless its that-clause holds a bare
verb after its subject ("insisted that Lima withdraw", "insists that the council release them"): English marks a
demand there with the subjunctive, and the clause's act is what the speaker asks of its subject, not a fact.
CAMEO's DEMAND (10) lists "insist"; PLOVER codes demands as REQUEST. The reader makes the REQUEST (the speaker asks,
the clause's subject receives, as a reported "must" does: act_obligations.deontic_requests) and names the bare verb its
complement, so the asked act is dropped as a deed of its own.
(unsc44) What is demanded need not be an act of the lexicon: 'insisted that the council set a deadline', 'insists
that the board adopt a schedule' demand as well. A verb of the lexicon's forms that is no act hit counts when it stands
in its bare form right after the subject's last word (no determiner before it: 'that the attack was' has the noun)
and before an object's determiner, the shape of a verb phrase, not of a noun phrase.
(enrelative68) The clause may come with no 'that' ("Ghana insisted Togo withdraw its troops"), as any finite clause
after a verb of saying may: the bare verb still marks the demand ('insisted Togo withdrew' states a deed), and a
preposition or an infinitive's 'to' after the verb ('insisted on talks', 'proposed to quickly hold') opens no
clause.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

SUBJECT_REACH = 5  # words of the clause's subject between "that" and its verb: 'that the Peruvian government withdraw'


def insisted_requests(toks: list[Token], hits: list[ActHit], base_forms: frozenset[str], cues: Cues) -> list[ActHit]:
    """A REQUEST for each verb of `insisting_verbs` + "that" (or a clause with no "that") whose clause's first act
    verb is a bare form."""
    verbs = {h.data["token"]: h for h in hits if not h.nominal}
    out: list[ActHit] = []
    for v, t in enumerate(toks):
        if t.low not in cues.insisting_verbs:
            continue
        start = clause_start(toks, v, cues)
        if start is None:
            continue
        k = subjunctive_verb(toks, start, verbs, base_forms, cues)
        if k is not None and k in verbs and verbs[k].data.get("own_mandate") == v:
            continue  # enrelative70: 'insisted its troops withdraw' tells the speaker's own act (act_own_mandates)
        if k is not None:
            out.append(ActHit(t.start, toks[k].end, "REQUEST", None, t.low, ("object",), False, False, "occurred",
                              False, (), {"token": v, "end_token": k, "deontic": True, "complement": toks[k].start}))
    return out


def clause_start(toks: list[Token], v: int, cues: Cues) -> int | None:
    """The first token of the clause after the insisting verb at `v` (past a 'that'), or None: no clause ('insisted on
    talks', 'proposed to quickly hold talks', the sentence's end)."""
    if v + 2 >= len(toks):
        return None
    start = v + 2 if toks[v + 1].low == "that" else v + 1  # enrelative68: 'insisted Y withdraw', no 'that'
    if start == v + 1 and (not toks[start].word or toks[start].low in cues.prepositions
                           or toks[start].low in cues.infinitive):
        return None
    return start


def subjunctive_verb(toks: list[Token], j: int, verbs: dict[int, ActHit], base_forms: frozenset[str],
                     cues: Cues) -> int | None:
    """The token of the act verb in a bare form ending the subject that starts at token j, if any: a lowercase
    word among the lexicon's `base_forms` ('withdrew' states a past deed), not after an auxiliary, "to" or a modal (those clauses
    state or intend, they do not demand)."""
    for k in range(j + 1, min(len(toks), j + SUBJECT_REACH + 1)):
        t = toks[k]
        if not t.word or t.low in cues.clause_breaks:
            return None
        if k not in verbs and not bare_verb_before_object(toks, k, j, base_forms, cues):
            continue
        before = toks[k - 1].low
        bare = t.raw.islower() and t.low in base_forms and not t.low.endswith("ing") \
            and not (t.low.endswith("s") and not t.low.endswith("ss"))  # 'withdraws', 'withdrawing' state
        governed = before in cues.infinitive or before in cues.be or before in cues.future_auxiliaries \
            or before in cues.perfect_auxiliaries or before in cues.support_auxiliaries or before in cues.hypothetical
        return k if bare and not governed and toks[j].low not in cues.speaker_pronouns else None
    return None


def bare_verb_before_object(toks: list[Token], k: int, j: int, base_forms: frozenset[str], cues: Cues) -> bool:
    """Whether token k, no act hit, is a known verb's bare form heading a verb phrase: after a subject word that is
    no determiner, preposition or "to" (past the subject's first word j), and before a determiner ('set a deadline')."""
    if k <= j or k + 1 >= len(toks) or toks[k].low not in base_forms:
        return False
    before, after = toks[k - 1].low, toks[k + 1].low
    return before not in cues.determiners and before not in cues.prepositions and before not in cues.infinitive \
        and not before.endswith(("'s", "’s")) and after in cues.determiners

"""(enattack70) A claim of responsibility for an attack is the claimer's attack: 'The rebels claimed responsibility for
the ambush on a convoy' tells that the rebels ambushed it, as 'carried out the ambush on' does. The attack noun keeps
its own type, mode ('bombing': explosives; 'suicide attack': suicide-attack) and target ('on a convoy'), and is read
as the claim verb's act: the verb's subject is its actor. A claim made by no one or not made ('No group has claimed
responsibility for the attack', 'did not claim responsibility') tells no doer: the noun is no act of the sentence's
subject, and is dropped (the story tells the attack where it tells it).

(attack71) The attack nouns a claim reads are one list with those the verbs of carrying out take (`claimed_attack_nouns`,
the same YAML list as 'carry out's objects): a raid or strike claimed ('claimed credit for a raid on X') is an attack
though the bare noun is no act of its own ('a police raid', 'a strike' are not force), so on the claim path each such
noun no other act reads becomes the claimed ASSAULT.

Why its own module: it reads one frame, a claim verb, a responsibility noun and 'for' before an attack noun
(`responsibility_claim_verbs`, `responsibility_nouns`), and rewrites that one hit; Korean reads its twin, '...의 배후를
자처했다', '...에 대한 책임을 주장했다', in `lang/ko/act_claimed_attacks.py`.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from readout.lang.base import ActHit

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token

FOR = "for"
NOUN_REACH = 5  # tokens from 'for' to the attack noun ("for Monday's twin suicide bombing")
NEGATION_REACH = 5  # tokens before the claim verb read for a negation ("No group has yet claimed")
NEGATED = -1  # claim_verb: a claim told as not made
DROPPED = ("refers_back", "agent_span")  # a claimed noun refers to no earlier attack; its doer is the claimer


def claimed_attacks(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits with each attack noun claimed ('claimed responsibility for the attack on X') made the claim verb's
    ASSAULT: its start and `token` the verb's, its noun the verb's object, not nominal, no reference back."""
    out = []
    for h in hits + framed_nouns(toks, hits, cues):
        verb = claim_verb(toks, h, cues)
        if verb is None:
            out.append(h)
            continue
        if verb < 0:
            continue  # 'did not claim responsibility for the attack': no doer told, and the subject is none
        data = {k: v for k, v in h.data.items() if k not in DROPPED}
        data.update(token=verb, head_end=verb, object=toks[h.data["token"]].low, object_token=h.data["token"],
                    object_end=h.end, claimed=True)
        out.append(replace(h, start=toks[verb].start, nominal=False, data=data))
    return out


TARGETS = ("on", "against")  # 'a raid on X', 'strikes against X': the claimed noun's target, as the ASSAULT nouns'


def framed_nouns(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """(attack71) A nominal ASSAULT hit for each attack noun of `claimed_attack_nouns` right after a claim ('claimed
    credit for a raid on X', 'took responsibility for the strikes on Y'), where no hit of the sentence covers that word
    ('a general strike' stays the lexicon's PROTEST): the frame alone makes it an attack, which `claimed_attacks` then
    makes the claimer's."""
    out = []
    for k in range(2, len(toks) - 1):
        if toks[k].low != FOR or toks[k - 1].low not in cues.responsibility_nouns \
                or toks[k - 2].low not in cues.responsibility_claim_verbs:
            continue
        i = next((i for i in range(k + 1, min(k + NOUN_REACH, len(toks)))
                  if not toks[i].word or toks[i].low in cues.claimed_attack_nouns), None)
        if i is None or not toks[i].word or any(h.start < toks[i].end and toks[i].start < h.end for h in hits):
            continue
        out.append(ActHit(start=toks[i].start, end=toks[i].end, type="ASSAULT", mode=None, lemma=toks[i].low,
                          target=TARGETS, nominal=True, data={"head_end": i, "token": i, "end_token": i}))
    return out


def claim_verb(toks: list[Token], h: ActHit, cues: Cues) -> int | None:
    """The token of the claim verb before the attack noun `h` ('[claimed] responsibility for the attack'); NEGATED when a
    negation stands before it in its clause ('did not claim', 'No group has claimed'); None where no claim is told."""
    if h.type != "ASSAULT" or not h.nominal or h.negated:
        return None
    i = h.data.get("token")
    if i is None:
        return None
    k = next((k for k in range(i - 1, max(i - NOUN_REACH, 0) - 1, -1)
              if toks[k].low == FOR or not toks[k].word or toks[k].low in cues.clause_breaks), None)
    if k is None or k < 2 or toks[k].low != FOR or toks[k - 1].low not in cues.responsibility_nouns \
            or toks[k - 2].low not in cues.responsibility_claim_verbs:
        return None
    verb = k - 2
    for j in range(verb - 1, max(verb - NEGATION_REACH, 0) - 1, -1):
        if not toks[j].word or toks[j].low in cues.clause_breaks:
            break
        if toks[j].low in cues.negation:
            return NEGATED
    return verb

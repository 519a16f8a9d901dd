"""What one side will do under an accord already reached: 'Under Saturday's agreement, A will accept B's monitoring
team', 'Under the deal, A will receive a B delegation' (dates40).

Why: the sentence tells the terms of an accord the story reports as made; the AGREE its verb states ('will accept')
is that accord, reached when the accord was (not a plan of one side still to come), and its counterpart named in the
object ('B's team', 'a B delegation') is a party to it, as the PLOVER manual's AGREE between two sides has both as
actors (lang/base.MUTUAL_TYPES). The opening phrase (`accord_terms_opening_re`)
must name an accord noun and close with a comma before the verb's clause; the date of the accord ('Saturday's
agreement') already dates the act (pipeline/act_dates.own_dates).
"""
from __future__ import annotations

from dataclasses import replace

from readout.kb.loader import lexicon
from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_targets import phrase_after
from readout.lang.en.act_tokens import Token


def accord_terms(text: str, toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits with each verbal AGREE after an accord's opening phrase read as that accord: taken place, the
    phrase after its verb marked as where its partner is named (`partner_spans`, as Korean 'B와의 ...에 합의':
    pipeline/act_recipient_readers.mutual_parties joins the states named there to the actors)."""
    m = lexicon("en").re("accord_terms_opening_re").match(text)
    if m is None:
        return hits
    out = []
    for h in hits:
        if h.type == "AGREE" and h.start >= m.end() and not h.negated and not h.nominal and h.status == "planned":
            after = phrase_after(toks, h.data.get("end_token", h.data.get("token", 0)), cues)
            data = {k: v for k, v in h.data.items() if k != "modality"}
            data["partner_spans"] = (*h.data.get("partner_spans", ()), *([after] if after else []))
            h = replace(h, status="occurred", data=data)
        out.append(h)
    return out

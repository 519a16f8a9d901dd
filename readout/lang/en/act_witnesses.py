"""(support59) Who signs an accord as a witness is no party of it: 'The presidents of A and B also signed the document as
witnesses', 'C signed the treaty as a witness'.

Why: a witness's signature attests the accord the parties made and binds the witness to nothing, so PLOVER codes the
parties' AGREE (told on its own) and none of the witnesses'. Read as it stands, the witnesses' signing was a second
AGREE among states that agreed nothing. The Korean '증인 자격으로 서명했다' is read alike (lang/ko/act_observers).
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

WITNESS_REACH = 8  # words after the signing verb where its 'as witnesses' may stand ('signed the peace document as')


def witnessed_signings(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits less each verbal AGREE whose clause goes on with 'as' (an article) and a witness noun."""
    return [h for h in hits if not (h.type == "AGREE" and not h.nominal and signed_as_witness(toks, h, cues))]


def signed_as_witness(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """'as (a) witness(es)' within `WITNESS_REACH` words after the act's last token, before a clause break."""
    start = hit.data.get("end_token", hit.data["token"]) + 1
    for k in range(start, min(len(toks) - 1, start + WITNESS_REACH)):
        if toks[k].low == "as":  # before the clause breaks, which hold the conjunction 'as' ('as C looked on')
            n = k + 2 if toks[k + 1].low in ("a", "an") and k + 2 < len(toks) else k + 1
            return toks[n].low in cues.witness_nouns
        if not toks[k].word or toks[k].low in cues.clause_breaks:
            return False
    return False

"""Support a side says it goes on giving: 'would continue to support X', 'will keep backing X', 'continues to
support X' (dates40).

Why: a pledge of future support is AGREE (the manual's reading of promises), but support said to continue is a
stance held now and kept: the manual's SUPPORT (endorsing a side's position) has taken place, and the
statement made on the story's day is that support, not a promise of one to come. The Korean reader reads
'X를 지지하겠다' so already (lang/ko/act_pledges.endorsement_pledged: SUPPORT occurred). Only an endorsement's verb
(the lexicon's type SUPPORT, `stated_type` when the pledge reading made it AGREE) right after a verb of continuing
(lexicon `continuation_verbs`: 'continue to', 'keep' with a gerund); aid or troops said to continue stay as read.
"""
from __future__ import annotations

from dataclasses import replace

from readout.kb.loader import lexicon
from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token


def continued_support(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits with each support said to continue read as SUPPORT that took place."""
    return [replace(h, type="SUPPORT", mode=None, status="occurred", generic=False,
                    data={k: v for k, v in h.data.items() if k not in ("modality", "stated_type")})
            if supported(h) and continued_at(toks, h.data.get("token", -1), cues) else h for h in hits]


def supported(hit: ActHit) -> bool:
    return (hit.type == "SUPPORT" or hit.data.get("stated_type") == "SUPPORT") and not hit.negated \
        and not hit.nominal


def continued_at(toks: list[Token], i: int, cues: Cues) -> bool:
    """Whether the verb at token `i` follows a verb of continuing: 'continue to support', '"continue to support"',
    'keep supporting' (quotes and adverbs between are skipped)."""
    words = [t.low for t in toks[max(0, i - 4):max(0, i)] if t.word and t.low not in cues.adverbs
             and not t.low.endswith("ly")]
    verbs = lexicon("en")["continuation_verbs"]
    if len(words) >= 2 and words[-1] in cues.infinitive and words[-2] in verbs:
        return True
    return 0 <= i < len(toks) and toks[i].low.endswith("ing") and bool(words) and words[-1] in verbs

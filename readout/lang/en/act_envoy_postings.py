"""(enactor48) The host named in a posted envoy's title ('Kenya's envoy to Somalia', 'Chad's ambassador in Niger'):
the words of the place the envoy is posted to, which own nothing the sentence's 'its' may stand for. The envoy speaks
for the state that sent it: 'Kenya's envoy to Somalia said its troops killed ...' tells Kenya's troops
(act_owned_services asks, where any other capitalized word between the opening name and 'its' stops the reading).
"""
from __future__ import annotations

from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

POSTING_LINKS = frozenset({"to", "in"})  # 'envoy to X', 'ambassador in X': the post's preposition
THE = "the"


def posting_words(toks: list[Token], lo: int, hi: int, cues: Cues) -> set[int]:
    """The indices of the capitalized words among tokens lo..hi-1 that name an envoy's post: after an envoy noun
    (`envoy_nouns`) and its posting preposition, an optional 'the', up to the first word that is not capitalized."""
    out: set[int] = set()
    for n in range(lo, hi - 1):
        if toks[n].low not in cues.envoy_nouns or toks[n + 1].low not in POSTING_LINKS:
            continue
        k = n + 2
        if k < hi and toks[k].low == THE:
            k += 1
        while k < hi and toks[k].word and toks[k].raw[:1].isupper():
            out.add(k)
            k += 1
    return out

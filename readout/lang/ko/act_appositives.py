"""A description of a side by another state, written before its name with the copula ('[북한의 최대 우방]인 중국은',
'[러시아의 동맹국]인 벨라루스가'): the state in the description says who the subject is, it takes no part in what the
subject does. Without this reading the described state, standing in the act's clause before the verb, was taken as
the receiving side ('자제를 촉구했다' asked of North Korea). The description's span goes to each act's
`described_spans`, which the pipeline never takes a receiving state from."""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.tags import NOUN_TAGS, SUBJECT_PARTICLES, SUBJECT_TAGS

DESCRIPTION_TAGS = NOUN_TAGS | {"JKG", "XSN", "MM", "SN", "NR"}  # '북한의 최대 교역국', '두 나라의 공동 우방'


def appositive_spans(toks: list) -> list[tuple[int, int]]:
    """Character spans of the noun phrases a copula makes a description of the subject right after it: the words
    before 이/VCP + ᆫ/ETM, when a noun run marked as subject or topic follows."""
    spans = []
    for k in range(1, len(toks) - 2):
        if toks[k][:2] != ("이", "VCP") or toks[k + 1][1] != "ETM" or toks[k - 1][1] not in NOUN_TAGS:
            continue
        m = k + 2
        while m < len(toks) and toks[m][1] in NOUN_TAGS:
            m += 1
        if m == k + 2 or m >= len(toks) or toks[m][0] not in SUBJECT_PARTICLES or toks[m][1] not in SUBJECT_TAGS:
            continue
        start = k - 1
        while start > 0 and toks[start - 1][1] in DESCRIPTION_TAGS:
            start -= 1
        if any(toks[j][1] == "JKG" for j in range(start, k)):  # a description owned by a state: '[X의 우방]인'
            spans.append((toks[start][2], toks[k - 1][2] + toks[k - 1][3]))
    return spans


def described_sides(toks: list, hits: list[ActHit]) -> list[ActHit]:
    """`hits` with the sentence's appositive descriptions as `described_spans`: no receiving side from them."""
    spans = tuple(appositive_spans(toks))
    if not spans:
        return hits
    return [replace(h, data={**h.data, "described_spans": spans}) for h in hits]

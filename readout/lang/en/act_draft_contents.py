"""What a refused draft would have done (votes46).

'Russia vetoed a draft resolution that would have extended the sanctions on X', 'voted against a text demanding a
truce in Y': the relative clause or participle after the draft noun tells the draft's content, a proposal that was
turned down. PLOVER codes the refusal (REJECT, section REJECT of the manual: "reject a proposal"); what the text
would have done is no act of anyone, neither of the refusing state nor of the body, and the sides it names (X, Y)
are the proposal's matter, not the refused side. The content runs from the relative word or participle to the next
break of `draft_content_breaks` (a comma, a semicolon, 'while'): everything the lexicon matched inside it, the
nouns of deeds it mentions too ('the release of prisoners seized in the rebels' attack'), is dropped, and the span
names no recipient of the refusal.
"""
from __future__ import annotations

from readout.lang.base import ActHit, barring
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_sponsors import draft_object
from readout.lang.en.act_tokens import Token


def refused_draft_contents(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without those inside a refused draft's content (`draft_content`), each refusal barred from
    taking a recipient there."""
    contents: list[tuple[int, int]] = []
    out = []
    for h in hits:
        content = draft_content(toks, h, cues) if h.type == "REJECT" and h.lemma in cues.draft_refusals \
            and not h.negated else None
        if content is not None:
            contents.append(content)
            h = barring(h, [(toks[content[0]].start, toks[content[1]].end)])
        out.append(h)
    return [h for h in out if not any(first <= h.data["token"] <= last for first, last in contents)]


def draft_content(toks: list[Token], hit: ActHit, cues: Cues) -> tuple[int, int] | None:
    """The first and last tokens of what the draft the hit refuses would have done: a relative clause ('that would
    have ...', 'which called for ...') or a participle ('demanding ...') right after the draft noun or after its
    sponsor phrase ('drafted by C that ...'), up to the next content break; None when the draft has no content told."""
    found = draft_object(toks, hit, cues)
    if found is None:
        return None
    start = found[2] + 1
    if start + 1 < len(toks) and toks[start].low in cues.sponsor_participles and toks[start + 1].low == "by":
        start += 2  # 'a draft sponsored by C that would have ...'
        while start < len(toks) and toks[start].word and not opens_content(toks[start], cues):
            start += 1
    if start >= len(toks) or not toks[start].word or not opens_content(toks[start], cues):
        return None
    last = start
    while last + 1 < len(toks) and toks[last + 1].low not in cues.draft_content_breaks:
        last += 1
    return start, last


def opens_content(tok: Token, cues: Cues) -> bool:
    """A relative word ('that', 'which') or a participle ('calling', 'demanding'): the draft's content begins."""
    return tok.low in cues.relative or tok.low.endswith("ing")

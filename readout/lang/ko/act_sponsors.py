"""The sponsor of a vetoed draft (reject41).

'A와 B가 C가 제출한 결의안에 거부권을 행사했다', 'C의 결의안에 반대했다': the PLOVER manual's REJECT refuses "a proposal,
demand or request" of another side (PLOVER_MANUAL.tex, section REJECT); a draft put to a vote is the proposal of the
side that drafted it, so that side receives the refusal. Korean names the sponsor as the subject of a relative clause
before the draft noun ('C가 제출한', 'C가 주도한', 'C가 낸') or as its genitive ('C의'); a draft named with only its body
('안보리 결의안에') is refused to that body. Read as before, the draft noun named no state and the veto was dropped.
"""
from __future__ import annotations

import re
from dataclasses import replace

from readout.lang.base import ActHit

SPONSOR_REACH = 60  # characters before the act word in which its draft and sponsor stand


def vetoed_drafts(hits: list[ActHit], text: str, sponsor_re: re.Pattern) -> list[ActHit]:
    """The hits with each REJECT whose words before it name a draft's sponsor
    (`draft_sponsor_re`: the subject of a relative clause of drafting, a genitive owner, or a body, before a
    draft noun that ends right before the act's own words) given that sponsor as its
    only target (`target_spans`: the clause's other words, '러시아와 중국이 프랑스가', named the refusers too)."""
    out = []
    for h in hits:
        if h.type == "REJECT" and not h.negated:
            start = max(0, h.start - SPONSOR_REACH)
            found = sponsor_re.search(text[start:h.start])
            if found:
                group = next(g for g in ("sponsor", "owner", "body") if found.group(g))
                span = (start + found.start(group), start + found.end(group))
                h = replace(h, data={**h.data, "target_spans": (span,)})
        out.append(h)
    return out

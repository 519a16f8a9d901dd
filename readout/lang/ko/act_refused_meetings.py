"""(request63) A meeting pledged not to happen is a refusal to meet: 'B를 만나지 않겠다고 밝혔다', 'B와 회담할 의사가 없다',
'B를 만날 의향이 없다'.

Why: the finder reads a meeting verb stated as a plan or pledge as an AGREE (the intent to meet, `future_of` CONSULT);
negated, it agrees to nothing and was dropped, while the manual codes a stated refusal to meet REJECT (CAMEO 125,
"reject proposal to meet"), as the English reader does ('has no intention of meeting B', 'would not meet B',
lang/en/act_refused_meetings). The refusal is stated, so it occurred; the one not to be met (the verb's object or
와 party) receives it. A meeting merely not held ('B와 만나지 않았다', past, no pledge) refuses nothing, and neither does
talks withheld under a condition ('...하면 B와 협상을 하지 않겠다고 압박했다': a threat, act_withheld_cooperation).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_clauses import PLEDGE_MODALITIES

MEETING = "CONSULT"


def refused_meetings(hits: list[ActHit]) -> list[ActHit]:
    """The hits with each negated intent to meet made a REJECT meet, but for one under a condition or inside the
    content of a threat of withheld talks."""
    threats = [h.data["content_span"] for h in hits if h.data.get("withheld") and "content_span" in h.data]
    return [refused_meeting(h) if not h.data.get("conditions")
            and not any(lo <= h.start and h.end <= hi for lo, hi in threats) else h for h in hits]


def refused_meeting(hit: ActHit) -> ActHit:
    """The hit as REJECT meet when it is a negated intent to meet, else unchanged."""
    if hit.type != "AGREE" or not hit.negated or hit.data.get("future_of") != MEETING \
            or hit.data.get("modality") not in PLEDGE_MODALITIES:
        return hit
    data = {k: v for k, v in hit.data.items() if k != "future_of"}  # no meeting ahead: not a willingness to meet
    return replace(hit, type="REJECT", mode="meet", negated=False, status="occurred", data={**data, "refusal_of": MEETING})

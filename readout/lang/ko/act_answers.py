"""Acts that answer another side's act and name no receiver of their own (ko-acts28).

Why: Korean drops what the answer answers. A refusal with nothing refused before its verb ('사실상 거절했다',
'거절의 뜻을 밝혔다', '"...은 협상 대상이 아니다"라며 선을 그었다') refuses what was just put to the refuser (the request
or offer the story told, or what the one met at the talks asked), and a tit-for-tat expulsion ('맞추방으로 대응했다')
answers the other side's expulsion. Read as a bare act, each had no recipient and was dropped. The pipeline's
readers already find those sides (`rejected_proposal` for a rejection marked `rejected_proposal`; `implied_addressee`
for an unaddressed `counter_measure`); these functions only mark the hits, as the lexicon words say.
"""
from __future__ import annotations

import re
from dataclasses import replace

from readout.lang.base import ActHit


def bare_rejections(hits: list[ActHit], text: str, before_re: re.Pattern, reach: int) -> list[ActHit]:
    """The hits with each REJECT whose words right before it (within `reach` characters) are only a clause's
    opening, a quotation's close or its connective, and adverbs of manner (`bare_rejection_before_re`: '사실상',
    '단호히') marked `rejected_proposal`: what it refuses is what was put to it. A rejection with its own object
    ('관세 인하를 거부했다', '입국을 거부했다') keeps its reading."""
    return [replace(h, data={**h.data, "rejected_proposal": True})
            if h.type == "REJECT" and not h.data.get("rejected_proposal") and not h.data.get("rejected_charge")
            and before_re.search(text[max(0, h.start - reach):h.start]) else h for h in hits]


def tit_for_tat(hits: list[ActHit], lemmas: frozenset[str]) -> list[ActHit]:
    """The hits with each expulsion of a tit-for-tat lemma ('맞추방', `tit_for_tat_lemma`) marked as a counter-measure
    to no one named: when its clause names no state it expels, it answers the other side's last measure."""
    return [replace(h, data={**h.data, "unaddressed": True, "counter_measure": True})
            if h.lemma in lemmas and not h.data.get("target_spans") else h for h in hits]


def answered_acts(hits: list[ActHit], text: str, before_re: re.Pattern, reach: int) -> list[ActHit]:
    """Both marks above, in order (one call from `Korean.find_acts`)."""
    from readout.lang.ko.acts import act_index

    return tit_for_tat(bare_rejections(hits, text, before_re, reach), act_index().cue("tit_for_tat_lemma"))

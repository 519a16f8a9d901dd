"""Two accords one act word signs: 'signed a trade pact and a defence agreement', '무역 협정과 국방 협정에 서명했다'.
PLOVER codes one AGREE per accord, and each has its own matter (pipeline/act_matter.py), by which merging tells the
trade pact from the defence pact another outlet reports alone (store/merge_accords.py). The language names the
documents coordinated with the act word's own (`Language.coordinated_accords`); each whose matter is stated and
differs from every accord kept so far is one more event of the same sides, day and evidence. A document with no
matter of its own ('signed a trade pact and an agreement') adds nothing: which accord the words are of is not known.
"""
from __future__ import annotations

import dataclasses

from readout.lang.base import ActHit
from readout.model import Event
from readout.pipeline.act_matter import ACCORDS, matter_contexts, other_matter


def per_document(event: Event, lang, text: str, tokens, hit: ActHit) -> list[Event]:
    """`event` and one copy per further accord document its act word signs, each with that document's matter."""
    if hit.type not in ACCORDS or not event.matter:
        return [event]
    left, right = lang.clause(text, tokens, hit.start, hit.end)
    out = [event]
    for span in lang.coordinated_accords(text, tokens, (hit.start, hit.end), (left, right)):
        words = lang.accord_matter(text, tokens, span, (min(left, span[0]), max(right, span[1])))
        matter = tuple(sorted({lemma for _s, _e, lemma in words})) if words else ()
        if matter and all(other_matter(matter, kept.matter) for kept in out):
            out.append(dataclasses.replace(event, participants=list(event.participants),
                                           recipients=list(event.recipients), evidence=list(event.evidence),
                                           makers=list(event.makers), contexts=list(event.contexts),
                                           matter=matter, matter_contexts=matter_contexts(matter)))
    return out

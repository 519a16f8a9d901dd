"""(plover57, issue 15) An owned gerund of force names its patient after 'of': "The Azerbaijani army's shelling of
Armenian positions killed three soldiers", "Iraq's bombing of Kurdish villages".

Why: the pipeline takes a state right after a deed noun's 'of' for its agent ('drills of A and B', the lexicon's
`agent_after_re`) unless the language marks the phrase as the act's target; an attack noun's 'on' phrase is marked
so (act_targets), a gerund's 'of' phrase was not, and the state shelled became the one shelling, the owner losing
the act. With an owner right before the gerund (a possessive "X's", "the X-ian army's") the agent is named already,
so the 'of' phrase is what the deed is done to. Rule: a nominal hit of force (`PATIENT_TYPES`) whose word ends in
'-ing', right after a possessive and right before 'of', takes the phrase after 'of' up to the next comma or clause
break as a target span (`target_spans`); (plover57b) a source, agent or addressee word (`patient_phrase_ends`: from,
by, to, with ...) ends it too: 'Iraq's bombing of Kurdish villages drew protests from Turkey' made Turkey, the
protester, a recipient of the bombing (its recipient bar: act_drawn_disapproval.drawn_by_deeds). 'The shelling of
Armenian positions by Azerbaijan' (no owner) and the massing or landing 'of' troops (no force done to them) are read as
before.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

PATIENT_TYPES = frozenset({"ASSAULT", "COERCE"})  # deeds done to the 'of' phrase ('shelling of', 'blockading of')


def gerund_patients(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits with an owned gerund's 'of' phrase marked as its target."""
    out = []
    for h in hits:
        span = patient_span(toks, h, cues) if h.nominal and h.type in PATIENT_TYPES else None
        if span:
            h = replace(h, data={**h.data, "target_spans": (span, *h.data.get("target_spans", ()))})
        out.append(h)
    return out


def patient_span(toks: list[Token], hit: ActHit, cues: Cues) -> tuple[int, int] | None:
    """The character span of the 'of' phrase after an owned gerund of force, or None."""
    i = hit.data.get("end_token", hit.data["token"])
    k = hit.data["token"]
    if not toks[k].low.endswith("ing") or k == 0 or not toks[k - 1].low.endswith(("'s", "s'")) \
            or i + 2 >= len(toks) or toks[i + 1].low != "of":
        return None
    last = i + 2
    while last + 1 < len(toks) and toks[last + 1].word and toks[last + 1].low not in cues.clause_breaks \
            and toks[last + 1].low not in cues.patient_phrase_ends \
            and toks[last + 1].low not in cues.drawn_past_forms:  # plover57b: 'drew protests from Turkey'; acts58:
        last += 1  # the sentence's verb of drawing ends it ('of [camps] drew protests': no 'protests' in its phrase)
    return toks[i + 2].start, toks[last].end

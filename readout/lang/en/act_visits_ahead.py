"""(enmeet48) A visit said ahead as a visit noun after a light verb ('will pay a state visit to X', 'will make an
official visit to X', 'is due to pay a visit to X') stays a planned visit: no AGREE.

Why: the act lexicon reads 'pay/make + visit' as CONSULT visit (CAMEO 042), and a stated future cooperative act is
AGREE (`act_plover_reading.plover_reading`), so the visit said ahead became the visitor's promise to the host. The
evaluation gold and the project's news batches code a visit said ahead as a planned CONSULT (optional), never an
AGREE (docs/coding-choices.md: 'A visit said ahead is not extended to other planning frames' and the Korean twin '...
방문할 예정이다': no AGREE planned). The verb 'will visit X' keeps its older reading, as the lead decided.
"""
from __future__ import annotations

from readout.lang.base import ActHit


def visit_noun_ahead(hit: ActHit) -> bool:
    """The hit is a visit named by its noun, the object of a light verb ('paid a visit', 'make a trip'): a CONSULT
    visit whose lexicon entry required an object."""
    return hit.type == "CONSULT" and hit.mode == "visit" and bool(hit.data.get("object")) and not hit.nominal

"""(endeny47) A relative clause of saying after an act's noun tells who judges the act, not whom it is aimed at:
"Chile's sanctions [the EU said were fair]", 'Chile imposed sanctions [that the EU called unfair]', "Chile's tariffs,
which the EU said were illegal". The act keeps its own sides (the owner of the noun, "Chile's", or the verb's subject
sends the measure); the clause, from its subject to its verb of saying or naming, is barred from its receiving side,
where the nearest state after the verb was taken as the target. A noun act stands with no target ("Chile's sanctions"
keep their sender, as 'Ecuador criticized Chile's sanctions' reads them: `not_recipient_spans`); a verb's measure left
with no target is no act, as 'Chile imposed sanctions.' is none (`described_spans`). A measure with no owner
told only in such a clause ('the sanctions the EU said were fair') is no act at all (act_inner_relatives.reported_head).
Only material acts done to someone (measures, force, aid: act_relative_objects.HEADED_TYPES): a stance's clause of
saying names whose stance it is ('sympathized with the position Chile stated': Chile is backed).
Korean puts the reporter in an adnominal clause before the noun ('유럽연합이 정당하다고 평가한 칠레의 제재'), which the
Korean clause reader does not read as a target."""
from __future__ import annotations

import dataclasses

from readout.lang.base import ActHit
from readout.lang.en.act_inner_relatives import SAYING, clause_after
from readout.lang.en.act_relative_objects import HEADED_TYPES
from readout.lang.en.act_tokens import Token


def reporter_not_recipient(hit: ActHit, toks: list[Token]) -> ActHit:
    """The hit with a relative clause of saying after its noun (a noun act's head, or a verb's object) barred from its
    receiving side; the hit as it came where no such clause follows."""
    if hit.type not in HEADED_TYPES or "token" not in hit.data or not hit.nominal and "object_token" not in hit.data:
        return hit  # 'sympathized with the position Chile stated': a stance's stater is whom it backs
    end = hit.data.get("end_token", hit.data["token"])  # the noun, or the verb's object: 'imposed sanctions'
    if end >= len(toks):
        return hit
    found = clause_after(toks, end)
    if found is None or toks[found[2]].low not in SAYING:
        return hit
    first, _last, verb = found
    span = (toks[first].start, toks[verb].end)
    key = "not_recipient_spans" if hit.nominal else "described_spans"  # an owned noun stands, as a judged one does
    return dataclasses.replace(hit, data={**hit.data, key: (*hit.data.get(key, ()), span)})

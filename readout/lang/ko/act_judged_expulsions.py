"""(kofix48) An expulsion of diplomats no state's name owns, judged by the clause's subject: '칠레 외교부는 러시아의
외교관 추방을 규탄했다'.

Why: the owner in the genitive is the expelling state (lang/ko/act_owned_deeds), and the diplomats' state is named
between the owner and the deed noun ('러시아의 [폴란드] 외교관 추방') or by the judge's own word ('자국 외교관'); with
neither, the deed went to no one (SANCTION RUS -> []). A state condemning an expulsion of diplomats it does not name
condemns the expulsion of its own: the judge, the subject of the condemning verb the deed noun is the object of,
receives it, as English 'Chile condemned Russia's expulsion of diplomats' is read. Only a condemnation (ACCUSE) of
an owned expulsion whose compound opens on an envoy noun (cue envoy_noun) turns; a report or an announcement of it
('... 추방을 발표했다') leaves the deed as it reads, and a named state between owner and deed keeps its target.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import run_start
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import SUBJECT_TAGS  # '칠레 외교부는', '칠레가'

JUDGE_TYPE = "ACCUSE"
EXPEL = ("SANCTION", "expel")
GENITIVE = "JKG"  # the owner's 의 right before the compound ('러시아의 [외교관 추방]')


def judged_expulsions(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """`hits` with each owned expulsion of unnamed diplomats, condemned by its clause's subject, aimed at that
    subject's words (`target_spans`)."""
    judges = {h.data.get("pred") for h in hits if h.type == JUDGE_TYPE and not h.nominal}
    return [judged(toks, h, lex) if h.data.get("governor") in judges else h for h in hits]


def judged(toks: list, hit: ActHit, lex: ActIndex) -> ActHit:
    if not hit.nominal or (hit.type, hit.mode) != EXPEL or "agent_span" not in hit.data \
            or hit.data.get("target_spans") or "first" not in hit.data:
        return hit
    first = hit.data["first"]
    envoys = frozenset(w.replace(" ", "") for w in lex.cue("envoy_noun"))
    if toks[first][0] not in envoys or first < 2 or toks[first - 1][1] != GENITIVE:
        return hit
    owner = run_start(toks, first) - 2  # the genitive's last word before the compound
    subject = next((k for k in range(owner - 1, 0, -1) if toks[k][1] in SUBJECT_TAGS), None)
    if subject is None:
        return hit
    start = run_start(toks, subject - 1)
    span = (toks[start][2], toks[subject - 1][2] + toks[subject - 1][3])
    return replace(hit, data={**hit.data, "target_spans": (span,), "target_before": True})

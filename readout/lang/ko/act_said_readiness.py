"""(charges52) A readiness to take a hostile measure said with a plain verb of saying is a threat said: 'A는 B를 공격할
준비가 돼 있다고 밝혔다' is A's THREATEN of B, made as it is said, as English 'A said it was ready to strike B' reads
(the readiness is the intent modality there, lang/en/act_plover_reading) and as the Korean future '공격하겠다고 밝혔다'
reads (act_word_hits._future_read).

Why: the finder reads 'ᆯ 준비가 돼 있다' as a schedule, so the attack was an ASSAULT planned: an attack nobody made. A
readiness told as a warning is folded into the warning (charges51b, act_warned_measures.ready_run); a readiness to
defend the own realm is a deterrent threat of its own (threat62, act_ready_defences). Here a planned measure (ASSAULT,
COERCE, SANCTION) whose adnominal ending is followed by a ready noun and a complement quoted by a saying verb
(act_pledged_measures.future_quote) becomes that THREATEN, unless it is a measure announced (act_kind_cues
.announced_measure: '제재를 부과할 준비가 돼 있다고 밝혔다' stays SANCTION planned, as English 'said it was ready to
impose sanctions on B'). A readiness with no saying verb ('공격할 준비가 돼 있다') stays the plan.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_forewarnings import THREAT_TARGET, threatened_mode
from readout.lang.ko.act_kind_cues import announced_measure
from readout.lang.ko.act_pledged_measures import future_quote
from readout.lang.ko.act_table import ActIndex

MEASURE_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT"})
FUTURE_ADNOMINAL = "ᆯ"  # '공격할 준비': the adnominal future ending before the ready noun


def said_readiness(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits with each planned measure told as a readiness said retyped THREATEN (occurred, aimed as a warning's
    addressee is); one folded into a THREATEN the saying verb already holds (a deterrent readiness) is dropped."""
    out: list[ActHit] = []
    for h in hits:
        said = readiness_said(toks, h, lex)
        if said is None:
            out.append(h)
        elif not any(o.type == "THREATEN" and o.data.get("pred") == said for o in hits):
            out.append(replace(h, type="THREATEN", mode=threatened_mode(h.type, h.contexts, h.mode), status="occurred",
                               target=THREAT_TARGET,
                               data={**h.data, "future_of": h.type, "stated_type": h.type, "said_readiness": said}))
    return out


def readiness_said(toks: list, h: ActHit, lex: ActIndex) -> int | None:
    """The saying verb quoting the readiness hit `h` is told with ('공격할 준비가 돼 있다고 밝혔다'), else None: `h` a
    planned measure, not negated nor announced, whose words end on (or right before) the future adnominal ending, a
    ready noun right after it."""
    if h.type not in MEASURE_TYPES or h.status != "planned" or h.negated or h.nominal \
            or announced_measure(h.type, h.mode, h.contexts, lex):
        return None
    last = h.data.get("last")
    if not isinstance(last, int) or last + 2 >= len(toks):
        return None
    etm = last if toks[last][0] == FUTURE_ADNOMINAL else last + 1
    if toks[etm][0] != FUTURE_ADNOMINAL or etm + 1 >= len(toks) or toks[etm + 1][0] not in lex.cue("ready_noun"):
        return None
    return future_quote(toks, etm, lex)

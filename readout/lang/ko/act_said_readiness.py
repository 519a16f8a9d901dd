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
(charges52b) A readiness denied ('공격할 준비가 돼 있지 않다고 말했다', '공격할 태세가 아니라고 말했다') is neither: no
plan and no threat, as English 'said it was not ready to strike B' gives nothing; the hit is dropped.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_forewarnings import THREAT_TARGET, threatened_mode
from readout.lang.ko.act_kind_cues import announced_measure
from readout.lang.ko.act_pledged_measures import future_quote, quote_ending
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import SENTENCE_END_TAGS

MEASURE_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT"})
FUTURE_ADNOMINAL = "ᆯ"  # '공격할 준비': the adnominal future ending before the ready noun
READINESS_REACH = 8  # morphemes after the ready noun to the end of its predicate ('준비가 되어 있지 않다고')
NEGATIVE_COPULA = "VCN"  # '태세가 아니라고': the negative copula's tag


def said_readiness(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits with each planned measure told as a readiness said retyped THREATEN (occurred, aimed as a warning's
    addressee is); one folded into a THREATEN the saying verb already holds (a deterrent readiness) is dropped."""
    out: list[ActHit] = []
    for h in hits:
        if readiness_denied(toks, h, lex):
            continue  # charges52b: '공격할 준비가 돼 있지 않다': no plan and no threat
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
    etm = ready_adnominal(toks, h, lex)
    return None if etm is None else future_quote(toks, etm, lex)


def readiness_denied(toks: list, h: ActHit, lex: ActIndex) -> bool:
    """Whether `h`, a measure (or the threat read from it) ending on the future adnominal ending before a ready noun,
    is told as a readiness denied: a negation (cues negation_aux, negation_adverb, absent_verb, or the negative
    copula) in the ready noun's predicate, before its clause ends with a quote ending or the sentence's end."""
    if h.type not in MEASURE_TYPES | {"THREATEN"} or h.nominal:
        return False
    etm = ready_adnominal(toks, h, lex)
    if etm is None:
        return False
    negators = lex.cue("negation_aux") | lex.cue("negation_adverb") | lex.cue("absent_verb")
    for k in range(etm + 2, min(len(toks), etm + 2 + READINESS_REACH)):
        form, tag = toks[k][0], toks[k][1]
        if tag == NEGATIVE_COPULA or form in negators and tag in ("VX", "MAG", "VA"):
            return True
        if tag in SENTENCE_END_TAGS or quote_ending(toks[k]):
            return False
    return False


def ready_adnominal(toks: list, h: ActHit, lex: ActIndex) -> int | None:
    """The future adnominal ending `h`'s words end on (or right before), a ready noun right after it, else None."""
    last = h.data.get("last")
    if not isinstance(last, int) or last + 2 >= len(toks):
        return None
    etm = last if toks[last][0] == FUTURE_ADNOMINAL else last + 1
    if toks[etm][0] != FUTURE_ADNOMINAL or etm + 1 >= len(toks) or toks[etm + 1][0] not in lex.cue("ready_noun"):
        return None
    return etm

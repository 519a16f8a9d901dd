"""(threat61) A hostile measure in the complement of a warning is what is threatened, not a measure planned:
'B에 제재를 가할 수 있다고 경고했다', 'B에 단교하겠다고 경고했다', 'B를 공격할 수도 있다고 위협했다', as English
'threatened to cut ties and impose sanctions on B' (lang/en/act_threat_contents).

Why: the warning verb is read as the THREATEN; the measure before it was also read, as a SANCTION, COERCE or ASSAULT
planned, a second event nobody coded (PLOVER: "a statement of intent to take a negative action" is THREATEN only).
'제재를 가하겠다고 경고' was already folded into the warning by the measure-noun reading; a verb of its own ('단교하겠다고')
or a possibility ('가할 수 있다고') was not; nor (charges51b) a readiness ('"언제든 공격할 준비가 돼 있다"고 경고했다'). Here a planned act of those types whose clause closes, with only the
endings of a quoted future or possibility between ('겠다고', 'ᆯ 수 있다고', 'ᆯ 것이라고'), right before the main warning
or threat verb (cue pressing_verb) is dropped; the warning takes its mode and, naming no side of its own, its target.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_forewarnings import threatened_mode
from readout.lang.ko.act_table import ActIndex

MEASURE_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT"})
LINKING_TAGS = frozenset({"NNB", "VA", "VX", "EP", "EC", "JKQ", "SSC", "ETM", "VCP", "JX"})  # 'ᆯ 수 있다고', '겠다고'
READY_PARTICLE_TAGS = frozenset({"JKC", "JKS"})  # charges51b: '준비가 돼': kiwi tags 가 before 되다 a complement
READY_VERB = "되"  # '준비가 돼 있다', '태세가 되어 있다'
LINKING_REACH = 8  # morphemes from the measure's last to the warning verb ('ᆯ 수 도 있 다고')


def warned_measures(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits less each planned measure right inside a main warning's complement, the warning marked with its
    mode and (when it names no side) the measure's target."""
    warnings = [n for n, h in enumerate(hits) if h.type == "THREATEN" and h.data.get("main") and not h.nominal
                and h.lemma in lex.cue("pressing_verb")]
    out, drop = list(hits), set()
    for n in warnings:
        w = out[n]
        for m, h in enumerate(hits):
            if m == n or m in drop or h.type not in MEASURE_TYPES or h.status != "planned" or h.data.get("main") \
                    or not content_of(toks, h, w, lex):
                continue
            drop.add(m)
            data = dict(w.data)
            if not data.get("target_spans") and h.data.get("target_spans"):
                data = {k: v for k, v in data.items() if k != "unaddressed"} | {"target_spans": h.data["target_spans"]}
            out[n] = w = replace(w, mode=w.mode or threatened_mode(h.type, h.contexts, h.mode), data=data)
    return [h for m, h in enumerate(out) if m not in drop]


def content_of(toks: list, h: ActHit, w: ActHit, lex: ActIndex) -> bool:
    """Whether the act `h` ends right before the warning `w`, only linking endings between ('ᆯ 수 있다고'), or the
    readiness the act is told with ('ᆯ 준비가 돼 있다"고', charges51b: `ready_run`)."""
    last, first = h.data.get("last"), w.data.get("first")
    if last is None or first is None:
        return False
    ready = ready_run(toks, last if toks[last][1] == "ETM" else last + 1, lex)  # the act's words may end on its ᆯ
    if not 0 < first - last - len(ready) <= LINKING_REACH:
        return False
    return all(k in ready or toks[k][1] in LINKING_TAGS for k in range(last + 1, first))


def ready_run(toks: list, k: int, lex: ActIndex) -> set[int]:
    """(charges51b) The morphemes of a readiness after the act's adnominal ending at k ('ᆯ 준비가 되어 있다"고': the ready
    noun, `ready_noun`, its particle, the verb 되다, and a quote's final ending before its closing mark), so that 'we
    stand ready to attack', said as a warning, is the warning's content, as English 'warned it was ready to attack'
    (one THREATEN); empty where no ready noun follows the adnominal ending."""
    if k + 3 >= len(toks) or toks[k][1] != "ETM" or toks[k + 1][0] not in lex.cue("ready_noun") \
            or toks[k + 2][1] not in READY_PARTICLE_TAGS or toks[k + 3][0] != READY_VERB:
        return set()
    run = {k + 1, k + 2, k + 3}
    for j in range(k + 4, min(len(toks) - 1, k + LINKING_REACH)):
        if toks[j][1] == "EF" and toks[j + 1][1] == "SSC":
            run.add(j)  # '있다"고': the quote's own final ending
    return run

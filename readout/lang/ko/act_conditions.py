"""Condition clauses of a Korean sentence ('러시아가 무기를 제공할 경우', 'X가 도발하면'): the state named as
the condition's subject is what the condition is about, never the one acting in the clause it governs.

"대통령실은 러시아가 북한에 무기를 제공할 경우 우크라이나에 대한 무기 지원을 검토하겠다고 밝혔다": the aid
under review is Seoul's; Russia is the condition's subject. The spans go with every act outside them
(`data["conditions"]`, as the English reader does for 'should X refuse'), so the pipeline reads the act's
sides as if the condition were not there; a threat's condition names whom it is aimed at."""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import coordinated_start, run_start
from readout.lang.ko.act_forecasts import foretold_by_other
from readout.lang.ko.act_pledges import quoted_future
from readout.lang.ko.act_forewarnings import THREAT_MODE, THREAT_TARGET, threatened_mode
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import GENITIVE_PARTICLE, LOCATIVE_PARTICLE, OPENING_MARK_TAGS

STOP_TAGS = frozenset({"SF", "SP", "EF", "EC"})  # the condition's clause starts after these
TOPIC_TAG = "JX"
JOINING = frozenset({"고"})  # the connective that joins two verbs of one condition


def examples_start(toks: list, start: int, lex: ActIndex) -> int:
    """'미국 등 서방이': the examples before 등 (such as) belong to the noun run they illustrate."""
    while start >= 2 and toks[start - 1][0] in lex.cue("example_noun") and toks[start - 1][1] == "NNB":
        start = coordinated_start(toks, run_start(toks, start - 2))
    return start


def condition_spans(toks: list, lex: ActIndex) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(clause, subject) character spans (sentence offsets) of each condition: from its own subject (a noun run
    marked 이/가) to its ending (-면, -다면; V-ㄹ 경우, V-ㄹ 시), and that subject; a condition with no subject
    of its own names no one."""
    spans = []
    endings, nouns = lex.cue("condition_ending"), lex.cue("condition_noun")  # asked of every morpheme: looked up once
    for j, tok in enumerate(toks):
        ending = tok[1] == "EC" and tok[0] in endings
        noun = j > 0 and tok[0] in nouns and toks[j - 1][1] == "ETM"
        if not (ending or noun):
            continue
        subject = None
        for k in range(j - 1, -1, -1):
            tag = toks[k][1]
            if subject is None and toks[k][:2] == (",", "SP"):
                subject = quoted_topic(toks, k)  # '"파키스탄, 테러 지원하면 대가 치를 것" 경고': a headline quote's topic
            if tag == "EC" and (toks[k + 1][1] == "VX" or toks[k][0] in JOINING and subject is None):
                continue  # '타격을 가해 온다면': the auxiliary goes on with the condition's verb; 'B가 [교훈을 얻지
                # 못하고] 개입한다면': the verbs joined by -고 share the condition's subject
            if tag in STOP_TAGS or tag == TOPIC_TAG:
                break
            if tag == "JKS" and k > 0:
                subject = (examples_start(toks, coordinated_start(toks, run_start(toks, k - 1)), lex), k - 1)
        if subject is not None:
            first, last = subject
            spans.append(((toks[first][2], tok[2] + tok[3]), (toks[first][2], toks[last][2] + toks[last][3])))
    return spans


NOMINALIZER = frozenset({"ᆷ", "음"})  # -ㅁ/-음 (kiwi's ETN forms): '납부함에 따라'


def cause_spans(toks: list, lex: ActIndex) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(clause, subject) character spans of each cause clause with a subject of its own ('어민 단체가 벌금을
    완납함에 따라 (어민들을 풀어줬다)'): a nominalized verb with 에 before a cause stem (cue cause_verb). Its subject
    is the side whose act the main clause answers, not the main clause's actor."""
    spans = []
    for j in range(2, len(toks)):
        if not (toks[j][1] == "VV" and toks[j][0] in lex.cue("cause_verb") and toks[j - 1][:2] == LOCATIVE_PARTICLE
                and toks[j - 2][1] == "ETN" and toks[j - 2][0] in NOMINALIZER):
            continue
        for k in range(j - 3, 0, -1):
            if toks[k][1] in STOP_TAGS or toks[k][1] == TOPIC_TAG:
                break
            if toks[k][1] == "JKS":
                first = coordinated_start(toks, run_start(toks, k - 1))
                first = _owner_start(toks, first)
                spans.append(((toks[first][2], toks[j][2] + toks[j][3]),
                              (toks[first][2], toks[k - 1][2] + toks[k - 1][3])))
                break
    return spans


def _owner_start(toks: list, first: int) -> int:
    """'[태국 어선 3척의] 선사 측이': the genitive phrase before a subject's run belongs to the subject."""
    while first >= 2 and toks[first - 1][:2] == GENITIVE_PARTICLE and toks[first - 2][1] in ("NNG", "NNP", "NNB"):
        first = coordinated_start(toks, run_start(toks, first - 2))
    return first


RELEASE_TYPES = frozenset({"RETREAT"})  # a release answering the other side's act is made to that side


QUOTE_OPENERS = OPENING_MARK_TAGS


def quoted_topic(toks: list, comma: int) -> tuple[int, int] | None:
    """The noun run before the comma at `comma` when it opens a quote or the sentence ('"파키스탄, ...하면'): a
    headline's or a quoted statement's topic, written with a comma where prose has 이/가."""
    if comma < 1 or toks[comma - 1][1] not in ("NNP", "NNG", "SL", "SH"):
        return None
    start = run_start(toks, comma - 1)
    return (start, comma - 1) if start == 0 or toks[start - 1][1] in QUOTE_OPENERS else None


def with_conditions(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits outside a condition or a cause clause carry those clauses' spans; a threat is aimed at the
    conditions' subjects, and a target of its own inside a condition is the condition's, not the threat's; a release
    answering a cause clause goes, after its own target, to the cause's subject."""
    found = condition_spans(toks, lex) if hits else []
    causes = cause_spans(toks, lex) if hits else []
    if not found and not causes:
        return [h for h in hits if not foretold_fate(h, lex)]
    spans = [clause for clause, _ in found + causes]
    out = []
    for h in hits:
        if any(a <= h.start < b for a, b in spans):
            if not foretold_fate(h, lex):
                out.append(h)
            continue
        if foretold_fate(h, lex) and not doomed(h, found, spans):
            continue
        h = conditional_threat(toks, h, lex, demanded(toks, found)) if found else h
        if found and h.data.get("future_of") and foretold_by_other(toks, h, lex):
            continue  # fp23: '안보리가 침묵한다면 B국은 ...할 것': a forecast of B's deed, no threat of B's
        data = {**h.data, "conditions": (*h.data.get("conditions", ()), *spans)}
        if h.type == "THREATEN" and found:
            own = [t for t in h.data.get("target_spans", ()) if not any(a <= t[0] < b for a, b in spans)]
            data["target_spans"] = (*own, *(subject for _, subject in found))
        if h.type in RELEASE_TYPES and causes:  # '어민 단체가 ... 완납함에 따라 어민들을 풀어줬다': theirs
            data["target_spans"] = (*h.data.get("target_spans", ()), *(subject for _, subject in causes))
        out.append(replace(h, data=data))
    return out


SAID_FUTURE = frozenset({"future", "intent"})
UNLESS_NEGATIONS = frozenset({"않", "못"})  # '멈추지 않으면', '응하지 못할 경우': a condition that refuses a demand
POSSIBLE_QUOTE_REACH = 3  # morphemes from '수 있' to its quote ending ('있다고', '있을 것이라고' is a future)


def foretold_fate(h: ActHit, lex: ActIndex) -> bool:
    """Whether the hit's verb is a fate (cue doom_verb), alone ('참패하다') or after its noun ('대응+직면하다': '강력한
    대응에 직면할 것', en-acts45): the hit's lemma is the verb or ends with it after the noun's '+'."""
    return h.lemma.rpartition("+")[2] in lex.cue("doom_verb")


def doomed(h: ActHit, found: list, spans: list) -> bool:
    """A fate foretold (cue doom_verb: '참패할 것', '후회하게 될 것') is a threat only when said of the future outside a
    condition that names its own subject ('B가 무력 개입을 감행한다면 참패할 것'): the warned side is that subject. Why a
    rule: the verb alone reports a defeat or a regret ('선거에서 참패했다'), no act of one state towards another."""
    return bool(found) and h.data.get("modality") in SAID_FUTURE and not any(a <= h.start < b for a, b in spans)



def demanded(toks: list, found: list) -> bool:
    """threat60: whether a condition is a demand's refusal ('B가 ...을 멈추지 않으면', '응하지 않을 경우'): a negation
    inside a condition's clause."""
    return any(a <= t[2] < b and (t[0] in UNLESS_NEGATIONS and t[1] == "VX" or t[0] == "안" and t[1] == "MAG")
               for (a, b), _ in found for t in toks)


def quoted_possible(toks: list, last: int) -> bool:
    """'V-ㄹ 수 있다고': a possibility after the reading's last morpheme, quoted within a few morphemes."""
    k = last + 1
    if k + 1 >= len(toks) or toks[k][0] != "수" or toks[k + 1][0] != "있":
        return False
    return any(t[0] in ("다고", "라고", "이라고") for t in toks[k + 2:k + 2 + POSSIBLE_QUOTE_REACH])


def conditional_threat(toks: list, h: ActHit, lex: ActIndex, demand: bool = False) -> ActHit:
    """A hostile act the speaker says it will do under a condition ('B가 ...할 경우 대사를 소환할 것이라고 말했다',
    'B가 ...하면 대응 조치를 취하겠다고 밝혔다'): the statement is a threat (PLOVER THREATEN, its mode from the act
    threatened), made as it is said, so it occurred, aimed at the condition's subject. The quoted '...하겠다고' form
    of a hostile act is read so by the finder already; this adds the reported future 'V-ㄹ 것이라고' (`quoted_future`),
    which the finder leaves a plan, and a counter-measure ('대응 조치', cue counter_measure_noun before measure_noun),
    which the finder reads as the generic pledge 대응하다. A plan ('...할 방침이라고'), a possibility, a decision or a
    future with no condition stays what it is. threat60: under a demand's refusal (`demand`: 'B가 ...을 멈추지 않으면')
    a possibility said of a hostile act ('...을 보류할 수 있다고 밝혔다') is the same threat, held over the one asked."""
    measure = counter_measure(toks, h, lex)
    possible = demand and h.data.get("modality") == "possible"
    if not (h.type in THREAT_MODE or measure) or h.negated or h.status != "planned" or h.data.get("decided") \
            or not (h.data.get("modality") in SAID_FUTURE or possible) or "last" not in h.data:
        return h
    last = h.data["last"]
    if not (h.data.get("quoted") or quoted_future(toks, last) or possible and quoted_possible(toks, last)):
        return h
    data = {k: v for k, v in h.data.items() if k != "effort_only"}
    return replace(h, type="THREATEN", mode=threatened_mode(h.type, h.contexts, h.mode), status="occurred", target=THREAT_TARGET,
                   data={**data, "future_of": h.type, "stated_type": h.type})


def counter_measure(toks: list, h: ActHit, lex: ActIndex) -> bool:
    """The generic pledge 대응하다 read from a counter-measure ('대응 조치를 취하겠다': 대응 + 조치 + a light verb)."""
    first, end = h.data.get("first"), h.data.get("noun_end")
    return h.type == "AGREE" and bool(h.data.get("effort_only")) and first is not None and end is not None \
        and first < end and toks[first][0] in lex.cue("counter_measure_noun") and toks[end][0] in lex.cue("measure_noun")

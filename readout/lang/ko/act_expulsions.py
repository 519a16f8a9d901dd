"""An order to leave the country: 'B 대사관 직원들에게 48시간 안에 출국하라고 명령했다'.

Why: the order a state gives a foreign diplomat to leave its soil carries out the expulsion itself (PLOVER SANCTION
expel, as '기피인물로 지정' and '추방했다' in the lexicon): the person ordered has no choice, so it is no REQUEST of a
state. Read as a request, the sentence yields a REQUEST nobody coded and no expulsion. Only a commanding verb
(`expulsion_order_verb`) with the content of leaving (`departure_verb`) right before its quotative ending turns; an
advice or an appeal to leave ('출국하라고 권고했다', to one's own people) keeps its own reading. A notice of the order
('B 대사에게 48시간 안에 떠나라고 통보했다', `expulsion_notice_verb`) is no act word of its own: it states the same
expulsion (sanction54, `notified_departure`).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import Candidate
from readout.lang.ko.act_table import ActEntry, ActIndex
from readout.lang.ko.tags import ACT_VERB_TAGS

ORDER_ENDINGS = frozenset({"라고", "도록", "으라고", "어라"})  # '출국하라고', '출국하도록', '떠나라고' before the verb


def expulsion_orders(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits with each REQUEST of `expulsion_order_verb` whose ordered content is leaving made a SANCTION expel, or
    a COERCE deport where those ordered are private people (`deportee_noun`: '밀입국자들에게 출국하라고 명령'), as the
    lexicon reads '추방하다' with such an object and the manual codes individual deportations."""
    out = []
    for h in hits:
        envoy = ordered_envoy(toks, h.data["first"], lex) if h.type == "REQUEST" and "first" in h.data \
            and h.lemma in lex.cue("expulsion_order_verb") and ordered_departure(toks, h.data["first"], lex, True) \
            else None
        if envoy == "own":  # proposals66: 'B 주재 대사에게 귀국하라고 명령': its own envoy called home, a recall
            h = replace(h, type="SANCTION", mode=RECALL_MODE, data=dict(h.data, stated_type="REQUEST", recalled=True))
        elif envoy == "foreign" and not ordered_departure(toks, h.data["first"], lex):  # 'B 대사에게 귀국하라고': sent home
            h = replace(h, type="SANCTION", mode="expel", data=dict(h.data, stated_type="REQUEST"))
        elif h.type == "REQUEST" and h.lemma in lex.cue("expulsion_order_verb") and "first" in h.data \
                and ordered_departure(toks, h.data["first"], lex):
            deport = deportees_before(toks, h.data["first"], lex)
            h = replace(h, type="COERCE" if deport else "SANCTION", mode="deport" if deport else "expel",
                        data=dict(h.data, stated_type="REQUEST"))
        out.append(h)
    return out


def deportees_before(toks: list, first: int, lex: ActIndex) -> bool:
    """Whether a noun of `deportee_noun` (one morpheme, or two written together: '불법체류자') stands before the
    morpheme `first` in its sentence: the people ordered out are no state's diplomats."""
    nouns = lex.cue("deportee_noun")
    forms = [t[0] for t in toks[:first]]
    return any(f in nouns or (k and forms[k - 1] + f in nouns) for k, f in enumerate(forms))


def ordered_departure(toks: list, first: int, lex: ActIndex, homecoming: bool = False) -> bool:
    """Whether the verb right before the morpheme `first`, closed by an ending of an order ('출국하라고'), is one of
    `departure_verb` (a verbal noun + 하, or a plain verb stem: '떠나라고'), or with `homecoming` also one of
    `homecoming_verb` ('귀국하라고')."""
    verbs = lex.cue("departure_verb") | lex.cue("homecoming_verb") if homecoming else lex.cue("departure_verb")
    k = first - 1
    if k < 1 or toks[k][0] not in ORDER_ENDINGS or toks[k - 1][1] not in ACT_VERB_TAGS:
        return False
    if toks[k - 1][1] == "XSV":
        return k >= 2 and toks[k - 2][0] + toks[k - 1][0] + "다" in verbs
    return toks[k - 1][0] + "다" in verbs


RECALL_MODE = "withdraw"  # the manual's SANCTION mode that '대사를 소환했다' reads
ADDRESSEE_PARTICLES = frozenset({"에게", "께", "한테"})
NAME_TAGS = frozenset({"NNG", "NNP", "SL", "SH"})


def ordered_envoy(toks: list, first: int, lex: ActIndex) -> str | None:
    """(proposals66) Whose envoy the order before the morpheme `first` goes to: its addressee, the noun run before the
    '에게' that opens the ordered clause, names an envoy (`posted_envoy_noun`); "own" when a mark of one's own mission
    stands right before it ('B 주재 대사', '자국 대사': `own_envoy_mark`), "foreign" with no mark ('B 대사'), None for
    anyone else ('자국민에게') or a mark further back ('자국 주재 B 대사', B's envoy posted here: read as before)."""
    k = first - 2
    while k >= 0 and toks[k][1] not in ("JKB", "SF", "EF", "EC", "JX", "JKS", "JKO"):
        k -= 1
    if k < 1 or toks[k][0] not in ADDRESSEE_PARTICLES:
        return None
    j = k - 1
    while j >= 0 and toks[j][1] in NAME_TAGS:
        j -= 1
    run = [t[0] for t in toks[j + 1:k]]
    if not run or run[-1] not in lex.cue("posted_envoy_noun"):
        return None
    if len(run) > 1 and run[-2] in lex.cue("own_envoy_mark"):
        return "own"  # 'B 주재 대사', 'B 주재 자국 대사', '자국 대사'
    return None if any(w in lex.cue("own_envoy_mark") for w in run) else "foreign"  # '자국 주재 B 대사': B's, as read


NOTICE_READING = {"pos": "verb", "noun": None, "generic": False, "forms": [],
                  "source": ["readout"]}


def notified_departure(toks: list, s: int, lex: ActIndex) -> Candidate | None:
    """'B 대사에게 48시간 안에 떠나라고 통보했다': the stem at `s` of a verb of notice (`expulsion_notice_verb`, a verbal
    noun + 하) whose content, right before it, is an order to leave (`ordered_departure`) carries out the expulsion
    the order states: SANCTION expel of the envoy's state, or COERCE deport of private people (`deportees_before`),
    as `expulsion_orders` reads a commanding verb. Any other notice ('협정 파기를 통보했다') is no candidate here."""
    if toks[s][1] != "XSV" or s < 3 or toks[s - 1][0] + toks[s][0] + "다" not in lex.cue("expulsion_notice_verb") \
            or not ordered_departure(toks, s - 1, lex):
        return None
    deport = deportees_before(toks, s - 1, lex)
    entry = ActEntry(**NOTICE_READING, lemma=toks[s - 1][0] + toks[s][0] + "다", type="COERCE" if deport else "SANCTION",
                     mode="deport" if deport else "expel", contexts=[] if deport else ["diplomatic"],
                     target=["에게", "에"])
    return Candidate(entry, s - 1, s)


def asked_own_envoys(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """(enrequest68) The hits, less requests a state makes of its own envoy ('B 주재 대사에게 경위를 설명하라고
    지시했다', 'B 주재 자국 대사에게 ...하도록 요청했다'): an instruction to its own officer, no REQUEST of the state of
    the post, as English 'asked its ambassador to B to explain' (lang/en/act_recalled_envoys.asked_own_envoys). An order
    home was read before as the recall it is (`expulsion_orders`)."""
    return [h for h in hits if not (h.type == "REQUEST" and "first" in h.data and asked_envoy(toks, h.data["first"], lex))]


def asked_envoy(toks: list, first: int, lex: ActIndex) -> bool:
    """Whether the nearest '에게' before the morpheme `first`, back to the clause's subject or topic, follows one's own
    envoy (`ordered_envoy`'s reading of the noun run before it), across the object asked about ('경위를')."""
    for j in range(first - 1, 0, -1):
        if toks[j][1] in ("SF", "EF", "JKS", "JX"):
            return False
        if toks[j][1] == "JKB" and toks[j][0] in ADDRESSEE_PARTICLES:
            return ordered_envoy(toks, j + 2, lex) == "own"
    return False

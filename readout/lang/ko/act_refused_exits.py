"""A refused exit from office (reject50): '대통령은 퇴진을 거부했다', '총리는 사임하지 않겠다고 밝혔다'.

An official who refuses to step down rejects the calls on them at home (the manual's REJECT; CAMEO 123 'reject
request to change leadership'): the demanders are the official's own people, so the receiving side is the actor's
own state unless the sentence names another, as English reads 'said she would not step down' (lang/en/act_sides
.own_state_target). The hit is either the lexicon's refusal of an exit noun ('퇴진+거부하다', '사퇴 요구+일축하다')
or an exit verb negated as a pledge (act_clauses.refusal: '사임하지 않겠다'); the exit words are the cues exit_noun
and exit_verb. The hit's own span is its domestic target: it names no state, so the pipeline takes the actor's.
(request58) A demand noun refused with an exit noun in its own compound ('자진 사퇴 요구를 거부했다', '하야 요구를
일축했다') refuses the exit as well, and a demand's owner that names no state ('야권의 사퇴 요구를 일축했다') leaves the
calls at home: a state owner ('B의 퇴진 요구') is still read first, the domestic target only fills an empty side.
(kocoerce66) A handover of power is an exit too: a handover noun right after a power noun in the demand's run ('권력
이양 요구', '정권 이양 요구를 일축했다'; cues power_noun, handover_noun), not one of anything else ('기술 이전 요구'). A
refused exit with no mode read from its words takes the manual's 'change' (CAMEO 1231, reject demand for change in
leadership), as English 'rejected demands to step down' does.
(kofollow68) The demand's content may be a quoted-imperative clause before it instead ('권력을 이양하라는 요구를
거부했다', '물러나라는 야권의 요구를 일축했다'): its predicate is an exit verb, or hands over ('이양하다', '넘기다';
handover_noun + 하, power_handover_verb) an object that is a power noun, as English 'rejected calls to hand over power'
reads. A clause that hands over anything else ('기술을 이전하라는'), or forbids the handover ('이양하지 말라는'), is no exit.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import CIVILIANS, ActHit
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import PLAIN_NOUN_TAGS

ADVERB_TAGS = frozenset({"MAG"})  # kiwi's general adverbs ('단호히', '강력히', '즉각') between object and verb
SECTOR = CIVILIANS  # the people who asked for the exit (a protest's or an opposition's call): civilians by default


def refused_exits(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """Each REJECT of an exit from office aimed at the actor's own state, where nothing else marks its target."""
    return [replace(h, mode=h.mode or "change",
                    data={**h.data, "domestic_target": (h.start, h.end), "domestic_sector": SECTOR})
            if refused_exit(toks, h, lex) else h for h in hits]


def refused_exit(toks: list, hit: ActHit, lex: ActIndex) -> bool:
    """A REJECT whose refused act is an exit: its lemma's noun is an exit noun, or a demand noun whose compound
    holds one ('자진 사퇴 요구'), or it refuses an exit verb."""
    if hit.type != "REJECT" or "domestic_target" in hit.data:
        return False
    noun = hit.lemma.split("+")[0].split()[0] if "+" in hit.lemma else None
    return noun in lex.cue("exit_noun") or demanded_exit(toks, hit, lex) \
        or "refusal_of" in hit.data and hit.lemma in lex.cue("exit_verb")


def demanded_exit(toks: list, hit: ActHit, lex: ActIndex) -> bool:
    """(request58) The refused noun is a demand ('요구', '요청') and an exit noun stands in the noun run right before
    it ('[자진 사퇴] 요구를', '[대통령 하야] 요구를'): the calls for the exit are what is refused."""
    end = hit.data.get("noun_end")
    first = hit.data.get("first")
    if end is None and first is not None:  # enrefuse68: past adverbs ('요구를 [단호히] 일축했다')
        while first >= 1 and toks[first - 1][1] in ADVERB_TAGS:
            first -= 1
    if end is None and first is not None and first >= 2 and toks[first - 1][1] == "JKO":
        end = first - 2  # (kocoerce66) a refusing verb alone ('일축하다'): its object right before it
    if end is None or not 0 <= end < len(toks) or toks[end][0] not in lex.cue("demand_noun"):
        return False
    k = end - 1
    while k >= 0 and toks[k][1] in PLAIN_NOUN_TAGS:
        if toks[k][0] in lex.cue("exit_noun") or handover_of_power(toks, k, lex):
            return True
        k -= 1
    return demanded_exit_clause(toks, end, lex)


def demanded_exit_clause(toks: list, end: int, lex: ActIndex) -> bool:
    """(kofollow68) The demand noun at `end` is modified by a quoted-imperative clause ('...하라는', '...으라는'; its
    owner may stand between: '...라는 [야권의] 요구') whose predicate is an exit or a handover of a power noun."""
    k = end - 1
    while k >= 0 and (toks[k][1] in PLAIN_NOUN_TAGS or toks[k][1] == "JKG"):
        k -= 1
    if k < 1 or toks[k][1] != "ETM" or toks[k][0] not in IMPERATIVE_MODIFIERS:
        return False
    p = k - 1
    if toks[p][1] == "VX" and toks[p][0] in BENEFACTIVE and p >= 2 and toks[p - 1][1] == "EC":
        p -= 2  # '넘겨주라는': 넘기 + 어 + 주: the handover is the main verb
    if toks[p][1] == "XSV" and p >= 1 and toks[p - 1][1] in PLAIN_NOUN_TAGS:
        noun, lemma, start = toks[p - 1][0], toks[p - 1][0] + "하다", p - 1
    elif toks[p][1] == "VV":
        noun, lemma, start = None, toks[p][0] + "다", p
    else:
        return False  # '이양하지 말라는': the handover forbidden, no exit asked
    if lemma in lex.cue("exit_verb"):
        return True
    if noun not in lex.cue("handover_noun") and lemma not in lex.cue("power_handover_verb"):
        return False
    q = start - 1
    while q >= 1 and toks[q][1] not in CLAUSE_EDGES:
        if toks[q][1] == "JKO" and toks[q - 1][0] in lex.cue("power_noun"):
            return True
        q -= 1
    return False


IMPERATIVE_MODIFIERS = frozenset({"라는", "으라는"})  # the quoted imperative modifying a noun: '이양하라는 요구'
BENEFACTIVE = frozenset({"주"})  # '넘겨주라는': giving over, the handover's own verb before it
CLAUSE_EDGES = frozenset({"JX", "JKS", "EC", "EF", "ETM", "SF", "SP"})  # where the demand's clause begins




def handover_of_power(toks: list, k: int, lex: ActIndex) -> bool:
    """(kocoerce66) The noun at `k` hands power over ('이양', 'handover_noun') right after a power noun ('권력', '정권';
    'power_noun'): the exit of whoever holds it."""
    return k >= 1 and toks[k][0] in lex.cue("handover_noun") and toks[k - 1][0] in lex.cue("power_noun")

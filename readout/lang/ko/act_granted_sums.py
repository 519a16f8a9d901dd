"""(kopar53a, issues 15/13) A sum of money in an aid act's own clause: '네팔에 300만 달러를 지원하겠다고 약속했다'.

Why its own module: the act's future reading (`act_word_hits._future_read`) asks it, and it is one question about the
words before the act: whether the act gives a counted sum of a currency. English reads a sum pledged as the grant made
(en23, lang/en/act_granted.py: the money is allotted by the pledge, PLOVER AID that occurred) and money given as
economic aid; Korean now reads both the same way, so the two languages agree.
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import Candidate
from readout.lang.ko.act_table import ActIndex

SUM_EDGE_TAGS = frozenset({"EC", "EF", "ETM", "ETN", "SF", "VV", "VA", "VX", "VCP"})  # the act's clause ends here
NUMBER_TAGS = frozenset({"SN", "NR"})


def granted_sum(toks: list, cand: Candidate, lex: ActIndex) -> bool:
    """Whether a counted currency ('300만 달러를', '5억 유로를': a number, then a word of cue currency_noun) stands before
    the act word in its own clause. Only the clause before the verb is read: a sum told in another clause ('[10억
    달러 규모의] 사업을 지원') is still in it, which is money given all the same."""
    for j in range(cand.first - 1, 0, -1):
        if toks[j][1] in SUM_EDGE_TAGS:
            return False
        if toks[j][0] in lex.cue("currency_noun") and toks[j - 1][1] in NUMBER_TAGS:
            return True
    return False


JOINING_TAGS = frozenset({"EP", "EC", "ETN", "JKB", "JKO", "JX"})  # '-겠다고', '-기로', '-기를': an act word's clause joined


def pledged_grants(toks: list, hits: list, lex: ActIndex) -> list:
    """(kopar53a) The hits less the promise that a granted sum was pledged by ('300만 달러를 지원하겠다고 약속했다',
    '지원하기로 약속했다'): the AID made is the one act, as English reads 'pledged $3 million to X' (en23, act_granted:
    the pledge word is read as the AID); a promise of anything else ('협상을 재개하기로 합의했다') keeps both acts."""
    granted = [h for h in hits if h.type == "AID" and h.data.get("granted_sum") and not h.negated]
    def pledging(h) -> bool:
        if h.type != "AGREE" or h.lemma not in lex.cue("held_pledge_verb"):
            return False
        return any(g.data["pred"] < h.data["first"] and all(toks[k][1] in JOINING_TAGS
                                                              for k in range(g.data["pred"] + 1, h.data["first"]))
                   for g in granted)
    return [h for h in hits if not pledging(h)]


def pledge_follows(toks: list, cand: Candidate, lex: ActIndex, cue: str = "held_pledge_verb") -> bool:
    """(kopar53a) A promise verb (cue held_pledge_verb) governs the act word right after its endings ('지원하겠다고
    약속했다', '지원하기로 다짐했다'): the pledge word English reads as the grant (en23 grant_pledges); a sum merely said
    ('지원하겠다고 밝혔다', English 'said it would give') stays the promise it is. `cue`: the verbs asked (koacts58:
    promised_deployment_verb for troops promised)."""
    k = cand.stem + 1
    while k < len(toks) and toks[k][1] in JOINING_TAGS:
        k += 1
    if k == cand.stem + 1 or k + 1 >= len(toks) or toks[k + 1][1] != "XSV":
        return False
    return toks[k][0] + toks[k + 1][0] + "다" in lex.cue(cue)

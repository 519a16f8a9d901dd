"""(endeny47) A deed whose argument is a negative word, or which a verb of denial reports, is no event.

'X insisted its army shelled no village', 'said its troops fired on nobody', 'None of X's soldiers fired on Y', 'No
Xian jet bombed the town': the clause states that nothing was done, as 'did not shell' does, but no word before the
verb negates it (act_modality.is_negated reads the words before a verb only). And 'X denied that its troops fired on
anyone', 'denied reports its jets had bombed Y': the clause a verb of denial reports is what the subject says did not
happen. A deed with a negative argument is marked negated, so it makes no event; one a verb of denial reports is
marked `denied_clause`, read as the denied deeds of `denied_deed_before_re` are (reading_acts.denial_of: a harm denied
is the denier's REJECT, any other deed nothing), with no auxiliary needed ('denied its troops fired'). The negative word is a determiner or pronoun of the verb's object (after the verb, or after its
preposition) or opening its subject; 'no fewer than', 'no later than' count or date, they deny nothing.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_relative_partners import irregular_pasts, past
from readout.lang.en.act_tokens import Token

NEGATIVE_WORDS = frozenset({"no", "none", "nobody", "nothing", "neither", "nowhere"})  # 'no one' opens with 'no'
NOT_NEGATIVE_AFTER = frozenset({"fewer", "less", "more", "later", "sooner", "longer", "earlier", "further", "doubt",
                                "matter"})  # 'no fewer than 20 shells', 'no later than Friday', 'no doubt'
DENIAL_VERBS = frozenset({"denied", "denies", "deny", "denying"})  # 'denied that its troops fired on anyone'
DENIED_NOUNS = frozenset({"reports", "claims", "accusations", "allegations", "charges", "suggestions"})  # 'denied
# reports that ...': the report's clause is what is denied
MODIFIED_AFTER = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "of", "these", "those"})  # 'none
# of its trained soldiers': a participle after a determiner modifies the subject's noun, no verb of its own
SUBJECT_REACH = 6  # words of a negative subject before its verb ('none of the Xian soldiers on duty')
CLAUSE_REACH = 7  # words between a verb of denial and the deed of the clause it reports ('that its two patrol boats had')
STOPS = frozenset({"and", "or", "but", "then", "which", "who", "whom", "that", "while", "after", "before"})  # another
# clause opens: 'None of the states that signed X has ratified it': the signing was done


def negative_arguments(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits with each verb deed whose object or subject is negative negated, and each one a verb of denial reports
    marked `denied_clause` (read as k49's denied deed: reading_acts.denial_of, a harm denied is the denier's REJECT)."""
    out = []
    for h in hits:
        if not h.nominal and not h.negated and "token" in h.data:
            if negative_object(toks, h, cues) or negative_subject(toks, h.data["token"], cues):
                h = replace(h, negated=True)
            elif denied_clause(toks, h.data["token"], cues):
                h = replace(h, data={**h.data, "denied_clause": True})
        out.append(h)
    return out


def negative(toks: list[Token], k: int) -> bool:
    """Token k is a negative determiner or pronoun ('no village', 'nobody', 'no one'), not a count's or date's 'no'."""
    return 0 <= k < len(toks) and toks[k].low in NEGATIVE_WORDS \
        and not (k + 1 < len(toks) and toks[k + 1].low in NOT_NEGATIVE_AFTER)


def negative_object(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """The verb's object, right after it or after its preposition, is negative: 'shelled no village', 'fired on
    nobody'."""
    k = hit.data.get("head_end", hit.data["token"]) + 1
    if k < len(toks) and toks[k].low in cues.prepositions:
        k += 1
    return negative(toks, k)


def negative_subject(toks: list[Token], i: int, cues: Cues) -> bool:
    """The verb at i follows a subject opened by a negative word, which opens the sentence or follows a comma, 'that' or
    a reporting verb: 'No Xian jet bombed', 'said none of its soldiers fired'."""
    for k in range(i - 1, max(-1, i - 2 - SUBJECT_REACH), -1):
        t = toks[k]
        if negative(toks, k):
            before = toks[k - 1] if k else None
            return before is None or before.low in (",", "that") or before.low in cues.reporting
        if not t.word or t.low in STOPS or t.low in cues.reporting or t.low in cues.clause_breaks \
                or past(t, irregular_pasts()) and not (k and (toks[k - 1].low in MODIFIED_AFTER or negative(toks, k - 1))):
            return False  # 'the jets that no radar detected struck X': the negative is the inner verb's
    return False


def denied_clause(toks: list[Token], i: int, cues: Cues) -> bool:
    """The verb at i is the deed of a clause a verb of denial reports ('denied that its troops fired', 'denied its jets
    had bombed', 'denied reports that its troops fired'), no other clause opening between them."""
    for k in range(i - 1, max(-1, i - 2 - CLAUSE_REACH), -1):
        t = toks[k]
        if t.low in DENIAL_VERBS:
            return k + 1 < i and toks[k + 1].word
        if t.low in DENIED_NOUNS and k and toks[k - 1].low in DENIAL_VERBS:
            return True
        if not t.word or t.low in STOPS and t.low != "that" or t.low in cues.clause_breaks or t.low in cues.reporting:
            return False
    return False

"""(kodeed47) A deed a plain saying verb reports and its doer denies in the same sentence: the Korean twin of
lang/en/act_denied_claims (enkin47).

'A는 B가 자국 영사관을 공격했다고 밝혔지만 B는 이를 부인했다', '...포격했다고 밝혔으나, B는 관여를 일축했다': the denial
after the report makes the plain '밝혔다' an allegation, as '주장했다' is (cue allege_verb): the speaker alleges
(ACCUSE), and the deed is the charge's content, which the pipeline drops beside its doer's denial
(pipeline/act_charged_deeds.py). The saying verb's own ending joins the clause of denial (cue report_denial_ending:
-지만, -으나, -나, -는데, -고), whose verb, a few morphemes on, is a verb of denial (cue denial_verb) not negated
('부인하지 않았다' confirms). A report no denial follows ('B가 ...을 공격했다고 밝혔다') stays the deed it states.
"""
from __future__ import annotations

from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.endings import lemma_at
from readout.lang.ko.tags import ACT_VERB_TAGS, SENTENCE_END_TAGS

DENIER_REACH = 10  # morphemes from the joining ending to the verb of denial ('지만 B 국방부는 이를 즉각 부인')
PAST_TAGS = frozenset({"EP"})  # '밝히/었/지만': the tense between the stem and its ending
NEGATIONS = frozenset({"않", "못"})  # '부인하지 않았다': no denial


def denied_report(toks: list, say: int, lex: ActIndex) -> bool:
    """Whether the saying verb whose stem is at `say` ends in a joining ending of cue report_denial_ending and the
    clause it joins has a verb of cue denial_verb within DENIER_REACH morphemes, not negated after it."""
    k = say + 1
    while k < len(toks) and toks[k][1] in PAST_TAGS:
        k += 1
    if k >= len(toks) or toks[k][1] != "EC" or toks[k][0] not in lex.cue("report_denial_ending"):
        return False
    for m in range(k + 1, min(len(toks), k + 1 + DENIER_REACH)):
        if toks[m][1] in SENTENCE_END_TAGS:
            return False
        if toks[m][1] in ACT_VERB_TAGS and lemma_at(toks, m) in lex.cue("denial_verb"):
            return not any(t[0] in NEGATIONS for t in toks[m + 1:m + 4])
    return False

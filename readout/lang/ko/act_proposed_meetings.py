"""A meeting proposed in an exhortation (proposals66): '칠레와 회담을 갖자고 제안했다', '칠레에 만나자고 제의했다'.

Why: 제안하다 and 제의하다 are the lexicon's AGREE (an offer: '지원을 제안했다'), and its exhorted content ('...하자고')
was read as the proposer's offer made with both sides, so '칠레와 회담을 갖자고 제안했다' came out an AGREE of both, though
Chile has agreed to nothing. The one coding of a proposal to meet (docs/coding-choices.md, CAMEO 026) is REQUEST meet
from the proposer to the side proposed to, as '칠레와 회담을 제안했다' already reads: the side is the proposal's 에/에게
addressee or, with none, the meeting's 와 partner inside the exhorted clause. Only a meeting is read here: a meeting verb
('만나자고', '회담하자고') or a verb of holding one with a meeting noun as its object ('회담을 갖자고', '정상회담을 열자고');
any other exhortation ('교역을 늘리자고 제안했다') proposed to a side is a REQUEST with no mode
(`act_exhorted_proposals`, kopropose68).
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import COMPLEMENT_REACH, Candidate, run_start
from readout.lang.ko.act_exhorted_proposals import exhortation_before
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import NOUN_TAGS, SENTENCE_END_TAGS, TOPIC_PARTICLES

PARTNER_PARTICLES = frozenset({"와", "과", "하고"})


def exhorted_verb(toks: list, cand: Candidate, lex: ActIndex) -> tuple[str, int] | None:
    """The lemma and first morpheme of the verb the proposal's exhortation ending closes ('갖자고 제안': 갖다)."""
    k = exhortation_before(toks, cand.first, lex)  # kopropose68: past a manner word ('열자고 공식 제안했다')
    if k is None:
        return None
    if toks[k - 1][1] == "XSV" and k >= 2 and toks[k - 2][1] in NOUN_TAGS:
        return toks[k - 2][0] + toks[k - 1][0] + "다", k - 2
    if toks[k - 1][1] in ("VV", "VV-R", "VV-I"):
        return toks[k - 1][0] + "다", k - 1
    return None


def proposed_meeting(toks: list, cand: Candidate, lex: ActIndex) -> bool:
    """The proposal's exhorted clause is a meeting: a meeting verb, or a verb of holding one whose object ('을/를' right
    before it) ends in a meeting noun."""
    if cand.entry.lemma not in lex.cue("meeting_proposal_verb") or cand.passive:
        return False
    verb = exhorted_verb(toks, cand, lex)
    if verb is None:
        return False
    lemma, first = verb
    if lemma in lex.cue("meeting_verb"):
        return True
    j = first - 1
    return lemma in lex.cue("meeting_holding_verb") and j >= 1 and toks[j][1] == "JKO" \
        and toks[j - 1][1] in NOUN_TAGS and toks[j - 1][0].endswith(tuple(lex.cue("proposed_meeting_noun")))


def meeting_partner(toks: list, cand: Candidate) -> list[tuple[int, int]]:
    """The 와 partner of the exhorted meeting ('[칠레]와 회담을 갖자고'), within reach before the proposal's verb and
    after the topic; none when the clause names none."""
    j, stop = cand.first - 1, max(0, cand.first - COMPLEMENT_REACH)
    while j > stop:
        form, tag = toks[j][0], toks[j][1]
        if tag in SENTENCE_END_TAGS or tag == "JX" and form in TOPIC_PARTICLES:
            break
        if tag.startswith("J") and form in PARTNER_PARTICLES and toks[j - 1][1] in NOUN_TAGS:
            lo = run_start(toks, j - 1)
            return [(toks[lo][2], toks[j - 1][2] + toks[j - 1][3])]
        j -= 1
    return []

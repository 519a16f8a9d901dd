"""A third side's deed foretold under a condition: 'A국 대사는 "안보리가 침묵한다면 B국은 핵실험까지 감행할 것"이라고
말했다' (fp23).

Why: a hostile act said to come under a condition is a threat when the speaker's own side will do it ('B가
도발한다면 우리는(A국은) 단호히 대응할 것': `act_conditions.conditional_threat`). When the governed clause names a
subject of its own that is another state than the speaker's ('B국은'), the sentence is a forecast of what B will
do, told to warn a third party (the Council), not B's threat: B said nothing, and the speaker threatens no one
with B's deed. Read as a threat it was B's THREATEN aimed at the condition's subject, which no one made and
analysts never code; the speaker's other acts in the sentence (a condemnation) stay.

The governed clause's subject is the noun run marked 은/는 or 이/가 between the condition's ending and the act;
the speaker is the sentence's topic before the quote. A subject that shares a proper noun with the speaker's run
('칠레 대사는 ... 칠레는'), or names the speaker's side by a self word (cue self_noun: '우리는'), is the speaker's.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import run_start
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import (OPENING_MARK_TAGS, PLAIN_NOUN_TAGS, SENTENCE_END_TAGS, SUBJECT_PARTICLES,
                                  SUBJECT_TAGS, TOPIC_PARTICLES)

QUOTE_TAGS = OPENING_MARK_TAGS


def foretold_by_other(toks: list, h: ActHit, lex: ActIndex) -> bool:
    """Whether the conditional hostile act `h` has its own subject, a proper noun the speaker's topic does not name."""
    first = h.data.get("first")
    if first is None or not (h.data.get("future_of") or h.status == "planned"):
        return False
    endings, nouns = lex.cue("condition_ending"), lex.cue("condition_noun")
    subject = None
    for k in range(first - 1, 0, -1):
        form, tag = toks[k][0], toks[k][1]
        if tag in QUOTE_TAGS or tag in SENTENCE_END_TAGS or tag == "EC" and form in endings \
                or form in nouns and toks[k - 1][1] == "ETM":
            break  # the condition ends here ('...한다면', '...할 경우'): its subject is not the act's
        if tag in SUBJECT_TAGS and form in SUBJECT_PARTICLES and toks[k - 1][1] in PLAIN_NOUN_TAGS:
            subject = (run_start(toks, k - 1), k - 1)
            break
    if subject is None:
        return False
    names = {toks[j][0] for j in range(subject[0], subject[1] + 1) if toks[j][1] == "NNP"}
    words = {toks[j][0] for j in range(subject[0], subject[1] + 1)}
    if not names or words & lex.cue("self_noun"):
        return False
    return not names & speaker_names(toks, subject[0])


def speaker_names(toks: list, before: int) -> set[str]:
    """The proper nouns of the sentence's first topic (은/는) before a quote opens and before `before`."""
    for k in range(1, before):
        form, tag = toks[k][0], toks[k][1]
        if tag in QUOTE_TAGS:
            return set()
        if tag == "JX" and form in TOPIC_PARTICLES:
            return {toks[j][0] for j in range(run_start(toks, k - 1), k) if toks[j][1] == "NNP"}
    return set()

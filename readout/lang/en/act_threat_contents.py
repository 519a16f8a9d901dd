"""(threat61) A bare verb joined by 'and' to the infinitive a threat governs is more of what is threatened: 'threatened
to cut ties and impose sanctions on X', 'vowed to expel its envoys and close the border'.

Why: English says 'to' once for coordinated infinitives, and the frame reader folds only the first ('cut ties') into
the threat (`complement`); read alone, 'impose sanctions on X' was a SANCTION told as done, a measure only threatened.
As `act_coordinated` does for requests, a verb in its base form right after 'and', its clause going back with no break
to the threat's 'to', is the threat's content: no act of its own, and where it names whom the measure would hit, the
threat is aimed there. 'threatened to cut ties and imposed sanctions' (past tense) keeps the sanction.
(charges52b) So is a measure noun coordinated with the infinitive's object ('threatened to impose tariffs and sanctions
on X'): the verb governs both nouns, so 'sanctions' read alone was a SANCTION occurred that no one imposed.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_coordinated import CLAUSE_BREAKS, COORDINATOR, INFINITIVE_MARK, SHARED_REACH
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_frames import threat_mode_of
from readout.lang.en.act_warned_subjects import warning_verb


def threatened_contents(toks: list[Token], hits: list[ActHit]) -> list[ActHit]:
    """The hits less each verb act coordinated with the infinitive a verbal THREATEN governs, that threat taking the
    dropped act's target spans when it has none of its own."""
    out, drop = list(hits), set()
    for n, threat in enumerate(hits):
        comp = threat.data.get("complement")
        if threat.type != "THREATEN" or threat.nominal or comp is None:
            continue
        mark = next((k for k, t in enumerate(toks) if t.start >= comp), len(toks)) - 1
        if mark < 0 or toks[mark].low != INFINITIVE_MARK:
            continue
        for m, h in enumerate(hits):
            if m not in drop and h.start > comp and joined_to(toks, h, mark):
                drop.add(m)
                own = out[n].data.get("target_spans") or ()
                spans = h.data.get("target_spans") or ()
                if spans and not own:
                    data = {k: v for k, v in out[n].data.items() if k != "unaddressed"}
                    out[n] = replace(out[n], data={**data, "target_spans": tuple(spans)})
    return [h for m, h in enumerate(out) if m not in drop]


def joined_to(toks: list[Token], h: ActHit, mark: int) -> bool:
    """Whether `h` is a stated verb in its base form right after 'and' whose clause goes back, with no break, to the
    'to' at token `mark`; or a noun act right after 'and' that follows the infinitive's verb and object ('to impose
    tariffs and sanctions'), with no break."""
    i = h.data.get("token", -1)
    if h.data.get("modality") or i < 2 or i <= mark or toks[i - 1].low != COORDINATOR or i - mark > SHARED_REACH:
        return False
    if h.nominal:  # charges52b: 'to impose tariffs and sanctions': a second object of the threatened verb
        return i - 1 > mark + 2 and not any(toks[k].low in CLAUSE_BREAKS or not toks[k].word for k in range(mark + 1, i - 1))
    if toks[i].low != h.lemma.split()[0]:
        return False
    return not any(toks[k].low in CLAUSE_BREAKS for k in range(mark + 1, i - 1))


MEASURE_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT"})  # measures a warning may say the speaker will take
WARNED_MODALS = frozenset({"would", "will", "could", "may", "might"})
MODAL_REACH = 3  # words from the warning verb to the modal ('warned that it would')


def warned_measures(toks: list[Token], hits: list[ActHit], cues) -> list[ActHit]:
    """(threat61) The hits less each measure the speaker says, in a warning's reported clause, it will take ('warned
    it would impose sanctions on X', 'warned that it could expel X's diplomats'): what is threatened, no planned act of
    its own (Korean '제재를 가할 수 있다고 경고': lang/ko/act_warned_measures). The warning takes the measure's mode and,
    naming no one with a capital in its own target spans, the measure's target. A measure another side would take
    ('warned that X could impose sanctions') is no threat of the speaker's and is left as read."""
    out, drop = list(hits), set()
    for n, w in enumerate(hits):
        if not warning_verb(toks, w, cues):
            continue
        modal = speaker_modal(toks, w.data.get("end_token", w.data["token"]) + 1, cues)
        if modal is None:
            continue
        k = modal + 1
        while k < len(toks) and (toks[k].low in cues.adverbs or toks[k].low == "be"):
            k += 1
        m = next((m for m, h in enumerate(hits) if m != n and not h.nominal and h.data.get("token") == k
                  and h.data.get("stated_type", h.type) in MEASURE_TYPES), None)
        if m is None:
            continue
        h = hits[m]
        drop.add(m)
        own = w.data.get("target_spans") or ()
        named = any(t.raw[:1].isupper() for t in toks if any(lo <= t.start < hi for lo, hi in own))
        data = dict(w.data)
        if not named and h.data.get("target_spans"):
            data = {key: v for key, v in data.items() if key != "unaddressed"} | {"target_spans": h.data["target_spans"]}
        elif not named:  # 'warned it would retaliate': no one named, the side the story implies
            data = {key: v for key, v in data.items() if key != "target_spans"} | {"unaddressed": True}
        measure = replace(h, type=h.data.get("stated_type", h.type))
        out[n] = replace(w, mode=w.mode or threat_mode_of(measure, cues), data=data)
    return [h for m, h in enumerate(out) if m not in drop]


def speaker_modal(toks: list[Token], k: int, cues) -> int | None:
    """The token of the modal after 'that' (optional) and the speaker's own pronoun at `k` ('warned that it would',
    'warned it could', 'warned X that it would': the one told before 'that'), or None."""
    told = k
    while told < len(toks) and told - k < MODAL_REACH and toks[told].word and toks[told].raw[:1].isupper():
        told += 1
    if told > k and told < len(toks) and toks[told].low == "that":
        k = told
    if k < len(toks) and toks[k].low == "that":
        k += 1
    if k + 1 < len(toks) and toks[k].low in cues.speaker_pronouns and toks[k + 1].low in WARNED_MODALS:
        return k + 1
    return None

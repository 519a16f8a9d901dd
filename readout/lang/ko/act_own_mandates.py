"""(relative71, issue 13) An obligation a state's speaker puts on its own side is its own act stated, not a demand:
'에콰도르는 [자국군이 국경에서 철수해야 한다고] 주장했다' tells Ecuador's own withdrawal stated for the future, read as
'자국군이 철수하겠다고 밝혔다' is (a retreat stated so is AGREE, a hostile act THREATEN: the manual's future acts,
docs/coding-choices.md), as English 'Ecuador insisted its troops withdraw' (lang/en/act_own_mandates). The quoted
demand (act_clauses.obligation_requests) stands only where the obligation's subject is another party's
('콜롬비아군이 철수해야 한다고': REQUEST to Colombia); a prohibition ('자국군이 철수해서는 안 된다고') states no act.

The own side is a word of cue own_state_noun ('자국', '아국') opening the obligation's subject, followed only by parts
of a state (cues troop_noun, home_force_noun and the lexicon's country_head_nouns: '자국군', '자국 정부'); '자국
동맹국들이' names others the state has, and stays a demand. The act's doer is the speaker, the nearest state named as a
subject or topic before the quote ('에콰도르는')."""
from __future__ import annotations

from dataclasses import replace

from readout.kb.loader import lexicon
from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import coordinated_start, run_start
from readout.lang.ko.act_predicates import predicate
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.act_word_hits import act_hit
from readout.lang.ko.endings import read_clause
from readout.lang.ko.tags import NOUN_TAGS, PLURAL_SUFFIX, SUBJECT_PARTICLES, SUBJECT_TAGS, TOPIC_PARTICLES


def own_obligations(toks: list, hits: list[ActHit], requests: list[ActHit],
                    lex: ActIndex) -> tuple[list[ActHit], list[ActHit]]:
    """(hits, requests) with each obligation request on the speaker's own side replaced by the obligation's act,
    read as stated for the future and done by the speaker (`agent_span`); the obligation's own hit, if any, gives way
    to it. Requests on another party, and obligations whose verb is no act, stay as they came."""
    stated: dict[int, ActHit] = {}
    for r in requests:
        s = r.data.get("obligation_of")
        subject = own_subject(toks, s, lex) if s is not None else None
        cand = predicate(toks, s, lex) if subject is not None else None
        if cand is None:
            continue
        reading = read_clause(toks, s, lex)
        if not lex.cue("obligation_ending").intersection(reading.endings):
            continue  # '자국군이 철수해서는 안 된다고': a prohibition, no act of its own stated
        cand.reading = replace(reading, drop=None, modality="future")
        hit = act_hit(toks, cand, lex)
        speaker = speaker_of(toks, subject)
        if hit is None or speaker is None:
            continue
        stated[id(r)] = replace(hit, data={**hit.data, "agent_span": speaker, "own_mandate": r.data["pred"]})
    if not stated:
        return hits, requests
    preds = {h.data["pred"] for h in stated.values()}
    return [h for h in hits if h.data.get("pred") not in preds] + list(stated.values()), \
        [r for r in requests if id(r) not in stated]


def own_subject(toks: list, s: int, lex: ActIndex) -> int | None:
    """The first morpheme of the obligation's subject (the nearest 이/가 or topic before its stem at `s`) when it is
    the speaker's own side ('자국군이', '자국 정부가'), else None."""
    parts = lex.cue("troop_noun") | lex.cue("home_force_noun") | frozenset(lexicon("ko")["country_head_nouns"])
    for j in range(s - 1, 0, -1):
        tag = toks[j][1]
        if tag in ("SF", "EF", "EC", "SS", "SSO", "SSC"):
            return None
        if tag == "JKS" or tag == "JX" and toks[j][0] in TOPIC_PARTICLES:
            if toks[j - 1][1] not in NOUN_TAGS:
                return None
            end = j - 2 if toks[j - 1][:2] == PLURAL_SUFFIX else j - 1
            start = run_start(toks, end)
            if coordinated_start(toks, start) != start or toks[start][0] not in lex.cue("own_state_noun"):
                return None
            return start if all(toks[k][0] in parts for k in range(start + 1, end + 1)) else None
    return None


def speaker_of(toks: list, before: int) -> tuple[int, int] | None:
    """The character span of the nearest subject or topic before morpheme `before` whose noun run names a state
    ('에콰도르는', '칠레 외교부는'), else None."""
    from readout.lang.ko.country_words import read_word  # countries -> mentions import this module's callers

    for m in range(before - 2, -1, -1):
        if toks[m][1] in NOUN_TAGS and toks[m + 1][1] in SUBJECT_TAGS and toks[m + 1][0] in SUBJECT_PARTICLES:
            start = run_start(toks, m)
            if any(read_word(toks[k][0]).codes for k in range(start, m + 1)):
                return toks[start][2], toks[m][2] + toks[m][3]
    return None

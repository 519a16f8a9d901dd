"""(koacts55, issue 15) Protesters who clash with police protested: '아르메니아 시위대가 예레반에서 경찰과 충돌했다'.

Why: English reads the people noun 'protesters' doing a deed as their PROTEST demo beside the deed ('Armenian
protesters clashed with police in X': ASSAULT of the protesters on the police, and PROTEST demo against their
government), while Korean read the clash alone: no Korean word of the sentence is a protest's act word. A crowd named
as protesters (cue protester_noun: 시위대, 시위자, 시위 참가자), not any crowd ('주민들', '학생들' may clash for other
causes), that clashes with a state's police or troops (a clash hit, cue clash_verb, whose domestic target is a force
sector) is in the streets against its state: the clash stands, and a PROTEST demo with the same subject and no target
of its own is added, which the pipeline aims at the people's own government as it does '집회를 열었다'.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import joined, run_start
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import NOUN_TAGS, PLURAL_SUFFIX, SENTENCE_END_TAGS, SUBJECT_PARTICLES, SUBJECT_TAGS
from readout.sectors import FORCE_WIELDING_SECTORS

PROTEST_MODE = "demo"
TARGET_KEYS = ("domestic_target", "domestic_sector", "target_spans")  # the clash's own target: not the protest's


def clashing_protesters(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits with a PROTEST demo added after each clash of protesters with a state's force."""
    if not any(h.type == "ASSAULT" for h in hits) or any(h.type == "PROTEST" for h in hits):
        return hits
    out = []
    for h in hits:
        out.append(h)
        if protesters_clash(toks, h, lex):
            data = {k: v for k, v in h.data.items() if k not in TARGET_KEYS}
            out.append(replace(h, type="PROTEST", mode=PROTEST_MODE, data={**data, "target_spans": ()}))
    return out


def protesters_clash(toks: list, hit: ActHit, lex: ActIndex) -> bool:
    """A clash hit, not negated, aimed at a force sector, whose nearest subject is a protester noun."""
    return hit.type == "ASSAULT" and not hit.negated and not hit.nominal and hit.lemma in lex.cue("clash_verb") \
        and hit.data.get("domestic_sector") in FORCE_WIELDING_SECTORS and isinstance(hit.data.get("first"), int) \
        and protester_subject(toks, hit.data["first"], lex)


def protester_subject(toks: list, first: int, lex: ActIndex) -> bool:
    """The nearest subject before `first` ends its noun run with a protester noun ('시위대가', '시위자들이')."""
    for j in range(first - 1, 0, -1):
        if toks[j][1] in SENTENCE_END_TAGS:
            return False
        if toks[j][1] not in SUBJECT_TAGS or toks[j][0] not in SUBJECT_PARTICLES:
            continue
        end = j - 1 - (toks[j - 1][:2] == PLURAL_SUFFIX)
        if toks[end][1] not in NOUN_TAGS:
            return False
        return any(joined(toks, m, end) in lex.cue("protester_noun") for m in range(run_start(toks, end), end + 1))
    return False

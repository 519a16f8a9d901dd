"""(koacts57b, issue 15) People judged under a label: '나이지리아는 이 단체를 테러 조직이라고 비난했다',
'정부는 시위대를 폭도라고 비난했다'.

Why: a verdict with a label between its object and the verb ('X를 Y라고 비난했다', lang/ko/act_verdicts) keeps its
object as a `target_spans` only, so the pipeline looks for a state there. An object that is a people noun ('이
단체', '시위대') names none: the recipient reader dropped the accuser's own state as the accuser itself, and the act
lost its receiver (a group of the accuser's own state resolved from '이 단체' gave no ACCUSE at all), while the same
verdict without the label ('이 단체를 비난했다', lang/ko/act_addressed_people) gave those people as a domestic target
of the sector their words give (the pipeline's resolved group keeps its own: act_build.mention_sector). Rule: an
ACCUSE read from a verdict (`verdict_at`) with no `domestic_target`, whose first judged span is wholly a people noun
(cue people_noun; no armed group's phrase: '테러 단체를' stays the armed readers'), takes that span as its
`domestic_target` with the people's sector CVL, as the label-less verdict does. English twin: 'denounced the group
as a terrorist organization' (lang/en already reads it).
"""
from __future__ import annotations

from dataclasses import replace

from readout.kb.agents import phrases
from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import joined
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import NOUN_TAGS, PLURAL_SUFFIX
from readout.sectors import STATELESS_FORCE_SECTORS

JUDGED = "ACCUSE"
PEOPLE_SECTOR = "CVL"  # people of no kind named: the pipeline's resolved mention may give its own sector


def labelled_people(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits, each verdict whose judged object is a people noun given that object as its domestic target."""
    nouns = frozenset(w.replace(" ", "") for w in lex.cue("people_noun"))
    return [_people_judged(toks, h, nouns) for h in hits]


def _people_judged(toks: list, hit: ActHit, nouns: frozenset[str]) -> ActHit:
    """The verdict with its people object as `domestic_target` (sector CVL), or the hit as it was."""
    spans = hit.data.get("target_spans") or ()
    if hit.type != JUDGED or "verdict_at" not in hit.data or "domestic_target" in hit.data or not spans:
        return hit
    run = [k for k, t in enumerate(toks) if spans[0][0] <= t[2] and t[2] + t[3] <= spans[0][1]]
    if not run or any(toks[k][1] not in NOUN_TAGS and toks[k][:2] != PLURAL_SUFFIX for k in run):
        return hit
    words = [k for k in run if toks[k][:2] != PLURAL_SUFFIX]
    if not words or joined(toks, words[0], words[-1]) not in nouns and toks[words[-1]][0] not in nouns:
        return hit
    sectors = {phrases("ko").get(joined(toks, a, b)) for a in words for b in words if a <= b}
    if sectors & STATELESS_FORCE_SECTORS:
        return hit
    return replace(hit, data={**hit.data, "domestic_target": spans[0], "domestic_sector": PEOPLE_SECTOR})

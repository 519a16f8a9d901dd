"""Korean act triggers that state no political act: a blow suffered as a figure of speech (타격을 받았다,
일격을 당했다), a ceremonial salvo (예포를 발사했다), a sports match read as a meeting (월드컵 본선에서
X를 다시 만나). Each reader answers "is this trigger's reading figurative or outside politics?" from the
morphemes of its own clause, so `acts.py` drops the candidate before it becomes an event.

Why its own module: these are word classes of the lexicon's cues (damage_noun, salute_noun, match_noun),
not clause structure; keeping them apart leaves act_context.py to the clause readings.
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import Candidate, coordinated_start, joined, run_start
from readout.lang.ko.act_arguments import argument_runs, manner_verb
from readout.lang.ko.act_table import ActIndex, act_index
from readout.lang.ko.endings import read_clause, tokens_of
from readout.lang.ko.tags import (CLAUSE_EDGE_TAGS, GENITIVE_PARTICLE, JOINING_ENDINGS, NOUN_TAGS, PLURAL_SUFFIX,
                                  TOPIC_PARTICLES)


def suffered_blow(toks: list, cand: Candidate, lex: ActIndex) -> bool:
    """'큰 타격을 받았다', '일격을 당했다': the noun of a passive light verb names damage suffered (a
    figure of speech for a loss or setback), not force someone used; a real attack is read from its own
    act noun ('공습으로 타격을 받았다' still gives the 공습)."""
    if not cand.passive or cand.noun_end is None:
        return False
    return toks[cand.noun_end][0] in lex.cue("damage_noun")


def ceremonial_fire(toks: list, cand: Candidate, lex: ActIndex) -> bool:
    """'예포 21발을 발사했다', '축포를 쏘았다', '신호탄을 쏘아 올렸다': what a launch verb fires is a salute,
    a celebration or a figure of speech, not a weapon (no MOBILIZE, no ASSAULT)."""
    if cand.entry.lemma not in lex.cue("launch_verb"):
        return False
    for start, end in argument_runs(toks, cand.first, lex, ""):
        words = joined(toks, start, end)  # kiwi may split a rare compound: 예포 -> 예 + 포
        if any(noun in words for noun in lex.cue("salute_noun")):
            return True
    return False


DRILL_REACH = 8  # morphemes from a drill noun on to the weapon's verb ('훈련 중 최루탄과 물대포를 발사했다')


def drill_fire(toks: list, cand: Candidate, lex: ActIndex) -> bool:
    """(coding63) '훈련 중 최루탄을 발사했다', '진압 훈련에서 물대포를 쐈다': a crowd-control weapon fired in a drill (a
    `drill_noun` followed by `drill_time`, a few morphemes before the act) is used on no crowd: no ASSAULT, as English
    'fired tear gas during a training drill' reads (lang/en/act_drills.drilled_crowd_weapons)."""
    if cand.entry.mode != "crowd-control":
        return False
    for k in range(max(0, cand.first - DRILL_REACH), cand.first):
        if toks[k][0] in lex.cue("drill_noun") and k + 1 < len(toks) and toks[k + 1][0] in lex.cue("drill_time"):
            return True
    return False


def sports_match(toks: list, cand: Candidate, lex: ActIndex) -> bool:
    """'월드컵 본선에서 X를 다시 만나', 'X와 결승에서 만난다': a bare meeting verb (만나다, no meeting noun) in
    a sentence about a match between teams named for their countries; a meeting of officials is stated by
    its own nouns (회담, 면담) or by persons, which the meeting reader finds."""
    if cand.entry.type != "CONSULT" or cand.entry.noun is not None:
        return False
    if cand.entry.lemma not in lex.cue("encounter_verb"):
        return False
    matches = lex.cue("match_noun")  # speed50b: fetched once, not once per morpheme
    return any(t[0] in matches for t in toks)


def no_meeting(tokens, start: int) -> str | None:
    """For the meeting reader: why the meeting word at `start` (a sentence offset), a bare meeting verb
    (만나다), states no meeting: "match" in a sentence about a match between national teams (as
    `sports_match`), "negated" where the act finder reads its clause negated ('만나지 못했다', '만나지
    못하도록', '안 만났다'); None otherwise. `tokens` are kiwi's for the sentence."""
    lex = act_index()
    toks = tokens_of(tokens)
    encounters, matches = lex.cue("encounter_verb"), lex.cue("match_noun")  # speed50b: once, not per morpheme
    for s, t in enumerate(toks):
        if t[2] != start or not t[1].startswith("VV") or t[0] + "다" not in encounters:
            continue
        if any(w[0] in matches for w in toks):
            return "match"
        before = toks[s - 1] if s > 0 else ("", "", 0, 0)
        if read_clause(toks, s, lex).negated or before[1] == "MAG" and before[0] in lex.cue("negation_adverb"):
            return "negated"
    return None


COUNT_TAGS = frozenset({"SN", "NNB", "MM"})  # '30대', '3척', '수십 대': a count after the forces' noun


def detected_forces(toks: list, cand: Candidate, lex: ActIndex) -> tuple[int, int] | None:
    """'중국 군용기 30대가 대만 주변에서 포착됐다', '러시아 군함 3척을 식별했다': forces detected near a state are
    forces moved or shown there (the manual's MOBILIZE), done by the forces' state, not by the one that saw
    them. The subject (passive) or object (active) of a detection verb (cue detected_verb) whose head is a
    force noun (cue force_noun), a count after it allowed; character offsets of the whole noun run, or None
    (a detected sign or a detected person is no show of force)."""
    marker = "JKS" if cand.passive else "JKO"
    for j in range(cand.first - 1, 0, -1):
        form, tag = toks[j][0], toks[j][1]
        if tag in CLAUSE_EDGE_TAGS or (tag == "JX" and form in TOPIC_PARTICLES):
            return None
        if tag != marker:
            continue
        end = j - 1
        while end > 0 and toks[end][1] in COUNT_TAGS:
            end -= 1
        if toks[end][1] not in NOUN_TAGS or toks[end][0] not in lex.cue("force_noun"):
            return None
        start = end
        while start > 0 and toks[start - 1][1] in NOUN_TAGS:
            start -= 1
        return toks[start][2], toks[end][2] + toks[end][3]
    return None


def detected_at(toks: list, cand: Candidate) -> list[tuple[int, int]]:
    """The places the forces were detected at ('대만 주변에서', '대만 해협에'): their state receives the show."""
    spans = []
    for j in range(cand.first - 1, 0, -1):
        form, tag = toks[j][0], toks[j][1]
        if tag in ("SF", "EF", "EC", "ETM", "JKS", "JKO") or (tag == "JX" and form in TOPIC_PARTICLES):
            break
        if tag == "JKB" and form in ("에서", "에") and toks[j - 1][1] in NOUN_TAGS:
            start = j - 1
            while start > 0 and toks[start - 1][1] in NOUN_TAGS:
                start -= 1
            spans.append((toks[start][2], toks[j - 1][2] + toks[j - 1][3]))
    return spans


ARMED_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})  # acts a weapon or a unit may be the subject of
SUBJECT_MARKS = frozenset({("이", "JKS"), ("가", "JKS"), ("은", "JX"), ("는", "JX")})
ADDITIVE_MARK = ("도", "JX")  # koclause56: '르완다 해군도 ... 포격했다': a subject too, where it names armed owners
SAME_SUBJECT = JOINING_ENDINGS  # '드론이 [날아와] 공격했다': a joined clause keeps the subject
ARMED_REACH = 24  # morphemes back from the act where its subject may stand


def armed_subject(toks: list, cand: Candidate, lex: ActIndex) -> tuple[int, int] | None:
    """'우크라이나 드론이 러시아 정유시설을 공격했다', '러시아 미사일 3발이 ... 타격했다', '북한 포병이 ... 포격했다':
    a weapon or a unit (cues force_noun, weapon_noun, troop_noun) as the subject of an act of force is the
    instrument of its owner, the state named before it in the same noun run; the character span of the
    run (the pipeline's `agent_span`), or None when the subject is no weapon or names no owner ('드론이':
    whose it is, the sentence does not say here). (koclause56) A run marked with the additive 도 ('[르완다 해군]도
    부룬디 마을을 포격했다' after another state's clause) is such a subject where it names an owned force; else (an
    object with 도, '미사일도') the walk goes on back, as before."""
    if cand.entry.type not in ARMED_TYPES or cand.passive:
        return None
    heads = lex.cue("force_noun") | lex.cue("weapon_noun") | lex.cue("troop_noun")
    for j in range(cand.first - 1, max(0, cand.first - ARMED_REACH), -1):
        form, tag = toks[j][0], toks[j][1]
        if tag == "EC" and (form in SAME_SUBJECT or manner_verb(toks, j, lex) is not None):
            continue  # '드론이 [날아와] 공격했다'; '군용기들이 잇따라 ... 침범했다': a manner, no other clause
        if tag in CLAUSE_EDGE_TAGS:
            return None  # another clause: its subject is not this act's
        additive = (form, tag) == ADDITIVE_MARK  # koclause56: an object may take it too ('미사일도 발사했다')
        if (form, tag) not in SUBJECT_MARKS and not additive:
            continue
        end = j - 2 if j > 1 and toks[j - 1][:2] == PLURAL_SUFFIX else j - 1  # '전투기들이'
        while end > 0 and toks[end][1] in COUNT_TAGS:
            end -= 1  # '미사일 3발이': the count after the weapon
        if additive and not object_between(toks, j, cand.first):
            continue  # '... 미사일도 발사했다', '마을도 포격했다': an object with 도; the subject is further back
        if end < 0 or toks[end][1] not in NOUN_TAGS:
            return None
        start = run_start(toks, end)
        head = next((m for m in range(start + 1, end + 1) if joined(toks, m, end) in heads), None)
        if head is None:
            return None  # the subject is no weapon, or a weapon with no owner before it
        start = coordinated_start(toks, start)  # '중국과 러시아 군용기가': both states' forces
        return toks[start][2], toks[end][2] + toks[end][3]
    return None


def occurred_owner(toks: list, cand: Candidate) -> tuple[int, int] | None:
    """'한미 연합훈련이 8일 실시됐다', '북한의 포격이 재개됐다': an act noun that is the subject of a light verb's 되
    form saying it took place is done by its owner, the names before it in its noun run or before its 의; the
    character span of the owner (the pipeline's `agent_span`), or None when no one owns it ('훈련이 시작됐다')."""
    if not cand.occurred or cand.noun_end is None:
        return None
    start = run_start(toks, cand.noun_end)
    if start < cand.first:
        return toks[start][2], toks[cand.first - 1][2] + toks[cand.first - 1][3]
    if start > 1 and toks[start - 1][:2] == GENITIVE_PARTICLE and toks[start - 2][1] in NOUN_TAGS:
        owner = run_start(toks, start - 2)
        return toks[owner][2], toks[start - 2][2] + toks[start - 2][3]
    return None


OBJECT_TAGS = frozenset({"JKO"})


def object_between(toks: list, j: int, first: int) -> bool:
    """(koclause56) An object particle (을/를) between morpheme `j` and the act word at `first`."""
    return any(toks[k][1] in OBJECT_TAGS for k in range(j + 1, first))

"""(plans56) A drill held by two states together is the joint drill: '일본과 필리핀은 합동 군사훈련을 실시했다',
'일본은 필리핀과 해상훈련을 실시했다' read COOPERATE, as English 'held joint drills' and 'held drills with' do.

Why: the PLOVER manual codes joint military games and maneuvers COOPERATE and single-country exercises MOBILIZE.
The lexicon's joint drill nouns (연합훈련, 합동훈련 ...) are COOPERATE entries; a drill noun the lexicon reads MOBILIZE
(군사훈련, 해상 훈련, 훈련하다) is the joint one where a word of joining stands right before it (`joint_drill_modifier`:
합동, 연합, 공동) or a named partner with 와/과 (or 과의) does ('필리핀과 군사훈련을', '필리핀 해군과 훈련했다').
Every drill, joint or not, is marked `exercise`, so the pipeline reads a COOPERATE of one state's services as its drill
and a MOBILIZE of two states acting as the joint one (pipeline/solo_exercises).
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import GENITIVE_PARTICLE, PLAIN_NOUN_TAGS

DRILL_TYPES = frozenset({"COOPERATE", "MOBILIZE"})  # a drill's readings: a joint one, or one state's show of force
JOINT_TYPE, SOLO_TYPE, PARTNER_PARTICLE = "COOPERATE", "MOBILIZE", "와"
NAME_TAG = "NNP"  # a partner is a name: a state, or a named state's forces ('필리핀 해군과')
PARTNER_REACH = 2  # tokens a partner's name may stand before its 와/과 ('필리핀 해군과': the name and its force noun)


def exercise_drills(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits, each drill (a COOPERATE or MOBILIZE whose noun run ends in a `exercise_noun`) marked `exercise`, and
    a MOBILIZE one read as the joint drill where a joining word or a named partner stands right before it."""
    return [joint_drill(toks, h.copied(data=dict(h.data, exercise=True)), lex) if is_drill(toks, h, lex) else h
            for h in hits]


def is_drill(toks: list, hit: ActHit, lex: ActIndex) -> bool:
    """Whether the hit's own noun run (its first token on, nouns only) ends in an exercise noun ('군사/훈련',
    '해상/훈련', '훈련'+하다): a drill, not another show of force ('병력 배치')."""
    if hit.type not in DRILL_TYPES or "first" not in hit.data:
        return False
    k = hit.data["first"]
    while k + 1 < len(toks) and toks[k + 1][1] in PLAIN_NOUN_TAGS:
        k += 1
    return 0 <= k < len(toks) and toks[k][1] in PLAIN_NOUN_TAGS and toks[k][0] in lex.cue("exercise_noun")


def joint_drill(toks: list, hit: ActHit, lex: ActIndex) -> ActHit:
    """The MOBILIZE drill as COOPERATE (no mode, its partner after 와) where the token before its noun is a word of
    joining or the 와/과 of a named partner; else the hit as it is."""
    first = hit.data["first"]
    if hit.type != SOLO_TYPE or first < 1:
        return hit
    before = first - 1
    if toks[before][0] in lex.cue("joint_drill_modifier"):
        return as_joint(hit)
    return as_joint(hit) if named_partner(toks, before, lex) else hit


def named_partner(toks: list, k: int, lex: ActIndex) -> bool:
    """Whether token `k` closes a named partner: 와/과 (or 과 then 의) after a noun phrase with a name in it."""
    if k >= 0 and tuple(toks[k][:2]) == GENITIVE_PARTICLE:
        k -= 1
    if k < 1 or toks[k][0] not in lex.cue("partner_particle"):
        return False
    run = []
    for j in range(k - 1, max(-1, k - 1 - PARTNER_REACH), -1):
        if toks[j][1] not in PLAIN_NOUN_TAGS:
            break
        run.append(toks[j][1])
    return NAME_TAG in run


def as_joint(hit: ActHit) -> ActHit:
    """The drill as the joint one, its partner read after 와 as the joint drill nouns' is."""
    return hit.copied(type=JOINT_TYPE, mode=None, target=(PARTNER_PARTICLE,),
                      data=dict(hit.data, stated_type=hit.type, partnered_drill=True))


def planned_drill(entry, reading, lex: ActIndex) -> bool:
    """(plans56) Whether a joint drill entry (COOPERATE, its noun an exercise noun: 연합훈련, 합동훈련) told ahead is the
    drill planned rather than the promise (AGREE) every other cooperation told ahead is: a drill is done by the forces
    that hold it, not promised to a side, as English 'will hold joint drills' and 'decided to hold joint drills' read
    (lang/en/act_plover_reading.planned_exercise). A drill said ('실시하겠다고 밝혔다', English 'said they would hold')
    stays the pledge, and one agreed or promised (a `agreement_decision_verb`: '실시하기로 합의했다') is the agreement,
    AGREE, as English 'agreed to hold joint exercises' reads."""
    words = (entry.lemma.removesuffix("하다"), (entry.noun or "").removesuffix("하다"))
    return entry.type == JOINT_TYPE and any(w.endswith(n) for w in words if w for n in lex.cue("exercise_noun")) \
        and not reading.quoted and reading.decision_lemma not in lex.cue("agreement_decision_verb")

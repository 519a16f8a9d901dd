"""(request61) A pledge or decision not to take part ('회담에 참여하지 않기로 했다', '정상회의에 참석하지 않겠다', '연합훈련에
동참하지 않기로'): a refusal, PLOVER's REJECT (CAMEO 12: refuse to take part), by the subject, aimed at the side whose talks,
summit or undertaking it stays out of (the state its clause names: '칠레가 제안한 회담에'). English reads the same class
from 'declined to take part in', 'will not attend' (lexicon entries).

A verb of joining (`joining_verb`: 참여하다, 참석하다, 동참하다 ...) negated as a pledge ('않겠다', '않을 것') or a
decision ('않기로 했다') is read by act_clauses.refusal as a refusal; its mode is 'meet' when what is stayed out of is a
meeting noun of `mode_meet` ('회담에', '회의에'), so it stands as a refused meeting. A plain past ('참석하지 않았다')
tells an absence, no refusal stated.
"""
from __future__ import annotations

from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import NOUN_TAGS

OBJECT_PARTICLE = "에"  # what one takes part in: '회담에 참여'
NOUN_REACH = 3  # morphemes back from the particle to the meeting noun ('정상 회의 에')


def joining(verb: str, lex: ActIndex) -> bool:
    """Whether `verb` ('참여하다') is a verb of taking part."""
    return verb in lex.cue("joining_verb")


def joined_meeting(toks: list, first: int, lex: ActIndex) -> bool:
    """Whether the verb starting at morpheme `first` takes part in a meeting: a `mode_meet` noun before its '에'."""
    if first < 2 or toks[first - 1][0] != OBJECT_PARTICLE:
        return False
    meet = lex.cue("mode_meet")
    return any(toks[k][1] in NOUN_TAGS and (toks[k][0] in meet or any(toks[k][0].endswith(m) for m in meet))
               for k in range(first - 2, max(-1, first - 2 - NOUN_REACH), -1))

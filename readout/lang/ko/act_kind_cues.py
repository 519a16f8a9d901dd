"""Words around a Korean act word that change what kind of act its hit is: a place one is led to (a handover read as
leading), a demand the stance is kept against (keeping it rejects the demand), an object put into space (a launch
announced, no threat), and envoys called home or ties cut said of the future (the measure announced, no threat).

Why apart from `act_word_hits`: each reads one cue of the lexicon around the act, which `act_hit` asks before it sets the
type and status.
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import Candidate
from readout.lang.ko.act_table import ActEntry, ActIndex
from readout.lang.ko.tags import CLAUSE_BREAK_TAGS, INSTRUMENTAL_PARTICLES


LED_TO = INSTRUMENTAL_PARTICLES  # '항구로 인도했다': where one is led
LED_REACH = 6  # morphemes before the pair's noun searched for the place ('항구로 선원들을 인도했다')


def led_to_place(toks: list, cand: Candidate) -> bool:
    """'선원들을 항구로 인도했다', '안전한 곳으로 인도했다': a verb of handing over that is also a verb of leading
    (cue lead_verb), with a place it leads to (로/으로) and no one it is handed to: leading, not a handover."""
    start = max(0, cand.first - LED_REACH)
    ends = [j for j in range(start, cand.first) if toks[j][1] in CLAUSE_BREAK_TAGS]
    start = ends[-1] + 1 if ends else start  # the clause's own words only
    return any(toks[j][1] == "JKB" and toks[j][0] in LED_TO for j in range(start, cand.stem))


def kept_against_demand(toks: list, first: int, lex: ActIndex) -> bool:
    """Before the kept stance at `first`, in its sentence, a demand or pressure in 에도 ('B의 철수 요구에도', '압박에도
    불구하고'; cues demand_noun, kept_against_noun): what the stance is kept against, so keeping it rejects that."""
    nouns = lex.cue("demand_noun") | lex.cue("kept_against_noun")
    return any(toks[k][0] in nouns and toks[k + 1][0] == "에" and toks[k + 2][0] == "도"
               for k in range(max(0, first - 12), first - 2))


SPACE_OBJECT_REACH = 3  # morphemes back from the launch verb to its object particle ('위성을 [이달 중] 발사하겠다')


def space_launch(toks: list, cand: Candidate, lex: ActIndex) -> bool:
    """fp22: the act's object is something put into space ('인공위성을 발사하겠다고 통보했다'): an announced launch, planned,
    threatening no one (as en act_plover_reading.plover_reading, cue space_objects); a missile launched is still a threat."""
    for k in range(cand.first - 1, max(0, cand.first - 1 - SPACE_OBJECT_REACH), -1):
        if toks[k][1] == "JKO":
            return k > 0 and toks[k - 1][0].endswith(tuple(lex.cue("space_object_noun")))
    return False


def announced_rupture(e: ActEntry, lex: ActIndex, kind: str | None = None, mode: str | None = None,
                      said: bool = False) -> bool:
    """threat54: a state's own envoys called home or its ties cut, said of the future ('X 주재 대사를 소환하겠다고
    밝혔다', 'X와 단교하겠다고 발표했다'): the measure announced (SANCTION, planned), not a threat held over X (as en
    act_plover_reading.recalled_envoys, cue envoy_noun); a condition ('...하지 않으면') still makes it a threat.
    charges52: so is every measure `announced_measure` names, `said` with a plain verb of saying
    (act_pledged_measures.plainly_said; under '위협했다' it is threatened); `kind` and `mode` are the hit's as read so
    far (the entry's where not given)."""
    kind, mode = (kind, mode) if kind else (e.type, e.mode)
    return (kind, mode) == ("SANCTION", "withdraw") and e.noun in lex.cue("envoy_noun") \
        or (kind, mode) == ("SANCTION", "discontinue") and "diplomatic" in (e.contexts or ()) \
        or said and announced_measure(kind, mode, e.contexts, lex)


def announced_measure(kind: str, mode: str | None, contexts, lex: ActIndex) -> bool:
    """(charges52) A measure of the cue announced_measure ("TYPE=mode" or "TYPE=mode@context"), the list en's
    announced_measures holds: said of the future with no condition, it is announced, planned, no threat ('가스 공급을
    중단하겠다고 밝혔다', '단교하겠다고 발표했다', as 'said it would halt gas supplies to X': the charges51b decision)."""
    measure = f"{kind}={mode}"
    announced = lex.cue("announced_measure")
    return measure in announced or any(f"{measure}@{c}" in announced for c in contexts or ())

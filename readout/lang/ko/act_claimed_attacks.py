"""(enattack70) A claim of responsibility for an attack is the claimer's attack, as English reads 'claimed
responsibility for the ambush on X' (lang/en/act_claimed_attacks.py): '반군이 호송대에 대한 공격의 배후를 자처했다',
'... 공격에 대한 책임을 주장했다' tell that the claimers attacked. The verb (cue `responsibility_claim_verb`) takes a
responsibility noun (cue `responsibility_noun`: 배후, 책임) owned by an act noun of force, before 의, before 에 대한,
or at the head of the same noun run ('공격 책임을'); the act is that noun's (its type and mode: '폭탄 공격' explosives),
the verb's subject its actor. Why a module of its own: the pair reader (act_pair_nouns.pair_or_light) looks up the
verb's own object; this one reads one owner back, as act_validity does for an accord's force."""
from __future__ import annotations

from readout.lang.ko.act_candidate import joined, run_start
from readout.lang.ko.act_table import ActEntry, ActIndex
from readout.lang.ko.tags import GENITIVE_PARTICLE, LOCATIVE_PARTICLE, NOUN_TAGS

CLAIMED_TYPES = frozenset({"ASSAULT"})
ABOUT = (LOCATIVE_PARTICLE, ("대하", "VV"))  # '에 대한' (its adnominal ending follows)


def claimed_attack(toks: list, start: int, end: int, lex: ActIndex, act_noun) -> tuple[ActEntry, int] | None:
    """The act noun of force owning the responsibility noun the run [start..end] ends with ('공격의 배후', '공격에
    대한 책임', '공격 책임'): its entry and first token, or None. `act_noun`: the predicate reader's lookup of a run's
    act noun (passed in: that module imports this one)."""
    if joined(toks, end, end) not in lex.cue("responsibility_noun"):
        return None
    owner = owner_run(toks, start, end)
    if owner is None:
        return None
    hit = act_noun(toks, owner[0], owner[1], lex, True)
    return hit if hit is not None and hit[0].type in CLAIMED_TYPES else None


def owner_run(toks: list, start: int, end: int) -> tuple[int, int] | None:
    """The noun run that owns the head noun at `end`: the run's own nouns before it, or the run before 의 or 에 대한."""
    if start < end and toks[end - 1][1] in NOUN_TAGS:
        return start, end - 1
    if start >= 2 and toks[start - 1][:2] == GENITIVE_PARTICLE and toks[start - 2][1] in NOUN_TAGS:
        return run_start(toks, start - 2), start - 2
    k = start - 3  # noun 에 대하 ᆫ | 은
    if k >= 1 and tuple(t[:2] for t in toks[k:k + 2]) == ABOUT and toks[k + 2][1] == "ETM" \
            and toks[k - 1][1] in NOUN_TAGS:
        return run_start(toks, k - 1), k - 1
    return None

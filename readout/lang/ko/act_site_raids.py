"""(kojudge47) A raid noun on a mission or an office: '[B 경찰의] [A 대사관] 급습', '대사관 기습을 규탄했다'.

Why: the verb '대사관을 급습했다' is the manual's COERCE seize (execute search, raid) on the place's owner
(act_clauses.raided_place), but the raid told as a noun had no reading at all, so a reaction to it ('...급습에
반발했다') left the raid out. A noun run that ends in the noun of a raid verb (cue raid_verb: 급습하다 -> 급습) right
after a raided place's noun (cue raided_place_noun: 대사관, 영사관, 당사, ...) is that COERCE seize as a noun act, marked
`raided_place` as the verb's is; its doer is the genitive owner before the run and the place's state what it is done
to (act_owned_deeds). A raid noun on anything else ('은신처 급습', '새벽 기습') stays unread here, as English keeps
'a raid on a camp' an attack (lang/en/act_raids.site_raid).
"""
from __future__ import annotations

from functools import lru_cache

from readout.lang.ko.act_table import ActEntry, ActIndex

VERB_SUFFIX = "하다"
SEIZE = ("COERCE", "seize")


# every field of the schema's entry (`ko/act_schema.ActEntry`), its defaults but these: the raid read as a noun
RAID_READING = {"type": SEIZE[0], "mode": SEIZE[1], "contexts": [], "void": False, "pos": "noun", "noun": None,
                "forms": [], "target": [], "generic": False, "source": []}


@lru_cache(maxsize=4)
def raid_entry(noun: str) -> ActEntry:
    """The COERCE seize entry of one raid noun, a plain record as the finders read every entry (speed50: the schema's
    pydantic model, built here, made every Korean process import pydantic and both act schemas, a sixth of a warm
    start-up)."""
    return ActEntry(**{**RAID_READING, "lemma": noun})


def raid_nouns(lex: ActIndex) -> frozenset[str]:
    return frozenset(v[:-len(VERB_SUFFIX)] for v in lex.cue("raid_verb") if v.endswith(VERB_SUFFIX))


def raided_site(toks: list, start: int, head: int, lex: ActIndex) -> tuple[ActEntry, int] | None:
    """The (COERCE seize entry, index of the raid noun) of a noun run start..head ending in a raid noun right after a
    raided place's noun; None otherwise."""
    if head <= start or toks[head][0] not in raid_nouns(lex) or toks[head - 1][0] not in lex.cue("raided_place_noun"):
        return None
    return raid_entry(toks[head][0]), head

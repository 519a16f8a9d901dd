"""(konoun72) A noun act announced with its patient in the genitive: '칠레는 페루 난민의 추방을 발표했다'.

Why: a proper name in the genitive owns an announced act noun ('북한의 미사일 발사를 발표했다': the act is the
name's, `owned_by_name`), but a genitive run whose head is a people noun an act may be done to (cues people_noun,
detainee_noun, envoy_noun: refugees, diplomats, journalists) names who the act is done to: the announcer expels
them, as English 'announced the expulsion of Peruvian refugees'. The name before the head only says whose people
they are, so the announcer keeps the act and the people's state receives it."""
from __future__ import annotations

from readout.lang.ko.act_aimed_objects import people_nouns
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import PLURAL_SUFFIX


def patient_genitive(toks: list, start: int, lex: ActIndex) -> bool:
    """The genitive before the act noun at `start` ends on a people noun ('페루 난민의 추방', '외교관들의 추방')."""
    if start < 2 or toks[start - 1][1] != "JKG":
        return False
    head = start - 2
    if head > 0 and toks[head][:2] == PLURAL_SUFFIX:
        head -= 1  # '외교관들의': the plural's noun
    envoys = frozenset(w.replace(" ", "") for w in lex.cue("envoy_noun"))
    return toks[head][0] in people_nouns(lex) | envoys

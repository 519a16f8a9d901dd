"""(kodeed47) Agent nouns made of a crowd's deed noun and a person suffix: '약탈자들이', '방화범들이', '난동꾼들이'.

Korean names the people who loot, burn or riot by the deed's noun and an agent suffix (cue deed_agent_suffix: -자, -범,
-꾼), as English names looters and arsonists; kiwi reads the word whole ('약탈자/NNG') or in two ('약탈/NNG 범/NNG'). When
the deed is a riot's (cue riot_deed_noun: 약탈, 방화, 폭동, 난동), the word names a crowd: people (CVL) as a subject
(act_clause_subjects.people_subject), and the crowd whose attack on property is its riot (act_crowd_riots.crowd_subject).
A deed of another kind keeps its own table sector ('테러범' UAF, '납치범' CRM), and a suffix after a noun of no deed
('정치범', '인도자') names no crowd.
"""
from __future__ import annotations

from readout.lang.ko.act_table import ActIndex

PLURAL = "들"


def deed_agent(noun: str, lex: ActIndex) -> bool:
    """Whether the unspaced noun `noun` ('약탈자', '약탈범', '기물파손범', '약탈자들') is a riot deed noun followed by
    one agent suffix (and the plural)."""
    if noun.endswith(PLURAL) and len(noun) > len(PLURAL):
        noun = noun[:-len(PLURAL)]  # kiwi may read the plural into the word at a sentence's start ('약탈자들/NNP')
    for suffix in lex.cue("deed_agent_suffix"):
        if noun.endswith(suffix) and noun[:-len(suffix)] in riot_deeds(lex):
            return True
    return False


def riot_deeds(lex: ActIndex) -> frozenset[str]:
    return frozenset(w.replace(" ", "") for w in lex.cue("riot_deed_noun"))

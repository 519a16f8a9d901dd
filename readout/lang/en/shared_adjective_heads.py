"""(enpeople52) Two country adjectives joined before one agent noun of a state's forces share it: 'Indian and
Pakistani troops clashed' is India's troops and Pakistan's, both MIL.

Why: the country reader gives an adjective the sector of the agent noun right after it, and the first adjective has
'and' after it, so 'Indian' was India's government (GOV): the clash then had India's government on the receiving side
beside Pakistan's troops. English joins the adjectives to one noun as Korean joins names before one ('미국과 영국
군대가': lang/ko/shared_heads.py, enattack52). Rule: a mention that is a country adjective alone (no sector read),
followed by one joiner ('and', 'or', a comma) and a mention of an adjective whose sector is a state's forces (MIL, COP),
takes that sector; an armed group of no state stays the second state's ('Senegalese and Malian rebels' may be one
state's rebels with the other's government, as enattack52 kept for Korean).
"""
from __future__ import annotations

import dataclasses
import re

from readout.lang.en.country_forms import adjectives
from readout.model import CountryMention
from readout.sectors import STATE_FORCE_SECTORS

JOINER_RE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)\s*$")
FIRST_WORD_RE = re.compile(r"[A-Z][\w'’-]*")


def shared_adjective_heads(text: str, offset: int, out: list[CountryMention]) -> list[CountryMention]:
    """`out` (sorted by start) with each bare adjective mention before a joined adjective of a state's forces given
    that sector, read right to left so a chain ('Indian, Nepali and Pakistani troops') shares it through."""
    out = list(out)
    for n in range(len(out) - 2, -1, -1):
        a, b = out[n], out[n + 1]
        if a.sector is not None or b.sector not in STATE_FORCE_SECTORS or a.genitive:
            continue
        if text[a.start - offset:a.end - offset] not in adjectives():
            continue
        word = FIRST_WORD_RE.match(text, b.start - offset)
        if word is None or word.group(0) not in adjectives():
            continue
        if JOINER_RE.fullmatch(" " + text[a.end - offset:b.start - offset]):
            out[n] = dataclasses.replace(a, sector=b.sector)
    return out

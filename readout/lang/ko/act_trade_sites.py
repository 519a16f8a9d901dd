"""(kotwins49, issues 13-15) A site of trade an attack lands on is its people's, as English reads it since enfix49
(lang/en/act_site_sectors): '무장괴한들이 나이로비의 쇼핑몰을 공격했다' had no receiving side, and '러시아군은 하르키우의
시장을 공습했다' gave the town's state its government (GOV).

A struck object or settlement whose last noun is a market (cue `crowd_site_noun`: 시장, 장터, 바자르) marks the hit's
`site_sector` CVL, a shop, mall or bank (`business_site_noun`) BUS, and a site of worship REL, as the pipeline reads
English's mark (pipeline/act_target_sectors.site_target_sector): the place's state receives with that sector where no
phrase names it with a sector of its own. The words are the lexicon's cues, the same classes as English's
`crowd_site_heads` and `business_site_heads`.
"""
from __future__ import annotations

from readout.lang.ko.act_attacked_sites import unspaced
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import NOUN_TAGS

SITE_SECTORS = (("crowd_site_noun", "CVL"), ("business_site_noun", "BUS"), ("worship_site_noun", "REL"))


def trade_site_sector(toks: list, span: tuple[int, int] | None, lex: ActIndex) -> str | None:
    """The people's sector of the site the character `span` ends in (its last noun, or its last two written
    together), else None."""
    if span is None:
        return None
    inside = [t[0] for t in toks if span[0] <= t[2] < span[1] and t[1] in NOUN_TAGS]
    if not inside:
        return None
    heads = {inside[-1], "".join(inside[-2:])}
    return next((sector for cue, sector in SITE_SECTORS if heads & unspaced(lex.cue(cue))), None)

"""(kofix48) A capital in the genitive owning a deed noun: '모스크바의 [폴란드 외교관] 추방', '카이로의 [B 선박] 억류'.

Why: the act reader takes a genitive owner before a deed noun's compound as the deed's doer, and a capital there
stands for its government as a state's name does (lang/ko/act_owned_deeds: '러시아의 폴란드 외교관 추방'); but the
country reader read a capital as its state only with a subject's, topic's or partner's particle ('모스크바는'), so the
deed had an agent span naming no state and was dropped. Here a capital (a city GeoNames gives as its state's capital,
kb.geo `capital_state`) with 의 before a run of bare nouns that holds a deed noun (an act lexicon entry of a deed done
to a patient: SANCTION, ASSAULT, COERCE) names its state as that owner. Before any other noun the capital is where
something is ('모스크바의 폴란드 대사관', '카이로의 거리'), no side; the writer's own capital is left as it reads.
"""
from __future__ import annotations

from readout.model import CountryMention
from readout.lang.ko.act_table import act_index
from readout.kb.geo import capital_state

GENITIVE = "의"
DEED_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})  # as lang/ko/act_owned_deeds reads an owned deed
RUN_WORDS = 4  # bare nouns a deed compound may run to after the owner ('[폴란드 외교관 2명] 추방')


def capital_deed_owners(offset: int, words: list, found: list[CountryMention], lex) -> list[CountryMention]:
    """The states of the capitals in the genitive that own a deed noun's compound (`owns_deed`), each a genitive
    mention of the capital's word; none where a mention already starts there."""
    home, taken = lex["dateline_home"], {m.start for m in found}
    out = []
    for i, w in enumerate(words):
        if w.particle != GENITIVE or w.has_verb or offset + w.start in taken:
            continue
        state = capital_state(w.noun)
        if state is None or state == home or not owns_deed(words[i + 1:i + 1 + RUN_WORDS]):
            continue
        out.append(CountryMention(offset + w.start, offset + w.start + len(w.noun), [state], genitive=True,
                                  particle=GENITIVE))
    return out


def owns_deed(run: list) -> bool:
    """The words after the owner are bare nouns up to and including the first word with a particle (or a verb), and
    one of them is a deed noun: its noun + 하다 or the noun itself an act lexicon entry of `DEED_TYPES` ('추방',
    '억류', '포격'). A town's site before the deed noun ('키이우의 [병원] 공습', lang/ko/town_site_places) is the deed's
    object there: the capital is where it stands, no owner of the deed."""
    # cold start: not loaded with `Korean`, only on first use
    from readout.lang.ko.town_site_places import site_nouns

    lex, sites = act_index(), site_nouns()
    for w in run:
        if w.has_verb and not w.particle or w.noun in sites:
            return False
        entry = lex.verbs.get(w.noun + "하다") or lex.nominals.get(w.noun)
        if entry is not None and entry.type in DEED_TYPES:
            return True
        if w.particle:
            return False
    return False

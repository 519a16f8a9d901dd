"""(places59b, issue 14) The attack words after an object particle that make the word before it a struck place
('X를 포격했다', 'X를 강타했다'): read from the act lexicon, not a hand list, so a verb of attack the lexicon gains
strikes a town as well (koacts59's 강타하다 gave the attack but no place).

Which verbs: the lexicon's ASSAULT verbs on a noun stem (`…하다`) whose receiver is the object and whose mode is one
of cue `place_strike_mode` (aerial, heavy-weapons: force that falls on an area, PLOVER's air strike and shelling),
and the verbs of cue lists `striking_attack_verb` (강타하다), `raid_verb` (급습하다) and `place_strike_verb` (the
general attack verbs, 공격하다, whose object is a place as often as a force). Why not every ASSAULT verb: the
object of 살해하다, 참수하다, 격추하다 is a person or a craft, whose name heard as a town would place the attack.
Why the stem: the words are read on the surface after the particle ('포격했다', '포격을 가했다'), as the lexicon's
`town_struck_after_re` read them."""
from __future__ import annotations

import re

from readout import budget
from readout.kb.loader import lexicon

NOUN_VERB = "하다"  # a noun + 하다 lemma: its noun is written whatever the ending ('강타했다', '강타한')
CUE_LISTS = ("striking_attack_verb", "raid_verb", "place_strike_verb")


def strike_stems() -> tuple[str, ...]:
    """The noun stems of the place-striking attack verbs (module doc), longest first."""
    from readout.lang.ko.act_table import act_index  # cold start: the act index loads with the first struck word

    lex = act_index()
    modes = lex.cue("place_strike_mode")
    verbs = {lemma for lemma, e in lex.verbs.items() if e.type == "ASSAULT" and e.mode in modes
             and "object" in (e.target or ())}
    verbs |= {v for name in CUE_LISTS for v in lex.cue(name)}
    stems = {v[:-len(NOUN_VERB)] for v in verbs if v.endswith(NOUN_VERB) and len(v) > len(NOUN_VERB)}
    return tuple(sorted(stems, key=lambda s: (-len(s), s)))


@budget.table()
def struck_after() -> re.Pattern:
    """The object particle, at most two words, and a place-striking attack word right after a word (lexicon ko
    `town_struck_object_re` then `strike_stems`; places57, places58, places59b)."""
    return re.compile(lexicon("ko")["town_struck_object_re"] + "(?:" + "|".join(strike_stems()) + ")")

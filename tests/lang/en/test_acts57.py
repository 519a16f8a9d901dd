"""(acts57, issues 13/15) English acts and clauses leftovers: a police site a doerless attack struck is the police's
(police_site_heads, act_fire_aims.struck_site); a ransom demanded is ASSAULT abduct (CAMEO 181) of those it is asked from
or for (object_targets ransom); people held in a state's prisons protest at the holder (act_sides.held_phrase). Our own sentences; the Korean twins are tests/lang/ko/test_acts57.py."""
from __future__ import annotations

import pytest

from tests.event_sides import check_moded_row

POLICE_SITES = [  # (sentence, type, mode, acting, receiving); acting None: no event of the type
    ("A car bomb exploded outside a police station in Mosul.", "ASSAULT", "explosives", set(), {("IRQ", "COP")}),
    ("A car bomb exploded near a police post in Kirkuk.", "ASSAULT", "explosives", set(), {("IRQ", "COP")}),
    ("A car bombing occurred outside a police station in Herat.", "ASSAULT", "explosives", set(), {("AFG", "COP")}),
    ("A car bomb exploded outside a hotel in Herat.", "ASSAULT", "explosives", set(), {("AFG", "CVL")}),
    ("A car bomb exploded outside a barracks in Mosul.", "ASSAULT", "explosives", set(), {("IRQ", "MIL")}),
    ("Rebels attacked a police station in Baidoa.", "ASSAULT", None, {("SOM", "REB")}, {("SOM", "COP")}),
    ("A car bomb exploded outside a police station.", "ASSAULT", None, None, None),  # no place: no side
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", POLICE_SITES)
def test_police_sites(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)


RANSOMS = [  # (sentence, type, mode, acting, receiving); acting None: no event of the type
    ("Kidnappers demanded a ransom from the family of a Nigerian engineer.", "ASSAULT", "abduct", {("NGA", "CRM")},
     {("NGA", "CVL")}),
    ("Kidnappers demanded a ransom for a Nigerian engineer.", "ASSAULT", "abduct", {("NGA", "CRM")}, {("NGA", "CVL")}),
    ("Gunmen demanded a ransom from the Nigerian government.", "ASSAULT", "abduct", {("NGA", "UAF")},
     {("NGA", "GOV")}),
    ("Rebels did not demand a ransom from Nigeria.", "ASSAULT", None, None, None),
    ("Kidnappers demanded a ransom.", "REQUEST", None, None, None),  # no REQUEST: the manual's abduct step
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", RANSOMS)
def test_ransom_demands(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)


HELD_PROTESTERS = [  # (sentence, type, mode, acting, receiving)
    ("Palestinian prisoners in Israeli jails began a hunger strike.", "PROTEST", "hunger", {("PSE", "CVL")},
     {("ISR", "COP")}),
    ("Inmates in Turkish prisons began a hunger strike.", "PROTEST", "hunger", {("TUR", "CVL")}, {("TUR", "COP")}),
    ("Inmates in Turkish jails went on hunger strike.", "PROTEST", "hunger", {("TUR", "CVL")}, {("TUR", "COP")}),
    ("Turkish inmates began a hunger strike.", "PROTEST", "hunger", {("TUR", "CVL")}, {("TUR", "GOV")}),
    # guard: a state's forces abroad keep their state ('in Syria' is no holding place)
    ("Rebels in Syria attacked a base.", "ASSAULT", None, {("SYR", "REB")}, {("SYR", "MIL")}),
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", HELD_PROTESTERS)
def test_held_protesters(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)


STRUCK_SITES = [  # (sentence, type, mode, acting, receiving): unowned convoys, motorcades, checkpoints are the state's
    # works (state_site_heads, GOV); 'the town of X' is a settlement named after its 'of' (CVL)
    ("Gunmen ambushed a convoy in northern Mali.", "ASSAULT", None, {("MLI", "UAF")}, {("MLI", "GOV")}),
    ("Gunmen attacked a checkpoint near Kidal.", "ASSAULT", None, {("MLI", "UAF")}, {("MLI", "GOV")}),
    ("Gunmen attacked a motorcade in Niger.", "ASSAULT", None, {("NER", "UAF")}, {("NER", "GOV")}),
    ("Rebels shelled the town of Kidal.", "ASSAULT", "heavy-weapons", {("MLI", "REB")}, {("MLI", "CVL")}),
    ("Gunmen attacked the town of Kidal.", "ASSAULT", None, {("MLI", "UAF")}, {("MLI", "CVL")}),
    # guard: an owned convoy keeps its owner's sector
    ("Gunmen attacked a Malian army convoy near Kidal.", "ASSAULT", None, {("MLI", "UAF")}, {("MLI", "MIL")}),
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", STRUCK_SITES)
def test_struck_sites(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)


def test_convoy_fired_at():  # acts57b: the particle 'at' is the target preposition (act_targets.preposition_spans)
    check_moded_row("Gunmen fired at a convoy near Kandahar.", "ASSAULT", "firearms", {("AFG", "UAF")},
                    {("AFG", "GOV")})


RETALIATIONS = [  # (sentence, type, mode, acting, receiving): a blow struck back is force where force answers or is
    # struck, a retort where unarmed people are answered (lang/en/act_retaliations)
    ("Kenyan jets hit back at Somali positions.", "ASSAULT", None, {("KEN", "MIL")}, {("SOM", "GOV")}),  # acts57b: jets MIL
    ("Kenyan troops hit back at Somali militants.", "ASSAULT", None, {("KEN", "MIL")}, {("SOM", "REB")}),
    ("Kenyan troops hit back at Somali militants.", "ACCUSE", None, None, None),
    ("Kenya struck back at critics in Uganda.", "ACCUSE", "disapprove", {("KEN", "GOV")}, {("UGA", "OPP")}),
    ("Kenya struck back at critics in Uganda.", "ASSAULT", None, None, None),
    ("Kenya's president hit back at Ugandan journalists.", "ACCUSE", "disapprove", {("KEN", "GOV")},
     {("UGA", "JRN")}),
    # no clue either way: the lexicon's reading (CAMEO 111 'hit back at'; 'strike back' force)
    ("Kenya hit back at Uganda.", "ACCUSE", "disapprove", {("KEN", "GOV")}, {("UGA", "GOV")}),
    ("Kenya struck back at Uganda.", "ASSAULT", None, {("KEN", "GOV")}, {("UGA", "GOV")}),
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", RETALIATIONS)
def test_retaliations(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)

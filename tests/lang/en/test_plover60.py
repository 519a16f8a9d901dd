"""plover60 (issue 15): PLOVER classes of the English act lexicon, each a general rule with its own rows: an
instrument's 'with' after the verb's object ('pelted police with stones', CAMEO '* (WITH STONES)') reads the pattern
with the object between; CAMEO 180's arson patterns of the denied homograph 'set' ('set fire to', 'set ablaze') read
ASSAULT primitive, a crowd's the riot; a crowd's missiles thrown, hurled or lobbed (bottles, bricks, petrol
bombs) are read with each verb of throwing; the young and mourners are crowds (teenagers, teens, mourners); a deed of force
named as a noun in a background clause with no doer of its own ('following the invasion of X') is no event of the
clause's subject. Rows check type, acting states, (where given) exactly the receiving states, mode and status
(tests/plover_rows.check_row); the NEG rows hold no occurred act of the type. The Korean twins are in
tests/lang/ko/test_plover60_ko.py. Every sentence is our own.
"""
from __future__ import annotations

from tests.plover_rows import ANY, NEG, OCC, sides_test, sweep_test

test_plover60 = sweep_test({
    "instrument's 'with' after the verb's object": [
        # lang/en/act_window.INSTRUMENT_PARTICLES: an entry with particle 'with' and objects reads 'VERB X with OBJ'
        ("Demonstrators pelted the ministry with stones in Quito.", "PROTEST", {"ECU"}, None, "riot", OCC),
        ("Rioters pelted the town hall with rocks in Seville.", "PROTEST", {"ESP"}, None, "riot", OCC),
        ("Uruguay viewed Paraguay with hostility.", "ACCUSE", {"URY"}, {"PRY"}, "disapprove", OCC),
        # a plain 'with' of company opens no complement: the meeting stays one
        ("Ghana met Togo with Benin on Monday.", "CONSULT", {"GHA", "TGO", "BEN"}, None, ANY, OCC),
    ],
    "ASSAULT arson, CAMEO 180 'SET * FIRE'": [
        # en additions set + fire (target 'to'), set ablaze / afire (the object between), set on fire
        ("Militants set fire to a school in northern Burkina Faso.", "ASSAULT", {"BFA"}, None, "primitive", OCC),
        ("Rebels set the village ablaze in eastern Congo.", "ASSAULT", {"COD"}, None, "primitive", OCC),
        # by a crowd it is the riot (riot_deed_lemmas: the entry's verb 'set')
        ("Rioters set fire to a police station in Marseille.", "PROTEST", {"FRA"}, None, "riot", OCC),
        ("Protesters set the party headquarters ablaze in Tbilisi.", "PROTEST", {"GEO"}, None, "riot", OCC),
        ("Armenia set a deadline for the talks.", "ASSAULT", set(), None, None, NEG),
    ],
    "PROTEST riot by a crowd of the young or of mourners": [
        # agents.yaml teenagers, teens, adolescents: CVL; en additions domestic_actors and crowd_nouns
        ("Teenagers threw bottles at police in Malmo.", "PROTEST", {"SWE"}, None, "riot", OCC),
        ("Teens torched cars in Lille overnight.", "PROTEST", {"FRA"}, None, "riot", OCC),
        ("Mourners ransacked a police station in Conakry.", "PROTEST", {"GIN"}, None, "riot", OCC),
        ("Angry mourners hurled stones at soldiers in Bamako.", "PROTEST", {"MLI"}, None, "riot", OCC),
        # en additions throw + bottles, bricks, petrol bombs, Molotov cocktails; hurl, lob + the crowd's missiles
        ("Students threw Molotov cocktails at riot police in Caracas.", "PROTEST", {"VEN"}, None, "riot", OCC),
        ("Soldiers hurled stones at villagers in Bamako.", "ASSAULT", {"MLI"}, None, "primitive", OCC),
        # the crowd harmed stays the victim
        ("Police fired tear gas at mourners in Conakry.", "ASSAULT", {"GIN"}, {"GIN"}, "crowd-control", OCC),
    ],
    "doerless deed noun in a background clause": [
        # lang/en/act_series_history.doerless_history: no doer in the noun's phrase, no event
        ("Kenya offered to mediate following the invasion of Somalia.", "ASSAULT", set(), None, None, NEG),
        ("Ghana urged calm after the bombing of a market in Accra.", "ASSAULT", set(), None, None, NEG),
        ("Norway recalled its envoy after the shelling of its consulate.", "ASSAULT", set(), None, None, NEG),
        ("Following the seizure of the tanker, Oman called for talks.", "COERCE", set(), None, None, NEG),
        # a doer named before ('Eritrea's', 'the Ethiopian') or after ('by', 'between') keeps the deed
        ("Kenya offered to mediate after Eritrea's invasion of Somalia.", "ASSAULT", {"ERI"}, None, ANY, OCC),
        ("Kenya offered to mediate after the invasion of Somalia by Ethiopia.", "ASSAULT", {"ETH"}, None, ANY, OCC),
        ("Ghana urged calm after the Ivorian shelling of the border town.", "ASSAULT", {"CIV"}, None, ANY, OCC),
        ("Ghana urged calm after clashes between Togolese and Beninese troops.", "ASSAULT", {"TGO", "BEN"}, None,
         ANY, OCC),
    ],
})

# the crowd's sector: civilians of the place's state; the police they attack its police
test_teenagers_are_civilians = sides_test([
    ("Teenagers threw stones at police in Malmo.", "PROTEST", {("SWE", "CVL")}, {("SWE", "COP")}),
])

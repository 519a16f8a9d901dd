"""plover59b (issue 15): PLOVER classes of the English act reading, each a general rule with its own rows: a crowd's
gerund after 'resorted to' (turned to, took to) reads its people subject over the resort verb (PROTEST riot, not
CAMEO's ASSAULT); a state's protest said of the future and addressed 'to' a side is a complaint promised (ACCUSE
disapprove, planned), not a threat; an object ending at a measure's head noun ('the visa requirement', CAMEO 0811)
outranks the shorter object starting at the same word; a pronoun object of a verb stopping a supply whose antecedent
is aid is the aid stopped (SANCTION discontinue, CAMEO 162). Rows check type, acting states, (where given) exactly the
receiving states, mode and status (tests/plover_rows.check_row); the precision rows hold no act of the type. The
Korean twins are in tests/lang/ko/test_plover59b_ko.py. Every sentence is our own.
"""
from __future__ import annotations

from tests.plover_rows import NEG, OCC, PLAN, open_class, sweep_test

test_plover59b = sweep_test({
    "PROTEST riot by a crowd after 'resorted to'": [
        # lang/en/resorted_deeds.resort_frame: the subject is read back over the resort verb and its 'to'
        ("Bolivian youths resorted to throwing rocks at police in La Paz.", "PROTEST", {"BOL"}, None, "riot", OCC),
        ("Chilean students resorted to throwing rocks at riot police.", "PROTEST", {"CHL"}, None, "riot", OCC),
        ("Peruvian protesters took to blocking roads near Lima.", "PROTEST", {"PER"}, None, "obstruct", OCC),
    ],
    "ACCUSE complaint promised to a side": [
        # lang/en/lodged_protests: a future protest verb followed by 'to' and a name keeps PROTEST for
        # act_protest_words, which reads the state's complaint lodged with that side
        ("Uruguay will protest to Argentina over the dredging of the river.", "ACCUSE", {"URY"}, {"ARG"},
         "disapprove", PLAN),
        ("Peru said it would protest to Chile over the shooting of its fishermen.", "ACCUSE", {"PER"}, {"CHL"},
         "disapprove", PLAN),
        ("Ecuador plans to protest to the Colombian government over the spraying.", "ACCUSE", {"ECU"}, {"COL"},
         "disapprove", PLAN),
        ("Bolivia will protest to Lima over the expulsion.", "ACCUSE", {"BOL"}, {"PER"}, "disapprove", PLAN),
    ],
    "CONCEDE visa requirement cancelled": [
        # en additions cancel + visa requirement(s); lang/en/measure_objects: the measure's head noun outranks
        # 'cancel' + 'visa' (SANCTION) starting at the same word
        ("Peru cancelled the visa requirement for Chilean citizens.", "CONCEDE", {"PER"}, {"CHL"}, None, OCC),
        ("Ecuador cancelled the visa requirements for Colombian tourists.", "CONCEDE", {"ECU"}, {"COL"}, None, OCC),
        ("Serbia cancelled visa rules for Bosnian students.", "CONCEDE", {"SRB"}, {"BIH"}, None, OCC),
    ],
    "SANCTION aid withheld, named by a pronoun": [
        # lang/en/withheld_aid: the pronoun's antecedent is the aid noun before the verb
        ("Peru refused Bolivia's request for food aid, adding that it was withholding it until the vote.", "SANCTION",
         {"PER"}, None, "discontinue", OCC),
        ("Spain promised military aid to Morocco but later withheld it.", "SANCTION", {"ESP"}, {"MAR"},
         "discontinue", OCC),
        ("Norway pledged loans to Kenya but withheld them.", "SANCTION", {"NOR"}, {"KEN"}, "discontinue", OCC),
        # acts60: lang/en/pronoun_objects reads the pronoun as the aid noun, and 'froze' + 'funding' is an entry
        ("Italy promised funding to Libya, then froze it.", "SANCTION", {"ITA"}, None, "discontinue", OCC),
    ],
    "ACCUSE investigation of a deed done to others": [
        open_class("the investigation's target span ('illegal arms sales') names no state, so the pipeline's "
                   "fallback takes the states after the deed's 'to' (its buyers) as the investigated; the fix goes in "
                   "lang/en: mark a target span ending at a transfer noun (sales, shipments, exports) so its 'to' "
                   "party is never the investigated",
                   "Peru launched an inquiry into unlicensed rifle sales to Chile and Bolivia.", "ACCUSE", {"PER"},
                   set(), "investigate", OCC),
    ],
    "no such act": [
        # visas revoked stay a sanction; a withheld pronoun with no aid before it is no sanction; a people's
        # future rally is no complaint lodged; a 'to' before an infinitive is no addressee
        ("Peru cancelled the visas of three Chilean diplomats.", "CONCEDE", set(), None, None, NEG),
        ("Peru is withholding it.", "SANCTION", set(), None, None, NEG),
        ("Chilean students will protest in Santiago on Monday.", "ACCUSE", set(), None, None, NEG),
        ("Chilean troops returned to shelling the villages on Monday.", "PROTEST", set(), None, None, NEG),
    ],
})

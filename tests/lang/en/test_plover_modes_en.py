"""ploveren71: every PLOVER type and mode the manual gives, read from English sentences in the forms the wire uses that
tests/lang/en/test_plover_types.py lacks (issue 15): a nominalization as the act ('announced the expulsion of'), a
headline-style present ('Chile expels Peruvian envoy'), a passive with its agent, a statement of a ministry ('X's
foreign ministry said in a statement that'), a participle clause ('..., accusing Peru of') and a vow ('vowed to',
'pledged to'). The English twin of tests/lang/ko/test_plover_modes_ko.py, with its row helpers (tests/plover_rows).

The coding choices of docs/coding-choices.md decide rows that look like another type: a promise or a decision to give,
free, allow or disarm is AGREE; an announced resignation is RETREAT resign. A row the reader still misses is marked
xfail(strict) with its class, so the table lists the open English classes. Every sentence is our own.
"""
from __future__ import annotations

import pytest

from tests.plover_rows import ANY, NEG, OCC, PLAN, check_row, sweep_rows

ROWS = sweep_rows({
    "AGREE": [
        ("Hungary and Slovakia announced the signing of a deal to build a joint border bridge.", "AGREE",
         {"HUN", "SVK"}, None, None, OCC),
        ("Kenya and Tanzania pledged to settle their border dispute peacefully.", "AGREE", {"KEN", "TZA"}, None, None,
         ANY),
        ("Norway vowed to give Sudan twenty million dollars in humanitarian relief.", "AGREE", {"NOR"}, {"SDN"}, None,
         ANY),
        ("Chile, Peru sign fisheries accord", "AGREE", {"CHL", "PER"}, None, None, OCC),
    ],
    "CONSULT visit": [
        # enconsult46: the visit an arrival is for, hosted by the place arrived in (lang/en/arrival_visits.py)
        ("Thailand's prime minister arrived in Laos on Tuesday for an official visit.", "CONSULT", {"THA", "LAO"}, None,
         "visit", OCC),
        ("Mongolian president visits Kazakhstan", "CONSULT", {"MNG", "KAZ"}, None, "visit", OCC),
    ],
    "CONSULT phone": [
        ("Argentina's president held a phone call with his Uruguayan counterpart on Wednesday.", "CONSULT",
         {"ARG", "URY"}, None, "phone", OCC),
        ("Poland's foreign minister spoke by telephone with the Lithuanian foreign minister, discussing energy links.",
         "CONSULT", {"POL", "LTU"}, None, "phone", OCC),
    ],
    "CONSULT third-party": [
        # enconsult46: the meeting verb's own talks name the go-between (en.yaml meeting_brokered_after_re)
        ("Envoys of Ethiopia and Eritrea met in Doha in talks mediated by Qatar.", "CONSULT", {"ETH", "ERI"}, None,
         "third-party", OCC),
    ],
    "CONSULT multilateral": [
        # enconsult46: the sidelines of a gathering of many (en.yaml multilateral_scene_re)
        ("The Kenyan president met the Somali president on the sidelines of an African Union summit.", "CONSULT",
         {"KEN", "SOM"}, None, "multilateral", OCC),
    ],
    "SUPPORT": [
        ("The Philippine foreign ministry said in a statement that it supports Vietnam's maritime security plan.",
         "SUPPORT", {"PHL"}, {"VNM"}, None, OCC),
        ("Austria's chancellor voiced solidarity with Slovenia after the floods.", "SUPPORT", {"AUT"}, {"SVN"}, None,
         OCC),
        ("Chile praises Peru's handling of the migrant crisis", "SUPPORT", {"CHL"}, {"PER"}, None, OCC),
    ],
    "CONCEDE": [
        ("Tunisia announced the easing of transit restrictions on Libyan trucks.", "CONCEDE", {"TUN"}, {"LBY"}, None,
         ANY),
        ("Senegal announced a cut in tariffs on farm goods from Mali.", "RETREAT", {"SEN"}, {"MLI"}, None, ANY),
    ],
    "COOPERATE": [
        ("German police launched a joint investigation with Czech police into the smuggling ring.", "COOPERATE",
         {"DEU", "CZE"}, None, None, OCC),
        ("Spain and Morocco pledged to cooperate in fighting illegal migration.", "AGREE", {"ESP", "MAR"}, None, None,
         ANY),
    ],
    "AID": [
        ("Britain announced the delivery of fifty armoured vehicles to Ukraine.", "AID", {"GBR"}, {"UKR"}, "military", ANY),
        ("South Korea extends $100 million loan to Bangladesh", "AID", {"KOR"}, {"BGD"}, "economic", ANY),
        ("Relief supplies were sent to Haiti by the Dominican Republic.", "AID", {"DOM"}, {"HTI"}, "humanitarian",
         OCC),
    ],
    "RETREAT": [
        ("Venezuela announced the release of five jailed Colombians.", "RETREAT", {"VEN"}, {"COL"}, "release", OCC),
        ("Colombian rebels declared a ceasefire with government forces on Monday.", "RETREAT", {"COL"}, None,
         "ceasefire", OCC),
        ("Serbian prime minister resigns", "RETREAT", {"SRB"}, None, "resign", OCC),
        ("Russia announced the withdrawal of its troops from the Armenian border.", "RETREAT", {"RUS"}, None,
         "withdraw", ANY),
        # plover54: the manual's other RETREAT modes
        ("The Colombian rebel group laid down its arms on Monday.", "RETREAT", {"COL"}, None, "disarm", OCC),
        ("Myanmar's junta allowed UN observers access to Rakhine state.", "RETREAT", {"MMR"}, None, "access", OCC),
        # enacts55b: a party or aid let into a place is access ('let' + 'into' only: 'let inspectors enter' no act)
        ("Sudan let aid convoys into Darfur.", "RETREAT", {"SDN"}, None, "access", OCC),
    ],
    "REQUEST": [
        # ploveren71: the holder named after a participle of holding is asked (act_addressees.holder_span)
        ("Japan called for the swift release of Japanese nationals held in China.", "REQUEST", {"JPN"}, {"CHN"},
         "yield", OCC),
        ("France's foreign ministry said in a statement that it demanded Iran free the detained French citizens.",
         "REQUEST", {"FRA"}, {"IRN"}, "yield", OCC),
        ("Chile urges Bolivia to return to talks", "REQUEST", {"CHL"}, {"BOL"}, "meet", OCC),
        ("Moldova appealed to Romania for energy assistance.", "REQUEST", {"MDA"}, {"ROU"}, "assist", OCC),
        ("Britain called on Hungary to reform its judiciary.", "REQUEST", {"GBR"}, {"HUN"}, "change", OCC),
    ],
    "REJECT": [
        ("Israel rejects Egyptian ceasefire proposal", "REJECT", {"ISR"}, {"EGY"}, ANY, OCC),
        # enacts55: a refusal noun's 'of' holds the offer whose content is the mode (lang/en/act_modes.refused_proposal)
        ("North Korea announced its rejection of South Korea's offer of talks.", "REJECT", {"PRK"}, {"KOR"}, "meet",
         OCC),
        ("Bolivia turned down an offer of aid from Chile.", "REJECT", {"BOL"}, {"CHL"}, "assist", OCC),
        # plover54: a refused proposal's infinitive names the mode (lang/en/act_infinitive_contents)
        ("Tunisia rejected Italy's call to amend its asylum rules.", "REJECT", {"TUN"}, {"ITA"}, "change", OCC),
        ("Serbia rejected Kosovo's demand for the release of prisoners.", "REJECT", {"SRB"}, None, "yield", OCC),
    ],
    "ACCUSE": [
        ("China's foreign ministry said in a statement that it condemned Japan's increase in defence spending.",
         "ACCUSE", {"CHN"}, {"JPN"}, "disapprove", OCC),
        ("Pakistan summoned the Indian envoy, accusing India of backing militants.", "ACCUSE", {"PAK"}, {"IND"}, ANY,
         OCC),
        ("Two Belarusian intelligence officers were charged with spying by Lithuanian prosecutors.", "ACCUSE", {"LTU"},
         {"BLR"}, "allege", OCC),
        ("French prosecutors opened an investigation into alleged Russian interference in the election.", "ACCUSE",
         {"FRA"}, {"RUS"}, "investigate", OCC),
    ],
    "THREATEN": [
        ("Russia threatens to cut gas supplies to Moldova", "THREATEN", {"RUS"}, {"MDA"}, ANY, OCC),
        ("China vowed a firm response if the Philippines continued its provocations.", "THREATEN", {"CHN"}, {"PHL"},
         ANY, OCC),
        # a threatened halt of talks is relations (lang/base/threat_modes, modes71)
        ("Turkey warned it would suspend its talks with Sweden.", "THREATEN", {"TUR"}, {"SWE"}, "relations", OCC),
        ("Venezuela threatened the annexation of a region of Guyana.", "THREATEN", {"VEN"}, {"GUY"}, "territory", OCC),
        ("Iran threatened to expel British diplomats.", "THREATEN", {"IRN"}, {"GBR"}, "expel", OCC),
        ("China threatened to block trade with Taiwan.", "THREATEN", {"CHN"}, {"TWN"}, "restrict", OCC),
        ("Russia threatened to arrest Estonian citizens.", "THREATEN", {"RUS"}, {"EST"}, "arrest", OCC),
        ("Turkey threatened military action against Syria.", "THREATEN", {"TUR"}, {"SYR"}, "violence", OCC),
    ],
    "PROTEST": [
        ("Thousands of Georgians rallied in Tbilisi on Sunday, accusing the government of fraud.", "PROTEST", {"GEO"},
         None, "demo", OCC),
        ("Argentine teachers' unions announced a 24-hour strike.", "PROTEST", {"ARG"}, None, "strike", ANY),
        ("Chinese consumers called for a boycott of Japanese goods.", "PROTEST", {"CHN"}, {"JPN"}, "boycott", ANY),
        ("Serbian farmers blocked a motorway with tractors.", "PROTEST", {"SRB"}, None, "obstruct", OCC),  # enkidnap46
        ("Iranian prisoners went on hunger strike.", "PROTEST", {"IRN"}, None, "hunger", OCC),
        ("Rioters torched cars in Paris.", "PROTEST", {"FRA"}, None, "riot", OCC),
        ("British climate activists threw paint on a famous painting in a London gallery.", "PROTEST", {"GBR"}, None,
         "vandalize", OCC),
        # enacts55: a crowd's missiles thrown by hand are its riot (lang/en/act_riots.thrown_missile)
        ("Greek rioters hurled petrol bombs at police in Athens.", "PROTEST", {"GRC"}, None, "riot", OCC),
    ],
    "SANCTION": [
        ("Washington imposes sanctions on ten Russian banks", "SANCTION", {"USA"}, {"RUS"}, ANY, OCC),
        ("Estonia announced the expulsion of a Russian diplomat.", "SANCTION", {"EST"}, {"RUS"}, "expel", OCC),
        ("Germany announced the suspension of development aid to Niger.", "SANCTION", {"DEU"}, {"NER"}, ANY, OCC),
        # window72: the stopping noun ends the 'announce aid' entry's object window
        ("Argentina recalled its diplomats from Venezuela.", "SANCTION", {"ARG"}, {"VEN"}, "withdraw", OCC),
        ("A Swedish national was sentenced to death by an Iranian court.", "SANCTION", {"IRN"}, {"SWE"}, "convict",
         OCC),
        ("China downgraded its diplomatic relations with Lithuania to the level of charge d'affaires.", "SANCTION",
         {"CHN"}, {"LTU"}, "discontinue", OCC),
    ],
    "MOBILIZE": [
        ("Israel announced the call-up of thirty thousand reservists.", "MOBILIZE", {"ISR"}, None, "troops", OCC),
        # plover53: a militia mobilized is the manual's militia mode (en additions mobilize + militia nouns)
        ("Sudan's army mobilised tribal fighters in Kordofan.", "MOBILIZE", {"SDN"}, None, "militia", OCC),
        ("Peru's government deployed five thousand police officers in Lima.", "MOBILIZE", {"PER"}, None, "police",
         OCC),
        # lead53: police sent are police mobilized, as Korean '경찰을 파견했다' reads
        ("Chile sent police to its northern border on Tuesday.", "MOBILIZE", {"CHL"}, None, "police", OCC),
        # enacts56: weapons to be deployed in a host state are the move planned (act_plover_reading.hosted_deployment)
        ("Russia said it would deploy tactical nuclear weapons in Belarus.", "MOBILIZE", {"RUS"}, None, "weapons",
         PLAN),
        ("North Korea put its missile units on high alert.", "MOBILIZE", {"PRK"}, None, "weapons", OCC),
    ],
    "COERCE": [
        ("An American journalist was arrested on spying charges by Russian authorities.", "COERCE", {"RUS"}, {"USA"},
         "arrest", OCC),
        ("Iran's navy seized a tanker in the Gulf of Oman.", "COERCE", {"IRN"}, None, "seize", OCC),
        ("Pakistan announced the deportation of thousands of Afghan refugees.", "COERCE", {"PAK"}, {"AFG"}, "deport",
         ANY),
        ("Sri Lanka declares nationwide state of emergency", "COERCE", {"LKA"}, None, "martial-law", OCC),
        # enacts55: a curfew ordered is one brought in (en additions 'order' + curfew)
        ("Bangladesh's government ordered a curfew in Dhaka.", "COERCE", {"BGD"}, None, "curfew", OCC),
        # enacts55b: a 'to' before a name or a determiner is the cut's place, no infinitive (act_window.destination_to)
        ("Israel ordered the cutting of electricity supplies to Gaza.", "COERCE", {"ISR"}, None, "withhold", ANY),
        # plover53: falsehoods spread, a disinformation campaign waged (en additions spread, launch, wage, run)
        ("Russian trolls spread fake news about the Estonian president.", "COERCE", {"RUS"}, {"EST"}, "misinformation",
         OCC),
        ("China launched a disinformation campaign against Taiwan.", "COERCE", {"CHN"}, {"TWN"}, "misinformation", OCC),
        ("North Korean hackers broke into a Japanese cryptocurrency exchange.", "COERCE", {"PRK"}, {"JPN"}, "cyber",
         OCC),  # enmil47: a break-in by hackers is COERCE cyber
        ("Belarus barred the opposition leader from running in the election.", "COERCE", {"BLR"}, None, "restrict",
         OCC),
        ("China banned the Lithuanian news website.", "COERCE", {"CHN"}, {"LTU"}, "censor", OCC),
    ],
    "ASSAULT": [
        ("Israeli warplanes bombed southern Lebanon on Monday.", "ASSAULT", {"ISR"}, {"LBN"}, "aerial", OCC),
        ("Russia launches drone attack on southern Ukraine", "ASSAULT", {"RUS"}, {"UKR"}, "drone", OCC),
        ("Syrian government forces used chemical weapons against a rebel-held town.", "ASSAULT", {"SYR"}, None,
         "unconventional", OCC),
        ("Seventeen American missionaries were kidnapped by gunmen in Haiti.", "ASSAULT", set(), {"USA"}, "abduct",
         OCC),
        ("Russian forces fired missiles at Kyiv, killing five civilians.", "ASSAULT", {"RUS"}, {"UKR"},
         "heavy-weapons", OCC),
        # plover54: the manual's other ASSAULT modes
        ("Myanmar soldiers raped Rohingya women.", "ASSAULT", {"MMR"}, None, "sexual", OCC),
        ("Syrian guards tortured detained Lebanese men.", "ASSAULT", {"SYR"}, {"LBN"}, "torture", OCC),
        ("Israel assassinated a Hamas commander in Beirut.", "ASSAULT", {"ISR"}, None, "targeted", OCC),
        ("Israeli bulldozers demolished Palestinian homes in Hebron.", "ASSAULT", {"ISR"}, None, "destroy", OCC),
        ("Soldiers opened fire on a UN convoy in Mali.", "ASSAULT", set(), {"UNO"}, "firearms", OCC),
        ("Kenyan police fired tear gas at protesters in Nairobi.", "ASSAULT", {"KEN"}, None, "crowd-control", OCC),
        ("A suicide bomber blew himself up at a Kabul mosque.", "ASSAULT", {"AFG"}, None, "suicide-attack", OCC),
        # enacts55: 'beat' is the manual's beat (en additions override); 'hacked X to death' a resultative
        # (lang/en/act_window.resultative)
        ("Egyptian police beat protesters in Cairo.", "ASSAULT", {"EGY"}, None, "beat", OCC),
        ("Gunmen hacked villagers to death with machetes in northern Nigeria.", "ASSAULT", set(), None, "primitive",
         OCC),
        # enacts55: the victims' one state receives a device's doerless attack (pipeline/act_actor_defaults.struck_state)
        ("A roadside bomb killed three Pakistani soldiers.", "ASSAULT", set(), {"PAK"}, "explosives", OCC),
    ],
    "negated": [
        ("Bolivia did not reject the aid offer from Chile.", "REJECT", set(), set(), None, NEG),
        ("Iran has not threatened to expel British diplomats.", "THREATEN", set(), set(), None, NEG),
        ("Russia did not deploy nuclear weapons in Belarus.", "MOBILIZE", set(), set(), None, NEG),
        ("Estonia denied plans for the expulsion of Russian diplomats.", "SANCTION", set(), set(), None, NEG),
    ],
})


@pytest.mark.parametrize("text, kind, actors, recipients, mode, status", ROWS)
def test_english_plover_modes(text, kind, actors, recipients, mode, status):
    check_row(text, kind, actors, recipients, mode, status)


@pytest.mark.parametrize("text", ["Pakistan announced the deportation of thousands of Afghan refugees.",
                                  "Thailand deported forty Myanmar workers on Friday.",
                                  "파키스탄은 9일 아프간 난민 수천 명을 강제 추방했다."])
def test_deportation_is_migration(text):
    """plover54: a deportation carries the manual's migration context in both languages (en additions deport)."""
    from tests.event_sides import events
    found = [e for e in events(text) if e.type == "COERCE" and e.mode == "deport"]
    assert found and "migration" in found[0].contexts, [(e.type, e.mode, e.contexts) for e in events(text)]

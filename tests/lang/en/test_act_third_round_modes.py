"""(enacts56, issue 15) English acts, third round: forces to be stationed in a host state ('said it would deploy
missiles in X': MOBILIZE planned, no threat to X; act_plover_reading.hosted_deployment), a patrol as the state's
forces ('gunmen fired at a X-ian patrol': X's MIL receives; 'sent a patrol to': MOBILIZE), a refusal noun that ends
its verb's object and reads the offer or request it turns down ('announced its rejection of an offer of aid': REJECT
assist, no AGREE; 'its rejection of X's demand for talks': meet; act_window, act_modes.refused_requests), rule itself
handed over as a change of leadership ('rejected X's demand to hand over power': change; act_modes.ceded_power), a
bombing by a named armed group ('Boko Haram bombed a market': explosives; act_means_modes.named_group_bombings) and a
town pounded by gunners ('artillery pounded X': ASSAULT heavy-weapons; act_sighted_forces.forces_only), forces that
advanced on a place (ASSAULT, CAMEO 190; en additions 'advance on/toward'), a hunger strike begun by its strikers (their
sector, not their state's government; en additions 'begin'/'stage'/'launch') and a deed a demand grants only once met
('demanded a ceasefire before allowing aid convoys into X': no access granted; act_preconditions) and an attack noun
told as having happened at a site ('a suicide bombing took place at a market in X': ASSAULT with no acting side, the
site's people receiving; act_occurred_attacks). Each class
has a row where the words do not make the act; the Korean twins are in tests/lang/ko/test_act_third_round_modes_ko.py.
Every sentence is our own."""
from __future__ import annotations

from tests.plover_rows import NEG, OCC, PLAN, sides_test, sweep_test

# rows: (sentence, type, acting states among the parties, receiving states or None, mode, status)
test_third_round_modes = sweep_test({
    "hosted deployment": [
        ("Russia said it would deploy missiles in Belarus.", "MOBILIZE", {"RUS"}, None, "weapons", PLAN),
        ("The United States announced it will station troops in Poland.", "MOBILIZE", {"USA"}, None, "troops", PLAN),
        # aimed at a side, or placed near one, it stays the threat
        ("Russia said it would deploy missiles against Poland.", "THREATEN", {"RUS"}, {"POL"}, None, OCC),
        ("Russia said it would deploy missiles in Belarus.", "THREATEN", set(), None, None, NEG),
    ],
    "patrol sent": [
        ("Chile sent a patrol to the border.", "MOBILIZE", {"CHL"}, None, "troops", OCC),
        ("Kenya dispatched patrols to the Somali border.", "MOBILIZE", {"KEN"}, None, "troops", OCC),
        ("Chile will step up patrols along the border.", "MOBILIZE", {"CHL"}, None, "troops", PLAN),
    ],
    "refusal noun": [
        ("Kenya announced its rejection of an offer of aid from Uganda.", "REJECT", {"KEN"}, {"UGA"}, "assist", OCC),
        ("Kenya announced its rejection of an offer of aid from Uganda.", "AGREE", set(), None, None, NEG),
        ("Kenya announced its rejection of an offer of aid from Uganda.", "AID", set(), None, None, NEG),
        ("Chad announced its rejection of Sudan's demand for talks.", "REJECT", {"TCD"}, {"SDN"}, "meet", OCC),
        ("Chad announced its rejection of an invitation to a summit in Cairo.", "REJECT", {"TCD"}, None, "meet", OCC),
        # the aid a refused offer holds was never given (act_modes.offered_contents)
        ("Chad rejected an offer of aid from Uganda.", "REJECT", {"TCD"}, {"UGA"}, "assist", OCC),
        ("Chad rejected an offer of aid from Uganda.", "AID", set(), None, None, NEG),
        # an aid announced with no refusal before it keeps its reading
        ("Kenya announced aid to Uganda.", "AGREE", {"KEN"}, None, None, OCC),
    ],
    "power handed over": [
        ("Malian rebels rejected France's demand to hand over power.", "REJECT", {"MLI"}, None, "change", OCC),  # lead: a
        # bare group with no state is not coded (koacts59, actors59b)
        # what is handed over is no rule: a yield refused
        ("Chad rejected Sudan's demand for the release of prisoners.", "REJECT", {"TCD"}, {"SDN"}, "yield", OCC),
    ],
    "named group bombing": [
        ("Boko Haram bombed a market in Maiduguri.", "ASSAULT", {"NGA"}, None, "explosives", OCC),
        ("The Taliban bombed a police station in Kunduz.", "ASSAULT", {"AFG"}, None, "explosives", OCC),
        # a state's forces keep the air's reading
        ("Nigerian troops bombed a rebel camp near Maiduguri.", "ASSAULT", {"NGA"}, None, "aerial", OCC),
    ],
    "pounded town": [
        ("Russian artillery pounded Kharkiv.", "ASSAULT", {"RUS"}, {"UKR"}, "heavy-weapons", OCC),
        ("Syrian troops pounded rebel positions near Idlib.", "ASSAULT", {"SYR"}, None, "heavy-weapons", OCC),
        ("Russian warplanes pounded Kharkiv.", "ASSAULT", {"RUS"}, {"UKR"}, "aerial", OCC),
        ("Critics pounded the government's budget.", "ASSAULT", set(), None, None, NEG),
    ],
    "advanced on a place": [
        ("Russian forces advanced toward Kyiv.", "ASSAULT", {"RUS"}, {"UKR"}, None, OCC),
        ("Ethiopian troops advanced on Mekelle.", "ASSAULT", {"ETH"}, None, None, OCC),
        ("Prices advanced on Monday in Nairobi.", "ASSAULT", set(), None, None, NEG),
    ],
    "attack told as having happened": [
        ("A suicide bombing took place at a market in Kandahar.", "ASSAULT", set(), {"AFG"}, "suicide-attack", OCC),
        ("A suicide bombing happened at a crowded market in Kandahar, police said.", "ASSAULT", set(), {"AFG"},
         "suicide-attack", OCC),
        # a site of no known kind names no victims
        ("A bombing took place in a field near Kandahar.", "ASSAULT", set(), None, None, NEG),
    ],
    "deed granted once a demand is met": [
        ("Sudan demanded a ceasefire before allowing aid convoys into Darfur.", "RETREAT", set(), None, None, NEG),
        ("Chad insisted on the release of its soldiers before reopening the border with Sudan.", "RETREAT", set(),
         None, None, NEG),
        # a 'before' after a deed that is no demand keeps both deeds
        ("Israeli troops fired warning shots before opening fire on the boat.", "ASSAULT", {"ISR"}, None, "firearms",
         OCC),
    ],
})


# A patrol is the state's forces (agents.yaml, `domestic_actors`): it receives the fire, the gunmen stay the story's
# unnamed armed men; a hunger strike begun is its strikers' protest, aimed at their state.
test_people_sides = sides_test([
    ("Gunmen fired at a Peruvian patrol.", "ASSAULT", {("PER", "UAF")}, {("PER", "MIL")}),
    ("Rebels ambushed a Malian patrol near Gao.", "ASSAULT", {("MLI", "REB")}, {("MLI", "MIL")}),
    # soldiers fired on keep their own noun
    ("Gunmen fired at Peruvian soldiers.", "ASSAULT", {("PER", "UAF")}, {("PER", "MIL")}),
    # the strikers are the hunger strike's side, not their state's government
    ("Iraqi prisoners began a hunger strike.", "PROTEST", {("IRQ", "CVL")}, {("IRQ", "GOV")}),
    ("Kenyan students launched a hunger strike against the new fees.", "PROTEST", {("KEN", "EDU")}, {("KEN", "GOV")}),
])

"""The PLOVER sector codes grouped by what the act rules ask of a side: one table, each group named by its meaning.

A side's sector comes from the words that named it (an agent noun of the agents tables, 'rebels' REB, '경찰' COP) or
from its entity (kb); the codes are the manual's ("Sector Codes", `kb/entries.SECTORS`). Rules in `lang/en`, `lang/ko`
and `pipeline` ask whether a side is armed, a state's force, a non-state part of a state, ... by the names below
rather than spelling their own sets; so does `kb` (the state organs whose deputies it names). A neutral module beside
`model`: `kb` may import it and knows no language module. Groups that differ by a code differ on purpose: the docstring of each says why.

CAMEO's INS (insurgents) and SEP (separatists) are in no group: PLOVER drops them ("we drop the INS (insurgent) and SEP
(separatist) distinctions"), the builds read them as REB (scripts/data/build_organizations.py), and the schema admits
neither, so no side carries them.
"""
from __future__ import annotations

STATE_FORCE_SECTORS = frozenset({"MIL", "COP"})
"""A state's forces ('Turkish troops', '터키군을'): the state a people's armed group fights in, where the sentence
names them (lang/*/agents); a state named alone ('condemned Turkey') places no one."""

ARMED_GROUP_SECTORS = frozenset({"REB"})
"""Armed groups no state body speaks for, fighting a state's government (kb/nonstate; 'the rebels', '반군'): their
acts take the side of the state they operate in; their organs speak for them ('the rebels' political bureau')."""

LOYAL_FORCE_SECTORS = frozenset({"PRM"})
"""(koforeign70) Paramilitary forces not in opposition to their government (PLOVER PRM: 'pro-government militias', '친정부
민병대', the listed Janjaweed): armed people of no state body, whose deeds are force, and no rebels fighting it."""

ARMED_PEOPLE_SECTORS = ARMED_GROUP_SECTORS | {"UAF"} | LOYAL_FORCE_SECTORS
"""Armed people no state word owns: armed groups, unidentified armed men ('무장괴한들이', 'gunmen') and paramilitaries
on their government's side ('pro-government militias'). Their deeds are the side of the state they happen in, and
what they acted on is their act's target (lang/ko/act_placed_people)."""

ARMED_NOUN_SECTORS = ARMED_PEOPLE_SECTORS | {"MIL"}
"""The sectors of an agent noun that makes a people's side an armed group against its state ('Tigrayan forces',
'Kurdish fighters', '티그라이 반군': REB, not a state's military): armed people, and a military noun after a people's
name. Not police: 'Catalan police' keeps COP (lang/*/agents)."""

MOBILIZING_SECTORS = ARMED_NOUN_SECTORS | {"COP", "SPY"}
"""Who can move forces (PLOVER MOBILIZE: military or police moves): militaries, armed groups, police, services.
A people noun outside them massing ('Protesters massed outside parliament') gathers a crowd
(lang/en/act_mark_stages)."""

ARMED_MEN_SECTORS = STATE_FORCE_SECTORS | ARMED_PEOPLE_SECTORS
"""Armed men, a state's or not, and no protesters: a riot whose acting sides are all of them is no people's protest
('the army set fire to villages', pipeline/act_own_government)."""

STATELESS_FORCE_SECTORS = ARMED_MEN_SECTORS | {"CRM"}
"""Sides of domestic force an agent noun names with no state of its own ('security forces', 'gangs', 'gunmen',
'보안군은', '갱단은'): armed men and criminal gangs. Their state is the act's place's, else the story's (pipeline
act_actor_defaults.unnamed_actors); their deeds are force, not statements (lang/ko/act_word_hits)."""

STATELESS_ARMED_SECTORS = STATELESS_FORCE_SECTORS - STATE_FORCE_SECTORS
"""Armed people of no state ('rebels', 'gunmen', 'gangs', '무장괴한들'): the stateless force sectors less a state's own
forces. The attackers an agent phrase or owner names without a state (lang/*/act_agent_attackers, act_attacker_nouns,
act_owner_attackers, ko act_harm_subjects) and the group a passive harm of one state's people gives that state
(pipeline/act_actor_defaults.own_armed_group)."""

STATE_EXECUTIVE_SECTORS = frozenset({"GOV", "SPY"}) | STATE_FORCE_SECTORS
"""A state's own executive and forces: their claims ('troops called for restraint', 'police urged calm') are the
state's voice, not claims a part of the state makes on its government (lang/en/act_sides)."""

STATE_BODY_SECTORS = STATE_EXECUTIVE_SECTORS | {"JUD", "LEG"}
"""A state's own bodies, its executive, forces, courts and legislature: whose government they name beside their own
is not told; people of a state (CVL, OPP, ...) name their own (lang/ko/home_words)."""

FORCE_WIELDING_SECTORS = STATELESS_FORCE_SECTORS | STATE_EXECUTIVE_SECTORS
"""Who wields force: armed men, gangs and a state's executive and services. A crowd's deed verb ('stormed',
'torched') with a people subject outside them is a riot (lang/en/act_riots)."""

DEBATING_SECTORS = frozenset({"LEG", "PTY", "JUD"})
"""Bodies that contend in words: legislatures, parties, courts. Their clash ('Lawmakers clashed over the budget')
is no fight (lang/en/act_riots)."""

NON_STATE_SECTORS = ARMED_GROUP_SECTORS | {"OPP", "CRM", "CVL", "PTY"}
"""The parts of a state no state body speaks for: armed groups, the opposition, criminals, civilians, parties.
What they do at home is done to or asked of their own government, not done by the state (pipeline/own_people,
act_own_government)."""

PARTY_SIDE_SECTORS = frozenset({"OPP", "PTY"})
"""The sides of a state's party politics: the opposition (OPP) and the parties, a ruling party among them (PTY: PLOVER
"Political parties", the party's own code; readout codes a ruling party PTY, not GOV, so that a party and the
government it forms stay two sides, kb agents.yaml). A person noun the side qualifies ('야당 대표', 'opposition
leader', '여당 원내대표') is of the side (lang/ko/act_organs.party_side)."""

CHARGED_PEOPLE_SECTORS = PARTY_SIDE_SECTORS | {"JRN", "CVL", "LAB", "EDU", "BUS", "MED", "REL", "SOC", "AGR"}
"""People an accusation may charge with dealings with another state, the accuser's own where they name no state
('accused the opposition of colluding with X', 'accused three journalists of spying for X', '칠레를 위해 간첩 활동을 한
혐의로 기자들을 기소'): party sides and the unarmed people of a state, not its bodies or armed groups. The state of the
charge is its content, not whom the accusation is aimed at (lang/en/act_charged_groups, lang/ko/act_charged_groups).
(enacts50b) Farmers, herders and fishers (AGR) are such people: '농민 4명이 ... 살해됐다' harmed farmers, as 'killed
four farmers' reads them, not civilians."""

HARMED_OFFICE_SECTORS = frozenset({"GOV", "LEG", "JUD"})
"""(koattack51) The holders of a state's offices an attack may harm ('총리', 'the prime minister' GOV, '의원' LEG, a judge
JUD): the people of their office, not civilians (lang/ko/act_organs.harmed_people_sector, lang/*/act_harm_causes)."""

CHARGED_BODY_SECTORS = frozenset({"GOV", "LEG", "JUD"})
"""(groups55, issue 14) A state's civil bodies an accusation charges with a deed done with another state ('accused the
government of colluding with X', '의회를 ... 비난했다'): the accusation is aimed at the body, the other state is the deed's
content (lang/en/act_charged_groups). Not its forces: 'accused the army of shelling X's villages' may name whose army."""

HELD_OFFICE_SECTORS = HARMED_OFFICE_SECTORS | {"MIL"}
"""(groups55, issue 14) The holders of a state's offices force or an arrest may be done to, read by their title: the
harmed offices' and an officer's ('장군을 체포했다', 'arrested the general': the forces', MIL, never civilians)."""

HARMED_SECTORS = CHARGED_PEOPLE_SECTORS | STATE_FORCE_SECTORS | ARMED_GROUP_SECTORS | HARMED_OFFICE_SECTORS
"""(victims47) The people an attack's harm names as its victims, armed or not ('경찰 4명이 숨졌다' COP, 'killing two
soldiers' MIL, 'three journalists were killed' JRN): their noun's sector is the receiving side's (lang/*/act_harm_causes).
(koattack50) Rebels harmed stay rebels ('공습으로 반군 10명이 숨졌다', 'ten rebels were killed in air strikes': REB), as
'killed ten rebels' reads them, not civilians. (koattack51) Office holders harmed keep their office's sector
('총리가 반군에 의해 살해됐다', 'the prime minister was killed by rebels': GOV)."""

STATE_ORGAN_SECTORS = frozenset({"GOV", "MIL", "SPY"})
"""A state's organs that are no ministry and have numbered deputies ('국가정보원 1차장', '합참 차장'): its government
offices, military command and intelligence services; the police's deputies are no office of their own
(kb/deputy_heads)."""

OWN_STATE_PATIENT_SECTORS = frozenset({"OPP", "PTY", "LEG", "JUD", "MED"})
"""A state's political life: an agentless arrest of one of them ('the opposition leader was arrested', '야당 대표가
체포됐다') is that state's own doing, where no other state is named (a citizen or a diplomat, held abroad more often than
not, is not: CVL, GOV; pipeline/own_people). An NGO is no sector: the knowledge base codes it as a side of no state."""

EXILED_PEOPLE_SECTORS = (OWN_STATE_PATIENT_SECTORS | CHARGED_PEOPLE_SECTORS) - {"CVL"}
"""(enkidnap46, kotwin46) People a state sends into exile as its own, not migrants: its opposition, parties, press,
clergy and other charged groups, but no plain civilians ('Peru exiled dissidents to Spain', '반체제 인사들을 스페인으로
추방했다': COERCE deport, Spain no side); read by both languages' exile readers."""

STORY_OPPOSITION_SECTORS = frozenset({"OPP"})
"""(actors57b) A state's opposition named by no state ('The opposition condemned X', '야당은 X를 비난했다'): an opposition
is always some state's, and with no state, place or dateline its words are the state's the paragraph before named, as
a stateless force's deeds are (pipeline/act_actor_defaults.unnamed_actors; story_states.paragraph_state). Not other
people: a farmers' union's statement may answer another state's deed, and no word makes them that state's."""

"""The closed word lists of `en_acts.yaml` the English act readers consult (negation, modality, determiners,
openers, stops ...), bundled as `Cues`: the clause readers' lists in its base class (act_clause_cues.ClauseCues), the
frame, context, target and side readers' lists in the class between (act_frame_cues.FrameCues, debt59), the rest
here; each is filled from the lexicon in act_cue_filling (`cues_of`).

Why its own module: the bundle is the vocabulary every act reader reads by name (`cues.name`), apart from the
candidate index the dictionary walk looks words up in (act_matcher); the index keeps one bundle built with it.
"""
from __future__ import annotations

from readout.lang.en.act_clause_cues import Phrases
from readout.lang.en.act_frame_cues import FrameCues


class Cues(FrameCues):
    """Every closed word list of `en_acts.yaml` the English act readers consult, as one bundle that the
    walk passes down (one way to read a cue: `cues.name`). A frozenset field is the `cues:` list of the
    same name; a `Phrases` field its phrases indexed for `ends_with`; `cues_of` fills them by name."""
    weapon_subjects: frozenset[str]  # "missiles hit X": a weapon as the subject of a criticism verb (acts.py)
    weapon_agent_nouns: frozenset[str]  # "was hit by artillery fire": more weapon nouns (act_weapon_agents)
    under_attack_sources: frozenset[str]  # "came under attack from X": X attacked (act_weapon_agents)
    under_attack_modifiers: frozenset[str]  # (actors54b) 'came under heavy attack': words of intensity after 'under'
    inserted_time_words: frozenset[str]  # 'were hit overnight by X': a time set before the agent (act_weapon_agents)
    cessation_verbs: frozenset[str]  # "urged X to stop arming Y": the act after them is asked (act_clause)
    open_addressee_openers: frozenset[str]  # "called on all parties to": an appeal to everyone involved
    open_addressee_heads: frozenset[str]  # its head nouns: the act stands without a named addressee (act_open_appeals)
    thing_subject_nouns: frozenset[str]  # 'tariffs are pressing X': a thing as subject asks nothing (act_thing_subjects)
    member_slot_openers: frozenset[str]  # 'all', 'its' before 'member states' (act_member_appeals)
    member_addressee_heads: frozenset[str]  # 'member [states]': a body's members asked
    session_nouns: frozenset[str]  # 'a session of X': the body addressed
    pair_addressee_openers: frozenset[str]  # 'both', 'the two': an appeal to a pair (act_open_appeals.pair_appeals)
    pair_addressee_heads: frozenset[str]  # its head nouns ('both sides', 'the two countries')
    charge_prepositions: frozenset[str]  # "accused X of Y by sending troops": the means charged (act_charges)
    omission_charges: frozenset[str]  # "accused X of failing to": a charge of an omission judges (act_omissions)
    charge_openers: frozenset[str]  # "of", "for": the word that opens what a charge says was done (act_omissions)
    criminal_charge_participles: frozenset[str]  # 'was charged with': a state's criminal charge (act_criminal_charges)
    criminal_charge_openers: frozenset[str]  # 'with', 'on', 'for': the crime charged after the participle
    formal_charge_lemmas: frozenset[str]  # 'charge': a formal charge when its crime follows an opener (plover55)
    formal_charge_openers: frozenset[str]  # 'with': 'charged X with espionage' (act_criminal_charges.formal_charges)
    grant_pledges: frozenset[str]  # "agreed to give X $20 million": a grant decided (act_granted)
    sum_words: frozenset[str]  # the heads of a sum of money ("$20 million")
    non_aid_sums: frozenset[str]  # "$350 billion in investment": a sum given for gain, no aid (act_granted)
    evidence_nouns: frozenset[str]  # 'said intelligence showed X had': an allegation by evidence (act_allegations)
    evidence_verbs: frozenset[str]  # 'showed', 'indicated': what evidence says
    evidence_citing_verbs: frozenset[str]  # 'confirmed evidence of': a speaker citing evidence
    claiming_verbs: frozenset[str]  # 'claimed that X had': an allegation by a verb of claiming
    first_blow_words: frozenset[str]  # (accuse58) 'said Y had opened fire first': who started it, an allegation
    allegation_force_nouns: frozenset[str]  # 'evidence that X's troops were in Z': a force alleged present
    remorse_owners: frozenset[str]  # 'regret over its soldiers' killing': the speaker's own deed (act_remorse)
    remorse_feelings: frozenset[str]  # 'was heartbroken that ... had endured': remorse, CONCEDE (act_remorse)
    aching_verbs: frozenset[str]  # 'my heart aches for the flood victims'
    suffering_words: frozenset[str]  # what remorse is felt over: others' suffering
    feeling_objects: frozenset[str]  # "expressed deep regret": a disapproval that answers the acts reported (act_feelings)
    feeling_verbs: frozenset[str]  # 'expressed "deep regret"': a short quote after them is the object (act_window)
    protest_objects: frozenset[str]  # 'lodged a protest' with no one named: answers the acts reported (act_feelings)
    force_only_verbs: frozenset[str]  # 'warplanes pounded X': force only after forces as subject (act_frames)
    armed_organs: frozenset[str]  # "the rebels' political bureau": an armed group's voice (act_sides)
    resumed_verbs: frozenset[str]  # 'vowed to resume attacks': the pledge governs the act noun (act_frames)
    armed_agent_nouns: frozenset[str]  # "under fire from troops": force, not criticism (act_weapon_agents)
    manner_prepositions: frozenset[str]  # "in protest at": a reason after an act, no act (act_clause.stated_reason)
    manner_nouns: frozenset[str]
    request_source_preps: frozenset[str]  # "demanded an explanation from X": the one asked (act_targets)
    modifier_prepositions: frozenset[str]  # "for financial support": prep + modifier before a noun (act_window)
    expulsion_modes: frozenset[str]  # "was expelled from X": X expelled (act_clause.expelled_from)
    concluded_participles: frozenset[str]  # "an agreement between A and B was signed" (act_noun_agents.between_parties)
    concluding_nouns: frozenset[str]  # (nominal54) "the signing of the pact between A and B" (act_noun_agents)
    member_suspending_verbs: frozenset[str]  # (nominal54) "the AU suspended Gabon" (act_suspended_members)
    member_suspending_plans: frozenset[str]  # (nominal54b) "ECOWAS will suspend Mali" (act_suspended_members)
    target_participles: frozenset[str]  # (nominal54) "the release of two detained sailors by X" (act_noun_agents)
    measure_nouns: frozenset[str]  # "blocked the sanctions package against X" (act_targets.opposed_measures)
    hedge_lemmas: frozenset[str]  # "did not rule out imposing X": a threat (act_purposes.hedged_threats)
    violator_determiners: frozenset[str]  # (en48) 'any' party that breaks an accord (act_violators)
    violator_nouns: frozenset[str]  # (en48) 'party', 'side': who may break an accord
    violating_verbs: frozenset[str]  # (en48) 'violated', 'breaching': the lexicon's verbs of a broken accord
    violator_agents: frozenset[str]  # (en48) 'violators': the agent noun of those verbs
    assist_verbs: frozenset[str]  # "sent troops to help X": forces sent to serve another side (act_purposes)
    characterizing_verbs: frozenset[str]  # "called X a provocation": a verb of naming (act_characterize)
    naming_noun_modifiers: frozenset[str]  # "a phone call and agreed": nouns before a naming verb's noun form
    accusing_nouns: frozenset[str]  # "a provocation", "a violation": what names conduct as wrongdoing
    accusing_adjectives: frozenset[str]  # "illegal", "provocative": the same as an adjective
    accusing_predicates: frozenset[str]  # "stoking tensions", "behind": a reported predicate of wrongdoing
    sympathy_objects: frozenset[str]  # "offered condolences to X": shown now, no promise (language.support_pledge)
    instance_determiners: frozenset[str]  # "any attack": a hostile act noun that is no act (act_context.any_instance)
    hope_words: frozenset[str]  # "hoped X would": a hope that asks another side to act (act_hopes)
    speaker_titles: frozenset[str]  # 'spokeswoman Ana Ruiz said': a title a personal name follows (act_quotes)
    unanswered_words: frozenset[str]  # 'will not go unanswered': a word of impunity (act_unanswered)
    unanswered_verbs: frozenset[str]  # 'go', 'be', 'left': the verbs of being let pass before it
    unanswered_without_objects: frozenset[str]  # 'will not remain without consequences': what 'without' denies
    more_words: frozenset[str]  # "called for more Japanese investment": the contributor is asked (act_wanted)
    seeking_verbs: frozenset[str]  # "to win support", "needs guarantees": an act sought, none done (act_sought)
    standing_verbs: frozenset[str]  # "remained committed to X": a position held, no new pledge (act_sought)
    trade_words: frozenset[str]  # "tightened controls on exports to X": trade curbed, SANCTION (act_trade_curbs)
    separate_words: frozenset[str]  # "signed separate accords with A and B": one per pair (act_separate)
    habitual_adverbs: frozenset[str]  # "has long denounced": a habit, no act of the day (act_background)
    embassy_staff: frozenset[str]  # 'summoned a senior official of the X Embassy': staff a summons needs its embassy for
    missions: frozenset[str]  # 'embassy', 'consulate': where summoned staff serve (act_summons)
    occasion_verbs: frozenset[str]  # 'used the visit to denounce': an act done on an occasion (act_occasions)
    occasion_takers: frozenset[str]  # 'took the opportunity to': with an occasion noun only
    # threaten38: threats stated without a verb of threatening (act_threats)
    deterrence_verbs: frozenset[str]  # 'any attack will meet/result in ...': a consequence brought about
    deterrence_objects: frozenset[str]  # '... a swift response', '... the end of the regime': what it brings
    deterrence_frames: frozenset[str]  # 'reiterated that any attack ...': frames of the speaker besides `reporting`
    response_verbs: frozenset[str]  # 'would respond firmly to any act': a response pledged
    retaliation_verbs: frozenset[str]  # modal46: 'vowed to hit back', 'pledged to avenge': a vow of retaliation
    retaliation_nouns: frozenset[str]  # 'pledged revenge against X'
    self_defence_verbs: frozenset[str]  # agree54: 'vowed to defend the country': a vow of response, not of cooperation
    own_realms: frozenset[str]  # 'the country', 'its sovereignty': what a state defends for itself
    answer_nouns: frozenset[str]  # 'promised a crushing response': an answer, hostile with `forceful_adjectives`
    forceful_adjectives: frozenset[str]
    dealing_verbs: frozenset[str]  # plover50b: 'vowed to deliver crushing blows': a verb of dealing a blow
    blow_nouns: frozenset[str]  # 'crushing blows', 'painful strikes': hostile with `forceful_adjectives`
    gerund_taking_verbs: frozenset[str]  # plover50: 'kept devastating towns': the -ing form after them is a verb
    regarding_verbs: frozenset[str]  # modal46: 'would be regarded as a hostile act' (act_regarded_deeds)
    hostility_verdicts: frozenset[str]
    war_verdicts: frozenset[str]  # threat60: 'would be an act of war': a bare copula's verdicts (act_regarded_deeds)
    destination_prepositions: frozenset[str]  # 'any arms supplies to Y': the deed's owner words stop there
    series_ordinals: frozenset[str]  # modal46: 'after X's second missile test': history (act_series_history)
    era_prepositions: frozenset[str]  # support60: 'sent troops during the Korean War': history (act_war_eras)
    era_conflict_nouns: frozenset[str]
    ground_openers: frozenset[str]  # 'demanded an apology for the killing ... during World War Two': the deed's war
    telling_verbs: frozenset[str]  # 'told the envoy that ...': the one a warning is addressed to
    # threats49: an authority warning of punishment (act_punishment_warnings)
    punished_words: frozenset[str]  # 'would be punished', 'will be prosecuted': the punishment in a passive
    punishment_nouns: frozenset[str]  # 'would face severe punishment', 'will face legal action'
    facing_verbs: frozenset[str]  # 'face'
    offender_words: frozenset[str]  # 'looters', 'anyone', 'those': whom a punishment is warned of
    letting_verbs: frozenset[str]  # 'would not allow anyone to threaten X': a deterrent warning (act_deterrent_warnings)
    harm_verbs: frozenset[str]  # 'threaten', 'endanger': the harm the speaker will not let be done
    tolerating_verbs: frozenset[str]  # threat61: 'will not tolerate any provocation' (act_untolerated)
    untolerated_deeds: frozenset[str]  # 'provocation', 'aggression', 'hostile': the deed not tolerated
    aggressor_nouns: frozenset[str]  # threat61: 'the aggressors will pay a heavy price' (act_consequences)
    giving_verbs: frozenset[str]  # threat61: 'gave X an ultimatum' (act_given_threats)
    order_verbs: frozenset[str]  # 'ordered his minister to impose tariffs': a measure not yet in force (act_ordered_measures)
    becoming_verbs: frozenset[str]  # 'would become legitimate targets'
    target_words: frozenset[str]  # 'targets'
    legitimate_words: frozenset[str]  # 'legitimate', 'lawful'
    occasion_nouns: frozenset[str]
    protest_places: frozenset[str]  # 'gathered outside the X embassy to protest': the gathering's place
    outbreak_verbs: frozenset[str]  # (coerce52) 'Protests erupted in X': a protest held (act_outbreaks)
    outbreak_particle_verbs: frozenset[str]  # 'broke' needs its 'out'
    outbreak_joints: frozenset[str]  # 'and protests erupted': a clause opens
    outbreak_background: frozenset[str]  # 'after protests erupted': the time of another act
    riot_deed_lemmas: frozenset[str]  # sanction56: 'protesters stormed X', 'crowds torched X': a riot (act_riots)
    thrown_lemmas: frozenset[str]  # (enacts55) 'hurled', 'threw': a crowd's missiles are its riot (act_riots)
    riot_missiles: frozenset[str]  # (enacts55) 'petrol bombs', 'stones': what a crowd throws in a riot
    protest_measures: frozenset[str]  # (enacts55) 'ban on protests': the protest a measure names (act_measured_protests)
    double_object_lemmas: frozenset[str]  # (enacts55) 'gave the militants an ultimatum': the one given to (act_sides)
    contest_lemmas: frozenset[str]  # (enacts55b) 'beat': a win in a game when the sentence tells one (act_sports)
    sports_cues: frozenset[str]  # (enacts55b) 'final', 'league', 'cup': the words that tell a game
    topic_over_preps: frozenset[str]  # plover57: 'over' a topic after the named object: no recipient (act_topic_phrases)
    troop_gathering_verbs: frozenset[str]  # plover57: 'troops gather near the border': MOBILIZE with troops only
    troop_subjects: frozenset[str]  # plover57: the troop nouns such a verb needs right before it
    opinion_texts: frozenset[str]  # plover57: 'a column argued that X should': an argument, no request (act_obligations)
    aid_pledge_verbs: frozenset[str]  # plover57b: 'pledged to send troops to X': a promise (act_pledged_troops)
    patient_phrase_ends: frozenset[str]  # plover57b: 'from', 'by' ... end a gerund's 'of' patient (act_gerund_patients)
    sport_side_nouns: frozenset[str]  # plover57: 'team', 'squad': a side in a game, whose attack is play (act_sports)
    planted_bomb_lemmas: frozenset[str]  # (enacts55b) 'bomb': a bombing by a doer with no aircraft (act_means_modes)
    bomb_planters: frozenset[str]  # (enacts55b) 'militants', 'insurgents': doers whose bombing is explosives
    aimed_use_lemmas: frozenset[str]  # force58: 'used tear gas against X': force only aimed at someone (act_riots)
    weapon_dispersal_lemmas: frozenset[str]  # force59: 'used tear gas to disperse X': force on X (act_riots)
    explosion_lemmas: frozenset[str]  # kocoerce66: 'a bomb exploded, killing ...' (act_doerless_explosions)
    explosive_devices: frozenset[str]  # kocoerce66: the devices whose going off is an attack
    harm_lemmas: frozenset[str]  # kocoerce66: the participle of harm after an explosion (', killing five people')
    harm_forms: frozenset[str]  # koactors68: 'were killed in a bomb attack': the harm before its cause (act_harm_causes)
    going_off_verbs: frozenset[str]  # koactors68: 'A car bomb went off, killing three' (act_harm_causes)
    striking_verbs: frozenset[str]  # acts58: 'A suicide bombing hit a mosque': the attack's landing (act_struck_sites)
    force_manner_adverbs: frozenset[str]  # kocoerce66: 'violently dispersed': violent repression (ASSAULT)
    dispersal_lemmas: frozenset[str]  # kocoerce66: 'broke up the rally': the gathering's people (act_dispersed_gatherings)
    word_clash_lemmas: frozenset[str]  # lead59: 'lawmakers clashed over the budget': words, no force (act_riots)
    force_end_words: frozenset[str]  # force59: 'the fighting stopped': its end, no fight (act_definite)
    force_end_stops: frozenset[str]  # force59: words closing the noun's clause before such a verb
    decision_phrases: Phrases  # 'had decided to provide aid': a grant made by the decision (act_clause.decided)
    decided_types: frozenset[str]
    plan_phrases: Phrases  # future53: 'plans to expel', 'decided to deploy': the deed planned, no threat
    timetabled_types: frozenset[str]  # plans54: 'hold drills next month': a timetable, planned (act_timetabled)
    contrast_words: frozenset[str]  # plans54b: 'had planned to expel them but dropped the idea' (act_dropped_plans)
    dropped_plan_verbs: frozenset[str]
    dropped_plan_objects: frozenset[str]  # 'dropped the idea', 'scrapped the plan': the plan itself given up
    dropped_plan_determiners: frozenset[str]
    harm_prepositions: frozenset[str]  # plans54b: 'will mobilize its army against B': a move aimed at B, a threat
    power_objects: frozenset[str]  # enacts56: 'demand to hand over power': a change of leadership asked
    pounding_subjects: frozenset[str]  # enacts56: 'artillery pounded X': a bombardment (act_sighted_forces)
    precondition_links: frozenset[str]  # enacts56: 'demanded X before allowing Y': Y not done (act_preconditions)
    occurrence_verbs: frozenset[str]  # enacts56: 'a bombing occurred at a market in X' (act_occurred_attacks)
    host_prepositions: frozenset[str]  # enacts56: 'would deploy missiles in B': B hosts the move, no threat to B
    bare_future_measures: frozenset[str]  # plans55b: 'will expel two X diplomats': the measure planned, no threat
    time_ahead_words: frozenset[str]  # plans54: 'next month', 'tomorrow': the times ahead that make it one
    timetable_light_verbs: frozenset[str]  # plans54: 'hold drills next month': the verb before the deed's noun
    voted_texts: frozenset[str]  # 'passed a resolution condemning X': a body's text that does an act (act_enacted)
    recurring_openers: frozenset[str]  # "have held drills every year": a habit (act_background.recurring_after)
    recurring_units: frozenset[str]
    recurring_wordings: frozenset[str]  # "for years", "time and again"
    stretch_wordings: frozenset[str]  # koriot70: "criticized X for years": a stretch in any tense (act_background)
    characterizing_frames: frozenset[str]  # "preparation for war": what a named act is said to be (act_background)
    consequence_verbs: frozenset[str]  # "will pay the price": what the threatened side suffers (act_consequences)
    consequence_objects: frozenset[str]
    consequence_bare: frozenset[str]  # "will regret it": suffering with no object needed
    hope_verbs: frozenset[str]  # "expressed hope that": the verb whose subject voices the hope (act_hopes)
    accusing_finite: frozenset[str]  # "violated", "amounted": a reported clause's own verb of wrongdoing
    equating_verbs: frozenset[str]  # "amounted", "constituted": those of them that need a damning complement
    judging_finite: frozenset[str]  # (critics49) "betrays": a verb of wrongdoing that judges, no deed alleged
    wronged_goods: frozenset[str]  # (accuse58) 'undermined the peace process': a good wronged, conduct judged
    judging_predicates: frozenset[str]  # (accuse50) "declared war on its own": a figure that judges, no deed alleged
    lacking_nouns: frozenset[str]  # (critics49) "a lack of respect": a want of what is owed, damning with its "of"
    blaming_predicates: frozenset[str]  # first words of those that must name an act ("responsible for the attack")
    voted_processes: frozenset[str]  # (charges50) "the election": a vote its judge's own state held (act_judged_votes)
    vehicle_texts: frozenset[str]  # "in a joint statement": a text that carries another act (act_vehicles)
    vehicle_prepositions: frozenset[str]
    conveying_verbs: frozenset[str]  # "conveyed its concerns": sent to the side at fault (act_vehicles)
    promised_responses: frozenset[str]  # 'would respond firmly': a threat only when future (act_responses)
    judged_links: frozenset[str]  # '"...," X said of Y's launch': the judged deed (act_quoted_verdicts)
    stance_nouns: frozenset[str]  # 'its stance on supplying arms': a topic, no act (act_stances)
    stance_prepositions: frozenset[str]
    witness_nouns: frozenset[str]  # (support59) 'signed the accord as witnesses': no party of it (act_witnesses)
    talk_nouns: frozenset[str]  # (support59) 'held talks on food aid': help as a topic of talks, none given (act_stances)
    record_verbs: frozenset[str]  # (precision48) 'citing attacks on X', 'documented raids': a noun object (act_cited)
    attendance_verbs: frozenset[str]  # (precision48) 'will take part in the summit': a planned meeting (act_attendance)
    gathering_nouns: frozenset[str]
    protest_joining_verbs: frozenset[str]  # (lead41) 'took part in protests': the people's protest (act_attendance);
    # its list and `gathering_joining_verbs`
    protest_gathering_nouns: frozenset[str]
    exercise_nouns: frozenset[str]  # (precision48) 'joint drills' of one state: its drill (act_exercises)
    partner_prepositions: frozenset[str]  # (plans56) 'held drills with B': B drills beside it (act_exercises)
    oath_verbs: frozenset[str]  # (congrats50) 'swore in a new cabinet': an installation, no pledge (act_installations)
    installing_particles: frozenset[str]
    feared_act_verbs: frozenset[str]  # (encoup48) 'feared a border closure': a dreaded deed, no act (act_feared_deeds)
    winner_lemmas: frozenset[str]  # (congrats50) 'congratulated the winner', 'conceded defeat': to the election's winner
    joint_deed_stops: frozenset[str]  # plover58: 'jointly announced': words, no joint deed (act_joint_deeds)
    window: int

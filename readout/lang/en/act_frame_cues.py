"""The second part of the closed word lists of `en_acts.yaml` the English act readers consult (`Cues`): the words
the frame, context, target and side readers read around an act (attempts, conditions, drills, launches, charges of
fire, reporting frames, the people nouns of a domestic side, the modes an object names ...), as `FrameCues`, the base
class of `Cues` whose own base is `act_clause_cues.ClauseCues`.

Why its own module (debt59): the bundle's fields outgrew two modules; over three classes they stay one bundle that
every reader reads by name (`cues.name`), in the same order (base first), and each module stays a few hundred lines.
"""
from __future__ import annotations

from readout.lang.en.act_clause_cues import ClauseCues


class FrameCues(ClauseCues):
    """The frame, context, target and side readers' word lists of `Cues` (the first of its own fields before
    debt59): a frozenset field is the `cues:` list of the same name, a dict one its table; `cues_of` fills them."""
    # read by the frame, context, target and side readers
    attempt_types: frozenset[str]
    attempt_verbs: frozenset[str]
    causative_verbs: frozenset[str]
    bare_causatives: frozenset[str]  # 'to help X take part': the bare verb's modality is the infinitive's
    blocking_verbs: frozenset[str]
    act_adjectives: frozenset[str]
    statement_heads: frozenset[str]
    enactment_verbs: frozenset[str]
    condition_openers: frozenset[str]
    inverted_condition_openers: frozenset[str]  # 'should X refuse, ...': an auxiliary before its subject
    inverted_condition_after: frozenset[str]
    trailing_condition_openers: frozenset[str]  # 'will retaliate should X test': no comma before (en-acts45)
    untargeted_fire_preps: frozenset[str]
    untargeted_fire_places: frozenset[str]
    fire_target_preps: frozenset[str]
    warning_fire: frozenset[str]  # 'fired warning shots': a show of force (act_drills.warning_fire)
    reaction_verbs: frozenset[str]  # 'Y scrambled jets': forces that answer the show of force before (act_drills)
    drill_nouns: frozenset[str]  # 'a precision bombing drill': the deed noun names the drill's kind (act_drills)
    drill_frame_preps: frozenset[str]  # coding63: 'fired tear gas during a drill': no force (act_drills)
    compound_prepositions: frozenset[str]  # 'in response to': no object of the act word before (act_window)
    interception_lemmas: frozenset[str]  # 'the missiles were shot down': air defence (act_interceptions)
    munition_nouns: frozenset[str]
    salvo_drone_nouns: frozenset[str]  # modal46: 'shot down most of the drones': a salvo, munitions
    attack_drone_modifiers: frozenset[str]  # 'a kamikaze drone'
    intercepted_pronouns: frozenset[str]  # 'shot them down': the salvo told before
    expectation_verbs: frozenset[str]  # modal46: 'X expects B to send troops': B acts (act_expected_deeds)
    tally_words: frozenset[str]  # 'has staged several drills since ...': a tally, no act (act_background)
    rehearsal_verbs: frozenset[str]  # 'an exercise that simulated strikes on ports': a scenario (act_drills)
    fire_hit_words: frozenset[str]
    launch_target_preps: frozenset[str]
    weapon_placing_verbs: frozenset[str]  # 'deployed missiles aimed at X': a threat, not an attack (ploverko63)
    project_nouns: frozenset[str]  # enpar54: 'a satellite programme': the object's head (act_joint_projects)
    joint_words: frozenset[str]  # enpar54: 'a joint satellite programme' is COOPERATE (act_joint_projects)
    content_vetoes: frozenset[str]  # enpar54: 'vetoed a ceasefire resolution': yield by its object (act_yield_contents)
    yield_content_nouns: frozenset[str]  # enpar53: 'rejected the proposal for a truce': yield (act_yield_contents)
    jail_term_lemmas: frozenset[str]  # enpar53: 'jailed X for 10 years': also the sentence (act_jail_terms)
    jail_term_units: frozenset[str]  # the units of a term after 'for' ('years', 'months', 'life')
    drafted_text_nouns: frozenset[str]  # conflict54: 'vetoed a resolution on sanctions': the text (act_rejected_objects)
    drafted_text_preps: frozenset[str]  # the prepositions that open its subject ('on', 'over', 'about')
    sentence_term_lemmas: frozenset[str]  # conflict54: 'sentenced X to 10 years': also the holding (act_jail_terms)
    prison_term_nouns: frozenset[str]  # 'to three years in prison': a term served in a cell
    suspended_term_words: frozenset[str]  # 'a suspended sentence': no one held
    weapon_coordinators: frozenset[str]  # 'missiles and drones': one launch (act_launched_weapons)
    launched_weapons: frozenset[str]  # the weapons a launch's object may coordinate
    launch_times: frozenset[str]
    background_openers: frozenset[str]
    concessive_openers: frozenset[str]  # accuse59: 'despite', 'in spite of' a charge told (act_conceded_charges)
    told_determiners: frozenset[str]  # 'the', 'these': the charge's determiner there
    day_phrase_openers: frozenset[str]  # 'on Monday' between a people subject and its verb (act_sides.date_lead)
    reporter_pronouns: frozenset[str]  # 'miners said they would': the reporter's pronoun (act_sides)
    report_gap_words: frozenset[str]  # 'said (on Friday) (that) they': words between the verb and the pronoun
    supported_phrase_stops: frozenset[str]  # 'stood with its allies in': the phrase's end (act_addressees)
    characterized_complement_stops: frozenset[str]  # 'called X a provocation and': its end (act_characterize)
    reporting_time_words: frozenset[str]  # 'said on Monday that': a reporting verb's time phrase (act_characterize)
    reporting_channel_words: frozenset[str]  # 'said in a statement that': its channel phrase
    recent_words: frozenset[str]
    past_perfect_auxiliaries: frozenset[str]
    perfect_fillers: frozenset[str]
    prediction_verbs: frozenset[str]
    prediction_modals: frozenset[str]
    speaker_pronouns: frozenset[str]
    empty_subjects: frozenset[str]  # 'said there was evidence': a reported clause naming no side (act_allegations)
    pronoun_subjects: frozenset[str]  # '"This is a provocation"': a quoted subject naming no deed
    modifying_prepositions: frozenset[str]  # 'the war in X, which': X modifies, no antecedent (act_antecedents)
    naming_other_senses: frozenset[str]  # 'called off', 'called itself': no naming verb (act_characterize)
    charged_phrase_openers: frozenset[str]  # 'criticized X for failing to support': no charged support (act_judged)
    ascribing_links: frozenset[str]  # 'the attack on X, carried out by Y' / 'which it blamed on Y': Y did it (en36)
    state_voices: frozenset[str]
    offer_words: frozenset[str]
    meeting_proposal_verbs: frozenset[str]
    mediation_words: frozenset[str]
    preparation_verbs: frozenset[str]
    preparation_types: frozenset[str]
    aspect_verbs: frozenset[str]
    domestic_actors: frozenset[str]
    counted_people_after: frozenset[str]  # (places56b) 'arrested nine in X': a bare count's people (act_counted_objects)
    object_fillers: frozenset[str]
    office_nouns: frozenset[str]
    proposal_nouns: frozenset[str]  # what another side puts forward and a REJECT may reject ("the proposal")
    proposer_prepositions: frozenset[str]
    draft_nouns: frozenset[str]  # reject41: a draft put to a vote, whose sponsor a REJECT answers
    reproach_adverbs: frozenset[str]  # 'could not even accept': the speaker reproaches the refusers (ACCUSE)
    welcome_occasions: frozenset[str]  # 'welcomed X at a ceremony', 'with a guard of honour': a courtesy, no SUPPORT
    draft_refusals: frozenset[str]  # the REJECT lemmas that refuse a draft ('vetoed', not 'would violate')
    ballot_verbs: frozenset[str]  # votes46: the verbs of a vote list's clauses (act_vote_lists)
    draft_pronouns: frozenset[str]  # votes46: 'voted against it': the draft the story told
    convened_nouns: frozenset[str]  # votes46: a body's sessions, refused to the body (act_convened)
    list_joiners: frozenset[str]  # votes46: the words in a list of voters besides names
    draft_content_breaks: frozenset[str]  # votes46: where a refused draft's content ends (act_draft_contents)
    sponsor_participles: frozenset[str]  # 'drafted by C': the draft's sponsor after 'by'
    promise_nouns: frozenset[str]
    promisee_prepositions: frozenset[str]
    complement_verbs: frozenset[str]
    unaddressed_objects: frozenset[str]
    comitative_adverbs: frozenset[str]  # 'along with X': X acts beside the subject (act_asked_partners)
    cause_openers: frozenset[str]
    courtesy_calls: frozenset[str]
    stance_telling_verbs: frozenset[str]  # planned71: 'shared their views': one's own stance told, no act
    stance_sympathy_verbs: frozenset[str]  # enmodes70: 'sympathized with the position that ...': a view shared
    meeting_calling_off: frozenset[str]  # enmodes70: 'was scrapped by X': the participles of calling a meeting off
    failed_outcome_passives: frozenset[str]  # 'the signing was called off': the noun act did not come about (outcomes47)
    failed_outcome_intransitives: frozenset[str]  # 'the deal fell through'
    failed_outcome_actives: frozenset[str]  # 'postponed the signing of the pact'
    broken_accord_predicates: frozenset[str]  # koacts60: 'the truce ..., brokered by Q, collapsed': no accord made
    plan_nouns: frozenset[str]  # 'plans to sign the accord were shelved'
    plan_modifiers: frozenset[str]  # 'called off the planned signing'
    object_particles: frozenset[str]  # 'rounded on X', 'railed against X': the particle opens the judged one (outcomes47)
    answered_acts: frozenset[str]
    coup_nouns: frozenset[str]  # (condemn50) a seizure of power inside a state: 'condemned the coup'
    sort_nouns: frozenset[str]  # (condemn50) 'any form of', 'all kinds of' before a judged deed
    irregular_past: frozenset[str]
    gathering_verbs: frozenset[str]
    criticism_verbs: frozenset[str]  # lemmas whose plain ACCUSE reading needs an actor and a topic
    criticism_topics: frozenset[str]
    criticism_non_topics: frozenset[str]
    criticism_bodies: frozenset[str]
    pledge_threat_modes: dict[str, str]  # "TYPE=mode": the mode of a pledge that threatens that type
    frames: dict[str, str]  # verb lemma -> its entry's frame (pledge, refuse)
    force_vehicles: frozenset[str]  # forces a state moves or shows ("aircraft", "warships")
    force_group_heads: frozenset[str]  # a formation's head after a force word ("carrier group", en33)
    force_group_modifiers: frozenset[str]
    mission_nouns: frozenset[str]  # a diplomatic mission after a post ("an official at X's embassy", en33)
    mission_links: frozenset[str]
    sit_in_lemmas: frozenset[str]  # (plover61) a place occupied by people who are no armed side: PROTEST obstruct
    keeping_verbs: frozenset[str]  # forms of a verb keeping a side from a deed ('banned X from taking part'): act_kept_from
    appositive_complements: frozenset[str]  # a word after an appositive's closing comma that goes on with the object's
    # complement ('asked Chile, the largest producer, to'; 'forced the agency, X, out of'): the appositive is skipped
    sighting_verbs: frozenset[str]  # lemmas of an observer seeing forces: their owner acts
    force_moves: frozenset[str]  # lemmas of forces moving: an act only with forces as the subject
    placing_participles: frozenset[str]  # (enpeople52) 'a newspaper based in X': the phrase places the people
    crowd_numbers: frozenset[str]  # words of a number of people that head a subject alone ("Thousands marched")
    interception_verbs: frozenset[str]  # lemmas of forces intercepting aircraft: both sides moved forces
    ownerless_adjectives: frozenset[str]  # 'Western demands': capitalized, and no one's name
    floating_quantifiers: frozenset[str]  # 'X and Y both condemned': after a subject, no determiner of the verb
    met_people_words: frozenset[str]  # meet52b: 'met with a group of protesters': between a meeting verb and its people
    strike_participles: frozenset[str]  # plover54: 'from striking miners': on strike (act_object_participles)
    working_people: frozenset[str]  # plover54: the people 'striking' describes as on strike
    charge_nouns: frozenset[str]  # what another side charged and a REJECT may answer ("the accusations")
    ruled_out_predicates: frozenset[str]  # 'said X was out of the question': the speaker refuses X (act_ruled_out)
    agenda_objects: frozenset[str]  # 'would not put X on the agenda': a refusal; put on it, no act (shelve53)
    denied_seizure_verbs: frozenset[str]  # 'no state can annex another': the claim refused (shelve53)
    yielded_land_predicates: frozenset[str]  # 'said the islands were not for sale': the claimant is refused (stance52)
    told_pronouns: frozenset[str]  # 'Chile denied it': the pronoun of the charge just told
    reported_object_pronouns: frozenset[str]  # charges51: 'said Y had threatened to attack it': the speaker
    reported_object_possessives: frozenset[str]  # charges51b: 'said Y had shelled its post': the speaker's
    denial_verbs: frozenset[str]  # 'denied it': a verb whose pronoun object is a charge, never a proposal
    gapped_denial_verbs: frozenset[str]  # relclause53: '..., a charge Y denied': Y's REJECT (act_rejected_objects)
    announcing_verbs: frozenset[str]  # 'did not announce the expulsion': its noun act undone (act_unannounced)
    plan_denying_verbs: frozenset[str]  # 'denied plans for the expulsion': the planned noun act undone
    foiling_verbs: frozenset[str]  # (encoup49) 'thwarted an attempt to stage a coup': no act of theirs (act_foiled_bids)
    bid_nouns: frozenset[str]
    coup_doer_nouns: frozenset[str]  # (encoup49) 'officers ousted the president': a coup's doers (act_armed_ousters)
    coup_means_prepositions: frozenset[str]  # (coups50) 'was overthrown in a coup': the means' preposition
    crushing_verbs: frozenset[str]  # (coups50) 'crushed an attempt to seize power': foiling only a bid or coup
    coup_means_nouns: frozenset[str]  # (coups50) the coup named as a passive ouster's means (act_armed_ousters)
    commitment_nouns: frozenset[str]  # (plover51) 'reneged on its commitment': an own pledge refused, standing alone
    reneging_verbs: frozenset[str]  # (plover51b) 'reneged on the deal': the thing refused was the rejecter's own
    accord_breaking_verbs: frozenset[str]  # (plover52) 'broke the agreement': an accord of the breaker's own refused
    broken_accord_nouns: frozenset[str]  # (plover52) the accords a verb of `accord_breaking_verbs` breaks
    rule_defying_verbs: frozenset[str]  # (plover53) 'violated the embargo': a rule defied, standing alone
    defied_rule_nouns: frozenset[str]  # (plover53) the rules a verb of `rule_defying_verbs` defies
    portfolio_office_nouns: frozenset[str]  # (plover51) 'the defence minister': a portfolio word before the office
    work_strike_nouns: frozenset[str]  # 'the union launched a strike': a work stoppage (act_work_strikes)
    stoppage_lemmas: frozenset[str]  # enmil47: 'Latvian dockers staged a strike': unlisted doers' stoppage
    delivery_nouns: frozenset[str]  # 'postponed the delivery of a speech': no goods (act_spoken_deliveries)
    spoken_delivery_nouns: frozenset[str]  # what a delivery of words delivers: a speech, an address, a verdict
    unanswered_leave_verbs: frozenset[str]  # 'will not leave it unanswered': letting what the speaker will answer
    account_nouns: frozenset[str]  # a side's telling of what happened another may reject ("an account X rejected")
    aid_modes: dict[str, str]  # a word naming what is given -> the AID mode ("food" humanitarian, "loan" economic)
    assault_instruments: dict[str, str]  # a weapon word after "with" -> the ASSAULT mode ("drones" drone)
    answered_kinds: dict[str, str]  # an answered act noun -> the kind of force it names ("launch" MOBILIZE/weapons)
    deed_nouns: dict[str, str]  # (refer42) every one-word form of the lexicon's deed noun entries -> TYPE/mode ("veto")
    pair_source_prepositions: frozenset[str]  # (en41) 'restraint from both sides': the pair asked (act_open_appeals)
    welcoming_verbs: frozenset[str]  # (en41) 'welcomed', 'hailed': a verb of welcoming another side's deed
    welcomed_deeds: dict[str, str]  # (en41) a deed noun it welcomes -> the kind it names ("ceasefire" AGREE; else "")
    welcomed_kind_nouns: dict[str, str]  # (support61) a deed noun entry of `welcomed_entry_kinds` -> TYPE/mode ("release")
    welcomed_pronouns: frozenset[str]  # (support61) "welcomed it": the deed the story told
    instrument_preps: frozenset[str]
    free_relative_openers: frozenset[str]  # "what" opening a reporting frame before an object (act_window)
    free_relative_verbs: frozenset[str]  # "said", "claimed", "appeared": the frame's verb
    free_relative_ends: frozenset[str]  # "was", "were", "be", "as": the word that ends the frame
    figure_objects: frozenset[str]  # 'beating drums', 'struck a chord': a verb of force used figuratively
    resultative_objects: frozenset[str]  # (enacts55) 'hacked X to death': the result after the verb's own object
    rammed_vehicles: frozenset[str]  # 'rammed a car into X': the vehicle driven, not the victim
    ram_prepositions: frozenset[str]
    attacker_nouns: frozenset[str]  # 'a suicide bomber from the X-based group': the group is the agent
    free_relative_naming: frozenset[str]  # "called", "dubbed": a frame ended by its naming verb ("what it called X")
    attributive_participles: frozenset[str]  # "a tactical guided weapon": a participle used as an adjective

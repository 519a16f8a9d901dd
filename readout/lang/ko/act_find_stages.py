"""The Korean act finder's passes after its stem, deed, headline and nominal hits, read in named stages (debt51b:
out of lang/ko/acts.py, which keeps those steps and asks `FIND_STAGES` in order).

Why a module of its own: each stage is a screen of passes on one question (whose a deed is, a refusal, a demand, a
pledge, an order, force, the manual's reading, a threat, harm), run on the hits the one before it left; the finder
only runs the chain. A new pass goes in the stage whose question it answers.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.base.records import to_winner
from readout.lang.ko.act_enabled_parties import enabled_parties
from readout.lang.ko.act_forces_victims import forces_victims
from readout.lang.ko.act_coordinated_targets import coordinated_targets
from readout.lang.ko.act_struck_capitals import struck_capitals
from readout.lang.ko.act_anniversaries import anniversary_counts
from readout.lang.ko.act_appeals import open_appeals
from readout.lang.ko.act_judged_objects import judged_objects
from readout.lang.ko.act_appositives import described_sides
from readout.lang.ko.act_grown import grown_cooperation
from readout.lang.ko.act_taken_place import taken_place
from readout.lang.ko.act_partners import agreed_partners
from readout.lang.ko.act_quoted_demands import headline_quoted_demands
from readout.lang.ko.act_clauses import obligation_requests, without_demanded
from readout.lang.ko.act_backed_objects import backed_objects
from readout.lang.ko.act_posted_forces import posted_forces
from readout.lang.ko.act_headline_objects import headline_objects
from readout.lang.ko.act_conditions import condition_spans, with_conditions
from readout.lang.ko.act_observers import observed_acts, witnessed_signings
from readout.lang.ko.act_standing_accords import standing_accords
from readout.lang.ko.act_unsold_land import unsold_lands
from readout.lang.ko.act_denied_seizures import denied_seizures
from readout.lang.ko.act_dispersed_gatherings import force_dispersals
from readout.lang.ko.act_dropped_plans import dropped_plans
from readout.lang.ko.act_exercises import exercise_drills
from readout.lang.ko.act_voiding_laws import voiding_laws
from readout.lang.ko.act_unworthy import unworthy_refusals
from readout.lang.ko.act_groups import asked_at_call, concern_addressed
from readout.lang.ko.act_postures import reaction_forces
from readout.lang.ko.act_advisories import own_people_advisories
from readout.lang.ko.act_refused_meetings import refused_meetings
from readout.lang.ko.act_asked_people import asked_home_people
from readout.lang.ko.act_pledged_measures import pledged_measures
from readout.lang.ko.act_ready_defences import ready_defences
from readout.lang.ko.act_priced_subjects import priced_subjects, suffered_prices
from readout.lang.ko.act_possible_deeds import possible_deeds, reported_futures
from readout.lang.ko.act_vowed_responses import framed_threats, kept_holdings, vowed_responses
from readout.lang.ko.act_regarded_deeds import regarded_threats
from readout.lang.ko.act_series_history import series_history
from readout.lang.ko.act_owned_welcomes import owned_welcomed_deeds
from readout.lang.ko.act_welcomes import welcomed_deeds, welcomed_guests
from readout.lang.ko.act_joined_content import asked_measures, demanded_obligations, joined_content
from readout.lang.ko.act_listed_measures import listed_measures
from readout.lang.ko.act_expulsions import asked_own_envoys, expulsion_orders
from readout.lang.ko.act_protest_demands import gathered_denunciations, protest_demands
from readout.lang.ko.act_clashes import armed_clashes, forces_sent_to_strike, mutual_owners
from readout.lang.ko.act_summons import posted_summons
from readout.lang.ko.act_threats import answered_deeds, deterred_deeds, named_warnings, warned_also
from readout.lang.ko.act_warnings import aimed_warnings
from readout.lang.ko.act_attended_rallies import attended_rallies
from readout.lang.ko.act_halted import ended_fights, halted_drills
from readout.lang.ko.act_speculation import speculated_deeds
from readout.lang.ko.act_judged import judged_deeds
from readout.lang.ko.act_likeness import compared_deeds
from readout.lang.ko.act_interceptions import intercepted_munitions
from readout.lang.ko.act_requested import framed_requests, requested_frames
from readout.lang.ko.act_withheld_cooperation import withheld_cooperation
from readout.lang.ko.act_punishment_warnings import punishment_warnings
from readout.lang.ko.act_refused_demands import refused_demands
from readout.lang.ko.act_released_people import released_people
from readout.lang.ko.act_labelled_people import labelled_people
from readout.lang.ko.act_gathered_troops import gathered_troops
from readout.lang.ko.act_refused_exits import refused_exits
from readout.lang.ko.act_pressing_things import thing_pressures
from readout.lang.ko.act_deterrent_warnings import deterrent_warnings
from readout.lang.ko.act_untolerated import untolerated_deeds
from readout.lang.ko.act_warned_measures import warned_measures
from readout.lang.ko.act_ordered_coercions import ordered_coercions
from readout.lang.ko.act_ordered_deployments import ordered_deployments
from readout.lang.ko.act_ordered_measures import ordered_measures
from readout.lang.ko.act_weighed_measures import weighed_measures
from readout.lang.ko.act_retaliation_means import retaliation_means
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.act_verdicts import verdict_accusations
from readout.lang.ko.act_weapon_modes import weapon_modes
from readout.lang.ko.act_judged_votes import judged_votes
from readout.lang.ko.act_own_mandates import own_obligations
from readout.lang.ko.act_owned_deeds import owned_deeds
from readout.lang.ko.act_owned_sanctions import owned_sanctions
from readout.lang.ko.act_judged_expulsions import judged_expulsions
from readout.lang.ko.act_paired_addressees import paired_addressees
from readout.lang.ko.act_clashing_protesters import clashing_protesters
from readout.lang.ko.act_doerless_explosions import doerless_explosions
from readout.lang.ko.act_occurred_attacks import occurred_attacks
from readout.lang.ko.act_harmed_by import harmed_by_agents
from readout.lang.ko.act_harm_causes import harm_causes
from readout.lang.ko.act_owner_attackers import owner_attackers
from readout.lang.ko.act_owner_forces import owner_forces
from readout.lang.ko.act_harm_subjects import stateless_agent_passives
from readout.lang.ko.act_forced_suppression import forced_suppressions
from readout.lang.ko.act_border_arms import border_arms
from readout.lang.ko.act_sent_destinations import sent_destinations
from readout.lang.ko.act_inquiry_matters import inquiry_matters
from readout.lang.ko.act_resolved_topics import resolved_topics
from readout.lang.ko.act_reported_threats import reported_threats
from readout.lang.ko.act_said_readiness import said_readiness
from readout.lang.ko.act_lifted_blockades import lifted_blockades
from readout.lang.ko.act_weighed_nouns import weighed_nouns
from readout.lang.ko.act_undone_detentions import undone_detentions
from readout.lang.ko.act_prison_terms import prison_terms
from readout.lang.ko.act_surrendered_forces import surrendered_forces
from readout.lang.ko.act_suicide_attackers import owned_suicide_attacks, suicide_attackers


def owner_passes(text: str, toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """Whose a deed is and whom it reaches: a headline's bare object, a struck capital, the forces' victims, a backed
    group, a post's forces, owned sanctions and deeds, expulsions judged, arms at a border, destinations, inquiries,
    topics, dispersals, a headline's quoted demand, anniversaries, a winner's state, a release's detained."""
    hits = headline_objects(toks, hits)  # kotwins49: '말리군, [반군 기지] 공습': the bare object before the act noun
    hits = struck_capitals(text, hits)  # enattack50: '시리아 반군이 다마스쿠스를 공격했다': Syria's government
    hits = forces_victims(toks, hits)  # enattack50: '시위대 2명이 이란 경찰에 의해 사살됐다': Iran's protesters
    hits = backed_objects(toks, hits, lex)  # kotwins49: '[러시아가 지원하는] 반군을 규탄': the backer, not the target
    hits = posted_forces(toks, hits)  # kobacked50: '소말리아 주재 케냐 대사는 자국 군대가 ...': the post's groups
    hits = owned_sanctions(toks, hits, lex)  # kobacked50: '미국의 제재를 비난했다': the owner's sanction judged
    hits = owned_deeds(toks, hits, lex)  # kojudge47: '러시아의 [폴란드 외교관] 추방': the owner's deed, done to the rest
    hits = judged_expulsions(toks, hits, lex)  # kofix48: 'A는 B의 외교관 추방을 규탄': A's diplomats, no other named
    hits = border_arms(toks, hits, lex)  # kotwins48: 'B와의 국경에 탱크를 보냈다': MOBILIZE weapons, not AID
    hits = sent_destinations(toks, hits, lex)  # kofollow48: '이주민들을 [B로] 추방했다': B receives the deportation
    hits = inquiry_matters(toks, hits)  # kofollow48: '[국유지 매각]에 대한 조사에 착수': the state's own affair
    hits = resolved_topics(toks, hits, lex)  # kofollow48: '[B와의 분쟁 해결을 위한] 제안': REQUEST of B
    hits = force_dispersals(hits, lex.cue("dispersal_verb"))  # ko67: '최루탄을 쏴 시위대를 해산했다': the force alone
    hits = headline_quoted_demands(toks, hits)  # kohead53: '"제재 해제" 요구': the demand's content, no act
    hits = anniversary_counts(toks, hits, lex.cue("anniversary_unit"))  # congrats50: '수교한 지 75주년': no act
    hits = to_winner(hits, lex.cue("winner_lemmas"))  # congrats50: '당선인에게 축하를 전했다': the election's state
    return undone_detentions(toks, hits)  # kopar54: '[구금했던] B 경찰관들을 석방했다': the release alone


def refusal_passes(text: str, toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """Refusals told without a refusal verb (unworthy, denied, unsold: added as hits), laws voiding accords, accords
    held, and objects another side judged."""
    hits += unworthy_refusals(toks, lex, hits)  # ko48: '논의할 가치도 없다': the proposal's author is refused
    hits += denied_seizures(toks, lex, hits)  # shelve53: '다른 나라를 병합할 수는 없다': the claimant is refused
    hits += unsold_lands(toks, lex, hits)  # stance52: '그 섬은 판매 대상이 아니다': the land's claimant is refused
    hits = voiding_laws(toks, hits, lex)  # stance52: '협정을 무효화하는 법률에 서명했다': REJECT of the accord, no AGREE
    hits = standing_accords(toks, hits, lex)  # stance52: 'B와 협정을 맺고 있다': a tie held, no AGREE
    hits = judged_objects(toks, hits)  # relobj47: '[B가 부당하다고 말한] 제재를 C에 부과했다': B judged, C is the target
    return hits


def demand_passes(text: str, toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """Demands: obligations asked and the acts they name (not done), concern addressed at a call, votes judged, open
    appeals, a shared view's content, advisories to one's own nationals and people."""
    requests = obligation_requests(toks, lex, hits)
    hits, requests = own_obligations(toks, hits, requests, lex)  # relative71: '자국군이 철수해야 한다고': its own act
    asked = requests + [h for h in hits if "demanded" in h.data]
    hits = without_demanded(hits, asked, lambda span: text[span[0]:span[1]], lex) + requests
    hits = concern_addressed(toks, asked_at_call(toks, verdict_accusations(toks, lex, hits), lex), lex)
    hits = labelled_people(toks, hits, lex)  # koacts57b: '이 단체를 테러 조직이라고 비난했다': the people judged
    hits = judged_votes(toks, hits, lex)  # charges50: '이번 선거가 불법이라며 인정하지 않았다': a vote held at home
    hits = open_appeals(toks, hits, lex)  # '양측 모두에 자제를 촉구': asked of the sides of the conflict reported
    viewed = {h.data["viewed_threat"] for h in hits if "viewed_threat" in h.data}
    hits = [h for h in hits if h.data.get("pred") not in viewed]  # the shared view's content is not an act itself
    hits = own_people_advisories(toks, hits, lex)  # prec21: '교민들에게 유의하라고 당부': no request to the host state
    hits = asked_home_people(toks, hits, lex)  # request62: '국민들에게 ... 촉구': the speaker's own people asked
    return hits


def pledge_passes(text: str, toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """Pledges and what they threaten: guests and deeds welcomed, measures pledged, defences readied, prices paid or to
    be paid, a series' history, threats regarded or vowed, resolve, joined contents, obligations and measures asked."""
    hits = welcomed_guests(toks, hits, lex)  # prec21: 'B국 대통령 일행을 환영했다': courtesy to a guest, no SUPPORT
    hits = welcomed_deeds(toks, hits, lex)  # en41: '이번 조치를 환영했다': the doer of the deed told receives it
    hits = owned_welcomed_deeds(toks, hits, lex)  # nominal54: '이란의 기자 석방을 환영했다': Iran's release
    hits = pledged_measures(toks, hits, lex)  # kofut45: '추가 조치를 취하겠다고 밝혔다': a threat to the deed's author
    hits = ready_defences(toks, hits, lex)  # threat62: '스스로를 방어할 준비가 돼 있다고 밝혔다': a deterrent threat
    hits = suffered_prices(toks, hits, lex)  # koacts46: '이미 큰 대가를 치렀다': a loss suffered, no threat
    hits = priced_subjects(toks, hits, lex)  # kofut45: '"B는 대가를 치러야 할 것"이라고 말했다': a threat to B
    hits = series_history(toks, hits, lex)  # modal46: 'B의 두 번째 핵실험 이후': an earlier deed of a series
    hits = regarded_threats(toks, hits, lex)  # modal46: 'B의 ...을 적대 행위로 간주하겠다': a threat at B, B did nothing
    hits = vowed_responses(toks, hits, lex)  # refer42: '이에 대응하겠다': a threat answering the deed, no AGREE
    hits = framed_threats(hits, toks)  # '반격하겠다고 다짐했다': the threat, not a pledge of agreement
    hits = kept_holdings(toks, hits, lex)  # enclause50: '주권을 수호하겠다고 다짐했다': resolve, no AGREE
    hits = joined_content(toks, hits, lex)  # prec22: 'B가 휴전에 합의하고 ... 할 것을 촉구': B's asked acts, not done
    hits = demanded_obligations(toks, hits)  # prec22: 'B에 제재를 가해야 한다고 촉구': urged, not imposed
    hits = asked_measures(hits)  # fp23: 'B가 제재 완화 등 조치를 취해야 한다고 요구': B has eased nothing
    return hits


def order_passes(text: str, toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """Orders and their addressees: expulsions ordered, own envoys asked, protest demands, gathered denunciations, a
    post's host summoned."""
    hits = expulsion_orders(toks, hits, lex)  # ko27: '출국하라고 명령했다': the expulsion itself, no request
    hits = asked_own_envoys(toks, hits, lex)  # 'B 주재 대사에게 설명하라고 지시했다': no request of B
    hits = protest_demands(toks, sorted(hits, key=lambda h: h.start), lex)  # domestic49: '정부 퇴진을 요구하며 시위'
    hits = gathered_denunciations(toks, hits, lex)  # accuse50: '시민들이 모여 정부를 규탄했다': their protest
    hits = posted_summons(toks, hits, lex)  # ko30: '주한 B 대사가 초치됐다': the post's host summons
    return hits


def force_passes(text: str, toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """Force and its occasions: clashes of opinion, mutual fights, answering forces, warning fire, halted drills, ended
    fights, rallies attended, listed measures, observed acts, witnessed signings, weapons, forces surrendered to."""
    hits = exercise_drills(toks, hits, lex)  # plans56: '필리핀과 군사훈련을 실시했다': the joint drill (COOPERATE)
    hits = armed_clashes(toks, hits, lex)  # ko30: '의견이 충돌했다' is no force
    hits = mutual_owners(toks, hits, lex)  # ko30: 'A와 B 간 교전': both fight
    hits = reaction_forces(hits, lex)  # drills42: '전투기를 출격시켰다': answers the show of force told before
    hits = aimed_warnings(hits, lex)  # force9: '북한군에 경고사격을 했다': a show of force aimed at the side warned
    hits = halted_drills(hits, lex)  # force9: '군사훈련과 지원을 중단': a drill halted with the aid, no drill held
    hits = ended_fights(toks, hits, lex)  # force59: '교전은 ... 멈췄다': the fighting's end, no fight of that day
    hits = attended_rallies(toks, hits, lex)  # accuse60: '시위에 참석해': a rally gone to, no diplomatic protest
    hits = listed_measures(toks, hits, lex)  # sanction58: '소환하고 추방하는 등 관계를 격하했다': the sum, no third act
    hits = observed_acts(toks, hits, lex)  # ko-acts32: 'X가 참관한 가운데 ... 발사했다': the observer's side acts
    hits = witnessed_signings(toks, hits, lex)  # support59: '증인 자격으로 서명했다': a witness, no party
    hits = weapon_modes(toks, hits, lex)  # parallel52: '드론이 타격했다': the weapon that struck is the mode
    hits = suicide_attackers(toks, hits, lex)  # kopar54: '자살 폭탄 테러범이 ... 살해했다': a suicide attack
    return surrendered_forces(toks, hits)  # kopar54: '반군은 X군에 항복했다': X's forces receive the surrender


def reading_passes(text: str, toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """Deeds told as no act of the day: futures reported, possible or speculated deeds, deeds judged or compared,
    munitions intercepted, requests framing a session, described sides, grown cooperation, acts told as taking place,
    partners agreed with."""
    hits = lifted_blockades(toks, hits, lex)  # charges52b: 'B 항구 봉쇄를 해제했다': a blockade eased, no concession
    hits = reported_futures(toks, hits, lex)  # modal46: 'A는 B가 ...을 공급할 것이라고 밝혔다': B's plan, no AGREE
    hits = possible_deeds(toks, hits, lex)  # kofut45: 'B가 무기를 공급할 수 있다고 우려': B planned nothing
    hits = speculated_deeds(toks, hits, lex)  # fp23: 'B가 지원했을 가능성': a guess about the past, no act
    hits = dropped_plans(toks, hits, lex)  # plans54b: '추방할 계획이었으나 이를 철회했다': nothing planned any more
    hits = judged_deeds(toks, hits)  # fp23: '협정 체결을 환영했다': the judge signed nothing
    hits = compared_deeds(toks, hits, lex)  # precision49: '포위하듯', '찬성하거나 지지하는 것은 아니다'
    hits = intercepted_munitions(toks, hits, lex)  # precision49: '미사일 대부분을 격추했다': air defence
    hits = requested_frames(toks, hits, lex)  # fp23: 'B의 요청에 따라 회의를 열었다': no concession
    hits = framed_requests(toks, hits, lex)  # appeals50: 'B의 요청으로 안보리는 ...': B asked the council
    hits = described_sides(toks, hits)  # ko-acts35: '[북한의 우방]인 중국은 자제를 촉구': North Korea takes no part
    hits = grown_cooperation(toks, hits)  # ko-acts35: 'A와 B의 협력이 강화됐다': A and B cooperate
    hits = taken_place(toks, hits, lex)  # koacts58: '중국에 대한 미국의 비판이 이어졌다': the owner's act took place
    hits = agreed_partners(toks, hits, lex)  # ko-acts35: 'B와의 포로 교환에 합의했다': agreed with B
    return hits


def threat_passes(text: str, toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """Threats and warnings: deterred and answered deeds, warnings going on or named, forces sent to strike,
    conditions, withheld talks, refused meetings, punishments and deterrents, measures warned, ordered or weighed,
    deployments ordered, exits refused, things that press, addressees paired."""
    hits = deterred_deeds(toks, hits, lex, bool(condition_spans(toks, lex)))  # threaten38: '어떠한 공격도 ...에 직면할 것'
    hits = answered_deeds(toks, hits, lex)  # threaten38: '[B군의] 파병과 관련해 ... 무기 지원도 배제하지 않겠다': at B
    hits = warned_also(toks, hits, lex)  # threaten38: 'X는 또 "..."라고 경고했다': the voice going on warns whom it addressed
    hits = named_warnings(toks, hits, lex)  # threaten38: '"이번 훈련은 B에 대한 엄중한 경고"라고 말했다': B is warned
    hits = forces_sent_to_strike(sorted(hits, key=lambda h: (h.start, h.end)))  # clash49: '전투기를 보내 B를 폭격'
    hits = with_conditions(toks, hits, lex)
    hits = withheld_cooperation(toks, hits, lex)  # threats49: '...하면 협상을 하지 않겠다고 압박': a threat, no request
    hits = refused_meetings(hits)  # request63: 'B를 만날 의사가 없다', 'B를 만나지 않겠다': REJECT meet (after the
    # threats of withheld talks, whose refusals stay their content)
    hits = punishment_warnings(toks, hits, lex)  # threats49: '약탈에 엄정 대응하겠다고 경고': its own people warned
    hits = deterrent_warnings(toks, hits, lex)  # threats49: '누구도 Y를 위협하도록 두지 않겠다': the speaker threatens
    hits = enabled_parties(toks, hits, lex)  # koacts59b: 'Y가 ...하도록 도왔다/허용했다': AID/SUPPORT toward Y
    hits = untolerated_deeds(toks, hits, lex)  # threat61: '도발을 좌시하지 않겠다': a deterrent warning
    hits = warned_measures(toks, hits, lex)  # threat61: '제재를 가할 수 있다고 경고': threatened, no SANCTION planned
    hits = said_readiness(toks, hits, lex)  # charges52: '공격할 준비가 돼 있다고 밝혔다': a threat said, no ASSAULT planned
    hits = ordered_measures(toks, hits, lex)  # threats49: '관세를 부과하라고 지시했다': a measure not yet in force
    hits = reported_threats(toks, hits, lex)  # koact49: 'A는 B가 ...하겠다고 위협했다고 밝혔다': B threatens
    hits = weighed_nouns(toks, hits, lex)  # kolex49: 'Y에 대한 제재를 검토하고 있다': a bare measure noun weighed
    hits = weighed_measures(toks, hits, lex)  # enmodes70: '제재 부과를 검토하고 있다': a threat, as 'is considering sanctions'
    hits = ordered_deployments(toks, hits, lex)  # threat54: '병력 배치를 명령했다': forces readied, no request
    hits = ordered_coercions(toks, hits, lex)  # koacts56: '전력 공급 차단을 지시했다': the orderer's COERCE
    hits = refused_exits(toks, hits, lex)  # reject50: '퇴진을 거부했다', '사임하지 않겠다': the calls at home refused
    hits = refused_demands(toks, hits, lex)  # koacts57: '…하라는 야당의 요구를 거부했다': the owner at home
    hits = gathered_troops(toks, hits, lex)  # koacts57b: '러시아군이 국경 인근에 집결했다': troops massed
    hits = released_people(toks, hits)  # koacts57: '[인도가 구금한] 어부들을 석방했다': the captor receives nothing
    hits = thing_pressures(toks, hits, lex)  # request59: '제재는 ... 경제를 압박하고 있다': no one asks
    hits = paired_addressees(toks, hits)  # relatives65: 'B에 X를, C에 Y를 각각 촉구했다': one ask per addressee
    return hits


def harm_passes(text: str, toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """Harm and its doers: explosions with no doer, causes of harm, agents of a passive harm, owners' attackers and
    forces, stateless agents, forced suppressions, prison terms, retaliation's means."""
    hits = doerless_explosions(toks, hits, lex)  # kocoerce66: '폭탄이 터져 5명이 숨졌다': one attack, its victims
    hits = occurred_attacks(toks, hits, lex)  # koacts56: '…에서 자살폭탄 테러가 발생했다': the place struck
    hits = harm_causes(toks, hits, lex)  # koactors68: '폭탄 테러로 5명이 숨졌다': the instrument of harm is the attack
    hits = harmed_by_agents(toks, hits, lex)  # koattack50: '주민 5명이 X군에 의해 숨졌다': X attacked them
    hits = owned_suicide_attacks(toks, hits, lex)  # conflict54: '자살폭탄 테러범의 공격으로': a suicide attack
    hits = owner_attackers(toks, hits)  # victims48: '반군의 공격으로 ... 숨졌다': the rebels (REB) of the place attack
    hits = owner_forces(toks, hits)  # doerless49: '경찰의 총격으로': the police name the doer, not the place
    hits = stateless_agent_passives(toks, hits, lex.cue("conflict_force_noun"))  # victims48: '군인 3명이 괴한들에게 살해됐다': the soldiers never act
    hits = forced_suppressions(toks, hits, lex)  # kocoerce66: '시위대를 무력으로 진압했다': violent repression
    hits = clashing_protesters(toks, hits, lex)  # koacts55: '시위대가 경찰과 충돌했다': they protested too
    hits = prison_terms(toks, hits, lex)  # kopar54: '징역 10년을 선고했다': the conviction and the holding
    hits = coordinated_targets(toks, hits)  # actors54b: '[A 대통령과 B 대통령을] 저격했다': one object of both
    return retaliation_means(toks, hits, lex)  # threats49: '관세로 보복하겠다': a threat of the measure, no violence


FIND_STAGES = (owner_passes, refusal_passes, demand_passes, pledge_passes, order_passes, force_passes,
               reading_passes, threat_passes, harm_passes)  # in this order: each reads what the one before left

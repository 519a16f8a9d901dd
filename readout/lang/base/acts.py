"""What `Language` answers about acts: the act hits of a sentence, their mode (what a request asks, a threat's
force), the side their recipients stand on, an accord's matter, and the words around an act that say it is
joint, history, a venue, a rule, a site nearby or a response.
"""
from __future__ import annotations

from readout.lang.base.records import ActHit


VENUE_REACH = 24  # characters before a body that may say it is attended ('to attend the')
CONFLICT_SIDES = 2  # the states 'the rivals', '두 앙숙' stand for
SITE_NEAR_REACH = 40  # characters before a state's site that may say a strike landed near it ('a few hundred metres from the')
STRUCK_WORD_LEAD = 16  # (places55) characters of an attack cue before its act word ('missiles hit': the act word 'hit')


class ActQuestions:
    """Acts: the act hits of a sentence, their mode, the side their recipients stand on, an accord's matter, and
    what the words around an act say of it (joint, a venue, a rule, a site nearby, a response).
    A mixin of `Language` (lang/base/__init__.py): `self` is the language, with `settings`, `knowledge`, `lex`
    and `units`."""

    def act_mode(self, hit: ActHit, text: str) -> str | None:
        """The act's mode: its lexicon entry's (or the act it asks for), else what its surroundings give. A REQUEST
        to restore an ousted leader or the constitutional order is 'change' whatever else it asks; to release
        people, lift or suspend a measure taken against the asker, or cease fire is 'yield' (the manual's
        concessions); to stop something else is 'change', to visit is 'meet'; a THREATEN whose content is force
        ('would strike back', '반격할 것') is 'violence' (read where the language puts what is asked or threatened)."""
        if hit.type == "THREATEN" and hit.mode is None:
            return "violence" if self.lex.re("threat_violence_re").search(self.asked(hit, text)) else None
        if hit.type != "REQUEST":
            return hit.mode
        near = self.asked(hit, text)
        if self.lex.re("request_restore_re").search(near + text[hit.start:hit.end]):
            return "change"  # over the entry's or the asked act's 'yield': 'the release and reinstatement of X'
        if hit.mode:
            return hit.mode
        if self.lex.re("request_yield_re").search(near):
            return "yield"
        if self.lex.re("request_change_re").search(near):
            return "change"
        if self.lex.re("request_meet_re").search(near + text[hit.start:hit.end]):
            return "meet"
        return None

    def asks_exit(self, hit: ActHit, text: str) -> bool:
        """(request56) A request that an official leave office ('demanded that the president resign', '국방장관의
        해임을 요구했다'), read where the language puts what is asked (lexicon `request_exit_re`): with no other state
        named it is made at home, to the actor's own government."""
        return hit.type == "REQUEST" \
            and bool(self.lex.re("request_exit_re").search(self.asked(hit, text) + text[hit.start:hit.end]))

    def kept_accord(self, hit: ActHit, text: str) -> tuple[int, int, bool] | None:
        """(request61) A request that an accord be kept ('urged that the truce be respected', 'called for the ceasefire
        to be honoured', '휴전 합의가 존중돼야 한다고 촉구했다'), read where the language puts what is asked, right
        against the verb (lexicon `request_kept_accord_re`; a pronoun, 'urged that it be respected', by
        `request_kept_pronoun_re`): (start, end) of the words asked in `text` and whether they name the accord; None
        for any other act."""
        if hit.type != "REQUEST" or hit.negated or not self.lex.get("request_kept_accord_re"):
            return None
        before = self.recipients_side() == "before"
        lo = max(0, hit.start - self.settings.mode_window_chars) if before else hit.end
        for name, named in (("request_kept_accord_re", True), ("request_kept_pronoun_re", False)):
            pattern = self.lex.re(name)
            found = pattern.search(text, lo, hit.start) if before else pattern.match(text, lo)
            if found:
                return found.start(), found.end(), named
        return None

    def asks_for_help(self, hit: ActHit, text: str) -> bool:
        """A request for support, help or cooperation ('asked for support', '협력을 요청했다'), read where the
        language puts what is asked: addressed to the one the speaker is meeting when it names no one."""
        return hit.mode == "assist" \
            or bool(self.lex.re("request_assist_re").search(self.asked(hit, text) + text[hit.start:hit.end]))

    def asks_directly(self, hit: ActHit) -> bool:
        """A request made with a verb of asking someone ('요청했다', '당부했다', 'asked for', 'urged'), not a call or a
        stress laid on a need ('called for continued efforts', 'stressed the need'): at a meeting, when it names no
        one, it asks the one met (lexicon `direct_request_lemmas`)."""
        return hit.type == "REQUEST" and hit.lemma.split("+")[-1] in (self.lex.get("direct_request_lemmas") or ())

    def recipient_needed(self, hit: ActHit) -> bool:
        """(actors57b) An act whose verb makes it one only toward a receiving side ('deposited $5 million', '5억 달러를
        예치했다': money banked at home where no bank of another side is named; lexicon `recipient_needed_lemmas`, the
        verb of a noun+verb lemma). The PLOVER type alone (AID) may stand with no recipient; these verbs may not."""
        return hit.lemma.split("+")[-1] in (self.lex.get("recipient_needed_lemmas") or ())

    def asked(self, hit: ActHit, text: str) -> str:
        """The words where the language puts what a request asks for: before its verb (Korean), after it (English)."""
        window = self.settings.mode_window_chars
        return text[max(0, hit.start - window):hit.start] if self.recipients_side() == "before" \
            else text[hit.end:hit.end + window]

    def find_acts(self, text: str, tokens, before: str = "") -> list[ActHit]:
        """The act hits of one sentence; `before` is the text of the sentence before it, where a language may look
        for the noun a pronoun object stands for (acts60: 'X signed a pact with Y. On Monday X froze it')."""
        raise NotImplementedError

    def recipients_side(self) -> str:
        """Where an act's receiving side stands relative to its verb: 'before' (SOV) or 'after' (SVO)."""
        raise NotImplementedError

    def act_phrase_end(self, text: str, end: int) -> int:
        """Where the phrase of an act word ending at `end` stops at the latest: before a verb coordinated with the
        clause's own ('condemned an attack on a hospital [and called on X]'), whose parties are not the act's.
        The end of the text where the language has no such reading."""
        return len(text)

    def accord_matter(self, text: str, tokens, trigger: tuple[int, int],
                      clause: tuple[int, int]) -> list[tuple[int, int, str]] | None:
        """What a signed accord is about: the content words, as (start, end, lemma), of the noun phrase of the
        document its trigger names ('signed a trade agreement', '무역 협정에 서명했다'), within its clause; None when
        the trigger names no document (a pledge's wording is not compared). Merging tells two accords of one pair on
        one day apart by it."""
        return None

    def measure_object(self, text: str, trigger: tuple[int, int], clause: tuple[int, int]) -> str | None:
        """What a measure affects, as a class the same in every language (the lexicon's `measure_object_re` group:
        accord, border, visas, air, trade, diplomats, aid, relations, talks, exchanges), read from the trigger's
        object ('suspended its fishing accord': accord; '국경 검문소를 폐쇄했다': border); None when no object word of a
        class is there. Two measures of one state on one day that affect other things are two SANCTIONs
        (pipeline/common.other_measure); the same measure told twice has one class. None where the language has no
        such reading."""
        return None

    def act_done_jointly(self, text: str, end: int, clause: tuple[int, int]) -> bool:
        """An act word ending at `end` marked as done together by its clause ('jointly condemned', 'condemned the
        launch together', '함께 규탄했다': the lexicon's `joint_act_re` within the clause, up to where the act's phrase
        stops): the makers' act at one occasion, not one maker's own told elsewhere (pipeline/joint_acts.py)."""
        if not self.lex.get("joint_act_re"):
            return False
        stop = min(clause[1], self.act_phrase_end(text, end))
        return self.lex.re("joint_act_re").search(text, clause[0], max(stop, end)) is not None

    def coordinated_accords(self, text: str, tokens, trigger: tuple[int, int],
                            clause: tuple[int, int]) -> list[tuple[int, int]]:
        """The spans of further accord documents coordinated with the one the trigger names ('signed a trade pact
        and a defence agreement', '무역 협정과 국방 협정에 서명했다'): each is an accord of its own, read for its own
        matter (`accord_matter` over the span). None where the language has no such reading."""
        return []

    def agent_follows(self, text: str, end: int) -> bool:
        """The words after an act noun introduce its agent ('launches by X', 'the deployment of X')."""
        raise NotImplementedError

    def fought_both_ways(self, hit: ActHit, text: str) -> bool:
        """A use of force each side wages on the other ('exchanged fire', 'clashed with', 'a skirmish', 'fighting
        broke out between', '교전을 벌였다', '포격전을 주고받았다', '총격전'): PLOVER's reciprocal ASSAULT, which analysts
        code with both sides as actors and as targets, so no side is only the victim of an exchange it took part in
        (clash49). Read from the words of its lemma (lexicon `reciprocal_force_lemmas`; the noun and the verb of a
        noun+verb lemma, the verb of a verb with its particle) or, for a word of fighting that is also one-sided
        ('fighting', 'hostilities'), from its phrase naming the sides after 'between' (`reciprocal_force_re`, matched
        at the trigger)."""
        if hit.type != "ASSAULT" or hit.negated:
            return False
        parts = hit.lemma.split("+")  # and a verb with its particle ('clash with'): its verb
        if {*parts, *(part.split()[0] for part in parts if part)} & set(self.lex.get("reciprocal_force_lemmas") or ()):
            return True
        return self.lex.get("reciprocal_force_re") is not None \
            and bool(self.lex.re("reciprocal_force_re").match(text, hit.start))

    def names_a_mediator(self, text: str, start: int, end: int) -> bool:
        """The state at [start, end) is named as a go-between ('talks hosted by X', 'a truce brokered by X', 'X의
        중재로', 'X가 주선한'): a third party of a fight's end, never a side of the fight (clash49; lexicon
        `fight_mediator_before_re` ending at the name, `fight_mediator_after_re` right after it). False without the
        patterns."""
        before, after = self.lex.get("fight_mediator_before_re"), self.lex.get("fight_mediator_after_re")
        return bool(before and self.lex.re("fight_mediator_before_re").search(text[max(0, start - VENUE_REACH):start])
                    or after and self.lex.re("fight_mediator_after_re").match(text, end))

    def names_a_broker(self, text: str, start: int, end: int) -> bool:
        """The state at [start, end) is named as the go-between under whom the others met or spoke ('met in X with
        the mediation of C', 'talks brokered by C', 'C의 중재로 만나'): the parties' joint call is theirs and aimed at
        the sides it names, never at the broker (request57; lexicon `broker_before_re` ending at the name,
        `broker_after_re` right after it). Narrower than `names_a_mediator`: 'asked for C's mediation', 'C의 중재를
        요청했다' ask the broker himself. False without the patterns."""
        before, after = self.lex.get("broker_before_re"), self.lex.get("broker_after_re")
        return bool(before and self.lex.re("broker_before_re").search(text[max(0, start - VENUE_REACH):start])
                    or after and self.lex.re("broker_after_re").match(text, end))

    def names_a_rule(self, text: str, end: int) -> bool:
        """The country ending at `end` names a rule, not a party ('UN Security Council resolutions')."""
        raise NotImplementedError

    def names_a_venue(self, text: str, start: int, end: int) -> bool:
        """The body at [start, end) names a gathering, not a party to an act ('the ASEAN summit', 'G20 정상회의',
        'to attend the OAS', '아세안에 참석'): where the act happens or what is attended, never who acts or receives it."""
        return bool(self.lex.re("venue_after_re").match(text, end)
                    or self.lex.re("venue_before_re").search(text, max(0, start - VENUE_REACH), start))

    def names_a_document(self, text: str, end: int) -> bool:
        """The city ending at `end` names a document, not a party ('the Lusaka Declaration', 'the Minsk agreements',
        '루사카 선언에 따르면'): where it was signed, as a summit's venue is where it met (`named_document_after_re`)."""
        return bool(self.lex.get("named_document_after_re")) and bool(self.lex.re("named_document_after_re").match(text, end))

    def adversary_references(self, text: str) -> list[tuple[int, int, int]]:
        """(start, end, count) of the sentence's words for states as two sides of a conflict ('the two rivals',
        'the nuclear-armed neighbours', 'the warring sides', '두 앙숙', '교전 당사국'): they stand for the sides of the
        latest conflict act reported, not for the parties of the latest meeting. A conflict has two sides, whatever
        word counts them."""
        return [(m.start(), m.end(), CONFLICT_SIDES) for m in self.lex.re("adversaries_re").finditer(text)]

    def names_a_site_nearby(self, text: str, start: int, end: int) -> bool:
        """The country at [start, end) owns a site a strike landed near ('hit a village near the Irish peacekeepers'
        base', '아일랜드군 부대 주둔지 인근 마을을 공습'): where it landed, not whom it hit (a place named so, 'near Sidon',
        '시돈 인근', is the territory struck and stays)."""
        if not self.lex.re("site_near_before_re").search(text, max(0, start - SITE_NEAR_REACH), start):
            return False
        after = self.lex.re("site_near_after_re")  # the site's noun may close the name itself ('이집트 대사관')
        return any(after.match(text, at) for at in [end, *(k for k in range(start, end) if text[k].isspace())])

    def opens_recall(self, text: str) -> bool:
        """The sentence opens by saying it goes back ('앞서 ...', 'Earlier, ...'; lexicon recall_opening_re): the day
        it takes the story to is recalled for its paragraph only. False for a language without the pattern."""
        return self.lex.get("recall_opening_re") is not None and bool(self.lex.re("recall_opening_re").match(text))

    def opens_reply(self, text: str) -> bool:
        """(koacts38) The sentence opens by saying it answers what was just told ('이에 B는 ...', 'In response, B ...';
        lexicon reply_opening_re): its acts are aimed at the sides that acted in the sentence before. False for a
        language without the pattern."""
        return self.lex.get("reply_opening_re") is not None and bool(self.lex.re("reply_opening_re").match(text))

    def judges_deeds(self, trigger: str) -> bool:
        """(pledges64) A SUPPORT trigger that judges what another did, praise or backing said ('praised', 'welcomed',
        '환영했', '높이 평가했'; lexicon judgement_trigger_re), not a deed of its own ('recognized X', '독립을 승인했'):
        what a later welcome of 'the decision' may not praise. False for a language without the pattern."""
        return self.lex.get("judgement_trigger_re") is not None \
            and bool(self.lex.re("judgement_trigger_re").search(trigger))

    def names_uprising(self, text: str) -> bool:
        """The story names a seizure of power from within ('a failed coup attempt', 'mutinous soldiers', '쿠데타',
        '군사 반란'; lexicon uprising_re): forces of its state shown or used at home are turned against that state's
        government. False for a language without the pattern."""
        return self.lex.get("uprising_re") is not None and bool(self.lex.re("uprising_re").search(text))

    def response_act(self, text: str, start: int, end: int) -> bool:
        """The act answers an earlier one ('대응 사격', 'in response'): its target is the earlier actor. One reader for
        every language: the lexicon's `response_re` in the act's words and `mode_window_chars` on either side, since
        the answer may be told before the act ('In response, X fired ...') or after it ('X held a drill in response
        to Y's launch', '동원해 바로 대응 사격을 했다')."""
        window = self.settings.mode_window_chars
        return bool(self.lex.re("response_re").search(text[max(0, start - window):end + window]))

    def act_place_cue(self, text: str, start: int, end: int, precision: str) -> str | None:
        """(places52) How the place at [start, end) is where an act happened, if it is: "where" for a town after or
        before a plain locative ('in Lyon', 'near Kidal', '리옹에서', '헤르손 인근 마을에서'), "struck" for a town an
        attack verb takes as its object ('shelled X', 'X를 포격했다', 'X에 대한 공습', places53: 'advanced on X', 'X로
        진격했다'), "blocked" for a town a blockade or siege takes as its object ('blockaded X', 'X를 봉쇄했다', meet54),
        "route" for a town a march went through ('marched through central X', 'X 시내를 행진했다'), None
        otherwise; a region or territory (`precision` "region", 'the Gaza Strip') reads as a town. A state
        (`precision` "country") is a place only after 'in' or before '에서' ('in Tunisia', '튀니지에서'): 'near the
        border with X', 'to X', 'from X' name no state the act was done in; "part" for a state after 'in' that owns a
        part of it named next ('in Russia's Bryansk region', lexicon act_state_part_after_re; Korean names the part
        before '에서' without an owner's particle, '튀니지 남부에서': "where"). Why a cue of its own apart from the
        place finder's `locative`: that flag also holds for where a visitor goes ('visiting X', 'X에 도착'), which
        places a meeting but not an arrest; read from the lexicon's act_place_*/act_struck_*/act_state_* patterns. A
        place listed with another ('attacked X and Y', '헤르손과 오데사를') is none: the act has no one place."""
        lo = max(0, start - self.settings.act_place_reach_chars)
        if self.lex.re("act_place_listed_after_re").match(text, end):
            return None  # 'attacked X and Y', '헤르손과 오데사를': no one place of the act
        if precision == "region" and (article := self.lex.re("act_region_article_re").search(text, lo, start)):
            start = article.start()  # places53: 'struck the Gaza Strip': the region's article is no word between
        if precision == "country":  # places53: a region ('in the West Bank', 'struck the Gaza Strip') reads as a town
            if self.lex.re("act_state_before_re").search(text, lo, start) \
                    and self.lex.re("act_state_part_after_re").match(text, end):
                return "part"  # 'in Russia's Bryansk region': the state, though named as an owner
            if self.lex.re("act_state_struck_after_re").match(text, end):
                return "struck"  # places56b: '우크라이나 남부 항구를 포격했다': the state through a part of it
            return "where" if self.lex.re("act_state_before_re").search(text, lo, start) \
                or self.lex.re("act_state_after_re").match(text, end) else None
        if self.lex.re("act_place_before_re").search(text, lo, start) or self.lex.re("act_place_after_re").match(text, end):
            return "where"
        if self.lex.re("act_blocked_before_re").search(text, lo, start) or self.lex.re("act_blocked_after_re").match(text, end):
            return "blocked"  # meet54: 'blockaded X', 'X를 봉쇄했다': the town a blockade or siege closed
        if self.lex.re("act_struck_before_re").search(text, lo, start) or self.lex.re("act_struck_after_re").match(text, end):
            return "struck"
        if self.lex.re("act_route_before_re").search(text, lo, start) or self.lex.re("act_route_after_re").match(text, end):
            return "route"  # places53: 'marched through central X', 'X 시내를 행진했다': the town a march went through
        return None

    def act_word_struck(self, text: str, place: int, trigger: tuple[int, int]) -> bool:
        """(places55) Whether the act word is the attack verb whose struck cue runs to the place through the town's
        descriptor ('shelled the port of X', lexicon `act_struck_before_re`): the descriptor's 'of' is the town's own,
        no other noun's, as a march's 'the streets of X' is. The cue must hold the act word (`STRUCK_WORD_LEAD`
        characters before it at most: 'drones hit', where the act word is 'hit')."""
        cue = self.lex.re("act_struck_before_re").search(text, max(0, trigger[0] - STRUCK_WORD_LEAD), place)
        return cue is not None and cue.start() <= trigger[0] < cue.end()

    def act_scene_start(self, text: str, lo: int) -> int:
        """(places53) Where the act's clause, opening at `lo`, starts when read for its place: before a relative clause
        that places the act's own locative noun ('리옹에서 열린 집회에서 20명을 체포했다': the rally where they were
        arrested was held in Lyon), else `lo`. Why: the clause reader ends the relative clause at its adnominal verb,
        so the town in it stood outside the act's clause; a relative clause on another noun ('X에서 열린 회의에 참석한
        활동가를') is no scene (the clause must open with the scene noun and its locative: lexicon
        `act_scene_noun_at_re`, the relative clause `act_scene_relative_before_re`)."""
        if not self.lex.re("act_scene_noun_at_re").match(text, lo):
            return lo
        m = self.lex.re("act_scene_relative_before_re").search(text, max(0, lo - self.settings.act_place_reach_chars), lo)
        return m.start() if m else lo

    def act_place_list_end(self, text: str, end: int) -> int:
        """(places52) Where the list a place at [.., end) opens ends ('Kyiv and Odesa', '헤르손과 오데사를'): a place
        inside it is listed with the first and, like it, no one place of the act; `end` where none follows."""
        m = self.lex.re("act_place_listed_after_re").match(text, end)
        return m.end() if m else end

    def act_place_joined(self, text: str, place: tuple[int, int], trigger: tuple[int, int], main: bool = False) -> bool:
        """(places52) Whether nothing between the act word at `trigger` and the place at `place` puts the place in
        another phrase or clause (lexicon `act_place_gap_break_re`: a comma or quote, 'and', 'after', 'which',
        'based', 'to', 'of'; '…했고', '…한 뒤'), and they stand within `act_place_reach_chars`. The place's own cue
        ('in the town of', '에서') is no break, nor the comma that closes a sentence's opening scene phrase ('In X,
        A urged', lexicon `act_place_opening_re`) before the sentence's `main` predicate (not before a deed it names: 'In
        X, A condemned B's launch' places no launch). Why: a clause holds noun phrases with places of their own ('the war in
        X', 'diplomats based in X', 'X에서 열린 회의'): only a place joined to the act word's phrase is the act's."""
        if place[0] >= trigger[1]:
            gap = text[trigger[1]:place[0]]
            cue = self.lex.re("act_place_before_re").search(gap) or self.lex.re("act_struck_before_re").search(gap) \
                or self.lex.re("act_route_before_re").search(gap)
            gap = gap[:cue.start()] if cue else gap
            route = None if cue else self.lex.re("act_route_before_re").search(text[trigger[0]:place[0]])
            gap = "" if route else gap  # places54: the act word is the march ('marched through the streets of X')
            gap = "" if not cue and self.act_word_struck(text, place[0], trigger) else gap
            scene = self.lex.re("act_scene_phrase_before_re").search(gap)  # places53: 'arrested dozens during a rally'
            gap = gap[:scene.start()] if scene else gap  # the gathering the act took place at: its place is the act's
        else:
            gap = text[place[1]:trigger[0]]
            cue = self.lex.re("act_place_after_re").match(gap) or self.lex.re("act_struck_after_re").match(gap) \
                or self.lex.re("act_route_after_re").match(gap)
            gap = gap[cue.end():] if cue else gap
            if main and self.lex.re("act_place_opening_re").fullmatch(text, 0, place[0]) and gap.count(",") == 1:
                gap = gap[gap.index(",") + 1:]  # 'In a meeting in X, A urged': the scene phrase's closing comma
        return len(gap) <= self.settings.act_place_reach_chars and not self.lex.re("act_place_gap_break_re").search(gap)

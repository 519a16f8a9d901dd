"""The Korean meeting readers that name a meeting's parties: a state word before a group of its people or with a case
particle, an office holder's title, a body speaking for its state, the states a reference stands for, a post abroad.

Why its own mixin (debt55): `KoreanMeetings` (reading_meetings.py) finds meeting words and reads their status, clause
and role; which words around them name a side is a question of its own, and the one class had grown past 440 lines.
`Korean` (language.py) lists this mixin right after `KoreanMeetings`, so every method resolves as before."""
from __future__ import annotations

from readout.lang.base import Language
from readout.lang.ko import arrival_visits, country_words
from readout.lang.ko.home_words import bare_home_word, people_own_government
from readout.lang.ko.listed_hosts import comma_listed_host
from readout.lang.ko.meeting_lists import LIST_MARK, comma_listed_party, date_skipped
from readout.lang.ko.owned_visits import pair_owns_visited
from readout.lang.ko.meeting_taken_visits import host_before_taken_visit
from readout.lang.ko.states import counterpart_noun, group_noun, office_noun, references_in, state_group
from readout.lang.ko.visited_cities import visited_city_end
from readout.lang.ko.agents import sector_of

POST_REACH = 8  # characters after a country word where the post it owns is named ('미국 대사관', '미국의 총영사관')
GENITIVE = "의"


def named_country_prefix(word: str) -> bool:
    """The word opens with a country's name before a group noun or title written onto it ('독일대사', '중국측')."""
    return any(country_words.country_of_word(word[:k]) for k in range(1, len(word)))


class KoreanMeetingParties(Language):
    """The meeting party readers of `Korean`."""

    def state_party(self, text, start, end):
        """'중국 대표단과', '인도·파키스탄 당국자들이', '일본 정부 협상단은': a country word before a group of its
        state's people (across coordinated country words) is the state, with the group's sector; a country word
        with a case particle ('중국과 회담했다', '러시아를 방문했다') is the state itself; before 의 or any
        other noun ('중국 미사일') it only modifies."""
        words = text[start:end].split()
        if not words or group_noun(words[0], self.lex) is not None and not named_country_prefix(words[0]):
            return None  # '정부는' alone (read as Korea's government) names no state as a party; '독일대사를' does
        if any(a <= start < b for a, b, _n in references_in(text)):  # read once per sentence
            return None  # '양국 정부는': the reference stands for the states
        group = state_group(self.lex, text, end)
        if group is not None:
            return start, group[0], group[1]
        word_end = end
        while word_end < len(text) and not text[word_end].isspace():
            word_end += 1
        rest = text[end:word_end].rstrip(",.")
        if not rest and text[word_end:].split()[:1] and text[word_end:].split()[0] in self.lex["state_party_between"] \
                and self.lex["state_party_between"]:
            return start, end, None  # support62: 'A와 [B] 간 회담이': the last of the states talks are between
        if rest in self.lex["state_party_pair_genitive"] and self.paired_before_meeting(text, start, word_end):
            return start, end, None  # cancel68: 'A와 [B]의 정상회담이': the second of the pair the meeting is of
        if rest in ("", *self.lex["state_party_pair_genitive"]) and self.paired_before_deal(text, start, word_end):
            return start, end, None  # kopar57: 'A와 [B]의 휴전을 중재했다', 'A와 [B] 사이를 중재했다': a side mediated
        if rest in ("", GENITIVE) and (city_end := visited_city_end(self.lex, text, start, end)) is not None:
            return start, city_end, None  # komeet48: '[B (의 수도) 리마를] 방문했다': the city's state is the host
        if rest == "에" and self.lex.re("envoy_sent_after_re").match(text, word_end):
            return start, end, None  # plover60b: '[B]에 특사를 파견했다': the host the envoy visits
        if rest == "에" and arrival_visits.visited_place(self.lex, text, start, end):
            return start, end, None  # komeet47: '방문을 위해 [B]에 도착했다': the host visited
        if not rest and self.lex.re("headline_visit_after_re").match(text, word_end):
            return start, end, None  # kohead46: '칠레 대통령, [페루] 방문': a headline drops the host's particle
        if not rest and host_before_taken_visit(text, word_end):
            return start, end, None  # koacts59: 'A 대통령의 [B] 방문이 이뤄졌다': the visit's host (meeting_taken_visits)
        if not rest and self.lex.re("visit_host_after_re").match(text, word_end):
            return start, end, None  # koplan47: '[페루] 방문 중', '[페루] 방문 기간': the noun compound's host visited
        if not rest and text[end:word_end] == LIST_MARK and not text[:start].strip():
            return start, end, None  # planned47: '[A], B와 정상회담': a headline's comma after its opening state
        if rest in ("", *self.lex["state_party_pair_genitive"]) and comma_listed_party(self.lex, text, start):
            return start, end, None  # koplan47: '[A], [B]의 정상회담': a comma list of states the meeting is of
        if not rest and comma_listed_host(self.lex, text, start):
            return start, end, None  # komeet49: '[A], B를 방문했다': a comma list's item takes its last word's role
        if rest in self.lex["state_party_pair_joiners"] and pair_owns_visited(self.lex, text, word_end):
            return None  # komeet49b: 'A와 B의 국경 지역을 방문했다': the pair owns the place visited, no host
        return (start, end, None) if rest in self.lex["state_party_particles"] else None

    def paired_before_meeting(self, text: str, start: int, word_end: int) -> bool:
        """(cancel68) The word before `start` ends in a comitative 와/과 joining it to this one, and a meeting word
        starts the next word: 'A와 B의 정상회담', 'A와 B의 회담' name the meeting's two sides."""
        before = text[:start].split()
        after = len(text[word_end:]) - len(text[word_end:].lstrip()) + word_end
        after = date_skipped(text, after)  # planned47: 'A와 B의 [내달] 정상회담', 'A와 B의 [오는 15일] 회담'
        return bool(before) and after > word_end and before[-1].endswith(tuple(self.lex["state_party_pair_joiners"])) \
            and bool(self.lex.re("meeting_trigger_re").match(text, after))

    def paired_before_deal(self, text: str, start: int, word_end: int) -> bool:
        """(kopar57) As `paired_before_meeting`, before the deal a mediator brokers (lexicon `mediated_deal_after_re`):
        'A와 B의 휴전을 중재했다' names the two sides the mediation is between, as English 'mediated the ceasefire between
        A and B' (lang/ko/meeting_brokered.mediated_deal reads the roles)."""
        before = text[:start].split()
        after = len(text[word_end:]) - len(text[word_end:].lstrip()) + word_end
        return bool(before) and after > word_end and before[-1].endswith(tuple(self.lex["state_party_pair_joiners"])) \
            and bool(self.lex.re("mediated_deal_after_re").match(text, after))

    def office_party(self, text, start, end):
        """'칠레 외교장관과', '일본 외무상은': the party phrase ends in the title of one office holder (states.office_noun);
        proposals66: so does '칠레 측 카운터파트와', '칠레 측 상대와': the side's holder of the office met, one person
        (counterparts64), whose planned meeting is as definite as '칠레 외교장관과 만날 예정'."""
        words = text[start:end].split()
        return len(words) > 1 and (office_noun(words[-1], self.lex) or counterpart_noun(words[-1], self.lex) is not None
                                   and words[-2] in self.lex["state_counterpart_sides"])

    def body_party(self, text, start, end):
        """(planned47) '가나 정부는', '가나 외교당국과': the party phrase ends in the noun of a body speaking for its state
        (lexicon `state_body_nouns`), not of its people ('가나 당국자들은')."""
        words = text[start:end].split()
        return len(words) > 1 and group_noun(words[-1], self.lex) in self.lex["state_body_nouns"]

    def agent_sector(self, noun):
        return sector_of(noun)

    def state_references(self, text):
        """'양국은', '한일 양국 외교당국은', '세 나라 대표단이': the states named just before (the span holds the
        compound when it names them: '한일 양국'); and a compound before a group of its states' people
        ('인도·파키스탄 당국자들이', '한미 당국자들은'), which names as many states as it has countries."""
        return list(references_in(text))

    def files_abroad(self, place):
        return place.country is not None and place.country != self.lex["dateline_home"]

    def home_desk(self, place):
        return place.country is not None and place.country == self.lex["dateline_home"]

    def bare_home_word(self, word):
        return bare_home_word(word)

    def people_own_government(self, text, offset, tokens, found):
        return people_own_government(text, offset, tokens, found)

    def owns_a_post(self, text, end):
        after = text[end:end + POST_REACH].lstrip()
        after = after[len(GENITIVE):].lstrip() if after.startswith(GENITIVE) else after
        return after.startswith(tuple(self.lex["post_mission_nouns"]))

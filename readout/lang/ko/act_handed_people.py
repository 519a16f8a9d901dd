"""(kotwins48) Plain people handed to a state are transferred as suspects are: '남성 2명을 B에 인도했다' (COOPERATE legal).

Why: English 'handed the two men over to X' reads the transfer to X's authorities (enfollow48, en additions 'hand over'
+ men/women/persons); the Korean pairs knew only a suspect's or a captive's noun, so '남성 2명을 B에 인도했다' or '여성
3명을 B 당국에 넘겼다' gave no event. The lexicon pairs the plain people's nouns (group handed_person_noun) with the
verbs of handing over; 인도하다 also leads ('여성을 안전한 곳으로 인도했다'), so those pairs take only a receiver marked
에/에게, and the people led to a place marked 로 with no receiver state no act (here, as act_hit_targets does for a
captive's release).
"""
from __future__ import annotations

from readout.lang.ko.act_kind_cues import led_to_place


def led_plain_people(toks: list, cand, lex, e, spans: list) -> bool:
    """Plain people (group handed_person_noun) under a verb that also leads (cue lead_verb), no receiver marked, and a
    place marked 로 in the clause: they are led there, not handed over."""
    return not spans and e.lemma in lex.cue("lead_verb") and e.noun in lex.cue("handed_person_noun") \
        and led_to_place(toks, cand)

"""Korean acts. Each row is a sentence or two we wrote for the test (not a batch's, not the eval's), read through the
whole pipeline: what it states (type, acting states exactly among the parties, receiving states, status; status
None: no such event).

Formerly tests/lang/test_ko_sides26.py, classes first read by session 21, ko-acts26: who did what to whom, round 2
(docs/history.md)."""
from __future__ import annotations

import pytest

from readout.lang.ko.mentions import find_mentions
from tests.lang.ko.act_rows import check

# 1. An envoy as the subject of a passive summons ('주한 B 대사는 외교부에 초치됐다'): plain 에 names the summoner, as it
# names a captor ('X 해경에 나포됐다'; act_passive_agents.passive_agent, cue summoned_verb). The summoner protests to the envoy's
# state, never the envoy to the summoner. An envoy recalled home ('본국으로 소환됐다') or invited is no summons.
SUMMONED_ENVOY = [
    ("주한 브라질 대사는 2일 외교부에 초치됐다.", [("ACCUSE", {"KOR"}, {"BRA"}, "occurred")]),
    ("주일 중국 대사는 일본 외무성에 초치됐다.", [("ACCUSE", {"JPN"}, {"CHN"}, "occurred")]),
    ("주한 칠레 대사는 외교부에 초치돼 항의를 받았다.", [("ACCUSE", {"KOR"}, {"CHL"}, "occurred")]),
    ("주러 에스토니아 대사가 러시아 외무부에 초치돼 강한 항의를 받았다.", [("ACCUSE", {"RUS"}, {"EST"}, "occurred")]),
    # negatives: an envoy invited to a summit is no one protested to
    ("주한 브라질 대사는 외교부 주최 만찬에 초청됐다.", [("ACCUSE", None, None, None)]),
]


@pytest.mark.parametrize("text,expected", SUMMONED_ENVOY)
def test_passive_summons_is_the_summoners_act(text, expected):
    check(text, expected)


# 2. A name the knowledge base does not know, written between a state's body and the title ('B국 외교부 [린모] 대변인은'):
# a person of that state (title_bodies.body_name_run), so a later '그는' is that voice, not the last person the document
# knew. Common nouns there ('정례 브리핑 대변인은') are no name: the office stays nameless.
BODY_NAMED = [
    ("스페인 총리는 3일 모로코를 방문하겠다고 말했다. 알제리 외교부 카림벤살라 대변인은 4일 회견에서 이 계획을 비판했다고 밝혔다. "
     "그는 \"모로코는 서사하라에서 군대를 철수해야 한다\"고 요구했다.", [("REQUEST", {"DZA"}, {"MAR"}, "occurred")]),
    ("독일 총리는 폴란드와의 공조를 강조했다. 리투아니아 국방부 요나스 페트라이티스 대변인은 성명을 냈다고 밝혔다. "
     "그는 \"벨라루스는 국경 도발을 멈춰야 한다\"고 촉구했다.", [("REQUEST", {"LTU"}, {"BLR"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", BODY_NAMED)
def test_unknown_name_after_a_body_is_that_states_voice(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text,name,code", [
    ("알제리 외교부 카림벤살라 대변인은 밝혔다.", "카림벤살라", "DZA"),
    ("케냐 외교부 정례 브리핑 대변인은 밝혔다.", "", "KEN"),
    ("케냐 외교부 신임 대변인은 밝혔다.", "", "KEN"),
])
def test_body_name_run(text, name, code):
    tokens = [(t.form, t.tag, t.start, t.len) for t in __import__("kiwipiepy").Kiwi().tokenize(text)]
    (m,) = find_mentions(text, tokens)
    assert (m.surface, m.country) == (name, code)


# 3. A bare home ministry opening a sentence with the word that goes on ('외교부는 이어/또 ...') after a foreign ministry's
# statement: that ministry's voice going on (lexicon continued_body_re; country_bodies.body_mentions, language.voice_back),
# and a subject written right before its quotation ('[B가] "..."고 비난했다') is what it spoke of, not the speaker
# (act_voices.said_of_spans). After Korea's own ministry it stays Korea's; with no going-on word it is Korea's.
CONTINUED_BODY = [
    ("모로코 외교부는 3일 성명을 내고 알제리의 국경 폐쇄를 비판했다. 외교부는 이어 \"알제리는 국경을 즉시 다시 열어야 한다\"고 요구했다.",
     [("REQUEST", {"MAR"}, {"DZA"}, "occurred")]),
    ("조지아 외교부는 4일 러시아의 조치를 규탄하는 성명을 냈다. 외교부는 또 러시아가 \"점령을 굳히고 있다\"고 비난했다.",
     [("ACCUSE", {"GEO"}, {"RUS"}, "occurred")]),
    ("외교부는 11일 대변인 논평을 내고 시리아 정부의 공습을 규탄했다. 외교부는 이어 시리아에 즉각적인 휴전을 촉구했다.",
     [("REQUEST", {"KOR"}, {"SYR"}, "occurred")]),
    # negative: no going-on word, and the bare ministry is Korea's
    ("모로코 외교부는 3일 알제리를 비판했다. 외교부는 알제리에 국경 개방을 촉구했다.", [("REQUEST", {"KOR"}, {"DZA"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", CONTINUED_BODY)
def test_bare_ministry_going_on_is_the_voice_just_heard(text, expected):
    check(text, expected)


# 4. A verdict on a seizure or detention named without its author ('이번 나포를 "해적 행위"라고 규탄했다', '이번 억류를
# 비난했다'): a measure judged (cue answered_measure), aimed at the side of the last seizure the story told, even with a
# sentence of other news between. With no seizure told before, no one is accused.
JUDGED_SEIZURE = [
    ("에콰도르 해군은 8일 페루 어선을 나포했다. 어선에는 선원 12명이 타고 있었다. 페루 대통령은 9일 연설에서 이번 나포를 \"불법 행위\"라고 규탄했다.",
     [("ACCUSE", {"PER"}, {"ECU"}, "occurred")]),
    ("벨라루스 당국은 리투아니아 트럭 운전사들을 억류했다. 리투아니아 외무장관은 이번 억류를 강하게 비난했다.",
     [("ACCUSE", {"LTU"}, {"BLR"}, "occurred")]),
    # negative: nothing seized before, so the verdict names no one and makes no event
    ("페루 대통령은 9일 연설에서 이번 나포를 \"불법 행위\"라고 규탄했다.", [("ACCUSE", None, None, None)]),
]


@pytest.mark.parametrize("text,expected", JUDGED_SEIZURE)
def test_judged_seizure_is_aimed_at_the_seizer(text, expected):
    check(text, expected)

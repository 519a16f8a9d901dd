"""Office holders of 2025 that Korean Peninsula news names (issue 14): the US cabinet, China's Politburo Standing
Committee, Japan's cabinet, Russia's deputy foreign ministers, North Korea's party secretaries. Each resolves by
its Hangul form with its title and by its English name to the person, the office and the state on a day of its
tenure; a Hangul form that is an ordinary word (한정, Han Zheng) names the person only before a title."""
from __future__ import annotations

from datetime import date

import pytest

from readout.kb.knowledge import Knowledge
from readout.kb.loader import kb
from readout.lang.ko.mentions import find_mentions
from readout.lang.ko.sentences import kiwi

DAY = date(2025, 11, 1)


@pytest.fixture(scope="module")
def resolver():
    return Knowledge.load().resolver


PEOPLE = [  # (Hangul form, English form, office, state, person id)
    ("러트닉", "Howard Lutnick", "trade_minister", "USA", "per_howard-lutnick"),
    ("베선트", "Scott Bessent", "finance_minister", "USA", "per_scott-bessent"),
    ("그리어", "Jamieson Greer", "us_trade_representative", "USA", "per_jamieson-greer"),
    ("크리스티 놈", "Kristi Noem", "homeland_security_minister", "USA", "per_kristi-noem"),
    ("본디", "Pam Bondi", "attorney_general", "USA", "per_pam-bondi"),
    ("개버드", "Tulsi Gabbard", "director_of_national_intelligence", "USA", "per_tulsi-gabbard"),
    ("랫클리프", "John Ratcliffe", "cia_director", "USA", "per_john-ratcliffe"),
    ("크리스 라이트", "Chris Wright", "energy_minister", "USA", "per_chris-wright"),
    ("버검", "Doug Burgum", "interior_minister", "USA", "per_doug-burgum"),
    ("와일스", "Susie Wiles", "chief_of_staff", "USA", "per_susie-wiles"),
    ("한정", "Han Zheng", "vice_president", "CHN", "per_han-zheng"),
    ("자오러지", "Zhao Leji", "speaker", "CHN", "per_zhao-leji"),
    ("왕후닝", "Wang Huning", "cppcc_chairman", "CHN", "per_wang-huning"),
    ("차이치", "Cai Qi", "central_committee_secretary", "CHN", "per_cai-qi"),
    ("딩쉐샹", "Ding Xuexiang", "deputy_prime_minister", "CHN", "per_ding-xuexiang"),
    ("기하라 미노루", "Minoru Kihara", "chief_cabinet_secretary", "JPN", "per_minoru-kihara"),
    ("아카자와", "Ryosei Akazawa", "industry_minister", "JPN", "per_ryosei-akazawa"),
    ("가타야마 사쓰키", "Satsuki Katayama", "finance_minister", "JPN", "per_satsuki-katayama"),
    ("랴브코프", "Sergei Ryabkov", "vice_foreign_minister", "RUS", "per_sergei-ryabkov"),
    ("최룡해", "Choe Ryong-hae", "speaker", "PRK", "per_choe-ryong-hae"),
    ("조용원", "Jo Yong-won", "central_committee_secretary", "PRK", "per_jo-yong-won"),
    ("리일환", "Ri Il-hwan", "central_committee_secretary", "PRK", "per_ri-il-hwan"),
]


@pytest.mark.parametrize("ko, en, office, state, pid", PEOPLE)
def test_both_names_resolve_to_the_office_holder(resolver, ko, en, office, state, pid):
    for surface in (ko, en):
        found = resolver.resolve(surface, office=office, day=DAY)
        assert (found.id, found.country) == (pid, state), surface
    assert any(t.office == office and t.covers(DAY) for t in kb().persons[pid].offices)


@pytest.mark.parametrize("state, offices", [
    ("USA", ["president", "vice_president", "secretary_of_state", "defense_minister", "finance_minister",
             "trade_minister", "us_trade_representative", "chief_of_staff", "director_of_national_intelligence"]),
    ("CHN", ["president", "vice_president", "prime_minister", "foreign_minister", "defense_minister", "speaker",
             "cppcc_chairman", "central_committee_secretary", "deputy_prime_minister"]),
    ("JPN", ["prime_minister", "chief_cabinet_secretary", "foreign_minister", "defense_minister", "industry_minister",
             "finance_minister"]),
    ("RUS", ["president", "prime_minister", "foreign_minister", "defense_minister", "national_security_adviser",
             "vice_foreign_minister"]),
    ("PRK", ["prk_leader", "prime_minister", "foreign_minister", "defense_minister", "speaker",
             "central_committee_secretary"]),
])
def test_every_office_of_the_2025_governments_has_a_holder(state, offices):
    held = {t.office for p in kb().persons.values() for t in p.offices
            if (t.country or p.country) == state and t.covers(DAY)}
    assert [o for o in offices if o not in held] == []


def mentions(text):
    return find_mentions(text, [(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)])


@pytest.mark.parametrize("text, surface", [
    ("한정 국가부주석은 노르웨이를 비난했다.", "한정"),
    ("한정 중국 국가부주석은 노르웨이를 비난했다.", "한정"),
    ("러트닉 상무장관은 노르웨이를 비난했다.", "러트닉"),
    ("하워드 러트닉 미국 상무장관은 노르웨이를 비난했다.", "하워드 러트닉"),
    ("기하라 미노루 관방장관은 노르웨이를 비난했다.", "기하라 미노루"),
])
def test_a_name_before_its_title_is_a_mention(text, surface):
    assert surface in [m.surface for m in mentions(text)]


@pytest.mark.parametrize("text", [
    "한정된 예산으로 국가부주석 일정을 짰다.",  # the word 'limited'
    "기간 한정 판매를 발표했다.",
    "한정은 없다.",
])
def test_a_titled_only_form_is_no_mention_on_its_own(text):
    assert [m.surface for m in mentions(text) if m.surface == "한정"] == []

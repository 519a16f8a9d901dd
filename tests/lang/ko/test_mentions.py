import pytest

from readout.lang.ko.mentions import find_mentions
from readout.lang.ko.sentences import kiwi


def mentions(text):
    tokens = [(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)]
    return find_mentions(text, tokens)


@pytest.mark.parametrize("text, name, office, country, role", [
    ("노규덕 외교부 한반도평화교섭본부장은 말했다.", "노규덕", "korea_peace_envoy", "KOR", "subject"),
    ("성 김 미국 국무부 대북특별대표와 만났다.", "성 김", "us_special_rep_nk", "USA", "with"),
    ("홍길순 외교부 1차관이 방문했다.", "홍길순", "vice_foreign_minister", None, "subject"),
    ("제임스 스미스 미국 국방부 선임연구원을 접견했다.", "제임스 스미스", "researcher", "USA", "object"),
    ("조 장관과 함께", "조", "minister", None, "with"),
    ("일본의 이와야 다케시 외무대신과 회담했다.", "이와야 다케시", "foreign_minister", "JPN", "with"),
    ("박진장관은 말했다.", "박진", "minister", None, "subject"),
])
def test_name_title_chain_and_role(text, name, office, country, role):
    found = mentions(text)
    assert found, text
    m = found[0]
    assert (m.surface, m.office, m.role) == (name, office, role)
    if country:
        assert m.country == country


def test_reporters_are_named_but_excluded():
    (m,) = [m for m in mentions("홍길동 기자가 전했다.") if m.surface == "홍길동"]
    assert m.excluded


def test_a_roman_form_in_parentheses_is_kept_as_an_alias():
    (m,) = mentions("김민수(Kim Min-su) 외교부 국장이 방미했다.")
    assert m.alias == "Kim Min-su"


def test_country_compounds_are_not_names():
    assert all(m.surface != "한미" for m in mentions("한미 북핵수석대표 협의를 했다."))


@pytest.mark.parametrize("text, name, office, country, role", [
    ("尹, 기시다와 통화", "윤", "president", "KOR", "other"),  # a headline's comma: the meeting reader reads it
    ("北 金은 미사일 발사를 참관했다", "김정은", "prk_leader", "PRK", "subject"),
    ("習과 바이든 정상회담", "시진핑", "president", "CHN", "with"),
])
def test_a_leader_abbreviated_to_one_hanja_character(text, name, office, country, role):
    (m,) = [m for m in mentions(text) if m.office == office]
    assert (m.surface, m.country, m.role, text[m.start:m.name_end]) == (name, country, role, text[m.start])


@pytest.mark.parametrize("text", ["尹정부는 대응을 고심했다.", "尹錫悅 대통령은 말했다.", "韓美 정상회담"])
def test_a_hanja_character_inside_a_word_is_no_leader(text):
    assert not [m for m in mentions(text) if m.end - m.start == 1]


@pytest.mark.parametrize("text, day, name", [
    ("尹, 시진핑과 정상회담", "2024-11-16", "Yoon Suk Yeol"),
    ("文, 트럼프와 판문점 회동", "2019-07-01", "Moon Jae-in"),
    ("李, 이시바와 정상회담", "2025-06-18", "Lee Jae-myung"),
])
def test_the_hanja_leader_is_the_office_holder_of_the_day(text, day, name):
    from datetime import date

    from readout.api import extract_text

    article = extract_text(text, "headline.txt", date.fromisoformat(day))
    (e,) = [e for e in article.events if e.type == "CONSULT"]
    assert name in {p.name for p in e.participants}


@pytest.mark.parametrize("text, office", [
    ("김정은, 러시아 국방장관 접견", "defense_minister"),  # the bare verbal noun ends the headline
    ("윤 대통령, 호주 총리 접견…방산 협력 논의", "prime_minister"),
])
def test_a_headlines_nameless_office_before_its_verbal_noun(text, office):
    assert [m for m in mentions(text) if not m.surface and m.office == office]


def test_a_nameless_office_modifying_a_noun_in_a_sentence_is_no_mention():
    assert not [m for m in mentions("러시아 국방장관 발언 내용이 공개됐다.") if not m.surface]


@pytest.mark.parametrize("text, name, role", [
    ("김정은 동지께서는 회담을 진행하시였다.", "김정은", "subject"),  # North Korean media's honorific
    ("시진핑 동지와 상봉하시였다.", "시진핑", "with"),
    ("김정은 동무를 만났다.", "김정은", "object"),
])
def test_an_honorific_after_a_name_carries_its_particle(text, name, role):
    m = next(x for x in mentions(text) if x.surface == name)
    assert m.role == role


def test_an_honorific_without_a_name_is_no_mention_and_a_name_with_its_particle_keeps_it():
    assert [m.role for m in mentions("김정은은 동지들과 만났다.") if m.surface == "김정은"] == ["subject"]


def test_names_joined_by_a_middle_dot_are_each_a_mention():
    assert {m.surface for m in mentions("조현·바데풀 첫 통화")} >= {"조현", "바데풀"}


# untitled foreign names written by sound, of our own modern leaders' list (issue 14, actors9)
@pytest.mark.parametrize("text, name", [
    ("임란 칸은 2일 노르웨이를 비난했다.", "임란 칸"),        # persons.yaml knows him: a knowledge-base name
    ("울프 크리스테르손은 2일 노르웨이를 비난했다.", "울프 크리스테르손"),  # only the world table: by sound
    ("무하마두 부하리는 2일 노르웨이를 비난했다.", "무하마두 부하리"),
])
def test_an_untitled_name_by_sound(text, name):
    assert [m.surface for m in mentions(text)] == [name]


@pytest.mark.parametrize("text", [
    "미국은 대북 제재 일부를 해제했다.",     # common nouns of two syllables are no name's words
    "이 분은 2일 노르웨이를 비난했다.",        # a one-syllable word starts no foreign name
    "정부 관계자는 2일 노르웨이를 비난했다.",
    "울프 크리스테르손을 2일 만났다.",          # by sound, only the acting side (subject or topic)
])
def test_no_name_by_sound(text):
    assert mentions(text) == []


def test_an_untitled_name_by_sound_acts_for_its_state():
    from datetime import date

    from readout.api import extract_text

    events = extract_text("울프 크리스테르손은 2일 노르웨이를 비난했다.", published=date(2024, 5, 22)).events
    assert ("SWE", "GOV") in {(p.country, p.sector) for e in events for p in e.participants}


# tidy46: the name's words (name_runs) and the word tests the readers share (name_words) read from their own modules:
# a hyphenated name written by sound, a posting abroad in the chain ('주한'), an office described by a copula
@pytest.mark.parametrize("text, name, office, country", [
    ("알레한드로 가르시아-로페스 멕시코 외교장관은 말했다.", "알레한드로 가르시아-로페스", "foreign_minister", "MEX"),
    ("주한 페루 대사 후안 카를로스는 말했다.", "후안 카를로스", "ambassador", "PER"),
    ("우루과이 국방부 작전국장인 파블로 디아스는 말했다.", "파블로 디아스", "director_general", "URY"),
])
def test_name_words_and_runs_around_a_title(text, name, office, country):
    (m,) = mentions(text)
    assert (m.surface, m.office, m.country, m.role) == (name, office, country, "subject")


@pytest.mark.parametrize("text, former", [
    ("파울루 멘지스 전 총리는 정부를 비판했다.", True),     # actors53: a former title marks the mention
    ("라시드 오우마 前 대통령이 성명을 냈다.", True),
    ("파울루 멘지스 총리는 정부를 비판했다.", False),        # a sitting title does not
    ("라시드 오우마 현 대통령이 성명을 냈다.", False),
])
def test_a_former_title_marks_the_mention(text, former):
    found = mentions(text)
    assert found, text
    assert found[0].former is former

"""Title + nationality + name in Korean for any state: over 60 states, name before the title
('니콜 파시냔 아르메니아 총리는'), after it ('아르메니아 총리 니콜 파시냔은'), and no name ('중국 외교부 대변인은')."""
import pytest

from readout.kb.loader import kb
from readout.lang.ko.mentions import find_mentions
from readout.lang.ko.sentences import kiwi
from tests.lang.title_table import SPECIFIC, rows


def topic(word):
    """The word with its topic particle: 은 after a final consonant, 는 after a vowel."""
    return word + ("은" if (ord(word[-1]) - 0xAC00) % 28 else "는")


def mentions(text):
    return find_mentions(text, [(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)])


def check(text, name, code, office, sector, role="subject"):
    found = [m for m in mentions(text) if m.surface == name]
    assert found, (text, [(m.surface, m.office) for m in mentions(text)])
    m = found[0]
    assert (m.country, m.office, kb().offices[m.office].sector, m.role) == (code, office, sector, role), text


CASES = rows(2)


@pytest.mark.parametrize("code, en, adj, ko, office, _en_name, name", CASES)
def test_name_country_title(code, en, adj, ko, office, _en_name, name):
    _t, title, oid, sector = office
    check(f"{name} {ko} {topic(title)} 이날 성명을 냈다.", name, code, SPECIFIC.get((title, code), oid), sector)


@pytest.mark.parametrize("code, en, adj, ko, office, _en_name, name", CASES)
def test_country_title_name(code, en, adj, ko, office, _en_name, name):
    _t, title, oid, sector = office
    check(f"{ko} {title} {topic(name)} 이날 성명을 냈다.", name, code, SPECIFIC.get((title, code), oid), sector)


@pytest.mark.parametrize("code, en, adj, ko, office, _en_name, _name", CASES[::2])
def test_country_title_without_a_name(code, en, adj, ko, office, _en_name, _name):
    _t, title, oid, sector = office
    check(f"{ko} {topic(title)} 이날 성명을 냈다.", "", code, SPECIFIC.get((title, code), oid), sector)


@pytest.mark.parametrize("text, name, code, office, role, excluded", [
    ("아르메니아 총리 니콜 파시냔은 말했다.", "니콜 파시냔", "ARM", "prime_minister", "subject", False),
    ("독일 총리 올라프 숄츠는 방한했다.", "올라프 숄츠", "DEU", "chancellor", "subject", False),
    ("중국 외교부 대변인은 말했다.", "", "CHN", "spokesperson", "subject", True),
    ("폴란드 외교장관 라도스와프 시코르스키가 왔다.", "라도스와프 시코르스키", "POL", "foreign_minister", "subject", False),
    ("영국 총리 키어 스타머와 만났다.", "키어 스타머", "GBR", "prime_minister", "with", False),
    ("로이드 오스틴 미국 국방장관은 말했다.", "로이드 오스틴", "USA", "secretary_of_defense", "subject", False),
    ("존 스미스 중국 주재 미국 대사는 말했다.", "존 스미스", "USA", "ambassador", "subject", False),
    ("필립 골드버그 주한 미국대사는 말했다.", "필립 골드버그", "USA", "ambassador", "subject", False),
    ("왕이 중국 외교부장은 말했다.", "왕이", "CHN", "foreign_minister", "subject", False),
    ("최선희 북한 외무상은 말했다.", "최선희", "PRK", "foreign_minister", "subject", False),
    ("홍길동 외교부 제1차관은 말했다.", "홍길동", "KOR", "vice_foreign_minister", "subject", False),
    ("홍길동 산업통상자원부 장관은 말했다.", "홍길동", None, "industry_minister", "subject", False),
    ("홍길동 통상교섭본부장은 말했다.", "홍길동", "KOR", "korea_trade_minister", "subject", False),
    ("홍길동 국무부 부장관은 말했다.", "홍길동", "USA", "deputy_secretary_of_state", "subject", False),
    # a Korean name with the title of a South Korean agency's head is South Korea's (title22: offices.yaml `agency`)
    ("홍길동 합참의장은 말했다.", "홍길동", "KOR", "kor_jcs_chairman", "subject", False),
    ("홍길동 국정원장은 말했다.", "홍길동", "KOR", "kor_nis_director", "subject", False),
    ("홍길동 주한미군사령관은 말했다.", "홍길동", "USA", "usfk_commander", "subject", False),
    ("홍길동 더불어민주당 원내대표는 말했다.", "홍길동", "KOR", "floor_leader", "subject", False),
    ("미국 국무장관은 말했다.", "", "USA", "secretary_of_state", "subject", False),
    ("러시아 국방부 대변인은 말했다.", "", "RUS", "spokesperson", "subject", True),
    ("미 국무부 대변인은 말했다.", "", "USA", "spokesperson", "subject", True),
    ("홍길동 외교부 대변인은 말했다.", "홍길동", "KOR", "spokesperson", "subject", True),
    ("김성 유엔 주재 북한 대사는 말했다.", "김성", "PRK", "ambassador", "subject", False),
    ("마크 뤼터 나토 사무총장은 말했다.", "마크 뤼터", "IGO", "nato_secretary_general", "subject", False),
    ("안토니우 구테흐스 유엔 사무총장은 말했다.", "안토니우 구테흐스", "UNO", "un_secretary_general", "subject", False),
    ("홍길동 아르메니아 특사는 말했다.", "홍길동", "ARM", "representative", "subject", False),
    ("라파엘 그로시 IAEA 사무총장은 말했다.", "라파엘 그로시", "IGO", "igo_head", "subject", False),
    # meet56: an armed service before the title belongs to the office, not the name ('X 육군 참모총장')
    ("오마르 디알로 말리 육군 참모총장은 말했다.", "오마르 디알로", "MLI", "military_chief", "subject", False),
    ("파블로 에레라 해군 참모총장과 만났다.", "파블로 에레라", None, "military_chief", "with", False),
    ("라시드 칸 공군 참모총장은 말했다.", "라시드 칸", None, "military_chief", "subject", False),
    # ... and a head of state so titled is a president ('전 X국 국가원수')
    ("이브라힘 사와다 전 니제르 국가원수는 말했다.", "이브라힘 사와다", "NER", "president", "subject", False),
])
def test_korean_forms(text, name, code, office, role, excluded):
    found = [m for m in mentions(text) if m.surface == name]
    assert found, [(m.surface, m.office) for m in mentions(text)]
    m = found[0]
    assert (m.country, m.office, m.role, m.excluded) == (code, office, role, excluded)


@pytest.mark.parametrize("text, title", [
    ("홍길동 중소벤처기업부 장관은 말했다.", "중소벤처기업부 장관"),
    # (산림청장, 병무청장, 인사혁신처장: listed agency heads since title22, tests/lang/test_titled_offices.py)
])
def test_a_title_missing_from_offices_still_gives_a_person(text, title):
    (m,) = mentions(text)
    assert (m.surface, m.title) == ("홍길동", title)
    assert kb().offices[m.office].generic


def test_words_after_a_title_that_are_no_name():
    assert mentions("총리 회담에서 총리 후보자는 말했다.") == []
    assert [m.surface for m in mentions("미국 대통령 조 바이든 정부는 발표했다.")] == ["조 바이든"]


@pytest.mark.xfail(reason="kiwi reads both words of some foreign names as common nouns; a name must open "
                          "with a proper noun", strict=False)
def test_a_name_of_common_nouns_only():
    check("벨기에 국회의장 이네스 두아르테는 이날 성명을 냈다.", "이네스 두아르테", "BEL", "speaker", "LEG")


@pytest.mark.parametrize("text, name, code, office", [
    ("리창밍 중국 국방부 부부장은 이날 성명을 냈다.", "리창밍", "CHN", "vice_defense_minister"),
    ("중국 외교부 부부장 리창밍은 이날 성명을 냈다.", "리창밍", "CHN", "vice_foreign_minister"),
    ("다나카 이치로 일본 외무성 부대신은 이날 성명을 냈다.", "다나카 이치로", "JPN", "vice_foreign_minister"),
])
def test_vice_minister_titles_of_other_states_after_a_spaced_ministry(text, name, code, office):
    """부부장 (a Chinese or North Korean vice minister) and 부대신 (a Japanese one) written after the
    ministry with a space, as news writes them: the ministry and the title are read as one office."""
    check(text, name, code, office, "GOV")

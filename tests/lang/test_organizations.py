"""Organizations in both languages: listed bodies and any state's ministry by pattern."""
import pytest

from readout.lang.en.organizations import find_organizations as find_en
from readout.lang.ko.organizations import find_organizations as find_ko
from readout.lang.ko.sentences import kiwi


def find_ko_text(text):
    return find_ko(text, [(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)])


@pytest.mark.parametrize("text, surface, org_id, country, sector", [
    ("Japan's Defense Ministry said so.", "Japan's Defense Ministry", "org_jpn-mod", "JPN", "MIL"),
    ("Later the Chinese foreign ministry said so.", "the Chinese foreign ministry", "org_chn-mfa", "CHN", "GOV"),
    ("Armenia's Foreign Ministry said so.", "Armenia's Foreign Ministry", "org_arm-foreign", "ARM", "GOV"),
    ("The Ministry of Foreign Affairs of Armenia said so.", "Ministry of Foreign Affairs of Armenia", "org_arm-foreign", "ARM", "GOV"),
    ("Germany's Health Ministry said so.", "Germany's Health Ministry", "org_deu-health", "DEU", "GOV"),
    ("The Kremlin said so.", "Kremlin", "org_rus-kremlin", "RUS", "GOV"),
    ("The Pentagon said so.", "Pentagon", "org_usa-dod", "USA", "MIL"),
    ("KCNA said so.", "KCNA", "org_prk-kcna", "PRK", "JRN"),
    ("The Workers' Party of Korea met.", "Workers' Party of Korea", "org_prk-wpk", "PRK", "PTY"),
    ("The UN Security Council met.", "UN Security Council", "org_uno-unsc", "UNO", "IGO"),
    ("The UN Secretariat said so.", "UN Secretariat", "org_uno-secretariat", "UNO", "IGO"),
    ("UNICEF said so.", "UNICEF", "org_uno-unicef", "UNO", "IGO"),
    ("The European Union said so.", "European Union", "org_eur-eu", "EUR", "IGO"),
    ("NATO said so.", "NATO", "org_igo-nato", "IGO", "IGO"),
    ("ASEAN said so.", "ASEAN", "org_igo-asean", "IGO", "IGO"),
    ("The G7 said so.", "G7", "org_igo-g7", "IGO", "IGO"),
    ("The G20 said so.", "G20", "org_igo-g20", "IGO", "IGO"),
    ("APEC said so.", "APEC", "org_igo-apec", "IGO", "IGO"),
    ("The IAEA said so.", "IAEA", "org_igo-iaea", "IGO", "IGO"),
    ("The African Union said so.", "African Union", "org_igo-au", "IGO", "IGO"),
    ("The OAS said so.", "OAS", "org_igo-oas", "IGO", "IGO"),
    ("The Quad said so.", "Quad", "org_igo-quad", "IGO", "IGO"),
    ("BRICS said so.", "BRICS", "org_igo-brics", "IGO", "IGO"),
    ("Hamas fired rockets.", "Hamas", "org_pse-hamas", "PSE", "REB"),
    ("Hezbollah fired rockets.", "Hezbollah", "org_lbn-hezbollah", "LBN", "REB"),
    ("The Houthis fired rockets.", "Houthis", "org_yem-houthis", "YEM", "REB"),
    ("The Taliban said so.", "Taliban", "org_afg-taliban", "AFG", "REB"),
    ("ISIS claimed it.", "ISIS", "org_img-isis", "IMG", "REB"),  # Phoenix IMGMUSISI: no state (enactors70)
])
def test_english(text, surface, org_id, country, sector):
    found = [(m.surface, m.org_id, m.country, m.sector) for m in find_en(text)]
    assert (surface, org_id, country, sector) in found, found


@pytest.mark.parametrize("text, surface, org_id, country, sector", [
    ("중국 외교부는 밝혔다.", "중국 외교부", "org_chn-mfa", "CHN", "GOV"),
    ("러시아 국방부는 밝혔다.", "러시아 국방부", "org_rus-defense", "RUS", "GOV"),
    ("아르메니아 외교부는 밝혔다.", "아르메니아 외교부", "org_arm-foreign", "ARM", "GOV"),
    ("일본 방위성은 밝혔다.", "일본 방위성", "org_jpn-mod", "JPN", "MIL"),
    ("미국무부는 밝혔다.", "미국무부", "org_usa-state", "USA", "GOV"),
    ("외교부는 밝혔다.", "외교부", "org_kor-mofa", "KOR", "GOV"),
    ("크렘린궁은 밝혔다.", "크렘린궁", "org_rus-kremlin", "RUS", "GOV"),
    ("펜타곤은 밝혔다.", "펜타곤", "org_usa-dod", "USA", "MIL"),
    ("조선중앙통신은 보도했다.", "조선중앙통신", "org_prk-kcna", "PRK", "JRN"),
    ("노동당은 회의를 열었다.", "노동당", "org_prk-wpk", "PRK", "PTY"),
    ("유엔 안보리는 회의를 열었다.", "유엔 안보리", "org_uno-unsc", "UNO", "IGO"),
    ("유럽연합은 밝혔다.", "유럽연합", "org_eur-eu", "EUR", "IGO"),
    ("나토는 밝혔다.", "나토", "org_igo-nato", "IGO", "IGO"),
    ("아세안은 밝혔다.", "아세안", "org_igo-asean", "IGO", "IGO"),
    ("국제원자력기구는 밝혔다.", "국제원자력기구", "org_igo-iaea", "IGO", "IGO"),
    ("하마스는 밝혔다.", "하마스", "org_pse-hamas", "PSE", "REB"),
    ("헤즈볼라는 밝혔다.", "헤즈볼라", "org_lbn-hezbollah", "LBN", "REB"),
    ("후티 반군은 밝혔다.", "후티 반군", "org_yem-houthis", "YEM", "REB"),
    ("탈레반은 밝혔다.", "탈레반", "org_afg-taliban", "AFG", "REB"),
    ("트리니다드 토바고 외교부는 밝혔다.", "트리니다드 토바고 외교부", "org_tto-foreign", "TTO", "GOV"),
    ("앤티가 바부다 국방부는 밝혔다.", "앤티가 바부다 국방부", "org_atg-defense", "ATG", "GOV"),
])
def test_korean(text, surface, org_id, country, sector):
    found = [(m.surface, m.org_id, m.country, m.sector) for m in find_ko_text(text)]
    assert (surface, org_id, country, sector) in found, found


def test_a_korean_body_name_that_opens_a_longer_word_is_not_the_body():
    assert [m.surface for m in find_ko_text("국회의원이 말했다.")] == []


# a group named after a date, written with the date in the other order (actors6)
@pytest.mark.parametrize("name, swapped", [
    ("March 23 Movement", "23 March Movement"),
    ("Revolutionary Organization 17 November", "Revolutionary Organization November 17"),
    ("July 20th Brigade", "20 July Brigade"),
    ("Popular Forces of April 25", "Popular Forces of 25 April"),
    ("Army of May", None),          # a month without a day is no date
    ("Front 23", None),
    ("17 November", None),          # a bare date in the other order is how a story dates things
])
def test_a_date_in_a_name_in_the_other_order(name, swapped):
    from readout.lang.en.organizations import date_swapped

    assert date_swapped(name) == swapped


@pytest.mark.parametrize("text, code", [
    ("The 23 March Movement accused Chile of lying.", "COD"),
    ("Fighters of the 23 March Movement condemned Chile.", "COD"),
])
def test_a_group_named_after_a_date_keeps_its_state_in_either_order(text, code):
    assert code in acting_countries(text)


def test_an_american_date_is_no_group_named_after_the_same_day():
    text = "The parliament approved a law recognizing the results of the November 17 municipal elections."
    assert "GRC" not in acting_countries(text)


def acting_countries(text: str) -> set[str]:
    """The states on the acting side of any event of a sentence we wrote."""
    from datetime import date

    from readout.api import extract_text

    return {p.country for e in extract_text(text, published=date(2024, 5, 22)).events for p in e.participants}


@pytest.mark.parametrize("name, other", [
    ("World Food Programme", {"World Food Program"}),
    ("Organization for Economic Co-operation and Development",
     {"Organisation for Economic Co-operation and Development", "Organization for Economic Cooperation and Development",
      "Organisation for Economic Cooperation and Development"}),  # news mixes the two word by word
    ("Ministry of Defence", {"Ministry of Defense"}),
    ("Hamas", set()),
])
def test_a_bodys_name_in_british_and_american_spelling(name, other):
    from readout.lang.en.organizations import other_spellings

    assert other_spellings(name) == other


@pytest.mark.parametrize("text, code", [
    ("The World Food Program criticized Chile.", "UNO"),
    ("The Organisation for Economic Cooperation and Development criticized Chile.", "IGO"),
])
def test_a_listed_body_in_the_other_spelling_keeps_its_state(text, code):
    assert code in acting_countries(text)

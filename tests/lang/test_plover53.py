"""plover53 (issue 15, fourth round): PLOVER classes still astray, one class each, in both languages where the class
exists, with negative rows:

- a rule openly defied ('violated the arms embargo', 'defied the curfew', '금지령을 어겼다', '제재를 위반했다') is the
  defier's REJECT yield (CAMEO 128, defy norms or law), standing with no receiving side when no imposer is named, as an
  accord broken does (en additions cues rule_defying_verbs, defied_rule_nouns, lang/en/act_rejected_objects.defied_rule;
  ko spec row 128, ko defied_rule_nouns, rule_defying_verbs, lang/ko/reading_acts.rejected_proposal); a rule defied only
  inside another side's charge stays that side's ACCUSE; a thing as subject ('the launches violate resolutions')
  still makes no REJECT;
- Korean 위반하다 breaks an accord as 어기다 does ('협정을 위반했다'), its partner after 와 receiving; a ceasefire
  breached stays ASSAULT;
- falsehoods spread ('spread disinformation about X', 'launched a disinformation campaign against X', '허위 정보를
  퍼뜨렸다', '허위정보 공작을 벌였다') are the manual's COERCE misinformation, which had no English rule (en additions
  spread, launch, wage, run + falsehood nouns; ko_acts misinformation rows); a militia mobilized is MOBILIZE militia,
  which had no English rule (en additions mobilize + militia nouns);
- a follower phrase ('militants loyal to X') whose person is named after an owned body and a title ("loyal to
  Somalia's Al-Shabaab chief Y", lang/en/act_sides.owned_body_start) or with a hyphened lower-case particle ('loyal to
  Omar al-Hashimi', act_sides.name_word) is read over, so its people noun heads the subject;
- a byline title ('By') is no office in the phrase before a ranked officer: 'Ecuadorian students violated a ban by
  Colonel X' kept the whole clause as one person's mention, hiding the act (en byline_words, lang/en/rank_owner).

Every sentence is our own (invented wording; real states). Published on Thursday 2026-03-12.
"""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import check_class_row, country_only

PUB = "2026-03-12"

# (sentence, type, acting states, receiving states): acting None means no occurred event of the type; receiving None
# is not judged
ROWS = {
    "a_rule_openly_defied_is_the_defiers_rejection": [
        ("Eritrea violated the arms embargo on Tuesday.", "REJECT", {"ERI"}, set()),
        ("Ecuadorian truckers defied the curfew in Guayaquil.", "REJECT", {"ECU"}, None),
        ("Myanmar's junta flouted the ban on rallies.", "REJECT", {"MMR"}, None),
        ("Belarus violated the European Union's ban on flights.", "REJECT", {"BLR"}, {"EUR"}),
        ("에리트레아는 무기 금수 조치를 위반했다.", "REJECT", {"ERI"}, set()),
        ("에콰도르 시위대는 통행금지령을 무시했다.", "REJECT", {"ECU"}, None),
        ("미얀마 군정은 유엔 결의를 위반했다.", "REJECT", {"MMR"}, None),
        # negative rows: a defiance told in a charge is the accuser's; a thing defies nothing; a defiance denied
        ("Canada accused Eritrea of violating the embargo.", "REJECT", None, None),
        ("The rocket launches violate Security Council resolutions.", "REJECT", None, None),
        ("Kenya said the rebels' raids violate the arms embargo.", "REJECT", None, None),
        ("Eritrea did not violate the embargo.", "REJECT", None, None),
        ("캐나다는 에리트레아가 제재를 위반했다고 비난했다.", "REJECT", None, None),
        ("에리트레아는 금수 조치를 위반하지 않았다.", "REJECT", None, None),
    ],
    "korean_wibanhada_breaks_an_accord": [
        ("말리는 니제르와의 협정을 위반했다.", "REJECT", {"MLI"}, {"NER"}),
        ("말리는 협약을 위반했다.", "REJECT", {"MLI"}, set()),
        # negative row: a ceasefire breached is force
        ("말리는 휴전 협정을 위반했다.", "REJECT", None, None),
    ],
    "falsehoods_spread_are_coerce_misinformation": [
        ("Belarus spread disinformation about the Latvian border.", "COERCE", {"BLR"}, {"LVA"}),
        ("벨라루스는 라트비아 국경에 대한 거짓 정보를 퍼뜨렸다.", "COERCE", {"BLR"}, {"LVA"}),
        # negative rows: a rumour spreads on its own; falsehoods not spread
        ("The rumour spread quickly across Riga.", "COERCE", None, None),
        ("Belarus did not spread disinformation about Latvia.", "COERCE", None, None),
        ("소문이 리가 전역에 퍼졌다.", "COERCE", None, None),
    ],
    "a_militia_mobilized_is_the_militia_mode": [
        # the mode is checked by tests/lang/en/test_plover_modes_en.py; here the troops reading stays for troops
        ("Chad mobilized militiamen near the Sudanese border.", "MOBILIZE", {"TCD"}, None),
        ("차드는 수단 국경 인근에 민병대를 동원했다.", "MOBILIZE", {"TCD"}, None),
    ],
    "a_follower_phrase_through_an_owned_body_and_a_particle_name": [
        ("Militants loyal to Somalia's Al-Shabaab chief Ahmed Diriye said they attempted to assassinate the Somali "
         "prime minister.", "ASSAULT", {"SOM"}, {"SOM"}),
        ("Gunmen loyal to Omar al-Hashimi attacked a police post in Mosul.", "ASSAULT", {"IRQ"}, None),
        # a long name does not use up the subject's reach (the follower phrase counts as one word)
        ("Militants loyal to Somalia's Al-Shabaab chief Ahmed Omar Diriye said they attempted to assassinate the "
         "Somali prime minister.", "ASSAULT", {"SOM"}, {"SOM"}),
        # guard row: an owner's possessive right before a lower-case title was read before (plover50b)
        ("Rebels loyal to Chad's opposition leader Mahamat Ali attacked an army base near Abeche.", "ASSAULT", {"TCD"},
         None),
    ],
    "a_byline_title_is_no_office_before_a_rank": [
        ("Ecuadorian students violated a ban by Colonel Andrade.", "REJECT", {"ECU"}, None),
        ("Ecuadorian students praised a decision by General Andrade.", "SUPPORT", {"ECU"}, None),
        # negative row: an office phrase before the rank still gives the officer his state
        ("Ecuador's army spokesman, General Andrade, accused Peru of smuggling arms.", "ACCUSE", {"ECU"}, {"PER"}),
    ],
}


@pytest.mark.parametrize("sentence, type_, acting, receiving", class_rows(ROWS))
def test_plover53_classes(sentence, type_, acting, receiving):
    check_class_row(sentence, PUB, type_, acting, receiving, side=country_only)

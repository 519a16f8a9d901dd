"""(koacts55b, issue 15) Korean acts, second round: each read as English reads the same news, and English made to agree.

- The victims of a device that went off ('폭탄이 터져 군인 3명이 숨졌다') have their own noun's sector (MIL), as
  'killing three soldiers' reads; people of no sector named stay civilians (lang/ko/act_doerless_explosions).
- A suicide attack or a suicide bombing named by its attack noun ('자살폭탄 공격으로', '자폭 공격으로') is ASSAULT
  suicide-attack, as 'a suicide attack killed' reads (ko_acts.yaml).
- A demonym counted ('미얀마인 200명', kiwi: 미얀마/NNP 이/VCP ᆫ/ETM) is the people noun 인, so the deportation is
  COERCE deport of civilians (lang/ko/split_nouns.demonyms_before_counts); English 'deported 300 Cambodians' and
  'hundreds of Cambodians' read the counted demonym as people, CVL, not the government (lang/en/addressed_peoples).
- A market struck by a verb naming a weapon ('시장을 폭격했다') is the site, not the economy's figure: the attack
  stands, the market's people receive (lang/ko/act_context.abstract_target); a plain '시장을 공격했다' stays figurative.
- A meeting named as the place beyond the verb's object ('회담에서 ... 제안을 일축했다') is no pair noun: REJECT with no
  mode, as 'rejected the proposal at the talks' reads (lang/ko/act_pair_nouns.pair_or_light); '회담을 거부했다' stays
  REJECT meet.
- People hacked to death ('난도질해 살해했다') are a primitive attack, as 'hacked ... to death' reads; a killing with
  no means named stays targeted (ko_acts.yaml 난도질하다).
- '장군을' split by kiwi (장/NNP 군/NNB) is the agent noun 장군, MIL (lang/ko/split_nouns.cut_agent_nouns).
Our own sentences.
"""
from __future__ import annotations

import pytest

from tests.event_sides import check_moded_row


ROWS = [  # (sentence, type, mode, acting, receiving); acting None: no event of the type
    # the victims' sector of a device that went off: their noun's
    ("예멘에서 폭탄이 터져 군인 3명이 숨졌다.", "ASSAULT", "explosives", set(), {("YEM", "MIL")}),
    ("A bomb exploded in Yemen, killing three soldiers.", "ASSAULT", "explosives", set(), {("YEM", "MIL")}),
    ("예멘에서 폭탄이 터져 주민 3명이 숨졌다.", "ASSAULT", "explosives", set(), {("YEM", "CVL")}),  # no sector named
    ("A bomb exploded in Yemen, killing three villagers.", "ASSAULT", "explosives", set(), {("YEM", "CVL")}),
    # a suicide attack named by its attack noun
    ("이라크에서 자살폭탄 공격으로 경찰관 4명이 숨졌다.", "ASSAULT", "suicide-attack", set(), {("IRQ", "COP")}),
    ("이라크에서 자폭 공격으로 주민 4명이 숨졌다.", "ASSAULT", "suicide-attack", set(), {("IRQ", "CVL")}),
    ("A suicide attack in Iraq killed four police officers.", "ASSAULT", "suicide-attack", set(), {("IRQ", "COP")}),
    ("이라크에서 공격으로 주민 4명이 숨졌다.", "ASSAULT", None, set(), {("IRQ", "CVL")}),  # no means named: no mode
    # a demonym counted is that many people, deported
    ("말레이시아는 미얀마인 150명을 추방했다.", "COERCE", "deport", {("MYS", "GOV")}, {("MMR", "CVL")}),
    ("Malaysia deported 150 Myanmar nationals.", "COERCE", "deport", {("MYS", "GOV")}, {("MMR", "CVL")}),
    ("말레이시아는 캄보디아인 수백 명을 추방했다.", "COERCE", "deport", {("MYS", "GOV")}, {("KHM", "CVL")}),
    ("Malaysia deported hundreds of Cambodians.", "COERCE", "deport", {("MYS", "GOV")}, {("KHM", "CVL")}),
    ("Malaysia deported 150 Cambodians.", "COERCE", "deport", {("MYS", "GOV")}, {("KHM", "CVL")}),
    ("말레이시아는 캄보디아 외교관 2명을 추방했다.", "COERCE", None, None, None),  # diplomats: expelled
    ("Malaysia expelled two Cambodian diplomats.", "SANCTION", "expel", {("MYS", "GOV")}, {("KHM", "GOV")}),
    # a market bombed is the site
    ("라오스군은 시장을 폭격했다.", "ASSAULT", "aerial", {("LAO", "MIL")}, {("LAO", "CVL")}),
    ("라오스군은 시장을 포격했다.", "ASSAULT", "heavy-weapons", {("LAO", "MIL")}, {("LAO", "CVL")}),
    ("Laotian forces shelled a market.", "ASSAULT", "heavy-weapons", {("LAO", "MIL")}, set()),  # the state unnamed
    ("야당은 시장을 공격했다.", "ASSAULT", None, None, None),  # no weapon named: the economy's figure
    # a meeting named as the place is no mode of the refusal
    ("영국은 회담에서 러시아의 제안을 일축했다.", "REJECT", None, {("GBR", "GOV")}, {("RUS", "GOV")}),
    ("영국은 회의에서 러시아의 제안을 거부했다.", "REJECT", None, {("GBR", "GOV")}, {("RUS", "GOV")}),
    ("Britain rejected Russia's proposal at the talks.", "REJECT", None, {("GBR", "GOV")}, {("RUS", "GOV")}),
    ("러시아는 회담을 거부했다.", "REJECT", "meet", {("RUS", "GOV")}, set()),  # the talks refused: meet
    # hacked to death: a primitive weapon's attack
    ("차드 무장세력은 농민 6명을 난도질해 살해했다.", "ASSAULT", "primitive", {("TCD", "REB")}, {("TCD", "AGR")}),
    ("Chadian militants hacked six farmers to death.", "ASSAULT", "primitive", {("TCD", "REB")}, {("TCD", "AGR")}),
    ("차드 무장세력은 농민 6명을 살해했다.", "ASSAULT", "targeted", {("TCD", "REB")}, {("TCD", "AGR")}),  # no means
    # a general, cut in two by kiwi, is the military's
    ("우간다 경찰은 장군을 체포했다.", "COERCE", "arrest", {("UGA", "COP")}, {("UGA", "MIL")}),
    ("Ugandan police arrested a general.", "COERCE", "arrest", {("UGA", "COP")}, {("UGA", "MIL")}),
    ("우간다 경찰은 교사를 체포했다.", "COERCE", "arrest", {("UGA", "COP")}, {("UGA", "EDU")}),  # no general: the noun's
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", ROWS)
def test_stated_acts_both_languages(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)


@pytest.mark.parametrize("text", ["그는 미얀마인이다.", "장군은 회의에 참석했다."])
def test_words_kept_apart(text):
    """A copula closing its own word is no count's people, and the joined general keeps its tokens consistent."""
    from readout.lang.ko.sentences import split

    toks = split(text, 0)[0][1]
    assert all(len(t) == 4 for t in toks)
    if "미얀마인이다" in text:
        assert ("이", "VCP") in [t[:2] for t in toks]
    else:
        assert ("장군", "NNG") in [t[:2] for t in toks]

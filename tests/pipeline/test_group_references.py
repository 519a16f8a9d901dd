"""(backref56, issue 14) A group the story named, referred back to by a definite description of its kind ('the
front', 'the group', 'the party', '이 단체는', '해당 조직', '이 전선은'): the latest group of that kind named before
(pipeline/group_references.py; the languages' `group_references`, lexicon `group_back_re`, `group_back_kinds`).
Our own invented groups, towns and sentences."""
from __future__ import annotations

import pytest


def sided(extract, text: str, kind: str) -> list[tuple[set, set]]:
    return [({(p.country, p.sector) for p in e.participants}, {(p.country, p.sector) for p in e.recipients})
            for e in extract(text).events if e.type == kind]


@pytest.mark.parametrize("text, kind, acting, receiving", [
    ("Colombian soldiers clashed with the Andean Peasant Front (APF) near Tumaco on Monday. "
     "The front later attacked a police station in the town.", "ASSAULT", ("COL", "REB"), ("COL", "COP")),
    ("The Andean Peasant Movement in Colombia condemned the police on Monday. "
     "The movement accused the Colombian government of corruption on Tuesday.", "ACCUSE", ("COL", "OPP"), ("COL", "GOV")),
    ("Rebels of the Shan Freedom Army attacked a Myanmar army post near Lashio on Monday. "
     "The group also seized a bridge.", "COERCE", ("MMR", "REB"), None),
    ("말리 정부군은 월요일 사막해방전선(DLF)과 교전했다. 이 단체는 다음날 경찰서를 공격했다.", "ASSAULT",
     ("MLI", "REB"), ("MLI", "COP")),
    ("말리 정부군은 월요일 사막해방전선과 교전했다. 이 전선은 다음날 경찰서를 공격했다.", "ASSAULT",
     ("MLI", "REB"), ("MLI", "COP")),
    ("말리 정부군은 월요일 사막해방전선(DLF)과 교전했다. 해당 조직은 다음날 말리 정부를 비난했다.", "ACCUSE",
     ("MLI", "REB"), ("MLI", "GOV")),
    # actors57b: a people's group read as its state's mention ('Oromo' ETH REB) whose name goes on to the head
    ("The Afar Liberation Front attacked a police post near Semera on Monday. The front condemned Norway on "
     "Tuesday.", "ACCUSE", ("ETH", "REB"), ("NOR", "GOV")),
    ("오로모 해방전선은 월요일 네켐테 인근 경찰 초소를 공격했다. 이 전선은 화요일 노르웨이를 비난했다.", "ACCUSE",
     ("ETH", "REB"), ("NOR", "GOV")),
])
def test_a_description_names_the_group_told_before(extract, text, kind, acting, receiving):
    found = sided(extract, text, kind)
    assert any(acting in a and (receiving is None or receiving in r) for a, r in found), found


GROUP_SECTORS = {"REB", "PRM", "OPP", "PTY"}


@pytest.mark.parametrize("text, kind, told", [
    # no group named before: the description names none
    ("Police in Tumaco said on Monday that the front attacked a police station in the town.", "ASSAULT", 0),
    ("콜롬비아 경찰은 월요일 시위대를 해산했다. 이 단체는 다음날 경찰서를 공격했다.", "ASSAULT", 0),
    # actors57b: a front line is no front's name ('전선에서' opens with the head); a people's rebels are no 'front'
    ("오로모 반군은 월요일 전선에서 경찰 초소를 공격했다. 이 전선은 화요일 경찰서를 공격했다.", "ASSAULT", 1),
    ("Oromo rebels attacked a police post near Nekemte on Monday. The front attacked a police station on "
     "Tuesday.", "ASSAULT", 1),
    # 'the front' only after a '... Front': the movement's own act only
    ("The Andean Peasant Movement in Colombia condemned the police on Monday. "
     "The front accused the Colombian government of corruption on Tuesday.", "ACCUSE", 1),
    # two fronts of two states just before: the first clash only, no guess for the second sentence
    ("Colombian soldiers clashed with the Andean Peasant Front near Tumaco on Monday, while Venezuelan troops "
     "fought the Orinoco Liberation Front. The front later attacked a police station.", "ASSAULT", 0),
    ("말리 정부군은 월요일 사막해방전선과 교전했고, 니제르군은 초원해방전선과 싸웠다. 이 전선은 다음날 경찰서를 공격했다.",
     "ASSAULT", 0),
])
def test_a_description_with_no_single_antecedent_names_no_one(extract, text, kind, told):
    """`told`: the events of `kind` a group of the first sentence does itself (none of them is the description's)."""
    found = sided(extract, text, kind)
    assert sum(1 for a, _ in found if any(s in GROUP_SECTORS for _, s in a)) == told, found


def test_a_group_named_in_the_same_sentence_is_no_antecedent(extract):
    """The leader a genitive description owns keeps his own side: the description refers to earlier sentences only."""
    text = ("Angry activists from the African National Congress staged rallies in Pretoria against the party's leader "
            "Cyril Ramaphosa, saying he must resign.")
    assert any(("ZAF", "GOV") in r for _, r in sided(extract, text, "PROTEST")), sided(extract, text, "PROTEST")


@pytest.mark.parametrize("text, key, last", [
    ("Peruvian troops clashed with the Amazon Farmers Front near Iquitos on Monday. The front later burned a bridge. "
     "Police said on Wednesday that the front also attacked a police post.", ("en", "front"), 2),
    ("페루군은 월요일 밀림농민전선과 교전했다. 이 전선은 다음날 다리를 불태웠다. 이 전선은 수요일 경찰서도 공격했다.",
     ("ko", "전선"), 2),
])
def test_the_antecedents_of_a_kind_are_read_once_per_article(extract, monkeypatch, text, key, last):
    """(debt57b) Each earlier sentence is read once for a kind however many descriptions follow it: the article keeps
    one index per kind (`Article.group_antecedents`), read up to the last description's sentence."""
    import readout.pipeline.group_references as refs
    asked: list[int] = []
    real = refs.countries_in

    def counted(article, sent, ctx):
        asked.append(sent.start)
        return real(article, sent, ctx)

    monkeypatch.setattr(refs, "countries_in", counted)
    article = extract(text)
    index = article.group_antecedents[key]
    assert index.read == last
    assert index.found[0][0] == 0  # the named front; a description read as it is one of its kind too
    assert {(tuple(c.codes), c.sector) for _, c in index.found} == {(("PER",), "REB")}
    assert len(asked) == len(set(asked)) == last

"""(actors59, issue 14) A bare treasury in both languages (organizations.yaml `fallback_names`,
pipeline/act_fallback_bodies): (a) a state named with it owns it ('the British Treasury', '영국 재무부'); (b) a state the
story told acting just before, by a statement or a deed of its named organ, wins where the story never named the US;
(c) else the US Treasury (OFAC's sanctions, the usual bare treasury of both languages' news). Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import sides

ROWS = [  # (text, type, acting states, receiving states)
    # (c) alone in the story: the US Treasury
    ("재무부는 11일 북한 해킹 조직과 연계된 개인 3명을 제재했다고 밝혔다.", "SANCTION", ["USA"], ["PRK"]),
    ("The Treasury said on Wednesday it had sanctioned three North Korean trading firms.", "SANCTION", ["USA"],
     ["PRK"]),
    ("The Treasury Department sanctioned two Iranian shipping companies on Tuesday.", "SANCTION", ["USA"], ["IRN"]),
    # (a) a state named with it
    ("영국 재무부는 11일 러시아 은행 두 곳을 제재했다고 밝혔다.", "SANCTION", ["GBR"], ["RUS"]),
    ("The British Treasury imposed sanctions on four Russian banks on Tuesday.", "SANCTION", ["GBR"], ["RUS"]),
    ("Britain's Treasury imposed sanctions on four Russian banks on Tuesday.", "SANCTION", ["GBR"], ["RUS"]),
    ("The Treasury of Canada sanctioned three Russian banks on Tuesday.", "SANCTION", ["CAN"], ["RUS"]),
    ("호주 재무부와 영국 재무부는 러시아 은행 세 곳을 제재했다.", "SANCTION", ["AUS", "GBR"], ["RUS"]),
    # (b) a statement of another state going on, the US named nowhere
    ("캐나다 외교부는 11일 러시아를 규탄했다. 재무부는 러시아 은행 두 곳을 제재했다.", "SANCTION", ["CAN"], ["RUS"]),
    ("Kenya's foreign ministry condemned Somalia on Monday. The Treasury froze the assets of two Somali officials.",
     "SANCTION", ["KEN"], ["SOM"]),
    # ... but a story that named the US keeps its treasury, whoever spoke last
    ("북한은 11일 미국을 비난했다. 재무부는 무역회사 세 곳을 제재했다.", "SANCTION", ["USA"], ["PRK"]),
    ("North Korea condemned the United States on Monday. The Treasury sanctioned three trading firms on Tuesday.",
     "SANCTION", ["USA"], ["PRK"]),
    # a treasury word in another phrase is no body acting ('Treasury yields'), and a title keeps its holder
    ("Treasury yields rose on Tuesday after China criticized Japan.", "ACCUSE", ["CHN"], ["JPN"]),
    ("Treasury Secretary Janet Yellen met Chinese Vice Premier He Lifeng in Beijing on Friday.", "CONSULT",
     ["USA", "CHN"], []),
]


@pytest.mark.parametrize("text, kind, acting, receiving", ROWS)
def test_bare_treasury(text, kind, acting, receiving):
    assert sides(text, kind)[:1] == [(acting, receiving)]


def test_a_shared_name_is_owned_by_the_state_after_it():
    """'of' + a state after a name many states' bodies bear names its owner, as a state before it does (the Red
    Cross's national society: its state's, SOC)."""
    from tests.event_sides import sector_sides

    acting, _ = sector_sides("The Red Cross of Uganda criticized the government of Kenya on Monday.", "ACCUSE")
    assert acting == {("UGA", "SOC")}

"""(enacts55b, issue 15) The Korean twins of tests/lang/en/test_act_second_round_modes.py: a utility supply cut
(COERCE withhold), entry let in (RETREAT access), a win in a game (no ASSAULT), grenades thrown (ASSAULT explosives;
ko_acts_cameo_spec 183 수류탄+던지다/투척하다, a crowd weapon thrown 175 crowd-control), a bomb set off by armed men
(explosives) and a ban on gatherings (COERCE restrict: '시위를 금지했다', koacts56). Every sentence is our own."""
from __future__ import annotations

from tests.plover_rows import NEG, OCC, sweep_test

# rows: (sentence, type, acting states among the parties, receiving states or None, mode, status)
test_second_round_modes_ko = sweep_test({
    "utility cut": [
        ("아제르바이잔은 스테파나케르트에 전력 공급을 차단했다.", "COERCE", {"AZE"}, None, "withhold", OCC),
    ],
    "entry let in": [
        ("수단은 구호 트럭의 다르푸르 진입을 허용했다.", "RETREAT", {"SDN"}, None, "access", OCC),
    ],
    "game won": [
        ("프랑스가 결승전에서 독일을 2대1로 꺾었다.", "ASSAULT", set(), None, None, NEG),
        ("가나는 아크라에서 열린 예선 경기에서 토고를 3대0으로 이겼다.", "ASSAULT", set(), None, None, NEG),
    ],
    "grenades thrown": [
        ("반군이 말리 군인들에게 수류탄을 던졌다.", "ASSAULT", {"MLI"}, {"MLI"}, "explosives", OCC),
        ("이스라엘군이 팔레스타인 주민들에게 섬광 수류탄을 던졌다.", "ASSAULT", {"ISR"}, None, "crowd-control", OCC),
    ],
    "bombing by armed men": [
        ("무장세력이 소말리아 키스마유의 호텔에서 폭탄을 터뜨렸다.", "ASSAULT", {"SOM"}, None, "explosives", OCC),
    ],
    "ban on gatherings": [
        # koacts56: a ban on gatherings as a verb reads COERCE restrict, as 'banned protests' does
        ("태국 경찰은 방콕에서 시위를 금지했다.", "COERCE", {"THA"}, None, "restrict", OCC),
    ],
})

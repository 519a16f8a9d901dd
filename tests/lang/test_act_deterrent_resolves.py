"""Deterrent statements that name no one warned (threat61), with sentences of our own.

Not tolerating a hostile deed ('will not tolerate any provocation', 'will not accept Y's provocative acts') is the
speaker's THREATEN (lang/en/act_untolerated.untolerated_deeds): aimed at the deed's owner when the object names one,
else at the side the story implies (the other side of the acts just told); a threat whose target phrase names a deed
and no one ('will respond decisively to any provocation') is aimed the same way (unnamed_offenders), also in a quote
with a trailing frame. Negative rows: 'will not tolerate corruption' names no hostile deed, 'will not accept the
proposal' stays a refusal, a tolerance told as done threatens no one, and with no conflict told no one is warned.
Korean: a tolerance verb negated over a misdeed ('칠레의 도발을 좌시하지 않겠다', '"이번 도발을 묵과하지 않을 것"') is the
same warning (lang/ko/act_untolerated), '부패를 용납하지 않겠다' none. A price foretold to a side named by what it does
('the aggressors will pay a heavy price', '"침략자들은 큰 대가를 치를 것"'; cues aggressor_nouns, aggressor_noun) and a
readiness to defend the own realm ('stands ready to defend itself against X': act_vowed_responses.ready_defences)
warn the side the story implies or names; defending another stays a pledge.
"""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import sides

SHELLED = "Chilean troops shelled a Peruvian border post on Sunday.\n\n"
SHELLED_KO = "칠레군이 11일 페루 국경 초소를 포격했다.\n\n"

ROWS = class_rows({
    "untolerated-deed-named-owner": [
        ("Peru said it will not tolerate Chilean provocations.", "THREATEN", [(["PER"], ["CHL"])]),
        ("Peru warned that it would not tolerate any further incursions by Chile.", "THREATEN", [(["PER"], ["CHL"])]),
        ("Peru will not accept Chile's provocative acts, the foreign minister said.", "THREATEN", [(["PER"], ["CHL"])]),
        ("Peru will not accept Chile's provocative acts, the foreign minister said.", "REJECT", []),
    ],
    "untolerated-deed-story-side": [
        (SHELLED + "Peru said it will not tolerate such aggression.", "THREATEN", [(["PER"], ["CHL"])]),
        (SHELLED + '"We will not tolerate this aggression," the Peruvian defence minister said.', "THREATEN",
         [(["PER"], ["CHL"])]),
    ],
    "response-to-unnamed-deed": [
        (SHELLED + '"We will respond decisively to any provocation," the Peruvian defence minister said.',
         "THREATEN", [(["PER"], ["CHL"])]),
        (SHELLED + "Peru's defence minister Ana Rojas spoke to reporters. \"We will respond decisively to any attack on "
         'our nationals," Rojas said.', "THREATEN", [(["PER"], ["CHL"])]),
    ],
    "korean-untolerated-deed": [
        ("페루는 칠레의 도발을 좌시하지 않겠다고 밝혔다.", "THREATEN", [(["PER"], ["CHL"])]),
        ("페루는 칠레의 도발을 결코 용납하지 않겠다고 경고했다.", "THREATEN", [(["PER"], ["CHL"])]),
        (SHELLED_KO + '페루 국방부는 "이번 도발을 좌시하지 않을 것"이라고 밝혔다.', "THREATEN", [(["PER"], ["CHL"])]),
        (SHELLED_KO + '페루 국방부는 "어떠한 도발도 묵과하지 않을 것"이라고 밝혔다.', "THREATEN", [(["PER"], ["CHL"])]),
    ],
    "aggressor-pays-the-price": [
        (SHELLED + "Peru's president said the aggressors will pay a heavy price.", "THREATEN", [(["PER"], ["CHL"])]),
        (SHELLED + '"The attackers will pay a heavy price," the Peruvian president said.', "THREATEN",
         [(["PER"], ["CHL"])]),
        (SHELLED_KO + '페루 대통령은 "침략자들은 큰 대가를 치를 것"이라고 말했다.', "THREATEN", [(["PER"], ["CHL"])]),
    ],
    "ready-to-defend-itself": [
        ("Peru said it stands ready to defend itself against Chile.", "THREATEN", [(["PER"], ["CHL"])]),
        ("Peru said it stands ready to defend itself against Chile.", "AGREE", []),
        (SHELLED + "Peru said it stands ready to defend itself.", "THREATEN", [(["PER"], ["CHL"])]),
        ("Peru said it stands ready to defend Bolivia against any aggression.", "AGREE", [(["PER"], ["BOL"])]),
    ],
    "no-deterrent": [
        ("Peru said it will not tolerate corruption in the police.", "THREATEN", []),
        ("Peru said it has long tolerated Chilean fishing in its waters.", "THREATEN", []),
        ("Peru said it would not accept the Chilean proposal.", "THREATEN", []),
        ("Peru said it would not accept the Chilean proposal.", "REJECT", [(["PER"], ["CHL"])]),
        ('"We will respond decisively to any provocation," the Peruvian defence minister said.', "THREATEN", []),
        ("Analysts said the threat of war between Peru and Chile is growing.", "THREATEN", []),
        ("페루는 부패를 용납하지 않겠다고 밝혔다.", "THREATEN", []),
        ("Peru's president said the aggressors will pay a heavy price.", "THREATEN", []),
        ("Farmers in Peru will pay a heavy price for the drought, the minister said.", "THREATEN", []),
        ("Peru said it stands ready to defend itself.", "THREATEN", []),
        ('페루 대통령은 "침략자들은 큰 대가를 치를 것"이라고 말했다.', "THREATEN", []),
        ("페루는 그동안 칠레의 도발을 좌시해 왔다.", "THREATEN", []),
        ('페루 국방부는 "어떠한 도발도 좌시하지 않을 것"이라고 밝혔다.', "THREATEN", []),
    ],
})


@pytest.mark.parametrize("text, kind, expected", ROWS)
def test_deterrent_resolves(text, kind, expected):
    assert sides(text, kind) == expected

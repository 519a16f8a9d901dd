"""A measure only threatened is THREATEN, never also a SANCTION (threat61), in both languages, with sentences of our
own: a measure noun joined by 'and' / 'or' to the one a threat governs is governed too ('threatened tariffs and
sanctions on X': lang/en/act_modality.governed_noun, the walk reading the joined word as a noun), and a bare verb
joined by 'and' to a threatened infinitive is threatened too ('threatened to cut ties and impose sanctions on X':
lang/en/act_threat_contents); a measure the speaker says in a warning's reported clause it will take ('warned it would
impose sanctions on X', '제재를 가할 수 있다고 경고', '단교하겠다고 경고': act_threat_contents.warned_measures,
lang/ko/act_warned_measures) is threatened, no planned SANCTION; the threat is aimed where the measures would land. Negative rows: measures imposed
stay SANCTIONs, a past-tense verb after the threat is a deed of its own.
"""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import sides

ROWS = class_rows({
    "joined-measure-nouns": [
        ("Peru threatened tariffs and sanctions on Chile.", "THREATEN", [(["PER"], ["CHL"])]),
        ("Peru threatened tariffs and sanctions on Chile.", "SANCTION", []),
        ("Peru threatened new tariffs and harsh sanctions against Chile.", "SANCTION", []),
        ("Peru threatened new tariffs and harsh sanctions against Chile.", "THREATEN", [(["PER"], ["CHL"])]),
        ("Peru threatened sanctions or an embargo on Chile.", "SANCTION", []),
    ],
    "joined-threatened-infinitives": [
        ("Peru threatened to cut ties and impose sanctions on Chile.", "THREATEN", [(["PER"], ["CHL"])]),
        ("Peru threatened to cut ties and impose sanctions on Chile.", "SANCTION", []),
        ("Peru vowed to recall its envoy and impose sanctions on Chile.", "SANCTION", []),
    ],
    "korean-threatened-measures": [
        ("페루는 칠레에 관세와 제재를 부과하겠다고 위협했다.", "THREATEN", [(["PER"], ["CHL"])]),
        ("페루는 칠레에 관세와 제재를 부과하겠다고 위협했다.", "SANCTION", []),
        ("페루는 칠레에 관세를 부과하고 제재를 가하겠다고 위협했다.", "SANCTION", []),
    ],
    "measure-in-a-warning": [
        ("Peru warned it would impose sanctions on Chile.", "THREATEN", [(["PER"], ["CHL"])]),
        ("Peru warned it would impose sanctions on Chile.", "SANCTION", []),
        ("Peru warned that it could impose sanctions on Chile.", "SANCTION", []),
        ("Peru warned Chile that it would expel its diplomats.", "THREATEN", [(["PER"], ["CHL"])]),
        ("Chile seized a Peruvian fishing boat on Sunday.\n\nPeru warned it would retaliate.", "THREATEN",
         [(["PER"], ["CHL"])]),
        ("페루는 칠레에 제재를 가할 수 있다고 경고했다.", "THREATEN", [(["PER"], ["CHL"])]),
        ("페루는 칠레에 제재를 가할 수 있다고 경고했다.", "SANCTION", []),
        ("페루는 칠레에 단교하겠다고 경고했다.", "SANCTION", []),
        ("페루는 칠레에 단교하겠다고 경고했다.", "THREATEN", [(["PER"], ["CHL"])]),
    ],
    "imposed-not-threatened": [
        ("Peru imposed tariffs and sanctions on Chile.", "SANCTION", [(["PER"], ["CHL"])]),
        ("Peru imposed tariffs and sanctions on Chile.", "THREATEN", []),
        ("Peru threatened to cut ties and imposed sanctions on Chile.", "SANCTION", [(["PER"], ["CHL"])]),
        ("페루는 칠레에 관세와 제재를 부과했다.", "SANCTION", [(["PER"], ["CHL"])]),
        ("페루는 칠레에 관세와 제재를 부과했다.", "THREATEN", []),
        ("Peru said it would impose sanctions on Chile.", "SANCTION", [(["PER"], ["CHL"])]),
        ("Peru warned that Chile could impose sanctions on Bolivia.", "THREATEN", []),
        ("페루 외교장관은 경기가 둔화될 수 있다고 경고했다.", "THREATEN", []),
    ],
})


@pytest.mark.parametrize("text, kind, expected", ROWS)
def test_threatened_measures(text, kind, expected):
    assert sides(text, kind) == expected

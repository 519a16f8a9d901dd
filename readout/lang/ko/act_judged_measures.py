"""(kolex49) A measure its owner took, named as the subject of a quoted judgement: '칠레는 [볼리비아의 국경 봉쇄 조치]가
부당하다고 비난했다', '[B의 제재]가 불법이라고 규탄했다'.

Why: the conduct an accusation's complement judges is its reason, no act of the report's day (act_verdicts: 'B의 병력
증강과 무기 이전은 ...을 드러낸다며 비판했다'), but a measure named with its owner is a measure in force, told as done
whatever the verb says of it: '[B의 국경 봉쇄 조치]를 비난했다' keeps B's COERCE (koact49, act_nominals), and the same
phrase as the judgement's subject is the same deed. So a restricting measure (`KEPT_TYPES`: COERCE, SANCTION) that
act_owned_deeds gave an owner ('B의', its `agent_span`), told as occurred, stays an act of its own; a measure with no
owner named ('국경 봉쇄가 부당하다고'), a build-up or a transfer judged ('B의 병력 증강이 도발이라고') stay the
judgement's reason only.
"""
from __future__ import annotations

from readout.lang.base import ActHit

KEPT_TYPES = frozenset({"COERCE", "SANCTION"})


def owned_measure(hit: ActHit) -> bool:
    """Whether a noun act inside a judgement's accused run is a measure its named owner took (see module)."""
    return hit.nominal and hit.type in KEPT_TYPES and hit.status == "occurred" and not hit.negated \
        and "agent_span" in hit.data

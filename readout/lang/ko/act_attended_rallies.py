"""A rally an official goes to: '장관은 방문 중 현지에서 열린 반전 집회에 참가했다', '시위에서 연설했다' (accuse60).

Why: the pipeline reads a protest word told after an official's name as the official's diplomatic protest (PLOVER
ACCUSE disapprove: '외교부가 항의했다'). A protest noun that a verb of attending governs ('시위에 참석하다', '집회에
합류하다', '시위에서 연설하다': `rally_attendance_verbs`, with the place particles `rally_attendance_particles`) is a
gathering held by people that the official went to, no note lodged with a state: the hit is marked
`attended_gathering`, which the pipeline's diplomatic reading leaves as it is. '항의 서한을 전달했다' is no gathering.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.endings import lemma_at


def attended_rallies(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits with each protest noun governed, through a place particle, by a verb of attending marked
    `attended_gathering`."""
    verbs, particles = lex.cue("rally_attendance_verbs"), lex.cue("rally_attendance_particles")
    return [replace(h, data={**h.data, "attended_gathering": True})
            if h.type == "PROTEST" and h.nominal and isinstance(h.data.get("governor"), int)
            and h.data.get("particle") in particles and lemma_at(toks, h.data["governor"]) in verbs else h
            for h in hits]

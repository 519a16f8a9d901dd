"""One maker's own act, voiced by him, beside the act its clause marks done together by a larger circle ('jointly',
'together', '함께', '공동으로'): two acts in one document (pipeline/joint_acts.py), and another outlet's report of the
maker's own act joins that one, not the joint act. An act not marked joint still takes in a part of its actors told
again. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.store.db import Store

MON, TUE = date(2026, 3, 16), date(2026, 3, 17)
KO = ("이재명 대통령은 16일 회의 세션에서 북한의 미사일 발사를 강력히 비판했다. 이 대통령은 이날 오후 앤서니 앨버니지 호주 "
      "총리와도 회담했다. 양 정상은 북한의 미사일 발사를 함께 규탄했다.")
EN = ("President Lee Jae-myung sharply criticized North Korea's missile launch on Monday. Lee and Albanese also "
      "condemned the launch together.")


def accusers(text: str) -> list[list[str]]:
    return sorted(sorted(p.id for p in e.participants) for e in extract_text(text, "d", MON).events
                  if e.type == "ACCUSE")


@pytest.mark.parametrize("text, expected", [
    (KO, [["cty_aus", "cty_kor"], ["cty_kor"]]),
    (EN, [["cty_aus", "cty_kor"], ["cty_kor"]]),
    ("이재명 대통령은 16일 북한의 미사일 발사를 강력히 비판했다. 한국과 호주는 이날 북한의 미사일 발사를 규탄했다.",
     [["cty_aus", "cty_kor"]]),  # not marked joint: the part is the act told again
])
def test_a_makers_own_act_beside_a_joint_one(text, expected):
    assert accusers(text) == expected


def test_another_outlet_joins_the_makers_own_act(tmp_path):
    reports = [(KO, "ko", MON),
               ("South Korean President Lee Jae-myung condemned North Korea's missile launch during a summit session on "
                "Monday.", "en", TUE)]
    with Store(str(tmp_path / "r.db")) as store:
        for text, doc, published in reports:
            store.save(extract_text(text, doc, published))
        found = sorted((sorted(a["id"] for a in e["actors"]), sorted(s["doc"] for s in e["sources"]))
                       for e in store.events() if e["type"] == "ACCUSE")
    assert found == [(["cty_aus", "cty_kor"], ["ko"]), (["cty_kor"], ["en", "ko"])]


def test_equal_candidates_prefer_the_record_of_the_reports_speaker():
    """Two records a report naming one state joins alike ('1 of 2 parties'): the one holding a member voiced by the
    report's own speaker ranks first (store/merge.py spoken_alike), whatever the records' ids."""
    from readout.settings import Settings
    from readout.store import merge
    from readout.store.merge_voices import Voice

    lee, other = Voice("per_lee", "Lee", "KOR", "President"), Voice("per_x", "X", "IGO", "Secretary-General")

    def member(key: str, parties: set[str], voice: Voice | None) -> merge.Member:
        m = merge.Member(key, key, "ACCUSE", MON, "day", "text", None, set(parties), {"cty_prk"}, voice=voice)
        m.homes = {p: p[-3:].upper() for p in parties}
        m.states = frozenset(parties)
        return m

    records = {"ev_a": [member("a1", {"cty_kor", "cty_aus"}, None)],
               "ev_b": [member("b1", {"cty_kor", "cty_igo"}, other), member("b2", {"cty_kor"}, lee)]}
    verdicts = merge.weigh(None, member("n", {"cty_kor"}, lee), records.__getitem__, Settings(),
                           candidates=set(records))
    assert [v.event_id for v in verdicts] == ["ev_b", "ev_a"] and verdicts[0].score == verdicts[1].score
    assert merge.spoken_alike(verdicts[0]) and not merge.spoken_alike(verdicts[1])

"""A promise one outlet tells ('A promised support to B') and the joint accord another tells ('A and B agreed ...') on
the same day are one record, either order, across languages, with the reason stored (support66,
store/merge_accords.promise_fold); a promise to a state outside the accord's circle, another day's, or a rejection
stays apart. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from tests.store.stored import merge_reasons, saved, records_of

DAY = date(2026, 3, 10)
ACCORD_EN = "Uruguay and Paraguay agreed on Monday to build a new bridge over the river."
ACCORD_KO = "우루과이와 파라과이는 9일 새 교량을 건설하기로 합의했다."
PROMISE_EN = "Uruguay promised support to Paraguay on Monday."
OFFER_EN = "Uruguay offered support to Paraguay on Monday."
PROMISE_KO = "우루과이는 9일 파라과이에 지원을 약속했다."


def agree_records(tmp_path, first: str, second: str) -> tuple[list[set[str]], str]:
    with saved(tmp_path, (first, "a.txt", DAY), (second, "b.txt", DAY)) as store:
        return records_of(store, "AGREE"), merge_reasons(store, "b.txt", "AGREE")


@pytest.mark.parametrize("first, second", [
    (ACCORD_EN, PROMISE_EN), (PROMISE_EN, ACCORD_EN), (ACCORD_EN, OFFER_EN),
    (ACCORD_KO, PROMISE_KO), (PROMISE_KO, ACCORD_EN), (ACCORD_EN, PROMISE_KO),
], ids=["en-accord-then-promise", "en-promise-then-accord", "en-accord-then-offer", "ko-accord-then-promise",
        "ko-promise-then-en-accord", "en-accord-then-ko-promise"])
def test_promise_folds_into_the_accord(tmp_path, first, second):
    records, reasons = agree_records(tmp_path, first, second)
    assert records == [{"a.txt", "b.txt"}]
    assert "promise" in reasons and "accord" in reasons


@pytest.mark.parametrize("first, second", [
    (ACCORD_EN, "Uruguay promised support to Chile on Monday."),
    ("Uruguay promised support to Chile on Monday.", ACCORD_EN),
    ("우루과이는 9일 칠레에 지원을 약속했다.", ACCORD_KO),
    (ACCORD_EN, "Uruguay offered support to Paraguay on Thursday, March 5."),
], ids=["en-outsider-after", "en-outsider-before", "ko-outsider-before", "en-another-day"])
def test_promise_apart_from_the_accord(tmp_path, first, second):
    records, _ = agree_records(tmp_path, first, second)
    assert records == [{"a.txt"}, {"b.txt"}]


def test_a_rejection_never_folds(tmp_path):
    with saved(tmp_path, (ACCORD_EN, "a.txt", DAY), ("Uruguay rejected Paraguay's proposal on Monday.", "b.txt", DAY)) \
            as store:
        assert records_of(store, "AGREE") == [{"a.txt"}]
        assert records_of(store, "REJECT") == [{"b.txt"}]


@pytest.mark.parametrize("second", [
    "Uruguay pledged to help Paraguay rebuild its ports, officials said on Monday.",
    "Uruguay promised Paraguay new loans on Monday.",
    "Uruguay vowed on Monday to provide aid to Paraguay.",
    "Uruguay signed a river treaty with Paraguay on Monday.",
    "우루과이는 9일 파라과이에 차관을 제공하겠다고 약속했다.",
    "우루과이는 9일 파라과이와 하천 조약에 서명했다.",
], ids=["en-pledged-help", "en-promised-loans", "en-vowed-aid", "en-signed-with", "ko-promised-loans", "ko-signed-with"])
@pytest.mark.parametrize("accord", [
    "Uruguay and Paraguay signed a river treaty on Monday.", "우루과이와 파라과이는 9일 하천 조약에 서명했다.",
], ids=["en-accord", "ko-accord"])
def test_one_sided_telling_joins_the_joint_accord(tmp_path, accord, second):
    """One outlet tells the pair's accord, another one side's part of it the same day: one record, still joint."""
    with saved(tmp_path, (accord, "a.txt", DAY), (second, "b.txt", DAY)) as store:
        (record,) = [e for e in store.events() if e["type"] == "AGREE"]
        assert {s["doc"] for s in record["sources"]} == {"a.txt", "b.txt"}
        assert record["recipients"] == []


def test_a_welcome_of_the_deal_is_its_own_statement(tmp_path):
    """Negative: welcoming the deal is SUPPORT, another type: it never joins the accord's record."""
    with saved(tmp_path, ("Uruguay and Paraguay signed a river treaty on Monday.", "a.txt", DAY),
               ("Uruguay welcomed the deal with Paraguay on Monday.", "b.txt", DAY)) as store:
        assert records_of(store, "AGREE") == [{"a.txt"}]


def member(parties: set[str], recipients: set[str] = frozenset()):
    from readout.store.merge_members import Member
    return Member("k", "d", "AGREE", DAY, "day", "text", None, set(parties), set(recipients))


HOMES = {"cty_ury": "URY", "cty_pry": "PRY", "cty_chl": "CHL"}
PAIR = frozenset({"cty_ury", "cty_pry"})


@pytest.mark.parametrize("circles, targets, sides, new, folds, apart", [
    ([PAIR], frozenset(), PAIR, member({"cty_ury"}, {"cty_pry"}), True, False),
    ([PAIR], frozenset(), PAIR, member({"cty_ury"}, {"cty_chl"}), False, True),
    ([], frozenset({"cty_pry"}), frozenset({"cty_ury"}), member(set(PAIR)), True, False),
    ([], frozenset({"cty_chl"}), frozenset({"cty_ury"}), member(set(PAIR)), False, True),
    ([PAIR], frozenset(), PAIR, member({"cty_ury"}, {"per_unknown"}), False, False),  # a side of no known state
    ([PAIR], frozenset(), PAIR, member({"cty_ury"}), False, False),  # no promise: one party of the accord
], ids=["promise-in-circle", "promise-outside", "accord-holds-promise", "accord-beside-outsider-promise",
        "unknown-side", "no-promise"])
def test_promise_fold(circles, targets, sides, new, folds, apart):
    from readout.store.merge_accords import promise_fold
    folded, outside = promise_fold(circles, targets, sides, new, new.parties, HOMES)
    assert bool(folded) is folds and bool(outside) is apart

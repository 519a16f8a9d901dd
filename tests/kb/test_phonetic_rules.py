"""The Latin letter rules as one pattern (`LATIN_RULE_RE`) read every word as trying the rules one by one did:
the first rule that matches at a position wins, `^` anchors at the word's start. Why a test: the sound index of
the world table (`kb/leader_sounds.sound_index`) is built with these keys, and the one-pattern form exists only to
build it faster."""
from __future__ import annotations

import random

import pytest

from readout.kb import phonetic
from readout.kb.phonetic import LATIN_RULES, LATIN_RULE_RE, latin_token


def rule_by_rule(token: str) -> list[str]:
    """`latin_token` as written before the rules became one pattern: each rule tried in turn at each position."""
    word = phonetic.latin_fold(token)
    out = [""]
    for part in filter(None, word.split("-")):
        renderings, i = [""], 0
        while i < len(part):
            for rx, alts in LATIN_RULES:
                m = rx.match(part, i)
                if m:
                    renderings = [r + a for r in renderings for a in alts][:phonetic.MAX_ALTERNATIVES]
                    i = m.end()
                    break
            else:
                i += 1
        out = [o + r for o in out for r in renderings][:phonetic.MAX_ALTERNATIVES]
    vowel = next((phonetic.LATIN_VOWEL[c] for c in reversed(word) if c in phonetic.LATIN_VOWEL), "")
    return list(dict.fromkeys(phonetic.finished_key(o) or vowel for o in out)) or [""]


# made-up names with the digraphs, anchored rules and look-aheads the rules tell apart
WORDS = ["Ghazarian", "Xiqueng", "Tschirmann", "Dzhavad", "Kochlerberg", "Chruszcz", "Smithers", "Thaddeus",
         "Mitsukoshi", "Fumirata", "Pellucciano", "Brodge-Ley", "Ngawang", "Singhoro", "Qiaofeng", "Wadrewski",
         "Ahmrat", "Zaccheo", "Aeiou", "X", "Hh", "Jiang-Ngu"]


@pytest.mark.parametrize("word", WORDS)
def test_made_up_names_read_as_rule_by_rule(word: str) -> None:
    assert latin_token.__wrapped__(word) == rule_by_rule(word)


def test_random_letter_strings_read_as_rule_by_rule() -> None:
    rnd = random.Random(20261204)
    letters = "abcdefghijklmnopqrstuvwxyz-"
    for _ in range(3000):
        word = "".join(rnd.choice(letters) for _ in range(rnd.randint(1, 10)))
        assert latin_token.__wrapped__(word) == rule_by_rule(word), word


def test_each_rule_is_one_group() -> None:
    """`lastindex` names the rule only while no rule has a group of its own."""
    assert LATIN_RULE_RE.groups == len(LATIN_RULES)
    assert all(rx.groups == 0 for rx, _alts in LATIN_RULES)

"""(kofix47) A state's name that is also a deed noun (인도 India, and 인도 the handing over: countries.yaml `deed_verbs`)
read as the deed, not the state, where it stands as a deed does: as the object of one of the deed's verbs ('용의자
인도를 연내 마칠 계획', '인도를 요청했다', '인도를 미뤘다'), or right after the common noun it hands over ('범죄인 인도',
'무기 인도', '신병 인도'), with no noun naming a state's people or body after it.

Why structure and not a word list of phrases: the state stands as a party (before the particles of a party, in a
country list, before 정부/총리/대통령, as the object of a verb done to a state, '인도를 비난했다'); the deed takes a
thing handed over before it and a verb of doing, asking or delaying after it. A verb no list holds leaves the state."""
from __future__ import annotations

from readout.kb.countries import deed_frames, deed_verbs
from readout.kb.geo import lookup_city
from readout.kb.loader import lexicon
from readout.lang.ko.tags import COORDINATING_PARTICLES, OBJECT_PARTICLES, PLAIN_NOUN_TAGS
from readout.lang.ko.words import country_of_word, is_org_word, title_of

MAX_GAP = 3  # words between the deed and its verb ('인도를 [올해 안에] 마칠')


def deed_named(words: list, i: int) -> bool:
    """Word `i` is a state's name read as its deed noun (`deed_verbs`)."""
    w = words[i]
    verbs = deed_verbs().get(w.noun)
    if verbs is None:
        return False
    if derived_verb(w):
        return True  # kotwins48: '용의자를 B로 인도했다', '인도한 남성들', '인도해 달라고': the verb, never India
    if w.particle in OBJECT_PARTICLES and governing_stem(words, i) in verbs:
        return True  # '인도를 연내 마칠', '인도를 요청했다'
    if framed_deed(words, i):
        return True  # kofix48: '인도 절차를', '인도 협정에'
    return w.particle in HANDED_PARTICLES and handed_thing_before(words, i) and not side_after(words, i)


HANDED_PARTICLES = (None, "의")  # '범죄인 인도 조약', '범죄인 인도의 조건'; with a party's particle the state acts or
# is acted on ('당시 인도는', '지난주 인도를 방문'), and the deed's object stands so only before its verbs (above)


def framed_deed(words: list, i: int) -> bool:
    """(kofix48) The bare name right before a noun of the deed's own procedure or instrument (countries.yaml
    `deed_frames`: '인도 절차를 중단했다', '인도 협정에 서명했다', '인도 청구'): the deed, as '범죄인 인도 절차' reads; a
    state's name stands there only joined to another state ('칠레와 인도 협정', '칠레·인도 협정': a pair's accord)."""
    w = words[i]
    frames = deed_frames().get(w.noun)
    if not frames or w.particle or i + 1 >= len(words) or words[i + 1].noun not in frames:
        return False

    prev = words[i - 1] if i else None
    return not (prev is not None and country_of_word(prev.noun) is not None
                and (prev.particle in COORDINATING_PARTICLES or prev.text.endswith((",", "·", "-"))))


def governing_stem(words: list, i: int) -> str | None:
    """The stem of the first verb after word `i`, within `MAX_GAP` words: a verb's own stem ('마치', '미루') or the
    noun a 하 makes a verb of ('요청', '완료')."""
    for w in words[i + 1:i + 2 + MAX_GAP]:
        if not w.has_verb:
            continue
        nouns = []
        for form, tag, _s, _l in w.tokens:
            if tag in ("VV", "VA") and not nouns:
                return form
            if tag in PLAIN_NOUN_TAGS:
                nouns.append(form)
            elif tag in ("XSV", "XSA"):
                return "".join(nouns)
            else:
                break
        return None
    return None


def handed_thing_before(words: list, i: int) -> bool:
    """The word before is a plain common noun with no particle or verb (the thing or person handed over: '범죄인',
    '무기', '용의자'), no state's, city's or body's name, and no time or framing word (lexicon ko `not_name_words`,
    the date words)."""
    if i == 0:
        return False
    # cold start: not loaded with `Korean`, only on first use
    from readout.lang.ko.guarded_places import bare_time_word
    from readout.lang.ko.name_runs import time_words  # cold start: not loaded with `Korean`, only on first use

    prev = words[i - 1]
    if prev.noun in lexicon("ko")["not_name_words"] or prev.noun in time_words() or bare_time_word(prev):
        return False  # '최근 인도 경제', '당시 인도 정부': a time or a framing word, no thing handed over
    return not prev.particle and not prev.has_verb and bool(prev.tokens) \
        and all(t[1] in PLAIN_NOUN_TAGS or t[1] == "XSN" for t in prev.tokens) and prev.tokens[0][1] == "NNG" \
        and not prev.text.endswith((",", "·")) and country_of_word(prev.noun) is None and not is_org_word(prev.noun) \
        and title_of(prev.noun) is None and lookup_city(prev.noun) is None


def side_after(words: list, i: int) -> bool:
    """A noun naming a state's people or body follows the bare name ('현지 인도 대사관은'): the state."""
    # cold start: not loaded with `Korean`, only on first use
    from readout.lang.ko.bare_state_words import side_noun

    return not words[i].particle and i + 1 < len(words) and side_noun(words[i + 1].noun)


VERB_SUFFIXES = ("XSV",)  # 하/되 making a verb of the noun before it


def derived_verb(w) -> bool:
    """(kotwins48) The deed's noun made a verb inside its word ('인도/NNG 하/XSV 었/EP 다/EF', '인도되다'): the verb of
    handing over in any ending (했다, 한, 해, 하기로, 됐다); a state's name takes no verb suffix, only particles."""
    after = [t for t in w.tokens if t[2] >= w.start + len(w.noun)]
    return bool(after) and after[0][1] in VERB_SUFFIXES

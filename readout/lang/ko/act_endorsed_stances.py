"""(stance68) A side's stance sympathized with, told by the noun of sympathy and a verb of showing it ('Y의 입장에
공감을 표시했다/표명했다/표했다'), endorses it as the verb does ('Y의 입장에 공감한다': SUPPORT of Y, kbdupes68): the
stance noun with its 에 stands before the noun of sympathy (cue endorsing_noun) instead of before the verb. A stance
named only by its content (an adnominal before it: '...가 필요하다는 입장에 공감을 표했다') stays the shared view."""
from __future__ import annotations

from readout.lang.ko.act_candidate import Candidate
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.clauses import clause_words
from readout.lang.ko.tags import CLAUSE_EDGE_TAGS, NOMINATIVE_PARTICLES, TOPIC_PARTICLES

STANCE_PARTICLES = frozenset({"에"})  # 'Y의 입장에 공감': the stance sympathized with
# enmodes70: the adnominal endings of a quoted content ('필요하다는', '해야 한다는', '하자는', '아니라는'): the stance is
# named by what it says (as English 'the position that ...', lang/en/act_content_stances)
QUOTED_CONTENT_ENDINGS = ("다는", "라는", "자는", "냐는")


def held_stance(toks: list, first: int) -> bool:
    """(modes71) Whether the relative clause whose adnominal ending stands before the stance noun at `first` names
    the stance's holder: a clause of stating, not a quoted content, with its own subject ('[칠레가 밝힌] 입장에
    공감했다', as English 'the position Chile stated': SUPPORT of Chile). A clause with no subject of its own ('[앞서
    밝힌] 입장', the sentence's topic the stater) or a quoted content ('[대화가 필요하다는] 입장') names no other
    side's stance, nor does a subject naming the speaker's own side ('[자국이 밝힌] 입장', clause word
    `speaker_own_words`). The clause runs back to the last clause edge or topic."""
    if toks[first - 1][0].endswith(QUOTED_CONTENT_ENDINGS):
        return False
    for k in range(first - 2, -1, -1):
        form, tag = toks[k][0], toks[k][1]
        if tag in CLAUSE_EDGE_TAGS or form in TOPIC_PARTICLES and tag == "JX":
            return False
        if tag == "JKS" and form in NOMINATIVE_PARTICLES:
            return k > 0 and not toks[k - 1][0].startswith(tuple(clause_words()["speaker_own_words"]))
    return False


def endorsed_by_noun(toks: list, cand: Candidate, lex: ActIndex) -> bool:
    """Whether a pair of the noun of sympathy and a verb of showing it ('공감을 표시했다') has another side's stance
    before it with 에, no adnominal naming the stance's content before that; (koriot70) or the verb of sympathy itself
    (cue endorsing_verb) has it with '에 대해' ('Y의 입장에 대해 공감한다'). Words of degree between the stance and the
    sympathy are skipped (`degree_start`: '깊은', '크게', '매우', '전적으로')."""
    noun = cand.entry.noun
    k = degree_start(toks, cand.first)
    if noun is None and cand.entry.lemma in lex.cue("endorsing_verb"):
        about = k >= 3 and toks[k - 1][1] == "EC" and toks[k - 2][:2] == TOPIC_VERB and toks[k - 3][1].startswith("JK")
        if not about:
            return False  # '입장에 공감한다' is the pair entry's; a bare '공감한다' shares a view
        k -= 2  # '입장에 [대해] 공감한다': the stance the verb is about
    elif noun not in lex.cue("endorsing_noun"):
        return False
    if k < 2:
        return False
    particle, stance = toks[k - 1], toks[k - 2]
    return particle[0] in STANCE_PARTICLES and particle[1].startswith("JK") \
        and stance[0] in lex.cue("endorsed_stance_noun") and not (k >= 3 and toks[k - 3][1] == "ETM")


TOPIC_VERB = ("대하", "VV")  # '에 대해', '에 대하여': the topic's postposition
MANNER_STEMS = frozenset({"VA", "XSA"})  # '크/VA 게/EC', '진지/XR 하/XSA 게/EC': an adverb made of an adjective


def degree_start(toks: list, k: int) -> int:
    """(koriot70) The token after the last argument before token `k`, past the words of degree between: adverbs
    (MAG: '깊이', '매우', '전적으로'), adjectives made adverbs ('크게': VA + 게/EC) and (stance68) an adjective's
    adnominal form before a noun ('깊은': VA + ETM). An adverb between an argument and its predicate never breaks it."""
    while k >= 1:
        if toks[k - 1][1] == "MAG":
            k -= 1
        elif k >= 2 and toks[k - 1][:2] == ("게", "EC") and toks[k - 2][1] in MANNER_STEMS:
            k -= 2
            while k >= 1 and toks[k - 1][1] == "XR":
                k -= 1
        elif k >= 2 and toks[k - 1][1] == "ETM" and toks[k - 2][1] == "VA":
            k -= 2
        else:
            break
    return k

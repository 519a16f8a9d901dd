"""(stance68) A side's stance sympathized with, told by the noun of sympathy and a verb of showing it ('Y의 입장에
공감을 표시했다/표명했다/표했다'), endorses it as the verb does ('Y의 입장에 공감한다': SUPPORT of Y, kbdupes68): the
stance noun with its 에 stands before the noun of sympathy (cue endorsing_noun) instead of before the verb. A stance
named only by its content (an adnominal before it: '...가 필요하다는 입장에 공감을 표했다') stays the shared view."""
from __future__ import annotations

from readout.lang.ko.act_candidate import Candidate
from readout.lang.ko.act_table import ActIndex

STANCE_PARTICLES = frozenset({"에"})  # 'Y의 입장에 공감': the stance sympathized with


def endorsed_by_noun(toks: list, cand: Candidate, lex: ActIndex) -> bool:
    """Whether a pair of the noun of sympathy and a verb of showing it ('공감을 표시했다') has another side's stance
    before it with 에, no adnominal naming the stance's content before that."""
    noun, k = cand.entry.noun, cand.first
    if k >= 2 and toks[k - 1][1] == "ETM" and toks[k - 2][1] == "VA":
        k -= 2  # '입장에 깊은 공감을 표했다': a word of degree before the noun of sympathy
    if noun not in lex.cue("endorsing_noun") or k < 2:
        return False
    particle, stance = toks[k - 1], toks[k - 2]
    return particle[0] in STANCE_PARTICLES and particle[1].startswith("JK") \
        and stance[0] in lex.cue("endorsed_stance_noun") and not (k >= 3 and toks[k - 3][1] == "ETM")

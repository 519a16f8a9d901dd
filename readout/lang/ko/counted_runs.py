"""(koforeign70) The particle that closes a noun run counted after its head: '반군 [다섯 명]을', '대원 [5명]을', '병사들 [세
명]에게'. `act_arguments.argument_runs` steps back over such a count to yield the noun run, so a reader that looks at
the morpheme right after the run finds the count, not the particle, and read the object as no argument: a force verb's
struck side was lost ('보코하람 대원 다섯 명을 사살했다'), where '보코하람 대원들을' kept it.

Why a module of its own: every reader of a run's particle after `argument_runs` asks it; the count's shape is the one
`argument_runs` skips (a number, 여 'about', then its unit)."""
from __future__ import annotations

from readout.lang.ko.tags import PLURAL_SUFFIX

NUMBER_TAGS = ("SN", "NR")
UNIT_TAGS = ("NNB", "NNG")  # 명, 척, 대; '명' may be read as a common noun after a spelled number
ABOUT = ("여", "XSN")  # '30여 명': about thirty


def particle_after(toks: list, end: int) -> int:
    """The index of the morpheme after the noun run ending at `end`, past its plural suffix ('들') and a count of it
    ('다섯 명', '30여 명', '1만 명'); `end + 1` when no count follows."""
    k = end + 1
    if k < len(toks) and tuple(toks[k][:2]) == PLURAL_SUFFIX:
        k += 1
    n = k
    while n < len(toks) and toks[n][1] in NUMBER_TAGS:
        n += 1  # '1/SN 만/NR': the number's own parts
    if n == k:
        return k
    if n < len(toks) and tuple(toks[n][:2]) == ABOUT:
        n += 1
    if n < len(toks) and toks[n][1] in UNIT_TAGS:
        return n + 1
    return k

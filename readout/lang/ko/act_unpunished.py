"""A punishment said not to come (komil47): '참가자들은 처벌받지 않을 것이라고 경고했다', '가담자를 처벌하지 않겠다고
밝혔다'. A noun of punishment whose own light verb (받다, 당하다, -하다, -되다) is negated by 않/못 promises impunity, not
repression: it names no punishment for act_punishment_warnings (the English reader's "would not be punished").

The negation must close a statement (an ending, a future, a quote: '않을 것', '않겠다고', '않는다고'). A negation that
opens a condition or a purpose ('처벌받지 않으려면 해산하라', '엄벌하지 않고는') still warns of the punishment, and so does
a punishment that cannot be escaped ('처벌을 피할 수 없을 것', '처벌을 면하지 못할 것'): its negation is not the
punishment's own light verb.
"""
from __future__ import annotations

LIGHT_VERBS = frozenset({("받", "VV-R"), ("받", "VV"), ("당하", "VV"), ("하", "XSV"), ("되", "XSV")})
CASES = frozenset({"JKO", "JKS", "JX"})  # '처벌을 받지', '처벌도 받지'
NEGATIONS = frozenset({"않", "못"})
LINK = ("지", "EC")
NOT_BEFORE = ("안", "MAG")  # '처벌을 안 받을 것'
CLOSING_TAGS = frozenset({"ETM", "EP", "EF"})
QUOTE_END = "다고"


def unpunished(toks: list, p: int) -> bool:
    """Whether the punishment noun at morpheme p has its own light verb negated in a closing statement."""
    k = p + 1
    if k < len(toks) and toks[k][1] in CASES:
        k += 1
    if k < len(toks) and toks[k][:2] == NOT_BEFORE:
        return k + 1 < len(toks) and toks[k + 1][:2] in LIGHT_VERBS and closes(toks, k + 2)
    if k + 2 >= len(toks) or toks[k][:2] not in LIGHT_VERBS or toks[k + 1][:2] != LINK:
        return False
    return toks[k + 2][0] in NEGATIONS and toks[k + 2][1] == "VX" and closes(toks, k + 3)


def closes(toks: list, k: int) -> bool:
    """Whether the morpheme at k closes a statement (an ending, a future, a quote) rather than opening a condition."""
    return k < len(toks) and (toks[k][1] in CLOSING_TAGS or toks[k][1] == "EC" and toks[k][0].endswith(QUOTE_END))

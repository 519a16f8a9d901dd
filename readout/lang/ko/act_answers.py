"""Acts that answer another side's act and name no receiver of their own (ko-acts28).

Why: Korean drops what the answer answers. A refusal with nothing refused before its verb ('사실상 거절했다',
'거절의 뜻을 밝혔다', '"...은 협상 대상이 아니다"라며 선을 그었다') refuses what was just put to the refuser (the request
or offer the story told, or what the one met at the talks asked), and a tit-for-tat expulsion ('맞추방으로 대응했다')
answers the other side's expulsion. Read as a bare act, each had no recipient and was dropped. The pipeline's
readers already find those sides (`rejected_proposal` for a rejection marked `rejected_proposal`; `implied_addressee`
for an unaddressed `counter_measure`); these functions only mark the hits, as the lexicon words say.
"""
from __future__ import annotations

import re
from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko import clauses
from readout.lang.ko.act_table import act_index


def bare_rejections(hits: list[ActHit], text: str, before_re: re.Pattern, reach: int) -> list[ActHit]:
    """The hits with each REJECT whose words right before it (within `reach` characters) are only a clause's
    opening, a quotation's close or its connective, and adverbs of manner (`bare_rejection_before_re`: '사실상',
    '단호히') marked `rejected_proposal`: what it refuses is what was put to it; its object only the pronoun of what was
    just told ('이를', the regex's `told` group), also `told_object` (a charge just told, too). A rejection with its own object
    ('관세 인하를 거부했다', '입국을 거부했다') keeps its reading."""
    out = []
    for h in hits:
        found = h.type == "REJECT" and not h.data.get("rejected_proposal") and not h.data.get("rejected_charge") \
            and before_re.search(text[max(0, h.start - reach):h.start])
        told = bool(found and found.groupdict().get("told"))  # ko-acts31: '이를 거부했다', what was just told
        out.append(replace(h, data={**h.data, "rejected_proposal": True, **({"told_object": True} if told else {})})
                   if found else h)
    return out


def tit_for_tat(hits: list[ActHit], lemmas: frozenset[str]) -> list[ActHit]:
    """The hits with each expulsion of a tit-for-tat lemma ('맞추방', `tit_for_tat_lemma`) marked as a counter-measure
    to no one named: when its clause names no state it expels, it answers the other side's last measure."""
    return [replace(h, data={**h.data, "unaddressed": True, "counter_measure": True})
            if h.lemma in lemmas and not h.data.get("target_spans") else h for h in hits]


def issued_judgements(hits: list[ActHit], text: str, nouns: frozenset[str]) -> list[ActHit]:
    """accuse52: the hits with each ACCUSE whose words end in a statement noun (`judgement_statement_noun`: '규탄
    성명을 냈다', 'C와 D 정부도 잇따라 비판 메시지를 냈다') and that names nothing judged marked `unaddressed`: the
    statement answers the deed just told, as '이를 규탄했다' does (its doer, not a judge told between); read bare, it had
    no receiver and was dropped."""
    def issued(h: ActHit) -> bool:
        words = re.findall(r"[가-힣]+", text[h.start:h.end])  # '성명을': the noun with its one-syllable particle
        return any(word[:cut] in nouns for word in words[1:] for cut in (len(word), len(word) - 1))
    return [replace(h, data={**h.data, "unaddressed": True, "answers": True})  # as '이번 공습을 규탄했다'
            if h.type == "ACCUSE" and not h.data.get("target_spans") and not h.data.get("unaddressed") and issued(h)
            else h for h in hits]


def answered_acts(hits: list[ActHit], text: str, before_re: re.Pattern, reach: int) -> list[ActHit]:
    """The marks above, in order (one call from `Korean.find_acts`)."""
    index = act_index()
    hits = tit_for_tat(bare_rejections(hits, text, before_re, reach), index.cue("tit_for_tat_lemma"))
    return issued_judgements(hits, text, index.cue("judgement_statement_noun"))


def expeller_in_sentence(hits: list[ActHit], text: str, tokens, lemmas: frozenset[str]) -> list[ActHit]:
    """(ko29) 'A가 B 외교관을 추방하자 B는 맞추방으로 대응했다': a tit-for-tat expulsion naming no one it expels,
    told in the sentence of the expulsion it answers (ko30: or a counter-sanction after a sanction, 'A가 B에 제재를
    부과하자 B도 맞제재에 나섰다'), answers that expulsion's subject (its 이/가 word), which is
    its target (`target_spans`; `target_before`: named before the act's word, it is no judge of the noun act, which
    pipeline/acts.unjudged would take it for). The story's earlier acts do not hold it yet, so the pipeline's reading
    of the last measure found no one and the answer was dropped."""
    first = [h for h in hits if h.type == "SANCTION" and h.lemma not in lemmas]  # (ko30) a sanction answered too
    if not first or not any(h.lemma in lemmas and not h.data.get("target_spans") for h in hits):
        return hits
    span = subject_span(first[0], text, tokens)
    return [replace(h, data={**h.data, "target_spans": (span,), "target_before": True})
            if span and h.lemma in lemmas and not h.data.get("target_spans") and h.start > first[0].end else h
            for h in hits]


def subject_span(hit: ActHit, text: str, tokens) -> tuple[int, int] | None:
    """The span of the 이/가 subject of `hit`'s clause, before it ('[칠레가] 아르헨티나 외교관을 추방하자'), with the
    bare nouns before that word ('[칠레 정부가]'); None when the clause has none."""
    r = clauses.reader(text, tuple(tokens))
    j = r.word_at(hit.start)
    if j is None:
        return None
    first, _last = r.clause_of(j)
    k = next((i for i in range(first, j) if r.facts[i].particle_tag == "JKS"), None)
    if k is None:
        return None
    start = k
    while start > first and r.facts[start - 1].particle is None and not r.facts[start - 1].lemma:
        start -= 1
    return r.words[start].start, r.words[k].end

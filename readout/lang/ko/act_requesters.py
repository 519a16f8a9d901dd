"""Who asks, when a request's content has a subject of its own (ko-acts28).

Why: in 'X가 [한국이 제재에 동참해 달라고] 요구했다' and '소식통은 [X가 ... 맞춰 달라고] 요구했다고 전했다' the clause reader
binds the first subject X to the content's verb ('동참해 달라고'), which leaves the request verb without a subject: the
act had no actor, or the story's meeting pair stood in. Korean puts the asker first and the one asked inside the
content ('한국이', or '한국에'), so a subject marked 이/가 right before a request's content (a benefactive or quoted
order, `request_content_end_re`), the sentence's first, asks, unless the sentence's topic before it asks already ('B 총리는 [한국 기업들이
참여해 달라고] 요청했다': the topic asks and the 가-subject is the one asked) or the topic is only an anonymous source.
"""
from __future__ import annotations

from readout.kb.loader import lexicon
from readout.lang.ko import clauses, words as ko_words
from readout.lang.ko.clauses import SentenceReader, clause_words
from readout.lang.ko.tags import JOINING_ENDINGS, OWN_CLAUSE_ENDINGS, SUBJECT_PARTICLES


def asker_before_content(r: SentenceReader, i: int, j: int, first: int) -> bool:
    """Word `i`, marked 이/가 before the clause starting at word `first` of the verb of asking at word `j`
    (`direct_request_lemmas`), is the asker: the words right before `first` close a request's content, and no
    topic other than a source noun, nor another subject, stands before `i`, and no verb stands between `i` and the
    next subject (or the content's closing words): a subject with a verb of its own before them is its clause's."""
    if i >= first or r.facts[i].particle_tag != "JKS" or r.facts[j].lemma not in lexicon("ko")["direct_request_lemmas"]:
        return False
    closing = " ".join(r.words[k].text for k in range(max(i + 1, first - 2), first))
    if not lexicon("ko").re("request_content_end_re").search(closing):
        if not content_in_clause(r, i, j, first):
            return False
        first += 1  # '[도발을 중단할] [것을 촉구했다]': the clause reader put the content's 것을 in the verb's clause
    content = first - 2
    while content - 1 > i and r.facts[content - 1].lemma and not r.facts[content - 1].adnominal \
            and r.facts[content - 1].ending in BENEFACTIVE_LINKS:
        content -= 1  # '[멈춰] 줄 것을': the verb the benefactive serves is the content's too
    later = next((k for k in range(i + 1, first) if r.facts[k].particle_tag == "JKS"), content)
    if any(r.facts[k].lemma and (r.facts[k].adnominal or r.facts[k].ending in OWN_CLAUSE_ENDINGS)
           and not joined_before_addressee(r, k, first) for k in range(i + 1, later)):
        return False  # '[B가 관세를 올린] 가운데, A가 ...해 달라고': B is the subject of a clause of its own
    sources = clause_words()["source_nouns"]
    return not any(r.facts[k].particle_tag == "JKS" or r.facts[k].particle_tag == "JX"
                   and r.facts[k].particle in clauses.topic_particles() and r.words[k].noun not in sources
                   for k in range(i))  # the first subject: a second one ('X가 [한국이 ...달라고]') is the one asked


def joined_before_addressee(r: SentenceReader, k: int, first: int) -> bool:
    """The verb at word `k` joins (-고, -며, -면서) a clause of the subject before it to the request, and the one asked
    (에/에게) follows it before the content at `first`: 'A가 B의 도발을 비판하며 [B에] 중단할 것을 촉구했다': A
    criticizes and asks; Korean names the one asked after the asker's own joined clauses, not inside another's."""
    if r.facts[k].adnominal or r.facts[k].ending not in JOINING_ENDINGS:
        return False
    for m in range(k + 1, first):
        if r.facts[m].lemma or r.facts[m].particle_tag == "JKS":
            return False
        if r.facts[m].particle in ("에", "에게"):
            return True
    return False


BENEFACTIVE_LINKS = frozenset({"아", "어", "여"})  # '멈춰 줄', '해 줄': the verb before a benefactive 주다


def content_in_clause(r: SentenceReader, i: int, j: int, first: int) -> bool:
    """The request's clause at word `first` opens with the bound noun closing its content ('중단할 [것을] 촉구했다'):
    the words up to and including it close the content."""
    if not i < first < j:
        return False
    closing = " ".join(r.words[k].text for k in range(max(i + 1, first - 1), first + 1))
    return bool(lexicon("ko").re("request_content_end_re").search(closing))


# OWN_CLAUSE_ENDINGS (tags): a verb closing a clause of its own; not kiwi's '대러' (대다 + 러) for 對러시아
ABOUT = ("대한", "대해", "관한", "관해", "대하여", "관하여", "따른")  # 'B에 대한': B is what is spoken of, no one asked


def addressee_before_conjuncts(hit, text: str, tokens, joined_re) -> tuple[tuple[int, int], ...]:
    """'B 외교부에 [접견을 보장하고] [사실관계를 확인해] 석방해 달라고 요청했다': a request whose content is a run of
    verbs joined by -고/-해 reads only the last one as its content (`content_span`), which leaves the one asked, named
    before the first (B에), outside it. The spans of the words marked 에/에게 before a run of joined conjuncts
    (`request_joined_re`: a clause closed on a joining ending, the last on the content's), nearest first, within the
    request's own part of the sentence (back to a subject, a topic or a quotation mark); none where none stands there.
    The recipient reader takes the first that names a state ('[우리 선원들에] 대한' names none)."""
    content = hit.data.get("content_span")
    if hit.type != "REQUEST" or not hit.data.get("addressee_open") or hit.data.get("target_spans") or not content:
        return ()
    words = [w for w in ko_words.words_of(text, tokens) if w.end <= content[0]]
    found: list[tuple[int, int]] = []
    for n in range(len(words) - 1, -1, -1):
        w = words[n]
        if w.particle in SUBJECT_PARTICLES and not w.has_verb or any(q in w.text for q in "\"“”"):
            break
        about = n + 1 < len(words) and words[n + 1].text.startswith(ABOUT)  # '[B에] 대한 관세': what it is about
        if w.particle in ("에", "에게", "에게는", "에는") and not w.has_verb and not about \
                and joined_re.match(text[w.end:hit.start]):
            k = n  # the noun phrase the particle closes: the bare words before it ('[칠레] 외교부에')
            while k > 0 and words[k - 1].particle is None and not words[k - 1].has_verb \
                    and not any(q in words[k - 1].text for q in "\"“”"):
                k -= 1
            found.append((words[k].start, w.end))
    return tuple(found)

"""Rates stated in a later sentence than the amounts they belong to.

Releases often state the amounts in one sentence and their growth in the next: "Each
was up by 1 percent, 2 percent and 3 percent respectively", "The number of signed
projects and total investment rose by 20% and 30% respectively", "The project number
increased 34.1 percent". Split from ``growth`` because matching a subject's words to
the amounts of earlier sentences is a concern of its own.
"""

from __future__ import annotations

import re

from .changes import (
    ANAPHORIC_SUBJECT_RE,
    GENERIC_NAME_WORDS,
    PRONOUN_OPENER_RE,
    SUBJECT_OPENER_RE,
)
from .figure import Figure, can_grow
from .units import STOP_WORDS

__all__ = ["earlier_targets"]

# How many sentences back a named "respectively" subject may find its amounts.
LOOK_BACK = 3


def earlier_targets(text: str, figures: list[Figure], index: int, cue_start: int,
                    count: int) -> list[Figure]:
    """The amounts an opening "... respectively" sentence gives its ``count`` rates to.

    Releases often state the amounts in one sentence and their growth in the next:
    "Each was up by 1 percent, 2 percent and 3 percent respectively" or "The number
    of signed projects and total investment rose by 20% and 30% respectively".
    Conservative: only an earlier sentence of the same paragraph with
    exactly ``count`` amounts still without a growth rate qualifies. An anaphoric
    subject ("Each", "They", "Both", "According to estimates, it") takes the sentence
    right before; a named subject takes the nearest of the last few sentences whose
    amounts share, in order, a content word with the nouns it names. A single rate
    ("They ... were up 7.5 percent") needs the anaphoric subject, since a named one
    ("Exports rose 5%") is a figure of its own.
    """
    sentence = figures[index].sentence
    subject = SUBJECT_OPENER_RE.sub("", text[sentence[0]:cue_start].strip())
    anaphoric = ANAPHORIC_SUBJECT_RE.fullmatch(subject) is not None or (
        PRONOUN_OPENER_RE.match(subject) is not None and not re.search(r"\d", subject))
    parts = [] if anaphoric else _named_parts(subject)
    earlier = sorted({f.sentence for f in figures[:index] if f.sentence[1] <= sentence[0]},
                     reverse=True)
    if not anaphoric and count == 1 and len(parts) == 1 and earlier:
        return _named_just_before(text, figures, index, parts[0], earlier[0])
    if not anaphoric and (count == 1 or len(parts) != count):
        return []
    spans = []
    for span in earlier[:1 if anaphoric else LOOK_BACK]:
        if "\n" in text[span[1]:sentence[0]] or (
                anaphoric and re.search(r"[.!?]\s+\S", text[span[1] - 1:sentence[0]])):
            break  # another paragraph, or a sentence with no figure, comes between
        spans.append([f for f in figures[:index] if f.sentence == span and can_grow(f)])
    for candidates in spans:
        if len(candidates) == count and (anaphoric or all(
                _name_words(part) & _name_words(_naming_text(text, f, figures))
                for part, f in zip(parts, candidates, strict=True))):
            return candidates
    for candidates in spans if not anaphoric else []:  # then by name among more amounts
        named = _named_in_order(text, parts, candidates, figures) if len(candidates) > count else []
        if named:
            return named
    return []


def _named_just_before(text: str, figures: list[Figure], index: int, part: str,
                       span: tuple[int, int]) -> list[Figure]:
    """"841 projects ..., bringing total investment to 954 billion yuan. The project number
    increased 34.1 percent": a single rate whose subject names, with all its words, exactly
    one amount of the sentence right before. "Tax revenue rose 3%" after "Revenue was 5
    billion yuan" names more than that amount, so it stays a figure of its own.
    """
    words = _name_words(part)
    if not words or re.search(r"[.!?]\s+\S|\n", text[span[1] - 1:figures[index].sentence[0]]):
        return []
    named = [f for f in figures[:index] if f.sentence == span and can_grow(f)
             and words <= _name_words(_naming_text(text, f, figures))]
    return named if len(named) == 1 else []


def _named_in_order(text: str, parts: list[str], candidates: list[Figure],
                    figures: list[Figure]) -> list[Figure]:
    """"702 attractions received 25.7 million tourists and ticket revenue of 345 million
    yuan. ... the number of tourists and ticket revenue increased by 13% and 15%
    respectively": with more amounts than rates, each named part takes the nearest
    amount before the next part's that shares a word with it, read from the last part.
    """
    chosen: list[Figure] = []
    pool = candidates
    for part in reversed(parts):
        words = _name_words(part)
        match = next((f for f in reversed(pool)
                      if words & _name_words(_naming_text(text, f, figures))), None)
        if match is None:
            return []
        chosen.insert(0, match)
        pool = [f for f in pool if f.end <= match.start]
    return chosen


def _named_parts(subject: str) -> list[str]:
    """"The number of signed projects and total investment" -> its two nouns.

    An opening "Of which," or "In 2018," names no amount, so it is no part.
    """
    subject = SUBJECT_OPENER_RE.sub("", subject.strip())
    return [part for part in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", subject) if part]


def _naming_text(text: str, figure: Figure, figures: list[Figure]) -> str:
    """The words of the figure's own clause up to it, and the noun it counts."""
    start = max([figure.sentence[0]] + [f.end for f in figures
                                        if figure.sentence[0] <= f.end <= figure.start])
    clause = re.split(r"[,;:]", text[start:figure.start])[-1]
    return f"{clause} {figure.quantity.noun}"


def _name_words(phrase: str) -> set[str]:
    """Content words, singular, so "exports" meets "export" and "projects" "project"."""
    words = {word.lower() for word in re.findall(r"[A-Za-z][A-Za-z-]+", phrase)}
    return {word if word.endswith("ss") else word.removesuffix("s") for word in words
            if word not in STOP_WORDS and word not in GENERIC_NAME_WORDS}

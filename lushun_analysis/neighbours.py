"""Quantities that take their meaning from the ones beside them.

A list writes its unit once ("35,800 and 76,700 tourists"), a breakdown leaves it off
its parts ("120 square kilometres, among which Shenyang accounts for 30"), "of which
6,103" shares the noun before, "263 million domestic ones" the visitors before, and "one"
counts only inside a list of counts. Split from ``numbers``, which reads each quantity on
its own, so that these relations between neighbours sit in one place.
"""

from __future__ import annotations

import re

from .nonfigures import is_not_a_figure
from .quantity import SCALE_RE, Quantity, tidy
from .units import COUNTED, CURRENCIES, QUALIFIER_GAP, WORD_NUMBER, counted_noun

__all__ = ["relate_neighbours", "with_listed_ones"]

# "three 50,000-ton berths, one 3,000-ton berth": "one" counts when it continues a list
# of counts and a noun (or a size class) follows; "one of the", "one after another" do not.
ONE_RE = re.compile(r"\bone(?=[ \t]+(?!(?:of|after|another|by|hand|side|or|and|to|in|on|at"
                    r"|the|a|an|more|less|than|day|time|way)\b)(?:\d[\d,]*-[a-z]|[A-Za-z]))")
LIST_OF_COUNTS_AFTER_RE = re.compile(
    rf"[^.;:!?\n]{{1,80}}?,\s*(?:and\s+)?(?i:one|{WORD_NUMBER}|\d+)\s+[A-Za-z]")
LIST_ONE_GAP_RE = re.compile(r"[^.;:!?\n]{0,80}?(?:,\s*(?:and\s+)?|\s+and\s+)")
# "..., and one free check-up is offered": a singular verb makes "one" open a new clause.
SINGULAR_VERB_RE = re.compile(r"\s+(?:is|was|has)\b")
OF_WHICH_RE = re.compile(r"(?i:\b(?:of|among)\s+(?:which|them|these|those))\s*,?\s*$")
# "30 million yuan for entrance tickets and more than 80 million for catering".
MONEY_LIST_GAP_RE = re.compile(
    rf"[^.;\d]{{0,40}}?\s+and\s+(?i:{QUALIFIER_GAP})?")
# "almost 70,000,000 or 80,000,000 yuan": two estimates, both qualified by the one word.
ALTERNATIVE_GAP_RE = re.compile(r"\s+or\s+")
# Units a breakdown may leave unwritten on its parts.
MEASURES = frozenset({"m2", "km2", "ton", "km", "m3", "kwh", "teu"})
PARALLEL_COUNT_RE = re.compile(r"\s*(?:,|and)\s*\d[\d,]*\s+(?:are|were)\s+(?:[a-z]+\s+){0,2}$")


def relate_neighbours(text: str, found: list[Quantity]) -> None:
    """Give quantities the unit or qualifier their neighbours state for them."""
    for index, quantity in enumerate(found):
        if quantity.unit is None and SCALE_RE.search(text, quantity.start, quantity.end):
            quantity.unit = _money_further_on(text, quantity, found[index + 1:index + 3])
        elif quantity.unit is None and quantity.noun_end < 0 and index:
            _part_of_measure(text, quantity, found[index - 1])
    for previous, quantity in zip(found, found[1:]):
        if (quantity.unit is None and quantity.noun_end < 0 and previous.unit in COUNTED
                and OF_WHICH_RE.search(text, max(0, quantity.start - 30), quantity.start)):
            quantity.unit = previous.unit  # "13,784 patent applications, of which 6,103 were"
        if (quantity.unit is None and previous.unit in CURRENCIES and SCALE_RE.search(
                text, quantity.start, quantity.end) and MONEY_LIST_GAP_RE.fullmatch(
                text, previous.end, quantity.start)):
            quantity.unit = previous.unit  # "30 million yuan for tickets and 80 million for food"
        ones = quantity.noun.lower().endswith(" ones") or quantity.noun.lower() == "ones"
        if ones and previous.unit in COUNTED:  # "4 million overseas visitors and 263
            quantity.unit = previous.unit      # million domestic ones"
        if quantity.qualifier == "exact" and (ones or ALTERNATIVE_GAP_RE.fullmatch(
                text, previous.end, quantity.start)):
            quantity.qualifier = previous.qualifier


def with_listed_ones(text: str, found: list[Quantity]) -> list[Quantity]:
    """Add "one" where it continues a list of counts ("two parks and one school").

    "one" is mostly a pronoun or an article ("one after another", "one free check-up"),
    so it counts only right after a whole count of the same sentence, joined by a comma
    or "and", and only before a noun it counts (a size class may come between).
    """
    for match in ONE_RE.finditer(text):
        start, end = match.span()
        if any(q.start <= start < q.end for q in found):
            continue  # part of a figure read already: "one third", "one million"
        previous = next((q for q in reversed(found) if q.end <= start), None)
        follows_count = previous is not None and previous.unit in (*COUNTED, None) and float(
            previous.value).is_integer() and LIST_ONE_GAP_RE.fullmatch(
            text, max(previous.end, previous.noun_end), start)
        opens_list = LIST_OF_COUNTS_AFTER_RE.match(text, end)  # "one zone, one park and six"
        if not (follows_count or opens_list) or is_not_a_figure(text, start, end, "one", True):
            continue
        noun, noun_end, unit = counted_noun(text, end)
        if noun_end < 0 or SINGULAR_VERB_RE.match(text, noun_end):
            continue  # "and one is planned": a pronoun; "and one check-up is offered"
        found.append(Quantity(start, end, 1.0, unit, noun, noun_end))
        found.sort(key=lambda q: q.start)
    return found


def _part_of_measure(text: str, quantity: Quantity, previous: Quantity) -> None:
    """"covers 120 square kilometres, among which Shenyang accounts for 30, Dalian 60",
    "67,000 mu in Zhuanghe, 31,000 in Jinpu", "60 sq km (30 on land and 30 at sea)": a
    bare number breaking down a measured amount is in the same unit; "with a population of
    520,000" names a measure of its own."""
    gap = text[previous.end:quantity.start]
    if (previous.unit in MEASURES and len(gap) <= 80 and not re.search(r"[.;:\n]", gap)
            and not re.search(r"\b(?:was|were|is|are|has|have|reached)\b|\bof\s+$", gap)):
        quantity.unit, quantity.factor = previous.unit, previous.factor
        quantity.value = tidy(quantity.value * previous.factor)


def _money_further_on(text: str, quantity: Quantity, following: list[Quantity]) -> str | None:
    """"5 of which are over 1 billion and 2 are over 10 billion yuan": a bare scaled amount
    takes the currency of a scaled amount just after it in the same clause."""
    for later in following:
        gap = text[quantity.end:later.start]
        clause = re.search(r"\b(?:was|were|is|are|reached|totall?ed|hit)\b", gap)
        parallel = clause is None or PARALLEL_COUNT_RE.match(gap) is not None
        listed = re.match(r"\s*(?:,|and\b|or\b|to\b)", gap) is not None
        if len(gap) > 40 or ";" in gap or "." in gap or not (parallel and listed):
            return None  # "an audience of 17.26 million and the box office take was 531 million"
        if later.unit in CURRENCIES and SCALE_RE.search(text, later.start, later.end):
            return later.unit
    return None

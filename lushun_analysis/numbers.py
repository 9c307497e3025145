"""Find the quantities written in a release, with their values in base units.

This module answers "what number is written here, and of what?" for the English of
Chinese local governments: scale words glued to numbers ("50million", "billionCNY"),
currency on both sides ("RMB 3010.77 million Yuan"), numbers as words, shares (read
by ``shares``), size classes ("57 over 50-million-yuan projects") and ranges.
It drops what is not a figure (years, durations, price cuts here; dates, ordinals,
names and set phrases by ``nonfigures``), so ``extract`` only has to decide which
figure each quantity is. The word tables behind it are in ``units``; units and
qualifiers that neighbouring quantities state for each other are settled by
``neighbours``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .changes import YEAR_ON_YEAR
from .neighbours import relate_neighbours, with_listed_ones
from .nonfigures import is_not_a_figure, line_span
from .quantity import SCALE_RE, Quantity, scale_of
from .shares import written_shares
from .units import (
    AGE_BEFORE_RE,
    CURRENCIES,
    CURRENCY_AFTER_RE,
    CURRENCY_BEFORE_RE,
    DATING,
    HYPHEN_MONEY_RE,
    MONEY_AFTER_RE,
    OVER_PREPOSITION_RE,
    PRICE_CUT_RE,
    QUALIFIER_AFTER,
    QUALIFIER_BEFORE,
    QUALIFIER_GAP,
    UNIT_WORDS,
    WORD_NUMBER,
    WORD_VALUES,
    counted_noun,
    currency_code,
    is_plural,
    match_unit,
    person_unit,
)

_ONES = "one|two|three|four|five|six|seven|eight|nine"
# "One hundred and seventeen activities": hundreds and the rest written as words.
HUNDREDS_WORDS_RE = re.compile(
    rf"(?i:\b(?:{_ONES}|a)\s+hundred\s+and\s+(?:{WORD_NUMBER}|{_ONES})\b)")
NUMBER_RE = re.compile(
    rf"{HUNDREDS_WORDS_RE.pattern}|"
    r"(?<!\d)(?<!\d[.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d])"
    rf"|(?i:{WORD_NUMBER})|(?i:\btwice\b)|(?i:(?<=\ba\s)dozen\b)"
    r"|(?i:\bone(?=\s+(?:hundred|thousand|million|billion|trillion)\b))"
)
# One describing word may come between ("5 consecutive days", "7 happy days"), but not a
# function word or one that dates the amount ("1,000 a year", "40 last year").
DURATION_RE = re.compile(
    rf"\s*(?i:(?:(?!(?:{DATING})\s)[a-z]+\s+)?"
    r"(?:days?|weeks?|months?|quarters?|years?|hours?|minutes?|decades?|centur(?:y|ies)))"
    r"(?![a-z]|[-\s](?:on|to|over)[-\s](?:year|month|quarter))")  # "29 recorded year-on-year"
# "1.5 times that of last year", "twice as many", "grew 2.3 times": ratios, not counts.
MULTIPLIER_AFTER_RE = re.compile(
    r"(?:\s*(?i:times)(?:\s+and\s+\d[\d,.]*\s*(?i:times))?|(?<=[Tt]wice))"
    r"\s+(?i:as|that|than|higher|larger|more|bigger|greater|over|the|of\s+(?:that|those|it|the))\b")
GROWN_BEFORE_RE = re.compile(
    r"(?:increas(?:e|ed|ing)|grew|grown|growing|rose|risen|rising|up|expanded|by"
    r"|(?:increase|growth|rise)\s+of)"
    rf"(?:\s+{QUALIFIER_GAP})?\s*$", re.IGNORECASE)
_MORE_TIMES = r"(?:\s*,?\s*(?:and\s+)?\d[\d,.]*\s*(?:times|folds?))*"  # "158 times and 91 times"
LONG_BASE_AFTER_RE = re.compile(
    rf"{_MORE_TIMES}\s+(?:from|over|since)\s+(?:[^.;]|(?<=\d)\.(?=\d)){{0,40}}?\b(?:19|20)\d\d\b")
# "increased 335-fold compared with that of 1949": a base decades back, unless the year
# before is the one after it ("in 2020 increased 11 times compared with that of 2019").
COMPARED_BASE_AFTER_RE = re.compile(
    rf"{_MORE_TIMES}\s+(?:compared\s+(?:with|to)|than)\s+(?:that\s+(?:of|in)\s+)?(?P<year>(?:19|20)\d\d)\b")
# "up 6.85 year on year", "shrank 10.3 year-on-year to": a rate printed without "percent".
BARE_RATE_BEFORE_RE = re.compile(
    r"(?i:\b(?:up|down|rose|fell|grew|shrank|dropped|declined|increased|decreased|rising"
    r"|falling|growing|dropping|declining|increasing|decreasing)(?:\s+by)?)\s+$")
BARE_RATE_AFTER_RE = re.compile(rf"\s+(?i:{YEAR_ON_YEAR})\b")
ODD_AFTER_RE = re.compile(r"[-\s]odd\b(?!-)", re.IGNORECASE)
# "an increase of 6.4 percent and 26.5 respectively": the unit written on the first rate only.
PERCENT_LISTED_BEFORE_RE = re.compile(
    r"\d\s?(?:%|(?i:percent|per\s+cent))\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")
RESPECTIVELY_AFTER_RE = re.compile(r"\s*,?\s*(?i:respectively)\b")
TIMES_RE = re.compile(r"\s*(?i:times|folds?)\b|-fold\b|-times?\b")
# "3.1, 5.9 and 12.7 percent": the unit is written once, on the last number of a list.
LIST_TAIL_RE = re.compile(r"(?:\s*,\s*\d+(?:,\d{3})*(?:\.\d+)?"
                          r"(?:\s?(?i:thousand|million|billion))?){0,12}+"
                          r"(?:\s*,?\s*(?:and|or|to)\s+|(?<=\d)[-–~])(?=\d)")
# "ranging from 2 billion to 5 billion yuan", "between 0.2 and 3 million yuan": bounds.
# An age band is a range too: "aged 3 to 6", "ageing from 90 to 99 years".
_BOUND_WORDS = (r"\b(?:rang(?:e|es|ed|ing)\s+from|var(?:y|ies|ied|ying)\s+from|between"
                r"|each\s+with(?:\s+an?\s+[a-z]+\s+of)?"
                r"|ag(?:ed|e?ing)(?:\s+from)?)")
RANGE_LOWER_RE = re.compile(rf"(?i:{_BOUND_WORDS})\s+$")
RANGE_NEXT_RE = re.compile(r"\s*(?:to|and)\s+(?:RMB\s?|US\$\s?|[$¥￥])?\d")
RANGE_UPPER_RE = re.compile(
    rf"(?i:{_BOUND_WORDS}\s+(?:RMB\s?|US\$\s?|[$¥￥])?\d[\d,]*(?:\.\d+)?"
    r"(?:\s?[A-Za-z%]+){0,3}?\s+(?:to|and))\s+$")
# "80,000-100,000 talents", "800-1000 people": the numbers joined by a dash that are
# still figures after ``is_not_a_figure`` (no years, phone numbers or list numbers).
RANGE_DASH_NEXT_RE = re.compile(r"(?<=\d)[-–~](?=\d)")
RANGE_DASH_BEFORE_RE = re.compile(r"(?<![\d,.])\d[\d,]*(?:\.\d+)?[-–~]$")
# "RMB 5-10 billion": a range of money written once, currency first and scale last.
MONEY_RANGE_BEFORE_RE = re.compile(r"(RMB|US\$|\$|¥|￥)\s?\d+(?:\.\d+)?[-–~]$")
MONEY_RANGE_NEXT_RE = re.compile(
    r"[-–~]\d+(?:\.\d+)?\s?(?i:(million|billion|trillion))(?![a-z])")
PER_OUTPUT_RE = re.compile(r"\s+(?i:output|GDP|of\s+GDP|added\s+value|of\s+output)\b")
SIZE_LEVEL_RE = re.compile(r"[\s-]+(?i:level|class|grade)\b")
SCALED_RANGE_NEXT_RE = re.compile(
    r"[-–~]\d+(?:\.\d+)?\s?(?i:(million|billion|trillion)\s*)?"
    r"(?i:(yuan|RMB|CNY|(?:US\s+)?dollars?|USD))(?![a-z])")
BARE_RANGE_BEFORE_RE = re.compile(r"(?<![\d,.])\d+(?:\.\d+)?[-–~]$")
# "took more than 80 days to ship", "reduced to about 30 days": how long something takes.
TIME_TAKEN_BEFORE_RE = re.compile(
    r"(?i:\b(?:took|takes?|taking|shorten(?:ed|ing|s)?|reduc(?:ed|ing|es)|cut|compress(?:ed|ing))"
    r"\s+(?:[a-z]+\s+){0,3}?(?:from\s+|to\s+)?"
    rf"(?:just\s+|only\s+)?{QUALIFIER_GAP}?"
    r"|\bdays?\s+to\s+(?:just\s+|only\s+)?)$")
TAKEN_DAYS_RE = re.compile(r"\s+(?i:(?:working\s+|business\s+)?days?)\b")
SHORTENED_RE = re.compile(r"(?i:shorten|reduc|cut|compress)")  # not "takes 30 minutes to drive"
TAKEN_HOURS_RE = re.compile(r"\s?(?i:(hours?|minutes?|mins?))\b")
# "a history of over 2,200 years", "planted there for more than 600 years": an age.
HISTORY_BEFORE_RE = re.compile(
    rf"(?i:\bhistory\s+of\s+{QUALIFIER_GAP}?|\bfor\s+{QUALIFIER_GAP})$")
FRACTIONAL_DAYS_RE = re.compile(r"\s+(?i:days?)\b")
COUNTED_DAYS_RE = re.compile(
    r"\s+(?i:(?:excellent|good|fine|blue[-\s]sky|polluted|rainy|sunny)\s+days\b"
    r"|days\s+(?:above|at|with|of\s+(?:good|excellent|fine)|were\s+at|reaching))")
# "patents per 10,000 people was 16.27": a rate per thousand, ten or hundred thousand.
PER_DENOMINATOR_BEFORE_RE = re.compile(
    r"(?i:\bper\s+(1,?000|10,?000|100,?000)\b[^.;\d]{0,80}?\b(?:was|were|is|are|reached"
    r"|stood\s+at)\s+(?:\d+(?:\.\d+)?\s+and\s+)?)$")
# "beds per thousand residents", "per 10,000 people": groups tell ten or a hundred thousand.
PER_THOUSAND_AFTER_RE = re.compile(
    r"\s+per\s+((?:ten\s+|hundred\s+)?thousand|1,?000|10,?000|100,?000)(?![\d,])",
    re.IGNORECASE)
# "about 60km from the Shenzhen city center", "3 km away from downtown": a location.
DISTANCE_FROM_RE = re.compile(
    r"\s+(?:away\s+)?from\s+(?:the\s+)?(?:(?-i:[A-Z])|(?i:city|downtown|urban|town)\b)")
NAUTICAL_FROM_RE = re.compile(r"\s+(?i:nautical\s+miles?)" + DISTANCE_FROM_RE.pattern)
INVESTED_AFTER_RE = re.compile(
    r"\s+(?:will\s+be|was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?:invested|spent|allocated|raised)\b", re.IGNORECASE)
INVESTED_BEFORE_RE = re.compile(r"(?i:\binvest(?:s|ed|ing|ment)?(?:\s+of)?)\s+$")
# "6.5%-7% increase in the local GDP": a range of rates.
_PERCENT = r"(?:%|\s?(?i:percent|per\s+cent)\b)"
PERCENT_RANGE_NEXT_RE = re.compile(
    rf"(?:(?<=%)|(?<=(?i:percent))|(?<=(?i:per cent)))[-–~](?=\d+(?:\.\d+)?{_PERCENT})")
PERCENT_RANGE_BEFORE_RE = re.compile(rf"\d{_PERCENT}[-–~]$")
LIFE_EXPECTANCY_RE = re.compile(r"(?i:life\s+expectancy|average\s+age|life\s+span)[^.;]*$")
LIFE_BARE_BEFORE_RE = re.compile(r"(?i:\b(?:expectancy|span)\s+(?:is|was|of|reached|hit|at)\s+)$")
# "energy consumed per ten thousand yuan GDP": a denominator, not an amount.
PER_GDP_RE = re.compile(r"\s+(?:(?:worth\s+)?of\s+)?(?:GDP|added\s+value)\b")
# "120 of China's top 500 companies": a bare number counting the plural noun after "of".
OF_PLURAL_RE = re.compile(r"\s+of\s+(?:[\w'’-]+\s+){0,5}?([a-z]+s)\b")
# A scaled number borrows a currency only where a range or a change is written out.
RANGE_BEFORE_RE = re.compile(r"(?i:\b(?:from|between))\s+$")
AGE_YEARS_RE = re.compile(r"\s+(?i:years?)(?![a-z])")
# "40, 000 tourists": a thousands comma printed with a space. One group of three digits
# after one of up to three, and no list around it ("10, 200 and 300", "5, 10, 150").
SPACED_THOUSANDS_RE = re.compile(
    r"(?<!\d)(?<!\d[.,])(?<!\d, )\d{1,3}, \d{3}(?!\d|\.\d|,\s?\d|\s+(?:and|or|to)\s+\d)")


def parse_number(token: str) -> float:
    """Digits with thousands commas, or a number written as English words."""
    word = token.lower()
    if HUNDREDS_WORDS_RE.fullmatch(token):
        hundreds, _, rest = word.partition(" hundred and ")
        return 100 * (1.0 if hundreds == "a" else parse_number(hundreds)) + parse_number(rest)
    if word in ("twice", "one", "dozen"):
        return {"twice": 2.0, "one": 1.0, "dozen": 12.0}[word]
    if word[:1].isalpha():
        tens, _, ones = word.partition("-")
        return float(WORD_VALUES[tens] + (UNIT_WORDS[ones] if ones else 0))
    return float(token.replace(",", "").replace(" ", ""))


def find_quantities(text: str) -> list[Quantity]:
    """Every figure-like quantity in text order, non-figures already dropped."""
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for span, parts in written_shares(text):
        taken.append(span)
        found.extend(Quantity(start, end, share, "percent") for start, end, share in parts)
    for span, quantities in _spaced_thousands(text):
        taken.append(span)
        found.extend(quantities)
    reach = 0  # "8,650 ten thousand yuan": a number inside the last figure read is its scale
    for match in NUMBER_RE.finditer(text):
        if match.start() < reach or any(start <= match.start() < end for start, end in taken):
            continue
        quantity = _read_quantity(text, *match.span())
        if quantity is not None:
            found.append(quantity)
            reach = quantity.end
    found.sort(key=lambda q: q.start)
    found = with_listed_ones(text, found)
    for quantity in found:
        _qualify(text, quantity)
    relate_neighbours(text, found)
    return found


def _spaced_thousands(text: str) -> Iterator[tuple[tuple[int, int], list[Quantity]]]:
    """"more than 40, 000 tourists" is 40,000, unless a date ("May 5, 300 people", dropped
    when read) or a list of numbers ("5, 10, 150") comes before it.
    """
    for match in SPACED_THOUSANDS_RE.finditer(text):
        quantity = _read_quantity(text, *match.span())
        if quantity is not None:
            yield match.span(), [quantity]


def _qualify(text: str, quantity: Quantity) -> None:
    """"more than 40", "about RMB 42 million", "20 million yuan or more", "5 firms or more"."""
    range_bound = _range_bound(text, quantity)
    if range_bound is not None:
        quantity.qualifier, words_start = range_bound
        quantity.named_end = quantity.start - min(60, quantity.start) + words_start
        return
    before = text[max(0, quantity.start - 40):quantity.start]
    for qualifier, pattern in QUALIFIER_BEFORE:
        match = pattern.search(before)
        if match and not OVER_PREPOSITION_RE.search(before):
            quantity.qualifier = qualifier
            quantity.named_end = quantity.start - len(before) + match.start()
            break
    bracket = re.match(r"\s*[(（][^()（）\n]{1,40}[)）]((?:\s+[a-z]+)?)", text[quantity.end:])
    after_bracket = quantity.end + bracket.end(0) if bracket else -1  # "20 million yuan ($2.97
    before_noun = quantity.end + bracket.start(1) if bracket else -1  # million) (profit) or more"
    if text[quantity.start:quantity.end].lower() == "dozen" and quantity.qualifier == "exact":
        quantity.qualifier = "approx"  # "a dozen industries"
        return
    for end in (quantity.end, quantity.noun_end, before_noun, after_bracket):
        for qualifier, pattern in QUALIFIER_AFTER:
            if end > 0 and pattern.match(text, end):
                quantity.qualifier = qualifier  # "roughly $3.1 million or more": a threshold
                return


def _range_bound(text: str, quantity: Quantity) -> tuple[str, int] | None:
    """"ranging from 2 billion to 5 billion yuan": the lower bound at_least, the upper at_most.

    Only "ranging from" and "between" make a range; "rose from 5 to 6 billion" is a
    change. Also returns where the range words start in the 60 characters before,
    so both bounds are named by the words before the range.
    """
    before = text[max(0, quantity.start - 60):quantity.start]
    lower = RANGE_LOWER_RE.search(before)
    if lower and RANGE_NEXT_RE.match(text, quantity.end):
        return "at_least", lower.start()
    if any(pattern.match(text, quantity.end) for pattern in (
            RANGE_DASH_NEXT_RE, MONEY_RANGE_NEXT_RE, PERCENT_RANGE_NEXT_RE,
            SCALED_RANGE_NEXT_RE)):
        return "at_least", len(before)  # "80,000-100,000 talents", "RMB 5-10 billion", "6.5%-7%"
    upper = (RANGE_UPPER_RE.search(before) or RANGE_DASH_BEFORE_RE.search(before)
             or MONEY_RANGE_BEFORE_RE.search(before) or PERCENT_RANGE_BEFORE_RE.search(before)
             or (quantity.unit in CURRENCIES and BARE_RANGE_BEFORE_RE.search(before)))
    return ("at_most", upper.start()) if upper else None


def _read_quantity(text: str, start: int, end: int, listed: bool = True) -> Quantity | None:
    """Extend a number over its currency, scale and unit; None when it is no figure.

    With ``listed`` False the number does not look ahead for a list it may share a unit
    with: the last item of a list reads itself that way, so a long list costs no
    recursion.
    """
    token = text[start:end]
    is_word = token[0].isalpha()
    if is_not_a_figure(text, start, end, token, is_word):
        return None
    value = parse_number(token)
    if not is_word and re.search(r"(?:^|[\s(,])[-−]$", text[max(0, start - 2):start]):
        start, value = start - 1, -value  # "compared with 13.2%, -4.5% and -10.4%"
    currency = None
    line_start, line_end = line_span(text, start)  # currency, scale and unit stay on its line
    before = _currency_before(text, max(line_start, start - 8), start)
    if before and not is_word:
        start = before.start()
        currency = currency_code(before.group())
    hyphenated = HYPHEN_MONEY_RE.match(text, end, line_end)
    if hyphenated and not is_word:
        class_end = hyphenated.end()
        if SIZE_LEVEL_RE.match(text, class_end) or PER_OUTPUT_RE.match(text, class_end):
            return None  # "two 10-billion-yuan-level projects", "energy per 10,000-yuan output"
        value *= scale_of(hyphenated.group(1))  # "50-million-yuan" is a size class in yuan
        return Quantity(start, hyphenated.end(), value, currency_code(hyphenated.group(2)))
    money_range = MONEY_RANGE_BEFORE_RE.search(text, line_start, start)
    if money_range and not currency:  # "RMB 5-10 billion": the upper bound's currency
        currency = currency_code(money_range.group(1))
    scale = SCALE_RE.match(text, end, line_end)
    if scale:
        value *= scale_of(scale.group(1))
        end = scale.end()
    elif currency and (upper := MONEY_RANGE_NEXT_RE.match(text, end, line_end)):
        value *= scale_of(upper.group(1))  # "RMB 5-10 billion": the lower bound's scale
    elif upper := SCALED_RANGE_NEXT_RE.match(text, end, line_end):
        value *= scale_of(upper.group(1)) if upper.group(1) else 1  # "200–500 million yuan"
        currency = currency_code(upper.group(2))
    after = CURRENCY_AFTER_RE.match(text, end, line_end)
    if after:
        currency = currency or currency_code(after.group())
        end = after.end()
    cents = re.match(r"\s?cents\b", text[end:line_end])
    if cents and not scale:  # "3.6 yuan ($51 cents)", "51 cents"
        return Quantity(start, end + cents.end(), value / 100, "USD")
    if currency and (SIZE_LEVEL_RE.match(text, end) or PER_GDP_RE.match(text, end)
                     or (text[end - 5:end] == "-yuan" and PER_OUTPUT_RE.match(text, end))):
        return None  # "10 billion yuan level projects", "per ten thousand yuan GDP"
    if currency:
        return Quantity(start, end, value, currency)
    scale_word = scale.group(1) if scale else ""
    return _unit_or_noun(text, start, end, value, token, is_word, scale_word, listed)


def _currency_before(text: str, start: int, end: int) -> re.Match[str] | None:
    """"RMB 5 million", "costing Yuan 74.23 million": the currency written first.

    "Yuan" counts only when it neither closes an amount before ("5 million yuan 30")
    nor ends a name ("Qu Yuan").
    """
    match = CURRENCY_BEFORE_RE.search(text, start, end)
    if match is None or match.group().strip().lower() != "yuan":
        return match
    before = text[max(0, match.start() - 12):match.start()]
    closes = re.search(r"(?i:\d|hundred|thousand|million|billion|trillion|bn|mn|mln)\s*$", before)
    return None if closes or re.search(r"\b[A-Z][a-z]*\s+$", before) else match


def _unit_or_noun(text: str, start: int, end: int, value: float, token: str,
                  is_word: bool, scale_word: str, listed: bool = True) -> Quantity | None:
    """A physical unit, a duration (no figure), or the noun a bare number counts."""
    scaled = bool(scale_word)
    decided, measured = _written_measure(text, start, end, value, scaled)
    if decided:
        return measured
    if _not_a_bare_figure(text, start, end, token, scaled):
        return None
    ranged = RANGE_BEFORE_RE.search(text, max(0, start - 20), start) is not None
    shared = None if is_word or not listed else _shared_unit(text, end, scale_word, ranged)
    if shared is not None:  # "69,000, 77,000 and 38,000 visits": the noun tells person-times
        multiplier, unit, noun = shared
        return Quantity(start, end, value * multiplier, unit, noun)
    if token.lower() == "twice":
        return Quantity(start, end, value, "count")  # an adverb: it counts the verb's object
    return _counted(text, start, end, value, scaled)


def _written_measure(text: str, start: int, end: int, value: float,
                     scaled: bool) -> tuple[bool, Quantity | None]:
    """A unit, an age, a multiple or a number of days written after the number; (True,
    None) when what follows makes it no figure (a discount, a period of time)."""
    written = match_unit(text, end, line_span(text, end)[1])
    if written is not None:
        unit_end, unit, factor = written
        if unit == "percent" and PRICE_CUT_RE.match(text, unit_end):
            return True, None  # "50% off at the park": a discount, not a stated figure
        if unit == "km" and DISTANCE_FROM_RE.match(text, unit_end):
            return True, None  # "about 60km from the Shenzhen city center": where, not how much
        return True, Quantity(start, unit_end, value * factor, unit, factor=factor)
    if not scaled and _bare_rate(text, start, end):
        return True, Quantity(start, end, value, "percent")
    age_end = _age_end(text, start, end, value, scaled)
    if age_end is not None:
        return True, Quantity(start, age_end, value, "year")
    lifetime = AGE_YEARS_RE.match(text, end)
    if LIFE_EXPECTANCY_RE.search(text, max(0, start - 80), start) and (
            lifetime or LIFE_BARE_BEFORE_RE.search(text, max(0, start - 30), start)):
        end = lifetime.end() if lifetime else end  # "life expectancy was 80.89", "is 72.05"
        return True, Quantity(start, end, value, "year")
    multiple = _multiple(text, start, end, value)
    if multiple is not None:
        return multiple
    return _time_span(text, start, end, value)


def _bare_rate(text: str, start: int, end: int) -> bool:
    """"up 6.85 year on year", "6.4 percent and 26.5 respectively": a rate with no "%"."""
    return bool((BARE_RATE_AFTER_RE.match(text, end)
                 and BARE_RATE_BEFORE_RE.search(text, max(0, start - 20), start))
                or (RESPECTIVELY_AFTER_RE.match(text, end)
                    and PERCENT_LISTED_BEFORE_RE.search(text, max(0, start - 30), start)))


def _multiple(text: str, start: int, end: int, value: float
              ) -> tuple[bool, Quantity | None] | None:
    """"grew 1.7 times" is up 170% (增长1.7倍); "480 times that of 1978" is no yearly change;
    None when no multiple is written."""
    own_times = TIMES_RE.match(text, end)
    times = own_times or _listed_times(text, end)
    if times is None:
        return None
    if LONG_BASE_AFTER_RE.match(text, times.end()) or _distant_base(text, start, times.end()):
        return True, None  # "grew by 480 times from 1.13 billion yuan in 1978"
    grown = GROWN_BEFORE_RE.search(text, max(0, start - 30), start) or _grown_list(text, start)
    if grown or re.match(rf"\s+(?:{YEAR_ON_YEAR}\s+)?(?:increase|growth|rise)\b",
                         text[times.end():]):
        end = own_times.end() if own_times else end  # "7.9 and 2.7 times": each its own span
        return True, Quantity(start, end, value * 100, "percent")
    return None


def _time_span(text: str, start: int, end: int, value: float) -> tuple[bool, Quantity | None]:
    """Days counted, a stay, the time a process takes, an age in years, a distance from a
    place; (True, None) for a period of time, which is no figure."""
    days = COUNTED_DAYS_RE.match(text, end)
    if days:  # "300 days above Grade 2", "166 excellent days": days counted, not a period
        return True, Quantity(start, end, value, "count", days.group().strip(), days.end())
    stay = FRACTIONAL_DAYS_RE.match(text, end)
    if stay and not value.is_integer():  # "stayed 2.88 days on average": no period is 2.88 days
        return True, Quantity(start, stay.end(), value, "day")
    taken = TIME_TAKEN_BEFORE_RE.search(text, max(0, start - 60), start)
    days = TAKEN_DAYS_RE.match(text, end)
    if taken and days:  # "it only took 56 working days": the time a process takes
        return True, Quantity(start, days.end(), value, "day")
    hours = TAKEN_HOURS_RE.match(text, end)
    if taken and hours and SHORTENED_RE.search(taken.group()):  # "reduced to 0.7 hours"
        factor = 3600 if hours.group(1).lower().startswith("hour") else 60
        return True, Quantity(start, hours.end(), value * factor, "second")
    years = AGE_YEARS_RE.match(text, end)
    history = HISTORY_BEFORE_RE.search(text, max(0, start - 40), start)
    if years and history and (value >= 100 or history.group().lower().startswith("history")):
        return True, Quantity(start, years.end(), value, "year")  # "a history of over 2,200 years"
    if NAUTICAL_FROM_RE.match(text, end):
        return True, None  # "47 nautical miles from Hong Kong": where, not how much
    return DURATION_RE.match(text, end) is not None, None


def _listed_times(text: str, end: int) -> re.Match[str] | None:
    """"a growth of 7.9 and 2.7 times": the first of a list borrows "times" from the last."""
    tail = LIST_TAIL_RE.match(text, end)
    last = NUMBER_RE.match(text, tail.end()) if tail else None
    return TIMES_RE.match(text, last.end()) if last else None


def _distant_base(text: str, start: int, end: int) -> bool:
    """Whether a multiple is "compared with" a year other than the one before the year named."""
    base = COMPARED_BASE_AFTER_RE.match(text, end)
    if base is None:
        return False
    sentence_start = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    named = {int(year) for year in re.findall(r"\b(?:19|20)\d\d\b", text[sentence_start:start])}
    return int(base.group("year")) + 1 not in named


def _grown_list(text: str, start: int) -> bool:
    """"a growth of 7.9 and 2.7 times": the last of a list takes the cue before the first."""
    listed = re.search(r"(?:\d+(?:\.\d+)?\s*(?:,\s*(?:and\s+)?|and\s+))+$",
                       text[max(0, start - 60):start])
    if listed is None:
        return False
    first = start - (len(text[max(0, start - 60):start]) - listed.start())
    return GROWN_BEFORE_RE.search(text, max(0, first - 30), first) is not None


def _not_a_bare_figure(text: str, start: int, end: int, token: str, scaled: bool) -> bool:
    """Codes ("G15"), parts of words ("5A", "eight-day"), years, and multiples."""
    if start > 0 and text[start - 1].isalpha():
        return True  # "G15", "September21": codes and dates, not quantities
    if (re.match(r"[^\W_]|-[A-Za-z]", text[end:end + 2]) and not re.match(r"and\s", text[end:])
            and not ODD_AFTER_RE.match(text, end)):
        return True  # "5A", "eight-day", "50,000-ton berth": part of a word
    if _looks_like_year(text, token, end, scaled):
        return True
    tail = LIST_TAIL_RE.match(text, end)  # "91 and 166 times that of 1980": both multiples
    last = NUMBER_RE.match(text, tail.end()) if tail else None
    return MULTIPLIER_AFTER_RE.match(text, last.end() if last else end) is not None


def _counted(text: str, start: int, end: int, value: float, scaled: bool) -> Quantity:
    """A rate per thousand, or the noun a bare number counts and whether it is money."""
    per = PER_DENOMINATOR_BEFORE_RE.search(text, max(0, start - 100), start)
    if per:  # "The number of beds per 1,000 residents was 7.71": permille
        return Quantity(start, end, value * 1000 / parse_number(per.group(1)), "permille")
    odd = ODD_AFTER_RE.match(text, end)  # "91,000-odd newly registered enterprises"
    noun, noun_end, unit = counted_noun(text, odd.end() if odd else end)
    per_noun = PER_THOUSAND_AFTER_RE.match(text, noun_end) if noun_end > 0 else None
    if per_noun:  # "6.47 beds per thousand permanent residents": permille
        words = " ".join(per_noun.group(1).lower().split())
        per = scale_of(words) if words[0].isalpha() else parse_number(words)
        return Quantity(start, end, value * 1000 / per, "permille", noun, noun_end)
    of_plural = OF_PLURAL_RE.match(text, end) if noun_end < 0 else None
    if of_plural and is_plural(of_plural.group(1)):
        unit = person_unit(of_plural.group(1)) or "count"  # "120 of China's top 500 companies"
    if noun_end < 0 and MONEY_AFTER_RE.match(text, end):
        unit = "CNY"  # "29 billion in housing funds": what the amount is in is money
    if scaled and noun_end < 0 and INVESTED_AFTER_RE.match(text, end):
        unit = "CNY"  # "21.32 billion will be invested to build 35 projects"
    if scaled and unit == "count" and _invested_in_one(text, start, noun):
        unit = "CNY"  # "invested 3.5 billion LNG base project": a project is not counted
    return Quantity(start, end, value, unit, noun, noun_end)


def _invested_in_one(text: str, start: int, noun: str) -> bool:
    """A scaled number after "invested" that names one thing counts money, not things."""
    words = noun.lower().split()
    invested = INVESTED_BEFORE_RE.search(text, max(0, start - 20), start)
    return bool(words) and not is_plural(words[-1]) and invested is not None


def _age_end(text: str, start: int, end: int, value: float, scaled: bool) -> int | None:
    """Where an age ends ("aged over 60", "older than 60", "from 90 to 99 years"), or None.

    Only a whole number a person can reach, and only when no plural noun follows it:
    "farmers over 50 households" counts households, "the aged 2,000 beds" beds.
    """
    if scaled or not (value.is_integer() and value <= 120):
        return None
    if not AGE_BEFORE_RE.search(text, max(0, start - 40), start):
        return None
    years = AGE_YEARS_RE.match(text, end)
    end = years.end() if years else end
    noun = counted_noun(text, end)[0].split()
    return None if noun and is_plural(noun[-1].lower()) else end


def _shared_unit(text: str, end: int, scale_word: str, ranged: bool
                 ) -> tuple[float, str, str] | None:
    """The scale and unit a number borrows from the last item of its list, if any.

    A number with its own scale borrows only the unit, so the last item's scale is
    divided out of the multiplier; outside a range ("from 1 billion to 10 billion
    yuan") or a series of three or more ("870 million, 2.73 billion and 1.07 billion
    RMB") only when both scales agree, since "1.2 million and 3 billion yuan
    respectively" may name two units but "17 thousand and 4 thousand tourists" not.
    """
    tail = LIST_TAIL_RE.match(text, end)
    last = NUMBER_RE.match(text, tail.end()) if tail else None
    if last is None:
        return None
    quantity = _read_quantity(text, *last.span(), listed=False)
    visits = quantity is not None and quantity.noun.lower().split()[-1:] == ["visits"]
    if quantity is None or quantity.unit is None or (
            quantity.unit == "count" and not scale_word and not visits):
        return None  # a bare count stays a count; "35,800 and 76,700 tourists" are people
    scale = SCALE_RE.match(text, last.end())
    last_scale = scale_of(scale.group(1)) if scale else 1.0
    series = re.search(r",\s*\d", tail.group()) is not None  # "870 million, 2.73 billion and"
    if scale_word and not (ranged or series) and last_scale != scale_of(scale_word):
        return None
    multiplier = quantity.value / parse_number(last.group())
    return (multiplier / last_scale if scale_word else multiplier), quantity.unit, quantity.noun


def _looks_like_year(text: str, token: str, end: int, scaled: bool) -> bool:
    """"2018" is a year unless scaled, counting people ("2018 tourists") or the upper
    bound of a range of counts ("1500-2000 enterprises")."""
    start = end - len(token)
    old_year = re.fullmatch(r"1[6-8]\d\d", token) and re.search(
        r"(?i:\b(?:in|since|from|year))\s+$", text[max(0, start - 12):start])
    lower = RANGE_DASH_BEFORE_RE.search(text, max(0, start - 12), start)
    counts_upper = lower is not None and not re.match(r"(?:19|20)\d\d[-–~]", lower.group())
    return (not scaled and not counts_upper
            and (re.fullmatch(r"(?:19|20)\d\d", token) is not None or bool(old_year))
            and counted_noun(text, end)[2] not in ("person", "household"))

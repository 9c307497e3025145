"""Tell which numbers in a release are no figure: dates, ordinals, names and set phrases.

A release is full of numbers that measure nothing: "March 5", "the 3rd", "Line 1",
"No.3 Middle School", "12 Zhongshan Road", "the three northeastern provinces", list
item numbers and the titles of activities. Split from ``numbers`` so that the list of
things that are not figures, which grows with every new kind of release, sits apart
from reading the figures that are.
"""

from __future__ import annotations

import re

from .units import DATING, QUALIFIER_GAP, WORD_NUMBER, counted_noun, is_plural

__all__ = ["is_not_a_figure", "line_span"]

MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October"
         r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
DATE_BEFORE_RE = re.compile(rf"\b{MONTH}\s*,?\s*$")
DATE_AFTER_RE = re.compile(rf"(?:st|nd|rd|th)?\s*(?:of\s+)?{MONTH}(?![a-z])")
ORDINAL_AFTER_RE = re.compile(r"(?:st|nd|rd|th)\b")
# In lower case only words that never precede a real figure ("phase two", "table 4").
NAME_BEFORE_RE = re.compile(
    r"\b(?:No|NO|Nos|Number|Line|Route|Level|Class|Building|Block|Room|Gate|Exit|Terminal"
    r"|Berth|Section|Lot|Highway|Expressway|Metro|Bus|Platform|Hall|Fortune|Industry|Web"
    r"|Schedule|Exhibit|(?i:phase|grade|article|chapter|item|version|vol|page|annex|appendix"
    r"|attachment|tables?|figures?|fig|charts?|line|subway|channel))\.?\s*#?$")
# "ranking second among 15 sub-provincial cities", "among the 168 key cities, Dalian ranked
# 15th": the field of a ranking. "In terms of industries, among 35 categories" counts them.
AMONG_BEFORE_RE = re.compile(r"\bamong\s+(?:the\s+|(?P<owner>[A-Z][\w]*['’]s\s+))?$")
RANK_WORD_RE = re.compile(r"(?i:\b(?:rank(?:s|ed|ing)?|listed|selected|first|second|third|last"
                          r"|top|\d+(?:st|nd|rd|th)|(?:high|larg|bigg|fast|low|small|great|strong)est)\b)")
# "ranked among the top 10", "one of the top 500 enterprises": a ranking. "The
# district's top 20 companies" sizes a group, a count.
RANKING_TOP_RE = re.compile(
    r"(?i:\b(?:among|of|in|into|ranked|ranks?|ranking)\s+(?:the\s+)?top\s*"
    r"|\brank(?:ed|s|ing)?(?:\s+it)?\s+among\s+(?:the\s+)?[A-Za-z]+['’]s\s+top\s*"
    r"|\blist\s+of\s+(?:the\s+)?[A-Za-z]+['’]s\s+top\s*)$")
LIST_ITEM_RE = re.compile(r"(?:^|\n)[ \t\u00a0]*$")
# "From May 3 to 5", "from 3 to 5 May": the other end of a date range.
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_TO = r"\s*(?:to|until|till|through|and|[-–])\s*"
DATE_RANGE_BEFORE_RE = re.compile(rf"\b{MONTH}\s*{_DAY}{_TO}$")
DATE_RANGE_AFTER_RE = re.compile(rf"(?:st|nd|rd|th)?{_TO}{_DAY}\s*(?:of\s+)?{MONTH}(?![a-z])")
# "at 12 Zhongshan Road": a number opening a capitalised name of a place.
PLACE_NAME_AFTER_RE = re.compile(
    r"[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,4}?(?:Park|Road|Street|Avenue|Lane|Square|Plaza"
    r"|Hospital|School|Kindergarten|College|University|Building|Tower|Bridge|Station|Hotel"
    r"|Mall|Museum|Garden|Village|Community|Temple|Stadium|Library|Center|Centre|Pier)"
    r"(?![\w'’-])")
# "All four measures", "the above two": a word number pointing back is no new figure;
# "the proportion of three industries" names the parts of a ratio.
SET_PHRASE_BEFORE_RE = re.compile(
    r"(?i:\b(?:the|first|last|next|past|top|every|these|those|all|the\s+above|aforementioned"
    r"|above-mentioned|(?:proportion|ratio|structure|shares?)\s+of(?:\s+the)?)\s+)$")
BACK_REFERENCE_BEFORE_RE = re.compile(
    r"(?i:\b(?:aforementioned|above-mentioned|above\s+mentioned)\s+)$")
THREE_SECTORS_AFTER_RE = re.compile(r"\s+(?:major\s+)?(?:industries|sectors)\s+of\s+(?:the\s+)?"
                                    r"(?:local\s+|national\s+|city'?s?\s+)?economy", re.IGNORECASE)
# "80,000-100,000 talents": a range of amounts (years and phone numbers have no commas).
THOUSANDS_BOUND_AFTER_RE = re.compile(r"[-–~]\d{1,3}(?:,\d{3})+")
THOUSANDS_BOUND_BEFORE_RE = re.compile(r"\d{1,3}(?:,\d{3})+[-–~]$")
MONEY_BOUND_BEFORE_RE = re.compile(r"(?:RMB|US\$|\$|¥|￥)\s?$")
MONEY_BOUND_AFTER_RE = re.compile(r"[-–~]\d+(?:\.\d+)?\s?(?i:million|billion|trillion)(?![a-z])")
# "800-1000 people": the bounds of a count, each figure found by its own side.
COUNT_RANGE_UPPER_RE = re.compile(r"\s?[-–~]\s?(\d[\d,]*)(?![\d.])")
COUNT_RANGE_LOWER_RE = re.compile(r"(?<![\d,.])(\d[\d,]*)\s?[-–~]\s?$")
YEAR_RE = re.compile(r"(?:19|20)\d\d")
TIME_NOUNS = frozenset({"years", "months", "days", "weeks", "hours", "minutes", "times"})
# "200–500 million yuan": a range whose upper bound carries the scale and currency.
SCALED_MONEY_AFTER_RE = re.compile(
    r"\s?(?i:million\s*|billion\s*|trillion\s*)?(?i:yuan|RMB|CNY|(?:US\s+)?dollars?|USD)(?![a-z])")
SCALED_MONEY_BOUND_RE = re.compile(r"[-–~]\d+(?:\.\d+)?" + SCALED_MONEY_AFTER_RE.pattern)
MONEY_UPPER_BEFORE_RE = re.compile(r"(?:RMB|US\$|\$|¥|￥)\s?\d+(?:\.\d+)?[-–~]$")
# "up 5 places", "Fortune Global 500": ranks and the names of ranking lists.
RANK_CHANGE_AFTER_RE = re.compile(r"\s+(?:places?|positions?|spots?|rankings?|ranks?)\b")
RANK_CHANGE_HIGHER_RE = re.compile(r"\s+(?:places?|positions?|spots?|rankings?|ranks?)\s+"
                                   r"(?:higher|lower)\b")
RANK_CHANGE_BEFORE_RE = re.compile(
    r"(?i:\b(?:up|down|rose|rising|climbed|climbing|jumped|jumping|fell|falling|dropped"
    r"|dropping|advanced|advancing|moved|moving)\s+(?:up\s+|down\s+)?(?:by\s+)?)$")
RANKED_AMONG_RE = re.compile(
    r"(?i:\b(?:rank(?:ed|ing|s)?|placed|came)\s+(?:the\s+)?\d+(?:st|nd|rd|th)\b"
    r"(?:(?!\bwith\b|\bby\b|\bat\b)[^.;,\d]){0,60}?\b(?:among|in)\s+(?:the\s+)?(?:all\s+)?)$")
SCALED_AFTER_RE = re.compile(r"(?:\.\d+)?\s?(?i:thousand|million|billion|trillion|yuan)\b")
RANK_OF_TOTAL_BEFORE_RE = re.compile(
    rf"(?i:\b(?:top|first|last)\s+(?:\d+|{WORD_NUMBER})\s+(?:of|among)\s+(?:the\s+|all\s+)?)$")
OUT_OF_EVERY_AFTER_RE = re.compile(r"\s+(?:[a-z]+\s+)?(?i:out\s+of|in)\s+every\b")
RANKING_LIST_BEFORE_RE = re.compile(r"(?i:\b(?:top|fortune(?:\s+global)?))\s*$")
QUOTE_OPENED_RE = re.compile(r"[“\"][^”\"\n]{0,40}$")
QUOTE_CLOSES_RE = re.compile(r"[^”\"\n]{0,40}[”\"]")
# "the five pillar industries", "the four leading industries": a group the release counts.
RANKED_GROUP_AFTER_RE = re.compile(
    r"\s+(?i:leading|pillar|strategic|emerging|key|advantageous|characteristic)\s+[a-z]")
EQUATION_AFTER_RE = re.compile(r"\s*[A-Za-z]+\s*(?:\[[^\]\n]{0,15}\]\s*)?=")
DEFINED_BEFORE_RE = re.compile(r"\b1\s*[A-Za-z]+\s*(?:\[[^\]\n]{0,15}\]\s*)?=\s*$")
BERTH_CAPACITY_BEFORE_RE = re.compile(
    rf"(?<!annual\s)\bcapacity\s+of\s+{QUALIFIER_GAP}?$", re.IGNORECASE)
# "berths from 5 to 400,000 tons", "ships with a tonnage exceeding 150,000 metric tons", "the
# largest bulk carrier of 400,000 tons": the class of a berth or a ship, not an amount.
VESSEL_CLASS_BEFORE_RE = re.compile(
    r"(?i:\b(?:berths?|docks?|carriers?|vessels?|ships?|tankers?|freighters?)\s+(?:of|from|over"
    r"|above|exceeding"
    r"|with\s+a\s+(?:capacity|tonnage)\s+(?:of|exceeding|over|above))\s+"
    rf"{QUALIFIER_GAP}?(?:\d[\d,]*\s*(?:to|-|–)\s*)?)$")
TONNAGE_AFTER_RE = re.compile(
    r"(?:\s*(?:to|-|–)\s*\d[\d,]*)?\s*(?i:(?:thousand\s+|million\s+)?(?:metric\s+)?tons?|dwt"
    r"|tonnes?)\b")
PER_BEFORE_RE = re.compile(r"(?:(?i:\bper)\s+|\d\s?/\s?)$")
# "the three pillar industries including cars, ...": members listed make "the" N a count.
ENUMERATED_AFTER_RE = re.compile(
    rf"(?:[ \t]+(?:and|(?!(?:{DATING})\b)[A-Za-z][\w'’-]*,?)){{1,5}}[ \t]*"
    r"(?:(?:,\s*)?(?i:including|includes?|such\s+as|namely|i\.\s?e\.)|:|[ \t]*[–—]"
    r"|of(?=[^.;,]{1,40},)|(?:were|are)\s+(?=[A-Z][^.;,]{0,40},))")
# A number inside the quoted title of an activity or slogan ("called “100 days of clean air”").
# A quoted project name keeps its quantity (the labelling conventions count it).
QUOTED_TITLE_RE = re.compile(
    r"(?i:(?<!project )(?<!projects )(?<!works )(?<!program )(?<!programme )"
    r"\b(?:named|called|themed|entitled|titled|dubbed|slogan|motto|known\s+as|(?:appraised"
    r"|honou?red|rated|awarded|selected|recogni[sz]ed|listed|designated)\s+as)\s*(?:as\s*)?)"
    r"[“\"‘][^”\"’]*$")

def is_not_a_figure(text: str, start: int, end: int, token: str, is_word: bool) -> bool:
    """Dates, ordinals, list numbers, names and set phrases ("the three provinces")."""
    before = text[max(0, start - 40):start]
    after = text[end:end + 20]
    return (_is_date(before, after, token, is_word)
            or _is_name(text, end, before, after, token, is_word)
            or _is_rank(text, end, before, after, token)
            or (_is_numbering_or_range(before, after, token, is_word)
                and not _is_counted_range(text, start, end) and not _is_age_range(before, after))
            or QUOTED_TITLE_RE.search(text, max(0, start - 100), start) is not None
            or BACK_REFERENCE_BEFORE_RE.search(before) is not None  # "the aforementioned 166"
            or (is_word and _is_set_phrase(text, end, before, after, token))
            or (re.search(r"[A-Za-z]-$", before) is not None  # "COVID-19", "two-way"
                and not re.search(r"\d\s?(?i:percent|per\s+cent)-$", before)  # "5 percent-7%"
                and not re.match(r"\.\d|\s?(?:million|billion)", text[end:end + 9])))


def _is_date(before: str, after: str, token: str, is_word: bool) -> bool:
    """"May 5", "5th of May", "From May 3 to 5"; but "From January to May, 33 projects"."""
    day = (re.match(r"\d{1,2}(?![\d.]|,\d{3})", token) is not None  # "June, 15,900" is no day
           and 0 < int(token[:2].strip(",")) <= 31)
    if (day and DATE_BEFORE_RE.search(before)) or DATE_AFTER_RE.match(after.lstrip()):
        return True
    return not is_word and bool(DATE_RANGE_BEFORE_RE.search(before)
                                or DATE_RANGE_AFTER_RE.match(after))


def _is_name(text: str, end: int, before: str, after: str, token: str, is_word: bool) -> bool:
    """Part of a name, code or slogan: "12 Zhongshan Road", "Line 1", "No.3", "“six
    increases”", "’1161’", "5 line north extension", "per 10,000 yuan", "1 of the"."""
    line_end = line_span(text, end)[1]
    if re.match(r"\s?(?:am|pm|a\.m\.|p\.m\.|o['’]clock)(?![a-z])", after):
        return True  # "as of 8 pm on Feb 17", "up to 8 o'clock": a clock time
    if VESSEL_CLASS_BEFORE_RE.search(before) and TONNAGE_AFTER_RE.match(text, end):
        return True  # "28 deep water berths from 5 to 400,000 tons": a size class
    if re.search(r"#\s*$", before):
        return True  # "#17 and #18 berths": numbers naming berths
    if (token == "1" and EQUATION_AFTER_RE.match(after)) or DEFINED_BEFORE_RE.search(before):
        return True  # "(1 mu [China] = 0.067 hectares)": a definition, not a figure
    if BERTH_CAPACITY_BEFORE_RE.search(before) and re.search(
            r"(?i)\bberths?\b", text[max(0, end - 200):end]):
        return True  # "berths, 86 of which have a capacity of more than 10,000 tons": a class
    if (PER_BEFORE_RE.search(before) or PLACE_NAME_AFTER_RE.match(text, end, line_end)
            or ORDINAL_AFTER_RE.match(after) or NAME_BEFORE_RE.search(before)):
        return True
    if is_word:
        return _in_short_quote(text, end - len(token), end)
    return bool((re.search(r"[‘’'\"“][^‘’'\"“”\n]{0,20}$", before) and re.match(r"[‘’'\"”]", after))
                or re.match(r"\s?(?:[°′″]|kV\b)", after)  # "26°29′N", "a 500 kV substation"
                or re.match(r"\s+line\b", after)
                or (token == "1" and re.match(r"\s+of\s", after)))


def _in_short_quote(text: str, start: int, end: int) -> bool:
    """Inside a quoted slogan of a few words: "“six increases”", "one village, one
    product". A straight quote opens only where an even number of them came before on
    the line, so the one closing an earlier title does not count."""
    opened = QUOTE_OPENED_RE.search(text, max(0, start - 41), start)
    if opened is None or not QUOTE_CLOSES_RE.match(text, end, end + 40):
        return False
    if text[opened.start()] == "“":
        return True
    line_start = text.rfind("\n", 0, opened.start()) + 1
    return text.count('"', line_start, opened.start()) % 2 == 0


def _is_rank(text: str, end: int, before: str, after: str, token: str) -> bool:
    """"up 5 places", "among the top 10", "Fortune Global 500"; "the top 20 companies"
    sizes a group and counts."""
    if (RANK_CHANGE_AFTER_RE.match(after) and RANK_CHANGE_BEFORE_RE.search(before)) or (
            RANK_CHANGE_HIGHER_RE.match(text, end)):
        return True
    if RANKED_AMONG_RE.search(text, max(0, end - len(token) - 120), end - len(token)):
        return True  # "ranking 20th in the list of changes in 168 key cities": the field
    if RANKING_LIST_BEFORE_RE.search(before) and token in ("100", "500"):
        return True
    among = AMONG_BEFORE_RE.search(before)
    if among:  # "among China's 41 key cities" names the field whatever the verb
        clause_end = re.search(r"[.;]|$", text[end:end + 80]).start()
        if (among.group("owner") or RANK_WORD_RE.search(before)
                or RANK_WORD_RE.search(text, end, end + clause_end)):
            return True
    if RANK_OF_TOTAL_BEFORE_RE.search(before):
        return True  # "among the top three of the 19 new areas": the field ranked in
    if OUT_OF_EVERY_AFTER_RE.match(after) or re.search(r"(?i:\b(?:out\s+of|in)\s+every)\s+$",
                                                       before):
        return True  # "nearly 40 out of every 100 vehicles": a proportion in words
    if re.search(r"(?i:\bto\s+top)\s*$", before) and SCALED_AFTER_RE.match(text, end):
        return False  # "rose 10 percent to top 124.5 billion yuan": a verb, not a ranking
    return bool(re.search(r"(?i:\btop)\s*$", before)) and bool(
        RANKING_TOP_RE.search(before) or not _plural_noun_follows(text, end))


def _is_numbering_or_range(before: str, after: str, token: str, is_word: bool) -> bool:
    """List item numbers ("1.", "(1)"), year ranges ("2016-2020"), phone numbers and
    slogans ("1+N"); ranges of thousands or of money ("RMB 5-10 billion") are figures."""
    if not is_word and re.match(r"[.)、．]\s", after) and LIST_ITEM_RE.search(before):
        return True
    if not is_word and re.match(r"[.)]\s+[a-z]", after) and re.search(r"[:;]\s*$", before):
        return True  # "the following work: 1. extending the chain; 2. upgrading"
    if re.search(r"[(（]$", before) and re.match(r"[)）]", after):
        return True
    # "1+N", "2×3" join numbers into a name; "(+2.3%)" is a sign, not a join.
    joined = re.match(r"\s?(?:[-–~]\s?\d|[+×])", after) or re.search(
        r"(?:\d\s?[-–~]|\w\s?[+×])\s?$", before)
    thousands = "," in token and (THOUSANDS_BOUND_AFTER_RE.match(after)
                                  or THOUSANDS_BOUND_BEFORE_RE.search(before))
    money = ((MONEY_BOUND_BEFORE_RE.search(before) and MONEY_BOUND_AFTER_RE.match(after))
             or MONEY_UPPER_BEFORE_RE.search(before) or SCALED_MONEY_BOUND_RE.match(after)
             or (re.search(r"\d[-–~]$", before) and SCALED_MONEY_AFTER_RE.match(after)))
    return bool(joined) and not thousands and not money


def _is_counted_range(text: str, start: int, end: int) -> bool:
    """"800-1,000 people", "20–30 enterprises": bounds of a count, unlike a phone number
    ("0411-8888"), years ("2016-2020") or a period ("in 3-5 years")."""
    if not text[start:end].replace(",", "").isdigit():
        return False  # "five-year", "2.5-3": only whole numbers in digits count things
    upper = COUNT_RANGE_UPPER_RE.match(text, end)
    lower = COUNT_RANGE_LOWER_RE.search(text, max(0, start - 12), start)
    if (upper is None) == (lower is None):
        return False
    low, high, noun_at = ((text[start:end], upper.group(1), upper.end()) if upper
                          else (lower.group(1), text[start:end], end))
    low_value, high_value = (float(number.replace(",", "")) for number in (low, high))
    years = all(YEAR_RE.fullmatch(number) for number in (low, high))
    noun, _, unit = counted_noun(text, noun_at)
    words = noun.lower().split()
    return (not low.startswith("0") and low_value < high_value and not years
            and bool(words) and (unit == "person" or is_plural(words[-1]))
            and words[-1] not in TIME_NOUNS)


def _is_age_range(before: str, after: str) -> bool:
    """"aged 0-14 years", "aged 15-59": both bounds are ages, not a code or a period."""
    lower = (re.search(r"(?i:\bag(?:ed|e?ing))\s+$", before)
             and re.match(r"\s?[-–]\s?\d{1,3}\b", after))
    upper = re.search(r"(?i:\bag(?:ed|e?ing))\s+\d{1,3}\s?[-–]\s?$", before)
    return bool(lower or upper)


def _is_set_phrase(text: str, end: int, before: str, after: str, token: str) -> bool:
    """"the three provinces" (unless its members are listed), "two or three" (vague),
    "the Four Comprehensives" (a name); "the six-square-kilometer area" is a measure."""
    if re.match(r"-(?i:square|sq|kilomet|met)", after):
        return False
    if token.lower() == "three" and THREE_SECTORS_AFTER_RE.match(text, end, end + 60):
        return True  # "Three sectors of the local economy": primary, secondary, tertiary
    listed = re.search(r"(?i:\bthe)\s+$", before) and ENUMERATED_AFTER_RE.match(text, end)
    ranked = re.search(r"(?i:\bthe)\s+$", before) and RANKED_GROUP_AFTER_RE.match(text, end)
    if (SET_PHRASE_BEFORE_RE.search(before) and not (listed or ranked)) or re.match(
            r"\s+or\s", after) or re.search(rf"(?i:{WORD_NUMBER})\s+or\s+$", before):
        return True
    mid_sentence = re.search(r"[^\s.!?\]]\s*$", before)
    return bool(token[0].isupper() and mid_sentence and re.match(r"\s+[A-Z]", after))


def _plural_noun_follows(text: str, end: int) -> bool:
    words = counted_noun(text, end)[0].lower().split()
    return bool(words) and is_plural(words[-1])


def line_span(text: str, position: int) -> tuple[int, int]:
    end = text.find("\n", position)
    return text.rfind("\n", 0, position) + 1, len(text) if end < 0 else end

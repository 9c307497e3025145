"""Give each growth rate to the figure it modifies.

A release states most growth rates right beside their amount ("RMB 1.21 billion, up
16.6%"), but the genre also puts them before it ("decreased 7.3 percent ... to 6.43
million tons", "rose 8 percent, with 1,200 registrations"), lists them
"respectively" in the same sentence or (see ``earlier``) in the next one ("They
increased by 5% and 6% respectively"), pairs them with no "respectively", and states a
change of zero in words. A rate that finds no amount stays a row of its own, the rate
in both value and growth. Split from ``extract`` so that these placement rules sit
apart from labelling and output.
"""

from __future__ import annotations

import math
import re
from itertools import pairwise

from .changes import (
    ACCOUNTING_GAP_RE,
    ADJACENT_GAP_RE,
    ARTICLE_BEFORE_RE,
    CHANGE_BY_BEFORE_RE,
    CHANGE_TO_RATE_GAP_RE,
    CLAUSE_END_RE,
    COMMA_GAP_RE,
    COMPARED_WITH_RE,
    DATING_ASIDE_RE,
    DOUBLED_RE,
    DOUBLED_TO_RE,
    EACH_THRESHOLD_GAP_RE,
    ELLIPSIS_GAP_RE,
    ELLIPTIC_BY_RE,
    FALLING,
    FLAT_RE,
    FORWARD_GAP_RE,
    GROUP_COUNT_BEFORE_RE,
    GROUP_TAIL_RE,
    GROWTH_AFTER_RE,
    GROWTH_CUE_RE,
    GROWTH_NOUN_AFTER_RE,
    GROWTH_RATE_LINK_RE,
    GROWTH_RATE_SUBJECT_RE,
    INCLUDING_RATE_RE,
    LAST_YEAR_AFTER_RE,
    LEADING_BASE_RE,
    LEADING_RATE_GAP_RE,
    LEVEL_TO_CHANGE_GAP_RE,
    LIST_GAP_RE,
    LIST_SEPARATOR_RE,
    MILESTONE_GAP_RE,
    MILESTONE_TAIL_RE,
    MODIFIER_GAP_RE,
    MONTH_ON_MONTH_RE,
    MORE_THAN_LAST_YEAR_RE,
    OTHER_BASE_RE,
    OWNED_COUNT_RE,
    PLAN_ASIDE_RE,
    PLAN_SHARE_RE,
    RANKING_ASIDE_RE,
    RATE_CHANGE_SUBJECT_RE,
    RESPECTIVE_CUE_RE,
    RESPECTIVELY_RE,
    RISE_TO_RE,
    SHARE_SUBJECT_RE,
    SHARE_TAIL_RE,
    SIZE_CLASS_BEFORE_RE,
    SLOWED_RE,
    SUBJECT_OPENER_RE,
    SUBJECTLESS_TAIL_RE,
    TERSE_CONTEXT_RE,
    VERB_WORDS,
    WITH_AMOUNT_GAP_RE,
    WITH_TOTALS_RE,
    YEAR_ON_YEAR_AFTER_RE,
    YEAR_ON_YEAR_NAMED_RE,
)
from .earlier import earlier_targets
from .figure import Figure, can_grow
from .units import COUNTED

__all__ = ["assign_flat_growth", "assign_growth"]

YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
SIGNED_RATE_BEFORE_RE = re.compile(r"[(（]\s*([+]?)$")
RESPECTIVE_AMOUNTS_RE = re.compile(
    r"\s*(?:to|reaching)\s(?:[^.;]|(?<=\d)\.(?=\d))*?\brespectively\b")
# The most rates one cue or one "respectively" gives out; keeps long run-on text linear.
MAX_LISTED = 16

# How many figures before a rate in its sentence may be what it belongs to.
MAX_BEFORE = 40
# How far before a rate its cue may start ("the growth rate of ... was 5%").
CUE_WINDOW = 200
# Between a rate and the change stated for it: a comma, or "of the total, respectively,".
SHARE_GAP_RE = re.compile(r"(?:\s+of\s+[^\d,;.]{1,60}?)?\s*,\s*(?:respectively\s*,\s*)?"
                          r"(?:which\s+(?:was|is)\s+)?",
                          re.IGNORECASE)



def assign_growth(text: str, figures: list[Figure]) -> None:
    """Give each growth rate to the figure it modifies; unattached rates stay rows."""
    for index, figure in enumerate(figures):
        if figure.unit != "percent" or figure.is_rate:
            continue
        if _last_year_rates(text, figures, index):
            continue
        cue = (_growth_cue(text, figure) or _elliptic_cue(text, figures, index)
               or _alternative_cue(text, figures, index) or _terse_cue(text, figures, index)
               or _bracketed_cue(text, figure) or _signed_cue(text, figure))
        if cue is None or _share_change(text, figure, cue[1]):
            continue
        if _other_base(text, figure, cue[1], _last_amount_end(figures, index)):
            if not re.match(r"(?i:narrow)", text[cue[1]:cue[1] + 6]):  # a narrowed fall is no fall
                figure.quantity.value *= cue[0]  # "shown 0.1% decline compared to the average"
            continue
        sign, cue_start, average = cue
        noun_after = GROWTH_NOUN_AFTER_RE.match(text, figure.end) is not None
        first = _listed_before(text, figures, index) if noun_after else index
        if first < index:  # "a 13.8 percent and 8.4 percent growth": one noun after both
            article = ARTICLE_BEFORE_RE.search(text, figure.sentence[0], figures[first].start)
            cue_start = article.start() if article else figures[first].start
        rates = figures[first:index] + _rate_list(text, figures, index)
        for position, rate in enumerate(rates):
            own = (_repeated_cue(text, rates[position - 1].end, rate.start)
                   if rate.start > figure.start else None)  # "…, a decrease of 2.6%"
            rate.is_rate, rate.phrase_end = True, cue_start
            rate.growth_pct = (_cue_sign(own) if own else sign) * rate.quantity.value
        if average:  # "an average annual growth of 7.6 percent" over years: no yoy growth
            continue
        targets = _growth_targets(text, figures, first, cue_start, rates)  # [] when none
        for rate, target in zip(rates, targets, strict=False):
            target.growth_pct, rate.attached = rate.growth_pct, True
    for lower, upper in pairwise(figures):  # "6.5%-7% increase", "grew 6.5%-7%": both bounds
        if not re.fullmatch(r"[-–~]", text[lower.end:upper.start]) or "percent" != lower.unit:
            continue
        rate, bound = (upper, lower) if upper.is_rate else (lower, upper)
        if rate.is_rate and not rate.attached and bound.unit == "percent" and not bound.is_rate:
            bound.is_rate = True
            bound.growth_pct = math.copysign(bound.quantity.value, rate.growth_pct or 1.0)


def _listed_before(text: str, figures: list[Figure], index: int) -> int:
    """Where a list of plain percents ending in this rate starts ("13.8 percent and")."""
    first = index
    while (first > 0 and figures[first - 1].unit == "percent" and not figures[first - 1].is_rate
           and figures[first - 1].sentence == figures[index].sentence
           and re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)",
                            text[figures[first - 1].end:figures[first].start])):
        first -= 1
    return first


def _growth_cue(text: str, figure: Figure) -> tuple[float, int, bool] | None:
    """The sign a cue gives the rate ("fell" is negative), where the cue starts, and
    whether it states an average over several years."""
    window = max(figure.sentence[0], figure.start - CUE_WINDOW)  # a cue ends at the rate
    before = GROWTH_CUE_RE.search(text, window, figure.start)
    if before is not None:
        return _cue_sign(before), before.start(), bool(before.group("average"))
    after = GROWTH_AFTER_RE.match(text, figure.end) or GROWTH_NOUN_AFTER_RE.match(text, figure.end)
    if after is not None:
        article = ARTICLE_BEFORE_RE.search(text, figure.sentence[0], figure.start)
        start = article.start() if article else figure.start  # "with", "a" open the phrase
        return (-1.0 if after.group("word").lower().startswith(FALLING) else 1.0), start, False
    if YEAR_ON_YEAR_AFTER_RE.match(text, figure.end):
        return 1.0, figure.start, False
    return None


def _bracketed_cue(text: str, figure: Figure) -> tuple[float, int, bool] | None:
    """"the top three in terms of growth rate were Longquan City (46.72%), Liandu District
    (31.37%)": rates in brackets after names, in a sentence about growth rates."""
    if not (re.search(r"[A-Za-z]\s*[(（]\s*$", text[figure.sentence[0]:figure.start])
            and re.match(r"\s*[)）]", text[figure.end:])):
        return None
    if not re.search(r"(?i)\bgrowth\s+rates?\b", text[figure.sentence[0]:figure.start]):
        return None
    return 1.0, figure.start, False


def _signed_cue(text: str, figure: Figure) -> tuple[float, int, bool] | None:
    """"Taxes paid: 12.08 billion yuan (-3.2%)", "output 4.5 million tons (+2.3%)": a rate
    with its sign written, alone in brackets, is the change of the amount before it. The
    minus is already in the value, so the cue's own sign is +1."""
    bracket = SIGNED_RATE_BEFORE_RE.search(text, max(0, figure.start - 3), figure.start)
    if bracket is None or not re.match(r"\s*[)）]", text[figure.end:]):
        return None
    if bracket.group(1) == "+" or figure.quantity.value < 0:
        return 1.0, bracket.start(), False
    return None


def _terse_cue(text: str, figures: list[Figure], index: int) -> tuple[float, int, bool] | None:
    """"City Wall 147,900, 12.98%; Huaqing Palace 183,200, 34.67%" and "urban income was
    19,333 yuan, up 5.9 percent, while that of rural residents was 8,205 yuan, 8.5 percent":
    a bare rate right after its amount, where the text around speaks of growth."""
    figure = figures[index]
    amount = figures[index - 1] if index else None
    if (amount is None or amount.unit == "percent" or not can_grow(amount)
            or not re.fullmatch(r"\s*,\s*", text[amount.end:figure.start])
            or not re.match(r"\s*(?:[;.]|and\b|$)", text[figure.end:figure.end + 6])):
        return None
    context = text[max(0, figure.start - 300):figure.start]
    if not TERSE_CONTEXT_RE.search(context):
        return None
    return 1.0, figure.start, False


def _alternative_cue(text: str, figures: list[Figure], index: int
                     ) -> tuple[float, int, bool] | None:
    """"an increase of 7,100 hectares or 2.2 percent": the rate restates a change whose
    cue comes before it; the change and the rate then go to the level (see
    ``_level_of_change``)."""
    figure = figures[index]
    change = figures[index - 1] if index else None
    if (change is None or change.sentence != figure.sentence or change.unit == "percent"
            or not re.fullmatch(r"\s+or\s+", text[max(change.end, change.quantity.noun_end):
                                                   figure.start])):
        return None
    window = max(figure.sentence[0], change.start - CUE_WINDOW)
    cue = GROWTH_CUE_RE.search(text, window, change.start)
    if cue is None:
        return None
    word = (cue.group("negative") or cue.group("noun") or cue.group("verb") or cue.group("to_verb")
            or "")
    return (-1.0 if word.lower().startswith(FALLING) else 1.0), figure.start, False


def _elliptic_cue(text: str, figures: list[Figure], index: int) -> tuple[float, int, bool] | None:
    """"imports soared 127.2 percent to 2.68 billion yuan and exports, 64.6 percent to 2.56
    billion yuan": the verb of the rate before serves this one too."""
    figure = figures[index]
    following = figures[index + 1] if index + 1 < len(figures) else None
    earlier = [f for f in figures[:index] if f.sentence == figure.sentence and f.is_rate]
    if not earlier:
        return None
    if following is None or following.sentence != figure.sentence:
        following = figure
    by_rate = ELLIPTIC_BY_RE.search(text, figures[index - 1].end, figure.start) or (
        INCLUDING_RATE_RE.fullmatch(text, figures[index - 1].end, figure.start)
        and re.match(r"\s+(?:in|for|from)\s", text[figure.end:]))  # "including 13.6 percent in"
    to_amount = (re.fullmatch(r"\s*to\s+", text[figure.end:following.start])
                 and ELLIPSIS_GAP_RE.search(text, figures[index - 1].end, figure.start))
    reaching = figures[index - 1].is_rate and re.fullmatch(  # "higher than 25 percent, reaching"
        r"\s*,\s*reaching\s+", text[figures[index - 1].end:figure.start])
    if not (by_rate or to_amount or reaching):  # "liquor increased by 72.4%, graphite ... by 54.1%"
        return None
    return math.copysign(1.0, earlier[-1].growth_pct or 1.0), figure.start, False


def _last_year_rates(text: str, figures: list[Figure], index: int) -> bool:
    """"up 22.3% and 40.2% respectively, compared with 13.2% and -4.5% in the same period
    last year": last year's growth rates, rows of their own, attached to nothing."""
    figure = figures[index]
    previous = figures[index - 1] if index else None
    if (previous is None or previous.sentence != figure.sentence or not previous.is_rate
            or not COMPARED_WITH_RE.fullmatch(text, previous.end, figure.start)):
        return False
    rates = _rate_list(text, figures, index)
    if not LAST_YEAR_AFTER_RE.match(text, rates[-1].end):
        return False
    for rate in rates:
        rate.is_rate, rate.growth_pct = True, rate.quantity.value
    return True


def _share_change(text: str, figure: Figure, cue_start: int) -> bool:
    """"The proportion of services rose by 0.2%": a share that changed, by points, not a
    growth rate. Only when no figure comes first ("The share was 45%, up 3%" gives the
    change to the share)."""
    subject = text[max(figure.sentence[0], cue_start - CUE_WINDOW):cue_start]
    if re.search(r"(?i)\bcontribution\b", subject):
        return True  # "the contribution rate to industrial growth hit 33.9 percent"
    clause = re.split(r"[,;]\s*(?:and\s+)?|\s+and\s+", subject)[-1]  # ", and the growth rate"
    if re.search(r"\d", clause):
        return False
    slowed = SLOWED_RE.match(text, cue_start) is not None
    return SHARE_SUBJECT_RE.match(clause) is not None or (
        slowed and RATE_CHANGE_SUBJECT_RE.search(clause) is not None)  # "CPI growth declined"


def _month_on_month(text: str, figure: Figure) -> bool:
    """The last month-on-month phrase before the rate in its sentence, with no other rate and
    no year-on-year phrase between, says what the rate is measured against."""
    found = list(MONTH_ON_MONTH_RE.finditer(text, figure.sentence[0], figure.start))
    return bool(found) and not re.search(r"%|percent|per\s+cent|year[-\s]on[-\s]year",
                                         text[found[-1].end():figure.start], re.IGNORECASE)


def _last_amount_end(figures: list[Figure], index: int) -> int:
    """Where the last amount (not a rate) before this rate in its sentence ends."""
    sentence = figures[index].sentence
    ends = [f.end for f in figures[max(0, index - MAX_BEFORE):index]
            if f.sentence == sentence and f.unit != "percent"]
    return max(ends, default=sentence[0])


def _other_base(text: str, figure: Figure, cue_start: int, amount_end: int) -> bool:
    """A change against last month, or against a named year beside a year-on-year rate
    of the same amount ("up 144.9 percent year-on-year, a rise of 10.12 percent compared to
    2019"), is a figure of its own, not the growth_pct the data contract means.
    """
    if _month_on_month(text, figure):
        return True  # "with a month-on-month decrease of 1.1 percent", "On a month-on-month basis,"
    leading = LEADING_BASE_RE.match(text, figure.sentence[0], cue_start)
    if leading is not None:  # "Compared with the same period of 2019, the total grew by":
        # last year's, unless the release names other years and never the one after it
        named = set(YEAR_RE.findall(text, 0, leading.start("year")))
        named |= set(YEAR_RE.findall(text, leading.end(), cue_start))
        return bool(named) and str(int(leading.group("year")) + 1) not in named
    noun = GROWTH_NOUN_AFTER_RE.match(text, figure.end)  # "a 3.8 percent increase from the"
    base = OTHER_BASE_RE.match(text, noun.end() if noun else figure.end)
    if base is None or not base.group("year"):
        return base is not None
    before = text[figure.sentence[0]:cue_start]
    years = {int(year) for year in re.findall(r"\b(?:19|20)\d\d\b", before)}
    if years and int(base.group("year")) + 1 not in years:
        return True  # "In 2015, ... an increase of 81.7% than that in 2010"
    # a second change of the same amount beside last year's
    since = max(amount_end, figure.sentence[0])
    return YEAR_ON_YEAR_NAMED_RE.search(text, since, cue_start) is not None


def _rate_list(text: str, figures: list[Figure], index: int) -> list[Figure]:
    """"increased by 3.10%, 5.90% and 12.70%" is one cue for three rates, and so is
    "an increase of 3.2%, an increase of 9.8% and a decrease of 2.6% respectively"."""
    rates, plain = [figures[index]], 1
    for figure in figures[index + 1:index + MAX_LISTED]:
        if (figure.unit != "percent" or figure.sentence != rates[0].sentence
                or OTHER_BASE_RE.match(text, figure.end)):
            break  # "up 86.4% year-on-year and 12.7% higher than in 2019": another base
        if LIST_GAP_RE.fullmatch(text, rates[-1].end, figure.start):
            plain += len(rates) == plain
        elif not _repeated_cue(text, rates[-1].end, figure.start):
            break
        rates.append(figure)
    # Rates with a phrase each are one list only when "respectively" closes it, after them
    # or after the amounts they lead to ("rose by 7.4% and fell by 2.1% to A and B
    # respectively"): "up 5%, an increase of 3% over 2019" states two changes of one figure.
    closed = RESPECTIVELY_RE.match(text, rates[-1].end) or RESPECTIVE_AMOUNTS_RE.match(
        text, rates[-1].end, rates[-1].sentence[1])
    return rates if closed else rates[:plain]


def _repeated_cue(text: str, start: int, end: int) -> re.Match[str] | None:
    """The gap ", a decrease of" between two listed rates: a list separator, then a change
    phrase and nothing else."""
    separator = LIST_SEPARATOR_RE.match(text, start, end)
    cue = GROWTH_CUE_RE.search(text, separator.end(), end)
    return cue if cue is not None and cue.start() == separator.end() else None


def _cue_sign(cue: re.Match[str]) -> float:
    """"fell", "a decrease of", "negative growth of" make a rate negative."""
    word = (cue.group("negative") or cue.group("noun") or cue.group("verb") or cue.group("to_verb")
            or "")
    return -1.0 if word.lower().startswith(FALLING) else 1.0


def _growth_targets(text: str, figures: list[Figure], index: int, cue_start: int,
                    rates: list[Figure]) -> list[Figure]:
    """The amounts the rates belong to: listed "respectively", following "to" or an opening
    "With an increase of ...,", before, or the shares whose change they state."""
    sentence = figures[index].sentence
    first = index
    while first > max(0, index - MAX_BEFORE) and figures[first - 1].sentence == sentence:
        first -= 1
    before = figures[first:index]  # the sentence's figures before the rate, the nearest few
    if len(rates) > 1:
        return _list_targets(text, figures, index, cue_start, rates, before)
    after = _amount_after(text, figures, index, cue_start, rates[0], before)
    if after is not None:
        return [after]
    if not before:  # "They ... were up 7.5 percent": the one amount just before
        return earlier_targets(text, figures, index, cue_start, 1)
    return _amount_before(text, cue_start, rates, before)


def _list_targets(text: str, figures: list[Figure], index: int, cue_start: int,
                  rates: list[Figure], before: list[Figure]) -> list[Figure]:
    """Several rates under one cue: shares they change, amounts listed after them, or
    amounts before them "respectively", paired, or in an earlier sentence."""
    candidates = [figure for figure in before if can_grow(figure) and not _size_class(text, figure)]
    shares = _rates_with_change(text, before, cue_start, rates, bool(candidates))
    if shares:
        return shares
    following = [] if candidates else _amounts_listed_after(text, figures, index, rates)
    if following:  # "increased by 31.8 percent and 31.2 percent to 72.90 billion yuan and"
        return following
    respective = RESPECTIVELY_RE.match(text, rates[-1].end) or RESPECTIVE_CUE_RE.search(
        text, max(figures[index].sentence[0], cue_start - 30), rates[0].start)
    if not respective:  # "with their respective increases of 7.38%, 86.75% and ..."
        return _paired(text, candidates, cue_start, len(rates))
    if len(candidates) >= len(rates):
        return candidates[-len(rates):]
    return [] if before else earlier_targets(text, figures, index, cue_start, len(rates))


def _amount_after(text: str, figures: list[Figure], index: int, cue_start: int,
                  rate: Figure, before: list[Figure]) -> Figure | None:
    """"decreased 7.3 percent ... to 6.43 million tons", "rose 8 percent, with 1,200
    registrations", "With an increase of 10 percent, the revenue was 14 billion yuan"."""
    after = figures[index + 1] if index + 1 < len(figures) else None
    if after is None or after.sentence != rate.sentence or not can_grow(after):
        return None
    sentence_start = rate.sentence[0]
    link = FORWARD_GAP_RE.fullmatch(text, rate.end, after.start)
    if ((link is not None and not (link.group("at") and after.unit in COUNTED))
            or (not any(can_grow(f) for f in before) and _with_amount(text, rate.end, after))
            or (not SUBJECT_OPENER_RE.sub("", text[sentence_start:cue_start]).strip()
                and LEADING_RATE_GAP_RE.fullmatch(text, rate.end, after.start))):
        after.phrase_end = cue_start  # "Cement production decreased 7.3 percent ... to"
        return after
    return None


def _amount_before(text: str, cue_start: int, rates: list[Figure],
                   before: list[Figure]) -> list[Figure]:
    """The amount a rate after it modifies, or the share whose change it states."""
    before = [figure for figure in before if not _completion_rate(text, figure)]
    inside = [f for f in before if f.start >= cue_start and can_grow(f)]
    if len(inside) == 1 and RISE_TO_RE.match(text, cue_start):
        return inside  # "rose to 8,804 yuan by nine percent"
    candidates = [figure for figure in before if can_grow(figure)]
    previous = next((figure for figure in reversed(before) if not figure.conversion), None)
    if previous is None:
        return []
    counted = (_counted_past_threshold(text, before, previous, cue_start)
               or _past_milestone(text, before, previous, cue_start)
               or _past_group(text, before, previous, cue_start))
    level = counted or _level_of_change(text, before, previous, cue_start)
    if level is not None:
        return [level]
    if _size_class(text, previous) or CHANGE_BY_BEFORE_RE.search(
            text, max(previous.sentence[0], previous.start - 30), previous.start):
        return []  # "markets whose volume is over 100 million yuan increased by 79%",
        # "loans rose by 254.2 billion yuan, up 18.2 percent": a class or a change, not a level
    named_end = max(previous.end, previous.quantity.noun_end)  # "7,200 tourists – up 44%"
    owned = OWNED_COUNT_RE.search(text, previous.sentence[0], previous.start)
    if (previous.unit in COUNTED and owned) or _inside_dashes(text, previous, cue_start):
        return []  # "the added value of the 17 key industries ..., which climbed by 12.7%",
        # "added value – those with revenue of more than 20 million yuan – rose 1.2%"
    if can_grow(previous) and (_appositive(text, named_end, cue_start)
                                or (GROWTH_RATE_LINK_RE.fullmatch(text, named_end, cue_start)
                                    and GROWTH_RATE_SUBJECT_RE.match(text, cue_start))
                                or _modified_with(text, previous, cue_start)
                                or (candidates == [previous]
                                    and _subjectless(text, named_end, cue_start))):
        return [previous]
    owner = _share_owner(text, before, previous, cue_start)
    if owner is not None:
        return [owner]
    return _rates_with_change(text, before, cue_start, rates, bool(candidates))


def _completion_rate(text: str, figure: Figure) -> bool:
    """"101.2% of the budget": how far a plan was met, an aside beside the amount."""
    return figure.unit == "percent" and PLAN_SHARE_RE.match(text, figure.end) is not None


def _just_before(before: list[Figure], figure: Figure) -> Figure | None:
    """The last figure before ``figure`` that is not a conversion in brackets."""
    return next((f for f in reversed(before) if f.end <= figure.start and not f.conversion), None)


def _counted_past_threshold(text: str, before: list[Figure], threshold: Figure,
                            cue_start: int) -> Figure | None:
    """"1,372 new projects, each worth more than 100 million yuan, a year-on-year rise of
    35 percent": the size class of each project does not grow; the count does."""
    count = _just_before(before, threshold)
    if count is None or not can_grow(count):
        return None
    gap = text[max(count.end, count.quantity.noun_end):threshold.start]
    if not EACH_THRESHOLD_GAP_RE.fullmatch(gap):
        return None
    return count if re.fullmatch(r"\s*,\s*", text[threshold.end:cue_start]) else None


def _past_milestone(text: str, before: list[Figure], milestone: Figure,
                    cue_start: int) -> Figure | None:
    """"10.87 billion yuan, topping 10 billion yuan for the first time and increasing by
    14.3 percent": the round number passed does not grow; the amount does."""
    amount = _just_before(before, milestone)
    if amount is None or not can_grow(amount) or amount.unit != milestone.unit:
        return None
    gap = re.sub(r"^\s*\([^()]*\)", "", text[amount.end:milestone.start])  # "($1.7 billion)"
    if not MILESTONE_GAP_RE.fullmatch(gap):
        return None
    return amount if MILESTONE_TAIL_RE.fullmatch(text, milestone.end, cue_start) else None


def _past_group(text: str, before: list[Figure], group: Figure, cue_start: int) -> Figure | None:
    """"60.975 billion yuan is contributed by the four pillar industries, a year-on-year
    increase of 8.7%", "3,882,200 tourists visited the city's 38 major scenic spots ...,
    an increase of 10.22%": a group named inside the amount's clause does not grow."""
    amount = _just_before(before, group)
    if (amount is None or not can_grow(amount) or group.unit != "count"
            or not GROUP_COUNT_BEFORE_RE.search(text, amount.end, group.start)):
        return None
    between = text[max(amount.end, amount.quantity.noun_end):group.start]
    if re.search(r"[,;:()]|\b(?:and|but|while|whereas)\b", between):
        return None
    return amount if GROUP_TAIL_RE.fullmatch(text, group.end, cue_start) else None


def _inside_dashes(text: str, figure: Figure, cue_start: int) -> bool:
    """A figure inside a dash-enclosed aside, with the rate after the closing dash."""
    opened = re.search(r"\s[-–—]\s", text[figure.sentence[0]:figure.start])
    closed = re.fullmatch(r"(?:(?!\s[-–—]\s).)*\s[-–—]\s*", text[figure.end:cue_start])
    return opened is not None and closed is not None


def _subjectless(text: str, end: int, cue_start: int) -> bool:
    """"2.24 million tourists visited ..., which concluded July 12, representing an
    increase of 10.1 percent": a rate clause with no subject of its own modifies the one
    amount of its sentence, however long the phrase between.
    """
    gap = text[end:cue_start]
    return ";" not in gap and "--" not in gap and SUBJECTLESS_TAIL_RE.search(gap) is not None


def _share_owner(text: str, before: list[Figure], share: Figure, cue_start: int) -> Figure | None:
    """"reached 7.893 billion yuan, accounting for 25.4 percent of the total, an increase
    of 1.4 percent over the previous year": the change is the amount's, not the share's.
    """
    amount = _just_before(before, share)
    if share.unit != "percent" or share.is_rate or amount is None or not can_grow(amount):
        return None
    linked = ACCOUNTING_GAP_RE.fullmatch(text, max(amount.end, amount.quantity.noun_end),
                                         share.start)
    return amount if linked and SHARE_TAIL_RE.fullmatch(text, share.end, cue_start) else None


def _size_class(text: str, figure: Figure) -> bool:
    """"companies with an annual turnover of over 20 million yuan": the bound of a class
    the release counts, which has no growth of its own."""
    return figure.qualifier != "exact" and SIZE_CLASS_BEFORE_RE.search(
        text, max(figure.sentence[0], figure.start - 80), figure.start) is not None


def _amounts_listed_after(text: str, figures: list[Figure], index: int,
                          rates: list[Figure]) -> list[Figure]:
    """As many amounts, listed right after the rates behind "to", "reaching" or
    "respectively, reaching", as there are rates (which follow ``index`` one by one)."""
    start = index + len(rates)
    following = figures[start:start + 2 * len(rates)]  # "5.5 billion yuan ($863.8 million), ..."
    amounts = [f for f in following if not f.conversion][:len(rates)]
    if len(amounts) < len(rates) or any(not can_grow(f) or f.sentence != rates[0].sentence
                                        for f in amounts):
        return []
    gap = re.sub(r"^\s*,?\s*(?:respectively\s*)?,?", "", text[rates[-1].end:amounts[0].start])
    gap = WITH_TOTALS_RE.sub("", gap, count=1)  # ", with the total amounts reaching"
    listed = all(LIST_GAP_RE.fullmatch(text, one.end, other.start)
                 or re.fullmatch(r"\s*\([^()]*\)\s*(?:,\s*)?(?:and\s+)?", text[one.end:other.start])
                 for one, other in pairwise(amounts))
    return amounts if listed and FORWARD_GAP_RE.fullmatch(gap) else []


def _paired(text: str, candidates: list[Figure], cue_start: int, count: int) -> list[Figure]:
    """"5 billion yuan was lent, with 2 billion yuan as mortgages, down 6% and 17%".

    Rates listed with one cue and no "respectively" still go, in order, to the
    amounts before them, as the labelling conventions attach paired growths; only
    when the sentence has exactly as many amounts still without a rate and the last
    is in apposition to the cue. With more or fewer amounts the pairing is a guess,
    so the rates stay rows of their own.
    """
    if len(candidates) != count or not _appositive(text, candidates[-1].end, cue_start):
        return []
    return candidates


def _level_of_change(text: str, before: list[Figure], change: Figure,
                     cue_start: int) -> Figure | None:
    """"3,735,500 tons, increasing by 137,000 tons, with an increase of 3.8%": the level.

    A rate stated after an absolute change ("increasing by 137,000 tons") is the
    relative size of that change, so it belongs to the amount changed, printed
    right before the change. The change keeps no growth of its own.
    """
    if change.unit == "percent":
        return None
    change_end = max(change.end, change.quantity.noun_end)
    if MORE_THAN_LAST_YEAR_RE.fullmatch(text, change_end, cue_start):
        return _level_before_change(text, before, change)
    if not CHANGE_TO_RATE_GAP_RE.fullmatch(text, change_end, cue_start):
        return None
    own_cue = GROWTH_CUE_RE.search(text, change.sentence[0], change.start)
    level = _just_before(before, change)
    if own_cue is None or level is None:
        return None
    if (level.unit != change.unit or not can_grow(level)
            or not ADJACENT_GAP_RE.fullmatch(text, max(level.end, level.quantity.noun_end),
                                             own_cue.start())):
        return None
    return level


def _level_before_change(text: str, before: list[Figure], change: Figure) -> Figure | None:
    """"10,909,600 person-times, which was about 5,898,700 person-times more than last year,
    with a year-on-year increase of 117.72%": the rate belongs to the level, not the change."""
    level = _just_before(before, change)
    if level is None or level.unit != change.unit or not can_grow(level):
        return None
    gap_start = max(level.end, level.quantity.noun_end)
    return level if LEVEL_TO_CHANGE_GAP_RE.fullmatch(text, gap_start, change.start) else None


def _with_amount(text: str, rate_end: int, after: Figure) -> bool:
    """"rose 8 percent, with 1,200 registrations": the amount follows the rate.

    The caller asks only when no figure precedes the rate in its sentence. "with" must
    lead straight to the number, and the number (with its noun) must close the
    clause: in "rose 8 percent, with 30 enterprises reporting losses" the count is
    the subject of a new clause, not what grew.
    """
    if not WITH_AMOUNT_GAP_RE.fullmatch(text, rate_end, after.start):
        return False
    end = max(after.end, after.quantity.noun_end)
    bracket = re.match(r"\s*\([^()]*\)", text[end:end + 60])  # "18.29 billion yuan ($2.59 billion)"
    return CLAUSE_END_RE.match(text, end + (bracket.end() if bracket else 0)) is not None


def _modified_with(text: str, previous: Figure, cue_start: int) -> bool:
    """"1.5 million tourists from home and abroad with 8.3% year-on-year growth".

    A "with" phrase modifies the amount (and the noun it counts) before it when only
    a short verbless modifier comes between; "tourists and realized tourism income with
    an increase of" has a verb, so the rate belongs to the unnumbered income.
    """
    if not re.match(r"with\b", text[cue_start:], re.IGNORECASE):
        return False
    return _short_modifier(text, max(previous.end, previous.quantity.noun_end), cue_start)


def _short_modifier(text: str, start: int, end: int, joined: bool = True,
                    participles: bool = False) -> bool:
    """Only a few words, none a verb, lie between; with ``joined`` False none is "and"
    either, since in "5 billion yuan and prices remained unchanged" a new subject starts.
    """
    gap = re.sub(r"[\"“][^\"”\n]{0,30}[\"”]", "X", text[start:end])  # 'the "May 1st" period'
    words = re.findall(r"[a-z'’-]+", gap)
    conjunctions = () if joined else ("and", "but", "while", "whereas", "or")
    return (MODIFIER_GAP_RE.fullmatch(gap) is not None
            and not any(word in VERB_WORDS or (word.endswith("ed") and not participles)
                        or word in conjunctions for word in words))


def _rates_with_change(text: str, before: list[Figure], cue_start: int, rates: list[Figure],
                       amount_before: bool) -> list[Figure]:
    """"reached about 85%, a year-on-year increase of 3%": the change stated for a rate.

    The rates go, in order, to as many rates listed right before them ("accounted for
    10%, 12% and 4% of the total, respectively, with an increase of 0.6%, 0.4% and
    1.2%") that are not growth rates themselves: "283.95%, 1.74% lower than the
    previous year" and "took up 54% of the total, up by 1.6%" too, since the labels
    give a change printed right after a share to the share (it has no amount to go to).
    Only a comma, a short "of ..." phrase and "respectively" may come between, and no
    amount before in the sentence may be what grew.
    """
    shares = [figure for figure in before if not figure.conversion][-len(rates):]
    if shares and PLAN_SHARE_RE.match(text, shares[-1].end):
        return []  # "100.44% of the monthly plan, with a growth of 5.07%": a completion rate
    if amount_before or len(shares) < len(rates) or any(
            figure.unit != "percent" or figure.is_rate or figure.attached
            or figure.growth_pct is not None for figure in shares):
        return []
    listed = all(LIST_GAP_RE.fullmatch(text, one.end, other.start)
                 for one, other in pairwise(shares))
    return shares if listed and SHARE_GAP_RE.fullmatch(text, shares[-1].end, cue_start) else []


def assign_flat_growth(text: str, figures: list[Figure]) -> None:
    """"0.5 billion yuan ... with a flat year-on-year growth": a stated change of zero;
    "..., doubling the previous year's figure": a change of 100 percent, in words."""
    for index, figure in enumerate(figures):
        if figure.attached or not can_grow(figure):
            continue
        start = max(figure.end, figure.quantity.noun_end)
        limit = figures[index + 1].start if index + 1 < len(figures) else figure.sentence[1]
        flat = FLAT_RE.search(text, start, min(limit, figure.sentence[1]))
        if flat is not None and _short_modifier(text, start, flat.start(), joined=False,
                                                participles=True):
            figure.growth_pct = 0.0
        elif DOUBLED_RE.match(text, start) or DOUBLED_TO_RE.search(
                text, max(figure.sentence[0], figure.start - 25), figure.start):
            figure.growth_pct = 100.0  # "14.34 million tourists, doubling the previous year's"


def _appositive(text: str, end: int, cue_start: int) -> bool:
    """A rate modifies the amount before it when only a short comma phrase comes between.

    "RMB 1.21 billion, up 16.6%" and "271 locomotives were produced, up 68.3 percent"
    qualify; "20 million yuan or more -- saw added value ... increase by 11.2 percent"
    does not: there the rate has a subject of its own.
    """
    gap = re.sub(r"\([^()]*\)", " ", text[end:cue_start])  # a conversion in brackets
    gap = DATING_ASIDE_RE.sub("", gap)  # "1.8 trillion yuan, in 2012, a year-on-year increase"
    gap = RANKING_ASIDE_RE.sub(",", gap)  # "26.43 billion yuan, ranking fourth in Inner Mongolia"
    gap = PLAN_ASIDE_RE.sub(",", gap)  # "30.36 billion yuan, 101.2% of the budget and up 2.1%"
    gap = re.sub(r",\s*respectively(?=\s*[,–—-])", "", gap)  # "X and Y, respectively, down 2%"
    if ADJACENT_GAP_RE.fullmatch(gap):
        return True
    comma = gap.rfind(",")  # "1.74 million trips to Harbin for tourism during the holiday,"
    short = len(gap.split()) <= 8 or (comma > 0 and _short_modifier(gap, 0, comma))
    return "--" not in gap and short and COMMA_GAP_RE.fullmatch(gap) is not None

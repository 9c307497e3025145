"""The words of change: how the genre writes a growth rate and ties it to its amount.

"up 16.6%", "an increase of 12 percent", "a 12.5% year-on-year increase", "decreased
by 17.6 percent ... to 1.12 million tons", "respectively", "flat year-on-year", and
the bases a change may be measured against. Split from ``units`` so that ``growth``,
which places the rates, reads its vocabulary from one place that a reader extends
when a release writes change in a new way.
"""

from __future__ import annotations

import re

from .units import QUALIFIER_GAP

# The comparison period written around a growth rate.
YEAR_ON_YEAR = r"(?:year[-\s]?(?:on|to|over)[-\s]?year|y-o-y|yoy)"
BASELINE = (rf"(?:{YEAR_ON_YEAR}|yearly|annually"
            r"|(?:over|than|on|from|compared\s+(?:with|to))\s+(?:that\s+of\s+)?(?:the\s+)?"
            r"(?:(?:same|corresponding)\s+period\s+(?:of\s+)?)?(?:last|previous|the\s+previous|a)"
            r"\s+year"
            r"|(?:over|from|on|than)\s+(?:19|20)\d\d"
            r"|(?:from|than|over)\s+a\s+year\s+(?:earlier|ago|before)|last\s+year)")
# Nouns of change, before ("an uptick of 4%") or after ("a 4% year-on-year rise") the rate.
CHANGE_NOUNS = (r"increase|growth|rise|surge|jump|uptick|upswing|upturn|gain|hike|decrease"
                r"|decline|drop|fall|reduction|dip|downturn|slump|slide|contraction|expansion"
                r"|improvement")
# "an increase calculated at comparable caliber of 7.18%", "the growth at current price".
PRICE_BASIS = (r"(?:calculated\s+)?(?:at|on|by)\s+(?:an?\s+)?(?:comparable|constant|current)"
               r"\s+(?:caliber|calibre|prices?|basis)")
# "achieved positive growth for the first time since 2019 at 0.2 percent".
FIRST_TIME = r"for\s+the\s+first\s+time(?:\s+since\s+(?:19|20)\d\d|\s+in\s+\w+\s+years)?"
# Past-tense verbs of change that lead to an amount ("rose to", "rose by").
MOVED = r"rose|grew|increased|climbed|fell|dropped|declined|decreased"
# The comparison with the period just before: "month-on-month", "quarter-on-quarter".
MONTH_ON_MONTH = r"(?:month|quarter|week)[-\s](?:on|over|to)[-\s](?:month|quarter|week)"
# Words right before a percent that make it a growth rate; searched up to the percent.
# An adverb may sit in a verb's phrase: "increased seasonally by 3.5%". "took up 54%"
# states a share, not a rise.
# How big a change was: "a hefty year-on-year increase", "a steady rise".
_SIZE_WORDS = (r"(?:clear|steady|significant|rapid|strong|slight|sharp|robust|marginal|modest"
               r"|stable"
               r"|substantial|considerable|remarkable|notable|moderate|solid|dramatic|huge|big|small"
               r"|whopping|hefty|healthy|impressive|decent|mild|record|further|continued)")
_NOT_TAKEN = r"(?<!(?:took|take|make|made)\s)(?<!(?:takes|makes)\s)(?<!(?:taking|making)\s)"
GROWTH_CUE_RE = re.compile(
    r"\bgrowth\s+rates?\s*[(（]\s*"
    r"|\bgrowth\s+rates?\s*,\s*(?:reporting|recording|registering|posting)\s+"
    r"|\brates?\s+of\s+(?:increase|growth)\b[^.;\d]{0,40}?\b(?:were|was|are|is)\s+(?:respectively\s+)?"
    r"|(?:\b(?:with\s+)?(?:an?\s+|the\s+)?(?P<average>average\s+)?"
    rf"(?:{_SIZE_WORDS}\s+)?"
    rf"(?:(?:{YEAR_ON_YEAR}|annual|yearly|comparable|combined|overall|nominal|real)\s+)?"
    r"(?P<negative>negative\s+)?"
    rf"(?:(?:{_SIZE_WORDS}|positive)\s+)?"
    rf"(?P<noun>increased|decreased|{CHANGE_NOUNS})s?(?:\s+{FIRST_TIME})?"
    # "a rise in foreign trade of"
    r"(?:\s+in\s+(?!the\s+number\b)[a-z][a-z\s-]{1,30}?(?=\s+of\s))?"
    rf"\s+(?:rates?\s+|target\s+)?(?:{PRICE_BASIS}\s+)?(?:of|at|(?<!growth\s)(?<!rate\s)by)"
    r"|\b(?:real\s+|actual\s+)?(?:increase|rise)\s+(?:was|is|reached|stood\s+at)"
    # "the rises of the first, second and tertiary industries were 4.3%, 9.9% and 8.2%"
    r"|\b(?:increases|rises)\s+(?:of|in)\s+[^.;\d]{1,80}?\s+(?:were|are)\s+"
    r"|\b(?<!natural\s)growth(?:\s+rate|\s+target)?\s+(?:(?:of|for|in)\s+(?:[\w'’-]+,?\s+){1,12}?)?"
    rf"(?:{PRICE_BASIS}\s+)?"
    r"(?:was|is|reached|stood\s+at|hit|kept\s+pace\s+at|remained\s+at|stayed\s+at"
    r"|(?:has\s+been|had\s+been|was|is)\s+set\s+at|(?:this|next)\s+year\s+at"
    r"|(?:was|were|is|are)\s+(?:higher|more)\s+than"
    r"|(?:is|was)\s+(?:expected\s+to\s+(?:reach|hit|be)|set\s+at"
    r"|(?:kept|held|controlled|under\s+control)\s+(?:at|within)))"
    # "increasing tourism revenue by 27.7 percent": the verb names what grew before "by".
    r"|\b(?:increas(?:ing|ed)|rais(?:ing|ed)|boost(?:ing|ed))\s+(?:(?!by\b)[a-z]+\s+){1,3}?by\s+"
    # "rose to 8,804 yuan by nine percent": the amount between the verb and its rate
    rf"|\b(?P<to_verb>{MOVED})\s+to\s+"
    r"(?:[^,;.]|(?<=\d)[.,](?=\d)){1,40}?\s+by\s+"
    rf"|\b(?P<verb>{_NOT_TAKEN}up|down|increased?|increases|increasing|grew|grows?|growing"
    r"|rose|rises?|rising"
    r"|surged?|surging|jump(?:s|ed|ing)|climb(?:s|ed|ing)|decreased?|decreases|decreasing|declined?|declines|declining"
    r"|dropped|dropping|drops?|fell|falls?|falling|reduced|shrank|dipped|narrowed|slipped|slid"
    r"|plunged|soar(?:ed|ing)|(?:sky)?rocket(?:ed|ing)|leap(?:ed|t)|expand(?:ed|ing|s)?"
    r"|(?:lower|higher)(?=\s+by)"
    r"|gain(?:s|ed|ing)"
    r"|put(?:ting)?\s+on|add(?:ed|ing))"
    r"(?:\s+[a-z]+ly)?(?:\s+in\s+(?:value|volume))?"  # "increased in value by 7.5 percent"
    r"(?:\s+by(?:\s+an?(?:\s+[a-z]+ly)?\s+(?:whopping|remarkable|impressive"
    r"|robust|solid|strong|modest|slight|significant|sharp))?|\s+at\s+(?:an?\s+)?(?:\w+\s+)?rate\s+of|(?<=grew)\s+at)?)"
    rf"\s*{QUALIFIER_GAP}?$",
    re.IGNORECASE)
# "12.5% higher than last year": the cue follows the rate. A bare "34.48% lower" ending
# its clause is a change too; group ``baseline`` says whether the year compared is named.
GROWTH_AFTER_RE = re.compile(
    r"\s*(?P<word>higher|more|lower|less|up|down)(?:(?P<baseline>\s+(?:than|over|from"
    r"|compared\s+(?:with|to))\s+(?:in\s+)?(?:that\s+of\s+|that\s+in\s+(?=(?:19|20)\d\d))?"
    r"(?:the\s+)?"
    r"(?:(?:actual\s+)?(?:figure|level|amount)\s+(?:of|in)\s+)?"  # "the actual figure of 2019"
    r"(?:a\s+year\s+(?:earlier|ago|before)"  # "12.6% up from a year earlier"
    r"|(?:same\s+period\s+(?:of\s+)?)?(?:last|previous|(?:19|20)\d\d))"
    rf"|\s+(?:on\s+an?\s+)?{YEAR_ON_YEAR})"
    r"|(?:(?<=higher)|(?<=lower))(?=\s*(?:[,;.]|and\b|$))"
    r"|(?<=more)(?=\s+(?:[a-z]+\s+)?(?:tourists|visitors|passengers|people|trips|visits)\b))",
    re.IGNORECASE)
# "624.72 billion yuan ($103 billion), 15.6 percent year on year,": no verb, no noun.
YEAR_ON_YEAR_AFTER_RE = re.compile(rf"\s+{YEAR_ON_YEAR}(?=\s*(?:[,;.]|$))", re.IGNORECASE)
# "8.3% year-on-year growth", "a 12.5% year-on-year increase": the noun follows the rate.
GROWTH_NOUN_AFTER_RE = re.compile(
    rf"\s*(?:(?:{YEAR_ON_YEAR}|annual|combined|overall|average|cumulative|accumulated|nominal"
    rf"|real|(?-i:[A-Z]{{2,5}})|(?!(?:of|in|the|to|for|and|on|at|by|a|an)\b)[a-z]+)\s+){{0,3}}"
    rf"(?P<word>{CHANGE_NOUNS})\b"
    r"(?!\s+(?:in|of)\s+(?:the\s+)?(?:number|share|proportion))",
    re.IGNORECASE)
# A change against another base than the same period of last year is no growth_pct:
# "up 20.2 percent on a month-on-month basis", and "a rise of 10.12 percent compared to
# 2019" beside a year-on-year rate (group ``year``).
OTHER_BASE_RE = re.compile(
    rf"\s*(?:on\s+an?\s+)?{MONTH_ON_MONTH}"
    r"|\s*(?:faster|slower|higher|lower)\s+than\s+(?:that\s+of\s+)?(?:the\s+)?(?:\w+\s+)?average"
    r"|\s*(?:[a-z]+\s+)?compared\s+(?:with|to)\s+(?:the\s+)?average"
    r"|\s*(?:higher|lower|faster|slower)\s+than\s+(?:that\s+(?:in|of)\s+)?(?:the\s+)?"
    r"(?:whole\s+|entire\s+)?(?!(?:Same|Last|Previous)\b)(?-i:[A-Z])"
    r"|\s*(?:(?:higher|lower|more|less)\s+)?(?:over|than|from|compared\s+(?:with|to))\s+"
    r"(?:the\s+)?(?:previous|last)\s+(?:month|quarter)\b"
    # "11.3 percent higher than the growth rate of Guangdong province", "than the national"
    r"|\s*(?:higher|lower|faster|slower)\s+than\s+(?:that\s+of\s+)?the\s+(?:growth\s+rate\s+of\s+"
    r"(?:the\s+)?(?-i:[A-Z])|(?:national|provincial|municipal|regional)\b)"
    r"|\s*(?:over|than|from|compared\s+(?:with|to))\s+the\s+previous\s+(?:period|quarter|month)\b"
    r"|\s*(?:[a-z]+\s+)?compared\s+(?:with|to)\s+the\s+(?:figure\s+(?:in|of)\s+the\s+)?first\s+\w+"
    r"\s+months\b"
    r"|\s*compared\s+(?:with|to)\s+(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\b"
    r"|\s*(?:over|than|from|on|compared\s+(?:with|to))\s+the\s+(?:beginning|start)\s+of\s+"
    r"(?:the|this)\s+year"
    r"|\s*(?:(?:higher|lower|faster|slower)\s+)?(?:than|over|from|compared\s+(?:with|to))\s+"
    r"(?:that\s+(?:of|in)\s+)?the\s+first\s+(?:\w+\s+)?(?:quarters?|half)\b"
    r"(?!\s+of\s+(?:last|the\s+previous|(?:19|20)\d\d))"
    r"|\s*(?:(?:higher|lower|more|less|faster|slower)\s+)?(?:over|than|from|compared\s+(?:with|to))"
    r"\s+(?:that\s+)?(?:(?:in|of)\s+)?(?:the\s+same\s+period\s+(?:of|in)\s+)?"
    r"(?:the\s+(?:actual\s+)?(?:figure|level|amount)\s+(?:of|in)\s+)?"
    r"(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
# "Compared with the same period of 2019, the total grew by 46.3%": the base opens the clause.
LEADING_BASE_RE = re.compile(
    r"\W*(?:(?:compared\s+(?:with|to)|against|over)\s+(?:that\s+(?:in|of)\s+)?"
    r"(?:the\s+same\s+period\s+(?:of|in)\s+)?(?P<year>(?:19|20)\d\d)\s*,)", re.IGNORECASE)
ARTICLE_BEFORE_RE = re.compile(r"(?:\b(?:with|for)\s+)?(?:\ban?\s+(?:[a-z]+ing\s+)?)?$",
                               re.IGNORECASE)
FALLING = ("decreas", "declin", "drop", "fall", "fell", "reduc", "shr", "dip", "down", "lower",
           "less", "negative", "slump", "narrow", "slip", "slid", "plung")
# "decreased by 17.6 percent year-on-year to 1.12 million tons", "saw an increase of 7
# percent, recording 4.4 billion yuan": the amount follows. "At" (group ``at``) joins a
# rate only to a measured amount: in "up 5 percent, at 30 enterprises" the count says
# where the rate was seen, not what grew.
FORWARD_GAP_RE = re.compile(
    rf"(?:\s*\([^()]*\))?(?:\s+(?:{CHANGE_NOUNS}))?\s*,?\s*{BASELINE}?"
    # "increase in meat production", "in the first half of 2019"
    r"(?:\s+in\s+(?:(?:the\s+)?[a-z\s-]{1,40}?(?:\s+(?:of\s+)?(?:19|20)\d\d)?|(?:19|20)\d\d))?"
    r"(?:\s+during\s+the\s+(?:same\s+)?period)?"
    r"\s*,?\s*(?:to(?:\s+reach|\s+hit|\s+top|\s+exceed|\s+surpass|\s+stand\s+at)?|reaching"
    r"|hitting|totaling|totalling|exceeding|surpassing|topping|resulting\s+in"
    r"|recording|registering|amounting\s+to|(?P<at>(?:standing\s+)?at)"
    # "and total profits of": "total" without an ending is the adjective, not the verb.
    r"|and\s+(?:reach(?:es|ed)?|hit|amount(?:s|ed)?\s+to|total(?:s|led|ed)))\s+"
    r"(?:(?:an?|the)\s+)?(?:[a-z]+\s+){0,2}?(?:(?:of|than)\s+)?$", re.IGNORECASE)
# "With an increase of 10 percent, the revenue was 14 billion yuan": a rate opening its
# sentence, then a subject with no figure of its own and a verb that leads to the amount.
LEADING_RATE_GAP_RE = re.compile(
    rf"\s*{BASELINE}?\s*,\s*[^,;:\d]{{1,80}}?\b(?:was|were|is|are|reached|totaled|totalled"
    rf"|hit|stood\s+at|amounted\s+to)\s+{QUALIFIER_GAP}?$", re.IGNORECASE)
# "with a flat year-on-year growth", ", unchanged year-on-year", ", the same as last year".
FLAT_RE = re.compile(
    rf"(?:(?:with|showing|registering|recording|posting|seeing)\s+)?(?:an?\s+)?(?:flat|zero)"
    rf"\s+(?:{YEAR_ON_YEAR}\s+)?(?:growth|change)\b"
    rf"|(?:(?:which\s+(?:is|was)|remain(?:ed|ing|s)?|stay(?:ed|ing|s)?|basically)\s+)*"
    rf"(?:(?:unchanged|flat)\s+{BASELINE}|unchanged\b"
    r"|(?:almost\s+|basically\s+)?the\s+same\s+as\s+(?:that\s+of\s+)?(?:the\s+)?"
    r"(?:same\s+period\s+(?:of\s+)?)?(?:last|previous|the\s+previous)\s+year)",
    re.IGNORECASE)
# Between an amount (or its counted noun) and "with ... growth": a short modifier such
# as "from home and abroad", "of fishing value" or "on the first day of the Spring
# Festival holiday", with no verb and no punctuation.
MODIFIER_GAP_RE = re.compile(r"(?:\s+[A-Za-z][A-Za-z'’-]*){0,10}\s*,?\s*")
VERB_WORDS = frozenset("is are was were has have had be been will would realized realised "
                       "achieved reached received".split())
LIST_SEPARATOR_RE = re.compile(r"\s*,?\s*(?:and\s+|as\s+well\s+as\s+)?")
LIST_GAP_RE = re.compile(
    r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|and\s+|as\s+well\s+as\s+)(?:by\s+)?$")
RESPECTIVELY_RE = re.compile(rf"\s*(?:{BASELINE}\s*)?,?\s*respectively", re.IGNORECASE)
# "They increased by ... respectively": a subject pointing back at the sentence before.
ANAPHORIC_SUBJECT_RE = re.compile(
    r"\s*(?:(?:each|all|both)(?:\s+of\s+(?:them|these|those))?|they|it|this|these|those"
    r"|the\s+(?:two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s+[a-z]+)?"
    r"|(?:the|this|that)\s+(?:number|figure|amount|total|sum|volume)"
    # "The year-on-year growth rate was 4.9 percent": the subject is the change itself.
    rf"|the(?:\s+(?:{YEAR_ON_YEAR}|annual|yearly))?(?=\s*$))"
    r"(?:\s+(?:was|were|is|are|has|have|had)(?:\s+been)?"
    r"|\s+(?:represented|recorded|registered|posted|saw|achieved|reflects|reflected|represents"
    r"|marks|marked))?\s*(?:respectively\s*)?",
    re.IGNORECASE)
# Words that name no particular amount, so they cannot tie a rate to one.
GENERIC_NAME_WORDS = frozenset({"total", "number", "amount", "whole", "overall", "annual",
                                "respectively", "same", "period", "year"})
# "rose 8 percent, with 1,200 registrations": "with" leads to the amount that grew,
# when the amount closes its clause (see ``growth._with_amount``).
WITH_AMOUNT_GAP_RE = re.compile(
    rf"\s*{BASELINE}?(?:\s+(?:for|in|during)\s+the\s+[a-z\s]{{1,40}}?)?\s*,?\s*with\s+"
    r"(?:a\s+total\s+of\s+|(?:[a-z]+\s+){1,2}of\s+"
    r"|(?:its|their|the)\s+(?:[a-z]+\s+){1,5}?(?:worth|valued\s+at|totaling|totalling)\s+)?"
    rf"{QUALIFIER_GAP}?", re.IGNORECASE)
CLAUSE_END_RE = re.compile(r"\s*(?:[.;!?]|,\s*(?:and|while|but|whereas)\s|$)")
CONVERSION_GAP_RE = re.compile(r"\s*[(（]\s*(?:about|approximately|around|or|i\.e\.,?)?\s*$")
# Between an amount and the rate that modifies it: a comma, or a short phrase then a comma.
CONNECTOR = (r"(?:(?:and|for"
             r"|which(?:\s+(?:is|was|went|has|have|had|saw|recorded|registered|marked))?"
             r"|(?:and\s+|thereby\s+|[a-z]+ly\s+)?(?:\w+ing|yield(?:s|ed)|mark(?:s|ed)"
             r"|represent(?:s|ed)|(?:equat|equall?)(?:s|es|ed)\s+to))\s+)?"
             r"(?:an?\s+)?(?:(?:year[-\s]?on[-\s]?year|yoy)\s+)?")
# "2,039,000; increasing by 11.6%": a semicolon before a cue with no subject is a comma.
ADJACENT_GAP_RE = re.compile(rf"\s*(?:[,;(]|[—–-]{{1,2}})?\s*{CONNECTOR}")
COMMA_GAP_RE = re.compile(rf"[^,;:–—()]*(?:,|\s[-–—]|\s?[(（])\s*{CONNECTOR}")
# "up 22.3%, compared with 13.2% in the same period last year": last year's rates.
COMPARED_WITH_RE = re.compile(r"[^.;\d]{0,30},?\s*compared\s+(?:with|to)\s+", re.IGNORECASE)
LAST_YEAR_AFTER_RE = re.compile(
    r"\s*(?:(?:in|during|for)\s+the\s+same\s+period\s+(?:of\s+)?(?:last|the\s+previous)\s+year"
    r"|a\s+year\s+(?:earlier|ago)|(?:in\s+)?the\s+previous\s+year|last\s+year)", re.IGNORECASE)
# "The proportion of services rose by 0.2%": a share that changed.
SHARE_SUBJECT_RE = re.compile(
    r"\W*(?:however\s*,\s*|meanwhile\s*,\s*|while\s+|whereas\s+|but\s+)?(?:the\s+|this\s+)?"
    r"(?:proportion|share|ratio|growth\s+rate)\b",
    re.IGNORECASE)
# A rate clause with no subject: the gap before the cue ends in a comma or a bracket, then a
# connector: ", up 5%", " (up 5%)".
SUBJECTLESS_TAIL_RE = re.compile(rf"(?:,|\s?[(（])\s*{CONNECTOR}$")
# "7.893 billion yuan, accounting for 25.4 percent of the total for an increase of ...".
ACCOUNTING_GAP_RE = re.compile(
    r"\s*(?:\([^()]*\))?(?:\s+(?:in|of|are|is|were|was)\s+[a-z\s-]{1,30}?)?"
    r"(?:\s+(?:were|was)\s+from\s+[A-Z][\w\s-]{0,30}?)?\s*,?\s*"  # "112,700 were from Europe,"
    r"(?:(?:accounting|which\s+accounts?)\s+for|representing|making\s+up|contributing)\s+",
    re.IGNORECASE)
SHARE_TAIL_RE = re.compile(
    rf"(?:\s+of\s+[^,;.\d]{{1,60}}?)?(?:\s*,\s*|\s+(?:and|for)\s+|\s+){CONNECTOR}",
    re.IGNORECASE)
# "57.087 million tons while the year-on-year growth rate was 21.1%": a clause on the
# amount's own growth rate.
GROWTH_RATE_LINK_RE = re.compile(
    rf"\s*,?\s*(?:while|and|with)\s+(?:the|its)\s+(?:(?:{YEAR_ON_YEAR}|annual)\s+)?",
    re.IGNORECASE)
# "..., and the growth rate was", "..., and the growth at current price reached".
GROWTH_RATE_SUBJECT_RE = re.compile(rf"growth\s+(?:rate|{PRICE_BASIS})", re.IGNORECASE)
# Words opening a sentence before its subject: "Of which,", "In 2018,", "Compared with ...,".
SUBJECT_OPENER_RE = re.compile(
    r"^(?:(?:of\s+which|among\s+(?:them|which)|in\s+(?:addition|particular)|meanwhile"
    r"|besides|at\s+the\s+same\s+time|(?:in|during)\s+(?:19|20)\d\d|(?:last|this)\s+year"
    r"|according\s+to\s+[^,\d]{1,60}|compared\s+(?:with|to)\s+[^,]{1,90}"
    r"|(?:in\s+terms\s+of|calculated\s+(?:at|by)|at|by)\s+(?:comparable|constant|current)"
    r"\s+(?:prices?|caliber|calibre|basis))"
    r"\s*,\s*)+", re.IGNORECASE)
# "They involved ..., and were up 7.5 percent": a pronoun opening the sentence points
# back, unless it speaks of a plan ("It is expected to grow 7 percent next year").
PRONOUN_OPENER_RE = re.compile(
    r"(?:they|it)\s+(?![^.;]*\b(?:will|expected|plan|target|aim))[a-z]", re.IGNORECASE)
# "... and exports, 64.6 percent to 2.56 billion yuan": a subject whose verb is left out.
ELLIPSIS_GAP_RE = re.compile(r"(?:,|\band)\s+[A-Za-z][A-Za-z\s'-]{0,40},\s*$")
# "an increase of 7,100 hectares or 2.2 percent", "up 880,000 over the previous year, or a
# year-on-year increase of 7.8 percent": an absolute change, then its rate.
CHANGE_TO_RATE_GAP_RE = re.compile(
    r"(?:\s+(?:over|than|from)\s+(?:the\s+)?(?:previous|last)\s+year)?\s*[,;]?\s*(?:or\s+)?",
    re.IGNORECASE)
RESPECTIVE_CUE_RE = re.compile(r"\brespective\b", re.IGNORECASE)
# "liquor increased by 72.4%, graphite and carbon products by 54.1%, and cement by 4.3%".
ELLIPTIC_BY_RE = re.compile(r"(?:[,;]|\band)\s+(?:and\s+)?[A-Za-z][A-Za-z\s'-]{0,50}\s+by\s+$")
# "1,372 new projects, each worth more than 100 million yuan": a size class of each one.
EACH_THRESHOLD_GAP_RE = re.compile(
    r"\s*,?\s*each\s+(?:worth|valued\s+at|with(?:\s+an?)?(?:\s+\w+)?\s+of|of|above|over|exceeding)?"
    rf"\s*{QUALIFIER_GAP}?", re.IGNORECASE)
# "10.87 billion yuan ($1.7 billion), topping 10 billion yuan for the first time and
# increasing by 14.3 percent": a milestone the amount passed, between amount and rate.
MILESTONE_GAP_RE = re.compile(
    r"\s*,\s*(?:topping|exceeding|surpassing|passing|breaking\s+(?:through\s+)?)"
    r"(?:\s+the)?(?:\s+(?:mark|threshold)\s+of)?\s*", re.IGNORECASE)
MILESTONE_TAIL_RE = re.compile(r"\s+for\s+the\s+first\s+time\s*(?:,|and)?\s*", re.IGNORECASE)
# "contributed by the four pillar industries, a year-on-year increase of 8.7%": a group
# named by a determiner or a possessive, then one comma phrase before the rate.
GROUP_COUNT_BEFORE_RE = re.compile(r"(?:\b(?:the|its|their)|[A-Za-z]['’]s)\s+$", re.IGNORECASE)
GROUP_TAIL_RE = re.compile(rf"[^,;:\d]*,\s*{CONNECTOR}", re.IGNORECASE)
# "the added value of the 17 key industries": a count inside the phrase naming money.
OWNED_COUNT_RE = re.compile(
    r"\b(?:value|output|revenue|income|investment|sales|profits?)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE)
# "101.2% of the budget", "100.44% of the monthly plan": a completion rate, not a share.
PLAN_SHARE_RE = re.compile(
    r"\s+of\s+(?:the\s+|its\s+)?(?:adjusted\s+|annual\s+|monthly\s+|yearly\s+)?"
    r"(?:plan|target|budget)", re.IGNORECASE)
PLAN_ASIDE_RE = re.compile(
    r"\s*,?\s*(?:completing\s+|fulfilling\s+|or\s+)?\d+(?:\.\d+)?\s?(?:%|percent)"
    r"\s+of\s+(?:the\s+|its\s+)?(?:adjusted\s+|annual\s+|monthly\s+|yearly\s+)?"
    r"(?:plan|target|budget)\s*", re.IGNORECASE)
# Words saying that the figures around are changes, for rates printed bare after amounts.
TERSE_CONTEXT_RE = re.compile(r"\b(?:up|growth|increase[sd]?|rose|grew|year[-\s]on[-\s]year)\b",
                              re.IGNORECASE)
# "0.2 percent and 5.7 percent respectively, with the total amounts reaching 98 billion yuan
# and 96.8 billion yuan": the amounts after the rates, named by a general noun.
WITH_TOTALS_RE = re.compile(
    r"\s*with\s+(?:the|their|its)\s+(?:[a-z]+\s+)?(?:amounts?|values?|totals?|figures?|volumes?)"
    r"(?=\s)", re.IGNORECASE)
# "10,909,600 person-times, which was about 5,898,700 person-times more than that of the
# same period in last year (based on 100 days), with a year-on-year increase of 117.72%".
LEVEL_TO_CHANGE_GAP_RE = re.compile(rf"\s*,\s*(?:which\s+(?:was|is)\s+)?{QUALIFIER_GAP}?",
                                    re.IGNORECASE)
MORE_THAN_LAST_YEAR_RE = re.compile(
    r"\s+(?:more|less|fewer|higher|lower)\s+than\s+(?:that\s+(?:of|in)\s+)?(?:the\s+)?"
    r"(?:same\s+period\s+(?:of\s+|in\s+)?)?(?:the\s+)?(?:last|previous)\s+year"
    r"(?:\s*\([^()]*\))?\s*,\s*(?:with\s+|and\s+)?", re.IGNORECASE)
# "1.8 trillion yuan, in 2012, a year-on-year increase": the year between amount and rate.
DATING_ASIDE_RE = re.compile(r",\s*(?:in|for|during)\s+(?:19|20)\d\d(?=\s*,)", re.IGNORECASE)
# "ranking fourth in Inner Mongolia and": a rank between an amount and its rate.
RANKING_ASIDE_RE = re.compile(
    r",?\s*(?:ranking|which\s+(?:is|was|ranks|ranked))\s+(?:the\s+)?\w+"
    r"(?:\s+(?:highest|largest|biggest|place))?\s+(?:in|among)\s+[^,;]{1,40}?(?=\s+(?:and|with)\b)",
    re.IGNORECASE)
# "14.34 million tourists ..., doubling the previous year's figure": up 100 percent.
# "output value doubled to 1.197 trillion yuan": the verb before the amount.
DOUBLED_TO_RE = re.compile(r"\b(?:doubled|doubling)\s+to\s+(?:about\s+|nearly\s+)?$", re.IGNORECASE)
DOUBLED_RE = re.compile(
    r"[^,.;]{0,60}?,\s*(?:doubling|double|twice(?:\s+as\s+(?:much|many|high)\s+as)?)\s+"
    r"(?:that\s+of\s+)?(?:the\s+)?(?:previous\s+year|last\s+year)(?:['’]s)?\b", re.IGNORECASE)
# "rose to 8,804 yuan by nine percent": the amount lies between the verb and its rate.
RISE_TO_RE = re.compile(rf"(?i:{MOVED})\s+to\s")
# "loans rose by 254.2 billion yuan, up 18.2 percent": the amount is a change, not a level.
CHANGE_BY_BEFORE_RE = re.compile(rf"(?i:\b(?:{MOVED}|went\s+up)\s+by\s+{QUALIFIER_GAP}?)$")
# "companies with an annual turnover of over 20 million yuan": the bound of a class.
SIZE_CLASS_BEFORE_RE = re.compile(
    r"(?i:\b[a-z]+\s+(?:with|whose)\s+(?:an?\s+|their\s+)?(?:annual\s+|individual\s+)?"
    r"(?:main\s+business\s+)?(?:turnover|revenue|income|output|investment|sales|funding"
    r"|business\s+volume)\s+(?:of\s+|is\s+|was\s+)?(?:over|more\s+than|above|exceeding|topping"
    r"|at\s+least|no\s+less\s+than)\s+)$")
# "revenue increased by 8.3 percent, including 13.6 percent in tax revenue".
INCLUDING_RATE_RE = re.compile(r"\s*,\s*(?:including|of\s+which)\s+", re.IGNORECASE)
# Last year named as the base of a rate: a second rate of the same amount has another base.
YEAR_ON_YEAR_NAMED_RE = re.compile(
    rf"(?i:{YEAR_ON_YEAR}|(?:same|corresponding)\s+period\s+(?:of\s+|in\s+)?last\s+year)")
MONTH_ON_MONTH_RE = re.compile(rf"(?i:\b{MONTH_ON_MONTH})")
# "CPI growth rate declined 0.2%": the subject is a rate, and the verb says it slowed.
RATE_CHANGE_SUBJECT_RE = re.compile(r"(?i:\bgrowth(?:\s+rates?)?\s*)$")
SLOWED_RE = re.compile(r"(?i:declined|decreased|dropped|fell|slowed|narrowed|eased)\b")

"""Words several stages read the same way: the months, the days of the week, what is counted in millions; and how the
briefing lists names (`join_names`)."""

from __future__ import annotations

import re

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def join_names(items: list[str]) -> str:
    """"a", "a and b", "a, b and c" ("" for none): how the briefing lists sources and amounts."""
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


MONTH = "(?:" + "|".join(MONTHS) + r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
"""A month, written out or abbreviated ("October", "Oct.", "Sept")."""
WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"

MILLIONS_OF = {"people", "homes", "households", "customers", "users", "viewers", "subscribers", "barrels", "tonnes", "visitors",
               "tourists", "passengers", "votes", "voters", "jobs", "doses", "shares", "units", "vehicles", "cars", "residents",
               "children", "workers", "families", "followers", "downloads", "copies", "tickets", "patients", "cases", "migrants",
               "refugees", "members", "students", "adults", "Americans", "Britons", "consumers", "accounts", "devices", "phones",
               "women", "men", "tests", "jabs", "vaccinations", "houses", "meals", "pupils", "employees", "tons", "animals",
               "birds", "cattle", "livestock", "sheep", "poultry", "bpd", "smartphones", "laptops", "computers", "masks", "books", "bottles", "parcels", "items", "products", "records", "emails", "messages", "calls",
               "claims", "applications", "signatures", "listeners", "readers", "fans", "hectares", "acres", "trees", "visas",
               "troops", "soldiers", "protesters", "demonstrators", "deaths", "infections", "evacuees"}
"""Nouns a short "m" counts in millions before ("1.2m homes"), and a short "k" in thousands ("3k people")."""

UP = (r"rose|rise[sn]?|rising|up|increased|increases?|increasing|gained|gains?|grew|grow(?:s|n|ing)?|climbed|climbs?|"
      r"jumped|jumps?|surged|surges?|soared|soars?|advanced|added|adds?")
DOWN = (r"fell|falls?|fallen|falling|down|dropped|drops?|declined|declines?|decreased|decreases?|slid|slides?|slipped|"
        r"slips?|lost|loses?|shed|sheds|shrank|shrunk|shrinks?|plunged|plunges?|tumbled|tumbles?|sank|sinks?|slumped|"
        r"slumps?|contracted|contracts?|eased|eases?")
UP_BY = r"raised|raises?|raising|hiked|hikes?|lifted|lifts?|boosted|boosts?"
DOWN_BY = r"cut|cuts|cutting|reduced|reduces?|lowered|lowers?|slashed|slashes|trimmed|trims?"
"""Verbs that move a figure only with "by" ("raised rates by 0.25 points"): "raised $5 million" is money
collected, "cut 40 trees" a count."""
_GAP = (rf"(?:(?:(?!(?:{UP}|{DOWN}|{UP_BY}|{DOWN_BY}|while|but|whereas|were|was|had|have|has)\b)[\w'’-]+\s+){{0,4}}?by\s+)")
MOVE_VERB = re.compile(rf"(?i)\b(?:{UP}|{DOWN}|{UP_BY}|{DOWN_BY})\b")
"""Any verb that moves a figure, up or down ("rose", "fell", "cut", "raised"): what a context is, the move set aside."""
APPOSITIVE = r",\s+(?:the|a|an|which|who)\s[^,]{1,60},"
"""An aside set off by commas: "Germany's 10-year Bund yield, the benchmark for the bloc, fell"."""
MOVED_BEFORE = re.compile(rf"(?i)\b(?:(?P<up>{UP}|(?:{UP_BY})(?=\s+{_GAP}))|(?P<down>{DOWN}|(?:{DOWN_BY})(?=\s+{_GAP})))\s+{_GAP}?"
                          r"(?:(?:about|almost|nearly|some|roughly|around|more\s+than|over|just\s+over|a\s+further|another)\s+)?$")
"""Before a figure that is a move: "rose 2%", "fell by about 3%", "added 150,000 jobs", "cut rates by 0.25
points", "cut rates as expected by 25 basis points" (not a level: "rose to 2%", "fell to 40"; nor another
clause's verb: "exports rose while imports dropped by 3%" is a drop)."""

"""Words several stages read the same way: the months, the days of the week, what is counted in millions."""

from __future__ import annotations

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

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
      r"jumped|jumps?|surged|surges?|soared|soars?|advanced|added|adds?|raised|raises?|raising|hiked|hikes?|lifted|lifts?|"
      r"boosted|boosts?")
DOWN = (r"fell|falls?|fallen|falling|down|dropped|drops?|declined|declines?|decreased|decreases?|slid|slides?|slipped|"
        r"slips?|lost|loses?|shed|sheds|shrank|shrunk|shrinks?|plunged|plunges?|tumbled|tumbles?|sank|sinks?|slumped|"
        r"slumps?|contracted|contracts?|eased|eases?|cut|cuts|cutting|reduced|reduces?|lowered|lowers?|slashed|slashes|"
        r"trimmed|trims?")
MOVED_BEFORE = (rf"(?i)\b(?:(?P<up>{UP})|(?P<down>{DOWN}))\s+(?:(?:(?!(?:{UP}|{DOWN}|while|but|whereas|were|was|had|have|"
                rf"has)\b)[\w'’-]+\s+){{0,4}}?by\s+)?(?:(?:about|almost|nearly|some|"
                r"roughly|around|more\s+than|over|just\s+over|a\s+further|another)\s+)?$")
"""Before a figure that is a move: "rose 2%", "fell by about 3%", "added 150,000 jobs", "cut rates by 0.25
points", "cut rates as expected by 25 basis points" (not a level: "rose to 2%", "fell to 40"; nor another
clause's verb: "exports rose while imports dropped by 3%" is a drop)."""

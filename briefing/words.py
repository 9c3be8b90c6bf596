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

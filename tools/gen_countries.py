#!/usr/bin/env python3
"""Generate data/countries.tsv: all 249 ISO 3166-1 entries.

Inputs:
  * pycountry (authoritative list of ISO 3166-1 codes, ISO short/official names)
  * world-countries npm package countries.json (common names, altSpellings,
    English demonyms, capitals)
  * data/country_overrides.tsv (hand-maintained additions/removals)

Usage: python tools/gen_countries.py [--world-countries PATH/countries.json]
"""
import argparse
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (DATA, PYCOUNTRY, WORLD_COUNTRIES, clean, fold, is_latin,  # noqa: E402
                    read_rows, uniq, write_table)

import pycountry  # noqa: E402

DEFAULT_WC = "/tmp/gen-npm/node_modules/world-countries/countries.json"

# Words that may appear in an English country name besides the names themselves.
FUNCTION_WORDS = {
    "of", "the", "and", "The", "Republic", "Kingdom", "State", "States", "Islands",
    "Island", "Federation", "Federal", "Democratic", "People's", "Commonwealth",
    "Union", "United", "Principality", "Grand", "Duchy", "Sultanate", "Islamic",
    "Socialist", "Independent", "Territory", "Bailiwick", "Collectivity",
    "Department", "Nation", "Abode", "Peace", "Special", "Administrative", "Region",
    "Plurinational", "Bolivarian", "Oriental", "Co-operative", "Hashemite", "Arab",
    "Most", "Serene", "Sovereign", "Country", "Former",
}


def alias_words(s):
    return [w for w in re.split(r"[\s\-/]+", s.replace(",", " ")) if w]


def english_ok(alias, vocab):
    """Heuristic: keep a world-countries altSpelling only if it is written in
    English, i.e. all of its words already occur in English names/capitals."""
    return all(fold(w) in vocab for w in alias_words(alias))


def plural(d):
    """English plural of a demonym noun, or None where the plural is the same word."""
    last = d.split()[-1]
    if last.endswith(("ese", "ish", "ch", "ss", "sh", "x", "s", "z", "y")) or "-" in last and last.lower().startswith("ni-"):
        return None
    if last.endswith(("an", "i", "er", "ot", "ek", "ine", "ite", "ar", "ak", "ene", "ic", "in")):
        if last.endswith("ic"):  # Icelandic, Greenlandic: adjectives only
            return None
        return d + "s"
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--world-countries", default=DEFAULT_WC,
                    help="path to world-countries@5.1.0 countries.json")
    ap.add_argument("--out", default=os.path.join(DATA, "countries.tsv"))
    args = ap.parse_args()

    with open(args.world_countries, encoding="utf-8") as f:
        wc = {c["cca2"]: c for c in json.load(f)}

    iso = sorted(pycountry.countries, key=lambda c: c.alpha_2)
    if len(iso) != 249:
        sys.exit(f"expected 249 ISO 3166-1 entries, pycountry has {len(iso)}")

    # Vocabulary of English words seen in authoritative English names and capitals.
    vocab = set(fold(w) for w in FUNCTION_WORDS)
    for c in iso:
        for attr in ("name", "official_name", "common_name"):
            v = getattr(c, attr, None)
            if v:
                vocab.update(fold(w) for w in alias_words(v))
    for c in wc.values():
        for s in [c["name"]["common"], c["name"]["official"]] + c.get("capital", []):
            vocab.update(fold(w) for w in alias_words(s))
        eng = c["name"].get("native", {}).get("eng")
        if eng:
            vocab.update(fold(w) for w in alias_words(eng["common"]) + alias_words(eng["official"]))

    overrides = read_rows(os.path.join(DATA, "country_overrides.tsv"), 4)
    codes = {c.alpha_2 for c in iso}
    for code, field, op, value in overrides:
        if code not in codes:
            sys.exit(f"country_overrides.tsv: unknown code {code}")
        if field not in ("name", "aliases", "demonyms", "capital") or op not in "+-" or len(op) != 1:
            sys.exit(f"country_overrides.tsv: bad row {code} {field} {op} {value}")

    recs = {}
    for c in iso:
        w = wc.get(c.alpha_2)
        name = w["name"]["common"] if w else (getattr(c, "common_name", None) or c.name)
        cands = []
        # ISO names first (authoritative), then world-countries names and altSpellings.
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v:
                cands.append(v)
        alt = []
        if w:
            cands += [w["name"]["common"], w["name"]["official"]]
            alt = list(w.get("altSpellings", []))
        aliases = []
        for a in cands:
            aliases.append(a)
        for a in alt:
            # altSpellings: English-looking and plain ASCII only (diacritic variants of
            # English names are regenerated below by folding).
            if a.isascii() and english_ok(a, vocab):
                aliases.append(a)
        # Normalise: strip a leading article, drop inverted ISO forms ("Korea, Republic of"),
        # parenthesised forms, non-Latin script and bare codes.
        norm = []
        for a in aliases:
            a = clean(a)
            a = re.sub(r"^(the|The) ", "", a)
            if "," in a or "(" in a:
                continue
            if not is_latin(a):
                continue
            if re.fullmatch(r"[A-Z]{2,3}", a):
                continue
            norm.append(a)
        demonyms = []
        if w:
            eng = (w.get("demonyms") or {}).get("eng") or {}
            for key in ("m", "f"):
                for d in re.split(r",\s*|\s+or\s+", eng.get(key, "") or ""):
                    d = clean(d)
                    if d:
                        demonyms.append(d)
        capital = ""
        if w and w.get("capital"):
            capital = clean(w["capital"][0])
        recs[c.alpha_2] = {
            "alpha3": c.alpha_3, "name": clean(name), "aliases": norm,
            "demonyms": uniq(demonyms), "capital": capital,
            "independent": bool(w and w.get("independent")),
        }

    # Removals first, so that a removed source demonym does not get a plural.
    for code, field, op, value in overrides:
        if op == "-" and field in ("aliases", "demonyms"):
            recs[code][field] = [x for x in recs[code][field] if x != value]
    # Automatic demonym plurals (Israeli -> Israelis, New Zealander -> New Zealanders).
    for r in recs.values():
        extra = []
        for d in r["demonyms"]:
            p = plural(d)
            if p:
                extra.append(p)
        r["demonyms"] = uniq(r["demonyms"] + extra)

    # Curated overrides.
    for code, field, op, value in overrides:
        r = recs[code]
        if field in ("name", "capital"):
            if op == "+":
                if field == "name" and r["name"] != value:
                    r["aliases"].append(r["name"])
                r[field] = value
            continue
        if op == "+":
            r[field].append(value)
        else:
            r[field] = [x for x in r[field] if x != value]
    # Demonyms shared with an independent country are dropped from dependencies
    # (French for TF, Dutch for BQ, Indian for IO, ...).
    indep_dem = {}
    for code, r in recs.items():
        if r["independent"]:
            for d in r["demonyms"]:
                indep_dem.setdefault(d, set()).add(code)
    for code, r in recs.items():
        if not r["independent"]:
            r["demonyms"] = [d for d in r["demonyms"] if d not in indep_dem]

    # Variant spellings: ASCII-folded, "St"/"St." for Saint, "&" for a single "and".
    for r in recs.values():
        forms = [r["name"]] + r["aliases"]
        variants = []
        for a in forms:
            fa = fold(a)
            if fa != a:
                variants.append(fa)
        for a in uniq([r["name"], fold(r["name"])]):
            if "," in a:
                continue
            if a.startswith("Saint "):
                variants += ["St " + a[6:], "St. " + a[6:]]
            if a.count(" and ") == 1:
                variants.append(a.replace(" and ", " & "))
        r["aliases"] = uniq(r["aliases"] + variants)
        r["aliases"] = [a for a in r["aliases"] if a != r["name"]]
        r["demonyms"] = uniq(r["demonyms"] + [fold(d) for d in r["demonyms"]])

    # Apply removals once more so that an override can also remove an automatic variant.
    for code, field, op, value in overrides:
        if op == "-" and field in ("aliases", "demonyms"):
            recs[code][field] = [x for x in recs[code][field] if x != value]

    # Sanity: an alias must not name two countries, unless the overrides say
    # so for both ("Congo": the core reads it by context, the first code wins
    # a tie).
    explicit = {(code, value) for code, field, op, value in overrides
                if field == "aliases" and op == "+"}
    owner = {}
    for code, r in sorted(recs.items()):
        for a in [r["name"]] + r["aliases"]:
            if a in owner and owner[a] != code and (code, a) not in explicit:
                print(f"warning: '{a}' is both {owner[a]} and {code}; dropped from {code}", file=sys.stderr)
                r["aliases"] = [x for x in r["aliases"] if x != a]
            else:
                owner[a] = code

    rows = []
    for code in sorted(recs):
        r = recs[code]
        rows.append([code, r["alpha3"], r["name"], "|".join(r["aliases"]),
                     "|".join(r["demonyms"]), r["capital"]])
    write_table(
        args.out, "gen_countries.py",
        [PYCOUNTRY, WORLD_COUNTRIES,
         "data/country_overrides.tsv (hand-maintained, general knowledge)"],
        ["code", "alpha3", "name", "aliases", "demonyms", "capital"], rows,
        notes=["one row per ISO 3166-1 alpha-2 code (249); multi-valued fields use '|'",
               "aliases: other names for the whole country (ISO/official/former/abbreviations), "
               "ASCII-folded variants included"])


if __name__ == "__main__":
    main()

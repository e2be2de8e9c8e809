#!/usr/bin/env python3
"""Validate the hand-written test data under tests/data/ (stdlib only).

Usage:  python3 tests/data/check.py        (from anywhere)

Checks the three formats described in tests/data/README.md:
  pages/*.page          line-labelled scraped pages (T/S/B/J)
  entities/*.ent        inline-bracketed entity annotations
  countries/hard.tsv    sentence <TAB> ISO codes <TAB> note

Prints counts and exits with status 1 if any error was found.
The parse_* functions are small reference parsers the Rust side can mirror.
"""
import collections
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- pages
PAGE_LABELS = ("T", "S", "B", "J")
JUNK_REASONS = {
    "navigation", "breadcrumb", "cookie notice", "newsletter sign-up",
    "share buttons", "advertisement marker", "link list",
    "related-articles link list", "unrelated story block",
    "section header of an unrelated news block", "author biography",
    "byline", "timestamp", "photo caption", "credits", "copyright",
    "comment prompt", "language selector", "download promo",
    "app promotion", "subscription prompt", "tag list", "pagination",
    "social follow", "site footer", "legal notice", "login prompt",
    "pull quote",
}
PAGE_MIN_LINES, PAGE_MAX_LINES = 20, 120


def parse_page_line(line):
    """Return (label, reason, text) for one line of a .page file.

    label is "" for an empty line; reason is None unless label == "J".
    Raises ValueError on a malformed line. The text itself may contain '|'.
    """
    line = line.rstrip("\n").rstrip("\r")
    if line == "":
        return ("", None, "")
    label, sep, rest = line.partition("|")
    if not sep or label not in PAGE_LABELS:
        raise ValueError("line must start with T|, S|, B| or J|<reason>|")
    if label == "J":
        reason, sep2, text = rest.partition("|")
        if not sep2:
            raise ValueError("J line needs J|<reason>|<text>")
        if reason not in JUNK_REASONS:
            raise ValueError("unknown junk reason %r" % reason)
        return (label, reason, text)
    return (label, None, rest)


def check_pages(errors):
    files = sorted(glob.glob(os.path.join(HERE, "pages", "*.page")))
    stats = collections.Counter()
    reasons = collections.Counter()
    no_title = []
    for path in files:
        name = os.path.relpath(path, HERE)
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        if lines and lines[-1] == "":
            lines.pop()  # trailing newline at end of file
        n_title = 0
        n_body = 0
        for i, line in enumerate(lines, 1):
            try:
                label, reason, text = parse_page_line(line)
            except ValueError as exc:
                errors.append("%s:%d: %s" % (name, i, exc))
                continue
            if label == "":
                stats["empty"] += 1
                continue
            if text.strip() == "":
                errors.append("%s:%d: empty text after label" % (name, i))
            if text != text.strip():
                errors.append("%s:%d: leading/trailing whitespace in text" % (name, i))
            stats[label] += 1
            if label == "J":
                reasons[reason] += 1
            if label == "T":
                n_title += 1
            if label == "B":
                n_body += 1
        if not (PAGE_MIN_LINES <= len(lines) <= PAGE_MAX_LINES):
            errors.append("%s: %d lines, expected %d-%d"
                          % (name, len(lines), PAGE_MIN_LINES, PAGE_MAX_LINES))
        if n_title > 1:
            errors.append("%s: %d T| lines (at most one allowed)" % (name, n_title))
        if n_title == 0:
            no_title.append(os.path.basename(path))
        if n_body == 0:
            errors.append("%s: no B| lines" % name)
    return files, stats, reasons, no_title


# ------------------------------------------------------------- entities
ENT_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP")
ENT_RE = re.compile(r"\[([^\[\]|]+)\|([A-Z]+)(?:\|([^\[\]|]+))?\]")
# "U.S.", "U.K.": a final dot that belongs to an abbreviation is allowed.
ABBREV_RE = re.compile(r"^(?:[A-Z]\.){2,}$")
# Names whose own spelling ends in 's (not a possessive).
NAMES_ENDING_IN_S = {"Sotheby's", "McDonald's", "Sainsbury's", "Macy's", "Lloyd's"}
TITLE_WORDS = ("Mr ", "Mrs ", "Ms ", "Dr ", "Mr. ", "Mrs. ", "Dr. ", "Sir ",
               "President ", "Prime Minister ", "Chancellor ", "Cllr ",
               "Judge ", "Senator ", "King ", "Queen ")


def parse_ent_line(line):
    """Return (plain_text, entities) for one annotated line.

    entities: list of (start, end, surface, type, canonical_or_None),
    start/end are character offsets into plain_text (Python str indices,
    i.e. Unicode code points; end exclusive).
    Raises ValueError on malformed markup.
    """
    out = []
    ents = []
    pos = 0
    for m in ENT_RE.finditer(line):
        chunk = line[pos:m.start()]
        if "[" in chunk or "]" in chunk:
            raise ValueError("unbalanced or malformed bracket near %r" % chunk[-30:])
        out.append(chunk)
        surface, typ, canon = m.group(1), m.group(2), m.group(3)
        if typ not in ENT_TYPES:
            raise ValueError("unknown type %r" % typ)
        start = sum(len(c) for c in out)
        out.append(surface)
        ents.append((start, start + len(surface), surface, typ, canon))
        pos = m.end()
    tail = line[pos:]
    if "[" in tail or "]" in tail:
        raise ValueError("unbalanced or malformed bracket near %r" % tail[:30])
    return "".join(out), ents


def check_entities(errors):
    files = sorted(glob.glob(os.path.join(HERE, "entities", "*.ent")))
    per_file = {}
    types = collections.Counter()
    n_lines = n_ents = n_canon = n_empty_lines = 0
    for path in files:
        name = os.path.relpath(path, HERE)
        count = 0
        with open(path, encoding="utf-8") as fh:
            for i, raw in enumerate(fh, 1):
                line = raw.rstrip("\n").rstrip("\r")
                if line.strip() == "" or line.lstrip().startswith("#"):
                    continue
                try:
                    text, ents = parse_ent_line(line)
                except ValueError as exc:
                    errors.append("%s:%d: %s" % (name, i, exc))
                    continue
                count += 1
                if not ents:
                    n_empty_lines += 1
                for start, end, surface, typ, canon in ents:
                    where = "%s:%d: [%s|%s]" % (name, i, surface, typ)
                    if surface != surface.strip():
                        errors.append(where + " has surrounding whitespace")
                    if surface[-1] in ".,;:!?\"'”’)" and not ABBREV_RE.match(surface):
                        errors.append(where + " ends with punctuation")
                    if re.search(r"['’][sS]$", surface) and surface not in NAMES_ENDING_IN_S:
                        errors.append(where + " includes possessive 's")
                    if surface.lower().startswith("the "):
                        errors.append(where + " starts with 'the' (put it outside)")
                    if surface.startswith(TITLE_WORDS):
                        errors.append(where + " includes a title/honorific")
                    if canon is not None:
                        n_canon += 1
                        if canon == surface:
                            errors.append(where + " canonical equals surface text")
                        if canon != canon.strip():
                            errors.append(where + " canonical has surrounding whitespace")
                    if text[start:end] != surface:
                        errors.append(where + " offset bug")
                    types[typ] += 1
                    n_ents += 1
        per_file[os.path.basename(path)] = count
        n_lines += count
    return files, per_file, types, n_lines, n_ents, n_canon, n_empty_lines


# ------------------------------------------------------------ countries
CODE_RE = re.compile(r"^[A-Z]{2}$")


def parse_country_line(line):
    """Return (sentence, [codes], note). Raises ValueError if malformed."""
    line = line.rstrip("\n").rstrip("\r")
    parts = line.split("\t")
    if len(parts) != 3:
        raise ValueError("expected 3 tab-separated fields, got %d" % len(parts))
    sentence, codes, note = parts
    codes_list = codes.split(",") if codes else []
    return sentence, codes_list, note


def check_countries(errors):
    path = os.path.join(HERE, "countries", "hard.tsv")
    name = os.path.relpath(path, HERE)
    seen = set()
    n = n_none = 0
    codes_seen = collections.Counter()
    with open(path, encoding="utf-8") as fh:
        for i, raw in enumerate(fh, 1):
            try:
                sentence, codes, note = parse_country_line(raw)
            except ValueError as exc:
                errors.append("%s:%d: %s" % (name, i, exc))
                continue
            if not sentence.strip() or sentence != sentence.strip():
                errors.append("%s:%d: empty sentence or surrounding whitespace" % (name, i))
            if not note.strip():
                errors.append("%s:%d: empty note" % (name, i))
            if sentence in seen:
                errors.append("%s:%d: duplicate sentence" % (name, i))
            seen.add(sentence)
            for c in codes:
                if not CODE_RE.match(c):
                    errors.append("%s:%d: bad code %r" % (name, i, c))
                codes_seen[c] += 1
            if codes != sorted(codes):
                errors.append("%s:%d: codes not sorted" % (name, i))
            if len(codes) != len(set(codes)):
                errors.append("%s:%d: duplicate code" % (name, i))
            n += 1
            if not codes:
                n_none += 1
    return n, n_none, codes_seen


def main():
    errors = []
    pfiles, pstats, reasons, no_title = check_pages(errors)
    efiles, per_file, types, n_lines, n_ents, n_canon, n_plain = check_entities(errors)
    n_c, n_c_none, codes_seen = check_countries(errors)

    print("pages: %d files, %d lines (T %d, S %d, B %d, J %d, empty %d)" % (
        len(pfiles), sum(pstats.values()), pstats["T"], pstats["S"],
        pstats["B"], pstats["J"], pstats["empty"]))
    print("  pages without a T| headline: %s" % ", ".join(no_title))
    print("  junk reasons used: %d of %d" % (len(reasons), len(JUNK_REASONS)))
    print("entities: %d files, %d annotated lines (%d with no entity), %d entities, %d with canonical" % (
        len(efiles), n_lines, n_plain, n_ents, n_canon))
    print("  by type: " + ", ".join("%s %d" % (t, types[t]) for t in ENT_TYPES))
    print("  by file: " + ", ".join("%s %d" % kv for kv in sorted(per_file.items())))
    print("countries: %d sentences (%d expect no country), %d distinct codes" % (
        n_c, n_c_none, len(codes_seen)))
    if errors:
        print("\n%d ERROR(S):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""Fills a language's .ts file from its reviewed dictionary, translations/badgedesk_LANG.tsv.

The dictionary is the source of truth: a translator edits the .tsv (one message a line: source,
disambiguation comment, translation, and for %n messages the plural form; the comment column may
instead name a context, "@badgedesk::StepPathWidget", where a word needs another form there), lupdate brings new
source strings into the .ts, and this script writes every translation it finds into the .ts.
Messages the dictionary lacks stay type="unfinished" (Qt then shows the English text).

    fill_translations.py es                # fill translations/badgedesk_es.ts
    fill_translations.py es --check        # fail (exit 1) on any unfinished message, list them
    fill_translations.py es --check --ts other.ts   # check another .ts (e.g. fresh from lupdate)
    fill_translations.py es --missing      # print the untranslated messages as .tsv lines to fill in

A translation must keep the source's placeholders (%1.., %n, %Ln), its number of '&' (the
accelerator) and its leading/trailing spaces (the pieces are joined in code); a line that breaks
this is refused and reported, so the .ts never gets a broken message.
"""
import argparse
import os
import re
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLACEHOLDER = re.compile(r"%L?n|%L?\d+")


def unescape(text):
    return text.replace("\\n", "\n")


def escape(text):
    return text.replace("\n", "\\n")


def read_dictionary(path):
    entries = {}
    problems = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            columns = line.split("\t")
            if len(columns) < 3:
                problems.append("%s:%d: needs source, comment and translation columns" % (path, number))
                continue
            source, comment, forms = unescape(columns[0]), columns[1], [unescape(c) for c in columns[2:]]
            entries[(source, comment)] = (forms, number)
    return entries, problems


def check_form(source, form, numerus):
    wanted = set(PLACEHOLDER.findall(source))
    got = set(PLACEHOLDER.findall(form))
    if numerus:
        # A singular form may say "one" instead of %n.
        wanted -= {"%n", "%Ln"}
        got -= {"%n", "%Ln"}
    if wanted != got:
        return "placeholders %s, source has %s" % (sorted(got), sorted(wanted))
    if source.count("&") != form.count("&"):
        return "%d '&' (accelerator), source has %d" % (form.count("&"), source.count("&"))
    if (len(source) - len(source.lstrip(" ")), len(source) - len(source.rstrip(" "))) != (
        len(form) - len(form.lstrip(" ")),
        len(form) - len(form.rstrip(" ")),
    ):
        return "leading/trailing spaces differ from the source"
    return None


def messages(tree):
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def lookup(entries, source, comment, context):
    # A line for this context ("@badgedesk::StepPathWidget" in the comment column) wins over one
    # for the disambiguation comment, which wins over the general line.
    return (
        entries.get((source, "@" + context))
        or entries.get((source, comment))
        or (entries.get((source, "")) if comment else None)
    )


def fill(ts_path, entries, used=None):
    tree = ET.parse(ts_path)
    filled, unfinished, problems = 0, [], []
    for context, message in messages(tree):
        source = message.findtext("source") or ""
        comment = message.findtext("comment") or ""
        numerus = message.get("numerus") == "yes"
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        found = lookup(entries, source, comment, context)
        if found and used is not None:
            used.add(found[1])
        error = None
        if found:
            forms, line = found
            if numerus and len(forms) != 2:
                error = "line %d: a %%n message needs two forms (one, more)" % line
            elif not numerus and len(forms) != 1:
                error = "line %d: one translation expected" % line
            else:
                for form in forms:
                    error = error or check_form(source, form, numerus)
                if error:
                    error = "line %d: %s" % (line, error)
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if not found or error:
            translation.set("type", "unfinished")
            unfinished.append((context, source, comment, numerus))
            if error:
                problems.append("%s: %r: %s" % (context, source, error))
            continue
        translation.attrib.pop("type", None)
        if numerus:
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = forms[0]
        filled += 1
    return tree, filled, unfinished, problems


def write(tree, path):
    ET.indent(tree, space="    ")
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("language")
    parser.add_argument("--check", action="store_true", help="fail on unfinished messages; write nothing")
    parser.add_argument("--missing", action="store_true", help="print untranslated messages as .tsv lines")
    parser.add_argument("--ts", help="the .ts file (default translations/badgedesk_LANG.ts)")
    args = parser.parse_args()
    ts_path = args.ts or os.path.join(ROOT, "translations", "badgedesk_%s.ts" % args.language)
    dictionary = os.path.join(ROOT, "translations", "badgedesk_%s.tsv" % args.language)
    entries, problems = read_dictionary(dictionary)
    used = set()
    tree, filled, unfinished, fill_problems = fill(ts_path, entries, used)
    problems += fill_problems
    for problem in problems:
        print(problem, file=sys.stderr)
    if args.missing:
        for _, source, comment, numerus in unfinished:
            print("\t".join([escape(source), comment, "", ""] if numerus else [escape(source), comment, ""]))
        return 0
    if args.check:
        if unfinished:
            print("%s: %d of %d messages have no %s translation in %s (add them there, then run "
                  "scripts/update-translations.sh):" % (ts_path, len(unfinished), len(unfinished) + filled,
                                                         args.language, dictionary), file=sys.stderr)
            for context, source, comment, _ in unfinished:
                print("  %s: %s%s" % (context, escape(source), " [%s]" % comment if comment else ""), file=sys.stderr)
            return 1
        print("%s: all %d messages translated" % (ts_path, filled))
        return 0
    tree.getroot().set("language", args.language)
    write(tree, ts_path)
    print("%s: %d messages translated, %d unfinished" % (ts_path, filled, len(unfinished)))
    unused = sorted(line for _, line in entries.values() if line not in used)
    if unused:
        # Strings gone from the sources; kept harmlessly, listed so the dictionary can be tidied.
        print("%s: lines no message uses any more: %s" % (dictionary, ", ".join(map(str, unused))))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""Fills the English plural forms in translations/badgedesk_en.ts: the source texts say
"%n row(s)"; English needs "%n row" for one and "%n rows" for more. Only numerus messages are
touched; everything else falls back to the source text at run time."""
import sys
import xml.etree.ElementTree as ET


def forms(source):
    if "(s)" in source:
        return [source.replace("(s)", ""), source.replace("(s)", "s")]
    return [source, source]


def main(path):
    tree = ET.parse(path)
    filled = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in forms(source):
            ET.SubElement(translation, "numerusform").text = form
        filled += 1
    ET.indent(tree, space="    ")
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    print("%s: %d plural messages filled" % (path, filled))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "translations/badgedesk_en.ts")

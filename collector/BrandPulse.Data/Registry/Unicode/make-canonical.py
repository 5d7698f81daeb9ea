#!/usr/bin/env python3
"""Writes canonical.txt, the Unicode data UnicodeNormalizer needs (the programs run with invariant globalization,
where string.Normalize does nothing): per code point with a non-zero canonical combining class or a canonical
decomposition, one line `code;class;decomposition;flag` (hex, decomposition one level deep, space-separated;
flag `x` when the code point is never recomposed: a singleton, non-starter or composition exclusion).
Hangul syllables are algorithmic and not listed. Run: python3 make-canonical.py > canonical.txt"""
import sys
import unicodedata as u

print(f"# Unicode {u.unidata_version} canonical data, made by make-canonical.py from Python's unicodedata")
for cp in range(0x110000):
    if 0xAC00 <= cp <= 0xD7A3 or 0xD800 <= cp <= 0xDFFF:
        continue
    c = chr(cp)
    ccc = u.combining(c)
    d = u.decomposition(c)
    canonical = d if d and not d.startswith("<") else ""
    if ccc == 0 and not canonical:
        continue
    flag = ""
    if canonical:
        # Recomposed only if NFC gives the character back from its decomposition.
        flag = "" if u.normalize("NFC", u.normalize("NFD", c)) == c and len(canonical.split()) == 2 else "x"
    print(f"{cp:04X};{ccc};{canonical};{flag}")

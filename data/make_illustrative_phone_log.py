#!/usr/bin/env python3
"""Writes illustrative_phone_log.csv: a small, deterministic, MADE-UP phone log.

No licensed real phone data exists for these brands. This log only lets the default build show the phone channel
beside Twitter; every figure derived from it is labelled "illustrative" on the site. Re-running this script
gives the same file byte for byte (fixed seed, Python's Mersenne Twister).
"""
import csv
import math
import random
from datetime import datetime, timedelta, timezone

# brand (registry display name), calls, median minutes to a human, share abandoned before a human
BRANDS = [
    ("Apple", 60, 14.0, 0.10),
    ("Rockstar Games", 40, 48.0, 0.30),
    ("Adobe", 40, 26.0, 0.15),
    ("Google", 36, 35.0, 0.20),
    ("Spotify", 34, 9.0, 0.08),
    ("Tesco", 32, 22.0, 0.18),
    ("Chase", 38, 31.0, 0.22),
]

def main() -> None:
    rng = random.Random(20200401)
    start = datetime(2020, 3, 2, 8, 0, tzinfo=timezone.utc)
    rows = []
    for brand, calls, median, abandon in BRANDS:
        for i in range(calls):
            day = rng.randrange(0, 40)
            minute = rng.randrange(0, 10 * 60)
            began = start + timedelta(days=day, minutes=minute, seconds=rng.randrange(60))
            wait = median * math.exp(rng.gauss(0, 0.8))
            ref = f"ILLUS-{brand.upper().replace(' ', '')[:6]}-{i + 1:03d}"
            if rng.random() < abandon:
                hung_up = began + timedelta(minutes=wait * rng.uniform(0.2, 0.9))
                rows.append((ref, brand, "phone", iso(began), "", iso(hung_up)))
            else:
                answered = began + timedelta(minutes=wait)
                rows.append((ref, brand, "phone", iso(began), iso(answered), ""))
    with open("illustrative_phone_log.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "brand", "channel", "complained_at", "answered_at", "observed_until"])
        w.writerows(rows)

def iso(t: datetime) -> str:
    return t.replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")

if __name__ == "__main__":
    main()

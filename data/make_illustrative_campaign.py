#!/usr/bin/env python3
"""Writes campaigns/demo-2026-12.json and illustrative_campaign_export.csv: a small, deterministic, MADE-UP field
campaign.

No volunteer has run a campaign yet. This one only lets the default build show what a field campaign publishes
(calls timed by volunteers with every outcome, written complaints sent around the December 2026 holidays and their
answers); every figure derived from it is labelled "illustrative" on the site. The brands are registry brands, their
phone numbers, addresses and forms are invented. Re-running this script gives the same files byte for byte (fixed
seed, Python's Mersenne Twister).
"""
import csv
import json
import math
import random
import uuid
from datetime import date, datetime, timedelta, timezone

SLUG = "demo-diciembre-2026"
MADRID = timezone(timedelta(hours=1))  # Europe/Madrid in December and January (CET)
START, END = date(2026, 12, 1), date(2026, 12, 31)
MIN_WAIT, MAX_WAIT = 180, 900

# registry slug, phone number, median seconds to a person, share of calls: cut off, busy, no person offered,
# menu offers a person, written: share answered, median days to a real answer, share first answered automatically
BRANDS = [
    ("o2", "900 100 001", 95, 0.05, 0.05, 0.00, 0.90, 0.85, 4, 0.6),
    ("t-mobile", "900 100 002", 420, 0.15, 0.10, 0.10, 0.40, 0.55, 12, 0.8),
    ("chase", "900 100 003", 200, 0.08, 0.08, 0.05, 0.70, 0.70, 8, 0.5),
    ("spotify", "900 100 004", 600, 0.10, 0.05, 0.25, 0.20, 0.45, 20, 0.9),
]
VOLUNTEERS = ["Lucía", "Marc", "Aitziber", "Xoán", "Carmen"]
ASKED = {"Lucía": "es", "Marc": "ca", "Aitziber": "eu", "Xoán": "gl", "Carmen": "es"}
WINDOWS = [(9, 11), (16, 18)]
COLUMNS = ["attempt_id", "campaign", "brand", "contact", "channel", "volunteer", "device_id", "dialed_at",
           "connected_at", "asked_person_at", "person_at", "ended_at", "outcome", "menu_offered_person",
           "language_asked", "language_served", "tracking_code", "sent_at", "first_answer_at", "first_answer_kind",
           "real_answer_at", "answer_language", "updated_at"]


def campaign() -> dict:
    return {
        "slug": SLUG,
        "name": "Demo: llamadas y reclamaciones de diciembre de 2026",
        "illustrative": True,
        "starts": START.isoformat(),
        "ends": END.isoformat(),
        "region": "ES-MD",
        "time_zone": "Europe/Madrid",
        "protocol": {
            "min_wait_seconds": MIN_WAIT,
            "max_wait_seconds": MAX_WAIT,
            "attempts_per_contact": 3,
            "call_windows": [f"{a:02d}:00-{b:02d}:00" for a, b in WINDOWS],
            "written_observation_days": 40,
        },
        "brands": [
            {"brand": slug, "contacts": [
                {"id": f"{slug}-phone", "channel": "phone", "address": number, "label": "Atención al cliente"},
                {"id": f"{slug}-email", "channel": "email", "address": f"reclamaciones@{slug}.example.com", "label": "Correo de reclamaciones"},
                {"id": f"{slug}-webform", "channel": "webform", "address": f"https://{slug}.example.com/reclamaciones", "label": "Formulario web"},
            ]}
            for slug, number, *_ in BRANDS
        ],
    }


def main() -> None:
    rng = random.Random(20261201)
    devices = {v: uuid.UUID(int=rng.getrandbits(128), version=4).hex[:16] for v in VOLUNTEERS}
    rows = []
    for brand in BRANDS:
        for attempt in range(15):
            rows.append(call(rng, brand, VOLUNTEERS[attempt % len(VOLUNTEERS)], devices, attempt))
        for attempt in range(8):
            rows.append(written(rng, brand, VOLUNTEERS[(attempt + 2) % len(VOLUNTEERS)], devices, attempt))
    rows.sort(key=lambda r: (r["dialed_at"] or r["sent_at"], r["attempt_id"]))
    with open("illustrative_campaign_export.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    with open("campaigns/demo-2026-12.json", "w", encoding="utf-8", newline="\n") as f:
        json.dump(campaign(), f, ensure_ascii=False, indent=2)
        f.write("\n")


def base(rng, slug, volunteer, devices, contact, channel) -> dict:
    row = {c: "" for c in COLUMNS}
    row.update(attempt_id=str(uuid.UUID(int=rng.getrandbits(128), version=4)), campaign=SLUG, brand=slug,
               contact=f"{slug}-{contact}", channel=channel, volunteer=volunteer, device_id=devices[volunteer])
    return row


def call(rng, brand, volunteer, devices, attempt) -> dict:
    slug, _, median, p_cut, p_busy, p_none, p_menu, *_ = brand
    row = base(rng, slug, volunteer, devices, "phone", "phone")
    # Every fifth call of a brand goes a fixed way, so that each brand shows every outcome; the others are drawn.
    forced = ["busy_no_answer", "cut_off", "hung_up_after_wait", "no_person_offered", None][attempt % 5] if attempt < 5 else None
    day = START + timedelta(days=rng.randrange(0, 23))
    while day.weekday() >= 5:
        day += timedelta(days=1)
    a, b = WINDOWS[rng.randrange(len(WINDOWS))]
    dialed = datetime(day.year, day.month, day.day, a, 0, tzinfo=MADRID) + timedelta(seconds=rng.randrange((b - a) * 3600 - 3600))
    draw = rng.random()
    outcome = forced or ("busy_no_answer" if draw < p_busy else "cut_off" if draw < p_busy + p_cut
                         else "no_person_offered" if draw < p_busy + p_cut + p_none else "wait")
    row.update(dialed_at=iso(dialed), language_asked=ASKED[volunteer])
    if outcome == "busy_no_answer":
        row.update(ended_at=iso(dialed + timedelta(seconds=rng.randint(8, 40))), outcome=outcome)
        return stamp(row, dialed + timedelta(minutes=2))
    connected = dialed + timedelta(seconds=rng.randint(3, 25))
    menu = rng.random() < p_menu and outcome != "no_person_offered"
    asked = connected + timedelta(seconds=rng.randint(15, 90))
    row.update(connected_at=iso(connected), asked_person_at=iso(asked), menu_offered_person="yes" if menu else "no")
    if outcome == "no_person_offered":
        row.update(asked_person_at="", ended_at=iso(connected + timedelta(seconds=rng.randint(60, 170))), outcome=outcome)
        return stamp(row, connected + timedelta(minutes=5))
    if outcome == "cut_off":
        row.update(ended_at=iso(asked + timedelta(seconds=rng.randint(20, 560))), outcome=outcome)
        return stamp(row, connected + timedelta(minutes=12))
    wait = median * math.exp(rng.gauss(0, 0.7))
    if outcome == "hung_up_after_wait" or wait > MAX_WAIT:
        ended = connected + timedelta(seconds=rng.randint(MIN_WAIT + 5, MAX_WAIT) if outcome == "hung_up_after_wait" else MAX_WAIT + rng.randint(0, 20))
        row.update(ended_at=iso(ended), outcome="hung_up_after_wait")
        return stamp(row, ended + timedelta(minutes=3))
    person = max(asked + timedelta(seconds=5), connected + timedelta(seconds=round(wait)))
    served = ASKED[volunteer] if ASKED[volunteer] == "es" or rng.random() < 0.4 else "es"
    ended = person + timedelta(seconds=rng.randint(120, 600))
    row.update(person_at=iso(person), ended_at=iso(ended), outcome="reached_person", language_served=served,
               tracking_code="yes" if rng.random() < 0.6 else "no")
    return stamp(row, ended + timedelta(minutes=2))


def written(rng, brand, volunteer, devices, attempt) -> dict:
    slug, *_, p_answer, median_days, p_auto = brand
    contact = "email" if attempt % 2 == 0 else "webform"
    row = base(rng, slug, volunteer, devices, contact, contact)
    # Sent between 15 and 31 December: the 24th, 25th and 31st, and 1 and 6 January, fall inside their 15 working days.
    day = date(2026, 12, 15) + timedelta(days=rng.randrange(0, 17))
    sent = datetime(day.year, day.month, day.day, rng.randint(8, 22), rng.randrange(60), rng.randrange(60), tzinfo=MADRID)
    row.update(sent_at=iso(sent), language_asked=ASKED[volunteer])
    last = sent + timedelta(minutes=5)
    first = None
    if rng.random() < p_auto:
        first = sent + timedelta(seconds=rng.randint(20, 600))
        row.update(first_answer_at=iso(first), first_answer_kind="automatic",
                   tracking_code="yes" if rng.random() < 0.7 else "no")
        last = first
    if rng.random() < p_answer:
        days = median_days * math.exp(rng.gauss(0, 0.6))
        real = sent + timedelta(days=min(days, 38), hours=rng.randint(0, 8))
        kind = rng.choices(["substantive", "private_channel", "repeat"], [0.7, 0.2, 0.1])[0]
        lang = ASKED[volunteer] if rng.random() < 0.5 else "es"
        if first is None:
            row.update(first_answer_at=iso(real), first_answer_kind=kind, real_answer_at=iso(real), answer_language=lang)
        else:
            row.update(real_answer_at=iso(real), answer_language=lang)
        last = real
    return stamp(row, last + timedelta(hours=rng.randint(1, 30)))


def stamp(row: dict, updated: datetime) -> dict:
    row["updated_at"] = iso(updated)
    return row


def iso(t: datetime) -> str:
    return t.astimezone(MADRID).replace(microsecond=0).isoformat()


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes twcs_pandas_bare_cr.csv: data/twcs_kaggle_sample.csv as pandas re-saves it on Linux (df.to_csv(path)):
an unnamed index column, in_response_to_tweet_id as floats (the column has gaps), rows ending in LF, and, as in real
exports, a few texts holding a lone carriage return, which Python's csv module (pandas' writer) leaves unquoted when
rows end in LF. Run from this folder: python3 make_twcs_pandas_bare_cr.py"""
import csv

SPLIT = {"119237", "119255", "119262", "119265"}  # two complaints, a follow-up and a brand reply

with open("../../../../data/twcs_kaggle_sample.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))

with open("twcs_pandas_bare_cr.csv", "w", newline="", encoding="utf-8") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow([""] + rows[0])
    for i, row in enumerate(rows[1:]):
        tweet_id, author, inbound, created, text, responses, parent = row
        if tweet_id in SPLIT:
            words = text.split(" ")
            text = " ".join(words[:3]) + "\r" + " ".join(words[3:])
        w.writerow([i, tweet_id, author, inbound, created, text, responses, parent + ".0" if parent else ""])

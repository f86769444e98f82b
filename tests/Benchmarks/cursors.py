#!/usr/bin/env python3
"""Walks a list by cursor (tests/Benchmarks/run.sh) and writes "next" URLs from deep in the walk, one a line.

usage: cursors.py BASE_URL TOKEN QUERY TARGET_ROWS MAX_SECONDS OUT_FILE

Follows meta.nextCursor from BASE_URL/api/v1/resource?QUERY (the service's Link rel="next" URL when it sends one)
until TARGET_ROWS rows lie behind it or MAX_SECONDS have passed, and keeps the URLs of the last 50 pages. Prints
"depth=<rows walked> pages=<n> seconds=<s>", or "n/a: <reason>" and exit status 3 when the answers carry no cursor.
"""
import http.client
import json
import re
import sys
import time
import urllib.parse

KEEP = 50


def main():
    base, token, query, target, max_seconds, out = sys.argv[1:7]
    target, max_seconds = int(target), float(max_seconds)
    parsed = urllib.parse.urlsplit(base)
    connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=30)
    headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
    path = f"/api/v1/resource?{query}"
    kept, walked, pages, started = [], 0, 0, time.monotonic()
    while True:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        body = response.read()
        if response.status != 200:
            print(f"n/a: GET {path} answered {response.status}")
            return 3
        answer = json.loads(body)
        cursor = (answer.get("meta") or {}).get("nextCursor")
        if not cursor:
            if pages == 0:
                print("n/a: the list answer carries no meta.nextCursor")
                return 3
            break
        walked += len(answer.get("data") or [])
        pages += 1
        path = next_path(response.getheader("Link"), query, cursor)
        if pages > 1:
            kept = (kept + [path])[-KEEP:]
        if walked >= target or time.monotonic() - started > max_seconds:
            break
    if not kept:
        kept = [path]
    with open(out, "w", encoding="utf-8") as file:
        file.write("\n".join(kept) + "\n")
    print(f"depth={walked} pages={pages} seconds={time.monotonic() - started:.1f}")
    return 0


def next_path(link, query, cursor):
    """The service's own next URL (Link: <...>; rel="next"), else the query with the cursor added."""
    match = re.search(r'<([^>]+)>\s*;\s*rel="?next"?', link or "")
    if match:
        split = urllib.parse.urlsplit(match.group(1))
        return f"{split.path}?{split.query}"
    return f"/api/v1/resource?{query}&cursor={urllib.parse.quote(cursor, safe='')}"


if __name__ == "__main__":
    sys.exit(main())

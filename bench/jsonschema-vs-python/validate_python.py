#!/usr/bin/env python3
"""Validates pre-parsed events with jsonschema's Draft7Validator (built once), single thread.
Prints one line: python <version> events=<n> valid=<n> median_seconds=<s> events_per_second=<r>."""
import json
import statistics
import sys
import time

import importlib.metadata

import jsonschema


def main() -> None:
    schema_path, events_path = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    with open(events_path, encoding="utf-8") as f:
        events = [json.loads(line) for line in f]
    validator = jsonschema.Draft7Validator(schema)
    timings = []
    valid = 0
    for _ in range(runs):
        start = time.perf_counter()
        valid = sum(1 for e in events if validator.is_valid(e))
        timings.append(time.perf_counter() - start)
    median = statistics.median(timings)
    print(f"python jsonschema={importlib.metadata.version('jsonschema')} events={len(events)} valid={valid} "
          f"median_seconds={median:.4f} events_per_second={len(events) / median:.0f}")


if __name__ == "__main__":
    main()

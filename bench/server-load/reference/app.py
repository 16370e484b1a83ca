"""Reference of the seed's behaviour (reflekt-registry, spec Part A) for the load benchmark.

Flask + jsonschema, as the seed: Draft7Validator per schema (compiled ONCE here, which the seed did not do:
it fetched the schema from S3 per event), validate each event's properties, add `validation_errors` to invalid
ones, then forward the request's events to the Segment stand-in and flush before answering, as the seed's
`flush()` per request did. Fixes only what a benchmark needs: every event keeps its messageId (so the stand-in
can count losses) and non-track calls are not sent (the seed crashed on them).

Usage: python3 app.py --port 9300 --segment http://127.0.0.1:9100 --schemas ../schemas
"""
import argparse
import base64
import json
import os
import threading
from datetime import datetime, timezone

import jsonschema
import requests
from flask import Flask, Response, request

app = Flask(__name__)
VALIDATORS = {}
CONFIG = {}
_local = threading.local()


def load_schemas(directory):
    for root, _dirs, files in os.walk(directory):
        for name in files:
            if name.endswith(".json") and "/.reflekt" not in root:
                with open(os.path.join(root, name), encoding="utf-8") as handle:
                    schema = json.load(handle)
                VALIDATORS[schema["$id"]] = jsonschema.Draft7Validator(schema)


def session():
    if not hasattr(_local, "session"):
        _local.session = requests.Session()
    return _local.session


def forward(write_key, messages):
    if not messages:
        return
    auth = base64.b64encode(f"{write_key}:".encode()).decode()
    body = {"batch": messages, "sentAt": datetime.now(timezone.utc).isoformat()}
    response = session().post(CONFIG["segment"] + "/v1/batch", json=body, headers={"Authorization": "Basic " + auth}, timeout=30)
    response.raise_for_status()


def authorized():
    header = request.headers.get("Authorization", "")
    if not header.startswith("Basic "):
        return False
    user, _, password = base64.b64decode(header[6:]).decode().partition(":")
    return user == CONFIG["write_key"] and password == ""


def handle(messages):
    if not authorized():
        return Response("unauthorized", status=401)
    valid, invalid = [], []
    for item in messages:
        properties = item["properties"]
        validator = VALIDATORS[properties["schema_id"]]
        if validator.is_valid(properties):
            valid.append(item)
        else:
            properties["validation_errors"] = sorted(e.message for e in validator.iter_errors(properties))
            invalid.append(item)
    forward(CONFIG["valid_key"], valid)
    forward(CONFIG["invalid_key"], invalid)
    return Response("data uploaded successfully", status=200, mimetype="text/plain")


@app.post("/v1/batch")
def batch():
    return handle(request.get_json()["batch"])


@app.post("/v1/track")
def track():
    message = request.get_json()
    message["type"] = "track"
    return handle([message])


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=9300)
    parser.add_argument("--segment", default="http://127.0.0.1:9100")
    parser.add_argument("--schemas", default=os.path.join(os.path.dirname(__file__), "..", "schemas"))
    args = parser.parse_args()
    CONFIG.update(segment=args.segment, write_key="bench-key", valid_key="valid-key", invalid_key="invalid-key")
    load_schemas(args.schemas)
    app.run(host="127.0.0.1", port=args.port, threaded=True)

#!/usr/bin/env python3
"""Generates a Reflekt project with N event schemas (~20 properties each, nested objects and arrays).

usage: generate.py OUT_DIR [N]   (default N = 10000)
Every schema lints clean under the generated project's conventions (title events, snake properties).
"""
import json, os, sys

out = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
words = ["order", "cart", "product", "checkout", "coupon", "page", "video", "search", "account", "invite",
         "payment", "refund", "review", "wishlist", "banner", "promo", "signup", "login", "share", "download"]
actions = ["Viewed", "Clicked", "Completed", "Started", "Added", "Removed", "Updated", "Shared", "Opened", "Closed"]

os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "reflekt_project.yml"), "w") as f:
    f.write("""version: 1.0
name: bench
vendor: com.bench
default_profile: dev
profiles_path: reflekt_profiles.yml
schemas:
  conventions:
    event: {casing: title, numbers: false, reserved: []}
    property: {casing: snake, numbers: false, reserved: []}
    data_types: [string, integer, number, boolean, object, array, any, 'null']
artifacts:
  dbt:
    sources: {prefix: __src_}
    models: {prefix: stg_, filter: ''}
    docs: {prefix: _stg_, in_folder: false, tests: {}}
""")

def letters(i):
    # digits are not allowed by the conventions: spell the index with letters
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(97 + r) + s
    return s

for n in range(count):
    group = f"group_{letters(n // 500)}"
    name = f"{words[n % 20].title()} {actions[(n // 20) % 10]} {letters(n).title()}"
    folder = name.replace(" ", "_")
    props = {}
    for p in range(16):
        key = f"{words[p]}_{['id', 'name', 'total', 'flag'][p % 4]}"
        typ = ["string", "string", "number", "boolean"][p % 4]
        props[key] = {"description": f"The {key.replace('_', ' ')}.", "type": typ}
    props["address"] = {"description": "Address.", "type": "object", "additionalProperties": False,
                        "properties": {"city": {"description": "City.", "type": "string"},
                                       "zip_code": {"description": "Zip code.", "type": ["string", "null"]}}}
    props["products"] = {"description": "Products.", "type": "array",
                         "items": {"type": "object", "additionalProperties": False,
                                   "properties": {"sku": {"description": "SKU.", "type": "string"},
                                                  "price": {"description": "Price.", "type": "number", "minimum": 0},
                                                  "quantity": {"description": "Quantity.", "type": "integer"}},
                                   "required": ["sku"]}}
    props["currency"] = {"description": "Currency.", "type": "string", "enum": ["USD", "EUR", "GBP"]}
    props["tags"] = {"description": "Tags.", "type": "array", "items": {"type": "string"}}
    schema = {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": f"{group}/{folder}/1-0.json",
        "description": f"{name}.",
        "self": {"vendor": "com.bench", "name": name, "format": "jsonschema", "version": "1-0", "metadata": {}},
        "type": "object",
        "properties": props,
        "required": ["order_id", "currency"],
        "additionalProperties": False,
    }
    path = os.path.join(out, "schemas", group, folder)
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, "1-0.json"), "w") as f:
        json.dump(schema, f, indent=4)
print(f"generated {count} schemas in {out}")

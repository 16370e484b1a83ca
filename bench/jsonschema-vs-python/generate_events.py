#!/usr/bin/env python3
"""Writes N Segment-shaped "Order Completed" track events as JSON lines (every 10th one invalid)."""
import json
import random
import sys
import uuid


def event(rng: random.Random, index: int) -> dict:
    products = [
        {
            "product_id": f"p-{rng.randrange(10_000)}",
            "sku": f"SKU-{rng.randrange(100_000):05d}",
            "category": rng.choice(["Games", "Books", "Music"]),
            "name": rng.choice(["Monopoly", "Uno", "Dune", "Abbey Road"]),
            "brand": rng.choice(["Hasbro", "Mattel", "Penguin"]),
            "price": round(rng.uniform(1, 100), 2),
            "quantity": rng.randrange(1, 5),
        }
        for _ in range(3)
    ]
    properties = {
        "order_id": f"o-{index}",
        "affiliation": "Google Store",
        "total": 27.5,
        "subtotal": 22.5,
        "revenue": 25.0,
        "shipping": 3.0,
        "tax": 2.0,
        "discount": 2.5,
        "coupon": rng.choice(["hasbros", None]),
        "currency": rng.choice(["USD", "EUR"]),
        "products": products,
    }
    if index % 10 == 9:
        # The usual live-traffic mistakes: a stringly price, and a property nobody declared.
        products[1]["price"] = str(products[1]["price"])
        properties["gift_wrap"] = True
    return {
        "type": "track",
        "event": "Order Completed",
        "userId": f"u-{rng.randrange(50_000)}",
        "anonymousId": str(uuid.UUID(int=rng.getrandbits(128))),
        "messageId": str(uuid.UUID(int=rng.getrandbits(128))),
        "timestamp": "2026-11-21T12:34:56.789Z",
        "context": {"library": {"name": "analytics.js", "version": "4.1.0"}, "ip": "203.0.113.7"},
        "properties": properties,
    }


def main() -> None:
    path, count = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    rng = random.Random(42)
    with open(path, "w", encoding="utf-8") as out:
        for i in range(count):
            out.write(json.dumps(event(rng, i), separators=(",", ":")))
            out.write("\n")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Draws the packages' icon (docs/package/icon.png): a vermilion seal with a white tick, 128 x 128, no dependencies.

Run it from the repository root; the output is byte for byte the same each time.
"""
import struct
import zlib

SIZE = 128
SEAL = (0xC8, 0x2A, 0x1E)  # vermilion, the colour of an official seal
PAPER = (0xFF, 0xFF, 0xFF)


def inside_seal(x, y):
    margin, radius = 8, 18
    lo, hi = margin, SIZE - 1 - margin
    if not (lo <= x <= hi and lo <= y <= hi):
        return False
    cx = min(max(x, lo + radius), hi - radius)
    cy = min(max(y, lo + radius), hi - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def near_segment(x, y, ax, ay, bx, by, width):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    px, py = ax + t * dx, ay + t * dy
    return (x - px) ** 2 + (y - py) ** 2 <= width ** 2


def pixel(x, y):
    if not inside_seal(x, y):
        return (0, 0, 0, 0)
    tick = near_segment(x, y, 34, 66, 56, 88, 8) or near_segment(x, y, 56, 88, 96, 40, 8)
    return (*(PAPER if tick else SEAL), 255)


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(SIZE)) for y in range(SIZE))
png = (b"\x89PNG\r\n\x1a\n"
       + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0))
       + chunk(b"IDAT", zlib.compress(rows, 9))
       + chunk(b"IEND", b""))
with open("docs/package/icon.png", "wb") as out:
    out.write(png)

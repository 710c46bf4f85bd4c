#!/usr/bin/env python3
"""Draws the add-in's ribbon and store icons (16/32/64/80 px) as PNG files.

Pure standard library (zlib + struct), so it runs anywhere python3 does; the PNGs it
writes are committed in server/wwwroot/assets/, so only run this after changing the design:
    python3 addin-manifest/make-icons.py
The picture: a blue rounded tile with a three-level indented outline (bullet + line per level).
"""
import os
import struct
import zlib

SIZES = (16, 32, 64, 80)
SUPERSAMPLE = 8  # draw at 8x and average down: cheap anti-aliasing without an imaging library
TILE = (0x2B, 0x5F, 0xB0)
INK = (0xFF, 0xFF, 0xFF)
OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "server", "wwwroot", "assets")

# Shapes in unit coordinates (0..1): (left, top, right, bottom).
ROWS = [(0.20, 0.24), (0.32, 0.455), (0.44, 0.67)]  # (indent, top) per outline level
BULLET, BAR_GAP, BAR_RIGHT, ROW_HEIGHT = 0.11, 0.06, 0.82, 0.11


def inside_tile(x, y):
    margin, radius = 0.03, 0.2
    left, top, right, bottom = margin, margin, 1 - margin, 1 - margin
    if not (left <= x <= right and top <= y <= bottom):
        return False
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def inside_ink(x, y):
    for indent, top in ROWS:
        if top <= y <= top + ROW_HEIGHT:
            bullet = indent <= x <= indent + BULLET
            bar = indent + BULLET + BAR_GAP <= x <= BAR_RIGHT
            if bullet or bar:
                return True
    return False


def render(size):
    n = size * SUPERSAMPLE
    rows = []
    for py in range(size):
        row = bytearray([0])  # PNG filter type "None"
        for px in range(size):
            r = g = b = a = 0
            for sy in range(SUPERSAMPLE):
                y = (py * SUPERSAMPLE + sy + 0.5) / n
                for sx in range(SUPERSAMPLE):
                    x = (px * SUPERSAMPLE + sx + 0.5) / n
                    if inside_tile(x, y):
                        colour = INK if inside_ink(x, y) else TILE
                        r, g, b, a = r + colour[0], g + colour[1], b + colour[2], a + 1
            samples = SUPERSAMPLE * SUPERSAMPLE
            # Colour is averaged over covered samples only (straight alpha), alpha over all.
            row += bytes([r // a, g // a, b // a, 255 * a // samples] if a else [0, 0, 0, 0])
        rows.append(bytes(row))
    return png(size, size, b"".join(rows))


def png(width, height, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    os.makedirs(OUT_DIR, exist_ok=True)
    for size in SIZES:
        path = os.path.join(OUT_DIR, f"icon-{size}.png")
        with open(path, "wb") as f:
            f.write(render(size))
        print(os.path.relpath(path))

#!/usr/bin/python3
"""How much two map pictures of the same view cover the same pixels.

    coverage_compare.py A.png B.png

A pixel is drawn when its colour differs from the picture's background (the commonest colour of
its outermost rows and columns) by more than 40 (sum over red, green and blue). Prints the drawn
pixels both pictures share as a share of those either draws (1.0: the same coverage), and each
picture's count. Engdrift's scale bar (bottom left) and north arrow (top right) are left out of
both. Needs Debian's python3-numpy and python3-pil.
"""
import sys

import numpy as np
from PIL import Image

SCALE_BAR = (200, 50)    # width, height in pixels, bottom left
NORTH_ARROW = (60, 70)   # top right


def drawn(path):
    rgb = np.asarray(Image.open(path).convert("RGB")).astype(np.int32)
    border = np.concatenate([rgb[0], rgb[-1], rgb[:, 0], rgb[:, -1]])
    colours, counts = np.unique(border, axis=0, return_counts=True)
    background = colours[np.argmax(counts)]
    mask = np.abs(rgb - background).sum(axis=2) > 40
    height, width = mask.shape
    mask[height - SCALE_BAR[1]:, :SCALE_BAR[0]] = False
    mask[:NORTH_ARROW[1], width - NORTH_ARROW[0]:] = False
    return mask


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    a, b = drawn(sys.argv[1]), drawn(sys.argv[2])
    if a.shape != b.shape:
        print(f"agreement=0 sizes differ: {a.shape[1]}x{a.shape[0]} and {b.shape[1]}x{b.shape[0]}")
        return 0
    if not a.any() or not b.any():
        print(f"agreement=0 nothing drawn in {sys.argv[1] if not a.any() else sys.argv[2]}")
        return 1
    either = int((a | b).sum())
    both = int((a & b).sum())
    print(f"agreement={both / either if either else 1.0:.3f} a={int(a.sum())} b={int(b.sum())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

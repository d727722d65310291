#!/usr/bin/env python3
"""Draws a terminal screen, as `tmux capture-pane -p -e` prints it, into a PNG: each cell at
its place in the grid (wide CJK characters take two), in the colours the program asked for.

Usage: screen-png.py CAPTURE WIDTH HEIGHT OUT.png

Needs Pillow (pip install pillow) and the DejaVu Sans Mono and Noto Sans CJK fonts
(Debian: fonts-dejavu-core, fonts-noto-cjk). Used by scripts/readme-pictures.
"""
import re
import sys
import unicodedata

from PIL import Image, ImageDraw, ImageFont

CELL_W, CELL_H, SIZE = 9, 20, 15
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
MONO_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"
CJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
DEFAULT_FG, DEFAULT_BG = (229, 229, 229), (24, 24, 24)
BASIC = [(0, 0, 0), (205, 49, 49), (13, 188, 121), (229, 229, 16), (36, 114, 200), (188, 63, 188), (17, 168, 205), (229, 229, 229),
         (102, 102, 102), (241, 76, 76), (35, 209, 139), (245, 245, 67), (59, 142, 234), (214, 112, 214), (41, 184, 219), (255, 255, 255)]


def xterm256(n):
    if n < 16:
        return BASIC[n]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return (steps[n // 36], steps[(n // 6) % 6], steps[n % 6])
    grey = 8 + (n - 232) * 10
    return (grey, grey, grey)


def cjk_font():
    """Noto Sans CJK SC from the collection (its faces are in no fixed order)."""
    for index in range(10):
        try:
            font = ImageFont.truetype(CJK, SIZE, index=index)
        except OSError:
            break
        if font.getname()[0] == "Noto Sans CJK SC":
            return font
    return ImageFont.truetype(CJK, SIZE)


def cells(text, width, height):
    """The screen as rows of (character, columns, fg, bg, bold) read from the SGR escapes."""
    rows = []
    for line in text.split("\n")[:height]:
        fg, bg, bold, reverse = None, None, False, False
        row = []
        for token in re.split(r"(\x1b\[[0-9;:]*m)", line):
            if token.startswith("\x1b["):
                codes = [int(c) if c else 0 for c in re.split("[;:]", token[2:-1])] or [0]
                i = 0
                while i < len(codes):
                    c = codes[i]
                    if c == 0:
                        fg, bg, bold, reverse = None, None, False, False
                    elif c == 1:
                        bold = True
                    elif c == 22:
                        bold = False
                    elif c == 7:
                        reverse = True
                    elif c == 27:
                        reverse = False
                    elif 30 <= c <= 37:
                        fg = BASIC[c - 30]
                    elif 90 <= c <= 97:
                        fg = BASIC[c - 90 + 8]
                    elif 40 <= c <= 47:
                        bg = BASIC[c - 40]
                    elif 100 <= c <= 107:
                        bg = BASIC[c - 100 + 8]
                    elif c == 39:
                        fg = None
                    elif c == 49:
                        bg = None
                    elif c in (38, 48) and i + 1 < len(codes):
                        if codes[i + 1] == 5 and i + 2 < len(codes):
                            colour = xterm256(codes[i + 2])
                            i += 2
                        elif codes[i + 1] == 2 and i + 4 < len(codes):
                            colour = tuple(codes[i + 2:i + 5])
                            i += 4
                        else:
                            colour = None
                        if c == 38:
                            fg = colour
                        else:
                            bg = colour
                    i += 1
                continue
            for character in token:
                columns = 2 if unicodedata.east_asian_width(character) in ("W", "F") else 1
                front, back = fg or DEFAULT_FG, bg or DEFAULT_BG
                if reverse:
                    front, back = back, front
                row.append((character, columns, front, back, bold))
        rows.append(row)
    while len(rows) < height:
        rows.append([])
    return rows


def main():
    capture, width, height, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    with open(capture, encoding="utf-8") as f:
        text = f.read()
    image = Image.new("RGB", (width * CELL_W, height * CELL_H), DEFAULT_BG)
    draw = ImageDraw.Draw(image)
    mono, mono_bold, wide = ImageFont.truetype(MONO, SIZE), ImageFont.truetype(MONO_BOLD, SIZE), cjk_font()
    for y, row in enumerate(cells(text, width, height)):
        x = 0
        for character, columns, front, back, bold in row:
            if x >= width:
                break
            box = (x * CELL_W, y * CELL_H, (x + columns) * CELL_W, (y + 1) * CELL_H)
            draw.rectangle((box[0], box[1], box[2] - 1, box[3] - 1), fill=back)
            if character != " ":
                if columns == 2:
                    draw.text(((box[0] + box[2]) / 2, (box[1] + box[3]) / 2), character, font=wide, fill=front, anchor="mm")
                elif character in "─│┌┐└┘├┤┬┴┼":
                    # Box lines drawn to the cell's edges, so borders join as in a terminal.
                    mid_x, mid_y = box[0] + CELL_W // 2, box[1] + CELL_H // 2
                    left = character in "─┐┘┤┬┴┼"
                    right = character in "─┌└├┬┴┼"
                    up = character in "│└┘├┤┴┼"
                    down = character in "│┌┐├┤┬┼"
                    if left:
                        draw.line((box[0], mid_y, mid_x, mid_y), fill=front)
                    if right:
                        draw.line((mid_x, mid_y, box[2] - 1, mid_y), fill=front)
                    if up:
                        draw.line((mid_x, box[1], mid_x, mid_y), fill=front)
                    if down:
                        draw.line((mid_x, mid_y, mid_x, box[3] - 1), fill=front)
                else:
                    draw.text((box[0], (box[1] + box[3]) / 2), character, font=mono_bold if bold else mono, fill=front, anchor="lm")
            x += columns
    image.save(out, optimize=True)


if __name__ == "__main__":
    main()

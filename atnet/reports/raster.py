"""Charts and maps of the annual report as PNG images (Pillow), embedded in the PDF.

reportlab's own raster backend needs a Cairo binding that is not installed, so
the few shapes the report's drawings use (rectangles, lines, text) are painted
here. Images keep the report's look the same in every PDF reader, and a test can
find each chart and map among the page's images.
"""

import functools
import io
import os

from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics.shapes import Drawing, PolyLine, Rect, String
from reportlab.lib.units import mm
from reportlab.platypus import Image as PdfImage

from atnet.geo.maps import NO_DATA, SUPPRESSED, VIEWBOX, Map, polygons
from atnet.trainings.pdf import FONT_CANDIDATES

SCALE = 3  # pixels per PDF point: about 216 dpi


@functools.cache
def _font_path() -> str | None:
    return next((regular for regular, _bold in FONT_CANDIDATES if os.path.exists(regular)), None)


def _font(size: float):
    path = _font_path()
    if path:
        return ImageFont.truetype(path, round(size * SCALE))
    return ImageFont.load_default(round(size * SCALE))


def _rgb(colour) -> tuple[int, int, int] | None:
    if colour is None:
        return None
    red, green, blue = colour.rgb()
    return round(red * 255), round(green * 255), round(blue * 255)


def drawing_image(drawing: Drawing) -> PdfImage:
    """The drawing (as built for the PDF) painted into a PNG of the same size on the page."""
    width, height = drawing.width, drawing.height
    image = Image.new("RGB", (round(width * SCALE), round(height * SCALE)), "white")
    pen = ImageDraw.Draw(image)

    def point(x, y):
        return x * SCALE, (height - y) * SCALE

    for shape in drawing.contents:
        if isinstance(shape, Rect):
            x0, y0 = point(shape.x, shape.y + shape.height)
            x1, y1 = point(shape.x + shape.width, shape.y)
            pen.rectangle([x0, y0, x1, y1], fill=_rgb(shape.fillColor))
        elif isinstance(shape, PolyLine):
            xy = [point(x, y) for x, y in zip(shape.points[::2], shape.points[1::2], strict=True)]
            pen.line(xy, fill=_rgb(shape.strokeColor), width=max(1, round(shape.strokeWidth * 2)))
        elif isinstance(shape, String):
            anchor = {"end": "rs", "middle": "ms"}.get(shape.textAnchor, "ls")
            pen.text(point(shape.x, shape.y), shape.text, fill=_rgb(shape.fillColor),
                     font=_font(shape.fontSize), anchor=anchor)  # fmt: skip
    return _embed(image, width, height)


def _embed(image: Image.Image, width: float, height: float) -> PdfImage:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    buffer.seek(0)
    return PdfImage(buffer, width=width, height=height)


def _hex(value: str) -> tuple[int, int, int]:
    value = value.lstrip("#")
    return tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))


def _tile(fill: str, hatch: str, spacing: int, key: str, box: tuple[int, int]) -> Image.Image:
    """The class's pattern: its colour with the same hatching as on the page (for grey print)."""
    tile = Image.new("RGB", box, _hex(fill))
    size = max(box)
    if not hatch:
        return tile
    pen, colour = ImageDraw.Draw(tile), _hex(hatch)
    step = max(spacing, 3) * SCALE
    for offset in range(-size, 2 * size, step):
        if key == NO_DATA:
            for y in range(step // 2, size, step):
                pen.ellipse([offset - 2, y - 2, offset + 2, y + 2], fill=colour)
            continue
        pen.line([(offset, size), (offset + size, 0)], fill=colour, width=2)
        if key == SUPPRESSED:
            pen.line([(offset, 0), (offset + size, size)], fill=colour, width=2)
    return tile


def map_image(data: Map, width: float = 95 * mm) -> PdfImage:
    """The map painted with each class's colour and hatching, outlines in black."""
    view_width, view_height = VIEWBOX
    height = width * view_height / view_width
    size = (round(width * SCALE), round(height * SCALE))
    factor = size[0] / view_width
    image = Image.new("RGB", size, "white")
    tiles = {c.key: _tile(c.fill, c.hatch, c.spacing, c.key, size) for c in data.classes}
    for unit in data.units:
        tile = tiles[unit.state]
        mask = Image.new("L", size, 0)
        rings = [[(x * factor, y * factor) for x, y in ring] for ring in polygons(unit.code)]
        for ring in rings:
            ImageDraw.Draw(mask).polygon(ring, fill=255)
        image.paste(tile, (0, 0), mask)
        pen = ImageDraw.Draw(image)
        for ring in rings:
            pen.line([*ring, ring[0]], fill=(29, 29, 31), width=2)
    return _embed(image, width, height)


def swatch_image(data: Map, key: str, side: float = 4 * mm) -> PdfImage:
    style = next(c for c in data.classes if c.key == key)
    pixels = round(side * SCALE)
    tile = _tile(style.fill, style.hatch, style.spacing, style.key, (pixels, pixels))
    ImageDraw.Draw(tile).rectangle([0, 0, pixels - 1, pixels - 1], outline=(29, 29, 31), width=2)
    return _embed(tile, side, side)

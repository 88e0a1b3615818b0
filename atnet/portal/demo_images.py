"""Lead images for the demo content, drawn locally (nothing is downloaded)."""

import random
from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images.models import Image

SIZE = (1280, 720)


def _hex_to_rgb(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def _draw(colour: str, seed: str) -> bytes:
    """A sober abstract picture: the colour, a lighter band and a few soft circles."""
    rng = random.Random(seed)
    base = _hex_to_rgb(colour)
    picture = PILImage.new("RGB", SIZE, base)
    draw = ImageDraw.Draw(picture, "RGBA")
    for _ in range(7):
        radius = rng.randint(80, 320)
        x, y = rng.randint(0, SIZE[0]), rng.randint(0, SIZE[1])
        draw.ellipse(
            (x - radius, y - radius, x + radius, y + radius),
            fill=(255, 255, 255, rng.randint(18, 45)),
        )
    draw.rectangle((0, SIZE[1] - 90, SIZE[0], SIZE[1]), fill=(255, 255, 255, 40))
    buffer = BytesIO()
    picture.save(buffer, format="JPEG", quality=82)
    return buffer.getvalue()


def demo_image(*, title: str, colour: str) -> Image:
    """The image called `title`, drawn and saved the first time only."""
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    data = BytesIO(_draw(colour, title))
    image = Image(title=title)
    image.file = ImageFile(data, name=f"{title[:60]}.jpg")
    image.save()
    return image

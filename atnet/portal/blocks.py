from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(required=False, label=_("Attribution"))

    class Meta:
        icon = "openquote"
        template = "portal/blocks/quote.html"


class BodyBlock(blocks.StreamBlock):
    """The body of every content page: a few sober blocks, nothing decorative."""

    heading = blocks.CharBlock(
        form_classname="title",
        icon="title",
        label=_("Heading"),
        template="portal/blocks/heading.html",
    )
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ol", "ul", "document-link"], label=_("Paragraph")
    )
    image = ImageBlock(label=_("Image"), template="portal/blocks/image.html")
    quote = QuoteBlock(label=_("Quote"))

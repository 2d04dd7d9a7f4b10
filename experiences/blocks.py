"""StreamField blocks for experiences and events; each block has one template."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Bilde"))
    alt_text = blocks.CharBlock(
        label=_("Alternativ tekst"),
        help_text=_("Beskriv bildet for dem som ikke ser det."),
    )
    caption = blocks.CharBlock(label=_("Bildetekst"), required=False)

    class Meta:
        icon = "image"
        label = _("Bilde")
        template = "experiences/blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Sitat"))
    attribution = blocks.CharBlock(label=_("Hvem sa det"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Sitat")
        template = "experiences/blocks/quote_block.html"


class FactBoxBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Overskrift"))
    body = blocks.RichTextBlock(label=_("Tekst"), features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "help"
        label = _("Faktaboks")
        template = "experiences/blocks/fact_box_block.html"


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("Tall"))
    label = blocks.CharBlock(label=_("Hva tallet viser"))


class KeyFiguresBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Overskrift"), required=False)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Nøkkeltall"))

    class Meta:
        icon = "table"
        label = _("Nøkkeltall")
        template = "experiences/blocks/key_figures_block.html"


class AttachmentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Dokument"))
    title = blocks.CharBlock(label=_("Lenketekst"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Vedlegg")
        template = "experiences/blocks/attachment_block.html"


class BodyBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(
        label=_("Tekst"),
        features=["h2", "h3", "bold", "italic", "link", "ul", "ol", "document-link"],
        template="experiences/blocks/text_block.html",
    )
    image = ImageBlock()
    quote = QuoteBlock()
    fact_box = FactBoxBlock()
    key_figures = KeyFiguresBlock()
    attachment = AttachmentBlock()
    embed = EmbedBlock(label=_("Innebygd innhold"), template="experiences/blocks/embed_block.html")

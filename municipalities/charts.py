"""Server-rendered SVG bar charts: the geometry is computed here, the markup is a template.

The chart is an image with a title and description; the same numbers are always in a table
next to it, so nothing depends on seeing the SVG or on JavaScript.
"""

from dataclasses import dataclass, field

from django.utils.formats import number_format


@dataclass
class Bar:
    label: str
    value_text: str
    x: float
    y: float
    width: float
    height: float
    text_x: float
    text_anchor: str
    highlight: bool = False
    negative: bool = False

    @property
    def text_y(self):
        return self.y + self.height / 2 + 5


@dataclass
class Reference:
    label: str
    x: float
    value_text: str
    label_y: float = 14


@dataclass
class Chart:
    title: str
    desc: str
    width: int
    height: int
    label_width: int
    zero_x: float
    bars: list = field(default_factory=list)
    references: list = field(default_factory=list)
    row_height: int = 26


def _fmt(value, decimals):
    return number_format(round(value, decimals), decimal_pos=decimals, force_grouping=True)


def bar_chart(items, *, title, desc, references=(), decimals=1, width=640, label_width=150, row_height=26):
    """`items`: (label, value, highlight) with value None skipped; `references`: (label, value)."""
    items = [(label, value, highlight) for label, value, highlight in items if value is not None]
    refs = [(label, value) for label, value in references if value is not None]
    numbers = [v for _l, v, _h in items] + [v for _l, v in refs]
    low, high = min(numbers + [0.0]), max(numbers + [0.0])
    span = (high - low) or 1.0
    value_room = 70  # space for the value text at the bar's end
    plot_left, plot_width = label_width + value_room, width - label_width - 2 * value_room
    top = 8 + (18 * len(refs))

    def x_of(v):
        return plot_left + (v - low) / span * plot_width

    zero_x = x_of(0)
    chart = Chart(
        title, desc, width, top + row_height * len(items) + 8, label_width, zero_x, row_height=row_height
    )
    for i, (label, value, highlight) in enumerate(items):
        x = x_of(value)
        left, right = min(x, zero_x), max(x, zero_x)
        negative = value < 0
        chart.bars.append(
            Bar(
                label=label,
                value_text=_fmt(value, decimals),
                x=left,
                y=top + i * row_height + 4,
                width=max(right - left, 1),
                height=row_height - 8,
                text_x=left - 4 if negative else right + 4,
                text_anchor="end" if negative else "start",
                highlight=highlight,
                negative=negative,
            )
        )
    for i, (label, value) in enumerate(refs):
        chart.references.append(Reference(label, x_of(value), _fmt(value, decimals), 14 + 18 * i))
    return chart

"""Charts of positions over time, drawn as text.

``line`` is the only module in the project that imports plotext, and it does
so inside the function that draws, so commands that do not draw never pay for
it. Everything here takes plain data and a width and returns strings, so tests
render at fixed widths.

- ``series``: what a chart draws (:class:`Series`), clipping to a range, and
  downsampling long histories.
- ``axes``: the y axis (1-8 with band labels) and date ticks in the person's
  language.
- ``line``: the plotext line chart.
- ``spark``: a one-line sparkline of recent positions.
- ``output``: escape codes out for ``.txt``, colour kept as HTML for ``.html``.
"""

"""Charts of positions over time: panels on one time axis, drawn as text or SVG.

Everything here takes plain data and a width and returns strings, so tests
render at fixed widths. ``draw`` is the only module in the project that
imports plotext, and only inside the functions that draw, so commands that do
not draw never pay for it.

- ``panel``: what a chart shows (:class:`Panel`: a title, a step line of
  points, a y :class:`Scale`, a sentence in words, a colour and a marker).
- ``palette``: one palette without red, and markers that tell series apart
  without colour.
- ``series``: clipping points to a range and downsampling long histories.
- ``axes``: date ticks in the person's language.
- ``draw``: the panels drawn by plotext (subplots, step lines, date axis).
- ``stack``: panels stacked with their titles and sentences, fitted to the
  terminal; the chart in words.
- ``spark``: a one-line sparkline of recent positions.
- ``output``: escape codes out, trailing spaces off.
"""

"""Conversations: the guided session and the check-in, as question flows.

A flow talks through a :class:`~recovery_cli.talk.io.Talk` - an ``ask``
function that returns one line typed by the person and a ``say`` function -
so it runs the same at a terminal and in a test with scripted answers. Flows
only gather answers into plans; the CLI saves a plan in one journal session.
Ctrl-C or end of input (``KeyboardInterrupt``/``EOFError`` from ``ask``)
passes straight through: nothing has been saved at that point.
"""

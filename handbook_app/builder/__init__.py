"""The bundle builder: a pipeline of named stages from ``content/`` to a bundle.

collect → read → parse → validate → render → index → write; see ``pipeline.py``.
"""

"""Search over a bundle's sections, behind a small interface (see ``engine.py``)."""

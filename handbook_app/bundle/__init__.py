"""The bundle: what the builder writes and the app reads (see docs/bundle-format.md)."""

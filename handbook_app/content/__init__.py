"""Content: the Markdown format editors write, parsed into a plain model (no Qt)."""

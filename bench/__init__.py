"""``make bench``: start-up, search and build speed, each against a baseline in the same run."""

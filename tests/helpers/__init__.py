"""Helpers shared by the tests: kits, strategies and scripts, no tests of their own."""

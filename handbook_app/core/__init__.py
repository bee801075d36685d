"""Core services with no Qt: assessment, guide routes, case data."""

"""Trust: signed manifests, verified files, safe transport of bundles (no Qt)."""

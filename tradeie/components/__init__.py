"""spaCy components, one per layer; each registers a ``tradeie_*`` factory."""

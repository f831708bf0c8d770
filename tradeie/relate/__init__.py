"""The relation layer: figures linked to metrics, periods, economies and sources."""

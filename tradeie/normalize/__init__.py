"""Normalisers: plain functions and finders over text, independent of spaCy."""

"""Scoring of the shipped stages on gold data (used by `marsad eval ...` and the quality-floor tests)."""

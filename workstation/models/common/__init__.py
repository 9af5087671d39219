"""Mechanisms shared by the area models (not an area)."""

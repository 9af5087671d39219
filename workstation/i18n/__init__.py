"""Translator install and enum labels."""

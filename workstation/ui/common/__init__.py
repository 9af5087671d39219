"""Widgets and helpers every area of the interface shares: prompts, date marks."""

"""Register specs and their Excel and PDF renderers."""

"""The register engine shared by every export: specs, body of rows, Excel and PDF renderers, safe files."""

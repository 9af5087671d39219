"""Pure rules: enums, validators, routing. Standard library and small pure libraries only."""

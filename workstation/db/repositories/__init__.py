"""Query and persist functions taking a Session; they never commit."""

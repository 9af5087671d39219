"""Use cases. Each public call is one transaction; they return frozen DTOs and raise domain errors."""

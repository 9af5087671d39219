"""Single documents as PDF (notices, letters, certificates), as opposed to the registers' tables."""

"""Accounts in the interface: login, idle lock, user management, own password."""

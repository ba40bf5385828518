"""The revenue ledger, renewals, summaries and partners' statements."""

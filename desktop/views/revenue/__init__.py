"""The Revenue tab: the ledger, its entry row, summaries and partners."""

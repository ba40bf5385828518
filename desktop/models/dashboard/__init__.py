"""The dashboard's figures, per-day facts and who to nudge."""

"""Chat history as kept: who speaks (speakers, aliases), how much per day, what was counted."""

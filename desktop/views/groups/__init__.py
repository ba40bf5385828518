"""The Groups tab: the group list, settings, rules, lifecycle, goals, activity log."""

"""The Calendar tab: month, week and agenda views, events, check-ins, reports."""

"""Groups (社群): records, rules, lifecycle, goal bands and the daily activity log."""

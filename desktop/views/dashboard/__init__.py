"""The Dashboard tab: charts against goal bands, scorecards and nudges."""

"""Shared kernel of the data layer: the clock, codes, errors, scope, money, words."""

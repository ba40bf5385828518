"""Files in and out: spreadsheet imports, the Excel export, the portable zip."""

"""Import and export dialogs: spreadsheets in, the Excel workbook out."""

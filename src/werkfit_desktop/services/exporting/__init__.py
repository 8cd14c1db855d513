"""Writing the app's data to files other programs open (Excel workbooks, CSV)."""

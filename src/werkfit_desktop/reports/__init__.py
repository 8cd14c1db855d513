"""PDF builders (ReportLab) fed with plain data from services; no queries inside."""

"""Inventory and suppliers: stock ledger, batches with FEFO, receipts with inspection,
stocktake, reorder, water buckets, recipes, supplier licences and scorecards, traceability."""

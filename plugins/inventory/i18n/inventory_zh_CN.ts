<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>BalancesPage</name>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>At</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Batch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Issue stock (first expiry first out)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Issue…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Order or ticket (bar)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Quantity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Stock balances</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Stock value: {v}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>To</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Transfer stock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Transfer…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Write off waste or spoilage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Write off…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BatchesPage</name>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>Batches and traceability</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>Blocked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>Expiry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>For</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>Inspection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>Item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>Location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>Move</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>Orders that used it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>Quantity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>Recall (block) the batch…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>Recall the batch: nothing more of it is issued</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>Receipt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>Received</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>Supplier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>Where it is</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BucketsPage</name>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Accounted for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Bucket reconciliation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Buckets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Buckets owned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Buckets owned…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Difference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Full</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Held by customers on deposit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>In stock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>not available</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>not entered</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ItemsPage</name>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>On the books</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Reorder point</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Reorder quantity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Shelf life (days)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Storage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Usable stock</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MovesPage</name>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>A move is never edited or deleted: a wrong one is reversed by a counter-move.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Reverse move {id}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Reverse the selected move…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Stock moves (the ledger)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PurchaseOrdersPage</name>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Expected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Ordered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Price</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Print…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Purchase orders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Quantity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Received</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Send</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Total</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReceiptsPage</name>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Against PO</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Batch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Certificates seen (索证索票)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Expiry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Inspection ledger…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Inspector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Invoice seen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>On time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Quantity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Receipts and incoming inspection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Remark</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReorderPage</name>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Create draft purchase orders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>No preferred supplier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Nothing is below its reorder point.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>On order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Reorder point</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Reorder suggestions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>To buy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Usable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Without a preferred supplier: {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>{n} draft purchase orders made.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ScorecardPage</name>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Month {m}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Print…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Quarter {q}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Receipts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Standing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Supplier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Supplier scorecards</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Weights: </source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StocktakePage</name>
    <message>
      <location filename="inventory/ui/stocktake.py" />
      <source>Batch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stocktake.py" />
      <source>Code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stocktake.py" />
      <source>Count, then Enter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stocktake.py" />
      <source>Counted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stocktake.py" />
      <source>Counting since {day} by {name}: {n} lines, {left} not counted yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stocktake.py" />
      <source>Difference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stocktake.py" />
      <source>Expected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stocktake.py" />
      <source>Expiry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stocktake.py" />
      <source>Item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stocktake.py" />
      <source>No count open for this location: start one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stocktake.py" />
      <source>Post differences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stocktake.py" />
      <source>Print count sheet…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stocktake.py" />
      <source>Save counts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stocktake.py" />
      <source>Show expected quantities to the counter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stocktake.py" />
      <source>Start count</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/stocktake.py" />
      <source>Stocktake (盘点)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SuppliersPage</name>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Batches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Expires</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Issuer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Licence or certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Not qualified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Qualified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Scan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Suppliers and licences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Suspend the supplier: no purchase order, no receipt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Suspended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Suspend…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>inventory</name>
    <message>
      <location filename="inventory/services/scorecard.py" />
      <source>A month is 1 to 12.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>A posted stock move cannot be changed or deleted: record a counter-move instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/common.py" />
      <source>A quantity has at most three decimal places.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/scorecard.py" />
      <source>A quarter is 1 to 4.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/recipes.py" />
      <source>A recipe called {name} already exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/recipes.py" />
      <source>A recipe needs at least one ingredient.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/stocktake.py" />
      <source>A stocktake of {location} is already being counted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>A supplier called {name} already exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/scorecard.py" />
      <source>A weight lies between 0 and 100.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Accepted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Accepted with remark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Add at least one line to the purchase order.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Add at least one line to the receipt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Adjustment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>All licences valid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Ambient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>An adjustment needs a reason.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>An issue from the bar needs the order or ticket it serves (见单下货).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Another item already has the code {code}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Another item is already called {name}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Another location already has the code {code}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/permissions.py" />
      <source>Approve stocktakes, suspend suppliers, recall batches, items, locations, recipes, scorecard weights.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/scorecard.py" />
      <source>At least one criterion needs a weight above zero.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Bar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Batch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/trace.py" />
      <source>Batch {batch} is already blocked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/stocktake.py" />
      <source>Batch {batch} is already on the count sheet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>Batch {batch} is not a batch of {name}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>Batch {batch} of {name} expired on {expiry}: it cannot be {action}, only written off.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>Batch {batch} of {name} is blocked ({reason}): it cannot be {action}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Batches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Batches and traceability</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Below reorder point</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Blocked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Bucket reconciliation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>Business licence (营业执照)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>By</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Certificates seen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Check the supplier's licence, the product's inspection report and the invoice (索证索票) before accepting food.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Chilled 0-8 °C</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/scorecard.py" />
      <source>Choose a month or a quarter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Choose accept, reject or accept with a remark.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>Choose another location to move the stock to.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Choose how the item is stored: ambient, chilled or frozen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>Choose waste or return to supplier.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Choose what kind of item this is.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Choose what kind of location this is.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>Choose which licence or certificate this is.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>Choosing a batch by hand needs a reason.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Cleaning supplies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Cold room</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Date, supplier, item, batch, expiry, quantity, certificates and inspector of every receipt line, as market regulators ask for it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Depot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Draft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Drink</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/recipes.py" />
      <source>Each line is either an item or a sub-recipe.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Empty bucket</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/common.py" />
      <source>Enter the amount as a number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Enter the arrival temperature as a number (°C).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>Enter the date the licence expires.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>Enter the licence or certificate number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/buckets.py" />
      <source>Enter the number of buckets owned.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/common.py" />
      <source>Enter the quantity as a number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/scorecard.py" />
      <source>Enter the weight as a number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Every supplier's score and standing for a period, best first, with each criterion.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Everything in stock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/scorecard.py" />
      <source>Excellent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Expected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Expired</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Expiring soon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Expiry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>First licence expiry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>Food business licence (食品经营许可证)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>Food production licence (食品生产许可证)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Freezer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Frozen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Full water bucket</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Give the item a code.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Give the item a name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Give the location a code.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Give the location a name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/recipes.py" />
      <source>Give the recipe a name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>Give the supplier a name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Ingredient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Inspector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Inventory and suppliers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Issue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Item, batch, expiry and a blank count column for one location.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Kitchen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/scorecard.py" />
      <source>Kitchen anomalies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Line {n} ({name}): {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Lines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/permissions.py" />
      <source>Manage inventory (manager)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Move</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/permissions.py" />
      <source>Move stock (storekeeper)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Needs the costs permission</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Negative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Negative: count it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Next: {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>No valid business licence (营业执照).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>No valid food business or food production licence.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>OK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>On hand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/scorecard.py" />
      <source>On probation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>On time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/scorecard.py" />
      <source>On-time receipts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>Only expired stock of {name} is left at {location}: write it off; nothing can be issued.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>Only {available} {unit} of {name} (batch {batch}) at {location}: {quantity} cannot be taken.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>Only {available} {unit} of {name} can be issued at {location}, not {quantity}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Ordered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>Other certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>PO</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Packaging</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Partly received</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Preferred supplier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>Product inspection report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/permissions.py" />
      <source>Purchase and manage suppliers (purchaser)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Purchase inspection ledger (进货查验台账)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Purchase order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Purchase order id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Purchase order {number} is not from {name}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Purchase order {number} is {state}: it cannot be cancelled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Purchase order {number} is {state}: nothing can be received against it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Purchase order {number} is {state}: only a draft can be sent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Purchase order {number} was sent: its lines cannot change.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Purchase orders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/permissions.py" />
      <source>Purchase orders, reorder suggestions, suppliers and their licences.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/scorecard.py" />
      <source>Qualified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Quantity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Receipt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Receipts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Receipts and inspection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/permissions.py" />
      <source>Receipts with inspection, issues, transfers, write-offs, stocktake counts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Received</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/recipes.py" />
      <source>Recipes nest too deep (a cycle?).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Rejected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/scorecard.py" />
      <source>Rejected receipt lines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Reorder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Reorder point</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Return to supplier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Reversal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Sale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Say in which unit the item is counted (kg, bottle, bucket...).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/trace.py" />
      <source>Say why the batch is recalled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>Say why the move is reversed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Say why the purchase order is cancelled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>Say why the stock goes back to the supplier.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>Say why the stock is written off.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>Say why the supplier is suspended.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/permissions.py" />
      <source>See stock costs and values</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Shelf life (days)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Stock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Stock and suppliers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Stock balances</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Stock items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Stock moves</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Stock value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Stocktake</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Stocktake count sheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Stocktake difference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Stocktake differences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Stocktake no.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Storage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Store room</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/scorecard.py" />
      <source>Substantiated complaints</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Supplier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Supplier scorecards</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Supplier scorecards and ranking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Suppliers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Supplies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Suspended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/api.py" />
      <source>That batch does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/scorecard.py" />
      <source>That criterion does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/common.py" />
      <source>That item does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/stocktake.py" />
      <source>That line is not on this count sheet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/common.py" />
      <source>That location does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/recipes.py" />
      <source>That product already has a recipe.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/recipes.py" />
      <source>That product is a stock item itself: it needs no recipe.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>That product is already linked to another item.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>That purchase order does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>That receipt does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/recipes.py" />
      <source>That recipe does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>That stock move does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/stocktake.py" />
      <source>That stocktake does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>That supplier does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/common.py" />
      <source>The amount cannot be negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>The expected delivery date lies in the past.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/buckets.py" />
      <source>The number of buckets owned cannot be negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/common.py" />
      <source>The quantity is too large.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/common.py" />
      <source>The quantity must be greater than zero.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>The receipt date lies in the future.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/recipes.py" />
      <source>The recipe names an unknown item (id {id}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/recipes.py" />
      <source>The recipe names an unknown sub-recipe (id {id}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>The shelf life is a number of days greater than zero.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>This move is itself a reversal: record a new move instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>This move was already reversed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/stocktake.py" />
      <source>This stocktake was already posted on {day} by {name}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/stocktake.py" />
      <source>This stocktake was posted: its counts cannot change.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/scorecard.py" />
      <source>To be replaced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Transfer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Unit cost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Unqualified suppliers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Value of the differences (counted against expected, either way) of the stocktakes the person counted and that were posted in the period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Value of the stock the person wrote off as waste or spoilage in the period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Van</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/permissions.py" />
      <source>View stock, batches and suppliers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Waste</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Waste written off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Within {days} days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>arrived at {temp} °C</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>at batch cost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>certificates missing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/reorder.py" />
      <source>from the reorder suggestions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/trace.py" />
      <source>inspected by {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>issued</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/orders_link.py" />
      <source>only {available} {unit} of {name} in stock, {quantity} needed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>packaging damaged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/recipes.py" />
      <source>portion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>purchase order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>receipt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>sensory check failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/stocktake.py" />
      <source>stocktake {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>transferred</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>{expired} expired: write them off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>{licence} {number} expired on {date}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>{licence} {number} expires on {date}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>{names} · {more}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>{name} already has stock moves in {unit}: its unit cannot change.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/recipes.py" />
      <source>{name} contains this recipe itself: a recipe cannot contain itself.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>{name} is archived: no {what}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/common.py" />
      <source>{name} is counted in {unit}, not in {given}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>{name} is not on that purchase order.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>{name} is not qualified: {reasons} No {what}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>{name} is perishable: enter its expiry date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>{name} is suspended ({reason}): no {what}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>{name} is {storage}: measure its temperature on arrival.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>{name}: batch {batch} is already in stock with another supplier or expiry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>{name}: say why the line is rejected or what was remarked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>{name}: the expiry date {expiry} lies before the receipt date {day}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>{name}: the production date lies after the receipt date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>{name}: {problems}. Reject the line or accept it with a remark.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>{n} licences expire within 30 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/stocktake.py" />
      <source>{n} lines are not counted yet: enter a count (0 if none) for every line.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>{n} negative balances to count</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="inventory/services/orders_link.py" />
      <source>{product}: {problem}</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>

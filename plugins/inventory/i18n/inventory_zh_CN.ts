<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>BalancesPage</name>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>At</source>
      <translation>地点</translation>
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Batch</source>
      <translation>批次</translation>
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Issue stock (first expiry first out)</source>
      <translation>领用出库（先到期先出）</translation>
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Issue…</source>
      <translation>领用…</translation>
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Item</source>
      <translation>物料</translation>
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Order or ticket (bar)</source>
      <translation>订单或小票（吧台）</translation>
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Stock balances</source>
      <translation>库存结存</translation>
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Stock value: {v}</source>
      <translation>库存金额：{v}</translation>
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>To</source>
      <translation>到</translation>
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Transfer stock</source>
      <translation>库存调拨</translation>
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Transfer…</source>
      <translation>调拨…</translation>
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Write off waste or spoilage</source>
      <translation>报损（损耗或变质）</translation>
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Write off…</source>
      <translation>报损…</translation>
    </message>
  </context>
  <context>
    <name>BatchesPage</name>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>Batches and traceability</source>
      <translation>批次与追溯</translation>
    </message>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>Blocked</source>
      <translation>已封存</translation>
    </message>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>Expiry</source>
      <translation>到期日</translation>
    </message>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>For</source>
      <translation>用于</translation>
    </message>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>Inspection</source>
      <translation>查验</translation>
    </message>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>Item</source>
      <translation>物料</translation>
    </message>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>Location</source>
      <translation>库位</translation>
    </message>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>Move</source>
      <translation>变动</translation>
    </message>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>Orders that used it</source>
      <translation>使用该批次的订单</translation>
    </message>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>Recall (block) the batch…</source>
      <translation>召回（封存）该批次…</translation>
    </message>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>Recall the batch: nothing more of it is issued</source>
      <translation>召回批次：不再出库</translation>
    </message>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>Receipt</source>
      <translation>入库单</translation>
    </message>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>Received</source>
      <translation>到货</translation>
    </message>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>Supplier</source>
      <translation>供应商</translation>
    </message>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="inventory/ui/batches.py" />
      <source>Where it is</source>
      <translation>现存位置</translation>
    </message>
  </context>
  <context>
    <name>BucketsPage</name>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Accounted for</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Bucket reconciliation</source>
      <translation>水桶对账</translation>
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Buckets</source>
      <translation>桶数</translation>
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Buckets owned</source>
      <translation>自有桶总数</translation>
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Buckets owned…</source>
      <translation>自有桶总数…</translation>
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Difference</source>
      <translation>差异</translation>
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Empty</source>
      <translation>空桶</translation>
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Full</source>
      <translation>满桶</translation>
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Held by customers on deposit</source>
      <translation>客户押桶在外</translation>
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>In stock</source>
      <translation>库存</translation>
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Location</source>
      <translation>库位</translation>
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>not available</source>
      <translation>无数据</translation>
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>not entered</source>
      <translation>未录入</translation>
    </message>
  </context>
  <context>
    <name>InventorySettings</name>
    <message>
      <location filename="inventory/ui/settings.py" />
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <location filename="inventory/ui/settings.py" />
      <source>Expired stock is never issued, whatever is set here: it can only be written off. A blind count (expected quantities hidden) finds more differences.</source>
      <translation>无论此处如何设置，过期库存一律不得出库，只能报损。盲盘（隐藏账面数量）能发现更多差异。</translation>
    </message>
    <message>
      <location filename="inventory/ui/settings.py" />
      <source>Show the expected quantities on the count sheet</source>
      <translation>在盘点表上显示账面数量</translation>
    </message>
    <message>
      <location filename="inventory/ui/settings.py" />
      <source>Warn of expiring batches on the dashboard</source>
      <translation>在首页提醒即将到期的批次</translation>
    </message>
  </context>
  <context>
    <name>ItemsPage</name>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Change the item</source>
      <translation>修改物料</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Code</source>
      <translation>编码</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Items</source>
      <translation>物料</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Kind</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>New item</source>
      <translation>新建物料</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>New item… (Ctrl+N)</source>
      <translation>新建物料…（Ctrl+N）</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>On the books</source>
      <translation>账面数量</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Reorder point</source>
      <translation>补货点</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Reorder quantity</source>
      <translation>补货量</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Shelf life (days)</source>
      <translation>保质期（天）</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Storage</source>
      <translation>储存条件</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Usable stock</source>
      <translation>可用库存</translation>
    </message>
  </context>
  <context>
    <name>LinesEditor</name>
    <message>
      <location filename="inventory/ui/common.py" />
      <source>Add line (Enter)</source>
      <translation>添加行（Enter）</translation>
    </message>
    <message>
      <location filename="inventory/ui/common.py" />
      <source>Clear</source>
      <translation>清空</translation>
    </message>
    <message>
      <location filename="inventory/ui/common.py" />
      <source>Remove line (Del)</source>
      <translation>删除行（Del）</translation>
    </message>
  </context>
  <context>
    <name>LocationsPage</name>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Change the location</source>
      <translation>修改库位</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Code</source>
      <translation>编码</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Edit…</source>
      <translation>修改…</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>In use</source>
      <translation>在用</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Locations</source>
      <translation>库位</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>New location</source>
      <translation>新建库位</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>New location… (Ctrl+N)</source>
      <translation>新建库位…(Ctrl+N)</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Put back in use</source>
      <translation>重新启用</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Sold or served from here</source>
      <translation>在此销售或出品</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Stock at this location</source>
      <translation>此库位的库存</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Take out of use</source>
      <translation>停用</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Vehicle</source>
      <translation>车辆</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>yes</source>
      <translation>是</translation>
    </message>
  </context>
  <context>
    <name>MovesPage</name>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>A move is never edited or deleted: a wrong one is reversed by a counter-move.</source>
      <translation>库存流水不可修改或删除：记错的流水用一笔冲销流水冲回。</translation>
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Reverse move {id}</source>
      <translation>冲销流水 {id}</translation>
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Reverse the selected move…</source>
      <translation>冲销所选流水…</translation>
    </message>
    <message>
      <location filename="inventory/ui/stock.py" />
      <source>Stock moves (the ledger)</source>
      <translation>库存流水（台账）</translation>
    </message>
  </context>
  <context>
    <name>PurchaseOrdersPage</name>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Cancel purchase order {number}: it cannot be undone</source>
      <translation>作废采购单 {number}：此操作无法撤销</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Cancel the order…</source>
      <translation>作废采购单…</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Change draft…</source>
      <translation>修改草稿…</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Expected delivery</source>
      <translation>预计到货</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Item</source>
      <translation>物料</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>New… (Ctrl+N)</source>
      <translation>新建…（Ctrl+N）</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Only a draft can be changed: {number} is {state}.</source>
      <translation>只能修改草稿：{number} 当前为{state}。</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Ordered</source>
      <translation>下单</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Price</source>
      <translation>单价</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Purchase order {number} is sent.</source>
      <translation>采购单 {number} 已发出。</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Purchase order {number} saved as a draft.</source>
      <translation>采购单 {number} 已存为草稿。</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Purchase orders</source>
      <translation>采购单</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Receive against it…</source>
      <translation>按此单收货…</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Received</source>
      <translation>到货</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Send</source>
      <translation>发出</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
  </context>
  <context>
    <name>ReceiptsPage</name>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Against PO</source>
      <translation>对应采购单</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Batch</source>
      <translation>批次</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Certificates seen (索证索票)</source>
      <translation>已索证索票</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Decision</source>
      <translation>结论</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Expiry</source>
      <translation>到期日</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Going back to {supplier}: {lines}.</source>
      <translation>退回{supplier}：{lines}。</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Inspection</source>
      <translation>查验</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Inspection ledger…</source>
      <translation>进货查验台账…</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Inspector</source>
      <translation>查验人</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Invoice seen</source>
      <translation>已见发票</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Item</source>
      <translation>物料</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>On time</source>
      <translation>准时</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Receipt {number} recorded: {n} line(s) into stock.</source>
      <translation>收货单 {number} 已登记：{n} 行已入库。</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Receipts and incoming inspection</source>
      <translation>入库与进货查验</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Receive a delivery… (Ctrl+N)</source>
      <translation>进货收货…（Ctrl+N）</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Remark</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>all right</source>
      <translation>正常</translation>
    </message>
  </context>
  <context>
    <name>RecipesPage</name>
    <message>
      <location filename="inventory/ui/recipes.py" />
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <location filename="inventory/ui/recipes.py" />
      <source>New recipe… (Ctrl+N)</source>
      <translation>新建配方…（Ctrl+N）</translation>
    </message>
    <message>
      <location filename="inventory/ui/recipes.py" />
      <source>Per portion</source>
      <translation>每份用量</translation>
    </message>
    <message>
      <location filename="inventory/ui/recipes.py" />
      <source>Recipes</source>
      <translation>配方</translation>
    </message>
  </context>
  <context>
    <name>ReorderPage</name>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Create draft purchase orders</source>
      <translation>生成采购单草稿</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Item</source>
      <translation>物料</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>No preferred supplier</source>
      <translation>无首选供应商</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Nothing is below its reorder point.</source>
      <translation>没有低于补货点的物料。</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Nothing to buy: open purchase orders bring these items back to their reorder point.</source>
      <translation>无需再采购：以下物料低于补货点，未完成的采购单到货后即可补足。</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>On order</source>
      <translation>在途</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Reorder point</source>
      <translation>补货点</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Reorder suggestions</source>
      <translation>补货建议</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>To buy</source>
      <translation>建议采购</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Usable</source>
      <translation>可用</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>Without a preferred supplier: {names}</source>
      <translation>无首选供应商：{names}</translation>
    </message>
    <message>
      <location filename="inventory/ui/purchasing.py" />
      <source>{n} draft purchase orders made.</source>
      <translation>已生成 {n} 张采购单草稿。</translation>
    </message>
  </context>
  <context>
    <name>ScorecardPage</name>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Click a figure to see the records it counts.</source>
      <translation>点击数字可查看其统计的记录。</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Month {m}</source>
      <translation>{m} 月</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Quarter {q}</source>
      <translation>第 {q} 季度</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Receipts</source>
      <translation>到货次数</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Score</source>
      <translation>得分</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Standing</source>
      <translation>评级</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Supplier</source>
      <translation>供应商</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Supplier scorecards</source>
      <translation>供应商评分</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Weights: </source>
      <translation>权重：</translation>
    </message>
  </context>
  <context>
    <name>StocktakePage</name>
    <message>
      <location filename="inventory/ui/stocktake.py" />
      <source>Batch</source>
      <translation>批次</translation>
    </message>
    <message>
      <location filename="inventory/ui/stocktake.py" />
      <source>Code</source>
      <translation>编码</translation>
    </message>
    <message>
      <location filename="inventory/ui/stocktake.py" />
      <source>Count, then Enter</source>
      <translation>输入盘点数后回车</translation>
    </message>
    <message>
      <location filename="inventory/ui/stocktake.py" />
      <source>Counted</source>
      <translation>实盘</translation>
    </message>
    <message>
      <location filename="inventory/ui/stocktake.py" />
      <source>Counting since {day} by {name}: {n} lines, {left} not counted yet.</source>
      <translation>{day} 起由 {name} 盘点：共 {n} 行，{left} 行未盘。</translation>
    </message>
    <message>
      <location filename="inventory/ui/stocktake.py" />
      <source>Difference</source>
      <translation>差异</translation>
    </message>
    <message>
      <location filename="inventory/ui/stocktake.py" />
      <source>Expected</source>
      <translation>账面</translation>
    </message>
    <message>
      <location filename="inventory/ui/stocktake.py" />
      <source>Expiry</source>
      <translation>到期日</translation>
    </message>
    <message>
      <location filename="inventory/ui/stocktake.py" />
      <source>Item</source>
      <translation>物料</translation>
    </message>
    <message>
      <location filename="inventory/ui/stocktake.py" />
      <source>No count open for this location: start one.</source>
      <translation>该库位没有进行中的盘点：请开始盘点。</translation>
    </message>
    <message>
      <location filename="inventory/ui/stocktake.py" />
      <source>Post differences</source>
      <translation>过账盘点差异</translation>
    </message>
    <message>
      <location filename="inventory/ui/stocktake.py" />
      <source>Print count sheet…</source>
      <translation>打印盘点表…</translation>
    </message>
    <message>
      <location filename="inventory/ui/stocktake.py" />
      <source>Save counts</source>
      <translation>保存盘点数</translation>
    </message>
    <message>
      <location filename="inventory/ui/stocktake.py" />
      <source>Show expected quantities to the counter</source>
      <translation>向盘点人显示账面数</translation>
    </message>
    <message>
      <location filename="inventory/ui/stocktake.py" />
      <source>Start count</source>
      <translation>开始盘点</translation>
    </message>
    <message>
      <location filename="inventory/ui/stocktake.py" />
      <source>Stocktake (盘点)</source>
      <translation>盘点</translation>
    </message>
  </context>
  <context>
    <name>SuppliersPage</name>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Add licence…</source>
      <translation>添加许可证…</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Batches</source>
      <translation>批次</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Change the supplier</source>
      <translation>修改供应商</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Expires</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Issuer</source>
      <translation>发证机关</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Licence or certificate</source>
      <translation>证照</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>New supplier</source>
      <translation>新建供应商</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>New… (Ctrl+N)</source>
      <translation>新建…（Ctrl+N）</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Not qualified</source>
      <translation>资质不合格</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Qualified</source>
      <translation>资质合格</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Reinstate</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Reinstate the supplier</source>
      <translation>恢复供应商</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Scan</source>
      <translation>扫描件</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Suppliers and licences</source>
      <translation>供应商与证照</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Suspend the supplier: no purchase order, no receipt</source>
      <translation>暂停供应商：不再下单、不再收货</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Suspended</source>
      <translation>已暂停</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Suspend…</source>
      <translation>暂停…</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Take {name} off suspension ({reason})? Purchase orders and receipts are accepted again while it is qualified.</source>
      <translation>解除{name}的暂停（{reason}）？恢复后，只要其合格，即可再次接受采购单和收货。</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Then add its licences: without a valid business licence (and a food licence for food) no purchase order or receipt is accepted from it.</source>
      <translation>然后添加其许可证：没有有效的营业执照（供应食品的还须有食品经营许可证），将不接受其采购单或收货。</translation>
    </message>
  </context>
  <context>
    <name>inventory</name>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>0: not perishable, no expiry date asked for on receipt.</source>
      <translation>0：非易腐物料，收货时无需填写保质期至。</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>A location code has at most 20 characters.</source>
      <translation>库位编码最多 20 个字符。</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>A location name has at most 80 characters.</source>
      <translation>库位名称最多 80 个字符。</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>A location still holding stock cannot be taken out of use.</source>
      <translation>仍有库存的库位不能停用。</translation>
    </message>
    <message>
      <location filename="inventory/services/scorecard.py" />
      <source>A month is 1 to 12.</source>
      <translation>月份为 1 至 12。</translation>
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>A posted stock move cannot be changed or deleted: record a counter-move instead.</source>
      <translation>已记账的库存流水不能修改或删除：请记一笔冲销流水。</translation>
    </message>
    <message>
      <location filename="inventory/services/common.py" />
      <source>A quantity has at most three decimal places.</source>
      <translation>数量最多三位小数。</translation>
    </message>
    <message>
      <location filename="inventory/services/scorecard.py" />
      <source>A quarter is 1 to 4.</source>
      <translation>季度为 1 至 4。</translation>
    </message>
    <message>
      <location filename="inventory/ui/receiving.py" />
      <source>A receipt from this supplier is refused.</source>
      <translation>拒绝接收该供应商的进货。</translation>
    </message>
    <message>
      <location filename="inventory/services/recipes.py" />
      <source>A recipe called {name} already exists.</source>
      <translation>已有名为 {name} 的配方。</translation>
    </message>
    <message>
      <location filename="inventory/services/recipes.py" />
      <source>A recipe needs at least one ingredient.</source>
      <translation>配方至少需要一种原料。</translation>
    </message>
    <message>
      <location filename="inventory/services/stocktake.py" />
      <source>A stocktake of {location} is already being counted.</source>
      <translation>{location} 已有进行中的盘点。</translation>
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>A supplier called {name} already exists.</source>
      <translation>已有名为 {name} 的供应商。</translation>
    </message>
    <message>
      <location filename="inventory/services/scorecard.py" />
      <source>A weight lies between 0 and 100.</source>
      <translation>权重在 0 到 100 之间。</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Accepted</source>
      <translation>合格收货</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Accepted with remark</source>
      <translation>让步接收（有备注）</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Active</source>
      <translation>启用</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Add a licence or certificate</source>
      <translation>添加许可证或证书</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Add at least one line to the purchase order.</source>
      <translation>采购单至少需要一行。</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Add at least one line to the receipt.</source>
      <translation>入库单至少需要一行。</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Adjustment</source>
      <translation>调整</translation>
    </message>
    <message>
      <location filename="inventory/ui/receiving.py" />
      <source>Against purchase order</source>
      <translation>对应采购单</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>All licences valid</source>
      <translation>证照均有效</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Ambient</source>
      <translation>常温</translation>
    </message>
    <message>
      <location filename="inventory/reports/documents.py" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>An adjustment needs a reason.</source>
      <translation>调整需要填写原因。</translation>
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>An issue from the bar needs the order or ticket it serves (见单下货).</source>
      <translation>吧台出品须凭订单或小票（见单下货）。</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Another item already has the code {code}.</source>
      <translation>编码 {code} 已被其他物料使用。</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Another item is already called {name}.</source>
      <translation>已有名为 {name} 的物料。</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Another location already has the code {code}.</source>
      <translation>编码 {code} 已被其他库位使用。</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Another location is already called {name}.</source>
      <translation>已有库位叫 {name}。</translation>
    </message>
    <message>
      <location filename="inventory/permissions.py" />
      <source>Approve stocktakes, suspend suppliers, recall batches, items, locations, recipes, scorecard weights.</source>
      <translation>审批盘点、暂停供应商、召回批次，维护物料、库位、配方和评分权重。</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Approver</source>
      <translation>审批人</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Approver (name)</source>
      <translation>审批人（姓名）</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Arrival temperature</source>
      <translation>到货温度</translation>
    </message>
    <message>
      <location filename="inventory/services/scorecard.py" />
      <source>At least one criterion needs a weight above zero.</source>
      <translation>至少一项指标的权重须大于零。</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Attachment</source>
      <translation>附件</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Attachment name</source>
      <translation>附件名</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Bar</source>
      <translation>吧台</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Batch</source>
      <translation>批次</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Batch code</source>
      <translation>批号</translation>
    </message>
    <message>
      <location filename="inventory/ui/receiving.py" />
      <source>Batch no.</source>
      <translation>批次号</translation>
    </message>
    <message>
      <location filename="inventory/services/trace.py" />
      <source>Batch {batch} is already blocked.</source>
      <translation>批次 {batch} 已封存。</translation>
    </message>
    <message>
      <location filename="inventory/services/stocktake.py" />
      <source>Batch {batch} is already on the count sheet.</source>
      <translation>批次 {batch} 已在盘点表上。</translation>
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>Batch {batch} is not a batch of {name}.</source>
      <translation>批次 {batch} 不是 {name} 的批次。</translation>
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>Batch {batch} of {name} expired on {expiry}: it cannot be {action}, only written off.</source>
      <translation>{name} 批次 {batch} 已于 {expiry} 过期：不能{action}，只能报损。</translation>
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>Batch {batch} of {name} is blocked ({reason}): it cannot be {action}.</source>
      <translation>{name} 批次 {batch} 已封存（{reason}）：不能{action}。</translation>
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Batches</source>
      <translation>批次</translation>
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Batches and traceability</source>
      <translation>批次与追溯</translation>
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Below reorder point</source>
      <translation>低于补货点</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Block reason</source>
      <translation>冻结原因</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Blocked</source>
      <translation>已封存</translation>
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Bucket reconciliation</source>
      <translation>水桶对账</translation>
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>Business licence (营业执照)</source>
      <translation>营业执照</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>By</source>
      <translation>经手人</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Cancel reason</source>
      <translation>取消原因</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="inventory/reports/documents.py" />
      <source>Certificates</source>
      <translation>证票</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Certificates OK</source>
      <translation>证件合格</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Certificates and invoice seen</source>
      <translation>索证索票</translation>
    </message>
    <message>
      <location filename="inventory/ui/receiving.py" />
      <source>Certificates of this product seen</source>
      <translation>已查验该产品的证明</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Certificates seen</source>
      <translation>已索证</translation>
    </message>
    <message>
      <location filename="inventory/ui/receiving.py" />
      <source>Change the draft purchase order</source>
      <translation>修改采购单草稿</translation>
    </message>
    <message>
      <location filename="inventory/ui/recipes.py" />
      <source>Change the recipe</source>
      <translation>修改配方</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Check the supplier's licence, the product's inspection report and the invoice (索证索票) before accepting food.</source>
      <translation>接收食品前须查验供应商许可证、产品检验报告和发票（索证索票）。</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Chilled 0-8 °C</source>
      <translation>冷藏 0-8 °C</translation>
    </message>
    <message>
      <location filename="inventory/ui/common.py" />
      <source>Choose a line of the list to see its details here.</source>
      <translation>在左侧列表中选一行，这里显示它的详情。</translation>
    </message>
    <message>
      <location filename="inventory/services/scorecard.py" />
      <source>Choose a month or a quarter.</source>
      <translation>请选择月份或季度。</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Choose accept, reject or accept with a remark.</source>
      <translation>请选择合格收货、拒收或让步接收。</translation>
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>Choose another location to move the stock to.</source>
      <translation>请选择另一个调入库位。</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Choose how the item is stored: ambient, chilled or frozen.</source>
      <translation>请选择储存条件：常温、冷藏或冷冻。</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Choose the scan…</source>
      <translation>选择扫描件…</translation>
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>Choose waste or return to supplier.</source>
      <translation>请选择报损或退货给供应商。</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Choose what kind of item this is.</source>
      <translation>请选择物料类别。</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Choose what kind of location this is.</source>
      <translation>请选择库位类型。</translation>
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>Choose which licence or certificate this is.</source>
      <translation>请选择证照类型。</translation>
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>Choosing a batch by hand needs a reason.</source>
      <translation>手工指定批次需要填写原因。</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Cleaning supplies</source>
      <translation>清洁用品</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Code</source>
      <translation>编码</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Cold room</source>
      <translation>冷藏库</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Complaint</source>
      <translation>投诉</translation>
    </message>
    <message>
      <location filename="inventory/services/scorecard.py" />
      <source>Complaint #{id} ({day})</source>
      <translation>投诉 #{id}（{day}）</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Contact</source>
      <translation>联系人</translation>
    </message>
    <message>
      <location filename="inventory/ui/receiving.py" />
      <source>Cost</source>
      <translation>成本</translation>
    </message>
    <message>
      <location filename="inventory/reports/documents.py" />
      <source>Count date</source>
      <translation>盘点日期</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Counted</source>
      <translation>实盘</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Counted by</source>
      <translation>盘点人</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Counted by (name)</source>
      <translation>盘点人（姓名）</translation>
    </message>
    <message>
      <location filename="inventory/reports/documents.py" />
      <source>Counted by: ____________    Checked by: ____________    Date: ____________</source>
      <translation>盘点人：____________    复核人：____________    日期：____________</translation>
    </message>
    <message>
      <location filename="inventory/ui/receiving.py" />
      <source>Counted in {unit}</source>
      <translation>按{unit}盘点</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Counted on</source>
      <translation>盘点日期</translation>
    </message>
    <message>
      <location filename="inventory/reports/documents.py" />
      <source>Criterion</source>
      <translation>指标</translation>
    </message>
    <message>
      <location filename="inventory/reports/documents.py" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Date, supplier, item, batch, expiry, quantity, certificates and inspector of every receipt line, as market regulators ask for it.</source>
      <translation>按市场监管要求记录每一行进货：日期、供应商、品名、批次、到期日、数量、证票和查验人。</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Day</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Decision</source>
      <translation>处理结论</translation>
    </message>
    <message>
      <location filename="inventory/reports/documents.py" />
      <source>Deliver with the product inspection report and the invoice (索证索票). Goods failing the incoming inspection are returned.</source>
      <translation>送货时请随附产品检验报告和发票（索证索票）。进货查验不合格的货物将退回。</translation>
    </message>
    <message>
      <location filename="inventory/ui/receiving.py" />
      <source>Delivered by</source>
      <translation>送货人</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Delivered to the customer</source>
      <translation>送达客户</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Department</source>
      <translation>部门</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Department responsible</source>
      <translation>责任部门</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Depot</source>
      <translation>仓库</translation>
    </message>
    <message>
      <location filename="inventory/ui/recipes.py" />
      <source>Dish (order desk product)</source>
      <translation>菜品（点单台商品）</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Draft</source>
      <translation>草稿</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Drink</source>
      <translation>酒水饮料</translation>
    </message>
    <message>
      <location filename="inventory/services/recipes.py" />
      <source>Each line is either an item or a sub-recipe.</source>
      <translation>每一行须是物料或子配方之一。</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Employee</source>
      <translation>员工</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Empty bucket</source>
      <translation>空桶</translation>
    </message>
    <message>
      <location filename="inventory/services/common.py" />
      <source>Enter the amount as a number.</source>
      <translation>金额请输入数字。</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Enter the arrival temperature as a number (°C).</source>
      <translation>到货温度请输入数字（°C）。</translation>
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>Enter the date the licence expires.</source>
      <translation>请输入证照有效期。</translation>
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>Enter the licence or certificate number.</source>
      <translation>请输入证照编号。</translation>
    </message>
    <message>
      <location filename="inventory/services/buckets.py" />
      <source>Enter the number of buckets owned.</source>
      <translation>请输入自有桶总数。</translation>
    </message>
    <message>
      <location filename="inventory/services/common.py" />
      <source>Enter the quantity as a number.</source>
      <translation>数量请输入数字。</translation>
    </message>
    <message>
      <location filename="inventory/services/scorecard.py" />
      <source>Enter the weight as a number.</source>
      <translation>权重请输入数字。</translation>
    </message>
    <message>
      <location filename="inventory/reports/documents.py" />
      <source>Every receipt line with the supplier's licence and the product's inspection report checked (索证索票). Kept at least six months beyond the shelf life, two years where there is none.</source>
      <translation>每一行进货均已查验供应商许可证和产品检验报告（索证索票）。记录保存至保质期满后六个月，没有保质期的保存两年。</translation>
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Every supplier's score and standing for a period, best first, with each criterion.</source>
      <translation>各供应商在期间内的得分和评级，按得分排序，并列出各项指标。</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Everything in stock</source>
      <translation>库存充足</translation>
    </message>
    <message>
      <location filename="inventory/services/scorecard.py" />
      <source>Excellent</source>
      <translation>优秀</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Expected</source>
      <translation>账面</translation>
    </message>
    <message>
      <location filename="inventory/reports/documents.py" />
      <source>Expected delivery</source>
      <translation>预计到货</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Expected on</source>
      <translation>预计到货</translation>
    </message>
    <message>
      <location filename="inventory/reports/documents.py" />
      <source>Expected quantities</source>
      <translation>账面数量</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Expired</source>
      <translation>已过期</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Expired stock never comes to a sales location (a bar, a van).</source>
      <translation>过期库存不得进入销售库位(吧台、送水车)。</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Expires on</source>
      <translation>到期日</translation>
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Expiring soon</source>
      <translation>即将到期</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Expiry</source>
      <translation>到期日</translation>
    </message>
    <message>
      <location filename="inventory/ui/receiving.py" />
      <source>Expiry date</source>
      <translation>保质期至</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>First licence expiry</source>
      <translation>最早证照到期</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Food</source>
      <translation>食品</translation>
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>Food business licence (食品经营许可证)</source>
      <translation>食品经营许可证</translation>
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>Food production licence (食品生产许可证)</source>
      <translation>食品生产许可证</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Freezer</source>
      <translation>冷冻库</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Frozen</source>
      <translation>冷冻</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Full water bucket</source>
      <translation>满桶水</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Give the item a code.</source>
      <translation>请填写物料编码。</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Give the item a name.</source>
      <translation>请填写物料名称。</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Give the location a code.</source>
      <translation>请填写库位编码。</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Give the location a name.</source>
      <translation>请填写库位名称。</translation>
    </message>
    <message>
      <location filename="inventory/services/recipes.py" />
      <source>Give the recipe a name.</source>
      <translation>请填写配方名称。</translation>
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>Give the supplier a name.</source>
      <translation>请填写供应商名称。</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>In use</source>
      <translation>启用</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Ingredient</source>
      <translation>食材原料</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Ingredients</source>
      <translation>原料</translation>
    </message>
    <message>
      <location filename="inventory/ui/recipes.py" />
      <source>Ingredients taken from</source>
      <translation>原料取自</translation>
    </message>
    <message>
      <location filename="inventory/reports/documents.py" />
      <source>Inspection</source>
      <translation>查验</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Inspector</source>
      <translation>查验人</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Inspector (staff)</source>
      <translation>验收人（员工）</translation>
    </message>
    <message>
      <location filename="inventory/ui/receiving.py" />
      <source>Into</source>
      <translation>入库至</translation>
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Inventory and suppliers</source>
      <translation>库存与供应商</translation>
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Inventory: stock, receipts and sales</source>
      <translation>库存：入库、采购与销售出库</translation>
    </message>
    <message>
      <location filename="inventory/ui/receiving.py" />
      <source>Invoice or delivery note seen (索票)</source>
      <translation>已查验发票或送货单（索票）</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Invoice seen</source>
      <translation>已见发票</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Is the order desk's product</source>
      <translation>为点单台商品</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Issue</source>
      <translation>领用</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Issued by</source>
      <translation>发证机关</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Issuer</source>
      <translation>发证机关</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Item</source>
      <translation>物料</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Item no.</source>
      <translation>物料序号</translation>
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Item, batch, expiry and a blank count column for one location.</source>
      <translation>一个库位的物料、批次、到期日和空白的实盘栏。</translation>
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Items</source>
      <translation>物料</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Kind</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Kitchen</source>
      <translation>厨房</translation>
    </message>
    <message>
      <location filename="inventory/services/scorecard.py" />
      <source>Kitchen anomalies</source>
      <translation>厨房异常</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Licence</source>
      <translation>证照</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Licence expiring</source>
      <translation>证照将到期</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Licence or certificate</source>
      <translation>许可证或证书</translation>
    </message>
    <message>
      <location filename="inventory/ui/receiving.py" />
      <source>Licences and product inspection report seen (索证)</source>
      <translation>已查验许可证及产品检验报告（索证）</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Licences need it; an inspection report may have none.</source>
      <translation>许可证必须填写；检验报告可不填。</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Line {n} ({name}): {error}</source>
      <translation>第 {n} 行（{name}）：{error}</translation>
    </message>
    <message>
      <location filename="inventory/reports/documents.py" />
      <source>Lines</source>
      <translation>行数</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Location</source>
      <translation>库位</translation>
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Locations</source>
      <translation>库位</translation>
    </message>
    <message>
      <location filename="inventory/permissions.py" />
      <source>Manage inventory (manager)</source>
      <translation>库存管理（经理）</translation>
    </message>
    <message>
      <location filename="inventory/reports/documents.py" />
      <source>Measured</source>
      <translation>实测</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Move</source>
      <translation>变动</translation>
    </message>
    <message>
      <location filename="inventory/permissions.py" />
      <source>Move stock (storekeeper)</source>
      <translation>出入库（库管）</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Name or pinyin initials</source>
      <translation>名称或拼音首字母</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Name, pinyin initials or code</source>
      <translation>名称、拼音首字母或编码</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Needs the costs permission</source>
      <translation>需要成本查看权限</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Negative</source>
      <translation>负库存</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Negative: count it</source>
      <translation>负库存：请盘点</translation>
    </message>
    <message>
      <location filename="inventory/ui/receiving.py" />
      <source>New purchase order</source>
      <translation>新建采购单</translation>
    </message>
    <message>
      <location filename="inventory/ui/recipes.py" />
      <source>New recipe</source>
      <translation>新建配方</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Next: {names}</source>
      <translation>待补：{names}</translation>
    </message>
    <message>
      <location filename="inventory/services/scorecard.py" />
      <source>No deliveries</source>
      <translation>无到货</translation>
    </message>
    <message>
      <location filename="inventory/reports/documents.py" />
      <source>No receipts in the period.</source>
      <translation>期间内无进货。</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>No scan chosen.</source>
      <translation>未选择扫描件。</translation>
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>No scan is kept with that licence.</source>
      <translation>该许可证未保存扫描件。</translation>
    </message>
    <message>
      <location filename="inventory/reports/documents.py" />
      <source>No suppliers.</source>
      <translation>没有供应商。</translation>
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>No valid business licence (营业执照).</source>
      <translation>没有有效的营业执照。</translation>
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>No valid food business or food production licence.</source>
      <translation>没有有效的食品经营许可证或食品生产许可证。</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>None</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Not qualified</source>
      <translation>资质不合格</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="inventory/reports/documents.py" />
      <source>Nothing on the books here.</source>
      <translation>该库位账面无库存。</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>OK</source>
      <translation>正常</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>On hand</source>
      <translation>结存</translation>
    </message>
    <message>
      <location filename="inventory/services/scorecard.py" />
      <source>On probation</source>
      <translation>观察期</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>On time</source>
      <translation>准时</translation>
    </message>
    <message>
      <location filename="inventory/services/scorecard.py" />
      <source>On-time receipts</source>
      <translation>准时到货</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Only a van is linked to a vehicle of the order desk.</source>
      <translation>只有送水车库位才能关联订单台的车辆。</translation>
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>Only expired stock of {name} is left at {location}: write it off; nothing can be issued.</source>
      <translation>{location} 的 {name} 只剩过期库存：请报损，不能出库。</translation>
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>Only {available} {unit} of {name} (batch {batch}) at {location}: {quantity} cannot be taken.</source>
      <translation>{location} 的 {name}（批次 {batch}）只有 {available} {unit}：不能取出 {quantity}。</translation>
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>Only {available} {unit} of {name} can be issued at {location}, not {quantity}.</source>
      <translation>{location} 的 {name} 只能出库 {available} {unit}，不足 {quantity}。</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Order</source>
      <translation>订单</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Ordered</source>
      <translation>下单</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Ordered on</source>
      <translation>下单日期</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>Other certificate</source>
      <translation>其他证明</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Out of use</source>
      <translation>已停用</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>PO</source>
      <translation>采购单</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Packaging</source>
      <translation>包装材料</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Packaging OK</source>
      <translation>包装合格</translation>
    </message>
    <message>
      <location filename="inventory/ui/receiving.py" />
      <source>Packaging intact</source>
      <translation>包装完好</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Partly received</source>
      <translation>部分到货</translation>
    </message>
    <message>
      <location filename="inventory/ui/recipes.py" />
      <source>Per portion</source>
      <translation>每份用量</translation>
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Period</source>
      <translation>期间</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Placeholder</source>
      <translation>占位批次</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Posted at</source>
      <translation>过账时间</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Preferred supplier</source>
      <translation>首选供应商</translation>
    </message>
    <message>
      <location filename="inventory/ui/receiving.py" />
      <source>Price</source>
      <translation>单价</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Product</source>
      <translation>品名</translation>
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>Product inspection report</source>
      <translation>产品检验报告</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Production date</source>
      <translation>生产日期</translation>
    </message>
    <message>
      <location filename="inventory/permissions.py" />
      <source>Purchase and manage suppliers (purchaser)</source>
      <translation>采购与供应商管理（采购员）</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Purchase inspection ledger</source>
      <translation>进货查验台账</translation>
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Purchase inspection ledger (进货查验台账)</source>
      <translation>进货查验台账</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Purchase order</source>
      <translation>采购单</translation>
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Purchase order id</source>
      <translation>采购单号（内部编号）</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Purchase order line</source>
      <translation>采购单明细</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Purchase order {number} is not from {name}.</source>
      <translation>采购单 {number} 不是 {name} 的。</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Purchase order {number} is {state}: it cannot be cancelled.</source>
      <translation>采购单 {number} 状态为{state}：不能取消。</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Purchase order {number} is {state}: nothing can be received against it.</source>
      <translation>采购单 {number} 状态为{state}：不能再收货。</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Purchase order {number} is {state}: only a draft can be sent.</source>
      <translation>采购单 {number} 状态为{state}：只有草稿可以发出。</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Purchase order {number} was sent: its lines cannot change.</source>
      <translation>采购单 {number} 已发出：明细不能再改。</translation>
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Purchase orders</source>
      <translation>采购单</translation>
    </message>
    <message>
      <location filename="inventory/permissions.py" />
      <source>Purchase orders, reorder suggestions, suppliers and their licences.</source>
      <translation>采购单、补货建议、供应商及其证照。</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Qualification</source>
      <translation>资质</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Qualified</source>
      <translation>资质合格</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="inventory/reports/documents.py" />
      <source>Ranking</source>
      <translation>排名</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Receipt</source>
      <translation>入库单</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Receipt line</source>
      <translation>入库明细</translation>
    </message>
    <message>
      <location filename="inventory/reports/documents.py" />
      <source>Receipts</source>
      <translation>到货次数</translation>
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Receipts and inspection</source>
      <translation>入库与查验</translation>
    </message>
    <message>
      <location filename="inventory/permissions.py" />
      <source>Receipts with inspection, issues, transfers, write-offs, stocktake counts.</source>
      <translation>入库查验、领用、调拨、报损和盘点录入。</translation>
    </message>
    <message>
      <location filename="inventory/ui/receiving.py" />
      <source>Receive a delivery (incoming inspection)</source>
      <translation>进货收货（进货查验）</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Received</source>
      <translation>到货</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Received at</source>
      <translation>收货时间</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Received on</source>
      <translation>收货日期</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Recipe</source>
      <translation>配方</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Recipe line</source>
      <translation>配方明细</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Recipe of a completed order</source>
      <translation>已完成订单的配方扣料</translation>
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Recipes</source>
      <translation>配方</translation>
    </message>
    <message>
      <location filename="inventory/services/recipes.py" />
      <source>Recipes nest too deep (a cycle?).</source>
      <translation>配方嵌套过深（是否循环？）。</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Recipes take their ingredients from {name} ({recipes}): change them first.</source>
      <translation>有配方从 {name} 取料({recipes}):请先修改配方。</translation>
    </message>
    <message>
      <location filename="inventory/ui/receiving.py" />
      <source>Record the receipt (Ctrl+S)</source>
      <translation>登记收货单（Ctrl+S）</translation>
    </message>
    <message>
      <location filename="inventory/reports/documents.py" />
      <source>Records</source>
      <translation>来源记录</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Reference</source>
      <translation>单据</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Rejected</source>
      <translation>拒收</translation>
    </message>
    <message>
      <location filename="inventory/services/scorecard.py" />
      <source>Rejected receipt lines</source>
      <translation>拒收行</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Remark</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Reorder</source>
      <translation>补货</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Reorder point</source>
      <translation>补货点</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Reorder quantity</source>
      <translation>补货数量</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Return to supplier</source>
      <translation>退货给供应商</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Reversal</source>
      <translation>冲销</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Reverses</source>
      <translation>冲销</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>S1, C1, V1...</source>
      <translation>S1、C1、V1…</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Sale</source>
      <translation>销售消耗</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Sales</source>
      <translation>销售</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Sales location</source>
      <translation>销售库位</translation>
    </message>
    <message>
      <location filename="inventory/ui/receiving.py" />
      <source>Save the draft (Ctrl+S)</source>
      <translation>保存草稿（Ctrl+S）</translation>
    </message>
    <message>
      <location filename="inventory/ui/recipes.py" />
      <source>Save the recipe (Ctrl+S)</source>
      <translation>保存配方（Ctrl+S）</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Say in which unit the item is counted (kg, bottle, bucket...).</source>
      <translation>请填写计量单位（公斤、瓶、桶……）。</translation>
    </message>
    <message>
      <location filename="inventory/services/trace.py" />
      <source>Say why the batch is recalled.</source>
      <translation>请填写召回原因。</translation>
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>Say why the move is reversed.</source>
      <translation>请填写冲销原因。</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Say why the purchase order is cancelled.</source>
      <translation>请填写取消采购单的原因。</translation>
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>Say why the stock goes back to the supplier.</source>
      <translation>请填写退货原因。</translation>
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>Say why the stock is written off.</source>
      <translation>请填写报损原因。</translation>
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>Say why the supplier is suspended.</source>
      <translation>请填写暂停供应商的原因。</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Scan</source>
      <translation>扫描件</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
      <translation>扫描件 (*.pdf *.png *.jpg *.jpeg);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="inventory/reports/documents.py" />
      <source>Score</source>
      <translation>得分</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Score criterion</source>
      <translation>评分项</translation>
    </message>
    <message>
      <location filename="inventory/reports/documents.py" />
      <source>Score per supplier</source>
      <translation>各供应商得分</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Searchable by pinyin initials too.</source>
      <translation>也可按拼音首字母搜索。</translation>
    </message>
    <message>
      <location filename="inventory/permissions.py" />
      <source>See stock costs and values</source>
      <translation>查看库存成本与金额</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Sensory OK</source>
      <translation>感官合格</translation>
    </message>
    <message>
      <location filename="inventory/ui/receiving.py" />
      <source>Sensory check passed (look, smell)</source>
      <translation>感官检查合格（看、闻）</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>Sent</source>
      <translation>已发出</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Sent at</source>
      <translation>发出时间</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Shelf life</source>
      <translation>保质期</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Shelf life (days)</source>
      <translation>保质期（天）</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Shortfall</source>
      <translation>短缺</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Show expected</source>
      <translation>显示账面数</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Sold or served from here</source>
      <translation>在此销售或出品</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Standard cost</source>
      <translation>标准成本</translation>
    </message>
    <message>
      <location filename="inventory/reports/documents.py" />
      <source>Standing</source>
      <translation>评级</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Started at</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Stock</source>
      <translation>库存</translation>
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Stock and suppliers</source>
      <translation>库存与供应商</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Stock balance</source>
      <translation>库存余额</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Stock balances</source>
      <translation>库存结存</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Stock item</source>
      <translation>物料</translation>
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Stock items</source>
      <translation>库存物料</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Stock lines</source>
      <translation>库存行数</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Stock move</source>
      <translation>库存变动</translation>
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Stock moves</source>
      <translation>库存流水</translation>
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Stock value</source>
      <translation>库存金额</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Stocktake</source>
      <translation>盘点</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Stocktake count</source>
      <translation>盘点数</translation>
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Stocktake count sheet</source>
      <translation>盘点表</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Stocktake difference</source>
      <translation>盘点差异</translation>
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Stocktake differences</source>
      <translation>盘点差异</translation>
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Stocktake no.</source>
      <translation>盘点编号</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Storage</source>
      <translation>储存条件</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Store room</source>
      <translation>干货库</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Sub-recipe</source>
      <translation>子配方</translation>
    </message>
    <message>
      <location filename="inventory/services/scorecard.py" />
      <source>Substantiated complaints</source>
      <translation>有效投诉</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Supplier</source>
      <translation>供应商</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Supplier contact</source>
      <translation>供应商联系人</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Supplier incident</source>
      <translation>供应商事件</translation>
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Supplier scorecards</source>
      <translation>供应商评分</translation>
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Supplier scorecards and ranking</source>
      <translation>供应商评分与排名</translation>
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Suppliers</source>
      <translation>供应商</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Supplies</source>
      <translation>供应品类</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>Supplies food (a food licence is required)</source>
      <translation>供应食品（须有食品经营许可证）</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Suspend reason</source>
      <translation>暂停原因</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Suspended</source>
      <translation>已暂停</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Taken from</source>
      <translation>取自</translation>
    </message>
    <message>
      <location filename="inventory/ui/receiving.py" />
      <source>Temperature on arrival (°C)</source>
      <translation>到货温度（°C）</translation>
    </message>
    <message>
      <location filename="inventory/api.py" />
      <source>That batch does not exist.</source>
      <translation>该批次不存在。</translation>
    </message>
    <message>
      <location filename="inventory/services/scorecard.py" />
      <source>That criterion does not exist.</source>
      <translation>该指标不存在。</translation>
    </message>
    <message>
      <location filename="inventory/services/common.py" />
      <source>That item does not exist.</source>
      <translation>该物料不存在。</translation>
    </message>
    <message>
      <location filename="inventory/services/stocktake.py" />
      <source>That line is not on this count sheet.</source>
      <translation>该行不在本盘点表上。</translation>
    </message>
    <message>
      <location filename="inventory/services/common.py" />
      <source>That location does not exist.</source>
      <translation>该库位不存在。</translation>
    </message>
    <message>
      <location filename="inventory/services/recipes.py" />
      <source>That product already has a recipe.</source>
      <translation>该商品已有配方。</translation>
    </message>
    <message>
      <location filename="inventory/services/recipes.py" />
      <source>That product is a stock item itself: it needs no recipe.</source>
      <translation>该商品本身就是库存物料，不需要配方。</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>That product is already linked to another item.</source>
      <translation>该商品已关联其他物料。</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>That purchase order does not exist.</source>
      <translation>该采购单不存在。</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>That receipt does not exist.</source>
      <translation>该入库单不存在。</translation>
    </message>
    <message>
      <location filename="inventory/services/recipes.py" />
      <source>That recipe does not exist.</source>
      <translation>该配方不存在。</translation>
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>That stock move does not exist.</source>
      <translation>该库存流水不存在。</translation>
    </message>
    <message>
      <location filename="inventory/services/stocktake.py" />
      <source>That stocktake does not exist.</source>
      <translation>该盘点不存在。</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>That supplier does not exist.</source>
      <translation>该供应商不存在。</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>That vehicle already has a location of its own.</source>
      <translation>该车辆已有自己的库位。</translation>
    </message>
    <message>
      <location filename="inventory/services/common.py" />
      <source>The amount cannot be negative.</source>
      <translation>金额不能为负数。</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>The expected delivery date lies in the past.</source>
      <translation>预计到货日期已过。</translation>
    </message>
    <message>
      <location filename="inventory/ui/receiving.py" />
      <source>The line being typed is not right: see beside its fields, or clear it.</source>
      <translation>正在录入的行有误：请查看各栏旁的提示，或将其清空。</translation>
    </message>
    <message>
      <location filename="inventory/services/buckets.py" />
      <source>The number of buckets owned cannot be negative.</source>
      <translation>自有桶数不能为负数。</translation>
    </message>
    <message>
      <location filename="inventory/services/common.py" />
      <source>The quantity is too large.</source>
      <translation>数量过大。</translation>
    </message>
    <message>
      <location filename="inventory/services/common.py" />
      <source>The quantity must be greater than zero.</source>
      <translation>数量必须大于零。</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>The receipt date lies in the future.</source>
      <translation>入库日期不能晚于今天。</translation>
    </message>
    <message>
      <location filename="inventory/services/recipes.py" />
      <source>The recipe names an unknown item (id {id}).</source>
      <translation>配方中有不存在的物料（编号 {id}）。</translation>
    </message>
    <message>
      <location filename="inventory/services/recipes.py" />
      <source>The recipe names an unknown sub-recipe (id {id}).</source>
      <translation>配方中有不存在的子配方（编号 {id}）。</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>The scan could not be read: {error}</source>
      <translation>无法读取扫描件：{error}</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>The scan of the document</source>
      <translation>证件扫描件</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>The shelf life is a number of days greater than zero.</source>
      <translation>保质期为大于零的天数。</translation>
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>This move is itself a reversal: record a new move instead.</source>
      <translation>这笔流水本身就是冲销：请记一笔新流水。</translation>
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>This move was already reversed.</source>
      <translation>这笔流水已冲销过。</translation>
    </message>
    <message>
      <location filename="inventory/services/stocktake.py" />
      <source>This stocktake was already posted on {day} by {name}.</source>
      <translation>该盘点已于 {day} 由 {name} 过账。</translation>
    </message>
    <message>
      <location filename="inventory/services/stocktake.py" />
      <source>This stocktake was posted: its counts cannot change.</source>
      <translation>该盘点已过账：盘点数不能再改。</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="inventory/services/scorecard.py" />
      <source>To be replaced</source>
      <translation>建议更换</translation>
    </message>
    <message>
      <location filename="inventory/reports/documents.py" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Transfer</source>
      <translation>调拨</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Unit cost</source>
      <translation>单位成本</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Unit price</source>
      <translation>单价</translation>
    </message>
    <message>
      <location filename="inventory/services/scorecard.py" />
      <source>Unknown scorecard criterion {code}.</source>
      <translation>未知的评分卡指标 {code}。</translation>
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Unqualified suppliers</source>
      <translation>资质不合格的供应商</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Value</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Value of the differences (counted against expected, either way) of the stocktakes the person counted and that were posted in the period.</source>
      <translation>该员工盘点并于期间内过账的盘点差异金额（盘盈盘亏均计）。</translation>
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Value of the stock the person wrote off as waste or spoilage in the period.</source>
      <translation>该员工在期间内报损（损耗、变质）的库存金额。</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>Van</source>
      <translation>送水车</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Vehicle</source>
      <translation>车辆</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>Vehicle (a van)</source>
      <translation>车辆(送水车)</translation>
    </message>
    <message>
      <location filename="inventory/permissions.py" />
      <source>View stock, batches and suppliers</source>
      <translation>查看库存、批次和供应商</translation>
    </message>
    <message>
      <location filename="inventory/services/common.py" />
      <source>Warn between 0 and 90 days ahead.</source>
      <translation>提前 0 至 90 天提醒。</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Waste</source>
      <translation>报损</translation>
    </message>
    <message>
      <location filename="inventory/plugin.py" />
      <source>Waste written off</source>
      <translation>报损金额</translation>
    </message>
    <message>
      <location filename="inventory/models.py" />
      <source>Weight</source>
      <translation>权重</translation>
    </message>
    <message>
      <location filename="inventory/reports/documents.py" />
      <source>Weights: {weights}</source>
      <translation>权重：{weights}</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>Within {days} days</source>
      <translation>{days} 天内</translation>
    </message>
    <message>
      <location filename="inventory/ui/receiving.py" />
      <source>all right</source>
      <translation>正常</translation>
    </message>
    <message>
      <location filename="inventory/ui/receiving.py" />
      <source>arrival at most {t} °C</source>
      <translation>到货温度不高于 {t} °C</translation>
    </message>
    <message>
      <location filename="inventory/ui/receiving.py" />
      <source>arrival {low} to {high} °C: measure it</source>
      <translation>到货温度须在 {low} 至 {high} °C：请测温</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>arrived at {temp} °C, colder than {limit} °C</source>
      <translation>到货温度 {temp} °C，低于 {limit} °C</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>arrived at {temp} °C, warmer than {limit} °C</source>
      <translation>到货温度 {temp} °C，高于 {limit} °C</translation>
    </message>
    <message>
      <location filename="inventory/ui/receiving.py" />
      <source>as printed on the package</source>
      <translation>以包装上的标注为准</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>at batch cost</source>
      <translation>按批次成本</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>certificates missing</source>
      <translation>证票不全</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>days</source>
      <translation>天</translation>
    </message>
    <message>
      <location filename="inventory/services/reorder.py" />
      <source>from the reorder suggestions</source>
      <translation>由补货建议生成</translation>
    </message>
    <message>
      <location filename="inventory/reports/documents.py" />
      <source>hidden</source>
      <translation>不显示</translation>
    </message>
    <message>
      <location filename="inventory/services/trace.py" />
      <source>inspected by {name}</source>
      <translation>查验人 {name}</translation>
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>issued</source>
      <translation>出库</translation>
    </message>
    <message>
      <location filename="inventory/ui/catalog.py" />
      <source>kg, bottle, bucket...</source>
      <translation>千克、瓶、桶……</translation>
    </message>
    <message>
      <location filename="inventory/ui/suppliers.py" />
      <source>meat, vegetables, packaging...</source>
      <translation>肉类、蔬菜、包装材料……</translation>
    </message>
    <message>
      <location filename="inventory/reports/documents.py" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="inventory/ui/receiving.py" />
      <source>no expiry needed</source>
      <translation>无需保质期</translation>
    </message>
    <message>
      <location filename="inventory/services/orders_link.py" />
      <source>only {available} {unit} of {name} in stock, {quantity} needed.</source>
      <translation>{name} 库存只有 {available} {unit}，需要 {quantity}。</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>packaging damaged</source>
      <translation>包装破损</translation>
    </message>
    <message>
      <location filename="inventory/ui/receiving.py" />
      <source>perishable: expiry date needed</source>
      <translation>易腐：须填保质期至</translation>
    </message>
    <message>
      <location filename="inventory/services/recipes.py" />
      <source>portion</source>
      <translation>份</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>purchase order</source>
      <translation>采购</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>receipt</source>
      <translation>收货</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>sensory check failed</source>
      <translation>感官检查不合格</translation>
    </message>
    <message>
      <location filename="inventory/reports/documents.py" />
      <source>shown</source>
      <translation>显示</translation>
    </message>
    <message>
      <location filename="inventory/services/stocktake.py" />
      <source>stocktake {day}</source>
      <translation>{day} 盘点</translation>
    </message>
    <message>
      <location filename="inventory/ui/receiving.py" />
      <source>the supplier's contact (as on the delivery note)</source>
      <translation>供应商联系人（以送货单为准）</translation>
    </message>
    <message>
      <location filename="inventory/services/stock.py" />
      <source>transferred</source>
      <translation>调拨</translation>
    </message>
    <message>
      <location filename="inventory/ui/receiving.py" />
      <source>why it is rejected, or what was remarked</source>
      <translation>拒收原因或备注情况</translation>
    </message>
    <message>
      <location filename="inventory/reports/documents.py" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>{expired} expired: write them off</source>
      <translation>{expired} 个已过期：请报损</translation>
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>{licence} {number} expired on {date}.</source>
      <translation>{licence} {number} 已于 {date} 过期。</translation>
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>{licence} {number} expires on {date}.</source>
      <translation>{licence} {number} 将于 {date} 到期。</translation>
    </message>
    <message>
      <location filename="inventory/reports/documents.py" />
      <source>{location} · counted on {day}</source>
      <translation>{location} · {day} 盘点</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>{names} · {more}</source>
      <translation>{names} · {more}</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>{name} already has stock moves in {unit}: its unit cannot change.</source>
      <translation>{name} 已有以 {unit} 记账的流水：单位不能再改。</translation>
    </message>
    <message>
      <location filename="inventory/services/recipes.py" />
      <source>{name} contains this recipe itself: a recipe cannot contain itself.</source>
      <translation>{name} 包含了本配方：配方不能包含自身。</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>{name} holds expired stock: write it off before stock is sold from here.</source>
      <translation>{name} 有过期库存:请先报废,再在此销售。</translation>
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>{name} is archived: no {what}.</source>
      <translation>{name} 已归档：不能{what}。</translation>
    </message>
    <message>
      <location filename="inventory/services/common.py" />
      <source>{name} is counted in {unit}, not in {given}.</source>
      <translation>{name} 以 {unit} 计量，不是 {given}。</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>{name} is not on that purchase order.</source>
      <translation>{name} 不在该采购单上。</translation>
    </message>
    <message>
      <location filename="inventory/ui/receiving.py" />
      <source>{name} is not qualified:</source>
      <translation>{name} 不合格：</translation>
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>{name} is not qualified: {reasons} No {what}.</source>
      <translation>{name} 资质不合格：{reasons} 不能{what}。</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>{name} is perishable: enter its expiry date.</source>
      <translation>{name} 有保质期：请填写到期日。</translation>
    </message>
    <message>
      <location filename="inventory/ui/receiving.py" />
      <source>{name} is qualified.</source>
      <translation>{name} 合格。</translation>
    </message>
    <message>
      <location filename="inventory/services/suppliers.py" />
      <source>{name} is suspended ({reason}): no {what}.</source>
      <translation>{name} 已暂停（{reason}）：不能{what}。</translation>
    </message>
    <message>
      <location filename="inventory/ui/receiving.py" />
      <source>{name} is suspended: {reason}</source>
      <translation>{name} 已暂停：{reason}</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>{name} is {storage}: measure its temperature on arrival.</source>
      <translation>{name} 须{storage}：请测量到货温度。</translation>
    </message>
    <message>
      <location filename="inventory/services/catalog.py" />
      <source>{name} still holds stock: transfer it or write it off before taking the location out of use.</source>
      <translation>{name} 仍有库存:请先调拨或报废,再停用该库位。</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>{name}: batch {batch} is already in stock with another supplier or expiry.</source>
      <translation>{name}：批次 {batch} 已在库，但供应商或到期日不同。</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>{name}: say why the line is rejected or what was remarked.</source>
      <translation>{name}：请填写拒收原因或让步接收的说明。</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>{name}: the expiry date {expiry} lies before the receipt date {day}.</source>
      <translation>{name}：到期日 {expiry} 早于入库日期 {day}。</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>{name}: the production date lies after the receipt date.</source>
      <translation>{name}：生产日期晚于入库日期。</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>{name}: {problems}. Reject the line or accept it with a remark.</source>
      <translation>{name}：{problems}。请拒收或让步接收并备注。</translation>
    </message>
    <message>
      <location filename="inventory/reports/documents.py" />
      <source>{name}: {score} · {standing}</source>
      <translation>{name}：{score} · {standing}</translation>
    </message>
    <message>
      <location filename="inventory/reports/documents.py" />
      <source>{number} · {supplier}</source>
      <translation>{number} · {supplier}</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>{n} licences expire within 30 days</source>
      <translation>{n} 个证照 30 天内到期</translation>
    </message>
    <message>
      <location filename="inventory/services/stocktake.py" />
      <source>{n} lines are not counted yet: enter a count (0 if none) for every line.</source>
      <translation>还有 {n} 行未盘：每行都要填写实盘数（没有填 0）。</translation>
    </message>
    <message>
      <location filename="inventory/services/queries.py" />
      <source>{n} negative balances to count</source>
      <translation>{n} 个负库存待盘点</translation>
    </message>
    <message>
      <location filename="inventory/services/orders_link.py" />
      <source>{product}: {problem}</source>
      <translation>{product}：{problem}</translation>
    </message>
    <message>
      <location filename="inventory/services/scorecard.py" />
      <source>{receipt} received {day}, expected {expected} ({po})</source>
      <translation>{receipt} 于 {day} 收货，预计 {expected}（{po}）</translation>
    </message>
    <message>
      <location filename="inventory/reports/documents.py" />
      <source>{start} to {end}</source>
      <translation>{start} 至 {end}</translation>
    </message>
    <message>
      <location filename="inventory/reports/documents.py" />
      <source>{start} to {end} · {n} lines</source>
      <translation>{start} 至 {end} · 共 {n} 行</translation>
    </message>
    <message>
      <location filename="inventory/services/purchasing.py" />
      <source>{temp} °C cannot be a measured arrival temperature: enter a value between {low} and {high} °C.</source>
      <translation>{temp} °C 不可能是实测的到货温度：请输入 {low} 至 {high} °C 之间的数值。</translation>
    </message>
  </context>
</TS>

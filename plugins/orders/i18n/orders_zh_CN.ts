<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>CatalogPage</name>
    <message>
      <location filename="orders/ui/catalog.py" />
      <source>Bucket size (litres)</source>
      <translation>桶容量（升）</translation>
    </message>
    <message>
      <location filename="orders/ui/catalog.py" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="orders/ui/catalog.py" />
      <source>Code</source>
      <translation>编码</translation>
    </message>
    <message>
      <location filename="orders/ui/catalog.py" />
      <source>Deposit per bucket</source>
      <translation>每桶押金</translation>
    </message>
    <message>
      <location filename="orders/ui/catalog.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="orders/ui/catalog.py" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="orders/ui/catalog.py" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="orders/ui/catalog.py" />
      <source>On sale</source>
      <translation>在售</translation>
    </message>
    <message>
      <location filename="orders/ui/catalog.py" />
      <source>Price</source>
      <translation>单价</translation>
    </message>
    <message>
      <location filename="orders/ui/catalog.py" />
      <source>Returnable bucket</source>
      <translation>可回收桶</translation>
    </message>
    <message>
      <location filename="orders/ui/catalog.py" />
      <source>Unit</source>
      <translation>单位</translation>
    </message>
  </context>
  <context>
    <name>ChangeDayDialog</name>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Change one day</source>
      <translation>修改某一天</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Change this day</source>
      <translation>修改这一天</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Items</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Only the delivery of {day} changes; the standing order keeps its items.</source>
      <translation>只修改 {day} 这一次配送；定期订单本身的商品不变。</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Why</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Why (kept with the day)</source>
      <translation>原因（随这一天保存）</translation>
    </message>
  </context>
  <context>
    <name>ClosePage</name>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Buckets</source>
      <translation>桶数</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>By</source>
      <translation>操作人</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Cancellations</source>
      <translation>取消记录</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Cash by driver</source>
      <translation>配送员现金</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Cash counted</source>
      <translation>清点现金</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Cash expected</source>
      <translation>应交现金</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Cash handed in</source>
      <translation>已交现金</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Close the day</source>
      <translation>日清结账</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Close the day…</source>
      <translation>日清结账…</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Close {day}? Nothing dated that day can be changed afterwards; its delivered orders become completed.</source>
      <translation>确定对 {day} 日清结账？结账后当天的数据不能再修改，已送达的订单将标记为已完成。</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Closed</source>
      <translation>已结账</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Closed {time} by {name}</source>
      <translation>{name} 于 {time} 结账</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Daily close</source>
      <translation>日清</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Daily close saved as {path}.</source>
      <translation>日清报表已保存为 {path}。</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Day</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Delivered</source>
      <translation>已送达</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Delivered / served</source>
      <translation>已送达/已上菜</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Deliveries</source>
      <translation>配送单数</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Deposits collected</source>
      <translation>收取押金</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Deposits refunded</source>
      <translation>退还押金</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Difference</source>
      <translation>差额</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Driver</source>
      <translation>配送员</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Empties</source>
      <translation>回收空桶</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Hand-in recorded (difference {diff}).</source>
      <translation>交款已登记（差额 {diff}）。</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Handed in</source>
      <translation>已交</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Late</source>
      <translation>延误</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Method</source>
      <translation>支付方式</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Money taken</source>
      <translation>收款合计</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Money taken per day</source>
      <translation>每日收款</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Monthly summary saved as {path}.</source>
      <translation>月度汇总已保存为 {path}。</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Note (needed when it differs)</source>
      <translation>备注（金额不一致时必填）</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>On-time rate</source>
      <translation>准时率</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Open</source>
      <translation>未结账</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Order</source>
      <translation>订单</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Orders</source>
      <translation>订单</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Orders taken</source>
      <translation>接单数</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Other methods</source>
      <translation>其他方式</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Print daily close</source>
      <translation>打印日清表</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Print monthly summary</source>
      <translation>打印月度汇总</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Record hand-in</source>
      <translation>登记交款</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Still out</source>
      <translation>在途未回</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Taken</source>
      <translation>接单</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>{day} is closed.</source>
      <translation>{day} 已日清。</translation>
    </message>
    <message>
      <location filename="orders/ui/close.py" />
      <source>{taken} orders taken, {delivered} delivered, {cancelled} cancelled, {late} late · {amount}</source>
      <translation>接单 {taken}，送达 {delivered}，取消 {cancelled}，延误 {late} · {amount}</translation>
    </message>
  </context>
  <context>
    <name>DeliveryForm</name>
    <message>
      <location filename="orders/ui/delivery.py" />
      <source>Amount collected</source>
      <translation>实收金额</translation>
    </message>
    <message>
      <location filename="orders/ui/delivery.py" />
      <source>Buckets delivered</source>
      <translation>送达桶数</translation>
    </message>
    <message>
      <location filename="orders/ui/delivery.py" />
      <source>Confirm delivery</source>
      <translation>确认送达</translation>
    </message>
    <message>
      <location filename="orders/ui/delivery.py" />
      <source>Confirm delivery of {number}</source>
      <translation>确认订单 {number} 送达</translation>
    </message>
    <message>
      <location filename="orders/ui/delivery.py" />
      <source>Damaged buckets</source>
      <translation>破损桶数</translation>
    </message>
    <message>
      <location filename="orders/ui/delivery.py" />
      <source>Delivered ({when}); {amount} collected; the customer now holds {n} bucket(s).</source>
      <translation>已送达（{when}）；收款 {amount}；客户现存 {n} 个桶。</translation>
    </message>
    <message>
      <location filename="orders/ui/delivery.py" />
      <source>Empties collected</source>
      <translation>回收空桶</translation>
    </message>
    <message>
      <location filename="orders/ui/delivery.py" />
      <source>Exception</source>
      <translation>异常</translation>
    </message>
    <message>
      <location filename="orders/ui/delivery.py" />
      <source>Not delivered: the order goes back to the plan.</source>
      <translation>未送达：订单退回配送计划。</translation>
    </message>
    <message>
      <location filename="orders/ui/delivery.py" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="orders/ui/delivery.py" />
      <source>Paid by</source>
      <translation>付款方式</translation>
    </message>
    <message>
      <location filename="orders/ui/delivery.py" />
      <source>Record delivery</source>
      <translation>登记送达</translation>
    </message>
    <message>
      <location filename="orders/ui/delivery.py" />
      <source>Signed by</source>
      <translation>签收人</translation>
    </message>
    <message>
      <location filename="orders/ui/delivery.py" />
      <source>on time</source>
      <translation>准时</translation>
    </message>
    <message>
      <location filename="orders/ui/delivery.py" />
      <source>{n} min late</source>
      <translation>延误 {n} 分钟</translation>
    </message>
  </context>
  <context>
    <name>DepositsPage</name>
    <message>
      <location filename="orders/ui/deposits.py" />
      <source>Buckets</source>
      <translation>桶数</translation>
    </message>
    <message>
      <location filename="orders/ui/deposits.py" />
      <source>Buckets (+/-)</source>
      <translation>桶数（+/-）</translation>
    </message>
    <message>
      <location filename="orders/ui/deposits.py" />
      <source>Buckets returned</source>
      <translation>退回桶数</translation>
    </message>
    <message>
      <location filename="orders/ui/deposits.py" />
      <source>Choose a customer on the left.</source>
      <translation>请在左侧选择客户。</translation>
    </message>
    <message>
      <location filename="orders/ui/deposits.py" />
      <source>Correct</source>
      <translation>更正</translation>
    </message>
    <message>
      <location filename="orders/ui/deposits.py" />
      <source>Correct the bucket count (after counting at the customer's)</source>
      <translation>更正存桶数（上门清点后）</translation>
    </message>
    <message>
      <location filename="orders/ui/deposits.py" />
      <source>Correction recorded.</source>
      <translation>更正已登记。</translation>
    </message>
    <message>
      <location filename="orders/ui/deposits.py" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="orders/ui/deposits.py" />
      <source>Deposit</source>
      <translation>押金</translation>
    </message>
    <message>
      <location filename="orders/ui/deposits.py" />
      <source>Deposit held</source>
      <translation>押金余额</translation>
    </message>
    <message>
      <location filename="orders/ui/deposits.py" />
      <source>Deposit refunded</source>
      <translation>退还押金</translation>
    </message>
    <message>
      <location filename="orders/ui/deposits.py" />
      <source>Entry</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="orders/ui/deposits.py" />
      <source>Held</source>
      <translation>存桶</translation>
    </message>
    <message>
      <location filename="orders/ui/deposits.py" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="orders/ui/deposits.py" />
      <source>Order</source>
      <translation>订单</translation>
    </message>
    <message>
      <location filename="orders/ui/deposits.py" />
      <source>Print statement</source>
      <translation>打印对账单</translation>
    </message>
    <message>
      <location filename="orders/ui/deposits.py" />
      <source>Refund</source>
      <translation>退押金</translation>
    </message>
    <message>
      <location filename="orders/ui/deposits.py" />
      <source>Refund deposit (buckets handed back for good)</source>
      <translation>退押金（客户退桶不再使用）</translation>
    </message>
    <message>
      <location filename="orders/ui/deposits.py" />
      <source>Refund recorded.</source>
      <translation>退押金已登记。</translation>
    </message>
    <message>
      <location filename="orders/ui/deposits.py" />
      <source>Statement saved as {path}.</source>
      <translation>对账单已保存为 {path}。</translation>
    </message>
    <message>
      <location filename="orders/ui/deposits.py" />
      <source>Why</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="orders/ui/deposits.py" />
      <source>{name}: {n} bucket(s) held, deposit {money}</source>
      <translation>{name}：存桶 {n} 个，押金 {money}</translation>
    </message>
  </context>
  <context>
    <name>DispatchBoard</name>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Area</source>
      <translation>片区</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Brakes</source>
      <translation>刹车</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Buckets</source>
      <translation>桶数</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Check failed: the vehicle is blocked for the day and its orders are back in the plan.</source>
      <translation>检查不合格：该车辆当天停用，其订单已退回配送计划。</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Check recorded: the vehicle may leave.</source>
      <translation>检查已登记：车辆可以出车。</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Departure of the day</source>
      <translation>当天出车时间</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Departure of the day: promised times count from it</source>
      <translation>当天出车时间：承诺送达时间由此推算</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Driver</source>
      <translation>配送员</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Generated from the customer's standing order</source>
      <translation>由客户的定期订单生成</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Leaves at</source>
      <translation>出车时间</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Lights</source>
      <translation>灯光</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Load secured</source>
      <translation>装载牢固</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Move</source>
      <translation>改派</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Move to another driver</source>
      <translation>改派给其他配送员</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Moved; the move is logged and kept when the day is planned again.</source>
      <translation>已改派；改派已记录，重新排计划时会保留。</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>No departure set for {driver} on {day}.</source>
      <translation>{driver} 在 {day} 未设出车时间。</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>No departure set: promised times count from the next dispatch round</source>
      <translation>未设出车时间：承诺送达时间按下一轮发车推算</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Not assigned</source>
      <translation>未分配</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Off: orders already planned stay with their driver and only new orders are placed. On: every planned order not moved by hand is placed again (tell the drivers).</source>
      <translation>不勾选：已排好的订单留在原配送员，只安排新订单。勾选：所有未经人工指派的已排订单重新分配（请通知配送员）。</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Order</source>
      <translation>订单</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Plan the day (F6)</source>
      <translation>排当日计划 (F6)</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Planned {n} stop(s) over {d} driver(s).</source>
      <translation>已为 {d} 位配送员安排 {n} 个送货点。</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Pre-departure check</source>
      <translation>出车前检查</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Print route sheets</source>
      <translation>打印路线单</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Promised</source>
      <translation>承诺送达</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Re-plan planned orders too</source>
      <translation>已排订单也重新分配</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Record check</source>
      <translation>登记检查</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Refund {money}</source>
      <translation>应退 {money}</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Route sheet saved as {path}.</source>
      <translation>路线单已保存为 {path}。</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Send the driver out</source>
      <translation>派车出发</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Set departure</source>
      <translation>设定出车时间</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Stop</source>
      <translation>站序</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>The time the driver leaves today, such as 08:30; left empty, the vehicle's usual time</source>
      <translation>司机今天的出车时间，如 08:30；留空则按车辆平时的出车时间</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>To collect</source>
      <translation>应收</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Tyres</source>
      <translation>轮胎</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Vehicle</source>
      <translation>车辆</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>What failed (needed when an item fails)</source>
      <translation>不合格项（有不合格时必填）</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Why</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>Why (kept in the log)</source>
      <translation>原因（记入日志）</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>[standing] </source>
      <translation>[定期] </translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>e.g. 08:30</source>
      <translation>如 08:30</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>leaves {time}</source>
      <translation>{time} 出车</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>no vehicle</source>
      <translation>无车辆</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>not yet</source>
      <translation>尚未</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>{driver} leaves at {time} on {day}; promised times count from it.</source>
      <translation>{driver} 于 {day} {time} 出车，承诺送达时间由此推算。</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>{kept} already planned stayed with their driver; {new} placed now.</source>
      <translation>{kept} 单已排好，仍由原配送员配送；本次新安排 {new} 单。</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>{n} (vehicle {cap})</source>
      <translation>{n}（车载 {cap}）</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>{n} could not be assigned: {why}</source>
      <translation>{n} 单无法分配：{why}</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>{n} order(s) dispatched.</source>
      <translation>已派送 {n} 单。</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>{n} stop(s), {e} empties expected</source>
      <translation>{n} 个送货点，应回收空桶 {e} 个</translation>
    </message>
    <message>
      <location filename="orders/ui/dispatch_board.py" />
      <source>{stops} stop(s) planned, {waiting} waiting · planned {when} ({runs} run(s))</source>
      <translation>已安排 {stops} 个送货点，待分配 {waiting} 个 · 排计划时间 {when}（共 {runs} 次）</translation>
    </message>
  </context>
  <context>
    <name>ImportPage</name>
    <message>
      <location filename="orders/ui/imports.py" />
      <source>Areas the file names that do not exist yet: {names}</source>
      <translation>文件中提到但尚未建立的片区：{names}</translation>
    </message>
    <message>
      <location filename="orders/ui/imports.py" />
      <source>Choose a CSV or Excel file…</source>
      <translation>选择 CSV 或 Excel 文件…</translation>
    </message>
    <message>
      <location filename="orders/ui/imports.py" />
      <source>Column of the file</source>
      <translation>文件中的列</translation>
    </message>
    <message>
      <location filename="orders/ui/imports.py" />
      <source>Columns (change one and the file is read again)</source>
      <translation>列对应（修改后重新读取文件）</translation>
    </message>
    <message>
      <location filename="orders/ui/imports.py" />
      <source>Columns: name, phone, address (customers) or name, price, kind, category, unit, bucket size, deposit, returnable (products); Chinese headers such as 姓名, 电话, 地址, 品名, 单价 work too. CSV may be UTF-8 or GBK as Excel saves it.</source>
      <translation>列：客户为姓名、电话、地址；商品为名称、单价、类型、类别、单位、桶容量、押金、是否回收。也可以使用“姓名、电话、地址、品名、单价”等中文表头。CSV 可以是 UTF-8 或 Excel 保存的 GBK 编码。</translation>
    </message>
    <message>
      <location filename="orders/ui/imports.py" />
      <source>Create these areas</source>
      <translation>建立这些片区</translation>
    </message>
    <message>
      <location filename="orders/ui/imports.py" />
      <source>Customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="orders/ui/imports.py" />
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="orders/ui/imports.py" />
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="orders/ui/imports.py" />
      <source>Import addresses no area claims (without an area)</source>
      <translation>导入不属于任何片区的地址（不设片区）</translation>
    </message>
    <message>
      <location filename="orders/ui/imports.py" />
      <source>Import file</source>
      <translation>导入文件</translation>
    </message>
    <message>
      <location filename="orders/ui/imports.py" />
      <source>Import rows without an address</source>
      <translation>导入没有地址的行</translation>
    </message>
    <message>
      <location filename="orders/ui/imports.py" />
      <source>Line</source>
      <translation>行号</translation>
    </message>
    <message>
      <location filename="orders/ui/imports.py" />
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="orders/ui/imports.py" />
      <source>Products</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="orders/ui/imports.py" />
      <source>Reading the file</source>
      <translation>正在读取文件</translation>
    </message>
    <message>
      <location filename="orders/ui/imports.py" />
      <source>Row as read</source>
      <translation>读取的内容</translation>
    </message>
    <message>
      <location filename="orders/ui/imports.py" />
      <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
      <translation>表格文件 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="orders/ui/imports.py" />
      <source>We deliver by area</source>
      <translation>按片区配送</translation>
    </message>
    <message>
      <location filename="orders/ui/imports.py" />
      <source>Write the valid rows</source>
      <translation>写入有效行</translation>
    </message>
    <message>
      <location filename="orders/ui/imports.py" />
      <source>Write the {n} valid row(s)</source>
      <translation>写入 {n} 条有效记录</translation>
    </message>
    <message>
      <location filename="orders/ui/imports.py" />
      <source>Writing</source>
      <translation>正在写入</translation>
    </message>
    <message>
      <location filename="orders/ui/imports.py" />
      <source>{file}: {total} row(s) read as {encoding}; {ok} valid, {bad} with problems. Only the valid rows are written.</source>
      <translation>{file}：按 {encoding} 读取 {total} 行；有效 {ok} 行，有问题 {bad} 行。只写入有效行。</translation>
    </message>
    <message>
      <location filename="orders/ui/imports.py" />
      <source>{n} area(s) created.</source>
      <translation>已建立 {n} 个片区。</translation>
    </message>
    <message>
      <location filename="orders/ui/imports.py" />
      <source>{n} row(s) written.</source>
      <translation>已写入 {n} 行。</translation>
    </message>
    <message>
      <location filename="orders/ui/imports.py" />
      <source>— not imported —</source>
      <translation>— 不导入 —</translation>
    </message>
  </context>
  <context>
    <name>ItemsEditor</name>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Add item</source>
      <translation>添加商品</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Product</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Remove item</source>
      <translation>删除商品</translation>
    </message>
  </context>
  <context>
    <name>OrderDesk</name>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>(paused {start} to {end})</source>
      <translation>（{start} 至 {end} 暂停）</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>A quantity from 1 to {n}.</source>
      <translation>数量应为 1 到 {n}。</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Add</source>
      <translation>添加</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Area: {area}</source>
      <translation>片区：{area}</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>As soon as possible</source>
      <translation>尽快送达</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Buckets held: {n} · deposit {money}</source>
      <translation>存桶：{n} 个 · 押金 {money}</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Caller's phone number, then Enter</source>
      <translation>来电号码，按回车</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Changing order {number} ({state}): Ctrl+Enter saves the change.</source>
      <translation>正在修改订单 {number}（{state}）：按 Ctrl+Enter 保存修改。</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Confirm it from the order list when the customer has agreed.</source>
      <translation>客户同意后请在订单列表中确认。</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Contact phone</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Create customer</source>
      <translation>新建客户</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Delivery address</source>
      <translation>送货地址</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Guests</source>
      <translation>人数</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Last order repeated: Ctrl+Enter confirms it, or type another product.</source>
      <translation>已复制上次订单：按 Ctrl+Enter 确认，或继续输入商品。</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Last orders</source>
      <translation>最近订单</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Look the customer up first (phone, then Enter).</source>
      <translation>请先查找客户（输入电话后回车）。</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>New customer</source>
      <translation>新客户</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Next call (F3)</source>
      <translation>下一个来电 (F3)</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>No customer yet</source>
      <translation>尚未选择客户</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>No product on sale is called “{text}”.</source>
      <translation>没有名为“{text}”的在售商品。</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Note: {notes}</source>
      <translation>备注：{notes}</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Order {number} changed.</source>
      <translation>订单 {number} 已修改。</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Order {number} confirmed · promised {time}</source>
      <translation>订单 {number} 已确认 · 预计 {time} 送达</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Order {number} saved, NOT confirmed.</source>
      <translation>订单 {number} 已保存，但未确认。</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Order {number} saved, not confirmed yet.</source>
      <translation>订单 {number} 已保存，尚未确认。</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Phone (Enter)</source>
      <translation>电话（回车）</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Price</source>
      <translation>单价</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Print ticket (F8)</source>
      <translation>打印点菜单 (F8)</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Printer test page</source>
      <translation>打印机测试页</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Product</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Product name or code (W05*3 adds three), Enter adds; Enter on empty repeats the last order</source>
      <translation>商品名称或编码（W05*3 即三件），回车添加；为空时回车复制上次订单</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Qty</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Reason for the change</source>
      <translation>修改原因</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Remove line (Del)</source>
      <translation>删除该行 (Del)</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Requested time</source>
      <translation>要求送达时间</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Save and confirm (Ctrl+Enter)</source>
      <translation>保存并确认 (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Save the change (Ctrl+Enter)</source>
      <translation>保存修改 (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Save unconfirmed (Ctrl+S)</source>
      <translation>保存不确认 (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Standing order: {summary}</source>
      <translation>定期订单：{summary}</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Table</source>
      <translation>桌号</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Tell the customer: expected at {time} ({why}). F3 for the next call.</source>
      <translation>请告知客户：预计 {time} 送达（{why}）。按 F3 接下一个来电。</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Test page sent to {printers}.</source>
      <translation>测试页已发送到 {printers}。</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>The change is saved and recorded. F3 for the next call.</source>
      <translation>修改已保存并记录。按 F3 接下一个来电。</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>The ticket went to the receipt printer.</source>
      <translation>点菜单已发送到小票打印机。</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Ticket saved as {path}.</source>
      <translation>点菜单已保存为 {path}。</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Total {total}</source>
      <translation>合计 {total}</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>Why the confirmed order changes (kept with the change)</source>
      <translation>已确认订单的修改原因（随修改一并记录）</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>{name} has no earlier order to repeat.</source>
      <translation>{name} 没有可复制的历史订单。</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>{name} has not ordered before: type the first product (code or name).</source>
      <translation>{name} 是新客户：请输入第一件商品（编码或名称）。</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>{name}: press Enter on the empty product field to repeat the last order.</source>
      <translation>{name}：在空的商品栏按回车即可复制上次订单。</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>· deposit {deposit}</source>
      <translation>· 押金 {deposit}</translation>
    </message>
    <message>
      <location filename="orders/ui/desk.py" />
      <source>· {n} bucket(s), {e} empties to collect</source>
      <translation>· {n} 桶，回收空桶 {e} 个</translation>
    </message>
  </context>
  <context>
    <name>OrderListPage</name>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>Adjustment</source>
      <translation>调整</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>Adjustment, e.g. -5.00</source>
      <translation>调整金额，如 -5.00</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>Cancel order</source>
      <translation>取消订单</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>Cancelled because</source>
      <translation>取消原因</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>Change at the desk</source>
      <translation>到订单台修改</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>Choose an order on the left.</source>
      <translation>请在左侧选择订单。</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>Collected</source>
      <translation>已收</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>Complete</source>
      <translation>完成</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>Confirm</source>
      <translation>确认</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>Confirmed: promised {time}.</source>
      <translation>已确认：预计 {time} 送达。</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>Delivered at</source>
      <translation>送达时间</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>Delivery attempts</source>
      <translation>配送记录</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>Deposit due</source>
      <translation>应收押金</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>Driver</source>
      <translation>配送员</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>Edit</source>
      <translation>修改</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>Edits and adjustments</source>
      <translation>修改与调整记录</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>History</source>
      <translation>状态历史</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>Items</source>
      <translation>商品明细</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>Open the order desk (F2) to change this order.</source>
      <translation>请打开订单台（F2）修改此订单。</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>Paid at the bar.</source>
      <translation>已在吧台结账。</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>Pay at the bar</source>
      <translation>吧台结账</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>Print ticket</source>
      <translation>打印点菜单</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>Promised</source>
      <translation>承诺送达</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>Reason (needed to cancel or adjust)</source>
      <translation>原因（取消或调整时必填）</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>Record adjustment</source>
      <translation>登记调整</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>Requested</source>
      <translation>要求送达</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>Table</source>
      <translation>桌号</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>Taken at</source>
      <translation>接单时间</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>The adjustment was recorded.</source>
      <translation>调整已登记。</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>The order is completed.</source>
      <translation>订单已完成。</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>The order was cancelled.</source>
      <translation>订单已取消。</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>The ticket went to the receipt printer.</source>
      <translation>点菜单已发送到小票打印机。</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>Ticket saved as {path}.</source>
      <translation>点菜单已保存为 {path}。</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>Why this driver</source>
      <translation>分配原因</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>adjusted by</source>
      <translation>调整</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>as soon as possible</source>
      <translation>尽快</translation>
    </message>
    <message>
      <location filename="orders/ui/order_list.py" />
      <source>{n} min late</source>
      <translation>延误 {n} 分钟</translation>
    </message>
  </context>
  <context>
    <name>PrinterSettings</name>
    <message>
      <location filename="orders/ui/printers.py" />
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <location filename="orders/ui/printers.py" />
      <source>(the receipt printer)</source>
      <translation>（同小票打印机）</translation>
    </message>
    <message>
      <location filename="orders/ui/printers.py" />
      <source>Cashier copy</source>
      <translation>收银联</translation>
    </message>
    <message>
      <location filename="orders/ui/printers.py" />
      <source>Choose a printer installed on this PC, or type tcp://192.168.1.60:9100 for a network printer or a device such as LPT1. A copy without its own printer goes to the receipt printer. These settings belong to this PC only.</source>
      <translation>选择本机已安装的打印机，或输入网络打印机 tcp://192.168.1.60:9100、设备名如 LPT1。没有单独设置打印机的联打印到小票打印机。这些设置只属于本机。</translation>
    </message>
    <message>
      <location filename="orders/ui/printers.py" />
      <source>Kitchen copy</source>
      <translation>厨房联</translation>
    </message>
    <message>
      <location filename="orders/ui/printers.py" />
      <source>No installed printer was found (Windows with pywin32 lists them).</source>
      <translation>未找到已安装的打印机（在装有 pywin32 的 Windows 上才会列出）。</translation>
    </message>
    <message>
      <location filename="orders/ui/printers.py" />
      <source>Paper columns</source>
      <translation>纸宽（字符数）</translation>
    </message>
    <message>
      <location filename="orders/ui/printers.py" />
      <source>Receipt printer</source>
      <translation>小票打印机</translation>
    </message>
    <message>
      <location filename="orders/ui/printers.py" />
      <source>Save and print a test page</source>
      <translation>保存并打印测试页</translation>
    </message>
    <message>
      <location filename="orders/ui/printers.py" />
      <source>Table copy</source>
      <translation>桌台联</translation>
    </message>
    <message>
      <location filename="orders/ui/printers.py" />
      <source>Test page sent to {printers}</source>
      <translation>测试页已发送到 {printers}</translation>
    </message>
  </context>
  <context>
    <name>StandingPage</name>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>1, 15</source>
      <translation>1, 15</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Back to the rule</source>
      <translation>恢复按规则配送</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Change this day…</source>
      <translation>修改这一天…</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Coming days</source>
      <translation>接下来的配送日</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Customer's phone, then Enter</source>
      <translation>客户电话，然后回车</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Day</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Days of the month</source>
      <translation>每月几号</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Delivery</source>
      <translation>配送内容</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>End the standing order</source>
      <translation>结束定期订单</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Ends on</source>
      <translation>结束于</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Every (days)</source>
      <translation>间隔（天）</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Every N days</source>
      <translation>每隔 N 天</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>From</source>
      <translation>开始</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Generate today's orders</source>
      <translation>生成今天的订单</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Items</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Last delivery day</source>
      <translation>最后送货日</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>New</source>
      <translation>新建</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>No customer chosen</source>
      <translation>尚未选择客户</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>No delivery on statutory holidays</source>
      <translation>法定节假日不送</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>No delivery on {day}.</source>
      <translation>{day} 不配送。</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Nobody has that phone number.</source>
      <translation>没有客户使用该电话号码。</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>On days of the month</source>
      <translation>每月固定日期</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>On weekdays</source>
      <translation>每周固定星期</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Pause</source>
      <translation>暂停</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Pause from</source>
      <translation>暂停</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Pause or end</source>
      <translation>暂停或结束</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Paused</source>
      <translation>暂停</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Paused.</source>
      <translation>已暂停。</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Repeats</source>
      <translation>重复方式</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Save the standing order</source>
      <translation>保存定期订单</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Skip this day</source>
      <translation>跳过这一天</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Standing order</source>
      <translation>定期订单</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Standing order saved.</source>
      <translation>定期订单已保存。</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>The delivery of {day} is changed.</source>
      <translation>{day} 的配送已修改。</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>The standing order ends.</source>
      <translation>定期订单已结束。</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Time window</source>
      <translation>送货时段</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>To</source>
      <translation>结束</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Weekdays</source>
      <translation>星期</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Why (kept with the skipped day)</source>
      <translation>原因（与跳过的日期一起保存）</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>Why / order</source>
      <translation>原因 / 订单</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>{day} follows the standing order again.</source>
      <translation>{day} 恢复按定期订单配送。</translation>
    </message>
    <message>
      <location filename="orders/ui/standing.py" />
      <source>{n} order(s) generated for today.</source>
      <translation>已生成今天的 {n} 个订单。</translation>
    </message>
  </context>
  <context>
    <name>VehiclesPage</name>
    <message>
      <location filename="orders/ui/catalog.py" />
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <location filename="orders/ui/catalog.py" />
      <source>Capacity (buckets)</source>
      <translation>载桶量（桶）</translation>
    </message>
    <message>
      <location filename="orders/ui/catalog.py" />
      <source>In service</source>
      <translation>在用</translation>
    </message>
    <message>
      <location filename="orders/ui/catalog.py" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="orders/ui/catalog.py" />
      <source>Number plate</source>
      <translation>车牌号</translation>
    </message>
    <message>
      <location filename="orders/ui/catalog.py" />
      <source>Usual departure</source>
      <translation>平时出车时间</translation>
    </message>
    <message>
      <location filename="orders/ui/catalog.py" />
      <source>Usual driver</source>
      <translation>常用配送员</translation>
    </message>
    <message>
      <location filename="orders/ui/catalog.py" />
      <source>Vehicle</source>
      <translation>车辆</translation>
    </message>
    <message>
      <location filename="orders/ui/catalog.py" />
      <source>When the vehicle leaves on a usual day (office time); promised times count from it. The dispatch board can set another time for one day.</source>
      <translation>车辆平日的出车时间（本店时间），承诺送达时间由此推算。调度台可为某一天另设时间。</translation>
    </message>
    <message>
      <location filename="orders/ui/catalog.py" />
      <source>e.g. electric tricycle</source>
      <translation>如：电动三轮车</translation>
    </message>
  </context>
  <context>
    <name>_ListAndForm</name>
    <message>
      <location filename="orders/ui/catalog.py" />
      <source>New (Ctrl+N)</source>
      <translation>新建 (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="orders/ui/catalog.py" />
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
  </context>
  <context>
    <name>orders</name>
    <message>
      <location filename="orders/cli.py" />
      <source>  ... and {n} more</source>
      <translation>  …… 另有 {n} 行</translation>
    </message>
    <message>
      <location filename="orders/cli.py" />
      <source>  line {line}: {reason}</source>
      <translation>  第 {line} 行：{reason}</translation>
    </message>
    <message>
      <location filename="orders/cli.py" />
      <source>  {n} row(s): {reason} (first on line {line})</source>
      <translation>  {n} 行：{reason}（首次出现在第 {line} 行）</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>(standing order)</source>
      <translation>（定期订单）</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>- - - - - tear here - - - - -</source>
      <translation>- - - - - 沿此线撕开 - - - - -</translation>
    </message>
    <message>
      <location filename="orders/services/deposits.py" />
      <source>A correction changes the number of buckets: enter a non-zero number.</source>
      <translation>更正必须改变桶数：请输入非零数字。</translation>
    </message>
    <message>
      <location filename="orders/services/deposits.py" />
      <source>A customer cannot hold fewer than zero buckets.</source>
      <translation>客户的存桶数不能小于零。</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>A delivery order needs a customer: look one up by phone or create one.</source>
      <translation>外送订单需要客户：请按电话查找或新建客户。</translation>
    </message>
    <message>
      <location filename="orders/services/dispatch.py" />
      <source>A departure is a time such as 08:30.</source>
      <translation>出车时间请填写如 08:30 的时间。</translation>
    </message>
    <message>
      <location filename="orders/services/catalog.py" />
      <source>A deposit applies only to returnable buckets.</source>
      <translation>只有可回收桶才收押金。</translation>
    </message>
    <message>
      <location filename="orders/services/catalog.py" />
      <source>A deposit cannot be negative.</source>
      <translation>押金不能为负数。</translation>
    </message>
    <message>
      <location filename="orders/services/standing.py" />
      <source>A pause has a first and a last day.</source>
      <translation>暂停需要开始日和结束日。</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>A phone number has no letters: “{value}”.</source>
      <translation>电话号码不能包含字母：“{value}”。</translation>
    </message>
    <message>
      <location filename="orders/services/catalog.py" />
      <source>A price above {max} is surely a typing mistake.</source>
      <translation>单价超过 {max}，应该是输入错误。</translation>
    </message>
    <message>
      <location filename="orders/services/catalog.py" />
      <source>A price cannot be negative.</source>
      <translation>单价不能为负数。</translation>
    </message>
    <message>
      <location filename="orders/services/tickets.py" />
      <source>A printer is tcp://address:9100, win:&lt;installed printer&gt; or a device path such as LPT1.</source>
      <translation>打印机请填写 tcp://地址:9100、win:&lt;已安装的打印机&gt; 或设备路径（如 LPT1）。</translation>
    </message>
    <message>
      <location filename="orders/services/catalog.py" />
      <source>A product called “{name}” exists already.</source>
      <translation>已有名为“{name}”的商品。</translation>
    </message>
    <message>
      <location filename="orders/services/standing.py" />
      <source>A quantity from 1 to {n}.</source>
      <translation>数量应为 1 到 {n}。</translation>
    </message>
    <message>
      <location filename="orders/services/standing.py" />
      <source>A standing order needs at least one item.</source>
      <translation>定期订单至少要有一件商品。</translation>
    </message>
    <message>
      <location filename="orders/services/standing.py" />
      <source>A time window is two times such as 09:00 and 11:00.</source>
      <translation>送货时段是两个时间，例如 09:00 和 11:00。</translation>
    </message>
    <message>
      <location filename="orders/services/dispatch.py" />
      <source>A vehicle with plate {plate} exists already.</source>
      <translation>车牌 {plate} 的车辆已存在。</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Active</source>
      <translation>启用</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Address / phone</source>
      <translation>地址 / 电话</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Adjust delivered orders</source>
      <translation>调整已送达订单</translation>
    </message>
    <message>
      <location filename="orders/services/common.py" />
      <source>Adjustment</source>
      <translation>调整</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Adjustments</source>
      <translation>调整记录</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>After confirmation a delivery cannot become a table order or the other way round: cancel and re-enter it.</source>
      <translation>确认后外送订单与堂食订单不能互相转换：请取消后重新录入。</translation>
    </message>
    <message>
      <location filename="orders/services/common.py" />
      <source>Alipay</source>
      <translation>支付宝</translation>
    </message>
    <message>
      <location filename="orders/services/lists.py" />
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <location filename="orders/services/lists.py" />
      <source>All channels</source>
      <translation>全部渠道</translation>
    </message>
    <message>
      <location filename="orders/services/lists.py" />
      <source>All kinds</source>
      <translation>全部类型</translation>
    </message>
    <message>
      <location filename="orders/services/lists.py" />
      <source>All states</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <location filename="orders/services/lists.py" />
      <source>All time</source>
      <translation>全部时间</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Amount change</source>
      <translation>金额变化</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Amount collected</source>
      <translation>实收金额</translation>
    </message>
    <message>
      <location filename="orders/services/common.py" />
      <source>Amounts have at most two decimal places.</source>
      <translation>金额最多保留两位小数。</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>An address has at most {n} characters.</source>
      <translation>地址最多 {n} 个字符。</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>An adjustment changes the amount: enter a non-zero amount.</source>
      <translation>调整必须改变金额：请输入非零金额。</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>An order needs at least one item.</source>
      <translation>订单至少需要一项商品。</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Area</source>
      <translation>片区</translation>
    </message>
    <message>
      <location filename="orders/cli.py" />
      <source>Areas created: {names}.</source>
      <translation>已建立片区：{names}。</translation>
    </message>
    <message>
      <location filename="orders/cli.py" />
      <source>Areas the file names that do not exist yet: {names} (--create-areas creates them).</source>
      <translation>文件中提到但尚未建立的片区：{names}（加 --create-areas 可一并建立）。</translation>
    </message>
    <message>
      <location filename="orders/services/catalog.py" />
      <source>At most {n} characters.</source>
      <translation>最多 {n} 个字符。</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Attempted at</source>
      <translation>送货时间</translation>
    </message>
    <message>
      <location filename="orders/services/common.py" />
      <source>Bank card</source>
      <translation>银行卡</translation>
    </message>
    <message>
      <location filename="orders/services/close.py" />
      <source>Bar / counter</source>
      <translation>吧台 / 前台</translation>
    </message>
    <message>
      <location filename="orders/services/deliveries.py" />
      <source>Between 0 and the {n} bucket(s) ordered.</source>
      <translation>应在 0 到订购的 {n} 桶之间。</translation>
    </message>
    <message>
      <location filename="orders/services/dispatch.py" />
      <source>Blocked</source>
      <translation>已停用</translation>
    </message>
    <message>
      <location filename="orders/services/common.py" />
      <source>Bottled water</source>
      <translation>桶装水</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Brakes</source>
      <translation>刹车</translation>
    </message>
    <message>
      <location filename="orders/services/imports.py" />
      <source>Bucket deposit</source>
      <translation>桶押金</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Bucket deposit statement</source>
      <translation>桶押金对账单</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Bucket deposits</source>
      <translation>桶押金</translation>
    </message>
    <message>
      <location filename="orders/services/imports.py" />
      <source>Bucket litres</source>
      <translation>桶容量（升）</translation>
    </message>
    <message>
      <location filename="orders/services/catalog.py" />
      <source>Bucket size is a number of litres, such as 18.9.</source>
      <translation>桶容量以升为单位，如 18.9。</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Buckets</source>
      <translation>桶数</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Buckets delivered</source>
      <translation>送达桶数</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Buckets held</source>
      <translation>存桶数</translation>
    </message>
    <message>
      <location filename="orders/services/common.py" />
      <source>Buckets out</source>
      <translation>出桶</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Buckets out and returned, deposit paid and refunded, balance.</source>
      <translation>出桶与回桶、押金收取与退还及余额。</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Buckets to deliver</source>
      <translation>应送桶数</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>By</source>
      <translation>操作人</translation>
    </message>
    <message>
      <location filename="orders/cli.py" />
      <source>CSV (UTF-8 or GBK) or XLSX file</source>
      <translation>CSV（UTF-8 或 GBK）或 XLSX 文件</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Cancel orders</source>
      <translation>取消订单</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Cancel reason</source>
      <translation>取消原因</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Cancellation rate</source>
      <translation>取消率</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Cancellations</source>
      <translation>取消记录</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Cancelled at</source>
      <translation>取消时间</translation>
    </message>
    <message>
      <location filename="orders/services/imports.py" />
      <source>Cannot read {file}: {error}</source>
      <translation>无法读取 {file}：{error}</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Capacity (buckets)</source>
      <translation>载桶量（桶）</translation>
    </message>
    <message>
      <location filename="orders/services/dispatch.py" />
      <source>Capacity is a number of buckets between 1 and 1000.</source>
      <translation>载桶量应在 1 到 1000 桶之间。</translation>
    </message>
    <message>
      <location filename="orders/services/common.py" />
      <source>Cash</source>
      <translation>现金</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Cash by driver</source>
      <translation>配送员现金</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Cash expected</source>
      <translation>应交现金</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Cash hand-in</source>
      <translation>交款</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Cash hand-in and the daily close lock a day.</source>
      <translation>交款与日清结账后，当日数据即被锁定。</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Cash handed in</source>
      <translation>已交现金</translation>
    </message>
    <message>
      <location filename="orders/services/close.py" />
      <source>Cash not yet handed in by: {names}.</source>
      <translation>以下人员尚未交款：{names}。</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Cashier</source>
      <translation>收银员</translation>
    </message>
    <message>
      <location filename="orders/services/tickets.py" />
      <source>Cashier copy</source>
      <translation>收银联</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Catalogue</source>
      <translation>商品目录</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Changes</source>
      <translation>变更</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Check out table orders at the bar</source>
      <translation>吧台结账（堂食）</translation>
    </message>
    <message>
      <location filename="orders/services/dispatch.py" />
      <source>Checked</source>
      <translation>已检查</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Checked at</source>
      <translation>检查时间</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>Choose a channel: phone, website, app, walk-in or table.</source>
      <translation>请选择渠道：电话、网站、App、到店或堂食。</translation>
    </message>
    <message>
      <location filename="orders/services/deliveries.py" />
      <source>Choose an exception: customer absent, refused or damaged.</source>
      <translation>请选择异常：客户不在、拒收或破损。</translation>
    </message>
    <message>
      <location filename="orders/services/standing.py" />
      <source>Choose at least one weekday.</source>
      <translation>至少选择一个星期几。</translation>
    </message>
    <message>
      <location filename="orders/services/deliveries.py" />
      <source>Choose how the customer paid: cash, WeChat, Alipay, bank card or monthly account.</source>
      <translation>请选择付款方式：现金、微信、支付宝、银行卡或月结。</translation>
    </message>
    <message>
      <location filename="orders/services/catalog.py" />
      <source>Choose water, dish or goods.</source>
      <translation>请选择桶装水、菜品或商品。</translation>
    </message>
    <message>
      <location filename="orders/services/standing.py" />
      <source>Choose weekdays, every N days or days of the month.</source>
      <translation>请选择按星期、每隔 N 天或每月几号。</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Clerk</source>
      <translation>接单员</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Close the day</source>
      <translation>日清结账</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Closed</source>
      <translation>已结账</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Closed at</source>
      <translation>日清时间</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Closed by</source>
      <translation>日清人</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Closed {time} by {name}. {notes}</source>
      <translation>{name} 于 {time} 结账。{notes}</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Closing: buckets held</source>
      <translation>期末存桶数</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Closing: deposit held</source>
      <translation>期末押金余额</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Code</source>
      <translation>编码</translation>
    </message>
    <message>
      <location filename="orders/services/common.py" />
      <source>Completed</source>
      <translation>已完成</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Completed at</source>
      <translation>完成时间</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Completion rate</source>
      <translation>完成率</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Configure the order desk</source>
      <translation>订单台设置</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Confirm deliveries</source>
      <translation>确认送达</translation>
    </message>
    <message>
      <location filename="orders/services/common.py" />
      <source>Confirmed</source>
      <translation>已确认</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Confirmed at</source>
      <translation>确认时间</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Contact phone</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Copies</source>
      <translation>份数</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Corrections of amounts after delivery.</source>
      <translation>送达后的金额更正。</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Crew</source>
      <translation>车组</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="orders/services/common.py" />
      <source>Customer absent</source>
      <translation>客户不在</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Customer name</source>
      <translation>客户名称</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Customer's signature</source>
      <translation>客户签收</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Daily close</source>
      <translation>日清</translation>
    </message>
    <message>
      <location filename="orders/services/common.py" />
      <source>Damaged</source>
      <translation>破损</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Damaged buckets</source>
      <translation>损坏桶数</translation>
    </message>
    <message>
      <location filename="orders/services/deliveries.py" />
      <source>Damaged buckets cannot be negative.</source>
      <translation>破损桶数不能为负数。</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Day</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Day close</source>
      <translation>日清</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Days closed</source>
      <translation>已日清天数</translation>
    </message>
    <message>
      <location filename="orders/services/standing.py" />
      <source>Days of the month are 1 to 31.</source>
      <translation>每月的日期为 1 到 31。</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Default driver</source>
      <translation>默认司机</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Delay rate</source>
      <translation>延误率</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Delay rate (drivers)</source>
      <translation>延误率（配送）</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Delivered</source>
      <translation>已送达</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Delivered / served</source>
      <translation>已送达/已上菜</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Delivered at</source>
      <translation>送达时间</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Deliveries</source>
      <translation>配送单数</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Delivery</source>
      <translation>外送</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Delivery assignment</source>
      <translation>配送分派</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Delivery day {day}</source>
      <translation>配送日 {day}</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Delivery plan</source>
      <translation>配送计划</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Departure</source>
      <translation>出发时间</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Deposit</source>
      <translation>押金</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Deposit collected</source>
      <translation>已收押金</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Deposit due</source>
      <translation>应收押金</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Deposit entry</source>
      <translation>押金记录</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Deposit held</source>
      <translation>押金余额</translation>
    </message>
    <message>
      <location filename="orders/services/common.py" />
      <source>Deposit paid</source>
      <translation>收取押金</translation>
    </message>
    <message>
      <location filename="orders/services/common.py" />
      <source>Deposit refunded</source>
      <translation>退还押金</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Deposits collected</source>
      <translation>收取押金</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Deposits refunded</source>
      <translation>退还押金</translation>
    </message>
    <message>
      <location filename="orders/services/deliveries.py" />
      <source>Describe the damage.</source>
      <translation>请说明破损情况。</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Difference</source>
      <translation>差额</translation>
    </message>
    <message>
      <location filename="orders/services/common.py" />
      <source>Dine-in</source>
      <translation>堂食</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Dish</source>
      <translation>菜品</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Dish names, time and table number, in three copies: kitchen, cashier, table.</source>
      <translation>菜名、时间和桌号，一式三联：厨房联、收银联、餐桌联。</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Dispatch board</source>
      <translation>调度台</translation>
    </message>
    <message>
      <location filename="orders/services/common.py" />
      <source>Dispatched</source>
      <translation>已派送</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Dispatched at</source>
      <translation>派车时间</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Dispatcher's signature</source>
      <translation>调度签字</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Driver</source>
      <translation>配送员</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Driver's phone</source>
      <translation>配送员电话</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Driver's signature</source>
      <translation>配送员签字</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Each driver's stops in order, with buckets, empties, money and a signature box.</source>
      <translation>按顺序列出每位配送员的送货点，含桶数、空桶、应收金额和签收栏。</translation>
    </message>
    <message>
      <location filename="orders/services/standing.py" />
      <source>Each product once: change its quantity instead.</source>
      <translation>每种商品只能出现一次：请改它的数量。</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Edit the catalogue</source>
      <translation>编辑商品目录</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Empties</source>
      <translation>回收空桶</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Empties collected</source>
      <translation>回收空桶</translation>
    </message>
    <message>
      <location filename="orders/services/deliveries.py" />
      <source>Empties collected cannot be negative.</source>
      <translation>回收空桶数不能为负数。</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Empties expected</source>
      <translation>应回收空桶</translation>
    </message>
    <message>
      <location filename="orders/services/common.py" />
      <source>Empties returned</source>
      <translation>回收空桶</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Empty: every driver with stops, one after the other.</source>
      <translation>留空：依次打印所有有送货任务的配送员。</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Ends on</source>
      <translation>结束日期</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>Enter a contact phone for the driver.</source>
      <translation>请输入配送员可联系的电话。</translation>
    </message>
    <message>
      <location filename="orders/services/common.py" />
      <source>Enter a whole number.</source>
      <translation>请输入整数。</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>Enter the delivery address.</source>
      <translation>请输入送货地址。</translation>
    </message>
    <message>
      <location filename="orders/services/deposits.py" />
      <source>Enter the deposit paid (more than zero).</source>
      <translation>请输入收取的押金（大于零）。</translation>
    </message>
    <message>
      <location filename="orders/services/deposits.py" />
      <source>Enter the deposit refunded (more than zero).</source>
      <translation>请输入退还的押金（大于零）。</translation>
    </message>
    <message>
      <location filename="orders/services/standing.py" />
      <source>Enter the first day.</source>
      <translation>请输入开始日期。</translation>
    </message>
    <message>
      <location filename="orders/services/deposits.py" />
      <source>Enter the number of buckets returned (0 or more).</source>
      <translation>请输入退回的桶数（0 或以上）。</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>Enter the number of guests (1 to 200).</source>
      <translation>请输入客人数（1 到 200）。</translation>
    </message>
    <message>
      <location filename="orders/services/dispatch.py" />
      <source>Enter the number plate.</source>
      <translation>请输入车牌号。</translation>
    </message>
    <message>
      <location filename="orders/services/catalog.py" />
      <source>Enter the product's name.</source>
      <translation>请输入商品名称。</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>Enter the table number.</source>
      <translation>请输入桌号。</translation>
    </message>
    <message>
      <location filename="orders/services/deliveries.py" />
      <source>Enter who signed for the delivery.</source>
      <translation>请输入签收人。</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Entries</source>
      <translation>记录数</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Entry</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="orders/services/standing.py" />
      <source>Every 1 to 365 days.</source>
      <translation>间隔为 1 到 365 天。</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Every how many days</source>
      <translation>每隔几天</translation>
    </message>
    <message>
      <location filename="orders/cli.py" />
      <source>Every problem row is in {path}: fix them there and import that file again.</source>
      <translation>所有问题行已写入 {path}：在其中改正后再导入该文件。</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Exception</source>
      <translation>异常</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Expected</source>
      <translation>应交</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Fri</source>
      <translation>周五</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>From status</source>
      <translation>原状态</translation>
    </message>
    <message>
      <location filename="orders/services/common.py" />
      <source>Goods</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Guests</source>
      <translation>人数</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Handed in</source>
      <translation>已交</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Holds</source>
      <translation>存桶</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Import customers</source>
      <translation>导入客户</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Import customers and products</source>
      <translation>导入客户和商品</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Import customers or products from CSV or XLSX (order desk)</source>
      <translation>从 CSV 或 XLSX 导入客户或商品（订单台）</translation>
    </message>
    <message>
      <location filename="orders/services/imports.py" />
      <source>Import customers or products, not “{kind}”.</source>
      <translation>只能导入客户或商品，不能导入“{kind}”。</translation>
    </message>
    <message>
      <location filename="orders/services/lists.py" />
      <source>In service</source>
      <translation>在用</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Items</source>
      <translation>商品明细</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="orders/services/tickets.py" />
      <source>Kitchen copy</source>
      <translation>厨房联</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Kitchen ticket (80 mm)</source>
      <translation>点菜单（80 毫米小票）</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Kitchen ticket (A5)</source>
      <translation>点菜单（A5）</translation>
    </message>
    <message>
      <location filename="orders/services/lists.py" />
      <source>Last 30 days</source>
      <translation>最近 30 天</translation>
    </message>
    <message>
      <location filename="orders/services/lists.py" />
      <source>Last 7 days</source>
      <translation>最近 7 天</translation>
    </message>
    <message>
      <location filename="orders/services/lists.py" />
      <source>Last movement</source>
      <translation>最近变动</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Last number</source>
      <translation>最后编号</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Late</source>
      <translation>延误</translation>
    </message>
    <message>
      <location filename="orders/services/lists.py" />
      <source>Late (min)</source>
      <translation>延误（分钟）</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Late minutes</source>
      <translation>迟到分钟</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Lights</source>
      <translation>灯光</translation>
    </message>
    <message>
      <location filename="orders/services/imports.py" />
      <source>Line</source>
      <translation>行号</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>Line {n}: the quantity of {name} must be greater than zero.</source>
      <translation>第 {n} 行：{name} 的数量必须大于零。</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>Line {n}: unknown product (no. {id}).</source>
      <translation>第 {n} 行：未知商品（编号 {id}）。</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>Line {n}: {name} is no longer sold.</source>
      <translation>第 {n} 行：{name} 已停售。</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>Line {n}: {q} of {name} is more than one order can hold ({max}).</source>
      <translation>第 {n} 行：{name} {q} 件超过单张订单上限（{max}）。</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>Line {n}: “{q}” is not a quantity.</source>
      <translation>第 {n} 行：“{q}”不是有效数量。</translation>
    </message>
    <message>
      <location filename="orders/services/lists.py" />
      <source>Litres</source>
      <translation>容量</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Litres per bucket</source>
      <translation>每桶升数</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Load</source>
      <translation>装载</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Manage vehicles</source>
      <translation>管理车辆</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Manager</source>
      <translation>经理</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Manual</source>
      <translation>手工</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Method</source>
      <translation>支付方式</translation>
    </message>
    <message>
      <location filename="orders/services/common.py" />
      <source>Mobile app</source>
      <translation>手机App</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Mon</source>
      <translation>周一</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Money by payment method</source>
      <translation>按支付方式收款</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Money taken</source>
      <translation>收款合计</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Money taken per day (¥)</source>
      <translation>每日收款（元）</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Month days</source>
      <translation>每月日期</translation>
    </message>
    <message>
      <location filename="orders/services/common.py" />
      <source>Monthly account</source>
      <translation>月结</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Monthly summary</source>
      <translation>月度汇总</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="orders/services/lists.py" />
      <source>Name, code or category</source>
      <translation>名称、编码或类别</translation>
    </message>
    <message>
      <location filename="orders/services/common.py" />
      <source>New</source>
      <translation>待确认</translation>
    </message>
    <message>
      <location filename="orders/services/dispatch.py" />
      <source>No confirmed orders are planned for that driver on {day}.</source>
      <translation>{day} 没有为该配送员安排已确认的订单。</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>No deliveries this month.</source>
      <translation>本月没有配送记录。</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>No deposit entries in this period.</source>
      <translation>此期间没有押金记录。</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>No order was cancelled.</source>
      <translation>没有取消的订单。</translation>
    </message>
    <message>
      <location filename="orders/services/indicators.py" />
      <source>No orders yet today</source>
      <translation>今天还没有订单</translation>
    </message>
    <message>
      <location filename="orders/services/tickets.py" />
      <source>No receipt printer is configured on this PC (orders.receipt_printer in the settings).</source>
      <translation>本机未设置小票打印机（设置中的 orders.receipt_printer）。</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>No stops are planned for this day.</source>
      <translation>当天没有安排送货。</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>No stops.</source>
      <translation>没有送货点。</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>No.</source>
      <translation>序号</translation>
    </message>
    <message>
      <location filename="orders/services/tickets.py" />
      <source>No. {number}</source>
      <translation>单号 {number}</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Nobody delivered or handed in cash this day.</source>
      <translation>当天没有配送或交款记录。</translation>
    </message>
    <message>
      <location filename="orders/services/common.py" />
      <source>None</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="orders/services/dispatch.py" />
      <source>Not checked</source>
      <translation>未检查</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>Not enough {name} in stock (available: {available}).</source>
      <translation>{name} 库存不足（可用：{available}）。</translation>
    </message>
    <message>
      <location filename="orders/cli.py" />
      <source>Not written: add --yes to write the valid rows without a terminal to ask.</source>
      <translation>未写入：没有终端可以询问时，请加 --yes 写入有效行。</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Notes: {notes}</source>
      <translation>备注：{notes}</translation>
    </message>
    <message>
      <location filename="orders/cli.py" />
      <source>Nothing written.</source>
      <translation>未写入任何数据。</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Number</source>
      <translation>单号</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Number of the day</source>
      <translation>当日序号</translation>
    </message>
    <message>
      <location filename="orders/services/lists.py" />
      <source>Number, its last digits, phone or customer</source>
      <translation>单号、单号尾数、电话或客户</translation>
    </message>
    <message>
      <location filename="orders/services/lists.py" />
      <source>Off the menu</source>
      <translation>已停售</translation>
    </message>
    <message>
      <location filename="orders/services/imports.py" />
      <source>On sale</source>
      <translation>在售</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>On time</source>
      <translation>准时</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>On-time deliveries</source>
      <translation>准时配送率</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>On-time rate</source>
      <translation>准时率</translation>
    </message>
    <message>
      <location filename="orders/services/catalog.py" />
      <source>Only water comes in returnable buckets.</source>
      <translation>只有桶装水才有可回收桶。</translation>
    </message>
    <message>
      <location filename="orders/services/deposits.py" />
      <source>Only ¥{held} of deposit is held for this customer.</source>
      <translation>该客户的押金余额只有 ¥{held}。</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Opening: buckets held</source>
      <translation>期初存桶数</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Opening: deposit held</source>
      <translation>期初押金余额</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Order</source>
      <translation>订单</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Order / promised</source>
      <translation>订单 / 承诺时间</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Order change</source>
      <translation>订单更正</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Order desk</source>
      <translation>订单台</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Order item</source>
      <translation>订单明细</translation>
    </message>
    <message>
      <location filename="orders/services/lists.py" />
      <source>Order no.</source>
      <translation>订单编号</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Order number</source>
      <translation>订单编号</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Order number counter</source>
      <translation>订单编号计数</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Order reports</source>
      <translation>订单报表</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Order ticket</source>
      <translation>点菜单</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>Order {number} cannot be confirmed: {problems}</source>
      <translation>订单 {number} 无法确认：{problems}</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>Order {number} has been delivered: it cannot be edited. Record an adjustment instead.</source>
      <translation>订单 {number} 已送达，不能修改，请改为登记调整。</translation>
    </message>
    <message>
      <location filename="orders/services/dispatch.py" />
      <source>Order {number} has no driver yet: plan the day or assign it.</source>
      <translation>订单 {number} 还没有配送员：请先排计划或指派。</translation>
    </message>
    <message>
      <location filename="orders/services/deliveries.py" />
      <source>Order {number} is a delivery: the driver confirms it.</source>
      <translation>订单 {number} 是外送订单：由配送员确认送达。</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>Order {number} is already {state}: it cannot be confirmed again.</source>
      <translation>订单 {number} 已是“{state}”状态，不能重复确认。</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>Order {number} is cancelled: it can be neither changed nor adjusted. Enter a new order if the customer still wants it.</source>
      <translation>订单 {number} 已取消：不能再修改，也不能调整金额。客户仍需要的话，请新建一个订单。</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>Order {number} is cancelled: it cannot be edited.</source>
      <translation>订单 {number} 已取消，不能修改。</translation>
    </message>
    <message>
      <location filename="orders/services/dispatch.py" />
      <source>Order {number} is not confirmed: it cannot be dispatched.</source>
      <translation>订单 {number} 尚未确认，不能派送。</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>Order {number} is not delivered yet: edit it instead of adjusting it.</source>
      <translation>订单 {number} 尚未送达：请直接修改，不必调整。</translation>
    </message>
    <message>
      <location filename="orders/services/dispatch.py" />
      <source>Order {number} is not waiting for dispatch: it cannot be moved.</source>
      <translation>订单 {number} 不在待派送状态，不能改派。</translation>
    </message>
    <message>
      <location filename="orders/services/deliveries.py" />
      <source>Order {number} is served at the restaurant: check it out at the bar.</source>
      <translation>订单 {number} 为店内消费：请在吧台结账。</translation>
    </message>
    <message>
      <location filename="orders/services/dispatch.py" />
      <source>Order {number} is served at the restaurant: it is not dispatched.</source>
      <translation>订单 {number} 为店内消费，不需派送。</translation>
    </message>
    <message>
      <location filename="orders/services/deliveries.py" />
      <source>Order {number} is {state}: only a confirmed ticket can be paid.</source>
      <translation>订单 {number} 为“{state}”状态：只有已确认的点菜单才能结账。</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>Order {number} is {state}: only delivered orders can be completed.</source>
      <translation>订单 {number} 为“{state}”状态：只有已送达的订单才能完成。</translation>
    </message>
    <message>
      <location filename="orders/services/deliveries.py" />
      <source>Order {number} is {state}: only dispatched orders can be confirmed as delivered.</source>
      <translation>订单 {number} 为“{state}”状态：只有已派送的订单才能确认送达。</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>Order {number} is {state}: only orders not yet delivered can be cancelled.</source>
      <translation>订单 {number} 为“{state}”状态：只有未送达的订单才能取消。</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Orders</source>
      <translation>订单</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Orders by state</source>
      <translation>各状态订单数</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Orders delivered by the driver.</source>
      <translation>配送员送达的订单数。</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Orders taken</source>
      <translation>接单数</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Orders the clerk took (not cancelled).</source>
      <translation>客服录入的订单数（不含取消）。</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Orders today</source>
      <translation>今日订单</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Orders, money by payment method, drivers' cash, cancellations.</source>
      <translation>订单、按支付方式收款、配送员交款和取消记录。</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Orders: four weeks of orders and deliveries</source>
      <translation>订单：四周的订单与配送</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Other methods</source>
      <translation>其他方式</translation>
    </message>
    <message>
      <location filename="orders/services/tickets.py" />
      <source>Paper columns from 24 to 64 (80 mm: 48, 58 mm: 32).</source>
      <translation>纸宽为 24 到 64 个字符（80 毫米：48，58 毫米：32）。</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Passed</source>
      <translation>通过</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Pattern</source>
      <translation>周期</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Paused from</source>
      <translation>暂停自</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Paused to</source>
      <translation>暂停至</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Payment method</source>
      <translation>付款方式</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Per day</source>
      <translation>按日</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Per day and per driver, with money by payment method.</source>
      <translation>按日和按配送员汇总，含各支付方式金额。</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Per driver</source>
      <translation>按配送员</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Period</source>
      <translation>期间</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Plan and dispatch deliveries</source>
      <translation>配送计划与调度</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Plan day</source>
      <translation>计划日期</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Planned at</source>
      <translation>计划时间</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Plate</source>
      <translation>车牌</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Price</source>
      <translation>单价</translation>
    </message>
    <message>
      <location filename="orders/services/tickets.py" />
      <source>Printer: {name}</source>
      <translation>打印机：{name}</translation>
    </message>
    <message>
      <location filename="orders/services/tickets.py" />
      <source>Printing to an installed printer needs Windows with pywin32 (pip install "suite[windows-printing]").</source>
      <translation>打印到已安装的打印机需要 Windows 和 pywin32（pip install "suite[windows-printing]"）。</translation>
    </message>
    <message>
      <location filename="orders/services/imports.py" />
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="orders/cli.py" />
      <source>Problems by reason:</source>
      <translation>问题按原因汇总：</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Product</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Products and prices</source>
      <translation>商品和价格</translation>
    </message>
    <message>
      <location filename="orders/services/imports.py" />
      <source>Products were added since the preview (for example “{name}”): nothing was imported. Preview the file again.</source>
      <translation>预览后又新增了商品（例如“{name}”）：未导入任何数据，请重新预览文件。</translation>
    </message>
    <message>
      <location filename="orders/services/lists.py" />
      <source>Promised</source>
      <translation>承诺送达</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Promised at</source>
      <translation>承诺送达</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Qty</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="orders/services/tickets.py" />
      <source>REPRINT {time} by {name}</source>
      <translation>重印 {time} {name}</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Reason for the assignment</source>
      <translation>分派原因</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Receipt printers</source>
      <translation>小票打印机</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Refund and correct bucket deposits</source>
      <translation>退还和更正桶押金</translation>
    </message>
    <message>
      <location filename="orders/services/common.py" />
      <source>Refused</source>
      <translation>拒收</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Reprint</source>
      <translation>补打</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Requested at</source>
      <translation>要求送达</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Returnable</source>
      <translation>可回收</translation>
    </message>
    <message>
      <location filename="orders/services/imports.py" />
      <source>Returnable bucket</source>
      <translation>回收桶</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Route sheet</source>
      <translation>配送路线单</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Runs</source>
      <translation>趟数</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Sat</source>
      <translation>周六</translation>
    </message>
    <message>
      <location filename="orders/services/dispatch.py" />
      <source>Say what failed, so that it can be repaired.</source>
      <translation>请说明不合格项，以便维修。</translation>
    </message>
    <message>
      <location filename="orders/services/deposits.py" />
      <source>Say why the bucket count is corrected.</source>
      <translation>请说明更正桶数的原因。</translation>
    </message>
    <message>
      <location filename="orders/services/deliveries.py" />
      <source>Say why the customer refused the delivery.</source>
      <translation>请说明客户拒收的原因。</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>Say why the order is adjusted.</source>
      <translation>请说明调整原因。</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>Say why the order is cancelled.</source>
      <translation>请说明取消原因。</translation>
    </message>
    <message>
      <location filename="orders/services/dispatch.py" />
      <source>Say why the order is moved.</source>
      <translation>请说明改派原因。</translation>
    </message>
    <message>
      <location filename="orders/services/imports.py" />
      <source>Second phone</source>
      <translation>备用电话</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Share of deliveries at or before the promised time.</source>
      <translation>在承诺时间或之前送达的比例。</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Signed by</source>
      <translation>签收人</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Skip holidays</source>
      <translation>节假日跳过</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Sort order</source>
      <translation>排序</translation>
    </message>
    <message>
      <location filename="orders/services/lists.py" />
      <source>Standing</source>
      <translation>定期</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Standing item</source>
      <translation>定期配送明细</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Standing occurrence</source>
      <translation>定期配送执行</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Standing order</source>
      <translation>定期配送</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Standing orders</source>
      <translation>定期订单</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Starts on</source>
      <translation>开始日期</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Status change</source>
      <translation>状态变更</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Still out</source>
      <translation>在途未回</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Stop no.</source>
      <translation>站序</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Stops</source>
      <translation>送货点</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Summary</source>
      <translation>汇总</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Sun</source>
      <translation>周日</translation>
    </message>
    <message>
      <location filename="orders/services/lists.py" />
      <source>Table</source>
      <translation>桌号</translation>
    </message>
    <message>
      <location filename="orders/services/tickets.py" />
      <source>Table copy</source>
      <translation>餐桌联</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Table no.</source>
      <translation>桌号</translation>
    </message>
    <message>
      <location filename="orders/services/tickets.py" />
      <source>Table {table}</source>
      <translation>{table} 号桌</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Table {table} · {n} guests</source>
      <translation>{table} 号桌 · {n} 位客人</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Take and confirm orders</source>
      <translation>接单与确认</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Taken</source>
      <translation>接单</translation>
    </message>
    <message>
      <location filename="orders/services/lists.py" />
      <source>Taken at</source>
      <translation>接单时间</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Taken by</source>
      <translation>接单人</translation>
    </message>
    <message>
      <location filename="orders/services/tickets.py" />
      <source>Taken by {name}</source>
      <translation>接单人 {name}</translation>
    </message>
    <message>
      <location filename="orders/services/tickets.py" />
      <source>Takes: {copies}</source>
      <translation>打印：{copies}</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Target</source>
      <translation>打印目标</translation>
    </message>
    <message>
      <location filename="orders/services/tickets.py" />
      <source>Test page</source>
      <translation>测试页</translation>
    </message>
    <message>
      <location filename="orders/services/deposits.py" />
      <source>That customer no longer exists.</source>
      <translation>该客户已不存在。</translation>
    </message>
    <message>
      <location filename="orders/services/dispatch.py" />
      <source>That driver has no vehicle today: put them in one first.</source>
      <translation>该配送员今天没有车辆：请先分配车辆。</translation>
    </message>
    <message>
      <location filename="orders/services/common.py" />
      <source>That order no longer exists.</source>
      <translation>该订单已不存在。</translation>
    </message>
    <message>
      <location filename="orders/services/standing.py" />
      <source>That product is no longer sold.</source>
      <translation>该商品已停售。</translation>
    </message>
    <message>
      <location filename="orders/services/catalog.py" />
      <source>That product no longer exists.</source>
      <translation>该商品已不存在。</translation>
    </message>
    <message>
      <location filename="orders/services/dispatch.py" />
      <source>That staff member no longer exists.</source>
      <translation>该员工已不存在。</translation>
    </message>
    <message>
      <location filename="orders/services/standing.py" />
      <source>That standing order no longer exists.</source>
      <translation>该定期订单已不存在。</translation>
    </message>
    <message>
      <location filename="orders/services/dispatch.py" />
      <source>That vehicle no longer exists.</source>
      <translation>该车辆已不存在。</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>The address “{address}” lies outside every delivery area.</source>
      <translation>地址“{address}”不在任何配送片区内。</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>The adjustment would make the order's amount negative.</source>
      <translation>调整后订单金额将为负数。</translation>
    </message>
    <message>
      <location filename="orders/services/deliveries.py" />
      <source>The amount collected cannot be negative.</source>
      <translation>实收金额不能为负数。</translation>
    </message>
    <message>
      <location filename="orders/services/deliveries.py" />
      <source>The amount collected includes the deposit of {d}.</source>
      <translation>实收金额应包含押金 {d}。</translation>
    </message>
    <message>
      <location filename="orders/services/close.py" />
      <source>The cash handed in cannot be negative.</source>
      <translation>交款金额不能为负数。</translation>
    </message>
    <message>
      <location filename="orders/services/catalog.py" />
      <source>The code “{code}” is taken.</source>
      <translation>编码“{code}”已被使用。</translation>
    </message>
    <message>
      <location filename="orders/services/deliveries.py" />
      <source>The customer holds only {held} bucket(s) of ours; collecting {n} needs a note explaining why.</source>
      <translation>该客户只存有我们的 {held} 个桶；回收 {n} 个需要备注说明原因。</translation>
    </message>
    <message>
      <location filename="orders/services/deposits.py" />
      <source>The customer holds only {n} bucket(s).</source>
      <translation>该客户只存有 {n} 个桶。</translation>
    </message>
    <message>
      <location filename="orders/services/deliveries.py" />
      <source>The delivery time is before the order left ({time}).</source>
      <translation>送达时间早于出车时间（{time}）。</translation>
    </message>
    <message>
      <location filename="orders/services/deliveries.py" />
      <source>The delivery time lies in the future.</source>
      <translation>送达时间不能晚于现在。</translation>
    </message>
    <message>
      <location filename="orders/services/deliveries.py" />
      <source>The deposit cannot be negative.</source>
      <translation>押金不能为负数。</translation>
    </message>
    <message>
      <location filename="orders/services/standing.py" />
      <source>The last day cannot be before the first.</source>
      <translation>结束日期不能早于开始日期。</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>The order has no items.</source>
      <translation>订单没有商品。</translation>
    </message>
    <message>
      <location filename="orders/services/standing.py" />
      <source>The order of {day} was already generated: change or cancel that order.</source>
      <translation>{day} 的订单已经生成：请修改或取消该订单。</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>The quantity of {name} must be greater than zero.</source>
      <translation>{name} 的数量必须大于零。</translation>
    </message>
    <message>
      <location filename="orders/services/tickets.py" />
      <source>The receipt printer {target} did not answer: {error}</source>
      <translation>小票打印机 {target} 无响应：{error}</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>The requested time is more than 60 days ahead.</source>
      <translation>要求送达时间超过 60 天以后。</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>The requested time {time} has already passed.</source>
      <translation>要求送达时间 {time} 已经过去。</translation>
    </message>
    <message>
      <location filename="orders/services/standing.py" />
      <source>The standing order has no delivery on {day}.</source>
      <translation>该定期订单在 {day} 没有送货。</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>The vans and bikes that deliver, with their plates and usual departure.</source>
      <translation>送货的车辆，含车牌和通常出发时间。</translation>
    </message>
    <message>
      <location filename="orders/services/standing.py" />
      <source>The window ends after it starts.</source>
      <translation>时段的结束时间应晚于开始时间。</translation>
    </message>
    <message>
      <location filename="orders/services/imports.py" />
      <source>There is no field “{field}” in a {kind} file.</source>
      <translation>{kind} 文件中没有“{field}”字段。</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>There is no order {number}.</source>
      <translation>没有订单 {number}。</translation>
    </message>
    <message>
      <location filename="orders/services/tickets.py" />
      <source>This PC has no settings file to keep the printers in.</source>
      <translation>本机没有可保存打印机设置的设置文件。</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Thu</source>
      <translation>周四</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Ticket print</source>
      <translation>小票打印</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>To collect</source>
      <translation>应收</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>To status</source>
      <translation>新状态</translation>
    </message>
    <message>
      <location filename="orders/services/lists.py" />
      <source>Today</source>
      <translation>今天</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Total amount</source>
      <translation>总金额</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Tue</source>
      <translation>周二</translation>
    </message>
    <message>
      <location filename="orders/services/imports.py" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Tyres</source>
      <translation>轮胎</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Unassigned orders</source>
      <translation>未分派订单</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Unit price</source>
      <translation>单价</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>User</source>
      <translation>用户</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="orders/services/lists.py" />
      <source>Usual departure</source>
      <translation>平时出车时间</translation>
    </message>
    <message>
      <location filename="orders/services/lists.py" />
      <source>Usual driver</source>
      <translation>常用配送员</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Vehicle</source>
      <translation>车辆</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Vehicle check</source>
      <translation>出车检查</translation>
    </message>
    <message>
      <location filename="orders/services/dispatch.py" />
      <source>Vehicle {plate} failed its pre-departure check on {day} ({notes}): it cannot be used that day.</source>
      <translation>车辆 {plate} 在 {day} 出车前检查不合格（{notes}），当天不能使用。</translation>
    </message>
    <message>
      <location filename="orders/services/dispatch.py" />
      <source>Vehicle {plate} failed its pre-departure check on {day} ({notes}): it cannot leave that day.</source>
      <translation>车辆 {plate} 在 {day} 出车前检查不合格（{notes}），当天不能出车。</translation>
    </message>
    <message>
      <location filename="orders/services/dispatch.py" />
      <source>Vehicle {plate} has not had its pre-departure check on {day}: check tyres, brakes, lights and load first.</source>
      <translation>车辆 {plate} 在 {day} 尚未做出车前检查：请先检查轮胎、刹车、灯光和装载。</translation>
    </message>
    <message>
      <location filename="orders/services/dispatch.py" />
      <source>Vehicle {plate} holds {cap} buckets; it already carries {load}.</source>
      <translation>车辆 {plate} 最多装 {cap} 桶，已装 {load} 桶。</translation>
    </message>
    <message>
      <location filename="orders/services/dispatch.py" />
      <source>Vehicle {plate} holds {cap} buckets; the planned load is {load}.</source>
      <translation>车辆 {plate} 最多装 {cap} 桶，计划装载 {load} 桶。</translation>
    </message>
    <message>
      <location filename="orders/services/dispatch.py" />
      <source>Vehicle {plate} is already driven by {name} that day.</source>
      <translation>车辆 {plate} 当天已由 {name} 驾驶。</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Vehicles</source>
      <translation>车辆</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>View orders</source>
      <translation>查看订单</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Walk-in</source>
      <translation>到店</translation>
    </message>
    <message>
      <location filename="orders/services/common.py" />
      <source>WeChat Pay</source>
      <translation>微信支付</translation>
    </message>
    <message>
      <location filename="orders/services/common.py" />
      <source>Website</source>
      <translation>网站</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>Wed</source>
      <translation>周三</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Weekdays</source>
      <translation>星期</translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>What you sell (water, dishes, goods), with its price and bucket deposit.</source>
      <translation>您销售的商品（水、菜品、商品），含价格和桶押金。</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Window from</source>
      <translation>时段开始</translation>
    </message>
    <message>
      <location filename="orders/models.py" />
      <source>Window until</source>
      <translation>时段结束</translation>
    </message>
    <message>
      <location filename="orders/cli.py" />
      <source>Write the {n} valid row(s)? [y/N] </source>
      <translation>写入 {n} 条有效记录？[y/N] </translation>
    </message>
    <message>
      <location filename="orders/plugin.py" />
      <source>Your customer list from Excel (CSV or XLSX), or type the first customer in.</source>
      <translation>从 Excel 导入客户名单（CSV 或 XLSX），或录入第一位客户。</translation>
    </message>
    <message>
      <location filename="orders/services/imports.py" />
      <source>a product called “{name}” exists already</source>
      <translation>已有名为“{name}”的商品</translation>
    </message>
    <message>
      <location filename="orders/cli.py" />
      <source>act as this user (the audit log names them)</source>
      <translation>以此用户身份操作（审计日志记录其姓名）</translation>
    </message>
    <message>
      <location filename="orders/services/dispatch.py" />
      <source>area {area}, already serving it: {b} bucket(s), {n} stop(s)</source>
      <translation>{area}，已在该片区送货：{b} 桶，{n} 个点</translation>
    </message>
    <message>
      <location filename="orders/services/dispatch.py" />
      <source>area {area}, lowest load: {b} bucket(s), {n} stop(s)</source>
      <translation>{area}，当前工作量最少：{b} 桶，{n} 个点</translation>
    </message>
    <message>
      <location filename="orders/services/dispatch.py" />
      <source>area {area}: no vehicle has room for {n} more bucket(s)</source>
      <translation>{area}：没有车辆还能再装 {n} 桶</translation>
    </message>
    <message>
      <location filename="orders/services/dispatch.py" />
      <source>area {area}: {driver}'s vehicle {plate}, which serves it, has no room for {n} more bucket(s); lowest load: {b} bucket(s), {s} stop(s)</source>
      <translation>{area}：负责该片区的{driver}（{plate}）车上放不下再多 {n} 桶；改派当前工作量最少者：{b} 桶，{s} 个点</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>as requested</source>
      <translation>按客户要求时间</translation>
    </message>
    <message>
      <location filename="orders/services/standing.py" />
      <source>as the rule says</source>
      <translation>按规则</translation>
    </message>
    <message>
      <location filename="orders/services/indicators.py" />
      <source>cancelled / taken today</source>
      <translation>今日取消数 / 接单数</translation>
    </message>
    <message>
      <location filename="orders/services/standing.py" />
      <source>changed</source>
      <translation>已修改</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>closed</source>
      <translation>已结账</translation>
    </message>
    <message>
      <location filename="orders/cli.py" />
      <source>create the areas the file names that do not exist yet</source>
      <translation>建立文件中提到但尚未建立的片区</translation>
    </message>
    <message>
      <location filename="orders/services/close.py" />
      <source>daily close {day}</source>
      <translation>{day} 日清</translation>
    </message>
    <message>
      <location filename="orders/services/indicators.py" />
      <source>delivered or completed / taken today</source>
      <translation>今日已送达或完成 / 接单数</translation>
    </message>
    <message>
      <location filename="orders/services/indicators.py" />
      <source>deliveries after the promised time today</source>
      <translation>今日超过承诺时间送达的比例</translation>
    </message>
    <message>
      <location filename="orders/services/deliveries.py" />
      <source>delivery failed: {why}</source>
      <translation>配送未成功：{why}</translation>
    </message>
    <message>
      <location filename="orders/services/deliveries.py" />
      <source>delivery failed: {why} {note}</source>
      <translation>配送未成功：{why}（{note}）</translation>
    </message>
    <message>
      <location filename="orders/services/standing.py" />
      <source>every {n} days</source>
      <translation>每 {n} 天</translation>
    </message>
    <message>
      <location filename="orders/cli.py" />
      <source>import rows whose address no area claims, without an area</source>
      <translation>导入不属于任何片区的地址（不设片区）</translation>
    </message>
    <message>
      <location filename="orders/cli.py" />
      <source>import rows with an empty address</source>
      <translation>导入地址为空的行</translation>
    </message>
    <message>
      <location filename="orders/cli.py" />
      <source>import without areas (the office does not deliver by area)</source>
      <translation>不按片区导入（不按片区配送时）</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>kitchen {m} min</source>
      <translation>后厨约 {m} 分钟</translation>
    </message>
    <message>
      <location filename="orders/services/dispatch.py" />
      <source>moved by {user}: {reason}</source>
      <translation>{user} 改派：{reason}</translation>
    </message>
    <message>
      <location filename="orders/services/dispatch.py" />
      <source>no area</source>
      <translation>无片区</translation>
    </message>
    <message>
      <location filename="orders/services/dispatch.py" />
      <source>no driver has a usable vehicle today</source>
      <translation>今天没有配送员有可用车辆</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>no driver has a vehicle on {day} yet: next departure within {wait} min + {stops} order(s) of the area before it × {per} min + {area} {travel} min</source>
      <translation>{day} 尚无配送员有车：{wait} 分钟内出车 + 该片区前面 {stops} 单 × {per} 分钟 + {area} 路程 {travel} 分钟</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>not closed yet</source>
      <translation>尚未结账</translation>
    </message>
    <message>
      <location filename="orders/services/standing.py" />
      <source>on day {days} of the month</source>
      <translation>每月 {days} 号</translation>
    </message>
    <message>
      <location filename="orders/cli.py" />
      <source>only list the bad rows</source>
      <translation>只列出有问题的行</translation>
    </message>
    <message>
      <location filename="orders/services/standing.py" />
      <source>order taken</source>
      <translation>已生成订单</translation>
    </message>
    <message>
      <location filename="orders/services/deliveries.py" />
      <source>paid at the bar</source>
      <translation>吧台已结账</translation>
    </message>
    <message>
      <location filename="orders/services/standing.py" />
      <source>paused</source>
      <translation>暂停中</translation>
    </message>
    <message>
      <location filename="orders/services/standing.py" />
      <source>skipped</source>
      <translation>已跳过</translation>
    </message>
    <message>
      <location filename="orders/services/lists.py" />
      <source>standing</source>
      <translation>定期</translation>
    </message>
    <message>
      <location filename="orders/services/standing.py" />
      <source>standing order{window}</source>
      <translation>定期订单{window}</translation>
    </message>
    <message>
      <location filename="orders/services/standing.py" />
      <source>statutory holiday: no delivery</source>
      <translation>法定节假日：不配送</translation>
    </message>
    <message>
      <location filename="orders/services/imports.py" />
      <source>the address is empty (import such rows only if the office allows it)</source>
      <translation>地址为空（仅在本店允许时导入此类行）</translation>
    </message>
    <message>
      <location filename="orders/services/imports.py" />
      <source>the address is longer than {n} characters</source>
      <translation>地址超过 {n} 个字符</translation>
    </message>
    <message>
      <location filename="orders/services/imports.py" />
      <source>the address “{address}” lies outside every delivery area</source>
      <translation>地址“{address}”不在任何配送片区内</translation>
    </message>
    <message>
      <location filename="orders/services/imports.py" />
      <source>the area “{area}” does not exist yet: create it from the preview, or correct the file</source>
      <translation>片区“{area}”尚未建立：可在预览中建立，或改正文件</translation>
    </message>
    <message>
      <location filename="orders/services/imports.py" />
      <source>the code “{code}” is taken</source>
      <translation>编码“{code}”已被使用</translation>
    </message>
    <message>
      <location filename="orders/services/imports.py" />
      <source>the name is empty</source>
      <translation>姓名为空</translation>
    </message>
    <message>
      <location filename="orders/services/imports.py" />
      <source>the name is longer than {n} characters</source>
      <translation>姓名超过 {n} 个字符</translation>
    </message>
    <message>
      <location filename="orders/services/imports.py" />
      <source>the phone already belongs to customer “{name}”</source>
      <translation>该电话已属于客户“{name}”</translation>
    </message>
    <message>
      <location filename="orders/services/imports.py" />
      <source>the phone {phone} is also on line {line}</source>
      <translation>电话 {phone} 与第 {line} 行重复</translation>
    </message>
    <message>
      <location filename="orders/services/imports.py" />
      <source>the type “{value}” is neither person (个人) nor company (单位)</source>
      <translation>类型“{value}”既不是个人也不是单位</translation>
    </message>
    <message>
      <location filename="orders/services/imports.py" />
      <source>the type “{value}” is not water (水), dish (菜品) or goods (商品)</source>
      <translation>类型“{value}”不是桶装水、菜品或商品</translation>
    </message>
    <message>
      <location filename="orders/services/dispatch.py" />
      <source>vehicle {plate} failed its check</source>
      <translation>车辆 {plate} 检查不合格</translation>
    </message>
    <message>
      <location filename="orders/cli.py" />
      <source>what the file holds</source>
      <translation>文件内容</translation>
    </message>
    <message>
      <location filename="orders/cli.py" />
      <source>write the valid rows without asking</source>
      <translation>不询问直接写入有效行</translation>
    </message>
    <message>
      <location filename="orders/services/imports.py" />
      <source>yes/no columns take 是/否 or yes/no</source>
      <translation>是否列请填写 是/否 或 yes/no</translation>
    </message>
    <message>
      <location filename="orders/services/close.py" />
      <source>{day} cannot be closed: {problems}</source>
      <translation>{day} 无法日清：{problems}</translation>
    </message>
    <message>
      <location filename="orders/services/close.py" />
      <source>{day} has not happened yet.</source>
      <translation>{day} 还没有到。</translation>
    </message>
    <message>
      <location filename="orders/services/close.py" />
      <source>{day} is closed already.</source>
      <translation>{day} 已经日清。</translation>
    </message>
    <message>
      <location filename="orders/services/common.py" />
      <source>{day} is closed: nothing dated that day can be changed any more.</source>
      <translation>{day} 已日清结账：当天的数据不能再更改。</translation>
    </message>
    <message>
      <location filename="orders/reports/__init__.py" />
      <source>{driver} · vehicle {plate}</source>
      <translation>{driver} · 车辆 {plate}</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>{driver}'s route on {day}: next departure within {wait} min + {stops} stop(s) before it × {per} min + {area} {travel} min</source>
      <translation>{driver} {day} 的路线：{wait} 分钟内出车 + 前面 {stops} 个点 × {per} 分钟 + {area} 路程 {travel} 分钟</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>{driver}'s route on {day}: vehicle {plate} leaves at {time} + {stops} stop(s) before it × {per} min + {area} {travel} min</source>
      <translation>{driver} 在 {day} 的路线：车辆 {plate} {time} 出车 + 前面 {stops} 个站点 × {per} 分钟 + {area} {travel} 分钟</translation>
    </message>
    <message>
      <location filename="orders/services/imports.py" />
      <source>{file} has {n} columns: column {index} does not exist.</source>
      <translation>{file} 只有 {n} 列：没有第 {index} 列。</translation>
    </message>
    <message>
      <location filename="orders/services/imports.py" />
      <source>{file} has {n} rows; at most {max} can be imported at once.</source>
      <translation>{file} 有 {n} 行，一次最多导入 {max} 行。</translation>
    </message>
    <message>
      <location filename="orders/services/imports.py" />
      <source>{file}: the first row must name the columns; missing: {columns}. Found: {found}.</source>
      <translation>{file}：第一行必须是列名；缺少：{columns}。已找到：{found}。</translation>
    </message>
    <message>
      <location filename="orders/cli.py" />
      <source>{file}: {total} row(s), {ok} valid, {bad} with problems (read as {encoding}).</source>
      <translation>{file}：共 {total} 行，有效 {ok} 行，有问题 {bad} 行（按 {encoding} 读取）。</translation>
    </message>
    <message>
      <location filename="orders/services/close.py" />
      <source>{name} collected {expected} in cash; {amount} differs: say why.</source>
      <translation>{name} 收取现金 {expected}，交款 {amount} 不一致：请说明原因。</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>{name} is no longer sold.</source>
      <translation>{name} 已停售。</translation>
    </message>
    <message>
      <location filename="orders/services/tickets.py" />
      <source>{n} guests</source>
      <translation>{n} 位客人</translation>
    </message>
    <message>
      <location filename="orders/services/close.py" />
      <source>{n} order(s) are still out with drivers: confirm their delivery first.</source>
      <translation>还有 {n} 张订单在配送途中：请先确认送达。</translation>
    </message>
    <message>
      <location filename="orders/services/imports.py" />
      <source>{n} phone number(s) were given to other customers since the preview (for example {phone}): nothing was imported. Preview the file again.</source>
      <translation>预览后有 {n} 个电话号码已分配给其他客户（例如 {phone}）：未导入任何数据，请重新预览文件。</translation>
    </message>
    <message>
      <location filename="orders/cli.py" />
      <source>{n} row(s) written.</source>
      <translation>已写入 {n} 行。</translation>
    </message>
    <message>
      <location filename="orders/services/standing.py" />
      <source>{n} standing order(s) could not be turned into orders: {why}</source>
      <translation>{n} 个定期订单未能生成订单：{why}</translation>
    </message>
    <message>
      <location filename="orders/services/deliveries.py" />
      <source>{taken} is less than the {due} due: a discount needs a note.</source>
      <translation>{taken} 少于应收 {due}：优惠需要备注说明。</translation>
    </message>
    <message>
      <location filename="orders/services/deliveries.py" />
      <source>{taken} is more than the {due} due: give the change back.</source>
      <translation>{taken} 多于应收 {due}：请找零。</translation>
    </message>
    <message>
      <location filename="orders/services/deliveries.py" />
      <source>{why}: {note}</source>
      <translation>{why}：{note}</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>“{address}” lies outside every delivery area.</source>
      <translation>“{address}”不在任何配送片区内。</translation>
    </message>
    <message>
      <location filename="orders/services/orders.py" />
      <source>“{address}” lies outside every delivery area. Check the address, or ask the manager to add the street to an area.</source>
      <translation>“{address}”不在任何配送片区内。请核对地址，或请经理把该街道加入片区。</translation>
    </message>
    <message>
      <location filename="orders/services/imports.py" />
      <source>“{name}” is also on line {line}</source>
      <translation>“{name}”与第 {line} 行重复</translation>
    </message>
    <message>
      <location filename="orders/services/common.py" />
      <source>“{value}” is not a whole number.</source>
      <translation>“{value}”不是整数。</translation>
    </message>
    <message>
      <location filename="orders/services/common.py" />
      <source>“{value}” is not an amount.</source>
      <translation>“{value}”不是有效金额。</translation>
    </message>
  </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>AnomaliesPage</name>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>Kitchen anomalies</source>
      <translation>厨房异常</translation>
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>New anomaly</source>
      <translation>新建异常</translation>
    </message>
  </context>
  <context>
    <name>AnomalyPanel</name>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>Anomaly {id} · {status}</source>
      <translation>异常 {id} · {status}</translation>
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>Batch {code}</source>
      <translation>批次 {code}</translation>
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>Close the anomaly</source>
      <translation>关闭异常</translation>
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>Corrective action</source>
      <translation>纠正措施</translation>
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>Details</source>
      <translation>详情</translation>
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>Dish</source>
      <translation>菜品</translation>
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>From complaint {id}</source>
      <translation>来自投诉 {id}</translation>
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>New anomaly</source>
      <translation>新建异常</translation>
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>Open the batch</source>
      <translation>打开批次</translation>
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>Open the complaint</source>
      <translation>打开投诉</translation>
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>Order id</source>
      <translation>订单编号</translation>
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>Reopen</source>
      <translation>重新打开</translation>
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>Responsible department</source>
      <translation>责任部门</translation>
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>Responsible person</source>
      <translation>责任人</translation>
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>Stock batch</source>
      <translation>库存批次</translation>
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>Supplier {name}</source>
      <translation>供应商 {name}</translation>
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>What was found</source>
      <translation>发现的问题</translation>
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>Why is the anomaly reopened?</source>
      <translation>为什么重新打开该异常？</translation>
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>batch id (inventory)</source>
      <translation>批次编号（库存）</translation>
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>needs the inventory plugin</source>
      <translation>需要库存插件</translation>
    </message>
  </context>
  <context>
    <name>EquipmentTab</name>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Archive</source>
      <translation>停用</translation>
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Limits</source>
      <translation>限值</translation>
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Location</source>
      <translation>位置</translation>
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Maintenance due</source>
      <translation>下次维护</translation>
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Maintenance every (days)</source>
      <translation>维护周期（天）</translation>
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Maximum °C</source>
      <translation>最高 °C</translation>
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Minimum °C</source>
      <translation>最低 °C</translation>
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>New equipment</source>
      <translation>新增设备</translation>
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>none</source>
      <translation>无</translation>
    </message>
  </context>
  <context>
    <name>HealthPage</name>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Action</source>
      <translation>处理</translation>
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Add certificate</source>
      <translation>添加健康证</translation>
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Certificate no.</source>
      <translation>健康证编号</translation>
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Checked by</source>
      <translation>检查人</translation>
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Checked today</source>
      <translation>今日已晨检</translation>
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Every food handler has been checked today.</source>
      <translation>今日所有食品从业人员都已晨检。</translation>
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Expired</source>
      <translation>已过期</translation>
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Expires on</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Expires within 30 days</source>
      <translation>30 天内到期</translation>
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Fit</source>
      <translation>可上岗</translation>
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Fit for food-handling work</source>
      <translation>可从事接触食品的工作</translation>
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Health certificates</source>
      <translation>健康证</translation>
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Morning health check</source>
      <translation>晨检</translation>
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Record health check</source>
      <translation>记录晨检</translation>
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Staff member</source>
      <translation>员工</translation>
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Still to check today: {names}</source>
      <translation>今日尚未晨检：{names}</translation>
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Symptoms</source>
      <translation>症状</translation>
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Temperature</source>
      <translation>体温</translation>
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Temperature °C</source>
      <translation>体温 °C</translation>
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Valid</source>
      <translation>有效</translation>
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
  </context>
  <context>
    <name>KitchenDayPage</name>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>All items passed</source>
      <translation>全部合格</translation>
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Also today</source>
      <translation>今天还要做</translation>
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>By</source>
      <translation>记录人</translation>
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Checklist</source>
      <translation>检查表</translation>
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Done at</source>
      <translation>完成时间</translation>
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Done: {n}</source>
      <translation>已完成：{n}</translation>
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Due</source>
      <translation>时段</translation>
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Due now: {n}</source>
      <translation>现在要做：{n}</translation>
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Explain missed</source>
      <translation>说明漏做原因</translation>
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Food samples to dispose of: {n} ({overdue} overdue)</source>
      <translation>待处理的留样：{n} 份（{overdue} 份已超时）</translation>
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Kitchen day</source>
      <translation>厨房今日</translation>
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Kitchen day · {day}</source>
      <translation>厨房今日 · {day}</translation>
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Later today: {n}</source>
      <translation>今天稍后：{n}</translation>
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Missed: {n}</source>
      <translation>漏做：{n}</translation>
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Morning health check still to do: {names}</source>
      <translation>尚未晨检：{names}</translation>
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Nothing else waits today.</source>
      <translation>今天没有其他待办。</translation>
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Overdue: {n}</source>
      <translation>已超时：{n}</translation>
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Readings waiting for a re-check: {names}</source>
      <translation>等待复测的读数：{names}</translation>
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Result / note</source>
      <translation>结果 / 说明</translation>
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Run checklist</source>
      <translation>执行检查表</translation>
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Some items failed</source>
      <translation>有不合格项</translation>
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Why was “{name}” not done?</source>
      <translation>为什么没有做“{name}”？</translation>
    </message>
  </context>
  <context>
    <name>KitchenSettings</name>
    <message>
      <location filename="kitchen/ui/settings.py" />
      <source> h</source>
      <translation> 小时</translation>
    </message>
    <message>
      <location filename="kitchen/ui/settings.py" />
      <source>Keep samples for</source>
      <translation>留样保存时长</translation>
    </message>
    <message>
      <location filename="kitchen/ui/settings.py" />
      <source>Minimum sample weight</source>
      <translation>留样最低重量</translation>
    </message>
    <message>
      <location filename="kitchen/ui/settings.py" />
      <source>The food-safety rules ask for at least 125 g a dish, kept at least 48 hours.</source>
      <translation>餐饮食品安全规定：每个品种留样不少于 125 克，保存不少于 48 小时。</translation>
    </message>
    <message>
      <location filename="kitchen/ui/settings.py" />
      <source>Warn of expiring health certificates (days ahead)</source>
      <translation>健康证到期提前提醒（天）</translation>
    </message>
  </context>
  <context>
    <name>LogbookPage</name>
    <message>
      <location filename="kitchen/ui/logbook.py" />
      <source>Area</source>
      <translation>区域</translation>
    </message>
    <message>
      <location filename="kitchen/ui/logbook.py" />
      <source>Area / equipment</source>
      <translation>区域 / 设备</translation>
    </message>
    <message>
      <location filename="kitchen/ui/logbook.py" />
      <source>By</source>
      <translation>记录人</translation>
    </message>
    <message>
      <location filename="kitchen/ui/logbook.py" />
      <source>Cleaning and maintenance</source>
      <translation>清洁与维护</translation>
    </message>
    <message>
      <location filename="kitchen/ui/logbook.py" />
      <source>Day</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="kitchen/ui/logbook.py" />
      <source>Done at</source>
      <translation>完成时间</translation>
    </message>
    <message>
      <location filename="kitchen/ui/logbook.py" />
      <source>Equipment</source>
      <translation>设备</translation>
    </message>
    <message>
      <location filename="kitchen/ui/logbook.py" />
      <source>Fault</source>
      <translation>故障</translation>
    </message>
    <message>
      <location filename="kitchen/ui/logbook.py" />
      <source>Fault / maintenance</source>
      <translation>故障 / 维护内容</translation>
    </message>
    <message>
      <location filename="kitchen/ui/logbook.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="kitchen/ui/logbook.py" />
      <source>Log cleaning</source>
      <translation>记录清洁</translation>
    </message>
    <message>
      <location filename="kitchen/ui/logbook.py" />
      <source>Maintenance done</source>
      <translation>已完成维护</translation>
    </message>
    <message>
      <location filename="kitchen/ui/logbook.py" />
      <source>Maintenance due: {items}</source>
      <translation>待维护：{items}</translation>
    </message>
    <message>
      <location filename="kitchen/ui/logbook.py" />
      <source>Open faults</source>
      <translation>未修复的故障</translation>
    </message>
    <message>
      <location filename="kitchen/ui/logbook.py" />
      <source>Repaired</source>
      <translation>已修复</translation>
    </message>
    <message>
      <location filename="kitchen/ui/logbook.py" />
      <source>Report fault</source>
      <translation>报告故障</translation>
    </message>
    <message>
      <location filename="kitchen/ui/logbook.py" />
      <source>Reported at</source>
      <translation>报告时间</translation>
    </message>
    <message>
      <location filename="kitchen/ui/logbook.py" />
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="kitchen/ui/logbook.py" />
      <source>The last two weeks</source>
      <translation>最近两周</translation>
    </message>
    <message>
      <location filename="kitchen/ui/logbook.py" />
      <source>What</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="kitchen/ui/logbook.py" />
      <source>What was cleaned</source>
      <translation>清洁内容</translation>
    </message>
    <message>
      <location filename="kitchen/ui/logbook.py" />
      <source>What was repaired, by whom?</source>
      <translation>修了什么，由谁修的？</translation>
    </message>
    <message>
      <location filename="kitchen/ui/logbook.py" />
      <source>e.g. 热菜间</source>
      <translation>如：热菜间</translation>
    </message>
  </context>
  <context>
    <name>OverdueWatcher</name>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Kitchen checklist overdue: {name} (due by {time})</source>
      <translation>厨房检查表已超时：{name}（应于 {time} 前完成）</translation>
    </message>
  </context>
  <context>
    <name>RunDialog</name>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source> (optional)</source>
      <translation>（可选）</translation>
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>{label} due {start}-{end}</source>
      <translation>{label} 时段 {start}-{end}</translation>
    </message>
  </context>
  <context>
    <name>SamplesPage</name>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>Batch</source>
      <translation>批次</translation>
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>By</source>
      <translation>记录人</translation>
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>Dish</source>
      <translation>菜品</translation>
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>Dishes</source>
      <translation>菜品</translation>
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>Dispose of the selected sample</source>
      <translation>处理所选留样</translation>
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>Disposed of</source>
      <translation>已处理</translation>
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>Due for disposal</source>
      <translation>待处理</translation>
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>Each sample: at least {min} g, in a clean closed container, refrigerated (0-8 °C) for at least {hours} hours.</source>
      <translation>每份留样不少于 {min} 克，装入清洁密闭容器，冷藏（0-8 °C）保存不少于 {hours} 小时。</translation>
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>Food samples</source>
      <translation>留样</translation>
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>Keep until</source>
      <translation>保存至</translation>
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>Kept</source>
      <translation>保存中</translation>
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>Kept in</source>
      <translation>存放于</translation>
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>Meal</source>
      <translation>餐次</translation>
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>One dish a line, with its weight in grams (at least {min} g):
宫保鸡丁 150
米饭 150</source>
      <translation>每行一个菜品及其重量（克，至少 {min} 克）：
宫保鸡丁 150
米饭 150</translation>
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>Overdue</source>
      <translation>已超时</translation>
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>Print labels</source>
      <translation>打印留样标签</translation>
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>Record samples</source>
      <translation>记录留样</translation>
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>Sampled at</source>
      <translation>留样时间</translation>
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>Samples kept</source>
      <translation>保存中的留样</translation>
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>Weight</source>
      <translation>重量</translation>
    </message>
  </context>
  <context>
    <name>SetupPage</name>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Checklists and schedules</source>
      <translation>检查表与排程</translation>
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Equipment and checklists</source>
      <translation>设备与检查表</translation>
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Equipment and limits</source>
      <translation>设备与限值</translation>
    </message>
  </context>
  <context>
    <name>SignOffPage</name>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>Amendments after signing</source>
      <translation>签核后的更正</translation>
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>Blank daily sheet</source>
      <translation>空白记录表</translation>
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>By</source>
      <translation>记录人</translation>
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>Checklist</source>
      <translation>检查表</translation>
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>Corrective action</source>
      <translation>纠正措施</translation>
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>Day sign-off</source>
      <translation>每日签核</translation>
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>Inspector pack</source>
      <translation>检查记录汇编</translation>
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>Out-of-range reading</source>
      <translation>超限读数</translation>
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>Re-checked</source>
      <translation>复测</translation>
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>Ready to sign</source>
      <translation>可以签核</translation>
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>Remarks of the reviewer (optional)</source>
      <translation>复核意见（可选）</translation>
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>Sign the day</source>
      <translation>签核当天</translation>
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>Signed by {who} at {time}</source>
      <translation>{who} 于 {time} 签核</translation>
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>What changed</source>
      <translation>更正内容</translation>
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>Who</source>
      <translation>更正人</translation>
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>{n} open item(s)</source>
      <translation>{n} 项未处理</translation>
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>{runs} checklists · {readings} readings ({outside} outside the limits) · {samples} samples · {checks} health checks · {anomalies} anomalies</source>
      <translation>{runs} 个检查表 · {readings} 个读数（{outside} 个超限）· {samples} 份留样 · {checks} 人次晨检 · {anomalies} 个异常</translation>
    </message>
  </context>
  <context>
    <name>TemperaturesPage</name>
    <message>
      <location filename="kitchen/ui/temperatures.py" />
      <source>By</source>
      <translation>记录人</translation>
    </message>
    <message>
      <location filename="kitchen/ui/temperatures.py" />
      <source>Corrective action</source>
      <translation>纠正措施</translation>
    </message>
    <message>
      <location filename="kitchen/ui/temperatures.py" />
      <source>Equipment</source>
      <translation>设备</translation>
    </message>
    <message>
      <location filename="kitchen/ui/temperatures.py" />
      <source>Limits</source>
      <translation>限值</translation>
    </message>
    <message>
      <location filename="kitchen/ui/temperatures.py" />
      <source>Maximum</source>
      <translation>最高</translation>
    </message>
    <message>
      <location filename="kitchen/ui/temperatures.py" />
      <source>Minimum</source>
      <translation>最低</translation>
    </message>
    <message>
      <location filename="kitchen/ui/temperatures.py" />
      <source>Re-check at</source>
      <translation>复测时间</translation>
    </message>
    <message>
      <location filename="kitchen/ui/temperatures.py" />
      <source>Re-check °C</source>
      <translation>复测 °C</translation>
    </message>
    <message>
      <location filename="kitchen/ui/temperatures.py" />
      <source>Reading</source>
      <translation>读数</translation>
    </message>
    <message>
      <location filename="kitchen/ui/temperatures.py" />
      <source>Reading °C</source>
      <translation>读数 °C</translation>
    </message>
    <message>
      <location filename="kitchen/ui/temperatures.py" />
      <source>Save readings</source>
      <translation>保存读数</translation>
    </message>
    <message>
      <location filename="kitchen/ui/temperatures.py" />
      <source>Temperatures</source>
      <translation>温度记录</translation>
    </message>
    <message>
      <location filename="kitchen/ui/temperatures.py" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="kitchen/ui/temperatures.py" />
      <source>Type each reading and press Enter. A reading outside the limits needs what was done and the re-check (value and time, e.g. 10:30).</source>
      <translation>逐台输入读数并按回车。超出限值的读数须填写纠正措施和复测（读数和时间，如 10:30）。</translation>
    </message>
    <message>
      <location filename="kitchen/ui/temperatures.py" />
      <source>{name}: the last two weeks</source>
      <translation>{name}：最近两周</translation>
    </message>
    <message>
      <location filename="kitchen/ui/temperatures.py" />
      <source>{n} outside the limits</source>
      <translation>{n} 项超限</translation>
    </message>
    <message>
      <location filename="kitchen/ui/temperatures.py" />
      <source>{n} readings saved</source>
      <translation>已保存 {n} 个读数</translation>
    </message>
  </context>
  <context>
    <name>TemplatesTab</name>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Add item</source>
      <translation>添加检查项</translation>
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Add schedule</source>
      <translation>添加排程</translation>
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Checklist</source>
      <translation>检查表</translation>
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Day of month</source>
      <translation>每月几号</translation>
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Equipment</source>
      <translation>设备</translation>
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>From</source>
      <translation>开始</translation>
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>How often</source>
      <translation>频次</translation>
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Item</source>
      <translation>检查项</translation>
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Kinds: yes_no, number, temperature, text, photo. How often: shift, daily, weekday, monthday. Times as 09:45. Add a row with the buttons; leave a row's text empty to remove it.</source>
      <translation>类型：yes_no（是/否）、number（数值）、temperature（温度）、text（文字）、photo（照片）。频次：shift（每班）、daily（每天）、weekday（每周）、monthday（每月）。时间写作 09:45。用按钮添加一行；清空一行的内容即删除该行。</translation>
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Label</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Max</source>
      <translation>最高</translation>
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Min</source>
      <translation>最低</translation>
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>New checklist</source>
      <translation>新建检查表</translation>
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Responsible department</source>
      <translation>责任部门</translation>
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Responsible role</source>
      <translation>责任岗位</translation>
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Save checklist</source>
      <translation>保存检查表</translation>
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Schedule</source>
      <translation>排程</translation>
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>To</source>
      <translation>结束</translation>
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Weekday (1-7)</source>
      <translation>星期（1-7）</translation>
    </message>
  </context>
  <context>
    <name>kitchen</name>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>A checklist needs a schedule: when is it due?</source>
      <translation>检查表需要排程：什么时候做？</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>A checklist needs at least one item.</source>
      <translation>检查表至少需要一个检查项。</translation>
    </message>
    <message>
      <location filename="kitchen/services/signoff.py" />
      <source>A day is signed once it has begun.</source>
      <translation>当天开始后才能签核。</translation>
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>A label for every food sample of a day: dish, meal, date and time, who, keep until.</source>
      <translation>当天每份留样的标签：菜品、餐次、日期时间、留样人、保存期限。</translation>
    </message>
    <message>
      <location filename="kitchen/services/equipment.py" />
      <source>A limit must lie between -60 and 300 °C.</source>
      <translation>限值必须在 -60 至 300 °C 之间。</translation>
    </message>
    <message>
      <location filename="kitchen/services/samples.py" />
      <source>A sample weighs at least {min} g: {weight} g is too little.</source>
      <translation>留样每份至少 {min} 克：{weight} 克不够。</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Action</source>
      <translation>处理</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Action taken by</source>
      <translation>处置人</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Afternoon °C</source>
      <translation>下午 °C</translation>
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <location filename="kitchen/services/cards.py" />
      <source>All readings within the limits</source>
      <translation>所有读数都在限值内</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Amendment</source>
      <translation>更正</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Amendments after signing</source>
      <translation>签核后的更正</translation>
    </message>
    <message>
      <location filename="kitchen/services/runs.py" />
      <source>An answer was given for an item that is not on this checklist.</source>
      <translation>填写了不属于此检查表的检查项。</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Anomalies</source>
      <translation>异常</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Anomalies by kind</source>
      <translation>按类型统计的异常</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Anomaly</source>
      <translation>异常</translation>
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>Anomaly changed: {title}</source>
      <translation>异常已修改：{title}</translation>
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>Anomaly closed: {title}</source>
      <translation>异常已关闭：{title}</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Anomaly event</source>
      <translation>异常记录</translation>
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>Anomaly moved: {title}</source>
      <translation>异常日期已更改：{title}</translation>
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>Anomaly recorded: {title}</source>
      <translation>已登记异常：{title}</translation>
    </message>
    <message>
      <location filename="kitchen/services/signoff.py" />
      <source>Anomaly “{title}” is open without a responsible department or person.</source>
      <translation>异常“{title}”未关闭且没有责任部门或责任人。</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Answer (number)</source>
      <translation>回答（数值）</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Answer (text)</source>
      <translation>回答（文字）</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Answer (yes/no)</source>
      <translation>回答（是/否）</translation>
    </message>
    <message>
      <location filename="kitchen/services/runs.py" />
      <source>Answer “{item}”.</source>
      <translation>请填写“{item}”。</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Archived</source>
      <translation>已归档</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Area</source>
      <translation>区域</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Area / equipment</source>
      <translation>区域 / 设备</translation>
    </message>
    <message>
      <location filename="kitchen/services/common.py" />
      <source>At most {n} characters.</source>
      <translation>最多 {n} 个字符。</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Banquet / large order</source>
      <translation>宴席 / 大单</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Batch</source>
      <translation>批次</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Batch code</source>
      <translation>批号</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Batch meal</source>
      <translation>集体用餐</translation>
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Blank daily kitchen sheet</source>
      <translation>厨房每日空白记录表</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Breakfast</source>
      <translation>早餐</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>By</source>
      <translation>记录人</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Certificate</source>
      <translation>健康证</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Change</source>
      <translation>变更</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Changed</source>
      <translation>修改</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Checked at</source>
      <translation>检查时间</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Checked by</source>
      <translation>检查人</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Checklist</source>
      <translation>检查表</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Checklist answer</source>
      <translation>检查表回答</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Checklist item</source>
      <translation>检查项</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Checklist run</source>
      <translation>检查记录</translation>
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Checklist runs the person recorded within their time window.</source>
      <translation>本人在规定时段内完成的检查表次数。</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Checklist schedule</source>
      <translation>检查计划</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Checklist template</source>
      <translation>检查表模板</translation>
    </message>
    <message>
      <location filename="kitchen/services/runs.py" />
      <source>Checklist {name} recorded</source>
      <translation>已记录检查表 {name}</translation>
    </message>
    <message>
      <location filename="kitchen/services/signoff.py" />
      <source>Checklist {what} is not done and has no note.</source>
      <translation>检查表 {what} 未完成且没有说明。</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Checklists</source>
      <translation>检查表</translation>
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Checklists done on time</source>
      <translation>按时完成的检查表</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Checklists due</source>
      <translation>应做检查表</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Checklists on time, day by day</source>
      <translation>每日按时完成检查表情况</translation>
    </message>
    <message>
      <location filename="kitchen/permissions.py" />
      <source>Checklists, temperatures, food samples, health checks, anomalies, cleaning and maintenance.</source>
      <translation>检查表、温度、留样、晨检、异常、清洁与维护。</translation>
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>Choose the kind of anomaly.</source>
      <translation>请选择异常类型。</translation>
    </message>
    <message>
      <location filename="kitchen/services/equipment.py" />
      <source>Choose the kind of equipment.</source>
      <translation>请选择设备类型。</translation>
    </message>
    <message>
      <location filename="kitchen/services/samples.py" />
      <source>Choose the meal.</source>
      <translation>请选择餐次。</translation>
    </message>
    <message>
      <location filename="kitchen/services/health.py" />
      <source>Choose the staff member.</source>
      <translation>请选择员工。</translation>
    </message>
    <message>
      <location filename="kitchen/services/health.py" />
      <source>Choose what was done.</source>
      <translation>请选择处理方式。</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Cleaning</source>
      <translation>清洁</translation>
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Cleaning and maintenance</source>
      <translation>清洁与维护</translation>
    </message>
    <message>
      <location filename="kitchen/services/logbook.py" />
      <source>Cleaning of {area}</source>
      <translation>{area}清洁</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Cleaning or maintenance entry</source>
      <translation>清洁或维护记录</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Closed</source>
      <translation>已关闭</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Closed at</source>
      <translation>关闭时间</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Closing checks</source>
      <translation>收档检查</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Code</source>
      <translation>代码</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Cold room</source>
      <translation>冷库</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Complaint</source>
      <translation>投诉</translation>
    </message>
    <message>
      <location filename="kitchen/api.py" />
      <source>Complaint {id}</source>
      <translation>投诉 {id}</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Completed at</source>
      <translation>完成时间</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Corrective action</source>
      <translation>纠正措施</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Daily</source>
      <translation>每天</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Day</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Day of month</source>
      <translation>每月几号</translation>
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Day sign-off</source>
      <translation>每日签核</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Day {n} of the month {times}</source>
      <translation>每月 {n} 号 {times}</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Days signed</source>
      <translation>已签核天数</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Department</source>
      <translation>部门</translation>
    </message>
    <message>
      <location filename="kitchen/services/logbook.py" />
      <source>Describe the fault.</source>
      <translation>请描述故障。</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Description</source>
      <translation>描述</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Diarrhoea</source>
      <translation>腹泻</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Dinner</source>
      <translation>晚餐</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Dinner shift</source>
      <translation>晚市</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Dish</source>
      <translation>菜品</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Dish / batch / supplier</source>
      <translation>菜品 / 批次 / 供应商</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Dishwasher</source>
      <translation>洗碗机</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Disposed at</source>
      <translation>处理时间</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Disposed at / by</source>
      <translation>处理时间 / 处理人</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Disposed by</source>
      <translation>处理人</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Disposed of this day: {items}</source>
      <translation>当日处理的留样：{items}</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Done at</source>
      <translation>完成时间</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Done by</source>
      <translation>完成人</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Done late</source>
      <translation>逾时完成</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Done late / missed</source>
      <translation>逾时完成 / 漏做</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Done on time</source>
      <translation>按时完成</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Doors and windows clean and bright</source>
      <translation>门窗玻璃整洁光亮</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Due now</source>
      <translation>现在要做</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Due on</source>
      <translation>应完成日</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Employee</source>
      <translation>员工</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>End time</source>
      <translation>结束时间</translation>
    </message>
    <message>
      <location filename="kitchen/services/common.py" />
      <source>Enter a number greater than zero.</source>
      <translation>请输入大于零的数。</translation>
    </message>
    <message>
      <location filename="kitchen/services/equipment.py" />
      <source>Enter a number of days greater than zero.</source>
      <translation>请输入大于零的天数。</translation>
    </message>
    <message>
      <location filename="kitchen/services/common.py" />
      <source>Enter a number.</source>
      <translation>请输入数字。</translation>
    </message>
    <message>
      <location filename="kitchen/services/common.py" />
      <source>Enter a whole number.</source>
      <translation>请输入整数。</translation>
    </message>
    <message>
      <location filename="kitchen/services/readings.py" />
      <source>Enter at least one reading.</source>
      <translation>请至少输入一个读数。</translation>
    </message>
    <message>
      <location filename="kitchen/services/samples.py" />
      <source>Enter at least one sample.</source>
      <translation>请至少输入一份留样。</translation>
    </message>
    <message>
      <location filename="kitchen/services/health.py" />
      <source>Enter the certificate number.</source>
      <translation>请输入健康证编号。</translation>
    </message>
    <message>
      <location filename="kitchen/services/health.py" />
      <source>Enter the expiry date.</source>
      <translation>请输入有效期。</translation>
    </message>
    <message>
      <location filename="kitchen/services/common.py" />
      <source>Enter the temperature.</source>
      <translation>请输入温度。</translation>
    </message>
    <message>
      <location filename="kitchen/services/samples.py" />
      <source>Enter the weight in grams.</source>
      <translation>请输入重量（克）。</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Equipment</source>
      <translation>设备</translation>
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Equipment and checklists</source>
      <translation>设备与检查表</translation>
    </message>
    <message>
      <location filename="kitchen/permissions.py" />
      <source>Equipment and its critical limits, checklist templates and schedules, sample settings.</source>
      <translation>设备及其关键限值、检查表模板与排程、留样设置。</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Equipment failure</source>
      <translation>设备故障</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Equipment working</source>
      <translation>设施设备运行正常</translation>
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Every kitchen record of a date range, day by day: checklists, temperatures with corrective actions, samples, health checks, anomalies, sign-off and amendments.</source>
      <translation>一段日期内的全部厨房记录，逐日列出：检查表、温度及纠正措施、留样、晨检、异常、签核与更正。</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Every shift</source>
      <translation>每个班次</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Expires on</source>
      <translation>到期日</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Failed</source>
      <translation>不合格</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Fault</source>
      <translation>故障</translation>
    </message>
    <message>
      <location filename="kitchen/services/logbook.py" />
      <source>Fault of {name} reported</source>
      <translation>已报告{name}故障</translation>
    </message>
    <message>
      <location filename="kitchen/services/logbook.py" />
      <source>Fault repaired: {what}</source>
      <translation>故障已修复：{what}</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Fever</source>
      <translation>发热</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Findings</source>
      <translation>检查发现</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Fit</source>
      <translation>可上岗</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Fit for food handling</source>
      <translation>可从事食品工作</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Floors clean, no dust or waste</source>
      <translation>地面干净整洁，无尘土废料</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Food handling</source>
      <translation>食品工作</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Food sample label</source>
      <translation>留样标签</translation>
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Food sample labels</source>
      <translation>留样标签</translation>
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Food samples</source>
      <translation>留样</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Food samples kept</source>
      <translation>留样份数</translation>
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Food samples to dispose of</source>
      <translation>待处理的留样</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Food-safety records complete</source>
      <translation>食品安全记录齐全</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Foreign object</source>
      <translation>异物</translation>
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>Found at</source>
      <translation>发现时间</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Free text</source>
      <translation>文字</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Freezer</source>
      <translation>冷冻柜</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Friday</source>
      <translation>星期五</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Fridge</source>
      <translation>冷藏柜</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Gas, water and power switched off</source>
      <translation>水、电、燃气已关闭</translation>
    </message>
    <message>
      <location filename="kitchen/services/equipment.py" />
      <source>Give at least one critical limit (minimum or maximum).</source>
      <translation>请至少填写一个关键限值（最低或最高）。</translation>
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Health certificates expiring</source>
      <translation>即将到期的健康证</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Health check</source>
      <translation>晨检</translation>
    </message>
    <message>
      <location filename="kitchen/services/health.py" />
      <source>Health check of {name}</source>
      <translation>{name}的晨检</translation>
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Health checks</source>
      <translation>晨检</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Highest allowed</source>
      <translation>允许上限</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Highest °C</source>
      <translation>最高 °C</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Hot-holding unit</source>
      <translation>保温设备</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Ingredients checked for spoilage and contamination</source>
      <translation>检查食材有无变质、污染</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Ingredients covered, labelled and stored by category</source>
      <translation>食材加盖、标识并分类存放</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Issued on</source>
      <translation>发证日期</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Item</source>
      <translation>检查项</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Item {n}: choose its kind.</source>
      <translation>第 {n} 项：请选择类型。</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Item {n}: give its limits.</source>
      <translation>第 {n} 项：请填写限值。</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Item {n}: name the equipment whose temperature is taken.</source>
      <translation>第 {n} 项：请选择测温的设备。</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Item {n}: the maximum must not be below the minimum.</source>
      <translation>第 {n} 项：最高值不能低于最低值。</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Item {n}: write what is checked.</source>
      <translation>第 {n} 项：请填写检查内容。</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Jaundice</source>
      <translation>黄疸</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Keep until</source>
      <translation>保存至</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Kept in</source>
      <translation>存放于</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Key figures</source>
      <translation>主要指标</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Kitchen</source>
      <translation>厨房</translation>
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Kitchen QA</source>
      <translation>厨房质检</translation>
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Kitchen QA: two months of checks</source>
      <translation>后厨质检：两个月的检查记录</translation>
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Kitchen anomalies</source>
      <translation>厨房异常</translation>
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Kitchen anomalies attributed</source>
      <translation>厨房异常责任</translation>
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Kitchen anomalies of the period naming the person as responsible.</source>
      <translation>期间内以本人为责任人的厨房异常。</translation>
    </message>
    <message>
      <location filename="kitchen/services/search.py" />
      <source>Kitchen anomaly</source>
      <translation>厨房异常</translation>
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Kitchen checklists today</source>
      <translation>今日厨房检查表</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Kitchen day</source>
      <translation>厨房今日</translation>
    </message>
    <message>
      <location filename="kitchen/services/search.py" />
      <source>Kitchen equipment</source>
      <translation>厨房设备</translation>
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Kitchen records for the inspector</source>
      <translation>厨房检查记录汇编（供监管检查）</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Label</source>
      <translation>标签</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Later today</source>
      <translation>今天稍后</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Limits</source>
      <translation>限值</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Location</source>
      <translation>位置</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Lowest allowed</source>
      <translation>允许下限</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Lowest °C</source>
      <translation>最低 °C</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Lunch</source>
      <translation>午餐</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Lunch shift</source>
      <translation>午市</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Maintenance due on</source>
      <translation>维护到期日</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Maintenance every (days)</source>
      <translation>维护周期（天）</translation>
    </message>
    <message>
      <location filename="kitchen/services/logbook.py" />
      <source>Maintenance of {name}</source>
      <translation>{name}维护</translation>
    </message>
    <message>
      <location filename="kitchen/permissions.py" />
      <source>Manage kitchen templates and limits</source>
      <translation>管理厨房检查表与限值</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Maximum value</source>
      <translation>最大值</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Meal</source>
      <translation>餐次</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Menus in place, pens working</source>
      <translation>菜单放到规定位置，笔可用</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Minimum value</source>
      <translation>最小值</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Missed</source>
      <translation>漏做</translation>
    </message>
    <message>
      <location filename="kitchen/services/runs.py" />
      <source>Missed checklist {name} explained</source>
      <translation>已说明漏做的检查表 {name}</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Missed note</source>
      <translation>漏检说明</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Monday</source>
      <translation>星期一</translation>
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Monthly</source>
      <translation>每月</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Monthly inspection</source>
      <translation>月度检查</translation>
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Monthly kitchen summary</source>
      <translation>厨房月度汇总</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Morning health checks</source>
      <translation>晨检</translation>
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Morning health checks missed</source>
      <translation>漏做晨检</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Morning °C</source>
      <translation>上午 °C</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Moved to non-food work</source>
      <translation>调离接触食品岗位</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="kitchen/services/logbook.py" />
      <source>Name the area cleaned.</source>
      <translation>请填写清洁的区域。</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Name the checklist.</source>
      <translation>请填写检查表名称。</translation>
    </message>
    <message>
      <location filename="kitchen/services/samples.py" />
      <source>Name the dish sampled.</source>
      <translation>请填写留样的菜品。</translation>
    </message>
    <message>
      <location filename="kitchen/services/equipment.py" />
      <source>Name the equipment.</source>
      <translation>请填写设备名称。</translation>
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>Name the responsible department or person before closing.</source>
      <translation>关闭前请指定责任部门或责任人。</translation>
    </message>
    <message>
      <location filename="kitchen/services/runs.py" />
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>No anomaly this month.</source>
      <translation>本月没有异常。</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>No anomaly.</source>
      <translation>没有异常。</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>No checklist was due.</source>
      <translation>没有应做的检查表。</translation>
    </message>
    <message>
      <location filename="kitchen/services/cards.py" />
      <source>No health certificate expires within 30 days</source>
      <translation>30 天内没有到期的健康证</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>No health check recorded.</source>
      <translation>没有晨检记录。</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>No reading.</source>
      <translation>没有读数。</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>No sample taken.</source>
      <translation>没有留样。</translation>
    </message>
    <message>
      <location filename="kitchen/services/cards.py" />
      <source>No sample to dispose of</source>
      <translation>没有待处理的留样</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>None</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Not fit</source>
      <translation>不可上岗</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Not passed: {items}</source>
      <translation>不合格：{items}</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Not signed.</source>
      <translation>未签核。</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Number with limits</source>
      <translation>带限值的数值</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>OK</source>
      <translation>合格</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Occurred at</source>
      <translation>发生时间</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Occurred on</source>
      <translation>发生日期</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Odd smell</source>
      <translation>异味</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>On time</source>
      <translation>按时</translation>
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>On-time checklists, out-of-range readings per equipment, anomalies by kind.</source>
      <translation>按时完成的检查表、各设备超限读数、按类型统计的异常。</translation>
    </message>
    <message>
      <location filename="kitchen/services/logbook.py" />
      <source>Only a fault is repaired.</source>
      <translation>只有故障才能登记维修。</translation>
    </message>
    <message>
      <location filename="kitchen/services/readings.py" />
      <source>Only an out-of-range reading is re-checked.</source>
      <translation>只有超限的读数需要复测。</translation>
    </message>
    <message>
      <location filename="kitchen/services/common.py" />
      <source>Only the quality controller or a manager may amend a signed day.</source>
      <translation>只有质检员或经理可以更正已签核的日期。</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Open</source>
      <translation>未关闭</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Opened</source>
      <translation>登记</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Opening checks</source>
      <translation>开档检查</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Order</source>
      <translation>订单</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Other checklist</source>
      <translation>其他检查表</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Out of range</source>
      <translation>超出范围</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Out of range: action, by, re-check</source>
      <translation>超限：处理措施、处理人、复测</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Out-of-range readings and their corrective actions</source>
      <translation>超限读数及其纠正措施</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Out-of-range readings per equipment</source>
      <translation>各设备超限读数</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Outside the limits</source>
      <translation>超出限值</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Overdue</source>
      <translation>已超时</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Participants</source>
      <translation>参与人</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Passed</source>
      <translation>合格</translation>
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Period</source>
      <translation>期间</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Pest control checked</source>
      <translation>检查防虫防鼠</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Photo or attachment</source>
      <translation>照片或附件</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Position</source>
      <translation>顺序</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Pre-shift checks</source>
      <translation>班前检查</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Pre-shift meeting held, the day's tasks given</source>
      <translation>召开班前会，分派当天工作重点</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Preventive maintenance</source>
      <translation>定期维护</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Random dish inspection failed</source>
      <translation>随机抽检不合格</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Re-check</source>
      <translation>复测</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Re-check of</source>
      <translation>复检于</translation>
    </message>
    <message>
      <location filename="kitchen/services/readings.py" />
      <source>Re-check of {name}</source>
      <translation>{name}复测</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Reading</source>
      <translation>读数</translation>
    </message>
    <message>
      <location filename="kitchen/services/readings.py" />
      <source>Reading {value} °C of {name} at {time}</source>
      <translation>{name} {time} 读数 {value} °C</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Readings (time °C; * re-check)</source>
      <translation>读数（时间 °C；* 为复测）</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Readings outside the limits</source>
      <translation>超限读数</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="kitchen/permissions.py" />
      <source>Record kitchen checks</source>
      <translation>记录厨房检查</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Remarks</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Reopened</source>
      <translation>重新打开</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Reported at</source>
      <translation>报告时间</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Reported by</source>
      <translation>报告人</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Required</source>
      <translation>必填</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Resolved</source>
      <translation>已处理</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Responsible</source>
      <translation>责任人</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Results / note</source>
      <translation>结果 / 说明</translation>
    </message>
    <message>
      <location filename="kitchen/permissions.py" />
      <source>Review and sign a day; amend a signed day with a reason.</source>
      <translation>复核并签核每天的记录；说明原因后更正已签核的日期。</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Reviewed and signed by the quality controller: ______________  time: ________</source>
      <translation>质检员复核签名：______________  时间：________</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Room hygiene checked</source>
      <translation>检查房间内环境卫生</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Rules followed in every post</source>
      <translation>各岗位制度落实情况</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Run</source>
      <translation>检查记录</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Sample</source>
      <translation>留样</translation>
    </message>
    <message>
      <location filename="kitchen/services/samples.py" />
      <source>Sample of {dish} disposed of</source>
      <translation>已处理{dish}的留样</translation>
    </message>
    <message>
      <location filename="kitchen/services/samples.py" />
      <source>Sample of {dish} recorded</source>
      <translation>已记录{dish}的留样</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Sampled at</source>
      <translation>留样时间</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Sampled by</source>
      <translation>留样人</translation>
    </message>
    <message>
      <location filename="kitchen/services/samples.py" />
      <source>Samples are kept refrigerated (0-8 °C): choose a fridge.</source>
      <translation>留样须冷藏（0-8 °C）保存：请选择冷藏柜。</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Saturday</source>
      <translation>星期六</translation>
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>Say in a few words what was found.</source>
      <translation>请简要写明发现了什么。</translation>
    </message>
    <message>
      <location filename="kitchen/services/health.py" />
      <source>Say what was done: sent home, or moved to non-food work.</source>
      <translation>请说明处理方式：回家休息，或调离接触食品岗位。</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Schedule</source>
      <translation>计划</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Schedule {n}: choose how often.</source>
      <translation>第 {n} 个排程：请选择频次。</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Schedule {n}: choose the weekday.</source>
      <translation>第 {n} 个排程：请选择星期几。</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Schedule {n}: give the time window.</source>
      <translation>第 {n} 个排程：请填写时段。</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Schedule {n}: the day of the month is 1 to 31.</source>
      <translation>第 {n} 个排程：每月日期为 1 至 31。</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Schedule {n}: the time window is empty: it must end after it starts ({start} to {end}).</source>
      <translation>第 {n} 个排程：时段为空，结束时间必须晚于开始时间（{start} 至 {end}）。</translation>
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>Search by what was found or dish</source>
      <translation>按异常内容或菜品搜索</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Sent home</source>
      <translation>回家休息</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Share of checklists done on time (%)</source>
      <translation>按时完成检查表的比例（%）</translation>
    </message>
    <message>
      <location filename="kitchen/permissions.py" />
      <source>Sign kitchen days</source>
      <translation>签核厨房日记录</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Signed at</source>
      <translation>签字时间</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Signed by</source>
      <translation>签字人</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Signed by (name)</source>
      <translation>签字人（姓名）</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Signed by {who} at {time}.</source>
      <translation>{who} 于 {time} 签核。</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Skills test passed</source>
      <translation>业务技术测试合格</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Skin wound or infection on hands</source>
      <translation>手部皮肤伤口或感染</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Sore throat</source>
      <translation>咽痛</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Spoiled ingredient</source>
      <translation>食材变质</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Staff</source>
      <translation>人数</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Staff health check done before work</source>
      <translation>员工上岗前已晨检</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Staff member</source>
      <translation>员工</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Start time</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Sterilising cabinet</source>
      <translation>消毒柜</translation>
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>Stock batches and suppliers can be linked only while the inventory plugin is active.</source>
      <translation>只有启用库存插件后才能关联库存批次和供应商。</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Sunday</source>
      <translation>星期日</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Supplier</source>
      <translation>供应商</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Supplier name</source>
      <translation>供应商名称</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Symptoms</source>
      <translation>症状</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Tableware sterilised</source>
      <translation>餐具已消毒</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Taken at</source>
      <translation>记录时间</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Temperature</source>
      <translation>体温</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Temperature of equipment</source>
      <translation>设备温度</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Temperature readings</source>
      <translation>温度读数</translation>
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Temperatures</source>
      <translation>温度记录</translation>
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Temperatures out of range today</source>
      <translation>今日温度超限</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Template</source>
      <translation>模板</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Text</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>That anomaly no longer exists.</source>
      <translation>该异常已不存在。</translation>
    </message>
    <message>
      <location filename="kitchen/services/health.py" />
      <source>That certificate no longer exists.</source>
      <translation>该健康证已不存在。</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>That checklist no longer exists.</source>
      <translation>该检查表已不存在。</translation>
    </message>
    <message>
      <location filename="kitchen/services/runs.py" />
      <source>That checklist run no longer exists.</source>
      <translation>该检查记录已不存在。</translation>
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>That department does not exist.</source>
      <translation>该部门不存在。</translation>
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>That equipment no longer exists.</source>
      <translation>该设备已不存在。</translation>
    </message>
    <message>
      <location filename="kitchen/services/logbook.py" />
      <source>That log entry no longer exists.</source>
      <translation>该记录已不存在。</translation>
    </message>
    <message>
      <location filename="kitchen/services/runs.py" />
      <source>That reading is of other equipment.</source>
      <translation>该读数属于其他设备。</translation>
    </message>
    <message>
      <location filename="kitchen/services/readings.py" />
      <source>That reading no longer exists.</source>
      <translation>该读数已不存在。</translation>
    </message>
    <message>
      <location filename="kitchen/services/samples.py" />
      <source>That sample no longer exists.</source>
      <translation>该留样已不存在。</translation>
    </message>
    <message>
      <location filename="kitchen/services/runs.py" />
      <source>That schedule no longer exists.</source>
      <translation>该排程已不存在。</translation>
    </message>
    <message>
      <location filename="kitchen/services/common.py" />
      <source>That staff member does not exist.</source>
      <translation>该员工不存在。</translation>
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>The batch came from another supplier.</source>
      <translation>该批次来自其他供应商。</translation>
    </message>
    <message>
      <location filename="kitchen/services/health.py" />
      <source>The certificate expires after it was issued.</source>
      <translation>健康证的有效期必须晚于发证日期。</translation>
    </message>
    <message>
      <location filename="kitchen/services/inspection.py" />
      <source>The inspector pack covers at most {n} days at a time.</source>
      <translation>检查记录汇编每次最多 {n} 天。</translation>
    </message>
    <message>
      <location filename="kitchen/services/equipment.py" />
      <source>The maximum must be above the minimum.</source>
      <translation>最高值必须高于最低值。</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>The monthly inspection was not recorded.</source>
      <translation>没有月度检查记录。</translation>
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>The paper fall-back: the day's checklists, the temperature grid with each equipment's limits, sample rows and the staff health-check rows.</source>
      <translation>纸质备用表：当天的检查表、带各设备限值的温度表、留样栏和员工晨检栏。</translation>
    </message>
    <message>
      <location filename="kitchen/services/inspection.py" />
      <source>The period ends before it starts.</source>
      <translation>期间的结束日期早于开始日期。</translation>
    </message>
    <message>
      <location filename="kitchen/services/readings.py" />
      <source>The re-check comes after the reading.</source>
      <translation>复测时间必须晚于读数时间。</translation>
    </message>
    <message>
      <location filename="kitchen/services/logbook.py" />
      <source>The repair comes after the fault was reported.</source>
      <translation>维修时间必须晚于故障报告时间。</translation>
    </message>
    <message>
      <location filename="kitchen/services/samples.py" />
      <source>The sample of {dish} is kept until {until}: it cannot be disposed of before its period ends.</source>
      <translation>{dish}的留样须保存至 {until}：保存期满前不能处理。</translation>
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>This anomaly is already closed.</source>
      <translation>该异常已关闭。</translation>
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>This anomaly is closed: reopen it to change it.</source>
      <translation>该异常已关闭：请重新打开后再修改。</translation>
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>This anomaly is open.</source>
      <translation>该异常未关闭。</translation>
    </message>
    <message>
      <location filename="kitchen/services/common.py" />
      <source>This cannot be empty.</source>
      <translation>此项不能为空。</translation>
    </message>
    <message>
      <location filename="kitchen/services/runs.py" />
      <source>This checklist cannot be done before {time}.</source>
      <translation>此检查表不能早于 {time} 完成。</translation>
    </message>
    <message>
      <location filename="kitchen/services/runs.py" />
      <source>This checklist is not due on {day}.</source>
      <translation>此检查表在 {day} 不需要做。</translation>
    </message>
    <message>
      <location filename="kitchen/services/runs.py" />
      <source>This checklist is still due: do it, or explain it once its time has passed.</source>
      <translation>此检查表还在时段内：请完成，或时段过后再说明原因。</translation>
    </message>
    <message>
      <location filename="kitchen/services/runs.py" />
      <source>This checklist was already done at {time}.</source>
      <translation>此检查表已于 {time} 完成。</translation>
    </message>
    <message>
      <location filename="kitchen/services/runs.py" />
      <source>This checklist was done: there is nothing to explain.</source>
      <translation>此检查表已完成，无需说明。</translation>
    </message>
    <message>
      <location filename="kitchen/services/logbook.py" />
      <source>This fault was already repaired.</source>
      <translation>该故障已修复。</translation>
    </message>
    <message>
      <location filename="kitchen/services/samples.py" />
      <source>This sample was already disposed of at {time}.</source>
      <translation>该留样已于 {time} 处理。</translation>
    </message>
    <message>
      <location filename="kitchen/services/common.py" />
      <source>This time is in the future.</source>
      <translation>该时间在将来。</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Thursday</source>
      <translation>星期四</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Toilets free of insects and odours</source>
      <translation>卫生间无蚊虫、无臭味</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Tuesday</source>
      <translation>星期二</translation>
    </message>
    <message>
      <location filename="kitchen/services/common.py" />
      <source>Unknown kitchen setting {key}.</source>
      <translation>未知的厨房设置 {key}。</translation>
    </message>
    <message>
      <location filename="kitchen/services/health.py" />
      <source>Unknown symptom {code}.</source>
      <translation>未知症状 {code}。</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>User</source>
      <translation>用户</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Utensils ready and complete</source>
      <translation>厨具准备齐全</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Valid from</source>
      <translation>生效日</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Valid until</source>
      <translation>失效日</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Value</source>
      <translation>数值</translation>
    </message>
    <message>
      <location filename="kitchen/permissions.py" />
      <source>View kitchen records</source>
      <translation>查看厨房记录</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Vomiting</source>
      <translation>呕吐</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Walls clean</source>
      <translation>墙面整洁</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Waste removed</source>
      <translation>垃圾已清运</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Wednesday</source>
      <translation>星期三</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Weekday</source>
      <translation>星期</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Weekly</source>
      <translation>每周</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Weekly cleaning day</source>
      <translation>每周大扫除</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Weight</source>
      <translation>重量</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Weight (g)</source>
      <translation>重量（克）</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>What</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>What changed</source>
      <translation>更正内容</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>What was found</source>
      <translation>发现的问题</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Who</source>
      <translation>更正人</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>Window</source>
      <translation>时段</translation>
    </message>
    <message>
      <location filename="kitchen/models.py" />
      <source>Window until</source>
      <translation>截止</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Work areas clean</source>
      <translation>工作区域清洁卫生</translation>
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Work surfaces and tools cleaned</source>
      <translation>台面和工具已清洗</translation>
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Working days of the kitchen on which the person had no morning health check.</source>
      <translation>厨房营业日中本人没有晨检记录的天数。</translation>
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>Write the corrective action before closing.</source>
      <translation>关闭前请填写纠正措施。</translation>
    </message>
    <message>
      <location filename="kitchen/services/readings.py" />
      <source>Write the corrective action.</source>
      <translation>请填写纠正措施。</translation>
    </message>
    <message>
      <location filename="kitchen/services/logbook.py" />
      <source>Write what was done.</source>
      <translation>请填写做了什么。</translation>
    </message>
    <message>
      <location filename="kitchen/services/logbook.py" />
      <source>Write what was repaired.</source>
      <translation>请填写维修内容。</translation>
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>Write why the anomaly is reopened.</source>
      <translation>请填写重新打开的原因。</translation>
    </message>
    <message>
      <location filename="kitchen/services/runs.py" />
      <source>Write why the checklist was not done.</source>
      <translation>请填写检查表未做的原因。</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Wrong procedure</source>
      <translation>操作不规范</translation>
    </message>
    <message>
      <location filename="kitchen/services/runs.py" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Yes / no</source>
      <translation>是 / 否</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="kitchen/services/cards.py" />
      <source>readings outside the limits today</source>
      <translation>今日超出限值的读数</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>{day} ({weekday})</source>
      <translation>{day}（{weekday}）</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>{day} ({weekday}) · to fill in by hand and key in later</source>
      <translation>{day}（{weekday}）· 手工填写，之后录入系统</translation>
    </message>
    <message>
      <location filename="kitchen/services/signoff.py" />
      <source>{day} cannot be signed while {n} item(s) are open: {items}</source>
      <translation>{day} 还有 {n} 项未处理，不能签核：{items}</translation>
    </message>
    <message>
      <location filename="kitchen/services/signoff.py" />
      <source>{day} was already signed by {who}.</source>
      <translation>{day} 已由 {who} 签核。</translation>
    </message>
    <message>
      <location filename="kitchen/services/common.py" />
      <source>{day} was signed by {who}: it can no longer be changed directly. Record an amendment with its reason.</source>
      <translation>{day} 已由 {who} 签核，不能再直接修改。请说明原因并登记更正。</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>{day} · {n} samples</source>
      <translation>{day} · {n} 份留样</translation>
    </message>
    <message>
      <location filename="kitchen/services/cards.py" />
      <source>{due} due now · {overdue} overdue · {done} done</source>
      <translation>{due} 项现在要做 · {overdue} 项已超时 · {done} 项已完成</translation>
    </message>
    <message>
      <location filename="kitchen/services/cards.py" />
      <source>{expired} expired · next: {name} {date}</source>
      <translation>{expired} 份已过期 · 最近：{name} {date}</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>{month} · kitchen records of the month</source>
      <translation>{month} · 本月厨房记录</translation>
    </message>
    <message>
      <location filename="kitchen/services/health.py" />
      <source>{name} has no health certificate: they cannot be marked fit for food handling.</source>
      <translation>{name}没有健康证，不能登记为可从事食品工作。</translation>
    </message>
    <message>
      <location filename="kitchen/services/health.py" />
      <source>{name} has {symptoms}: such a person does no food-handling work today.</source>
      <translation>{name}有{symptoms}症状：今天不得从事接触食品的工作。</translation>
    </message>
    <message>
      <location filename="kitchen/services/readings.py" />
      <source>{name} is archived.</source>
      <translation>{name}已停用。</translation>
    </message>
    <message>
      <location filename="kitchen/services/signoff.py" />
      <source>{name} read {value} °C at {time} without a re-check within the limits.</source>
      <translation>{name} 在 {time} 读数 {value} °C，还没有合格的复测。</translation>
    </message>
    <message>
      <location filename="kitchen/services/readings.py" />
      <source>{name} reads {value} °C, outside its limits ({limits}): the reading is taken only with its corrective action (what was done, by whom) and the re-check reading and time.</source>
      <translation>{name} 读数 {value} °C，超出限值（{limits}）：须同时填写纠正措施（做了什么、由谁处理）以及复测读数和时间，才能保存。</translation>
    </message>
    <message>
      <location filename="kitchen/services/health.py" />
      <source>{name} was already checked on {day}.</source>
      <translation>{name}在 {day} 已做过晨检。</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>{name} · due {start}-{end} · done at ____ by ________</source>
      <translation>{name} · 时段 {start}-{end} · 完成时间 ____ 检查人 ________</translation>
    </message>
    <message>
      <location filename="kitchen/services/health.py" />
      <source>{name}'s health certificate expired on {date}: they cannot be marked fit for food handling until it is renewed.</source>
      <translation>{name}的健康证已于 {date} 到期：换证前不能登记为可从事食品工作。</translation>
    </message>
    <message>
      <location filename="kitchen/services/readings.py" />
      <source>{name}: {message}</source>
      <translation>{name}：{message}</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>{n} disposed of late</source>
      <translation>{n} 份逾时处理</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>{n} not fit for food handling</source>
      <translation>{n} 人次不可从事食品工作</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>{n} still open</source>
      <translation>{n} 项未关闭</translation>
    </message>
    <message>
      <location filename="kitchen/services/cards.py" />
      <source>{overdue} overdue for disposal</source>
      <translation>{overdue} 份超时未处理</translation>
    </message>
    <message>
      <location filename="kitchen/reports/kitchen.py" />
      <source>{start} to {end} · every kitchen record, day by day</source>
      <translation>{start} 至 {end} · 全部厨房记录，逐日列出</translation>
    </message>
    <message>
      <location filename="kitchen/services/health.py" />
      <source>{value} °C is not a body temperature.</source>
      <translation>{value} °C 不是体温。</translation>
    </message>
    <message>
      <location filename="kitchen/services/common.py" />
      <source>{value} °C is not a temperature a kitchen thermometer shows (-60 to 300 °C). Check the reading.</source>
      <translation>{value} °C 不是厨房温度计能显示的温度（-60 至 300 °C）。请检查读数。</translation>
    </message>
    <message>
      <location filename="kitchen/services/samples.py" />
      <source>{weight} g is not a sample weight.</source>
      <translation>{weight} 克不是留样的重量。</translation>
    </message>
    <message>
      <location filename="kitchen/services/common.py" />
      <source>“{value}” is not a number.</source>
      <translation>“{value}”不是数字。</translation>
    </message>
  </context>
</TS>

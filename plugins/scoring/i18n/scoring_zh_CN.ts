<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>AttendancePage</name>
    <message>
      <location filename="scoring/ui/attendance.py" />
      <source>Add money item</source>
      <translation>添加金额项</translation>
    </message>
    <message>
      <location filename="scoring/ui/attendance.py" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="scoring/ui/attendance.py" />
      <source>Approve</source>
      <translation>批准</translation>
    </message>
    <message>
      <location filename="scoring/ui/attendance.py" />
      <source>Employee</source>
      <translation>员工</translation>
    </message>
    <message>
      <location filename="scoring/ui/attendance.py" />
      <source>From</source>
      <translation>开始</translation>
    </message>
    <message>
      <location filename="scoring/ui/attendance.py" />
      <source>From / to</source>
      <translation>起止日期</translation>
    </message>
    <message>
      <location filename="scoring/ui/attendance.py" />
      <source>Inspection failed</source>
      <translation>检查不合格</translation>
    </message>
    <message>
      <location filename="scoring/ui/attendance.py" />
      <source>Inspection passed</source>
      <translation>检查合格</translation>
    </message>
    <message>
      <location filename="scoring/ui/attendance.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="scoring/ui/attendance.py" />
      <source>Leave</source>
      <translation>请假</translation>
    </message>
    <message>
      <location filename="scoring/ui/attendance.py" />
      <source>Money adjustment</source>
      <translation>金额调整</translation>
    </message>
    <message>
      <location filename="scoring/ui/attendance.py" />
      <source>Property damage</source>
      <translation>损坏公物</translation>
    </message>
    <message>
      <location filename="scoring/ui/attendance.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="scoring/ui/attendance.py" />
      <source>Record absence</source>
      <translation>记录旷工</translation>
    </message>
    <message>
      <location filename="scoring/ui/attendance.py" />
      <source>Reject</source>
      <translation>驳回</translation>
    </message>
    <message>
      <location filename="scoring/ui/attendance.py" />
      <source>Request leave</source>
      <translation>提交请假</translation>
    </message>
    <message>
      <location filename="scoring/ui/attendance.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="scoring/ui/attendance.py" />
      <source>To</source>
      <translation>结束</translation>
    </message>
    <message>
      <location filename="scoring/ui/attendance.py" />
      <source>Unapproved absence</source>
      <translation>旷工</translation>
    </message>
    <message>
      <location filename="scoring/ui/attendance.py" />
      <source>Wage advance</source>
      <translation>预支工资</translation>
    </message>
    <message>
      <location filename="scoring/ui/attendance.py" />
      <source>Written reason</source>
      <translation>书面原因</translation>
    </message>
    <message>
      <location filename="scoring/ui/attendance.py" />
      <source>approved</source>
      <translation>已批准</translation>
    </message>
    <message>
      <location filename="scoring/ui/attendance.py" />
      <source>pending</source>
      <translation>待处理</translation>
    </message>
    <message>
      <location filename="scoring/ui/attendance.py" />
      <source>recorded</source>
      <translation>已记录</translation>
    </message>
    <message>
      <location filename="scoring/ui/attendance.py" />
      <source>rejected</source>
      <translation>已驳回</translation>
    </message>
  </context>
  <context>
    <name>PersonPage</name>
    <message>
      <location filename="scoring/ui/person.py" />
      <source>Absences: %1, leave: %2 days</source>
      <translation>旷工：%1 天，请假：%2 天</translation>
    </message>
    <message>
      <location filename="scoring/ui/person.py" />
      <source>Achievement %</source>
      <translation>完成率 %</translation>
    </message>
    <message>
      <location filename="scoring/ui/person.py" />
      <source>Actual</source>
      <translation>实际</translation>
    </message>
    <message>
      <location filename="scoring/ui/person.py" />
      <source>Adjust points</source>
      <translation>调整积分</translation>
    </message>
    <message>
      <location filename="scoring/ui/person.py" />
      <source>Adjust points...</source>
      <translation>调整积分…</translation>
    </message>
    <message>
      <location filename="scoring/ui/person.py" />
      <source>Attendance: %1%</source>
      <translation>出勤：%1%</translation>
    </message>
    <message>
      <location filename="scoring/ui/person.py" />
      <source>Chat reviews: %1 / %2</source>
      <translation>聊天考评：%1 / %2</translation>
    </message>
    <message>
      <location filename="scoring/ui/person.py" />
      <source>Day</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="scoring/ui/person.py" />
      <source>Final score: %1</source>
      <translation>总分：%1</translation>
    </message>
    <message>
      <location filename="scoring/ui/person.py" />
      <source>Grade: %1</source>
      <translation>等级：%1</translation>
    </message>
    <message>
      <location filename="scoring/ui/person.py" />
      <source>Indicator</source>
      <translation>指标</translation>
    </message>
    <message>
      <location filename="scoring/ui/person.py" />
      <source>KPIs (Enter or a double-click lists the records a figure came from)</source>
      <translation>关键绩效指标（回车或双击列出数字来源的记录）</translation>
    </message>
    <message>
      <location filename="scoring/ui/person.py" />
      <source>Net pay: %1</source>
      <translation>实发：%1</translation>
    </message>
    <message>
      <location filename="scoring/ui/person.py" />
      <source>No records are listed for %1.</source>
      <translation>“%1”没有可列出的记录。</translation>
    </message>
    <message>
      <location filename="scoring/ui/person.py" />
      <source>Nobody to show.</source>
      <translation>没有可显示的员工。</translation>
    </message>
    <message>
      <location filename="scoring/ui/person.py" />
      <source>Points</source>
      <translation>积分</translation>
    </message>
    <message>
      <location filename="scoring/ui/person.py" />
      <source>Points (+/-):</source>
      <translation>积分（+/-）：</translation>
    </message>
    <message>
      <location filename="scoring/ui/person.py" />
      <source>Points ledger (double-click a line to open its source)</source>
      <translation>积分明细（双击一行打开来源记录）</translation>
    </message>
    <message>
      <location filename="scoring/ui/person.py" />
      <source>Points: %1</source>
      <translation>积分：%1</translation>
    </message>
    <message>
      <location filename="scoring/ui/person.py" />
      <source>Print assessment...</source>
      <translation>打印考核表…</translation>
    </message>
    <message>
      <location filename="scoring/ui/person.py" />
      <source>Reason:</source>
      <translation>原因：</translation>
    </message>
    <message>
      <location filename="scoring/ui/person.py" />
      <source>Rule / reason</source>
      <translation>规则 / 原因</translation>
    </message>
    <message>
      <location filename="scoring/ui/person.py" />
      <source>Save comment</source>
      <translation>保存评语</translation>
    </message>
    <message>
      <location filename="scoring/ui/person.py" />
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="scoring/ui/person.py" />
      <source>Target</source>
      <translation>目标</translation>
    </message>
    <message>
      <location filename="scoring/ui/person.py" />
      <source>The manager's comment on the month</source>
      <translation>经理对本月的评语</translation>
    </message>
    <message>
      <location filename="scoring/ui/person.py" />
      <source>Weight</source>
      <translation>权重</translation>
    </message>
    <message>
      <location filename="scoring/ui/person.py" />
      <source>manual</source>
      <translation>手工</translation>
    </message>
  </context>
  <context>
    <name>RecordsDialog</name>
    <message>
      <location filename="scoring/ui/common.py" />
      <source>Day</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="scoring/ui/common.py" />
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <location filename="scoring/ui/common.py" />
      <source>Records: %1. Enter or a double-click opens one.</source>
      <translation>共 %1 条记录。回车或双击打开一条。</translation>
    </message>
    <message>
      <location filename="scoring/ui/common.py" />
      <source>Source</source>
      <translation>来源</translation>
    </message>
  </context>
  <context>
    <name>ReviewPage</name>
    <message>
      <location filename="scoring/ui/reviews.py" />
      <source>Failing records: %1 · the day keeps its point</source>
      <translation>不及格记录：%1 · 当日保留 1 分</translation>
    </message>
    <message>
      <location filename="scoring/ui/reviews.py" />
      <source>Failing records: %1 · the day's point is lost</source>
      <translation>不及格记录：%1 · 当日扣 1 分</translation>
    </message>
    <message>
      <location filename="scoring/ui/reviews.py" />
      <source>Keep pending</source>
      <translation>暂不完成</translation>
    </message>
    <message>
      <location filename="scoring/ui/reviews.py" />
      <source>Keys 1-6 mark what a record fails; Enter goes to the next record.</source>
      <translation>按 1-6 标记该条记录不及格的项目；回车进入下一条。</translation>
    </message>
    <message>
      <location filename="scoring/ui/reviews.py" />
      <source>No customer-service agents.</source>
      <translation>没有客服人员。</translation>
    </message>
    <message>
      <location filename="scoring/ui/reviews.py" />
      <source>Save and next (Ctrl+S)</source>
      <translation>保存并下一个（Ctrl+S）</translation>
    </message>
  </context>
  <context>
    <name>RulesPage</name>
    <message>
      <location filename="scoring/ui/rules.py" />
      <source>Applies to</source>
      <translation>适用于</translation>
    </message>
    <message>
      <location filename="scoring/ui/rules.py" />
      <source>Cap</source>
      <translation>上限</translation>
    </message>
    <message>
      <location filename="scoring/ui/rules.py" />
      <source>Code</source>
      <translation>代码</translation>
    </message>
    <message>
      <location filename="scoring/ui/rules.py" />
      <source>Condition</source>
      <translation>条件</translation>
    </message>
    <message>
      <location filename="scoring/ui/rules.py" />
      <source>Departments (codes)</source>
      <translation>适用部门（代码）</translation>
    </message>
    <message>
      <location filename="scoring/ui/rules.py" />
      <source>Domain event</source>
      <translation>业务事件</translation>
    </message>
    <message>
      <location filename="scoring/ui/rules.py" />
      <source>Fields: see the event (late_minutes, amount, on_time...)</source>
      <translation>字段：见事件（late_minutes、amount、on_time…）</translation>
    </message>
    <message>
      <location filename="scoring/ui/rules.py" />
      <source>Fields: value</source>
      <translation>字段：value</translation>
    </message>
    <message>
      <location filename="scoring/ui/rules.py" />
      <source>Last month: %1</source>
      <translation>上月：%1</translation>
    </message>
    <message>
      <location filename="scoring/ui/rules.py" />
      <source>Monthly cap</source>
      <translation>每月上限</translation>
    </message>
    <message>
      <location filename="scoring/ui/rules.py" />
      <source>Multiplier field</source>
      <translation>倍数字段</translation>
    </message>
    <message>
      <location filename="scoring/ui/rules.py" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="scoring/ui/rules.py" />
      <source>New rule</source>
      <translation>新建规则</translation>
    </message>
    <message>
      <location filename="scoring/ui/rules.py" />
      <source>On</source>
      <translation>启用</translation>
    </message>
    <message>
      <location filename="scoring/ui/rules.py" />
      <source>Points</source>
      <translation>积分</translation>
    </message>
    <message>
      <location filename="scoring/ui/rules.py" />
      <source>Points per occurrence</source>
      <translation>每次积分</translation>
    </message>
    <message>
      <location filename="scoring/ui/rules.py" />
      <source>Preview last month</source>
      <translation>预览上月</translation>
    </message>
    <message>
      <location filename="scoring/ui/rules.py" />
      <source>Roles (positions)</source>
      <translation>岗位（职务）</translation>
    </message>
    <message>
      <location filename="scoring/ui/rules.py" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="scoring/ui/rules.py" />
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="scoring/ui/rules.py" />
      <source>Staff metric</source>
      <translation>员工指标</translation>
    </message>
    <message>
      <location filename="scoring/ui/rules.py" />
      <source>Staff positions, comma-separated; empty: every role</source>
      <translation>员工岗位，用逗号分隔；留空：所有岗位</translation>
    </message>
    <message>
      <location filename="scoring/ui/rules.py" />
      <source>Switched on</source>
      <translation>已启用</translation>
    </message>
    <message>
      <location filename="scoring/ui/rules.py" />
      <source>Valid from</source>
      <translation>生效日期</translation>
    </message>
    <message>
      <location filename="scoring/ui/rules.py" />
      <source>Valid to</source>
      <translation>失效日期</translation>
    </message>
    <message>
      <location filename="scoring/ui/rules.py" />
      <source>Write dates as 2026-11-01.</source>
      <translation>日期请写成 2026-11-01。</translation>
    </message>
    <message>
      <location filename="scoring/ui/rules.py" />
      <source>no points</source>
      <translation>无积分</translation>
    </message>
  </context>
  <context>
    <name>ScoringSettings</name>
    <message>
      <location filename="scoring/ui/settings.py" />
      <source>Advances: at most this share of the month's pay</source>
      <translation>预支上限（占当月工资的比例）</translation>
    </message>
    <message>
      <location filename="scoring/ui/settings.py" />
      <source>Chat records reviewed per agent-day</source>
      <translation>每人每天考评的聊天记录数</translation>
    </message>
    <message>
      <location filename="scoring/ui/settings.py" />
      <source>Day of the monthly inspection</source>
      <translation>每月检查日</translation>
    </message>
    <message>
      <location filename="scoring/ui/settings.py" />
      <source>Failing records that lose the day's point</source>
      <translation>扣当日 1 分的不及格记录数</translation>
    </message>
    <message>
      <location filename="scoring/ui/settings.py" />
      <source>Fine for failing the inspection (¥)</source>
      <translation>检查不合格罚款（元）</translation>
    </message>
    <message>
      <location filename="scoring/ui/settings.py" />
      <source>First deduction (¥)</source>
      <translation>第一档扣款（元）</translation>
    </message>
    <message>
      <location filename="scoring/ui/settings.py" />
      <source>Rest days a month by department (code=days, *=others)</source>
      <translation>各部门每月休息天数（代码=天数，*=其他）</translation>
    </message>
    <message>
      <location filename="scoring/ui/settings.py" />
      <source>Reward for passing the inspection (¥)</source>
      <translation>检查合格奖励（元）</translation>
    </message>
    <message>
      <location filename="scoring/ui/settings.py" />
      <source>Score below which the first deduction applies</source>
      <translation>低于此分扣第一档</translation>
    </message>
    <message>
      <location filename="scoring/ui/settings.py" />
      <source>Score below which the second deduction applies</source>
      <translation>低于此分扣第二档</translation>
    </message>
    <message>
      <location filename="scoring/ui/settings.py" />
      <source>Score below which the whole bonus is lost</source>
      <translation>低于此分取消全部奖金</translation>
    </message>
    <message>
      <location filename="scoring/ui/settings.py" />
      <source>Second deduction (¥)</source>
      <translation>第二档扣款（元）</translation>
    </message>
    <message>
      <location filename="scoring/ui/settings.py" />
      <source>Unapproved absence: times the daily wage</source>
      <translation>旷工扣款（日标准工资的倍数）</translation>
    </message>
    <message>
      <location filename="scoring/ui/settings.py" />
      <source>Write rest days as customer_service=4, *=2.</source>
      <translation>休息天数请写成 customer_service=4, *=2。</translation>
    </message>
  </context>
  <context>
    <name>SheetPage</name>
    <message>
      <location filename="scoring/ui/sheet.py" />
      <source>Assessments</source>
      <translation>考核表</translation>
    </message>
    <message>
      <location filename="scoring/ui/sheet.py" />
      <source>Close the month</source>
      <translation>月结</translation>
    </message>
    <message>
      <location filename="scoring/ui/sheet.py" />
      <source>Closed: figures frozen</source>
      <translation>已月结：数据已冻结</translation>
    </message>
    <message>
      <location filename="scoring/ui/sheet.py" />
      <source>Enter or a double-click opens the person's month</source>
      <translation>回车或双击打开此人的月度考核</translation>
    </message>
    <message>
      <location filename="scoring/ui/sheet.py" />
      <source>Export to Excel</source>
      <translation>导出到 Excel</translation>
    </message>
    <message>
      <location filename="scoring/ui/sheet.py" />
      <source>Month sheet</source>
      <translation>月度考核汇总</translation>
    </message>
    <message>
      <location filename="scoring/ui/sheet.py" />
      <source>One PDF for everyone? (No: one file per person into a folder)</source>
      <translation>所有人合成一个 PDF？（否：每人一个文件，存入文件夹）</translation>
    </message>
    <message>
      <location filename="scoring/ui/sheet.py" />
      <source>Open: figures follow the records</source>
      <translation>未月结：数据随记录更新</translation>
    </message>
    <message>
      <location filename="scoring/ui/sheet.py" />
      <source>Print all assessments</source>
      <translation>打印全部考核表</translation>
    </message>
    <message>
      <location filename="scoring/ui/sheet.py" />
      <source>Print all assessments...</source>
      <translation>打印全部考核表…</translation>
    </message>
    <message>
      <location filename="scoring/ui/sheet.py" />
      <source>Printing the assessments</source>
      <translation>正在打印考核表</translation>
    </message>
    <message>
      <location filename="scoring/ui/sheet.py" />
      <source>Re-evaluate</source>
      <translation>重新计算</translation>
    </message>
  </context>
  <context>
    <name>TemplatesPage</name>
    <message>
      <location filename="scoring/ui/templates.py" />
      <source>Add KPI</source>
      <translation>添加指标</translation>
    </message>
    <message>
      <location filename="scoring/ui/templates.py" />
      <source>Department</source>
      <translation>部门</translation>
    </message>
    <message>
      <location filename="scoring/ui/templates.py" />
      <source>Final score formula</source>
      <translation>总分公式</translation>
    </message>
    <message>
      <location filename="scoring/ui/templates.py" />
      <source>Grade bands</source>
      <translation>等级划分</translation>
    </message>
    <message>
      <location filename="scoring/ui/templates.py" />
      <source>Metric</source>
      <translation>指标</translation>
    </message>
    <message>
      <location filename="scoring/ui/templates.py" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="scoring/ui/templates.py" />
      <source>Names: %1; functions min, max, round, abs; x if c else y</source>
      <translation>可用名称：%1；函数 min、max、round、abs；x if c else y</translation>
    </message>
    <message>
      <location filename="scoring/ui/templates.py" />
      <source>New template</source>
      <translation>新建模板</translation>
    </message>
    <message>
      <location filename="scoring/ui/templates.py" />
      <source>Remove KPI</source>
      <translation>删除指标</translation>
    </message>
    <message>
      <location filename="scoring/ui/templates.py" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="scoring/ui/templates.py" />
      <source>Target</source>
      <translation>目标</translation>
    </message>
    <message>
      <location filename="scoring/ui/templates.py" />
      <source>Template</source>
      <translation>模板</translation>
    </message>
    <message>
      <location filename="scoring/ui/templates.py" />
      <source>Weight</source>
      <translation>权重</translation>
    </message>
    <message>
      <location filename="scoring/ui/templates.py" />
      <source>Whole office (default)</source>
      <translation>全公司（默认）</translation>
    </message>
  </context>
  <context>
    <name>scoring</name>
    <message>
      <location filename="scoring/services/reviews.py" />
      <source>A day in the future cannot be reviewed yet.</source>
      <translation>还不能考评未来的日期。</translation>
    </message>
    <message>
      <location filename="scoring/services/attendance.py" />
      <source>A leave request needs a written reason.</source>
      <translation>请假须写明书面原因。</translation>
    </message>
    <message>
      <location filename="scoring/plugin.py" />
      <source>A person's month</source>
      <translation>个人月度考核</translation>
    </message>
    <message>
      <location filename="scoring/services/reviews.py" />
      <source>A review covers at least one chat record.</source>
      <translation>一次考评至少包含一条聊天记录。</translation>
    </message>
    <message>
      <location filename="scoring/services/rules.py" />
      <source>A role name cannot contain a comma.</source>
      <translation>岗位名称不能包含逗号。</translation>
    </message>
    <message>
      <location filename="scoring/services/rules.py" />
      <source>A rule reads a staff metric or a domain event.</source>
      <translation>规则的来源须是员工指标或业务事件。</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Absence</source>
      <translation>缺勤</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>Absence deduction</source>
      <translation>旷工扣款</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>Achievement</source>
      <translation>完成率</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>Actual</source>
      <translation>实际</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>Adjustments</source>
      <translation>调整</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>Advances</source>
      <translation>预支</translation>
    </message>
    <message>
      <location filename="scoring/services/attendance.py" />
      <source>Advances may not exceed half the month's pay ({limit}); already advanced {taken}.</source>
      <translation>预支不得超过当月工资的一半（{limit}）；已预支 {taken}。</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="scoring/services/attendance.py" />
      <source>An absence cannot be recorded for a day still to come.</source>
      <translation>不能为尚未到来的日期记录旷工。</translation>
    </message>
    <message>
      <location filename="scoring/services/ledger.py" />
      <source>An adjustment needs a reason.</source>
      <translation>调整须注明原因。</translation>
    </message>
    <message>
      <location filename="scoring/services/ledger.py" />
      <source>An adjustment of 0 points changes nothing.</source>
      <translation>调整 0 分没有任何作用。</translation>
    </message>
    <message>
      <location filename="scoring/services/rules.py" />
      <source>Another rule has the code “{code}”.</source>
      <translation>已有规则使用代码“{code}”。</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>Approved leave (days)</source>
      <translation>已批准请假（天）</translation>
    </message>
    <message>
      <location filename="scoring/plugin.py" />
      <source>Assessment templates</source>
      <translation>考核模板</translation>
    </message>
    <message>
      <location filename="scoring/services/common.py" />
      <source>At least one failing record must lose the day.</source>
      <translation>至少要有一条不及格记录才扣当日的分。</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>Attendance</source>
      <translation>出勤</translation>
    </message>
    <message>
      <location filename="scoring/services/cards.py" />
      <source>Best of {month}: {people}</source>
      <translation>{month} 最佳：{people}</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Bonus</source>
      <translation>奖金</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>Bonus deduction</source>
      <translation>奖金扣减</translation>
    </message>
    <message>
      <location filename="scoring/services/export.py" />
      <source>Bonus paid</source>
      <translation>实发奖金</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>Chat review score</source>
      <translation>聊天记录考评得分</translation>
    </message>
    <message>
      <location filename="scoring/plugin.py" />
      <source>Chat reviews</source>
      <translation>聊天记录考评</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Closed at</source>
      <translation>结账时间</translation>
    </message>
    <message>
      <location filename="scoring/services/reviews.py" />
      <source>Closing</source>
      <translation>结束语</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Code</source>
      <translation>代码</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Comment</source>
      <translation>评语</translation>
    </message>
    <message>
      <location filename="scoring/services/sources.py" />
      <source>Complaint closed</source>
      <translation>投诉结案</translation>
    </message>
    <message>
      <location filename="scoring/services/sources.py" />
      <source>Complaint received</source>
      <translation>收到投诉</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Condition</source>
      <translation>条件</translation>
    </message>
    <message>
      <location filename="scoring/services/templates.py" />
      <source>Customer service</source>
      <translation>客服部</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>Damage deducted / carried</source>
      <translation>损坏赔偿本月扣 / 结转下月</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Day</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Decided by</source>
      <translation>审批人</translation>
    </message>
    <message>
      <location filename="scoring/services/rules.py" />
      <source>Delivery on time</source>
      <translation>准时送达</translation>
    </message>
    <message>
      <location filename="scoring/services/sources.py" />
      <source>Delivery, on time</source>
      <translation>配送，准时</translation>
    </message>
    <message>
      <location filename="scoring/services/sources.py" />
      <source>Delivery, {n} min late</source>
      <translation>配送，迟到 {n} 分钟</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Department</source>
      <translation>部门</translation>
    </message>
    <message>
      <location filename="scoring/plugin.py" />
      <source>Department assessment summary</source>
      <translation>部门考核汇总</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Departments</source>
      <translation>部门</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>Distribution of final scores</source>
      <translation>总分分布</translation>
    </message>
    <message>
      <location filename="scoring/permissions.py" />
      <source>Edit point rules, templates and adjustments; close months</source>
      <translation>编辑积分规则、模板和调整；月结</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Employee</source>
      <translation>员工</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>Employee's signature</source>
      <translation>员工签名</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>Employees</source>
      <translation>员工人数</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Enabled</source>
      <translation>启用</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Ends</source>
      <translation>结束</translation>
    </message>
    <message>
      <location filename="scoring/services/ledger.py" />
      <source>Enter a number.</source>
      <translation>请输入数字。</translation>
    </message>
    <message>
      <location filename="scoring/services/common.py" />
      <source>Enter a whole number of 0 or more.</source>
      <translation>请输入 0 或以上的整数。</translation>
    </message>
    <message>
      <location filename="scoring/services/attendance.py" />
      <source>Enter an amount of 0 or more.</source>
      <translation>请输入 0 或以上的金额。</translation>
    </message>
    <message>
      <location filename="scoring/services/attendance.py" />
      <source>Enter an amount.</source>
      <translation>请输入金额。</translation>
    </message>
    <message>
      <location filename="scoring/services/attendance.py" />
      <source>Enter the amount advanced.</source>
      <translation>请输入预支金额。</translation>
    </message>
    <message>
      <location filename="scoring/services/attendance.py" />
      <source>Enter the amount.</source>
      <translation>请输入金额。</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Event</source>
      <translation>事件</translation>
    </message>
    <message>
      <location filename="scoring/plugin.py" />
      <source>Everyone</source>
      <translation>全部员工</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Exempt at weekends</source>
      <translation>周末免考</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Failed</source>
      <translation>不合格</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Failing</source>
      <translation>不合格数</translation>
    </message>
    <message>
      <location filename="scoring/services/reviews.py" />
      <source>Failing records cannot be negative.</source>
      <translation>不及格记录数不能为负数。</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Fields</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Final score</source>
      <translation>总分</translation>
    </message>
    <message>
      <location filename="scoring/services/rules.py" />
      <source>Follow-up rated 5</source>
      <translation>回访满意度 5 分</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Formula</source>
      <translation>公式</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Frozen</source>
      <translation>已冻结</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>Full score</source>
      <translation>满分</translation>
    </message>
    <message>
      <location filename="scoring/services/attendance.py" />
      <source>Give the reason.</source>
      <translation>请注明原因。</translation>
    </message>
    <message>
      <location filename="scoring/services/rules.py" />
      <source>Give the rule a name.</source>
      <translation>请为规则命名。</translation>
    </message>
    <message>
      <location filename="scoring/services/rules.py" />
      <source>Give the rule a short code.</source>
      <translation>请为规则设一个简短代码。</translation>
    </message>
    <message>
      <location filename="scoring/services/templates.py" />
      <source>Give the template a name.</source>
      <translation>请为模板命名。</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Grade</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="scoring/services/templates.py" />
      <source>Grade bands go from the best down, each lower than the last.</source>
      <translation>等级须从高到低排列，每级分数低于上一级。</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Grades</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="scoring/services/reviews.py" />
      <source>Greeting</source>
      <translation>问候语</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>Indicator</source>
      <translation>指标</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>Inspection on the 15th</source>
      <translation>15日检查</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>KPI</source>
      <translation>绩效指标</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>KPI template</source>
      <translation>考核模板</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>KPIs</source>
      <translation>关键绩效指标</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="scoring/services/sources.py" />
      <source>Kitchen anomaly opened</source>
      <translation>厨房异常登记</translation>
    </message>
    <message>
      <location filename="scoring/services/rules.py" />
      <source>Kitchen checklists on time</source>
      <translation>厨房检查表按时完成</translation>
    </message>
    <message>
      <location filename="scoring/services/rules.py" />
      <source>Late delivery (over 15 minutes)</source>
      <translation>送达超时（超过 15 分钟）</translation>
    </message>
    <message>
      <location filename="scoring/plugin.py" />
      <source>Leaderboard (last month)</source>
      <translation>绩效排行（上月）</translation>
    </message>
    <message>
      <location filename="scoring/plugin.py" />
      <source>Leave and absence</source>
      <translation>请假与旷工</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>Manager's comment</source>
      <translation>经理评语</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>Manager's signature</source>
      <translation>经理签名</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Metric</source>
      <translation>指标</translation>
    </message>
    <message>
      <location filename="scoring/permissions.py" />
      <source>Money figures are confidential: everyone else sees them masked.</source>
      <translation>金额属机密：其他人看到的是遮盖后的数字。</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Money item</source>
      <translation>奖扣款项</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <location filename="scoring/plugin.py" />
      <source>Month sheet</source>
      <translation>月度考核汇总</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Month sheet line</source>
      <translation>月度考核行</translation>
    </message>
    <message>
      <location filename="scoring/plugin.py" />
      <source>Monthly assessment</source>
      <translation>月度考核表</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>Monthly assessment: {name}</source>
      <translation>月度考核表：{name}</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Monthly cap</source>
      <translation>每月上限</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Monthly wage</source>
      <translation>月标准工资</translation>
    </message>
    <message>
      <location filename="scoring/services/reviews.py" />
      <source>More reviewed records ({given}) than the day's {records}.</source>
      <translation>考评记录数（{given}）多于当日的 {records} 条。</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Multiplier field</source>
      <translation>倍数字段</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="scoring/services/rules.py" />
      <source>Name fewer roles (200 characters at most).</source>
      <translation>岗位太多（最多 200 个字符）。</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>Net pay</source>
      <translation>实发工资</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>No KPIs in this department's template.</source>
      <translation>该部门模板没有绩效指标。</translation>
    </message>
    <message>
      <location filename="scoring/services/rules.py" />
      <source>No plugin offers the staff metric “{name}”.</source>
      <translation>没有插件提供员工指标“{name}”。</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>No points this month.</source>
      <translation>本月没有积分。</translation>
    </message>
    <message>
      <location filename="scoring/services/cards.py" />
      <source>No scores for {month} yet</source>
      <translation>{month} 尚无得分</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>No.</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>Nobody to assess in this selection.</source>
      <translation>所选范围内没有要考核的员工。</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>Not scored</source>
      <translation>未能计分</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="scoring/services/templates.py" />
      <source>Office default</source>
      <translation>全公司默认</translation>
    </message>
    <message>
      <location filename="scoring/plugin.py" />
      <source>One page per employee: KPIs, points ledger, attendance, final score, grade, bonus and deductions, comment, signatures.</source>
      <translation>每位员工一页：绩效指标、积分明细、出勤、总分、等级、奖金与扣款、评语、签名。</translation>
    </message>
    <message>
      <location filename="scoring/services/months.py" />
      <source>Only the owner can reopen a closed month.</source>
      <translation>只有店主可以重新打开已月结的月份。</translation>
    </message>
    <message>
      <location filename="scoring/services/sources.py" />
      <source>Order cancelled</source>
      <translation>订单取消</translation>
    </message>
    <message>
      <location filename="scoring/services/sources.py" />
      <source>Order completed</source>
      <translation>订单完成</translation>
    </message>
    <message>
      <location filename="scoring/services/sources.py" />
      <source>Order delivered</source>
      <translation>订单送达</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Passed</source>
      <translation>合格</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Pay terms</source>
      <translation>薪资条件</translation>
    </message>
    <message>
      <location filename="scoring/plugin.py" />
      <source>Performance</source>
      <translation>绩效考核</translation>
    </message>
    <message>
      <location filename="scoring/plugin.py" />
      <source>Performance scoring</source>
      <translation>绩效考核</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Plugin</source>
      <translation>插件</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Point rule</source>
      <translation>积分规则</translation>
    </message>
    <message>
      <location filename="scoring/plugin.py" />
      <source>Point rules</source>
      <translation>积分规则</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Points</source>
      <translation>积分</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>Points ledger</source>
      <translation>积分明细</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Points ledger entry</source>
      <translation>积分流水</translation>
    </message>
    <message>
      <location filename="scoring/services/rules.py" />
      <source>Points per occurrence must not be 0.</source>
      <translation>每次积分不能为 0。</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Position</source>
      <translation>顺序</translation>
    </message>
    <message>
      <location filename="scoring/services/reviews.py" />
      <source>Product knowledge</source>
      <translation>专业知识</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>Rank</source>
      <translation>排名</translation>
    </message>
    <message>
      <location filename="scoring/plugin.py" />
      <source>Ranking of the month and the distribution of the final scores.</source>
      <translation>本月排名及总分分布。</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Records</source>
      <translation>记录数</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Reopen reason</source>
      <translation>重开原因</translation>
    </message>
    <message>
      <location filename="scoring/services/months.py" />
      <source>Reopening a closed month needs a reason.</source>
      <translation>重新打开已月结的月份须注明原因。</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>Rest days</source>
      <translation>休息天数</translation>
    </message>
    <message>
      <location filename="scoring/services/common.py" />
      <source>Rest days are whole numbers from 0 to 31 per department.</source>
      <translation>各部门休息天数须为 0 到 31 的整数。</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>Result</source>
      <translation>考核结果</translation>
    </message>
    <message>
      <location filename="scoring/permissions.py" />
      <source>Review chat records, approve leave, record absences</source>
      <translation>考评聊天记录、批准请假、记录旷工</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Review day</source>
      <translation>审核日</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Review record</source>
      <translation>审核记录</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Roles</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Rule</source>
      <translation>规则</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>Rule / reason</source>
      <translation>规则 / 原因</translation>
    </message>
    <message>
      <location filename="scoring/services/attendance.py" />
      <source>Say whether the inspection was passed.</source>
      <translation>请说明检查是否合格。</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Scoring event note</source>
      <translation>考核事件记录</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Scoring month</source>
      <translation>考核月份</translation>
    </message>
    <message>
      <location filename="scoring/plugin.py" />
      <source>Scoring: rules and the month</source>
      <translation>绩效：规则与本月考核</translation>
    </message>
    <message>
      <location filename="scoring/permissions.py" />
      <source>See my own monthly assessment</source>
      <translation>查看本人的月度考核</translation>
    </message>
    <message>
      <location filename="scoring/permissions.py" />
      <source>See wages, bonuses and deductions</source>
      <translation>查看工资、奖金和扣款</translation>
    </message>
    <message>
      <location filename="scoring/services/reviews.py" />
      <source>Service quality</source>
      <translation>服务质量</translation>
    </message>
    <message>
      <location filename="scoring/services/reviews.py" />
      <source>Service wording</source>
      <translation>服务用语</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Source kind</source>
      <translation>来源类型</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Source page</source>
      <translation>来源页面</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Source plugin</source>
      <translation>来源插件</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Source record</source>
      <translation>来源记录</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Starts</source>
      <translation>开始</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="scoring/services/rules.py" />
      <source>Substantiated complaint</source>
      <translation>有责投诉</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Target</source>
      <translation>目标</translation>
    </message>
    <message>
      <location filename="scoring/services/templates.py" />
      <source>Targets and weights are 0 or more.</source>
      <translation>目标和权重须为 0 或以上。</translation>
    </message>
    <message>
      <location filename="scoring/services/templates.py" />
      <source>Targets and weights are numbers.</source>
      <translation>目标和权重须为数字。</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Template</source>
      <translation>模板</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Template KPI</source>
      <translation>模板指标</translation>
    </message>
    <message>
      <location filename="scoring/services/ledger.py" />
      <source>The condition fails: {error}</source>
      <translation>条件计算失败：{error}</translation>
    </message>
    <message>
      <location filename="scoring/services/months.py" />
      <source>The formula failed for this person: {error}</source>
      <translation>此员工的公式计算失败：{error}</translation>
    </message>
    <message>
      <location filename="scoring/services/formula.py" />
      <source>The formula has a syntax error near column {col}.</source>
      <translation>公式在第 {col} 列附近有语法错误。</translation>
    </message>
    <message>
      <location filename="scoring/services/formula.py" />
      <source>The formula may only hold numbers, not text.</source>
      <translation>公式中只能有数字，不能有文字。</translation>
    </message>
    <message>
      <location filename="scoring/services/formula.py" />
      <source>The formula may only use numbers, names, + - * / ( ), comparisons, “if ... else” and min, max, round, abs.</source>
      <translation>公式只能使用数字、名称、+ - * / ( )、比较、“if ... else”以及 min、max、round、abs。</translation>
    </message>
    <message>
      <location filename="scoring/services/attendance.py" />
      <source>The inspection of {month} is already recorded for this person.</source>
      <translation>此员工 {month} 的检查已记录。</translation>
    </message>
    <message>
      <location filename="scoring/services/attendance.py" />
      <source>The leave must end on or after its first day.</source>
      <translation>请假结束日期不能早于开始日期。</translation>
    </message>
    <message>
      <location filename="scoring/services/attendance.py" />
      <source>The leave request no longer exists.</source>
      <translation>该请假申请已不存在。</translation>
    </message>
    <message>
      <location filename="scoring/services/rules.py" />
      <source>The monthly cap must be 0 or more.</source>
      <translation>每月上限须为 0 或以上。</translation>
    </message>
    <message>
      <location filename="scoring/services/rules.py" />
      <source>The rule must end after it starts.</source>
      <translation>规则的失效日期须晚于生效日期。</translation>
    </message>
    <message>
      <location filename="scoring/services/rules.py" />
      <source>The rule no longer exists.</source>
      <translation>该规则已不存在。</translation>
    </message>
    <message>
      <location filename="scoring/services/templates.py" />
      <source>The template no longer exists.</source>
      <translation>该模板已不存在。</translation>
    </message>
    <message>
      <location filename="scoring/services/templates.py" />
      <source>This department already has a template.</source>
      <translation>该部门已有模板。</translation>
    </message>
    <message>
      <location filename="scoring/services/attendance.py" />
      <source>This leave request was already decided.</source>
      <translation>该请假申请已处理。</translation>
    </message>
    <message>
      <location filename="scoring/services/attendance.py" />
      <source>This overlaps {kind} from {start} to {end}.</source>
      <translation>与 {start} 至 {end} 的{kind}重叠。</translation>
    </message>
    <message>
      <location filename="scoring/services/months.py" />
      <source>This person has no line in {month}.</source>
      <translation>此员工在 {month} 没有考核记录。</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="scoring/services/reviews.py" />
      <source>Timely reply</source>
      <translation>回复及时</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>Unapproved absences (days)</source>
      <translation>旷工（天）</translation>
    </message>
    <message>
      <location filename="scoring/services/reviews.py" />
      <source>Unknown criterion “{name}”.</source>
      <translation>未知的考评项目“{name}”。</translation>
    </message>
    <message>
      <location filename="scoring/services/rules.py" />
      <source>Unknown event “{name}”.</source>
      <translation>未知的事件“{name}”。</translation>
    </message>
    <message>
      <location filename="scoring/services/formula.py" />
      <source>Unknown function in the formula: only min, max, round and abs.</source>
      <translation>公式中有未知函数：只能用 min、max、round 和 abs。</translation>
    </message>
    <message>
      <location filename="scoring/services/attendance.py" />
      <source>Unknown kind of money item.</source>
      <translation>未知的金额项类型。</translation>
    </message>
    <message>
      <location filename="scoring/services/formula.py" />
      <source>Unknown name in the formula: “{name}”.</source>
      <translation>公式中有未知名称：“{name}”。</translation>
    </message>
    <message>
      <location filename="scoring/services/common.py" />
      <source>Unknown setting.</source>
      <translation>未知的设置。</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>Unpaid leave</source>
      <translation>事假扣款（不发工资）</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Valid from</source>
      <translation>生效日</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Valid to</source>
      <translation>失效日</translation>
    </message>
    <message>
      <location filename="scoring/permissions.py" />
      <source>View every employee's assessment</source>
      <translation>查看所有员工的考核</translation>
    </message>
    <message>
      <location filename="scoring/models.py" />
      <source>Weight</source>
      <translation>权重</translation>
    </message>
    <message>
      <location filename="scoring/plugin.py" />
      <source>Whole office</source>
      <translation>全公司</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>Working days</source>
      <translation>工作日</translation>
    </message>
    <message>
      <location filename="scoring/services/formula.py" />
      <source>Write a formula, for example 0.6*kpi + 0.3*points + 0.1*attendance.</source>
      <translation>请填写公式，例如 0.6*kpi + 0.3*points + 0.1*attendance。</translation>
    </message>
    <message>
      <location filename="scoring/services/templates.py" />
      <source>Write grade bands as A:90,B:75,C:60,D:0.</source>
      <translation>等级划分请写成 A:90,B:75,C:60,D:0。</translation>
    </message>
    <message>
      <location filename="scoring/services/attendance.py" />
      <source>a leave</source>
      <translation>请假</translation>
    </message>
    <message>
      <location filename="scoring/plugin.py" />
      <source>all: every employee in scope, one page each.</source>
      <translation>all：范围内的所有员工，每人一页。</translation>
    </message>
    <message>
      <location filename="scoring/services/attendance.py" />
      <source>an absence</source>
      <translation>旷工</translation>
    </message>
    <message>
      <location filename="scoring/services/months.py" />
      <source>chat review of {name} on {day}</source>
      <translation>{name} {day} 的聊天记录考评</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>closed</source>
      <translation>已月结</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>considered for an extra reward</source>
      <translation>考虑额外奖励</translation>
    </message>
    <message>
      <location filename="scoring/services/formula.py" />
      <source>division by zero</source>
      <translation>除以零</translation>
    </message>
    <message>
      <location filename="scoring/services/months.py" />
      <source>leave request of {name} from {start} to {end}</source>
      <translation>{name} {start} 至 {end} 的请假申请</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>manual</source>
      <translation>手工</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>open (figures may still change)</source>
      <translation>未月结（数据仍可能变化）</translation>
    </message>
    <message>
      <location filename="scoring/services/formula.py" />
      <source>the formula did not give a number</source>
      <translation>公式没有得出数字</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>{days} (and {rest} weekend rest day(s))</source>
      <translation>{days}（另有 {rest} 天周末休息日）</translation>
    </message>
    <message>
      <location filename="scoring/services/reviews.py" />
      <source>{failing} failing records is more than the {records} reviewed.</source>
      <translation>不及格记录 {failing} 条，多于考评的 {records} 条。</translation>
    </message>
    <message>
      <location filename="scoring/services/months.py" />
      <source>{month} cannot be closed while these are pending: {items}.</source>
      <translation>以下事项待处理，{month} 不能月结：{items}。</translation>
    </message>
    <message>
      <location filename="scoring/services/attendance.py" />
      <source>{month} is closed: its figures are frozen. Reopen it first.</source>
      <translation>{month} 已月结，数据已冻结。请先重新打开。</translation>
    </message>
    <message>
      <location filename="scoring/services/months.py" />
      <source>{month} is not closed.</source>
      <translation>{month} 未月结。</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>{month} · ranking and score distribution</source>
      <translation>{month} · 排名与总分分布</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>{month} · {n} employee(s)</source>
      <translation>{month} · {n} 名员工</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>{n} ledger lines summed per rule; the person's month page lists each one.</source>
      <translation>共 {n} 条积分明细，按规则汇总；个人月度考核页面列出每一条。</translation>
    </message>
    <message>
      <location filename="scoring/reports/assessment.py" />
      <source>{n} lines</source>
      <translation>{n} 条</translation>
    </message>
    <message>
      <location filename="scoring/services/rules.py" />
      <source>“{name}” is not a field of this source.</source>
      <translation>“{name}”不是该来源的字段。</translation>
    </message>
    <message>
      <location filename="scoring/services/formula.py" />
      <source>“{name}” is not allowed in a formula.</source>
      <translation>公式中不允许使用“{name}”。</translation>
    </message>
    <message>
      <location filename="scoring/services/common.py" />
      <source>“{value}” is not a month (write 2026-11).</source>
      <translation>“{value}”不是月份（请写成 2026-11）。</translation>
    </message>
  </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>CasePanel</name>
    <message>
      <location filename="complaints/ui/case.py" />
      <source> (awaiting approval)</source>
      <translation>（待审批）</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>(computed without holidays: no calendar for that year)</source>
      <translation>（未计节假日：该年份尚无节假日安排）</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>A case closes after the visit, or after three failed attempts to reach the customer.</source>
      <translation>回访完成后方可结案；如三次回访均未联系上客户，也可结案。</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>A deadline cannot be met</source>
      <translation>无法按时完成</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Action</source>
      <translation>措施</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Action / compensation</source>
      <translation>处理措施 / 补偿</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Action or compensation</source>
      <translation>处理措施或补偿</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Actions and compensation</source>
      <translation>处理措施与补偿</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Add a note</source>
      <translation>添加备注</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Add note</source>
      <translation>添加备注</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Amount (refund, coupon value, medical costs)</source>
      <translation>金额（退款、优惠券面值、医疗费）</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Approval</source>
      <translation>审批</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Approve</source>
      <translation>批准</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Approve compensation</source>
      <translation>批准补偿</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>By</source>
      <translation>经办人</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Cannot meet a deadline</source>
      <translation>无法按时完成</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Cause of the delay</source>
      <translation>延误原因</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Cause of the delay: {cause}</source>
      <translation>延误原因：{cause}</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Choose a complaint in the list, or record a new one (Ctrl+N).</source>
      <translation>请在左侧列表中选择一条投诉，或新建投诉（Ctrl+N）。</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Clock stopped since {time}: waiting for the customer</source>
      <translation>自 {time} 起暂停计时：等待客户回复</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Close case</source>
      <translation>结案</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Close complaint {number}? It can no longer be changed afterwards.</source>
      <translation>确定将投诉 {number} 结案吗？结案后不能再修改。</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Close the case when allowed</source>
      <translation>符合条件时直接结案</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Comments</source>
      <translation>意见</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Comments and suggestions</source>
      <translation>意见和建议</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Compensation above the approval threshold, and a refund larger than the order, wait for a manager's approval.</source>
      <translation>超过审批限额的补偿，以及超过订单金额的退款，须经经理审批。</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Compensation: ¥{amount}{pending}</source>
      <translation>补偿金额：¥{amount}{pending}</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Coupon valid until</source>
      <translation>优惠券有效期至</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Customer answered</source>
      <translation>客户已回复</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Deadline</source>
      <translation>时限</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Deadlines count {mode}.</source>
      <translation>时限计算方式：{mode}。</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Department</source>
      <translation>部门</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Description</source>
      <translation>描述</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Details</source>
      <translation>详情</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Done</source>
      <translation>完成时间</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Edit details</source>
      <translation>修改信息</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Findings</source>
      <translation>调查结果</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>First contact</source>
      <translation>首次联系</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>First contact with the customer</source>
      <translation>首次联系客户</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Follow-up visit</source>
      <translation>回访</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Follow-up visit from {start} to {end}</source>
      <translation>回访时间：{start} 至 {end}</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Follow-up visits</source>
      <translation>回访记录</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Food test result</source>
      <translation>送检结果</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Force majeure is explained and apologised for; only an internal cause counts against the delivery department and its staff.</source>
      <translation>不可抗力只需向客户解释致歉；只有内部原因才计入配送部门及其人员的责任。</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Handled by: {name}</source>
      <translation>处理人：{name}</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>How</source>
      <translation>方式</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>How it was resolved</source>
      <translation>处理结果</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Investigation result</source>
      <translation>调查结果</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Involved: {who}</source>
      <translation>涉及人员：{who}</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Kitchen anomaly #{id}: {title} ({status})</source>
      <translation>厨房异常 #{id}：{title}（{status}）</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>New time told</source>
      <translation>告知客户的新时间</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>New time told to the customer</source>
      <translation>告知客户的新时间</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Next: {stage} by {time}</source>
      <translation>下一时限：{time} 前{stage}</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Notify department</source>
      <translation>通知责任部门</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Notify the responsible department</source>
      <translation>通知责任部门</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Open a kitchen anomaly</source>
      <translation>登记厨房异常</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Order {number}</source>
      <translation>订单 {number}</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Person told</source>
      <translation>接收通知人</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Propose a solution</source>
      <translation>提出处理方案</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Propose solution</source>
      <translation>提出方案</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Proposed solution</source>
      <translation>提出处理方案</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Reached</source>
      <translation>已联系上</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Reject</source>
      <translation>驳回</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Reject compensation</source>
      <translation>驳回补偿</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Report the problem to the kitchen's quality control, with the complaint's text</source>
      <translation>把问题连同投诉内容报给厨房质检</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Resolution: {text}</source>
      <translation>处理结果：{text}</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Resolve</source>
      <translation>处理完毕</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Resolve the complaint</source>
      <translation>投诉处理完毕</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Resolved at</source>
      <translation>解决时间</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Responsibility: {dept} {person} · cause: {cause} {verdict}</source>
      <translation>责任：{dept} {person} · 原因：{cause} {verdict}</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Responsible department</source>
      <translation>责任部门</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Responsible person</source>
      <translation>责任人</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Root cause</source>
      <translation>问题原因</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Satisfaction</source>
      <translation>满意度</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Satisfaction (1-5)</source>
      <translation>满意度（1-5分）</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Sealed food sent at</source>
      <translation>封存送检时间</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Sent to (testing institute)</source>
      <translation>送检机构</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Stage</source>
      <translation>环节</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Supplier held responsible: {name}</source>
      <translation>追责供应商：{name}</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Tell the customer why and when to expect an answer. The stage still counts as late in the statistics if it ends after its deadline.</source>
      <translation>请向客户说明原因并告知预计处理时间。该环节如在原时限后完成，统计中仍计为超时。</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Test result</source>
      <translation>录入送检结果</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>That complaint no longer exists.</source>
      <translation>该投诉已不存在。</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>The clock stops until the customer answers.</source>
      <translation>在客户回复之前暂停计时。</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>The complaint is substantiated</source>
      <translation>投诉属实</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>The customer answered</source>
      <translation>客户已回复</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>The customer was reached</source>
      <translation>已联系上客户</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>The department's investigation deadline counts from this moment.</source>
      <translation>责任部门的调查时限从此刻开始计算。</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>The kitchen's quality control investigates the cause; the anomaly is linked to this complaint.</source>
      <translation>由厨房质检调查原因；该异常与本投诉关联。</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Time</source>
      <translation>剩余时间</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Timeline</source>
      <translation>处理经过</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Wait for customer</source>
      <translation>等待客户</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Wait for the customer</source>
      <translation>等待客户回复</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Waiting for</source>
      <translation>等待内容</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>What</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>What was said</source>
      <translation>沟通内容</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>as the root cause says</source>
      <translation>按根本原因判断</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>business hours (holiday calendar)</source>
      <translation>按工作时间（依节假日安排）</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>clock stopped</source>
      <translation>暂停计时</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>done in time</source>
      <translation>按时完成</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>done late</source>
      <translation>超时完成</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>due soon</source>
      <translation>即将到期</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>not substantiated</source>
      <translation>投诉不属实</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>overdue</source>
      <translation>已超时</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>received {time} by {channel}</source>
      <translation>{time} 经{channel}受理</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>round the clock</source>
      <translation>全天候计时</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>running</source>
      <translation>计时中</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>substantiated</source>
      <translation>投诉属实</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>{h} h {m} min</source>
      <translation>{h}小时{m}分</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>{m} min</source>
      <translation>{m}分钟</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>{t} left</source>
      <translation>剩余{t}</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>{t} over</source>
      <translation>超时{t}</translation>
    </message>
  </context>
  <context>
    <name>ComplaintSettings</name>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source> h</source>
      <translation> 小时</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source> min</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>00:00 means midnight</source>
      <translation>00:00 表示营业到午夜</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>A deadline may be extended at most until the resolution deadline plus</source>
      <translation>时限最多可延长到解决时限之后</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Add or change</source>
      <translation>添加或修改</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Approval and follow-up</source>
      <translation>审批与回访</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Business hours</source>
      <translation>工作时间</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Business hours count only the office hours of working days, by the holiday calendar (see its tab). Open cases keep the deadlines they were received with; changes apply to new cases and to severity changes.</source>
      <translation>“工作时间”只计算工作日的办公时段，工作日按节假日安排（见该页签）确定。处理中的投诉保留受理时的时限；修改对新投诉及调整紧急程度的投诉生效。</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Clock</source>
      <translation>计时方式</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Compensation needing a manager's approval above (¥)</source>
      <translation>补偿金额超过此数须经理审批（元）</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Deadlines</source>
      <translation>处理时限</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Deadlines are fixed when they are computed: every case keeps the office hours and holidays in force when its clocks started, and a closed case keeps the on-time results it had when it was closed. Changes here apply only to clocks that start from now on; past statistics and staff assessments never move.</source>
      <translation>时限一经计算即固定：每个案件保留其计时开始时有效的营业时间和节假日，已结案案件保留结案时的是否按时结果。此处的修改只适用于今后开始的计时；以往的统计和员工考核不会改变。</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Deadlines per severity (minutes; 0 = no deadline)</source>
      <translation>各紧急程度的处理时限（分钟；0 表示不设时限）</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Enter an amount such as 200.</source>
      <translation>请输入金额，例如 200。</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Enter the notice for this year</source>
      <translation>录入本年通知</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Enter the notice for {year}</source>
      <translation>录入{year}年通知</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Extensions and inquiries</source>
      <translation>延期与咨询</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Fill from the national calendar</source>
      <translation>按国家节假日安排填入</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>First contact</source>
      <translation>首次联系</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Follow-up visit</source>
      <translation>回访</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Fri</source>
      <translation>周五</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Holiday</source>
      <translation>法定节假日</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Holiday (day off)</source>
      <translation>节假日（休息）</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Holiday calendar</source>
      <translation>节假日安排</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Holidays</source>
      <translation>节假日</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Import {years} from the national calendar</source>
      <translation>从国家节假日库导入 {years}</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Inquiries are answered within</source>
      <translation>咨询答复时限</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Investigation after notice</source>
      <translation>接到通知后调查</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Lunch break</source>
      <translation>午休</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Make ordinary</source>
      <translation>恢复为普通日</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Make-up working day</source>
      <translation>调休上班日</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Mon</source>
      <translation>周一</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Next year's holidays ({year}) are not entered yet.</source>
      <translation>明年（{year}年）的节假日尚未录入。</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>No holidays are entered for {year}: deadlines count the holidays as working days.</source>
      <translation>{year}年尚未录入节假日：时限会把节假日当作工作日计算。</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Nothing new to import</source>
      <translation>没有可导入的新年份</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Office hours</source>
      <translation>办公时间</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Office hours and approval</source>
      <translation>办公时间与审批</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>One holiday a line, as the State Council's notice gives it, e.g.
元旦 1/1-1/3
春节 2/6-2/13 上班 1/31 2/20
国庆节 10/1-10/7 补班 9/26 10/9</source>
      <translation>按国务院通知，每行一个节日，例如：
元旦 1/1-1/3
春节 2/6-2/13 上班 1/31 2/20
国庆节 10/1-10/7 补班 9/26 10/9</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Open</source>
      <translation>营业</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Opening hours</source>
      <translation>营业时间</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Proposed solution</source>
      <translation>提出方案</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Quick entry of the State Council's notice (replaces the days you entered for the year):</source>
      <translation>快速录入国务院放假通知（替换本店为该年录入的日期）：</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Resolved</source>
      <translation>解决</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Round the clock</source>
      <translation>全天候</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Sat</source>
      <translation>周六</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Severity</source>
      <translation>紧急程度</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Statutory holidays and make-up working days (调休) are filled in from the national calendar for the years it knows (up to {year}). Enter later years yourself once the State Council publishes them: add each holiday on a weekday and each make-up working day on a weekend.</source>
      <translation>系统已按国家节假日安排自动填入截至 {year} 年的法定节假日和调休上班日。以后年份请在国务院公布放假安排后自行录入：逐一添加落在工作日的假日和落在周末的调休上班日。</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Sun</source>
      <translation>周日</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>The office works on statutory holidays (a restaurant, a water shop): holidays count as ordinary days of its week</source>
      <translation>法定节假日照常营业（餐馆、送水站）：节假日按平常的星期几计算</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Thu</source>
      <translation>周四</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Tue</source>
      <translation>周二</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Wed</source>
      <translation>周三</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Weekday</source>
      <translation>星期</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Within the opening hours</source>
      <translation>仅在营业时间内</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>Year</source>
      <translation>年份</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>closed for lunch</source>
      <translation>午休不营业</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>days after resolution</source>
      <translation>天内（自解决之日起）</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>e.g. 春节</source>
      <translation>例如：春节</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>entered by the office</source>
      <translation>本店录入</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>from</source>
      <translation>开门</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>national calendar</source>
      <translation>国家节假日安排</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>to</source>
      <translation>至</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>until</source>
      <translation>关门</translation>
    </message>
    <message>
      <location filename="complaints/ui/settings.py" />
      <source>{h} h</source>
      <translation>{h}小时</translation>
    </message>
  </context>
  <context>
    <name>ComplaintsPage</name>
    <message>
      <location filename="complaints/ui/page.py" />
      <source>Awaiting approval</source>
      <translation>待审批</translation>
    </message>
    <message>
      <location filename="complaints/ui/page.py" />
      <source>Complaints and after-sales</source>
      <translation>投诉与售后</translation>
    </message>
    <message>
      <location filename="complaints/ui/page.py" />
      <source>Due within the hour</source>
      <translation>1小时内到期</translation>
    </message>
    <message>
      <location filename="complaints/ui/page.py" />
      <source>Follow-up due</source>
      <translation>待回访</translation>
    </message>
    <message>
      <location filename="complaints/ui/page.py" />
      <source>New complaint</source>
      <translation>新建投诉</translation>
    </message>
    <message>
      <location filename="complaints/ui/common.py" />
      <source>Not done</source>
      <translation>未执行</translation>
    </message>
    <message>
      <location filename="complaints/ui/page.py" />
      <source>Open</source>
      <translation>未结案</translation>
    </message>
    <message>
      <location filename="complaints/ui/page.py" />
      <source>Overdue</source>
      <translation>已超时</translation>
    </message>
    <message>
      <location filename="complaints/ui/page.py" />
      <source>Record a complaint (Ctrl+N)</source>
      <translation>登记新投诉（Ctrl+N）</translation>
    </message>
    <message>
      <location filename="complaints/ui/page.py" />
      <source>Waiting for the customer</source>
      <translation>等待客户回复</translation>
    </message>
  </context>
  <context>
    <name>EditDialog</name>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>A new severity re-times every deadline from the intake.</source>
      <translation>调整紧急程度后，所有时限将从受理时间起重新计算。</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Clerk involved</source>
      <translation>涉及接单员</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Cook involved</source>
      <translation>涉及厨师</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Description</source>
      <translation>问题描述</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Driver involved</source>
      <translation>涉及配送员</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Edit complaint</source>
      <translation>修改投诉信息</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Handled by</source>
      <translation>处理人</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Order number</source>
      <translation>订单编号</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Problem</source>
      <translation>问题类型</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Received by</source>
      <translation>投诉渠道</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Responsible department</source>
      <translation>责任部门</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Responsible person</source>
      <translation>责任人</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Root cause</source>
      <translation>问题原因</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Severity</source>
      <translation>紧急程度</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>Substantiated</source>
      <translation>投诉属实</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="complaints/ui/case.py" />
      <source>yes</source>
      <translation>是</translation>
    </message>
  </context>
  <context>
    <name>InquiriesPage</name>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>Customer inquiries</source>
      <translation>客户咨询</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>New inquiry</source>
      <translation>新咨询</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>{overdue} overdue · {soon} due soon · {open} waiting for an answer</source>
      <translation>超时 {overdue} · 即将到期 {soon} · 待答复 {open}</translation>
    </message>
  </context>
  <context>
    <name>InquiryDialog</name>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>Answer</source>
      <translation>答复</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>Caller</source>
      <translation>来电人</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>Came in by *</source>
      <translation>咨询渠道 *</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>Contact</source>
      <translation>联系方式</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>Every inquiry is answered within {n} minutes; if it cannot be answered at once, tell the customer when.</source>
      <translation>每条咨询须在 {n} 分钟内答复；不能马上答复的，要告诉客户预计答复时间。</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>How the caller gave their name (optional)</source>
      <translation>来电人自报的称呼（可不填）</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>New inquiry</source>
      <translation>新咨询</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>Phone number or name (empty: an unnamed caller)</source>
      <translation>电话号码或姓名（不填：未留名来电）</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>Phone or account to answer (optional)</source>
      <translation>回复用的电话或账号（可不填）</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>Question *</source>
      <translation>咨询内容 *</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>Record inquiry</source>
      <translation>记录咨询</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>The answer, if given at once (leave empty to answer later)</source>
      <translation>当场答复的内容（稍后答复则留空）</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>The customer's question</source>
      <translation>客户的问题</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>Topic *</source>
      <translation>主题 *</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>— choose —</source>
      <translation>— 请选择 —</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>— unnamed caller —</source>
      <translation>— 未留名来电 —</translation>
    </message>
  </context>
  <context>
    <name>InquiryPanel</name>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>A complaint is opened with the inquiry's text and customer; its deadlines start now.</source>
      <translation>将以咨询内容和客户新建一条投诉；其时限从现在开始计算。</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>Answer expected by</source>
      <translation>预计答复时间</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>Answered</source>
      <translation>已答复</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>Answered in time</source>
      <translation>按时答复</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>Answered late</source>
      <translation>超时答复</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>Answered {time} by {who} ({n} min): {text}</source>
      <translation>{time} 由{who}答复（{n} 分钟）：{text}</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>Choose an inquiry in the list.</source>
      <translation>请在列表中选择一条咨询。</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>Due soon</source>
      <translation>即将到期</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>Ended in an order.</source>
      <translation>已转为订单。</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>Open the order desk and mark this inquiry as ending in an order</source>
      <translation>打开下单台，并把这条咨询标记为已下单</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>Overdue</source>
      <translation>已超时</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>Promise a time…</source>
      <translation>告知答复时间…</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>Question: {text}</source>
      <translation>咨询：{text}</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>Received {time}; answer by {due}</source>
      <translation>{time} 受理；须在 {due} 前答复</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>Take an order</source>
      <translation>下单</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>Tell the customer when to expect the answer</source>
      <translation>告知客户预计答复时间</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>The answer given to the customer</source>
      <translation>给客户的答复</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>Told the customer to expect the answer by {time}</source>
      <translation>已告知客户在 {time} 前答复</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>Turn into a complaint…</source>
      <translation>转为投诉…</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>Turn the inquiry into a complaint</source>
      <translation>把咨询转为投诉</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>Turned into a complaint.</source>
      <translation>已转为投诉。</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>Waiting for an answer</source>
      <translation>待答复</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>Why it cannot be answered at once</source>
      <translation>不能马上答复的原因</translation>
    </message>
    <message>
      <location filename="complaints/ui/inquiries.py" />
      <source>{who} · {contact} · by {channel} · {topic}</source>
      <translation>{who} · {contact} · {channel} · {topic}</translation>
    </message>
  </context>
  <context>
    <name>IntakeDialog</name>
    <message>
      <location filename="complaints/ui/intake.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="complaints/ui/intake.py" />
      <source>Clerk involved</source>
      <translation>涉及接单员</translation>
    </message>
    <message>
      <location filename="complaints/ui/intake.py" />
      <source>Cook involved</source>
      <translation>涉及厨师</translation>
    </message>
    <message>
      <location filename="complaints/ui/intake.py" />
      <source>Create customer</source>
      <translation>新建客户</translation>
    </message>
    <message>
      <location filename="complaints/ui/intake.py" />
      <source>Customer *</source>
      <translation>客户 *</translation>
    </message>
    <message>
      <location filename="complaints/ui/intake.py" />
      <source>Description *</source>
      <translation>问题描述 *</translation>
    </message>
    <message>
      <location filename="complaints/ui/intake.py" />
      <source>Driver involved</source>
      <translation>涉及配送员</translation>
    </message>
    <message>
      <location filename="complaints/ui/intake.py" />
      <source>Enter a time such as 2026-03-02 10:30.</source>
      <translation>请输入时间，例如 2026-03-02 10:30。</translation>
    </message>
    <message>
      <location filename="complaints/ui/intake.py" />
      <source>New complaint</source>
      <translation>新建投诉</translation>
    </message>
    <message>
      <location filename="complaints/ui/intake.py" />
      <source>New customer: name</source>
      <translation>新客户：姓名</translation>
    </message>
    <message>
      <location filename="complaints/ui/intake.py" />
      <source>Not a customer yet</source>
      <translation>还不是客户</translation>
    </message>
    <message>
      <location filename="complaints/ui/intake.py" />
      <source>Order</source>
      <translation>订单</translation>
    </message>
    <message>
      <location filename="complaints/ui/intake.py" />
      <source>Phone number or name</source>
      <translation>电话号码或姓名</translation>
    </message>
    <message>
      <location filename="complaints/ui/intake.py" />
      <source>Problem *</source>
      <translation>问题类型 *</translation>
    </message>
    <message>
      <location filename="complaints/ui/intake.py" />
      <source>Received at</source>
      <translation>受理时间</translation>
    </message>
    <message>
      <location filename="complaints/ui/intake.py" />
      <source>Received by *</source>
      <translation>投诉渠道 *</translation>
    </message>
    <message>
      <location filename="complaints/ui/intake.py" />
      <source>Record complaint</source>
      <translation>登记投诉</translation>
    </message>
    <message>
      <location filename="complaints/ui/intake.py" />
      <source>Severity *</source>
      <translation>紧急程度 *</translation>
    </message>
    <message>
      <location filename="complaints/ui/intake.py" />
      <source>The problem in the customer's words</source>
      <translation>按客户原话记录问题</translation>
    </message>
    <message>
      <location filename="complaints/ui/intake.py" />
      <source>When the complaint came in (a letter may be entered later)</source>
      <translation>收到投诉的时间（信件投诉可事后补录）</translation>
    </message>
    <message>
      <location filename="complaints/ui/intake.py" />
      <source>address (if known)</source>
      <translation>地址（如知道）</translation>
    </message>
    <message>
      <location filename="complaints/ui/intake.py" />
      <source>or type the order number</source>
      <translation>或输入订单编号</translation>
    </message>
    <message>
      <location filename="complaints/ui/intake.py" />
      <source>phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="complaints/ui/intake.py" />
      <source>suggested: {severity}</source>
      <translation>建议：{severity}</translation>
    </message>
    <message>
      <location filename="complaints/ui/intake.py" />
      <source>— choose —</source>
      <translation>— 请选择 —</translation>
    </message>
    <message>
      <location filename="complaints/ui/intake.py" />
      <source>— no order / not known —</source>
      <translation>— 无订单 / 不详 —</translation>
    </message>
  </context>
  <context>
    <name>StatisticsPage</name>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>+¥{amount} awaiting approval</source>
      <translation>另有 ¥{amount} 待审批</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>Action</source>
      <translation>处理措施</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>After-sales statistics</source>
      <translation>售后统计</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>Awaiting approval</source>
      <translation>待审批</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>By category</source>
      <translation>按问题类型</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>Category</source>
      <translation>问题类型</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>Compensation paid</source>
      <translation>已批准/已支付赔偿</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>Complaint rate</source>
      <translation>投诉率</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>Complaints</source>
      <translation>投诉数</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>Complaints per month</source>
      <translation>每月投诉数</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>Deadlines met (%)</source>
      <translation>按时完成率（%）</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>Follow-up satisfaction</source>
      <translation>回访满意度</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>Improvement measures of the month</source>
      <translation>本月改进措施</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>Late</source>
      <translation>超时完成</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>Met</source>
      <translation>按时完成</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>Met in time</source>
      <translation>按时率</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>Open and overdue</source>
      <translation>未结且已超时</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>Print analysis report…</source>
      <translation>打印分析报告…</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>Printing the report</source>
      <translation>正在生成报告</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>Responsible department</source>
      <translation>责任部门</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>Root cause</source>
      <translation>问题原因</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>Save measures</source>
      <translation>保存改进措施</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>Save the report as</source>
      <translation>报告另存为</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>Someone else changed the measures meanwhile: nothing was saved. Copy your text, reload the month and try again.</source>
      <translation>其他人刚刚修改了改进措施，您的内容未保存。请复制您的文字，重新打开本月后再试。</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>Stage</source>
      <translation>环节</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>Still open</source>
      <translation>尚未结案</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>Substantiated</source>
      <translation>投诉属实</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>The after-sales analysis report of this period as a PDF</source>
      <translation>生成本期售后分析报告（PDF）</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>Time to first contact</source>
      <translation>平均首次联系用时</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>Time to resolution</source>
      <translation>平均解决用时</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>Times</source>
      <translation>次数</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>What the office will change after this month's complaints (printed in the month's report)</source>
      <translation>针对本月投诉制定的改进措施（将打印在当月报告中）</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>Whole year</source>
      <translation>全年</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>{h} h</source>
      <translation>{h}小时</translation>
    </message>
    <message>
      <location filename="complaints/ui/statistics.py" />
      <source>{n} min</source>
      <translation>{n}分钟</translation>
    </message>
  </context>
  <context>
    <name>StepDialog</name>
    <message>
      <location filename="complaints/ui/common.py" />
      <source>OK</source>
      <translation>确定</translation>
    </message>
  </context>
  <context>
    <name>SurveysPage</name>
    <message>
      <location filename="complaints/ui/surveys.py" />
      <source> (closed)</source>
      <translation>（已结束）</translation>
    </message>
    <message>
      <location filename="complaints/ui/surveys.py" />
      <source>Add answers</source>
      <translation>录入答卷</translation>
    </message>
    <message>
      <location filename="complaints/ui/surveys.py" />
      <source>Answers</source>
      <translation>有效答卷</translation>
    </message>
    <message>
      <location filename="complaints/ui/surveys.py" />
      <source>Change</source>
      <translation>变化</translation>
    </message>
    <message>
      <location filename="complaints/ui/surveys.py" />
      <source>Close the round</source>
      <translation>结束本轮调查</translation>
    </message>
    <message>
      <location filename="complaints/ui/surveys.py" />
      <source>Comments</source>
      <translation>意见</translation>
    </message>
    <message>
      <location filename="complaints/ui/surveys.py" />
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="complaints/ui/surveys.py" />
      <source>Dimension</source>
      <translation>调查项目</translation>
    </message>
    <message>
      <location filename="complaints/ui/surveys.py" />
      <source>Every suggested customer has answered.</source>
      <translation>建议的调查对象均已完成答卷。</translation>
    </message>
    <message>
      <location filename="complaints/ui/surveys.py" />
      <source>Group</source>
      <translation>调查对象类别</translation>
    </message>
    <message>
      <location filename="complaints/ui/surveys.py" />
      <source>How</source>
      <translation>方式</translation>
    </message>
    <message>
      <location filename="complaints/ui/surveys.py" />
      <source>Improvement plans for the dimensions that scored low</source>
      <translation>针对得分较低项目的改进计划</translation>
    </message>
    <message>
      <location filename="complaints/ui/surveys.py" />
      <source>New survey round</source>
      <translation>新一轮调查</translation>
    </message>
    <message>
      <location filename="complaints/ui/surveys.py" />
      <source>No survey yet: start one for the quarter with “New survey round”.</source>
      <translation>尚无调查：请点击“新一轮调查”开始本季度调查。</translation>
    </message>
    <message>
      <location filename="complaints/ui/surveys.py" />
      <source>Previous quarter</source>
      <translation>上季度</translation>
    </message>
    <message>
      <location filename="complaints/ui/surveys.py" />
      <source>Quarter</source>
      <translation>季度</translation>
    </message>
    <message>
      <location filename="complaints/ui/surveys.py" />
      <source>Quarterly satisfaction surveys</source>
      <translation>季度满意度调查</translation>
    </message>
    <message>
      <location filename="complaints/ui/surveys.py" />
      <source>Satisfied (4-5)</source>
      <translation>满意率（4-5分）</translation>
    </message>
    <message>
      <location filename="complaints/ui/surveys.py" />
      <source>Save plan</source>
      <translation>保存改进计划</translation>
    </message>
    <message>
      <location filename="complaints/ui/surveys.py" />
      <source>Score</source>
      <translation>得分</translation>
    </message>
    <message>
      <location filename="complaints/ui/surveys.py" />
      <source>Score per dimension (100 = everyone fully satisfied)</source>
      <translation>各项得分（100 分为全部非常满意）</translation>
    </message>
    <message>
      <location filename="complaints/ui/surveys.py" />
      <source>Scores from 1 (very dissatisfied) to 5 (very satisfied); leave a dimension empty when the customer has no opinion.</source>
      <translation>评分从 1（非常不满意）到 5（非常满意）；客户无意见的项目可留空。</translation>
    </message>
    <message>
      <location filename="complaints/ui/surveys.py" />
      <source>Suggested: {list}</source>
      <translation>建议调查：{list}</translation>
    </message>
    <message>
      <location filename="complaints/ui/surveys.py" />
      <source>Survey answers</source>
      <translation>调查答卷</translation>
    </message>
    <message>
      <location filename="complaints/ui/surveys.py" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="complaints/ui/surveys.py" />
      <source>Whom to ask?</source>
      <translation>调查哪些客户？</translation>
    </message>
    <message>
      <location filename="complaints/ui/surveys.py" />
      <source>Year</source>
      <translation>年份</translation>
    </message>
    <message>
      <location filename="complaints/ui/surveys.py" />
      <source>low: plan needed</source>
      <translation>偏低：需制定改进计划</translation>
    </message>
    <message>
      <location filename="complaints/ui/surveys.py" />
      <source>no previous quarter</source>
      <translation>无上季度数据</translation>
    </message>
    <message>
      <location filename="complaints/ui/surveys.py" />
      <source>previous quarter {score}</source>
      <translation>上季度 {score}</translation>
    </message>
    <message>
      <location filename="complaints/ui/surveys.py" />
      <source>{label} · {n} answers</source>
      <translation>{label} · {n} 份答卷</translation>
    </message>
    <message>
      <location filename="complaints/ui/surveys.py" />
      <source>{label}: {n} respondents ({groups}). Overall score {score} ({prev}).</source>
      <translation>{label}：共 {n} 位受访者（{groups}）。综合得分 {score}（{prev}）。</translation>
    </message>
  </context>
  <context>
    <name>complaints</name>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>A case cannot close before it was resolved.</source>
      <translation>投诉解决之前不能结案。</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>A compensation is still waiting for the manager's approval.</source>
      <translation>尚有补偿等待经理审批。</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>A compensation is waiting for the manager's approval: resolve the case once it is decided.</source>
      <translation>有补偿正在等待经理审批：请在审批后再处理完毕。</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>A complaint cannot be resolved before the first contact with the customer.</source>
      <translation>解决时间不能早于首次联系客户的时间。</translation>
    </message>
    <message>
      <location filename="complaints/services/inquiries.py" />
      <source>A complaint needs a customer: choose or create the caller first.</source>
      <translation>投诉必须对应客户：请先选择或新建来电人。</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>A department was already notified at {at}.</source>
      <translation>已于 {at} 通知过责任部门。</translation>
    </message>
    <message>
      <location filename="complaints/services/followup.py" />
      <source>A follow-up cannot be earlier than the resolution ({resolved}).</source>
      <translation>回访时间不能早于解决时间（{resolved}）。</translation>
    </message>
    <message>
      <location filename="complaints/services/policies.py" />
      <source>A lunch break of more than 4 hours is not a break: change the opening hours instead.</source>
      <translation>超过4小时的午休不算午休：请改营业时间。</translation>
    </message>
    <message>
      <location filename="complaints/services/surveys.py" />
      <source>A quarter is 1, 2, 3 or 4.</source>
      <translation>季度只能是 1、2、3 或 4。</translation>
    </message>
    <message>
      <location filename="complaints/services/surveys.py" />
      <source>A score is a whole number from 1 to 5.</source>
      <translation>评分应为 1 到 5 的整数。</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>A solution cannot be proposed before the first contact.</source>
      <translation>首次联系客户之前不能提出处理方案。</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Action</source>
      <translation>处理措施</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Action recorded</source>
      <translation>记录处理措施</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Actions and compensation</source>
      <translation>处理措施与补偿</translation>
    </message>
    <message>
      <location filename="complaints/plugin.py" />
      <source>After-sales</source>
      <translation>售后</translation>
    </message>
    <message>
      <location filename="complaints/plugin.py" />
      <source>After-sales analysis report (month)</source>
      <translation>售后分析报告（月度）</translation>
    </message>
    <message>
      <location filename="complaints/plugin.py" />
      <source>After-sales analysis report (year)</source>
      <translation>售后分析报告（年度）</translation>
    </message>
    <message>
      <location filename="complaints/plugin.py" />
      <source>After-sales statistics</source>
      <translation>售后统计</translation>
    </message>
    <message>
      <location filename="complaints/services/inquiries.py" />
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Amount (approved)</source>
      <translation>金额（已批准）</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Amount awaiting</source>
      <translation>待审批金额</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Answer</source>
      <translation>答复</translation>
    </message>
    <message>
      <location filename="complaints/services/inquiries.py" />
      <source>Answer by</source>
      <translation>答复期限</translation>
    </message>
    <message>
      <location filename="complaints/services/inquiries.py" />
      <source>Answer given</source>
      <translation>已答复</translation>
    </message>
    <message>
      <location filename="complaints/services/inquiries.py" />
      <source>Answered</source>
      <translation>已答复</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Answered at</source>
      <translation>答复时间</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Answered by</source>
      <translation>答复人</translation>
    </message>
    <message>
      <location filename="complaints/services/inquiries.py" />
      <source>Answered in time</source>
      <translation>按时答复</translation>
    </message>
    <message>
      <location filename="complaints/services/inquiries.py" />
      <source>Answered late</source>
      <translation>超时答复</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Answered on time</source>
      <translation>按时答复率</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Apology</source>
      <translation>致歉</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Approval</source>
      <translation>审批</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Approval note</source>
      <translation>审批意见</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Approval pending</source>
      <translation>待审批</translation>
    </message>
    <message>
      <location filename="complaints/permissions.py" />
      <source>Approve complaint compensation</source>
      <translation>审批投诉补偿</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Approved</source>
      <translation>已批准</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Approved at</source>
      <translation>审批时间</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Approved by</source>
      <translation>审批人</translation>
    </message>
    <message>
      <location filename="complaints/services/followup.py" />
      <source>Ask the customer how satisfied they are (1 to 5).</source>
      <translation>请询问客户对处理结果的满意度（1 到 5 分）。</translation>
    </message>
    <message>
      <location filename="complaints/services/inquiries.py" />
      <source>At most 7 days from now.</source>
      <translation>最多为7天之内。</translation>
    </message>
    <message>
      <location filename="complaints/services/policies.py" />
      <source>At most {days} days.</source>
      <translation>最多 {days} 天。</translation>
    </message>
    <message>
      <location filename="complaints/services/cases.py" />
      <source>At most {n} characters.</source>
      <translation>最多 {n} 个字符。</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Attitude</source>
      <translation>服务态度</translation>
    </message>
    <message>
      <location filename="complaints/plugin.py" />
      <source>Average satisfaction (1-5) at the follow-up visit of the cases the person handled.</source>
      <translation>本人处理的投诉在回访时的平均满意度（1-5 分）。</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Average time to answer</source>
      <translation>平均答复用时</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Average time to first contact</source>
      <translation>平均首次联系用时</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Average time to resolution</source>
      <translation>平均解决用时</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Awaiting approval</source>
      <translation>待审批</translation>
    </message>
    <message>
      <location filename="complaints/services/policies.py" />
      <source>Between 1 hour and 30 days.</source>
      <translation>须在1小时到30天之间。</translation>
    </message>
    <message>
      <location filename="complaints/services/policies.py" />
      <source>Between 1 minute and 7 days.</source>
      <translation>须在1分钟到7天之间。</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Business hours</source>
      <translation>按工作时间计</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Calendar day</source>
      <translation>日历日</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Caller name</source>
      <translation>来电人</translation>
    </message>
    <message>
      <location filename="complaints/services/policies.py" />
      <source>Cannot be shorter than the first-contact deadline.</source>
      <translation>不能短于首次联系时限。</translation>
    </message>
    <message>
      <location filename="complaints/services/policies.py" />
      <source>Cannot be shorter than the proposed-solution deadline.</source>
      <translation>不能短于提出方案的时限。</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Cases that missed a deadline ({n})</source>
      <translation>超时未完成的投诉（{n} 件）</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Category</source>
      <translation>问题类型</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Change</source>
      <translation>变化</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <location filename="complaints/services/statistics.py" />
      <source>Choose a month.</source>
      <translation>请选择月份。</translation>
    </message>
    <message>
      <location filename="complaints/services/statistics.py" />
      <source>Choose a period whose end is not before its start.</source>
      <translation>请选择有效的期间：结束不能早于开始。</translation>
    </message>
    <message>
      <location filename="complaints/services/policies.py" />
      <source>Choose a year between 2000 and 2100.</source>
      <translation>请选择2000到2100之间的年份。</translation>
    </message>
    <message>
      <location filename="complaints/services/policies.py" />
      <source>Choose at least one working day of the week.</source>
      <translation>请至少选择一个平日工作日。</translation>
    </message>
    <message>
      <location filename="complaints/services/intake.py" />
      <source>Choose force majeure or an internal cause.</source>
      <translation>请选择不可抗力或内部原因。</translation>
    </message>
    <message>
      <location filename="complaints/services/policies.py" />
      <source>Choose holiday or make-up working day.</source>
      <translation>请选择节假日或调休上班日。</translation>
    </message>
    <message>
      <location filename="complaints/services/surveys.py" />
      <source>Choose how the answers were collected.</source>
      <translation>请选择调查方式。</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>Choose how the complaint came in.</source>
      <translation>请选择投诉渠道。</translation>
    </message>
    <message>
      <location filename="complaints/services/inquiries.py" />
      <source>Choose how the inquiry came in.</source>
      <translation>请选择咨询渠道。</translation>
    </message>
    <message>
      <location filename="complaints/services/followup.py" />
      <source>Choose phone, SMS or online.</source>
      <translation>请选择电话、短信或在线回访。</translation>
    </message>
    <message>
      <location filename="complaints/services/compensation.py" />
      <source>Choose the action.</source>
      <translation>请选择处理措施。</translation>
    </message>
    <message>
      <location filename="complaints/services/intake.py" />
      <source>Choose the customer who complains (or create them here if they are new).</source>
      <translation>请选择投诉的客户（新客户可在此新建）。</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>Choose the department that must investigate.</source>
      <translation>请选择负责调查的部门。</translation>
    </message>
    <message>
      <location filename="complaints/services/kitchen_link.py" />
      <source>Choose the kind of kitchen anomaly.</source>
      <translation>请选择厨房异常的类型。</translation>
    </message>
    <message>
      <location filename="complaints/services/surveys.py" />
      <source>Choose the respondent's group.</source>
      <translation>请选择调查对象类别。</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>Choose the responsible department.</source>
      <translation>请选择责任部门。</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>Choose the root cause.</source>
      <translation>请选择问题原因。</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>Choose urgent, general or non-urgent.</source>
      <translation>请选择紧急、一般或非紧急。</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>Choose what the complaint is about.</source>
      <translation>请选择问题类型。</translation>
    </message>
    <message>
      <location filename="complaints/services/inquiries.py" />
      <source>Choose what the inquiry is about.</source>
      <translation>请选择咨询主题。</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Clerk</source>
      <translation>接单员</translation>
    </message>
    <message>
      <location filename="complaints/services/queries.py" />
      <source>Clock stopped</source>
      <translation>暂停计时</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Closed</source>
      <translation>已结案</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Closed / still open</source>
      <translation>已结案 / 未结案</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Closed at</source>
      <translation>结案时间</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Comments</source>
      <translation>意见</translation>
    </message>
    <message>
      <location filename="complaints/services/queries.py" />
      <source>Compensation</source>
      <translation>补偿</translation>
    </message>
    <message>
      <location filename="complaints/permissions.py" />
      <source>Compensation above the approval threshold, and refunds larger than the order, wait for this.</source>
      <translation>超过审批限额的补偿以及超过订单金额的退款须经此权限审批。</translation>
    </message>
    <message>
      <location filename="complaints/plugin.py" />
      <source>Compensation awaiting approval</source>
      <translation>待审批的补偿</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Compensation decided</source>
      <translation>补偿已审批</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Compensation paid</source>
      <translation>已批准/已支付赔偿</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Compensation total</source>
      <translation>补偿合计</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Complaint</source>
      <translation>投诉</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Complaint action</source>
      <translation>投诉处理措施</translation>
    </message>
    <message>
      <location filename="complaints/plugin.py" />
      <source>Complaint deadlines</source>
      <translation>投诉处理时限</translation>
    </message>
    <message>
      <location filename="complaints/plugin.py" />
      <source>Complaint deadlines met</source>
      <translation>投诉处理按时率</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Complaint event</source>
      <translation>投诉事件</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Complaint rate</source>
      <translation>投诉率</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Complaint rate (%)</source>
      <translation>投诉率（%）</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Complaint received</source>
      <translation>受理投诉</translation>
    </message>
    <message>
      <location filename="complaints/permissions.py" />
      <source>Complaint statistics and after-sales reports</source>
      <translation>投诉统计与售后报告</translation>
    </message>
    <message>
      <location filename="complaints/services/queries.py" />
      <source>Complaint {number}</source>
      <translation>投诉 {number}</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>Complaint {number} cannot be closed yet.</source>
      <translation>投诉 {number} 暂不能结案。</translation>
    </message>
    <message>
      <location filename="complaints/services/cases.py" />
      <source>Complaint {number} is closed: it can no longer be changed.</source>
      <translation>投诉 {number} 已结案，不能再修改。</translation>
    </message>
    <message>
      <location filename="complaints/services/queries.py" />
      <source>Complaint {number}: {stage} due at {time}</source>
      <translation>投诉 {number}：{stage}须在 {time} 前完成</translation>
    </message>
    <message>
      <location filename="complaints/plugin.py" />
      <source>Complaints</source>
      <translation>投诉</translation>
    </message>
    <message>
      <location filename="complaints/plugin.py" />
      <source>Complaints and after-sales</source>
      <translation>投诉与售后</translation>
    </message>
    <message>
      <location filename="complaints/plugin.py" />
      <source>Complaints naming the person</source>
      <translation>涉及本人的投诉</translation>
    </message>
    <message>
      <location filename="complaints/plugin.py" />
      <source>Complaints of a month: categories, responsibility, causes, timeliness, compensation, satisfaction, improvement measures.</source>
      <translation>当月投诉：问题类型、责任、原因、处理时效、补偿、满意度及改进措施。</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Complaints per 100 delivered orders</source>
      <translation>每百单投诉数</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Complaints received</source>
      <translation>受理投诉数</translation>
    </message>
    <message>
      <location filename="complaints/plugin.py" />
      <source>Complaints received in the period found justified, with the person responsible.</source>
      <translation>期间内受理、经查属实且本人为责任人的投诉。</translation>
    </message>
    <message>
      <location filename="complaints/plugin.py" />
      <source>Complaints received in the period that name the person as involved or responsible.</source>
      <translation>期间内受理、涉及本人或本人为责任人的投诉。</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Complaints received per month</source>
      <translation>每月受理投诉数</translation>
    </message>
    <message>
      <location filename="complaints/plugin.py" />
      <source>Complaints: cases and follow-ups</source>
      <translation>投诉：案件与回访</translation>
    </message>
    <message>
      <location filename="complaints/permissions.py" />
      <source>Configure complaint deadlines, holidays and approval</source>
      <translation>设置投诉时限、节假日与审批</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Contact</source>
      <translation>联系方式</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Converted into</source>
      <translation>转为</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Converted into (kind)</source>
      <translation>转为（类型）</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Cook</source>
      <translation>厨师</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Coupon</source>
      <translation>优惠券</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Coupon expires</source>
      <translation>优惠券到期</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Customer answered, clock running again</source>
      <translation>客户已回复，恢复计时</translation>
    </message>
    <message>
      <location filename="complaints/plugin.py" />
      <source>Customer inquiries</source>
      <translation>客户咨询</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Customer service</source>
      <translation>客服部</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Data</source>
      <translation>数据</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Day</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Deadline cannot be met: new time told to the customer</source>
      <translation>无法按时完成：已告知客户新时间</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Deadline policy</source>
      <translation>时限规则</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Deadlines due</source>
      <translation>到期时限数</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Deadlines met (%)</source>
      <translation>按时完成率（%）</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Delay cause</source>
      <translation>延误原因</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Delivery</source>
      <translation>配送部</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Delivery delay</source>
      <translation>配送延误</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Delivery service</source>
      <translation>配送服务</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Delivery time or area</source>
      <translation>配送时间或范围</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Department</source>
      <translation>部门</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Department investigation</source>
      <translation>部门调查</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Department notified</source>
      <translation>已通知责任部门</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>Describe the problem in the customer's words.</source>
      <translation>请按客户原话描述问题。</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Description</source>
      <translation>描述</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Dimension</source>
      <translation>调查项目</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Driver</source>
      <translation>配送员</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Due at</source>
      <translation>到期时间</translation>
    </message>
    <message>
      <location filename="complaints/services/inquiries.py" />
      <source>Due soon</source>
      <translation>即将到期</translation>
    </message>
    <message>
      <location filename="complaints/services/queries.py" />
      <source>Due within the hour</source>
      <translation>1小时内到期</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Employee</source>
      <translation>员工</translation>
    </message>
    <message>
      <location filename="complaints/services/policies.py" />
      <source>Enter a date.</source>
      <translation>请输入日期。</translation>
    </message>
    <message>
      <location filename="complaints/services/policies.py" />
      <source>Enter a number of minutes greater than zero, or leave it empty for no deadline.</source>
      <translation>请输入大于零的分钟数；不设时限请留空。</translation>
    </message>
    <message>
      <location filename="complaints/ui/common.py" />
      <source>Enter a time such as {example}.</source>
      <translation>请输入时间，例如 {example}。</translation>
    </message>
    <message>
      <location filename="complaints/services/surveys.py" />
      <source>Enter a year such as 2026.</source>
      <translation>请输入年份，例如 2026。</translation>
    </message>
    <message>
      <location filename="complaints/services/policies.py" />
      <source>Enter an amount such as 200 or 200.00.</source>
      <translation>请输入金额，例如 200 或 200.00。</translation>
    </message>
    <message>
      <location filename="complaints/services/compensation.py" />
      <source>Enter an amount such as 35 or 35.50.</source>
      <translation>请输入金额，例如 35 或 35.50。</translation>
    </message>
    <message>
      <location filename="complaints/services/policies.py" />
      <source>Enter at least one holiday.</source>
      <translation>请至少录入一个节日。</translation>
    </message>
    <message>
      <location filename="complaints/services/surveys.py" />
      <source>Enter at least one score.</source>
      <translation>请至少填写一项评分。</translation>
    </message>
    <message>
      <location filename="complaints/services/compensation.py" />
      <source>Enter the amount.</source>
      <translation>请输入金额。</translation>
    </message>
    <message>
      <location filename="complaints/services/intake.py" />
      <source>Enter the caller's name.</source>
      <translation>请输入来电人姓名。</translation>
    </message>
    <message>
      <location filename="complaints/services/compensation.py" />
      <source>Enter the coupon's expiry date.</source>
      <translation>请输入优惠券有效期。</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>Enter the new time told to the customer.</source>
      <translation>请输入告知客户的新时间。</translation>
    </message>
    <message>
      <location filename="complaints/services/compensation.py" />
      <source>Enter the test result.</source>
      <translation>请输入送检结果。</translation>
    </message>
    <message>
      <location filename="complaints/services/inquiries.py" />
      <source>Enter the time told to the customer.</source>
      <translation>请输入告知客户的时间。</translation>
    </message>
    <message>
      <location filename="complaints/services/compensation.py" />
      <source>Enter when the sealed food was sent for testing.</source>
      <translation>请输入食品封存送检的时间。</translation>
    </message>
    <message>
      <location filename="complaints/services/compensation.py" />
      <source>Enter where the food was sent (the testing institute).</source>
      <translation>请输入送检机构。</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Every deadline was met.</source>
      <translation>所有时限均按时完成。</translation>
    </message>
    <message>
      <location filename="complaints/services/policies.py" />
      <source>Every severity needs a first-contact deadline.</source>
      <translation>每个紧急程度都必须设置首次联系时限。</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Failed follow-ups</source>
      <translation>回访失败次数</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>First contact</source>
      <translation>首次联系</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>First contact at</source>
      <translation>首次联系时间</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>First contact due</source>
      <translation>首次联系期限</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>First contact due (extended)</source>
      <translation>首次联系期限（延期）</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>First contact minutes</source>
      <translation>首次联系分钟数</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>First contact on time</source>
      <translation>首次联系按时</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>First contact with the customer</source>
      <translation>首次联系客户</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Follow-up</source>
      <translation>回访</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Follow-up attempt</source>
      <translation>回访</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Follow-up due</source>
      <translation>待回访</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Follow-up from</source>
      <translation>回访开始</translation>
    </message>
    <message>
      <location filename="complaints/plugin.py" />
      <source>Follow-up satisfaction</source>
      <translation>回访满意度</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Follow-up visit</source>
      <translation>回访</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Follow-up visits</source>
      <translation>回访记录</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Food quality</source>
      <translation>食品质量</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Food sealed and sent for testing</source>
      <translation>食品封存送检</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Force majeure (traffic, weather)</source>
      <translation>不可抗力（交通、天气）</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Foreign object</source>
      <translation>异物</translation>
    </message>
    <message>
      <location filename="complaints/services/inquiries.py" />
      <source>From inquiry {number}</source>
      <translation>来自咨询 {number}</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>General</source>
      <translation>一般</translation>
    </message>
    <message>
      <location filename="complaints/services/policies.py" />
      <source>Give both the start and the end of the lunch break, or neither.</source>
      <translation>午休的开始和结束要么都填，要么都不填。</translation>
    </message>
    <message>
      <location filename="complaints/services/policies.py" />
      <source>Give the opening hours of each of the seven weekdays.</source>
      <translation>请填写一周七天每天的营业时间。</translation>
    </message>
    <message>
      <location filename="complaints/services/queries.py" />
      <source>Handled by</source>
      <translation>处理人</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Handler</source>
      <translation>处理人</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Handover</source>
      <translation>交接</translation>
    </message>
    <message>
      <location filename="complaints/services/policies.py" />
      <source>Holiday</source>
      <translation>节假日</translation>
    </message>
    <message>
      <location filename="complaints/plugin.py" />
      <source>Holiday calendar</source>
      <translation>节假日安排</translation>
    </message>
    <message>
      <location filename="complaints/services/cards.py" />
      <source>Holiday calendar complete</source>
      <translation>节假日安排齐全</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Hotline</source>
      <translation>客服热线</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Improvement measures</source>
      <translation>改进措施</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Improvement plan</source>
      <translation>改进计划</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Improvement plan: {plan}</source>
      <translation>改进计划：{plan}</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>In person</source>
      <translation>当面投诉</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>In progress</source>
      <translation>处理中</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Ingredient purchase</source>
      <translation>食材采购</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Inquiries</source>
      <translation>咨询</translation>
    </message>
    <message>
      <location filename="complaints/plugin.py" />
      <source>Inquiries answered on time</source>
      <translation>咨询按时答复率</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Inquiries received</source>
      <translation>受理咨询数</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Inquiry</source>
      <translation>咨询</translation>
    </message>
    <message>
      <location filename="complaints/services/inquiries.py" />
      <source>Inquiry no.</source>
      <translation>咨询编号</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Inquiry note</source>
      <translation>咨询记录</translation>
    </message>
    <message>
      <location filename="complaints/services/inquiries.py" />
      <source>Inquiry {number} was already answered at {at}.</source>
      <translation>咨询 {number} 已于 {at} 答复。</translation>
    </message>
    <message>
      <location filename="complaints/services/inquiries.py" />
      <source>Inquiry {number} was already turned into an order or a complaint.</source>
      <translation>咨询 {number} 已转为订单或投诉。</translation>
    </message>
    <message>
      <location filename="complaints/services/inquiries.py" />
      <source>Inquiry {number}: answer due at {time}</source>
      <translation>咨询 {number}：须在 {time} 前答复</translation>
    </message>
    <message>
      <location filename="complaints/permissions.py" />
      <source>Intake, first contact, solutions, compensation, follow-up visits and closing.</source>
      <translation>受理投诉、首次联系、处理方案、补偿、回访及结案。</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Internal (route planning, vehicle failure)</source>
      <translation>内部原因（路线规划、车辆故障）</translation>
    </message>
    <message>
      <location filename="complaints/permissions.py" />
      <source>Investigate complaints</source>
      <translation>调查投诉</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Investigated at</source>
      <translation>调查时间</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Investigation due</source>
      <translation>调查期限</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Investigation due (extended)</source>
      <translation>调查期限（延期）</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Investigation finished</source>
      <translation>调查完成</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Investigation minutes</source>
      <translation>调查分钟数</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Investigation on time</source>
      <translation>调查按时</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Key figures</source>
      <translation>主要指标</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Lab name</source>
      <translation>检测机构</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Lab result</source>
      <translation>检测结果</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Lab result at</source>
      <translation>检测结果时间</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Lab sent at</source>
      <translation>送检时间</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Late</source>
      <translation>超时完成</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Letter</source>
      <translation>书面信件</translation>
    </message>
    <message>
      <location filename="complaints/services/policies.py" />
      <source>Line {n} cannot be read: “{line}”. Write e.g. “春节 2/15-2/23 上班 2/14 2/28”.</source>
      <translation>第 {n} 行无法识别：“{line}”。请按如下格式填写：“春节 2/15-2/23 上班 2/14 2/28”。</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>Log the first contact before waiting for the customer: the first-contact deadline does not stop.</source>
      <translation>请先登记首次联系，再等待客户回复：首次联系时限不会暂停。</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>Log the first contact with the customer first.</source>
      <translation>请先登记首次联系客户。</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Long-term customer</source>
      <translation>长期合作客户</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>Make the follow-up visit first (or record {n} failed attempts to reach the customer).</source>
      <translation>请先完成回访（或记录 {n} 次未联系上客户的回访）。</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Measures</source>
      <translation>措施</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Medical costs</source>
      <translation>医疗费用</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Menu</source>
      <translation>菜单</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Met</source>
      <translation>按时完成</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Met in time</source>
      <translation>按时率</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Method</source>
      <translation>方式</translation>
    </message>
    <message>
      <location filename="complaints/services/inquiries.py" />
      <source>Minutes to answer</source>
      <translation>答复用时（分钟）</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Missed</source>
      <translation>超时环节</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Month note</source>
      <translation>月度说明</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Month received</source>
      <translation>受理月份</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Monthly trend</source>
      <translation>月度趋势</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>New</source>
      <translation>新投诉</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>New customer</source>
      <translation>新客户</translation>
    </message>
    <message>
      <location filename="complaints/services/queries.py" />
      <source>Next deadline</source>
      <translation>下一时限</translation>
    </message>
    <message>
      <location filename="complaints/services/queries.py" />
      <source>Next deadline for</source>
      <translation>下一环节</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Next due at</source>
      <translation>下一到期时间</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Next stage</source>
      <translation>下一阶段</translation>
    </message>
    <message>
      <location filename="complaints/services/cards.py" />
      <source>Next year's holidays ({year}) are not entered yet: enter the State Council's notice in the settings.</source>
      <translation>明年（{year}年）的节假日尚未录入：请在设置中录入国务院放假通知。</translation>
    </message>
    <message>
      <location filename="complaints/services/cards.py" />
      <source>Next: {number} {stage} at {time}</source>
      <translation>下一项：{number} {stage} {time}</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>No actions recorded.</source>
      <translation>没有处理措施记录。</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>No first contact with the customer was logged.</source>
      <translation>尚未登记首次联系客户。</translation>
    </message>
    <message>
      <location filename="complaints/services/cards.py" />
      <source>No holidays entered for {year}: deadlines count holidays as working days. Enter the State Council's notice in the settings.</source>
      <translation>{year}年尚未录入节假日：时限会把节假日当作工作日。请在设置中录入国务院放假通知。</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>No improvement measures were recorded for this period.</source>
      <translation>本期未录入改进措施。</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>No inquiries were recorded in this period.</source>
      <translation>本期没有记录咨询。</translation>
    </message>
    <message>
      <location filename="complaints/services/cards.py" />
      <source>No inquiry waiting for an answer</source>
      <translation>没有待答复的咨询</translation>
    </message>
    <message>
      <location filename="complaints/services/cards.py" />
      <source>No open complaints</source>
      <translation>没有未结投诉</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>No responsibility assigned yet.</source>
      <translation>尚未认定责任。</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>No root cause recorded yet.</source>
      <translation>尚未记录问题原因。</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>No supplier list is available: the inventory plugin is not installed.</source>
      <translation>没有供应商名单：未安装库存插件。</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>No.</source>
      <translation>投诉编号</translation>
    </message>
    <message>
      <location filename="complaints/services/followup.py" />
      <source>Nobody was reached: leave the satisfaction empty.</source>
      <translation>未联系上客户时满意度请留空。</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Non-urgent</source>
      <translation>非紧急</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Not needed</source>
      <translation>无需审批</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="complaints/services/cards.py" />
      <source>Nothing due</source>
      <translation>暂无到期事项</translation>
    </message>
    <message>
      <location filename="complaints/services/cards.py" />
      <source>Nothing to approve</source>
      <translation>没有待审批事项</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Notified at</source>
      <translation>通知时间</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>Notify the responsible department before recording its investigation.</source>
      <translation>请先通知责任部门，再记录调查结果。</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="complaints/services/inquiries.py" />
      <source>Number, customer or caller, words of the question</source>
      <translation>编号、客户或来电人、咨询内容中的词</translation>
    </message>
    <message>
      <location filename="complaints/services/queries.py" />
      <source>Number, customer, order number or words of the description</source>
      <translation>投诉编号、客户、订单编号或描述中的文字</translation>
    </message>
    <message>
      <location filename="complaints/plugin.py" />
      <source>Office hours</source>
      <translation>营业时间</translation>
    </message>
    <message>
      <location filename="complaints/ui/common.py" />
      <source>Office time, e.g. {example}; a time alone means today.</source>
      <translation>本店时间，例如 {example}；只填时分表示今天。</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>On time</source>
      <translation>按时</translation>
    </message>
    <message>
      <location filename="complaints/services/queries.py" />
      <source>On time?</source>
      <translation>是否按时</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Online</source>
      <translation>在线</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Online form</source>
      <translation>在线平台</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Online questionnaire</source>
      <translation>在线问卷</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Online service</source>
      <translation>在线客服</translation>
    </message>
    <message>
      <location filename="complaints/services/intake.py" />
      <source>Only a delivery delay has a cause of delay.</source>
      <translation>只有配送延误才有延误原因。</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>Only a substantiated packaging or purchasing complaint can name a supplier.</source>
      <translation>只有属实的包装或采购类投诉才能追责供应商。</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Open</source>
      <translation>未结案</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Open and overdue</source>
      <translation>未结且已超时</translation>
    </message>
    <message>
      <location filename="complaints/plugin.py" />
      <source>Open complaints</source>
      <translation>未结投诉</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Order</source>
      <translation>订单</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Order amount</source>
      <translation>订单金额</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Order entry</source>
      <translation>订单录入</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Order number</source>
      <translation>订单号</translation>
    </message>
    <message>
      <location filename="complaints/services/orders_link.py" />
      <source>Order {number} belongs to another customer.</source>
      <translation>订单 {number} 属于其他客户。</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Other channel</source>
      <translation>其他渠道</translation>
    </message>
    <message>
      <location filename="complaints/services/inquiries.py" />
      <source>Overdue</source>
      <translation>已超时</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Packaging</source>
      <translation>包装</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Packaging damaged</source>
      <translation>包装破损</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Packaging supplier</source>
      <translation>包装供应商</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Packaging unsanitary</source>
      <translation>包装不卫生</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Paper questionnaire</source>
      <translation>纸质问卷</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Paused since</source>
      <translation>暂停自</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Payment</source>
      <translation>支付</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Phone interview</source>
      <translation>电话访谈</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Previous quarter</source>
      <translation>上季度</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Price</source>
      <translation>价格</translation>
    </message>
    <message>
      <location filename="complaints/services/queries.py" />
      <source>Problem</source>
      <translation>问题类型</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Problems by category</source>
      <translation>问题类型分布</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Processing</source>
      <translation>加工制作</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Product</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Production</source>
      <translation>生产部</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Promised at</source>
      <translation>承诺时间</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Proposed solution</source>
      <translation>提出处理方案</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Purchasing</source>
      <translation>采购部</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Quality control</source>
      <translation>质量控制部</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Quarter</source>
      <translation>季度</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Quarterly satisfaction survey {label}</source>
      <translation>{label} 季度满意度调查</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Question</source>
      <translation>咨询内容</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Re-delivery</source>
      <translation>重新配送</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Reached</source>
      <translation>已联系上</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Received</source>
      <translation>受理时间</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Received at</source>
      <translation>受理时间</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Received by</source>
      <translation>投诉渠道</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Recent complainant</source>
      <translation>近期投诉客户</translation>
    </message>
    <message>
      <location filename="complaints/permissions.py" />
      <source>Record the responsible department's findings: root cause, responsibility, food testing.</source>
      <translation>记录责任部门的调查结论：问题原因、责任认定、食品送检。</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Refund</source>
      <translation>退款</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Rejected</source>
      <translation>已驳回</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Relayed by a driver</source>
      <translation>配送员反馈</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Replacement</source>
      <translation>更换餐品</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Reply minutes</source>
      <translation>答复分钟数</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Resolution</source>
      <translation>处理结果</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Resolution due</source>
      <translation>解决期限</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Resolution due (extended)</source>
      <translation>解决期限（延期）</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Resolution minutes</source>
      <translation>解决分钟数</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Resolution on time</source>
      <translation>解决按时</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Resolved</source>
      <translation>解决</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Resolved at</source>
      <translation>解决时间</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Resolved, follow-up due</source>
      <translation>已解决，待回访</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Respondent group</source>
      <translation>受访群体</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Responsibility and root causes</source>
      <translation>责任认定与问题原因</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Responsible</source>
      <translation>责任人</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Responsible department</source>
      <translation>责任部门</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Root cause</source>
      <translation>问题原因</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Root causes</source>
      <translation>问题原因</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Route planning</source>
      <translation>路线规划</translation>
    </message>
    <message>
      <location filename="complaints/permissions.py" />
      <source>Run satisfaction surveys</source>
      <translation>开展满意度调查</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>SMS</source>
      <translation>短信</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Satisfaction</source>
      <translation>满意度</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Satisfaction at the follow-up visit</source>
      <translation>回访满意度分布</translation>
    </message>
    <message>
      <location filename="complaints/services/followup.py" />
      <source>Satisfaction is a score from 1 to 5.</source>
      <translation>满意度为 1 到 5 分。</translation>
    </message>
    <message>
      <location filename="complaints/plugin.py" />
      <source>Satisfaction surveys</source>
      <translation>满意度调查</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Satisfied (4-5)</source>
      <translation>满意率（4-5分）</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>Say what the customer is to send or answer.</source>
      <translation>请说明需要客户提供或答复的内容。</translation>
    </message>
    <message>
      <location filename="complaints/services/compensation.py" />
      <source>Say why the compensation is rejected.</source>
      <translation>请说明驳回补偿的原因。</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>Say why the deadline cannot be met.</source>
      <translation>请说明无法按时完成的原因。</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Score</source>
      <translation>得分</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Score {n}</source>
      <translation>{n}分</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Service attitude</source>
      <translation>服务态度</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Severity</source>
      <translation>紧急程度</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Severity changed</source>
      <translation>调整紧急程度</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Share</source>
      <translation>占比</translation>
    </message>
    <message>
      <location filename="complaints/plugin.py" />
      <source>Share of deadlines met (first contact, solution, resolution) on the cases the person handled, received in the period.</source>
      <translation>期间内本人处理的投诉中，按时完成的时限（首次联系、提出方案、解决）所占比例。</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Share of each kind of problem</source>
      <translation>各类问题占比</translation>
    </message>
    <message>
      <location filename="complaints/plugin.py" />
      <source>Share of the customer inquiries the person answered (received in the period) that were answered within the reply deadline.</source>
      <translation>本人答复的客户咨询（本期受理）中在答复时限内答复的比例。</translation>
    </message>
    <message>
      <location filename="complaints/services/inquiries.py" />
      <source>Show</source>
      <translation>显示</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Solution at</source>
      <translation>方案时间</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Solution due</source>
      <translation>方案期限</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Solution due (extended)</source>
      <translation>方案期限（延期）</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Solution minutes</source>
      <translation>方案分钟数</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Solution on time</source>
      <translation>方案按时</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Solution proposed</source>
      <translation>已提出处理方案</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Sorting</source>
      <translation>分拣</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Spoiled food or illness</source>
      <translation>食品变质或致人不适</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Staff attitude</source>
      <translation>服务态度</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Stage</source>
      <translation>环节</translation>
    </message>
    <message>
      <location filename="complaints/services/inquiries.py" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Status</source>
      <translation>处理状态</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Storage or transport</source>
      <translation>储存运输</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Substantiated</source>
      <translation>投诉属实</translation>
    </message>
    <message>
      <location filename="complaints/plugin.py" />
      <source>Substantiated complaints</source>
      <translation>属实投诉</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Suggested severity</source>
      <translation>建议级别</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Supplier</source>
      <translation>供应商</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Supplier held responsible</source>
      <translation>追责供应商</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Supplier name</source>
      <translation>供应商名称</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Survey response</source>
      <translation>调查答卷</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Survey round</source>
      <translation>调查轮次</translation>
    </message>
    <message>
      <location filename="complaints/permissions.py" />
      <source>Take and handle complaints</source>
      <translation>受理和处理投诉</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Taken by</source>
      <translation>接待人</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Taste</source>
      <translation>口味</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Taste or suggestion</source>
      <translation>口味或建议</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Text</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="complaints/services/compensation.py" />
      <source>That compensation no longer exists.</source>
      <translation>该补偿记录已不存在。</translation>
    </message>
    <message>
      <location filename="complaints/services/cases.py" />
      <source>That complaint no longer exists.</source>
      <translation>该投诉已不存在。</translation>
    </message>
    <message>
      <location filename="complaints/services/inquiries.py" />
      <source>That customer no longer exists.</source>
      <translation>该客户已不存在。</translation>
    </message>
    <message>
      <location filename="complaints/services/compensation.py" />
      <source>That food test no longer exists.</source>
      <translation>该送检记录已不存在。</translation>
    </message>
    <message>
      <location filename="complaints/services/inquiries.py" />
      <source>That inquiry no longer exists.</source>
      <translation>该咨询已不存在。</translation>
    </message>
    <message>
      <location filename="complaints/services/orders_link.py" />
      <source>That order no longer exists.</source>
      <translation>该订单已不存在。</translation>
    </message>
    <message>
      <location filename="complaints/services/intake.py" />
      <source>That staff member no longer exists.</source>
      <translation>该员工已不存在。</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>That stage has no deadline on this case.</source>
      <translation>该投诉的这一环节没有时限。</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>That stage is already done.</source>
      <translation>该环节已经完成。</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>That supplier is not in the supplier list.</source>
      <translation>该供应商不在供应商名单中。</translation>
    </message>
    <message>
      <location filename="complaints/services/surveys.py" />
      <source>That survey no longer exists.</source>
      <translation>该调查已不存在。</translation>
    </message>
    <message>
      <location filename="complaints/services/policies.py" />
      <source>The amount cannot be negative.</source>
      <translation>金额不能为负数。</translation>
    </message>
    <message>
      <location filename="complaints/services/compensation.py" />
      <source>The amount is too large.</source>
      <translation>金额过大。</translation>
    </message>
    <message>
      <location filename="complaints/services/compensation.py" />
      <source>The amount must be greater than zero.</source>
      <translation>金额必须大于零。</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>The case is already waiting for the customer.</source>
      <translation>该投诉已在等待客户回复。</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>The case is not waiting for the customer.</source>
      <translation>该投诉没有在等待客户回复。</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>The complaint has not been resolved.</source>
      <translation>投诉尚未解决。</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>The complaint is already resolved.</source>
      <translation>投诉已经解决。</translation>
    </message>
    <message>
      <location filename="complaints/services/compensation.py" />
      <source>The coupon would already have expired.</source>
      <translation>该优惠券已过期。</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>The customer cannot answer before the wait began.</source>
      <translation>客户回复时间不能早于开始等待的时间。</translation>
    </message>
    <message>
      <location filename="complaints/services/followup.py" />
      <source>The customer was already reached for the follow-up visit.</source>
      <translation>已经回访过该客户。</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>The first contact was already logged at {at}.</source>
      <translation>已于 {at} 登记过首次联系。</translation>
    </message>
    <message>
      <location filename="complaints/services/followup.py" />
      <source>The follow-up visit comes after the resolution: resolve the complaint first.</source>
      <translation>回访须在投诉解决之后进行：请先处理完毕。</translation>
    </message>
    <message>
      <location filename="complaints/services/policies.py" />
      <source>The follow-up window must run from 0 to 30 days after resolution, its start no later than its end.</source>
      <translation>回访期限须在解决后 0 至 30 天之间，且开始不晚于结束。</translation>
    </message>
    <message>
      <location filename="complaints/services/policies.py" />
      <source>The installed holiday package does not know {years}.</source>
      <translation>已安装的节假日库不包含 {years}。</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>The investigation cannot end before the department was notified.</source>
      <translation>调查完成时间不能早于通知责任部门的时间。</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>The investigation was already recorded.</source>
      <translation>调查结果已经登记。</translation>
    </message>
    <message>
      <location filename="complaints/services/kitchen_link.py" />
      <source>The kitchen plugin is not installed.</source>
      <translation>未安装厨房插件。</translation>
    </message>
    <message>
      <location filename="complaints/services/policies.py" />
      <source>The lunch break must start before it ends.</source>
      <translation>午休的开始时间必须早于结束时间。</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>The new time can be at most {hours} hours after the resolution deadline: no later than {latest}.</source>
      <translation>新的时间最多只能比解决时限晚 {hours} 小时：不得晚于 {latest}。</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>The new time must be later than now.</source>
      <translation>新时间必须晚于现在。</translation>
    </message>
    <message>
      <location filename="complaints/services/policies.py" />
      <source>The office must open before it closes.</source>
      <translation>上班时间必须早于下班时间。</translation>
    </message>
    <message>
      <location filename="complaints/services/inquiries.py" />
      <source>The order desk is not installed.</source>
      <translation>未安装订单台。</translation>
    </message>
    <message>
      <location filename="complaints/services/compensation.py" />
      <source>The refund ({amount}) is larger than the order ({order}): explain why in the note; a manager must approve it.</source>
      <translation>退款（{amount}）超过订单金额（{order}）：请在备注中说明原因，并须经理审批。</translation>
    </message>
    <message>
      <location filename="complaints/services/compensation.py" />
      <source>The refund is larger than the order: note why you approve it.</source>
      <translation>退款超过订单金额：请注明批准理由。</translation>
    </message>
    <message>
      <location filename="complaints/services/compensation.py" />
      <source>The result cannot come before the food was sent.</source>
      <translation>送检结果时间不能早于送检时间。</translation>
    </message>
    <message>
      <location filename="complaints/plugin.py" />
      <source>The same analysis over a whole year, month by month.</source>
      <translation>全年同样的分析，按月汇总。</translation>
    </message>
    <message>
      <location filename="complaints/services/surveys.py" />
      <source>The survey of {label} is closed.</source>
      <translation>{label} 的调查已结束。</translation>
    </message>
    <message>
      <location filename="complaints/services/surveys.py" />
      <source>The survey of {year} Q{q} already exists.</source>
      <translation>{year} 年第 {q} 季度的调查已存在。</translation>
    </message>
    <message>
      <location filename="complaints/services/inquiries.py" />
      <source>The time told to the customer must be later than now.</source>
      <translation>告知客户的时间必须晚于现在。</translation>
    </message>
    <message>
      <location filename="complaints/services/orders_link.py" />
      <source>There is no order numbered “{number}”.</source>
      <translation>没有编号为“{number}”的订单。</translation>
    </message>
    <message>
      <location filename="complaints/services/cases.py" />
      <source>This cannot be earlier than the previous step.</source>
      <translation>不能早于上一步的时间。</translation>
    </message>
    <message>
      <location filename="complaints/services/cases.py" />
      <source>This cannot be earlier than the time the complaint was received ({received}).</source>
      <translation>不能早于投诉受理时间（{received}）。</translation>
    </message>
    <message>
      <location filename="complaints/services/inquiries.py" />
      <source>This cannot be earlier than the time the inquiry came in ({received}).</source>
      <translation>不能早于咨询受理时间（{received}）。</translation>
    </message>
    <message>
      <location filename="complaints/services/cases.py" />
      <source>This cannot be empty.</source>
      <translation>不能为空。</translation>
    </message>
    <message>
      <location filename="complaints/services/compensation.py" />
      <source>This compensation is not waiting for approval.</source>
      <translation>该补偿不在待审批状态。</translation>
    </message>
    <message>
      <location filename="complaints/services/surveys.py" />
      <source>This customer has already answered this survey.</source>
      <translation>该客户已参加本轮调查。</translation>
    </message>
    <message>
      <location filename="complaints/services/cases.py" />
      <source>This time is in the future.</source>
      <translation>该时间晚于当前时间。</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Timeliness per stage</source>
      <translation>各环节处理时效</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Times</source>
      <translation>次数</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Topic</source>
      <translation>主题</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Traffic</source>
      <translation>交通拥堵</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Under investigation</source>
      <translation>调查中</translation>
    </message>
    <message>
      <location filename="complaints/services/policies.py" />
      <source>Unknown severity “{code}”.</source>
      <translation>未知的紧急程度“{code}”。</translation>
    </message>
    <message>
      <location filename="complaints/services/inquiries.py" />
      <source>Unnamed caller</source>
      <translation>未留名来电</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Urgent</source>
      <translation>紧急</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Vehicle failure</source>
      <translation>车辆故障</translation>
    </message>
    <message>
      <location filename="complaints/permissions.py" />
      <source>View complaints</source>
      <translation>查看投诉</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>Waiting cannot start before the first contact.</source>
      <translation>等待客户回复不能早于首次联系。</translation>
    </message>
    <message>
      <location filename="complaints/services/inquiries.py" />
      <source>Waiting for an answer</source>
      <translation>待答复</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Waiting for the customer</source>
      <translation>等待客户回复</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Weather</source>
      <translation>天气恶劣</translation>
    </message>
    <message>
      <location filename="complaints/ui/common.py" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="complaints/plugin.py" />
      <source>When the office is open, for the complaint and inquiry deadlines.</source>
      <translation>办公室的营业时间，用于投诉和咨询的时限。</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>Write down how the complaint was resolved.</source>
      <translation>请填写处理结果。</translation>
    </message>
    <message>
      <location filename="complaints/services/inquiries.py" />
      <source>Write down the answer given.</source>
      <translation>请写下给客户的答复。</translation>
    </message>
    <message>
      <location filename="complaints/services/inquiries.py" />
      <source>Write down the customer's question.</source>
      <translation>请写下客户的问题。</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>Write down what the investigation found.</source>
      <translation>请填写调查结果。</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>Write down what was proposed.</source>
      <translation>请填写提出的处理方案。</translation>
    </message>
    <message>
      <location filename="complaints/services/handling.py" />
      <source>Write the note.</source>
      <translation>请填写备注。</translation>
    </message>
    <message>
      <location filename="complaints/codes.py" />
      <source>Wrong item or quantity</source>
      <translation>送错餐品或数量不符</translation>
    </message>
    <message>
      <location filename="complaints/models.py" />
      <source>Year</source>
      <translation>年份</translation>
    </message>
    <message>
      <location filename="complaints/services/orders_link.py" />
      <source>You may not look up orders: leave the order empty or ask a clerk.</source>
      <translation>您无权查询订单：请留空订单或请接单员处理。</translation>
    </message>
    <message>
      <location filename="complaints/services/compensation.py" />
      <source>You recorded this compensation yourself: another manager must approve it.</source>
      <translation>这笔赔偿是您本人登记的：须由另一位经理审批。</translation>
    </message>
    <message>
      <location filename="complaints/services/compensation.py" />
      <source>You recorded this compensation yourself: as the owner you may approve it, with a note why.</source>
      <translation>这笔赔偿是您本人登记的：作为店主您可以审批，但须注明理由。</translation>
    </message>
    <message>
      <location filename="complaints/services/queries.py" />
      <source>approved</source>
      <translation>已批准</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>needs an improvement plan</source>
      <translation>需制定改进计划</translation>
    </message>
    <message>
      <location filename="complaints/services/statistics.py" />
      <source>no order figures for this period: no complaint rate</source>
      <translation>本期没有订单数据：无法计算投诉率</translation>
    </message>
    <message>
      <location filename="complaints/services/statistics.py" />
      <source>over {months} only: no order figures for {missing}</source>
      <translation>仅按 {months} 计算：{missing} 没有订单数据</translation>
    </message>
    <message>
      <location filename="complaints/services/queries.py" />
      <source>rejected</source>
      <translation>已驳回</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>{avg} / 5 ({n} customers reached)</source>
      <translation>{avg} / 5（回访 {n} 位客户）</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>{h} h</source>
      <translation>{h}小时</translation>
    </message>
    <message>
      <location filename="complaints/services/queries.py" />
      <source>{method}: not reached</source>
      <translation>{method}：未联系上</translation>
    </message>
    <message>
      <location filename="complaints/services/queries.py" />
      <source>{method}: satisfaction {score}/5</source>
      <translation>{method}：满意度 {score}/5</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>{month} · complaints received in the month</source>
      <translation>{month} · 当月受理的投诉</translation>
    </message>
    <message>
      <location filename="complaints/services/policies.py" />
      <source>{name}: a holiday of more than 15 days is a typing mistake.</source>
      <translation>{name}：超过15天的假期应是录入错误。</translation>
    </message>
    <message>
      <location filename="complaints/services/policies.py" />
      <source>{name}: the holiday does not start in {year}.</source>
      <translation>{name}：该假期不在{year}年开始。</translation>
    </message>
    <message>
      <location filename="complaints/services/policies.py" />
      <source>{name}: the holiday ends before it starts.</source>
      <translation>{name}：假期的结束早于开始。</translation>
    </message>
    <message>
      <location filename="complaints/services/policies.py" />
      <source>{name}: the make-up working day {day} is far from the holiday.</source>
      <translation>{name}：调休上班日 {day} 离假期太远。</translation>
    </message>
    <message>
      <location filename="complaints/services/policies.py" />
      <source>{name}: {day} is both a day off and a make-up working day.</source>
      <translation>{name}：{day} 既是休息日又是调休上班日。</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>{n} customers were reached after resolution; average satisfaction {avg}.</source>
      <translation>解决后回访联系上 {n} 位客户，平均满意度 {avg}。</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>{n} min</source>
      <translation>{n}分钟</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>{n} respondents; overall score {score} (previous quarter {prev}).</source>
      <translation>受访者 {n} 位，综合得分 {score}（上季度 {prev}）。</translation>
    </message>
    <message>
      <location filename="complaints/services/cards.py" />
      <source>{overdue} overdue · {soon} due within 10 minutes · {open} waiting</source>
      <translation>超时 {overdue} · 10分钟内到期 {soon} · 待答复 {open}</translation>
    </message>
    <message>
      <location filename="complaints/services/cards.py" />
      <source>{overdue} overdue · {soon} due within the hour · {waiting} waiting for the customer</source>
      <translation>已超时 {overdue} · 1小时内到期 {soon} · 等待客户 {waiting}</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>{rate} ({n} of {due} due)</source>
      <translation>{rate}（应答 {due} 条中按时 {n} 条）</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>{rate} of {orders} delivered orders</source>
      <translation>{rate}（已送达订单 {orders} 单）</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>{year} · complaints received in the year</source>
      <translation>{year} 年 · 全年受理的投诉</translation>
    </message>
    <message>
      <location filename="complaints/services/cards.py" />
      <source>¥{amount} in total</source>
      <translation>共计 ¥{amount}</translation>
    </message>
    <message>
      <location filename="complaints/reports/after_sales.py" />
      <source>… and {n} more.</source>
      <translation>……另有 {n} 件。</translation>
    </message>
  </context>
</TS>

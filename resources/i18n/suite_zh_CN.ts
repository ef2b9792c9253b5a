<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="suite/ui/about.py" />
      <source>About</source>
      <translation>关于</translation>
    </message>
    <message>
      <location filename="suite/ui/about.py" />
      <source>Back-Office Suite</source>
      <translation>小店后台套件</translation>
    </message>
    <message>
      <location filename="suite/ui/about.py" />
      <source>Built with</source>
      <translation>技术组件</translation>
    </message>
    <message>
      <location filename="suite/ui/about.py" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="suite/ui/about.py" />
      <source>Database</source>
      <translation>数据库</translation>
    </message>
    <message>
      <location filename="suite/ui/about.py" />
      <source>Log file</source>
      <translation>日志文件</translation>
    </message>
    <message>
      <location filename="suite/ui/about.py" />
      <source>Orders and delivery, kitchen checks, stock and suppliers, complaints and staff assessment for small restaurants and water-delivery offices.</source>
      <translation>面向小型餐馆与桶装水配送站的订单配送、厨房检查、库存与供应商、投诉售后及员工考核管理。</translation>
    </message>
    <message>
      <location filename="suite/ui/about.py" />
      <source>Plugins</source>
      <translation>插件</translation>
    </message>
    <message>
      <location filename="suite/ui/about.py" />
      <source>Settings file</source>
      <translation>设置文件</translation>
    </message>
  </context>
  <context>
    <name>AreaDialog</name>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Active (offered and matched to addresses)</source>
      <translation>启用（可选用，并按地址匹配）</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>An address that contains one of these words is placed in this area (the longest word found wins).</source>
      <translation>地址中含有其中任一词语即归入本片区（匹配到的最长词语优先）。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Edit delivery area</source>
      <translation>编辑配送片区</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>How long a van needs from the depot; promised times count with it.</source>
      <translation>车辆从仓库出发到达所需时间；承诺送达时间据此计算。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>New delivery area</source>
      <translation>新建配送片区</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>One a line, or separated by commas: 东风路, 幸福小区, 火车站</source>
      <translation>每行一个，或用逗号分隔：东风路，幸福小区，火车站</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Streets, estates, keywords</source>
      <translation>街道、小区、关键词</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Travel minutes</source>
      <translation>路程（分钟）</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>e.g. 东城片区</source>
      <translation>例如：东城片区</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>min</source>
      <translation>分钟</translation>
    </message>
  </context>
  <context>
    <name>AreaImportDialog</name>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Area</source>
      <translation>片区</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Areas from a customer file</source>
      <translation>从客户文件导入片区</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Choose a file…</source>
      <translation>选择文件…</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Choose the customer file</source>
      <translation>选择客户文件</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Choose the customer list (CSV or XLSX) whose area column (片区, 区域 or area) says which area each customer lives in. Every area it names that does not exist yet is created; add its streets and estates afterwards.</source>
      <translation>选择客户名单（CSV 或 XLSX），其中的片区列（片区、区域或 area）写明每位客户所在片区。文件中出现而尚不存在的片区将被创建；之后再补充其街道和小区。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Create the areas</source>
      <translation>创建片区</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Create {n} areas</source>
      <translation>创建 {n} 个片区</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Creating the areas</source>
      <translation>创建片区</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Customer lists (*.csv *.xlsx *.xlsm);;All files (*)</source>
      <translation>客户名单 (*.csv *.xlsx *.xlsm);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Customers</source>
      <translation>客户数</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Exists</source>
      <translation>已存在</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Exists (inactive)</source>
      <translation>已存在（已停用）</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>New</source>
      <translation>新建</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>No file chosen.</source>
      <translation>尚未选择文件。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Reading the file</source>
      <translation>读取文件</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Travel minutes of the new areas</source>
      <translation>新片区的路程（分钟）</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>min</source>
      <translation>分钟</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>{file}: {rows} rows, column “{column}”; {new} new areas, {known} exist already.</source>
      <translation>{file}：{rows} 行，列“{column}”；新片区 {new} 个，已存在 {known} 个。</translation>
    </message>
  </context>
  <context>
    <name>AreasPage</name>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Active</source>
      <translation>启用</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Area</source>
      <translation>片区</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Area deactivated.</source>
      <translation>片区已停用。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Area reactivated.</source>
      <translation>片区已重新启用。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Area saved.</source>
      <translation>片区已保存。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Deactivate</source>
      <translation>停用</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Deactivate area</source>
      <translation>停用片区</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Deactivate the area “{name}”?</source>
      <translation>停用片区“{name}”？</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Edit</source>
      <translation>编辑</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>From a customer file…</source>
      <translation>从客户文件导入…</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Inactive</source>
      <translation>已停用</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>It is no longer offered for new customers nor matched to typed addresses; customers and orders that name it keep it. You can reactivate it later.</source>
      <translation>新客户不再可选此片区，输入的地址也不再匹配到它；已关联的客户和订单保持不变。以后可以重新启用。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>New area</source>
      <translation>新建片区</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>No delivery area yet. Create one with “New area”, or take them from the area column of your customer list with “From a customer file”.</source>
      <translation>尚无配送片区。点击“新建片区”创建，或点击“从客户文件导入”从客户名单的片区列导入。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Reactivate</source>
      <translation>重新启用</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Show inactive areas</source>
      <translation>显示已停用片区</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Streets, estates, keywords</source>
      <translation>街道、小区、关键词</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>The order desk places a customer in the area whose streets or estates the address names; promised times and the drivers' rounds count with the travel minutes.</source>
      <translation>接单台按地址中的街道或小区把客户归入片区；承诺送达时间和司机的配送路线按路程分钟计算。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>Travel minutes</source>
      <translation>路程（分钟）</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/areas.py" />
      <source>{n} areas created.</source>
      <translation>已创建 {n} 个片区。</translation>
    </message>
  </context>
  <context>
    <name>AuditPage</name>
    <message>
      <location filename="suite/ui/admin/audit.py" />
      <source>All record types</source>
      <translation>全部记录类型</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/audit.py" />
      <source>Checked {when}: BROKEN. {reason}</source>
      <translation>{when} 检查：已被破坏。{reason}</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/audit.py" />
      <source>Choose a line to see every change it records.</source>
      <translation>选中一行，查看这条记录的全部变更。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/audit.py" />
      <source>Everyone</source>
      <translation>所有人</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/audit.py" />
      <source>Only this period:</source>
      <translation>仅限时段：</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/audit.py" />
      <source>Record type:</source>
      <translation>记录类型：</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/audit.py" />
      <source>The audit log cannot be edited by anyone: every change in the suite is recorded here, with who made it and when. Each row carries a hash of itself and of the row before it, so a row changed, removed or slipped in afterwards is found.</source>
      <translation>审计日志任何人都不能修改：套件中的每一次更改都记录在这里，包括由谁、在何时所做。每一行都带有自身和上一行的哈希值，因此事后被修改、删除或插入的行都会被发现。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/audit.py" />
      <source>The audit log has not been verified on this PC yet.</source>
      <translation>本机尚未校验过审计日志。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/audit.py" />
      <source>User:</source>
      <translation>用户：</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/audit.py" />
      <source>Verified {when}: the hash chain is intact up to row {id}.</source>
      <translation>{when} 已校验：哈希链完整，直至第 {id} 行。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/audit.py" />
      <source>Verify now</source>
      <translation>立即校验</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/audit.py" />
      <source>Verifying the audit log</source>
      <translation>正在校验审计日志</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/audit.py" />
      <source>Verifying the audit log…</source>
      <translation>正在校验审计日志…</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/audit.py" />
      <source>{when}  {user}  {action}  {type} “{record}”</source>
      <translation>{when}  {user}  {action}  {type}“{record}”</translation>
    </message>
  </context>
  <context>
    <name>BackupPage</name>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>A backup is taken automatically at the first start of each day (the last 14 days and 12 months are kept) and before every database upgrade. Copy backups to a USB stick or another PC from time to time.</source>
      <translation>每天第一次启动时以及每次数据库升级前都会自动备份（保留最近 14 天和 12 个月的备份）。请定期把备份复制到U盘或另一台电脑上。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>Back up now</source>
      <translation>立即备份</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>Backing up…</source>
      <translation>正在备份…</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>Backup written to {path}</source>
      <translation>备份已保存到 {path}</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>Before an upgrade</source>
      <translation>升级前</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>By hand</source>
      <translation>手动</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>Checked</source>
      <translation>校验</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>Choose a backup</source>
      <translation>选择备份文件</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>Daily</source>
      <translation>每日</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>Database backups (*.db);;All files (*)</source>
      <translation>数据库备份 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>Database restored</source>
      <translation>数据库已恢复</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>Database: {db}
Backups: {folder}</source>
      <translation>数据库：{db}
备份目录：{folder}</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>Everything in {db} is replaced: every order, customer, complaint and setting recorded after {when} is lost. The database as it is now is kept as a backup first (kind “Replaced by a restore”), so this can be undone. The suite closes afterwards: start it again, and close it on every other PC first.</source>
      <translation>{db} 中的全部数据都将被替换：{when} 之后录入的订单、客户、投诉和设置都会丢失。恢复前会先把当前数据库另存为一份备份（类型为“恢复时被替换”），因此可以撤销。恢复完成后系统会关闭，请重新启动；操作前请先关闭其他电脑上的系统。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>Last backup: {when} ({kind}), {n} backups kept.</source>
      <translation>最近一次备份：{when}（{kind}），共保留 {n} 份备份。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>Last verified: never. The first automatic backup of a day checks the newest backup (checksum and audit chain).</source>
      <translation>上次校验：从未。每天第一次自动备份时会校验最新的备份（校验和与审计链）。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>Last verified: {when}, {file}: FAILED. {reason}</source>
      <translation>上次校验：{when}，{file}：未通过。{reason}</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>Last verified: {when}, {file}: checksum and audit chain correct.</source>
      <translation>上次校验：{when}，{file}：校验和与审计链均正确。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>Monthly</source>
      <translation>每月</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>No backup has been taken yet.</source>
      <translation>还没有任何备份。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>Open the backup folder</source>
      <translation>打开备份文件夹</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>Replace the database</source>
      <translation>替换数据库</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>Replace the whole database with the backup “{file}” taken at {when}?</source>
      <translation>确定用 {when} 的备份“{file}”替换整个数据库吗？</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>Replaced by a restore</source>
      <translation>恢复时被替换</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>Restore a backup</source>
      <translation>恢复备份</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>Restore from a file…</source>
      <translation>从文件恢复…</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>Restore the selected backup…</source>
      <translation>恢复所选备份…</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>Taken at</source>
      <translation>备份时间</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>The backup</source>
      <translation>备份</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>The database was restored from {file}. The replaced database was kept as {kept}.

The suite closes now; start it again.</source>
      <translation>数据库已从 {file} 恢复，被替换的数据库另存为 {kept}。

系统现在将关闭，请重新启动。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>This office keeps its data on a PostgreSQL server: back it up with the server's own tools.</source>
      <translation>本店的数据保存在 PostgreSQL 服务器上，请使用服务器自带的工具进行备份。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>no manifest</source>
      <translation>无清单</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>not yet</source>
      <translation>尚未校验</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>✓ {when}</source>
      <translation>✓ {when}</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/backup.py" />
      <source>✗ {when}</source>
      <translation>✗ {when}</translation>
    </message>
  </context>
  <context>
    <name>Card</name>
    <message>
      <location filename="suite/ui/dashboard.py" />
      <source>Open: {page}</source>
      <translation>打开：{page}</translation>
    </message>
    <message>
      <location filename="suite/ui/dashboard.py" />
      <source>This figure could not be computed; the details are in the log.</source>
      <translation>该数据暂时无法计算，详情见日志。</translation>
    </message>
    <message>
      <location filename="suite/ui/dashboard.py" />
      <source>unavailable</source>
      <translation>暂不可用</translation>
    </message>
  </context>
  <context>
    <name>ChartWidget</name>
    <message>
      <location filename="suite/ui/widgets/charts.py" />
      <source>No data</source>
      <translation>暂无数据</translation>
    </message>
  </context>
  <context>
    <name>ChildRows</name>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>Add</source>
      <translation>添加</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>Remove</source>
      <translation>删除</translation>
    </message>
  </context>
  <context>
    <name>CompanyPage</name>
    <message>
      <location filename="suite/ui/admin/company.py" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/company.py" />
      <source>Choose a picture…</source>
      <translation>选择图片…</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/company.py" />
      <source>Choose the logo</source>
      <translation>选择标志图片</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/company.py" />
      <source>Company details saved.</source>
      <translation>公司信息已保存。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/company.py" />
      <source>Company name</source>
      <translation>公司名称</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/company.py" />
      <source>Days, shifts and deadlines are counted in this time zone.</source>
      <translation>日期、班次和处理时限都按此时区计算。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/company.py" />
      <source>Details</source>
      <translation>基本信息</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/company.py" />
      <source>Logo on reports</source>
      <translation>报表标志</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/company.py" />
      <source>No logo</source>
      <translation>无标志</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/company.py" />
      <source>Not a picture</source>
      <translation>不是图片</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/company.py" />
      <source>PNG or JPEG, at most 2 MB. Saved with the other details.</source>
      <translation>PNG 或 JPEG 格式，不超过 2 MB，与其他信息一起保存。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/company.py" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/company.py" />
      <source>Pictures (*.png *.jpg *.jpeg)</source>
      <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/company.py" />
      <source>Printed at the top of every report.</source>
      <translation>打印在每份报表的抬头。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/company.py" />
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/company.py" />
      <source>Time zone</source>
      <translation>时区</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/company.py" />
      <source>Undo changes</source>
      <translation>撤销修改</translation>
    </message>
  </context>
  <context>
    <name>ConfirmTexts</name>
    <message>
      <location filename="suite/ui/admin/common.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>Changed by someone else</source>
      <translation>记录已被他人修改</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>Go back to your changes; nothing is saved</source>
      <translation>返回继续编辑，暂不保存</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>Keep the saved record as it is and save what you typed as a new record</source>
      <translation>已保存的记录保持不变，您输入的内容另存为一条新记录</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>Reload (discard my changes)</source>
      <translation>重新载入（放弃我的修改）</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>Save mine as a copy</source>
      <translation>将我的修改另存为新记录</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>Saved version</source>
      <translation>已保存的内容</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>Show the version that was saved; what you typed is lost</source>
      <translation>显示已保存的内容，您输入的内容将被放弃</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>Someone else changed this record while you were editing it. Nothing of yours was saved.</source>
      <translation>您编辑期间，其他人修改了这条记录。您的修改尚未保存。</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>The record is no longer there: it may have been archived.</source>
      <translation>这条记录已不存在，可能已被归档。</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>What would you like to do?</source>
      <translation>请选择如何处理：</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>Your version</source>
      <translation>您的修改</translation>
    </message>
  </context>
  <context>
    <name>ConnectionMonitor</name>
    <message>
      <location filename="suite/ui/status.py" />
      <source>The suite checks the database connection every {n} seconds.</source>
      <translation>系统每 {n} 秒检查一次数据库连接。</translation>
    </message>
    <message>
      <location filename="suite/ui/status.py" />
      <source>● Connected</source>
      <translation>● 已连接</translation>
    </message>
    <message>
      <location filename="suite/ui/status.py" />
      <source>● Connection lost: reconnecting…</source>
      <translation>● 连接中断，正在重连…</translation>
    </message>
    <message>
      <location filename="suite/ui/status.py" />
      <source>● Reconnected</source>
      <translation>● 已重新连接</translation>
    </message>
  </context>
  <context>
    <name>CustomerDialog</name>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>Addresses</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>Company</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>Default</source>
      <translation>默认</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>Delivery area</source>
      <translation>配送片区</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>Edit customer</source>
      <translation>编辑客户</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>Label</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>Left empty, the area is found from the default address.</source>
      <translation>留空时，根据默认地址自动判断片区。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>Main</source>
      <translation>主号码</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>New customer</source>
      <translation>新建客户</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>Number</source>
      <translation>号码</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>Person</source>
      <translation>个人</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>Phone numbers</source>
      <translation>电话号码</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>e.g. call before delivering</source>
      <translation>例如：送货前先打电话</translation>
    </message>
  </context>
  <context>
    <name>CustomersPage</name>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>Addresses</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>An archived customer disappears from the order desk and the lists, but the customer's orders and complaints are kept. You can restore the customer later.</source>
      <translation>归档后，该客户不再出现在接单台和列表中，但其订单和投诉记录都会保留，之后可以随时恢复。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>Archive</source>
      <translation>归档</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>Archive customer</source>
      <translation>归档客户</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>Archive “{name}” (customer no. {id})?</source>
      <translation>确定归档“{name}”（客户编号 {id}）吗？</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>Choose a customer in the list to see the phone numbers, addresses and notes.</source>
      <translation>在列表中选择一位客户，即可查看电话、地址和备注。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>Company</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>Customer no.</source>
      <translation>客户编号</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>Delivery area</source>
      <translation>配送片区</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>Edit</source>
      <translation>编辑</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>New customer</source>
      <translation>新建客户</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>Person</source>
      <translation>个人</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>Personal data</source>
      <translation>个人信息</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>Phone numbers</source>
      <translation>电话号码</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>Phone numbers and addresses are masked: your role does not have the right to see them.</source>
      <translation>电话和地址已做脱敏处理：您的角色无权查看。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>Restore</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/customers.py" />
      <source>archived</source>
      <translation>已归档</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <location filename="suite/ui/dashboard.py" />
      <source>Go to</source>
      <translation>快捷入口</translation>
    </message>
    <message>
      <location filename="suite/ui/dashboard.py" />
      <source>Good afternoon, {name}</source>
      <translation>下午好，{name}</translation>
    </message>
    <message>
      <location filename="suite/ui/dashboard.py" />
      <source>Good evening, {name}</source>
      <translation>晚上好，{name}</translation>
    </message>
    <message>
      <location filename="suite/ui/dashboard.py" />
      <source>Good morning, {name}</source>
      <translation>早上好，{name}</translation>
    </message>
    <message>
      <location filename="suite/ui/dashboard.py" />
      <source>Today at a glance</source>
      <translation>今日概览</translation>
    </message>
    <message>
      <location filename="suite/ui/dashboard.py" />
      <source>Your role has no pages yet: ask the owner for the rights you need.</source>
      <translation>您的角色暂无可用页面，请向店主申请所需权限。</translation>
    </message>
  </context>
  <context>
    <name>DateRangePicker</name>
    <message>
      <location filename="suite/ui/widgets/dates.py" />
      <source>Custom range</source>
      <translation>自定义</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/dates.py" />
      <source>From</source>
      <translation>开始日期</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/dates.py" />
      <source>Last month</source>
      <translation>上月</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/dates.py" />
      <source>Period</source>
      <translation>时间范围</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/dates.py" />
      <source>This month</source>
      <translation>本月</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/dates.py" />
      <source>This week</source>
      <translation>本周</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/dates.py" />
      <source>To</source>
      <translation>结束日期</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/dates.py" />
      <source>Today</source>
      <translation>今天</translation>
    </message>
  </context>
  <context>
    <name>DemoProgressDialog</name>
    <message>
      <location filename="suite/ui/demo_progress.py" />
      <source>Creating the demo database</source>
      <translation>正在创建演示数据库</translation>
    </message>
    <message>
      <location filename="suite/ui/demo_progress.py" />
      <source>Preparing…</source>
      <translation>正在准备……</translation>
    </message>
    <message>
      <location filename="suite/ui/demo_progress.py" />
      <source>{percent}% · {step}</source>
      <translation>{percent}% · {step}</translation>
    </message>
  </context>
  <context>
    <name>DepartmentDialog</name>
    <message>
      <location filename="suite/ui/admin/staff.py" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/staff.py" />
      <source>New department</source>
      <translation>新建部门</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/staff.py" />
      <source>Rename department</source>
      <translation>重命名部门</translation>
    </message>
  </context>
  <context>
    <name>EditUserDialog</name>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>Display name</source>
      <translation>显示名称</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>Edit user {user}</source>
      <translation>编辑用户 {user}</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>Staff member</source>
      <translation>对应员工</translation>
    </message>
  </context>
  <context>
    <name>ErrorDialog</name>
    <message>
      <location filename="suite/ui/errors.py" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="suite/ui/errors.py" />
      <source>Copy details</source>
      <translation>复制详情</translation>
    </message>
    <message>
      <location filename="suite/ui/errors.py" />
      <source>Nothing you had already saved was lost, and the suite keeps running. If it happens again, tell whoever looks after this computer.</source>
      <translation>已保存的数据不会丢失，系统仍在正常运行。如果再次出现，请告知负责维护这台电脑的人员。</translation>
    </message>
    <message>
      <location filename="suite/ui/errors.py" />
      <source>Open log folder</source>
      <translation>打开日志文件夹</translation>
    </message>
    <message>
      <location filename="suite/ui/errors.py" />
      <source>Something went wrong</source>
      <translation>出现了问题</translation>
    </message>
    <message>
      <location filename="suite/ui/errors.py" />
      <source>The details were written to the log file:</source>
      <translation>详细信息已写入日志文件：</translation>
    </message>
    <message>
      <location filename="suite/ui/errors.py" />
      <source>This happened {n} times.</source>
      <translation>此问题已出现 {n} 次。</translation>
    </message>
  </context>
  <context>
    <name>ErrorTexts</name>
    <message>
      <location filename="suite/ui/errors.py" />
      <source>Cannot do that</source>
      <translation>无法执行</translation>
    </message>
    <message>
      <location filename="suite/ui/errors.py" />
      <source>Changed by someone else</source>
      <translation>已被他人修改</translation>
    </message>
    <message>
      <location filename="suite/ui/errors.py" />
      <source>Not allowed</source>
      <translation>没有权限</translation>
    </message>
    <message>
      <location filename="suite/ui/errors.py" />
      <source>Not found</source>
      <translation>未找到</translation>
    </message>
    <message>
      <location filename="suite/ui/errors.py" />
      <source>Please check your input</source>
      <translation>请检查输入</translation>
    </message>
    <message>
      <location filename="suite/ui/errors.py" />
      <source>The last action could not be completed ({error}).</source>
      <translation>刚才的操作未能完成（{error}）。</translation>
    </message>
    <message>
      <location filename="suite/ui/errors.py" />
      <source>You do not have the right “{title}”. Ask the owner or a manager to grant it to your role if you need it.</source>
      <translation>您没有“{title}”权限。如确有需要，请让店主或经理为您的角色开通。</translation>
    </message>
    <message>
      <location filename="suite/ui/errors.py" />
      <source>{what} failed ({error}).</source>
      <translation>{what}失败（{error}）。</translation>
    </message>
  </context>
  <context>
    <name>FirstRunDialog</name>
    <message>
      <location filename="suite/ui/login.py" />
      <source>Company name</source>
      <translation>公司名称</translation>
    </message>
    <message>
      <location filename="suite/ui/login.py" />
      <source>Create the owner account</source>
      <translation>创建店主账户</translation>
    </message>
    <message>
      <location filename="suite/ui/login.py" />
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="suite/ui/login.py" />
      <source>Repeat the password</source>
      <translation>再次输入密码</translation>
    </message>
    <message>
      <location filename="suite/ui/login.py" />
      <source>The company needs a name: it heads every printed report.</source>
      <translation>请填写公司名称：它会印在每份报表的抬头。</translation>
    </message>
    <message>
      <location filename="suite/ui/login.py" />
      <source>The two passwords differ.</source>
      <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
      <location filename="suite/ui/login.py" />
      <source>This is the first start on this database. Create the owner's account: the owner holds every right and creates the accounts of everyone else.</source>
      <translation>这是该数据库的首次启动。请创建店主账户：店主拥有全部权限，并负责为其他人创建账户。</translation>
    </message>
    <message>
      <location filename="suite/ui/login.py" />
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="suite/ui/login.py" />
      <source>Welcome</source>
      <translation>欢迎</translation>
    </message>
    <message>
      <location filename="suite/ui/login.py" />
      <source>Welcome to the Back-Office Suite</source>
      <translation>欢迎使用小店后台套件</translation>
    </message>
    <message>
      <location filename="suite/ui/login.py" />
      <source>Your name</source>
      <translation>您的姓名</translation>
    </message>
    <message>
      <location filename="suite/ui/login.py" />
      <source>as printed at the top of every report</source>
      <translation>将印在每份报表的抬头</translation>
    </message>
    <message>
      <location filename="suite/ui/login.py" />
      <source>at least 8 characters</source>
      <translation>至少 8 个字符</translation>
    </message>
    <message>
      <location filename="suite/ui/login.py" />
      <source>for logging in, e.g. laowang</source>
      <translation>用于登录，例如 laowang</translation>
    </message>
    <message>
      <location filename="suite/ui/login.py" />
      <source>shown in the suite, e.g. 王经理</source>
      <translation>在系统中显示，例如 王经理</translation>
    </message>
  </context>
  <context>
    <name>GeneralSettings</name>
    <message>
      <location filename="suite/ui/settings_dialog.py" />
      <source>A new language applies to the whole suite; if you do not switch now, it applies the next time the suite starts.</source>
      <translation>新语言适用于整个系统；如不立即切换，将在下次启动时生效。</translation>
    </message>
    <message>
      <location filename="suite/ui/settings_dialog.py" />
      <source>Database</source>
      <translation>数据库</translation>
    </message>
    <message>
      <location filename="suite/ui/settings_dialog.py" />
      <source>Language</source>
      <translation>界面语言</translation>
    </message>
    <message>
      <location filename="suite/ui/settings_dialog.py" />
      <source>Same as the system ({language})</source>
      <translation>跟随系统（{language}）</translation>
    </message>
    <message>
      <location filename="suite/ui/settings_dialog.py" />
      <source>Settings file</source>
      <translation>设置文件</translation>
    </message>
    <message>
      <location filename="suite/ui/settings_dialog.py" />
      <source>Switch now (open pages are reloaded)</source>
      <translation>立即切换（已打开的页面会重新加载）</translation>
    </message>
  </context>
  <context>
    <name>LazyTable</name>
    <message>
      <location filename="suite/ui/widgets/table.py" />
      <source>CSV file (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/table.py" />
      <source>Counting…</source>
      <translation>正在统计…</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/table.py" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/table.py" />
      <source>Export CSV</source>
      <translation>导出 CSV</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/table.py" />
      <source>Export Excel</source>
      <translation>导出 Excel</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/table.py" />
      <source>Export cancelled: no file was written.</source>
      <translation>导出已取消，未生成文件。</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/table.py" />
      <source>Export to CSV</source>
      <translation>导出为 CSV</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/table.py" />
      <source>Export to Excel</source>
      <translation>导出为 Excel</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/table.py" />
      <source>Exported {count} rows to {file}.</source>
      <translation>已导出 {count} 条记录到 {file}。</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/table.py" />
      <source>Exported {done} of {total} rows…</source>
      <translation>已导出 {done} / {total} 条…</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/table.py" />
      <source>Exporting the list</source>
      <translation>正在导出列表</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/table.py" />
      <source>Exporting…</source>
      <translation>正在导出…</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/table.py" />
      <source>Hidden to fit the list's width</source>
      <translation>列表宽度不够，已暂时隐藏</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/table.py" />
      <source>More than {count} rows</source>
      <translation>超过 {count} 条</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/table.py" />
      <source>Reset columns</source>
      <translation>恢复默认列</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/table.py" />
      <source>Save the rows shown (all pages) as a CSV file</source>
      <translation>将当前列表的全部记录（所有页）导出为 CSV 文件</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/table.py" />
      <source>Save the rows shown (all pages) as an Excel workbook</source>
      <translation>将当前列表的全部记录（所有页）导出为 Excel 工作簿</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/table.py" />
      <source>Search</source>
      <translation>搜索</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/table.py" />
      <source>The export failed: {error}</source>
      <translation>导出失败：{error}</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/table.py" />
      <source>The list could not be read: {error}</source>
      <translation>无法读取列表：{error}</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/table.py" />
      <source>{count} rows</source>
      <translation>共 {count} 条</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/table.py" />
      <source>{count}+ rows</source>
      <translation>{count}+ 条</translation>
    </message>
  </context>
  <context>
    <name>LazyTableModel</name>
    <message>
      <location filename="suite/ui/widgets/table.py" />
      <source>This column cannot be sorted.</source>
      <translation>此列不能排序。</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="suite/ui/login.py" />
      <source>Back-Office Suite</source>
      <translation>小店后台套件</translation>
    </message>
    <message>
      <location filename="suite/ui/login.py" />
      <source>Enter your user name.</source>
      <translation>请输入用户名。</translation>
    </message>
    <message>
      <location filename="suite/ui/login.py" />
      <source>Log in</source>
      <translation>登录</translation>
    </message>
    <message>
      <location filename="suite/ui/login.py" />
      <source>Log in with your user name and password.</source>
      <translation>请输入用户名和密码登录。</translation>
    </message>
    <message>
      <location filename="suite/ui/login.py" />
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="suite/ui/login.py" />
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <location filename="suite/ui/login.py" />
      <source>User name</source>
      <translation>用户名</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="suite/ui/main_window.py" />
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <location filename="suite/ui/main_window.py" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="suite/ui/main_window.py" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="suite/ui/main_window.py" />
      <source>&amp;Reports</source>
      <translation>报表(&amp;R)</translation>
    </message>
    <message>
      <location filename="suite/ui/main_window.py" />
      <source>&amp;Tools</source>
      <translation>工具(&amp;T)</translation>
    </message>
    <message>
      <location filename="suite/ui/main_window.py" />
      <source>&amp;View</source>
      <translation>查看(&amp;V)</translation>
    </message>
    <message>
      <location filename="suite/ui/main_window.py" />
      <source>About…</source>
      <translation>关于…</translation>
    </message>
    <message>
      <location filename="suite/ui/main_window.py" />
      <source>Audit log: checking…</source>
      <translation>审计日志：校验中…</translation>
    </message>
    <message>
      <location filename="suite/ui/main_window.py" />
      <source>Back-Office Suite</source>
      <translation>小店后台套件</translation>
    </message>
    <message>
      <location filename="suite/ui/main_window.py" />
      <source>Demo: logged in as {user} · switch user: Ctrl+Shift+L · password {password}</source>
      <translation>演示：已以 {user} 登录 · 切换用户：Ctrl+Shift+L · 密码 {password}</translation>
    </message>
    <message>
      <location filename="suite/ui/main_window.py" />
      <source>Home</source>
      <translation>首页</translation>
    </message>
    <message>
      <location filename="suite/ui/main_window.py" />
      <source>Logged in as {user}</source>
      <translation>当前登录：{user}</translation>
    </message>
    <message>
      <location filename="suite/ui/main_window.py" />
      <source>No reports for your role</source>
      <translation>您的角色没有可用报表</translation>
    </message>
    <message>
      <location filename="suite/ui/main_window.py" />
      <source>No tools for your role</source>
      <translation>您的角色没有可用工具</translation>
    </message>
    <message>
      <location filename="suite/ui/main_window.py" />
      <source>Open the log folder</source>
      <translation>打开日志文件夹</translation>
    </message>
    <message>
      <location filename="suite/ui/main_window.py" />
      <source>Opening the report</source>
      <translation>打开报表</translation>
    </message>
    <message>
      <location filename="suite/ui/main_window.py" />
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <location filename="suite/ui/main_window.py" />
      <source>Reconnected to the database; the open pages show the data again as it is now.</source>
      <translation>已重新连接数据库，打开的页面已显示最新数据。</translation>
    </message>
    <message>
      <location filename="suite/ui/main_window.py" />
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <location filename="suite/ui/main_window.py" />
      <source>Search customers, orders…</source>
      <translation>搜索客户、订单…</translation>
    </message>
    <message>
      <location filename="suite/ui/main_window.py" />
      <source>Search…</source>
      <translation>搜索…</translation>
    </message>
    <message>
      <location filename="suite/ui/main_window.py" />
      <source>Settings…</source>
      <translation>设置…</translation>
    </message>
    <message>
      <location filename="suite/ui/main_window.py" />
      <source>Showing the record</source>
      <translation>显示记录</translation>
    </message>
    <message>
      <location filename="suite/ui/main_window.py" />
      <source>Switch user / log out</source>
      <translation>切换用户 / 注销</translation>
    </message>
    <message>
      <location filename="suite/ui/main_window.py" />
      <source>Switch user: File &gt; Switch user / log out (Ctrl+Shift+L). Demo logins: owner, manager, clerk, dispatcher, driver, kitchen, quality, storekeeper; every one has the password {password}.</source>
      <translation>切换用户：文件 &gt; 切换用户 / 注销（Ctrl+Shift+L）。演示账户：owner、manager、clerk、dispatcher、driver、kitchen、quality、storekeeper，密码都是 {password}。</translation>
    </message>
    <message>
      <location filename="suite/ui/main_window.py" />
      <source>The audit log failed its check: {reason}</source>
      <translation>审计日志未通过校验：{reason}</translation>
    </message>
    <message>
      <location filename="suite/ui/main_window.py" />
      <source>The audit log's hash chain is being verified in the background.</source>
      <translation>正在后台校验审计日志的哈希链。</translation>
    </message>
    <message>
      <location filename="suite/ui/main_window.py" />
      <source>The connection to the database was lost. The suite keeps trying to reconnect.</source>
      <translation>与数据库的连接已中断，系统正在自动重连。</translation>
    </message>
    <message>
      <location filename="suite/ui/main_window.py" />
      <source>There is no page “{page}”.</source>
      <translation>没有“{page}”这个页面。</translation>
    </message>
    <message>
      <location filename="suite/ui/main_window.py" />
      <source>Where the data is kept</source>
      <translation>数据存放位置</translation>
    </message>
    <message>
      <location filename="suite/ui/main_window.py" />
      <source>⚠ Audit log broken</source>
      <translation>⚠ 审计日志已被破坏</translation>
    </message>
    <message>
      <location filename="suite/ui/main_window.py" />
      <source>✓ Audit log verified</source>
      <translation>✓ 审计日志已校验</translation>
    </message>
  </context>
  <context>
    <name>MigrationDialog</name>
    <message>
      <location filename="suite/ui/app.py" />
      <source>Preparing the database</source>
      <translation>正在准备数据库</translation>
    </message>
    <message>
      <location filename="suite/ui/app.py" />
      <source>Upgrading the database ({branch}: step {done} of {total}). A backup was taken first; please wait…</source>
      <translation>正在升级数据库（{branch}：第 {done}/{total} 步），升级前已自动备份，请稍候…</translation>
    </message>
    <message>
      <location filename="suite/ui/app.py" />
      <source>Upgrading the database. A backup was taken first; please wait…</source>
      <translation>正在升级数据库，升级前已自动备份，请稍候…</translation>
    </message>
  </context>
  <context>
    <name>MonthPicker</name>
    <message>
      <location filename="suite/ui/widgets/dates.py" />
      <source>MMMM yyyy</source>
      <translation>yyyy年M月</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/dates.py" />
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/dates.py" />
      <source>Next month (Page Down)</source>
      <translation>下个月（Page Down）</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/dates.py" />
      <source>Previous month (Page Up)</source>
      <translation>上个月（Page Up）</translation>
    </message>
  </context>
  <context>
    <name>NewUserDialog</name>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>Display name</source>
      <translation>显示名称</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>Links the login to a person, for the staff's own figures.</source>
      <translation>将账户关联到员工，用于统计该员工的业绩数据。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>New user</source>
      <translation>新建用户</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>Repeat the password</source>
      <translation>再次输入密码</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>Staff member</source>
      <translation>对应员工</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>The two passwords differ.</source>
      <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>at least 8 characters</source>
      <translation>至少 8 个字符</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>for logging in, e.g. xiaowang</source>
      <translation>用于登录，例如 xiaowang</translation>
    </message>
  </context>
  <context>
    <name>PageError</name>
    <message>
      <location filename="suite/ui/main_window.py" />
      <source>The page “{title}” could not be opened.</source>
      <translation>页面“{title}”无法打开。</translation>
    </message>
    <message>
      <location filename="suite/ui/main_window.py" />
      <source>The rest of the suite works as usual. The details were written to {path}.</source>
      <translation>系统其他部分仍可正常使用。详细信息已写入 {path}。</translation>
    </message>
    <message>
      <location filename="suite/ui/main_window.py" />
      <source>Try again</source>
      <translation>重试</translation>
    </message>
  </context>
  <context>
    <name>PasswordDialog</name>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>New password</source>
      <translation>新密码</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>Repeat the password</source>
      <translation>再次输入密码</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>Reset the password of {user}</source>
      <translation>重置 {user} 的密码</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>The new password works at once; a lockout after wrong passwords is lifted. Tell the person the new password in private.</source>
      <translation>新密码立即生效，因输错密码造成的锁定也会解除。请私下把新密码告诉本人。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>The two passwords differ.</source>
      <translation>两次输入的密码不一致。</translation>
    </message>
  </context>
  <context>
    <name>PluginsPage</name>
    <message>
      <location filename="suite/ui/admin/plugins.py" />
      <source>Active</source>
      <translation>运行中</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/plugins.py" />
      <source>At the next start</source>
      <translation>下次启动时</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/plugins.py" />
      <source>Changes take effect the next time the suite starts (on this PC).</source>
      <translation>更改将在本机下次启动系统时生效。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/plugins.py" />
      <source>Description</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/plugins.py" />
      <source>Disable</source>
      <translation>停用</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/plugins.py" />
      <source>Disable plugin</source>
      <translation>停用插件</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/plugins.py" />
      <source>Disable “{title}” from the next start on?</source>
      <translation>确定从下次启动起停用“{title}”吗？</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/plugins.py" />
      <source>Disabled</source>
      <translation>已停用</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/plugins.py" />
      <source>Distribution</source>
      <translation>安装包</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/plugins.py" />
      <source>Enable</source>
      <translation>启用</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/plugins.py" />
      <source>Enabled</source>
      <translation>启用</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/plugins.py" />
      <source>Failed</source>
      <translation>加载失败</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/plugins.py" />
      <source>Its pages, reports and menu entries disappear; its data stays in the database and comes back when it is enabled again.</source>
      <translation>它的页面、报表和菜单项将不再显示；其数据仍保留在数据库中，重新启用后即可恢复。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/plugins.py" />
      <source>Name</source>
      <translation>标识</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/plugins.py" />
      <source>Plugin</source>
      <translation>插件</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/plugins.py" />
      <source>Required by</source>
      <translation>被依赖于</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/plugins.py" />
      <source>Requires</source>
      <translation>依赖</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/plugins.py" />
      <source>Saved. Restart the suite to apply the change.</source>
      <translation>已保存，重新启动系统后生效。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/plugins.py" />
      <source>Status now</source>
      <translation>当前状态</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/plugins.py" />
      <source>The core cannot be disabled.</source>
      <translation>核心模块不能停用。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/plugins.py" />
      <source>These plugins need it and will be switched off too: {names}.</source>
      <translation>以下插件依赖它，也会一并停用：{names}。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/plugins.py" />
      <source>Version</source>
      <translation>版本</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/plugins.py" />
      <source>Why it failed</source>
      <translation>失败原因</translation>
    </message>
  </context>
  <context>
    <name>PrintPreviewDialog</name>
    <message>
      <location filename="suite/ui/print_preview.py" />
      <source>&amp;Print…</source>
      <translation>打印(&amp;P)…</translation>
    </message>
    <message>
      <location filename="suite/ui/print_preview.py" />
      <source>Choose a printer and the number of copies (Ctrl+P)</source>
      <translation>选择打印机和份数 (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="suite/ui/print_preview.py" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="suite/ui/print_preview.py" />
      <source>Close the preview (Esc)</source>
      <translation>关闭预览 (Esc)</translation>
    </message>
    <message>
      <location filename="suite/ui/print_preview.py" />
      <source>Fit width</source>
      <translation>适合宽度</translation>
    </message>
    <message>
      <location filename="suite/ui/print_preview.py" />
      <source>Go to page</source>
      <translation>转到页</translation>
    </message>
    <message>
      <location filename="suite/ui/print_preview.py" />
      <source>Home / End: first / last page; Ctrl+G: go to a page</source>
      <translation>Home / End：第一页 / 最后一页；Ctrl+G：转到指定页</translation>
    </message>
    <message>
      <location filename="suite/ui/print_preview.py" />
      <source>Make the pages as wide as the window (Ctrl+0)</source>
      <translation>使页面与窗口同宽 (Ctrl+0)</translation>
    </message>
    <message>
      <location filename="suite/ui/print_preview.py" />
      <source>Next page (PgDn)</source>
      <translation>下一页 (PgDn)</translation>
    </message>
    <message>
      <location filename="suite/ui/print_preview.py" />
      <source>Next ›</source>
      <translation>下一页 ›</translation>
    </message>
    <message>
      <location filename="suite/ui/print_preview.py" />
      <source>No pages</source>
      <translation>没有页面</translation>
    </message>
    <message>
      <location filename="suite/ui/print_preview.py" />
      <source>Page (1–{count}):</source>
      <translation>页码（1–{count}）：</translation>
    </message>
    <message>
      <location filename="suite/ui/print_preview.py" />
      <source>Page {n} of {count}</source>
      <translation>第 {n} 页，共 {count} 页</translation>
    </message>
    <message>
      <location filename="suite/ui/print_preview.py" />
      <source>Previous page (PgUp)</source>
      <translation>上一页 (PgUp)</translation>
    </message>
    <message>
      <location filename="suite/ui/print_preview.py" />
      <source>Print preview: {title}</source>
      <translation>打印预览：{title}</translation>
    </message>
    <message>
      <location filename="suite/ui/print_preview.py" />
      <source>Print {title}</source>
      <translation>打印：{title}</translation>
    </message>
    <message>
      <location filename="suite/ui/print_preview.py" />
      <source>Printing failed: {error}</source>
      <translation>打印失败：{error}</translation>
    </message>
    <message>
      <location filename="suite/ui/print_preview.py" />
      <source>Printing…</source>
      <translation>正在打印…</translation>
    </message>
    <message>
      <location filename="suite/ui/print_preview.py" />
      <source>The PDF “{name}” could not be read: {error}</source>
      <translation>无法读取 PDF 文件“{name}”：{error}</translation>
    </message>
    <message>
      <location filename="suite/ui/print_preview.py" />
      <source>The PDF “{name}” has no pages.</source>
      <translation>PDF 文件“{name}”没有页面。</translation>
    </message>
    <message>
      <location filename="suite/ui/print_preview.py" />
      <source>The preview needs the pypdfium2 package: pip install pypdfium2</source>
      <translation>预览需要 pypdfium2 软件包：pip install pypdfium2</translation>
    </message>
    <message>
      <location filename="suite/ui/print_preview.py" />
      <source>Zoom in (Ctrl+=)</source>
      <translation>放大 (Ctrl+=)</translation>
    </message>
    <message>
      <location filename="suite/ui/print_preview.py" />
      <source>Zoom out (Ctrl+-)</source>
      <translation>缩小 (Ctrl+-)</translation>
    </message>
    <message>
      <location filename="suite/ui/print_preview.py" />
      <source>{n} page(s) sent to {printer}</source>
      <translation>已将 {n} 页发送到 {printer}</translation>
    </message>
    <message>
      <location filename="suite/ui/print_preview.py" />
      <source>‹ Previous</source>
      <translation>‹ 上一页</translation>
    </message>
  </context>
  <context>
    <name>ProgressDialog</name>
    <message>
      <location filename="suite/ui/widgets/worker.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/worker.py" />
      <source>Cancelling…</source>
      <translation>正在取消…</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/worker.py" />
      <source>Please wait…</source>
      <translation>请稍候…</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/worker.py" />
      <source>Working</source>
      <translation>正在处理</translation>
    </message>
  </context>
  <context>
    <name>RecordForm</name>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>An amount has at most two decimals (fen).</source>
      <translation>金额最多保留两位小数（到分）。</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>At most {n} characters.</source>
      <translation>最多 {n} 个字符。</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>At most {n} decimal(s).</source>
      <translation>最多 {n} 位小数。</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>Cancel (Esc)</source>
      <translation>取消（Esc）</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>Choose a date.</source>
      <translation>请选择日期。</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>Choose one.</source>
      <translation>请选择一项。</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>Discard</source>
      <translation>放弃修改</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>Discard changes?</source>
      <translation>放弃修改？</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>Enter a number such as {example}.</source>
      <translation>请输入数字，例如 {example}。</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>Enter an amount such as 12.50.</source>
      <translation>请输入金额，例如 12.50。</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>Keep editing</source>
      <translation>继续编辑</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>Nothing was saved. Your changes are still here.</source>
      <translation>尚未保存任何内容，您的修改仍保留在表单中。</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>Please fill in {label}.</source>
      <translation>请填写{label}。</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>Save (Ctrl+S)</source>
      <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>The amount cannot be above {amount}.</source>
      <translation>金额不能高于 {amount}。</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>The amount cannot be below {amount}.</source>
      <translation>金额不能低于 {amount}。</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>The saved version is shown; your changes were discarded.</source>
      <translation>已显示保存的内容，您的修改已放弃。</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>The value cannot be above {n}.</source>
      <translation>不能大于 {n}。</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>The value cannot be below {n}.</source>
      <translation>不能小于 {n}。</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>You have changed this record. Discard your changes?</source>
      <translation>您已修改了这条记录，确定放弃修改吗？</translation>
    </message>
    <message>
      <location filename="suite/ui/widgets/form.py" />
      <source>Your version was saved as a new record.</source>
      <translation>您的修改已另存为一条新记录。</translation>
    </message>
  </context>
  <context>
    <name>ReportDialog</name>
    <message>
      <location filename="suite/ui/report_dialog.py" />
      <source>&amp;Open</source>
      <translation>打开(&amp;O)</translation>
    </message>
    <message>
      <location filename="suite/ui/report_dialog.py" />
      <source>&amp;Print…</source>
      <translation>打印(&amp;P)…</translation>
    </message>
    <message>
      <location filename="suite/ui/report_dialog.py" />
      <source>&amp;Save as…</source>
      <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
      <location filename="suite/ui/report_dialog.py" />
      <source>(all)</source>
      <translation>（全部）</translation>
    </message>
    <message>
      <location filename="suite/ui/report_dialog.py" />
      <source>(none)</source>
      <translation>（不限）</translation>
    </message>
    <message>
      <location filename="suite/ui/report_dialog.py" />
      <source>* required</source>
      <translation>* 为必填项</translation>
    </message>
    <message>
      <location filename="suite/ui/report_dialog.py" />
      <source>:</source>
      <translation>：</translation>
    </message>
    <message>
      <location filename="suite/ui/report_dialog.py" />
      <source>Choose a printer and the number of copies (Ctrl+P)</source>
      <translation>选择打印机和份数（Ctrl+P）</translation>
    </message>
    <message>
      <location filename="suite/ui/report_dialog.py" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="suite/ui/report_dialog.py" />
      <source>Last 7 days</source>
      <translation>最近 7 天</translation>
    </message>
    <message>
      <location filename="suite/ui/report_dialog.py" />
      <source>Last month</source>
      <translation>上月</translation>
    </message>
    <message>
      <location filename="suite/ui/report_dialog.py" />
      <source>Make the PDF and open it in the PDF viewer (Enter)</source>
      <translation>生成 PDF 并用 PDF 阅读器打开（回车）</translation>
    </message>
    <message>
      <location filename="suite/ui/report_dialog.py" />
      <source>Make the PDF and show its pages here, before printing (Ctrl+Shift+P)</source>
      <translation>生成 PDF 并在此显示其页面，以便打印前查看 (Ctrl+Shift+P)</translation>
    </message>
    <message>
      <location filename="suite/ui/report_dialog.py" />
      <source>Making the report…</source>
      <translation>正在生成报表…</translation>
    </message>
    <message>
      <location filename="suite/ui/report_dialog.py" />
      <source>No PDF viewer could open the report; it is saved as {path}</source>
      <translation>没有可打开该报表的 PDF 阅读器；报表已保存为 {path}</translation>
    </message>
    <message>
      <location filename="suite/ui/report_dialog.py" />
      <source>Opened {path}</source>
      <translation>已打开 {path}</translation>
    </message>
    <message>
      <location filename="suite/ui/report_dialog.py" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="suite/ui/report_dialog.py" />
      <source>Pre&amp;view</source>
      <translation>预览(&amp;V)</translation>
    </message>
    <message>
      <location filename="suite/ui/report_dialog.py" />
      <source>Preview of {path}</source>
      <translation>正在预览 {path}</translation>
    </message>
    <message>
      <location filename="suite/ui/report_dialog.py" />
      <source>Print {title}</source>
      <translation>打印：{title}</translation>
    </message>
    <message>
      <location filename="suite/ui/report_dialog.py" />
      <source>Printing…</source>
      <translation>正在打印…</translation>
    </message>
    <message>
      <location filename="suite/ui/report_dialog.py" />
      <source>Quick</source>
      <translation>快捷</translation>
    </message>
    <message>
      <location filename="suite/ui/report_dialog.py" />
      <source>Report: {title}</source>
      <translation>报表：{title}</translation>
    </message>
    <message>
      <location filename="suite/ui/report_dialog.py" />
      <source>Save report as</source>
      <translation>报表另存为</translation>
    </message>
    <message>
      <location filename="suite/ui/report_dialog.py" />
      <source>Save the PDF in a folder of your choice (Ctrl+S)</source>
      <translation>将 PDF 保存到指定文件夹（Ctrl+S）</translation>
    </message>
    <message>
      <location filename="suite/ui/report_dialog.py" />
      <source>Saved as {path}</source>
      <translation>已保存为 {path}</translation>
    </message>
    <message>
      <location filename="suite/ui/report_dialog.py" />
      <source>This month</source>
      <translation>本月</translation>
    </message>
    <message>
      <location filename="suite/ui/report_dialog.py" />
      <source>Today</source>
      <translation>今天</translation>
    </message>
    <message>
      <location filename="suite/ui/report_dialog.py" />
      <source>Today, this month, last month, the last 7 days</source>
      <translation>今天、本月、上月、最近 7 天</translation>
    </message>
    <message>
      <location filename="suite/ui/report_dialog.py" />
      <source>for example {example}</source>
      <translation>例如 {example}</translation>
    </message>
    <message>
      <location filename="suite/ui/report_dialog.py" />
      <source>{n} page(s) sent to {printer}</source>
      <translation>已将 {n} 页发送到 {printer}</translation>
    </message>
  </context>
  <context>
    <name>RoleEditor</name>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>Built-in role: you may change its permissions and its name.</source>
      <translation>内置角色：可以修改其权限和名称。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>Code</source>
      <translation>代码</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>Core: customers, staff, administration</source>
      <translation>核心：客户、员工与系统管理</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>Description</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>Permission</source>
      <translation>权限</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>Save role</source>
      <translation>保存角色</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>The owner role always holds every permission and cannot be changed.</source>
      <translation>店主角色始终拥有全部权限，不能修改。</translation>
    </message>
  </context>
  <context>
    <name>SearchDialog</name>
    <message>
      <location filename="suite/ui/search.py" />
      <source>Nothing can be searched with your rights.</source>
      <translation>以您的权限没有可搜索的内容。</translation>
    </message>
    <message>
      <location filename="suite/ui/search.py" />
      <source>Nothing found for “{text}”.</source>
      <translation>没有找到与“{text}”相关的结果。</translation>
    </message>
    <message>
      <location filename="suite/ui/search.py" />
      <source>Search</source>
      <translation>搜索</translation>
    </message>
    <message>
      <location filename="suite/ui/search.py" />
      <source>Searching: {what}</source>
      <translation>搜索范围：{what}</translation>
    </message>
    <message>
      <location filename="suite/ui/search.py" />
      <source>Searching…</source>
      <translation>正在搜索…</translation>
    </message>
    <message>
      <location filename="suite/ui/search.py" />
      <source>Type a name, a phone number, an order number…</source>
      <translation>输入姓名、电话号码、订单编号…</translation>
    </message>
    <message>
      <location filename="suite/ui/search.py" />
      <source>unavailable</source>
      <translation>暂不可用</translation>
    </message>
    <message>
      <location filename="suite/ui/search.py" />
      <source>{n} found. Enter opens the selected one.</source>
      <translation>找到 {n} 条，按回车打开选中项。</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="suite/ui/settings_dialog.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="suite/ui/settings_dialog.py" />
      <source>General</source>
      <translation>常规</translation>
    </message>
    <message>
      <location filename="suite/ui/settings_dialog.py" />
      <source>Language</source>
      <translation>界面语言</translation>
    </message>
    <message>
      <location filename="suite/ui/settings_dialog.py" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="suite/ui/settings_dialog.py" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="suite/ui/settings_dialog.py" />
      <source>The new language applies the next time the suite starts.</source>
      <translation>新语言将在下次启动系统时生效。</translation>
    </message>
    <message>
      <location filename="suite/ui/settings_dialog.py" />
      <source>This page could not be opened: {error}</source>
      <translation>此页面无法打开：{error}</translation>
    </message>
  </context>
  <context>
    <name>SetupChecklist</name>
    <message>
      <location filename="suite/ui/checklist.py" />
      <source>Bring back</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="suite/ui/checklist.py" />
      <source>Change</source>
      <translation>修改</translation>
    </message>
    <message>
      <location filename="suite/ui/checklist.py" />
      <source>Could not be checked; the details are in the log.</source>
      <translation>无法检查；详情已写入日志。</translation>
    </message>
    <message>
      <location filename="suite/ui/checklist.py" />
      <source>Does not apply</source>
      <translation>不适用</translation>
    </message>
    <message>
      <location filename="suite/ui/checklist.py" />
      <source>Open</source>
      <translation>打开</translation>
    </message>
    <message>
      <location filename="suite/ui/checklist.py" />
      <source>Open: {step}</source>
      <translation>打开：{step}</translation>
    </message>
    <message>
      <location filename="suite/ui/checklist.py" />
      <source>Set up the office</source>
      <translation>设置办公室</translation>
    </message>
    <message>
      <location filename="suite/ui/checklist.py" />
      <source>Skip this step: this office does not need it.</source>
      <translation>跳过此步骤：本办公室不需要。</translation>
    </message>
    <message>
      <location filename="suite/ui/checklist.py" />
      <source>Skipped: does not apply to this office.</source>
      <translation>已跳过：不适用于本办公室。</translation>
    </message>
    <message>
      <location filename="suite/ui/checklist.py" />
      <source>{done} of {total} done</source>
      <translation>已完成 {done}/{total}</translation>
    </message>
  </context>
  <context>
    <name>ShellTexts</name>
    <message>
      <location filename="suite/ui/app.py" />
      <source>Logging in without a password works only on the demo database.</source>
      <translation>免密码登录仅适用于演示数据库。</translation>
    </message>
    <message>
      <location filename="suite/ui/app.py" />
      <source>Nothing was changed. The details were written to {path}.</source>
      <translation>数据未作任何更改。详细信息已写入 {path}。</translation>
    </message>
    <message>
      <location filename="suite/ui/app.py" />
      <source>The database upgrade failed</source>
      <translation>数据库升级失败</translation>
    </message>
    <message>
      <location filename="suite/ui/app.py" />
      <source>The suite cannot start</source>
      <translation>系统无法启动</translation>
    </message>
    <message>
      <location filename="suite/ui/app.py" />
      <source>Today's automatic backup failed: {error}</source>
      <translation>今天的自动备份失败：{error}</translation>
    </message>
    <message>
      <location filename="suite/ui/app.py" />
      <source>Today's backup was written to {path}</source>
      <translation>今天的备份已保存到 {path}</translation>
    </message>
  </context>
  <context>
    <name>StaffDialog</name>
    <message>
      <location filename="suite/ui/admin/staff.py" />
      <source>Department</source>
      <translation>部门</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/staff.py" />
      <source>Edit staff member</source>
      <translation>编辑员工</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/staff.py" />
      <source>Hired on</source>
      <translation>入职日期</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/staff.py" />
      <source>Left the company (archived)</source>
      <translation>已离职（归档）</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/staff.py" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/staff.py" />
      <source>New staff member</source>
      <translation>新增员工</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/staff.py" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/staff.py" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/staff.py" />
      <source>Position</source>
      <translation>岗位</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/staff.py" />
      <source>e.g. driver, cook</source>
      <translation>例如：配送员、厨师</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/staff.py" />
      <source>mobile or landline</source>
      <translation>手机或座机</translation>
    </message>
  </context>
  <context>
    <name>StaffPage</name>
    <message>
      <location filename="suite/ui/admin/staff.py" />
      <source>Archive</source>
      <translation>归档</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/staff.py" />
      <source>Archive department</source>
      <translation>归档部门</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/staff.py" />
      <source>Archive the department “{name}”?</source>
      <translation>确定归档部门“{name}”吗？</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/staff.py" />
      <source>Archived</source>
      <translation>已归档</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/staff.py" />
      <source>Department</source>
      <translation>部门</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/staff.py" />
      <source>Departments</source>
      <translation>部门</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/staff.py" />
      <source>Edit</source>
      <translation>编辑</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/staff.py" />
      <source>In use</source>
      <translation>使用中</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/staff.py" />
      <source>Its staff keep their records; it is no longer offered for new staff.</source>
      <translation>该部门员工的记录都会保留，但新增员工时将不再可选。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/staff.py" />
      <source>New department</source>
      <translation>新建部门</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/staff.py" />
      <source>New staff member</source>
      <translation>新增员工</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/staff.py" />
      <source>Rename</source>
      <translation>重命名</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/staff.py" />
      <source>Restore</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/staff.py" />
      <source>Staff</source>
      <translation>员工</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/staff.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
  </context>
  <context>
    <name>UserRolesDialog</name>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>A user holds every permission of every role ticked.</source>
      <translation>用户拥有所勾选角色的全部权限。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>Roles of {user}</source>
      <translation>{user} 的角色</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
  </context>
  <context>
    <name>UsersPage</name>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>Edit</source>
      <translation>编辑</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>Lock</source>
      <translation>锁定</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>Lock account</source>
      <translation>锁定账户</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>Lock the account “{user}”?</source>
      <translation>确定锁定账户“{user}”吗？</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>New role</source>
      <translation>新建角色</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>New user</source>
      <translation>新建用户</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>Reset password…</source>
      <translation>重置密码…</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>Role saved.</source>
      <translation>角色已保存。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>Roles and permissions</source>
      <translation>角色与权限</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>Roles…</source>
      <translation>角色…</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>The person can no longer log in until the account is unlocked. Nothing they recorded is changed.</source>
      <translation>账户解锁前，此人将无法登录；其已录入的数据不受影响。</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>Unlock</source>
      <translation>解锁</translation>
    </message>
    <message>
      <location filename="suite/ui/admin/users.py" />
      <source>Users</source>
      <translation>用户</translation>
    </message>
  </context>
  <context>
    <name>argparse</name>
    <message>
      <location filename="suite/cli.py" />
      <source>%(prog)s: error: %(message)s
</source>
      <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>ambiguous option: %(option)s could match %(matches)s</source>
      <translation>有歧义的选项：%(option)s 可以是 %(matches)s</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>argument %(argument_name)s: %(message)s</source>
      <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>can't open '%(filename)s': %(error)s</source>
      <translation>无法打开“%(filename)s”：%(error)s</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>expected %s argument</source>
      <translation>需要 %s 个参数</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>expected %s arguments</source>
      <translation>需要 %s 个参数</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>expected at least one argument</source>
      <translation>至少需要一个参数</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>expected at most one argument</source>
      <translation>最多只能有一个参数</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>expected one argument</source>
      <translation>需要一个参数</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>ignored explicit argument %r</source>
      <translation>已忽略显式参数 %r</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>invalid %(type)s value: %(value)r</source>
      <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>not allowed with argument %s</source>
      <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>one of the arguments %s is required</source>
      <translation>必须给出参数 %s 之一</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>options</source>
      <translation>选项</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>positional arguments</source>
      <translation>位置参数</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>show program's version number and exit</source>
      <translation>显示程序版本号并退出</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>show this help message and exit</source>
      <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>the following arguments are required: %s</source>
      <translation>缺少以下必需参数：%s</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
      <translation>未知的子命令 %(parser_name)r（可选：%(choices)s）</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>unrecognized arguments: %s</source>
      <translation>无法识别的参数：%s</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>usage: </source>
      <translation>用法：</translation>
    </message>
  </context>
  <context>
    <name>backup</name>
    <message>
      <location filename="suite/backup.py" />
      <source>No such file: {path}</source>
      <translation>找不到文件：{path}</translation>
    </message>
    <message>
      <location filename="suite/backup.py" />
      <source>That file is the database itself; nothing was replaced.</source>
      <translation>该文件就是当前数据库本身，未做任何替换。</translation>
    </message>
    <message>
      <location filename="suite/backup.py" />
      <source>The newest backup {file} failed its check: {reason}</source>
      <translation>最新的备份 {file} 未通过校验：{reason}</translation>
    </message>
    <message>
      <location filename="suite/backup.py" />
      <source>There is no database file at {path} to back up.</source>
      <translation>{path} 处没有可备份的数据库文件。</translation>
    </message>
    <message>
      <location filename="suite/backup.py" />
      <source>This office keeps its data on a PostgreSQL server ({host}:{port}/{name}); back it up and restore it with PostgreSQL's own tools, on the server or any PC that has them:
  back up:  pg_dump -h {host} -p {port} -U {user} -Fc -f suite-YYYY-MM-DD.dump {name}
  restore:  close the suite on every PC, then
            pg_restore -h {host} -p {port} -U {user} --clean --if-exists -d {name} suite-YYYY-MM-DD.dump
Schedule the pg_dump line daily (Windows Task Scheduler or cron) and keep copies off the server.</source>
      <translation>本店的数据保存在 PostgreSQL 服务器（{host}:{port}/{name}）上，请在服务器或任何装有 PostgreSQL 工具的电脑上，用它自带的工具备份和恢复：
  备份：  pg_dump -h {host} -p {port} -U {user} -Fc -f suite-YYYY-MM-DD.dump {name}
  恢复：  先在每台电脑上关闭本软件，然后执行
          pg_restore -h {host} -p {port} -U {user} --clean --if-exists -d {name} suite-YYYY-MM-DD.dump
请把 pg_dump 这一行设为每日定时任务（Windows 任务计划程序或 cron），并把备份副本存放在服务器以外的地方。</translation>
    </message>
    <message>
      <location filename="suite/backup.py" />
      <source>the audit log of {file} is empty</source>
      <translation>{file} 的审计日志是空的</translation>
    </message>
    <message>
      <location filename="suite/backup.py" />
      <source>the audit log of {file} lost its chain</source>
      <translation>{file} 的审计日志丢失了哈希链</translation>
    </message>
    <message>
      <location filename="suite/backup.py" />
      <source>the audit log's triggers were removed from {file} ({names})</source>
      <translation>{file} 中审计日志的触发器已被删除（{names}）</translation>
    </message>
    <message>
      <location filename="suite/backup.py" />
      <source>{file} does not match the checksum in its manifest ({size} bytes, {expected} expected): it was changed or damaged</source>
      <translation>{file} 与其清单中的校验和不符（{size} 字节，应为 {expected}）：文件已被改动或损坏</translation>
    </message>
    <message>
      <location filename="suite/backup.py" />
      <source>{file} has no manifest ({manifest}) to prove it is the backup that was written</source>
      <translation>{file} 没有清单（{manifest}），无法证明它就是当初写入的备份</translation>
    </message>
    <message>
      <location filename="suite/backup.py" />
      <source>{path} cannot be read as a database ({error}); nothing was replaced.</source>
      <translation>{path} 无法作为数据库读取（{error}），未做任何替换。</translation>
    </message>
    <message>
      <location filename="suite/backup.py" />
      <source>{path} is damaged (integrity check: {result}); nothing was replaced.</source>
      <translation>{path} 已损坏（完整性检查：{result}），未做任何替换。</translation>
    </message>
    <message>
      <location filename="suite/backup.py" />
      <source>{path} is not a SQLite database; nothing was replaced.</source>
      <translation>{path} 不是 SQLite 数据库，未做任何替换。</translation>
    </message>
    <message>
      <location filename="suite/backup.py" />
      <source>{path} is not a database of this suite; nothing was replaced.</source>
      <translation>{path} 不是本软件的数据库，未做任何替换。</translation>
    </message>
    <message>
      <location filename="suite/backup.py" />
      <source>{path} was written by a newer version of the suite (revision {revision} of “{branch}”); nothing was replaced.</source>
      <translation>{path} 由更新版本的本软件写入（“{branch}”的版本 {revision}），未做任何替换。</translation>
    </message>
    <message>
      <location filename="suite/backup.py" />
      <source>{reason}; nothing was replaced (suite restore --force restores it anyway).</source>
      <translation>{reason}；未替换任何内容（suite restore --force 可强制恢复）。</translation>
    </message>
    <message>
      <location filename="suite/backup.py" />
      <source>{reason}; nothing was replaced.</source>
      <translation>{reason}；未替换任何内容。</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="suite/scaffold/__init__.py" />
      <source>A plugin name has 2 to 30 lowercase letters, digits or '_' and starts with a letter: “{name}”.</source>
      <translation>插件名称由 2 到 30 个小写字母、数字或“_”组成，并以字母开头：“{name}”。</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>BROKEN: {message}</source>
      <translation>已被破坏：{message}</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>Back-office suite for restaurants and water-delivery offices.</source>
      <translation>面向餐馆和桶装水配送站的后台管理套件。</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>Backup written to {path}</source>
      <translation>备份已保存到 {path}</translation>
    </message>
    <message>
      <location filename="suite/demo.py" />
      <source>Creating the demo database {path} ...</source>
      <translation>正在创建演示数据库 {path} ……</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>Database restored from {file}.</source>
      <translation>已从 {file} 恢复数据库。</translation>
    </message>
    <message>
      <location filename="suite/demo.py" />
      <source>Demo accounts (password {password}): owner, manager, clerk, dispatcher, driver, kitchen, quality, storekeeper</source>
      <translation>演示账户（密码 {password}）：owner、manager、clerk、dispatcher、driver、kitchen、quality、storekeeper</translation>
    </message>
    <message>
      <location filename="suite/demo.py" />
      <source>Demo database: {path}</source>
      <translation>演示数据库：{path}</translation>
    </message>
    <message>
      <location filename="suite/demo.py" />
      <source>Logged in as {user}. Switch user: File &gt; Switch user / log out (Ctrl+Shift+L), then log in as manager, clerk, dispatcher, driver, kitchen, quality or storekeeper with the password {password}.</source>
      <translation>已以 {user} 登录。切换用户：文件 &gt; 切换用户 / 注销（Ctrl+Shift+L），再以 manager、clerk、dispatcher、driver、kitchen、quality 或 storekeeper 登录，密码 {password}。</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>New password for {user}: </source>
      <translation>{user} 的新密码：</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>No active plugin has the migration branch “{branch}”.</source>
      <translation>没有已启用的插件拥有迁移分支“{branch}”。</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>No password on standard input.</source>
      <translation>标准输入中没有密码。</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>No terminal to ask for the password: use --password-stdin.</source>
      <translation>没有可以输入密码的终端，请使用 --password-stdin。</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>Nothing was replaced.</source>
      <translation>未做任何替换。</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>OK: {message}</source>
      <translation>正常：{message}</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>PNG file to write</source>
      <translation>要写入的 PNG 文件</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>Password for {user}: </source>
      <translation>{user} 的密码：</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>Password of {user} changed.</source>
      <translation>{user} 的密码已修改。</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>Plugin scaffold written to {path}</source>
      <translation>插件骨架已生成在 {path}</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>Repeat the password: </source>
      <translation>再输入一次密码：</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>Replace {db} with {file}? Type yes to continue: </source>
      <translation>用 {file} 替换 {db}？输入 yes 继续：</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>Report written to {path}</source>
      <translation>报表已保存到 {path}</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>Restoring anyway (--force): {reason}</source>
      <translation>仍然恢复（--force）：{reason}</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>Restoring replaces the whole database: add --yes to confirm.</source>
      <translation>恢复会替换整个数据库：请加上 --yes 确认。</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>Screenshot written to {path}</source>
      <translation>截图已保存到 {path}</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>The core cannot be disabled.</source>
      <translation>核心模块不能停用。</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>The database is up to date ({where}).</source>
      <translation>数据库已是最新（{where}）。</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>The database it replaced was kept as {path}</source>
      <translation>被替换的数据库已保存为 {path}</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>The database needs an upgrade first: suite db upgrade</source>
      <translation>数据库需要先升级：suite db upgrade</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>The first user must be the owner: suite user add NAME --role owner</source>
      <translation>第一个用户必须是店主：suite user add 用户名 --role owner</translation>
    </message>
    <message>
      <location filename="suite/scaffold/__init__.py" />
      <source>The name “{name}” is taken by the suite; choose another.</source>
      <translation>名称“{name}”已被系统占用，请另选一个。</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>The two passwords differ.</source>
      <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>There is no plugin called “{name}”. Installed: {names}</source>
      <translation>没有名为“{name}”的插件。已安装：{names}</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>There is no report “{id}”; see suite report list.</source>
      <translation>没有报表“{id}”，请用 suite report list 查看。</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>There is no user called “{name}”.</source>
      <translation>没有名为“{name}”的用户。</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>User {user} created ({roles}).</source>
      <translation>已创建用户 {user}（{roles}）。</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>User {user} unlocked.</source>
      <translation>用户 {user} 已解锁。</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>a Python prompt with a Context (ctx) on the database</source>
      <translation>打开 Python 提示符，并准备好连接数据库的上下文（ctx）</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>act with this role's permissions (no account needed)</source>
      <translation>以该角色的权限操作（无需账号）</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>apply every pending migration (after a backup)</source>
      <translation>执行所有待升级的迁移（先自动备份）</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>back up the SQLite database now</source>
      <translation>立即备份 SQLite 数据库</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>check the audit log</source>
      <translation>检查审计日志</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>create a user (the first one must be the owner)</source>
      <translation>创建用户（第一个必须是店主）</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>ctx acts as {user} on {db}; core is suite.plugin_api.core. Ctrl+D leaves.</source>
      <translation>ctx 以 {user} 身份连接 {db}；core 即 suite.plugin_api.core。按 Ctrl+D 退出。</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>current vs head revision of every branch</source>
      <translation>各分支的当前版本与最新版本</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>database URL or SQLite file (overrides SUITE_DATABASE_URL and the settings file)</source>
      <translation>数据库 URL 或 SQLite 文件（优先于 SUITE_DATABASE_URL 和设置文件）</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>database upgrade and status</source>
      <translation>数据库升级与状态</translation>
    </message>
    <message>
      <location filename="suite/demo.py" />
      <source>demo database ready</source>
      <translation>演示数据库已就绪</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>details in {path}</source>
      <translation>详情见 {path}</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>disable a plugin (takes effect at the next start)</source>
      <translation>停用插件（下次启动时生效）</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>disabled</source>
      <translation>停用</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>display name</source>
      <translation>显示名称</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>do not ask for confirmation</source>
      <translation>不再询问确认</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>do not compare the models with the database</source>
      <translation>不比对模型与数据库</translation>
    </message>
    <message>
      <location filename="suite/demo.py" />
      <source>empty database</source>
      <translation>空数据库</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>enable a plugin (takes effect at the next start)</source>
      <translation>启用插件（下次启动时生效）</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>enabled</source>
      <translation>启用</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>error</source>
      <translation>错误</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>every report and its parameters</source>
      <translation>所有报表及其参数</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>language of messages</source>
      <translation>提示信息的语言</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>list and render reports</source>
      <translation>列出并生成报表</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>list users</source>
      <translation>列出用户</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>list, enable or disable plugins</source>
      <translation>列出、启用或停用插件</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>log in as this account (asks for the password)</source>
      <translation>以该账号登录（会询问密码）</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>log to the console too</source>
      <translation>同时在控制台输出日志</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>look as this role sees it (no account needed)</source>
      <translation>按该角色看到的样子截图（无需账号）</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>name, version, distribution and status of every plugin</source>
      <translation>每个插件的名称、版本、发行包和状态</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>not allowed</source>
      <translation>无权操作</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>only create the demo database</source>
      <translation>只创建演示数据库</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>open the suite on a demo database with realistic data</source>
      <translation>用含逼真数据的演示数据库打开本软件</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>owner, manager, clerk, dispatcher, kitchen, quality, storekeeper, driver (repeatable)</source>
      <translation>owner（店主）、manager（经理）、clerk（客服）、dispatcher（调度）、kitchen（厨房）、quality（质检）、storekeeper（库管）、driver（配送员），可重复</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>page id, e.g. orders.desk (home for the dashboard)</source>
      <translation>页面编号，例如 orders.desk（首页用 home）</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>plugin not active</source>
      <translation>插件未启用</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>read the password from standard input</source>
      <translation>从标准输入读取密码</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>recreate the demo database</source>
      <translation>重新创建演示数据库</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>render a report to PDF</source>
      <translation>把报表生成为 PDF</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>render as this user (asks the password); default: the system account</source>
      <translation>以该用户身份生成（需输入密码）；默认为系统账户</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>replace the database with a backup (after checking it)</source>
      <translation>用备份替换数据库（先检查备份）</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>restore even a backup that fails its checksum or audit chain check (recorded in the audit log)</source>
      <translation>即使备份未通过校验和或审计链检查也恢复（会记入审计日志）</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>run CODE instead of a prompt</source>
      <translation>运行 CODE，而不是打开提示符</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>save a picture of the main window on one page (docs, reviews)</source>
      <translation>保存主窗口某一页面的截图（用于文档、评审）</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>set a user's password</source>
      <translation>设置用户密码</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>unexpected error</source>
      <translation>意外错误</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>unknown revision (newer suite?)</source>
      <translation>未知版本（由更新的软件写入？）</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>unlock an account locked by wrong passwords or by the owner</source>
      <translation>解锁因密码错误或被店主锁定的账户</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>up to date</source>
      <translation>已是最新</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>upgraded {branch} to {revision}</source>
      <translation>已将 {branch} 升级到 {revision}</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>user accounts</source>
      <translation>用户账户</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>verify the audit log's hash chain and its last verified head</source>
      <translation>校验审计日志的哈希链及上次校验的链头</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>write a new migration for a plugin's branch (plugin authors)</source>
      <translation>为插件的分支编写新的迁移（供插件开发者使用）</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>write a new plugin distribution to start from</source>
      <translation>生成一个新的插件发行包作为起点</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>{name} will be {state} the next time the suite starts.</source>
      <translation>{name} 将在下次启动时{state}。</translation>
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>{n} revision(s) pending</source>
      <translation>{n} 个版本待升级</translation>
    </message>
    <message>
      <location filename="suite/scaffold/__init__.py" />
      <source>{path} exists already; nothing was written.</source>
      <translation>{path} 已存在，未写入任何内容。</translation>
    </message>
  </context>
  <context>
    <name>config</name>
    <message>
      <location filename="suite/config.py" />
      <source>The settings file {path} is not valid TOML: {error}</source>
      <translation>设置文件 {path} 不是有效的 TOML：{error}</translation>
    </message>
    <message>
      <location filename="suite/config.py" />
      <source>“{url}” is neither a database URL nor a file path: give a SQLite file (such as suite.db) or a URL such as postgresql://user@server/suite.</source>
      <translation>“{url}”既不是数据库 URL，也不是文件路径：请给出 SQLite 文件（如 suite.db）或 postgresql://user@server/suite 这样的 URL。</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <location filename="suite/core/audit.py" />
      <source>(empty)</source>
      <translation>（空）</translation>
    </message>
    <message>
      <location filename="suite/core/audit.py" />
      <source>(hidden)</source>
      <translation>（已隐藏）</translation>
    </message>
    <message>
      <location filename="suite/core/staff.py" />
      <source>A department called “{name}” exists already.</source>
      <translation>已有名为“{name}”的部门。</translation>
    </message>
    <message>
      <location filename="suite/core/staff.py" />
      <source>A department needs a name.</source>
      <translation>部门需要名称。</translation>
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>A password cannot begin or end with a space.</source>
      <translation>密码不能以空格开头或结尾。</translation>
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>A password cannot contain control characters such as NUL.</source>
      <translation>密码不能包含 NUL 等控制字符。</translation>
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>A password has at most {n} characters.</source>
      <translation>密码最多 {n} 个字符。</translation>
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>A password needs at least {n} characters.</source>
      <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
      <location filename="suite/core/customers.py" />
      <source>A phone number may contain only digits, spaces, '-', '+' and brackets: “{raw}”.</source>
      <translation>电话号码只能包含数字、空格、“-”、“+”和括号：“{raw}”。</translation>
    </message>
    <message>
      <location filename="suite/core/customers.py" />
      <source>A phone's label has at most {n} characters.</source>
      <translation>电话备注最多 {n} 个字符。</translation>
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>A role needs a name.</source>
      <translation>角色需要名称。</translation>
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>A role with this name exists already.</source>
      <translation>已有同名角色。</translation>
    </message>
    <message>
      <location filename="suite/core/company.py" />
      <source>A setting needs a name.</source>
      <translation>设置项需要名称。</translation>
    </message>
    <message>
      <location filename="suite/core/company.py" />
      <source>A setting needs a namespace.</source>
      <translation>设置项需要命名空间。</translation>
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>A user name has 2 to 64 letters, digits, Chinese characters, '.', '-' or '_'.</source>
      <translation>用户名由 2 到 64 个字母、数字、汉字、“.”、“-”或“_”组成。</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Active</source>
      <translation>正常</translation>
    </message>
    <message>
      <location filename="suite/core/audit.py" />
      <source>Added</source>
      <translation>新增</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="suite/core/plugin.py" />
      <source>Administration</source>
      <translation>系统管理</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>All actions</source>
      <translation>全部操作</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>All areas</source>
      <translation>全部区域</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>All departments</source>
      <translation>全部部门</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>All kinds</source>
      <translation>全部类型</translation>
    </message>
    <message>
      <location filename="suite/core/plugin.py" />
      <source>An account for each person who uses the suite, linked to their staff record.</source>
      <translation>为每位使用本系统的人建立账号，并关联其员工档案。</translation>
    </message>
    <message>
      <location filename="suite/core/customers.py" />
      <source>An address has at most {n} characters.</source>
      <translation>地址最多 {n} 个字符。</translation>
    </message>
    <message>
      <location filename="suite/core/customers.py" />
      <source>An area called “{name}” exists already.</source>
      <translation>已有名为“{name}”的片区。</translation>
    </message>
    <message>
      <location filename="suite/core/customers.py" />
      <source>An area needs a name.</source>
      <translation>片区需要名称。</translation>
    </message>
    <message>
      <location filename="suite/core/customers.py" />
      <source>An inactive area called “{name}” exists already: show the inactive areas and reactivate it instead.</source>
      <translation>已存在名为“{name}”的停用片区：请显示已停用片区并重新启用它。</translation>
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>An owner account exists already; ask the owner to create your account.</source>
      <translation>店主账户已存在，请让店主为您创建账户。</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Archived</source>
      <translation>已归档</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Area</source>
      <translation>区域</translation>
    </message>
    <message>
      <location filename="suite/core/validation.py" />
      <source>At most {n} characters.</source>
      <translation>最多 {n} 个字符。</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Attachment</source>
      <translation>附件</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Audit log</source>
      <translation>审计日志</translation>
    </message>
    <message>
      <location filename="suite/core/plugin.py" />
      <source>Audit log extract</source>
      <translation>审计日志摘录</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Audit log row</source>
      <translation>审计日志行</translation>
    </message>
    <message>
      <location filename="suite/core/audit_chain.py" />
      <source>Audit row {id} does not follow row {prev}: a row between them was deleted, inserted or moved.</source>
      <translation>审计日志第 {id} 行没有接在第 {prev} 行之后：两行之间有行被删除、插入或移动。</translation>
    </message>
    <message>
      <location filename="suite/core/audit_chain.py" />
      <source>Audit row {id} was changed after it was written: its content no longer matches its hash.</source>
      <translation>审计日志第 {id} 行在写入后被修改：其内容与哈希值不再相符。</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Back up and restore</source>
      <translation>备份与恢复</translation>
    </message>
    <message>
      <location filename="suite/core/audit.py" />
      <source>Backed up</source>
      <translation>备份</translation>
    </message>
    <message>
      <location filename="suite/core/audit.py" />
      <source>Backup</source>
      <translation>备份</translation>
    </message>
    <message>
      <location filename="suite/core/area_import.py" />
      <source>Cannot read {file}: {error}</source>
      <translation>无法读取 {file}：{error}</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Change</source>
      <translation>变更</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Change office-wide settings</source>
      <translation>修改全店设置</translation>
    </message>
    <message>
      <location filename="suite/core/audit.py" />
      <source>Changed</source>
      <translation>修改</translation>
    </message>
    <message>
      <location filename="suite/db/base.py" />
      <source>Changed at</source>
      <translation>修改时间</translation>
    </message>
    <message>
      <location filename="suite/db/base.py" />
      <source>Changed by</source>
      <translation>修改人</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Changes</source>
      <translation>变更内容</translation>
    </message>
    <message>
      <location filename="suite/core/reports.py" />
      <source>Changes per day</source>
      <translation>每日变更数</translation>
    </message>
    <message>
      <location filename="suite/core/reports.py" />
      <source>Changes per table (the 15 busiest)</source>
      <translation>各数据表变更数（前 15 名）</translation>
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>Choose a language the suite speaks.</source>
      <translation>请选择本套件支持的语言。</translation>
    </message>
    <message>
      <location filename="suite/core/customers.py" />
      <source>Choose person or company.</source>
      <translation>请选择个人或单位。</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Code</source>
      <translation>代码</translation>
    </message>
    <message>
      <location filename="suite/core/plugin.py" />
      <source>Company</source>
      <translation>公司信息</translation>
    </message>
    <message>
      <location filename="suite/core/plugin.py" />
      <source>Core (customers, staff, administration)</source>
      <translation>核心（客户、员工、系统管理）</translation>
    </message>
    <message>
      <location filename="suite/ui/screenshot.py" />
      <source>Could not write {path}.</source>
      <translation>无法写入 {path}。</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Create and edit customers</source>
      <translation>新建和编辑客户</translation>
    </message>
    <message>
      <location filename="suite/db/base.py" />
      <source>Created at</source>
      <translation>创建时间</translation>
    </message>
    <message>
      <location filename="suite/db/base.py" />
      <source>Created by</source>
      <translation>创建人</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Current</source>
      <translation>在用</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Customer address</source>
      <translation>客户地址</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Customer phone</source>
      <translation>客户电话</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Customer service</source>
      <translation>客服部</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="suite/core/plugin.py" />
      <source>Customers, staff and logins</source>
      <translation>客户、员工和登录账号</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Data</source>
      <translation>数据</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Default</source>
      <translation>默认</translation>
    </message>
    <message>
      <location filename="suite/core/audit.py" />
      <source>Deleted</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Delivery</source>
      <translation>配送部</translation>
    </message>
    <message>
      <location filename="suite/core/plugin.py" />
      <source>Delivery areas</source>
      <translation>配送片区</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Department</source>
      <translation>部门</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Description</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Disabled</source>
      <translation>已停用</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Dispatcher</source>
      <translation>调度</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Display name</source>
      <translation>显示名称</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Driver</source>
      <translation>配送员</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Edit company details</source>
      <translation>编辑公司信息</translation>
    </message>
    <message>
      <location filename="suite/core/customers.py" />
      <source>Editing a customer needs the right to see phone numbers and addresses.</source>
      <translation>编辑客户需要查看电话和地址的权限。</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Enable and disable plugins</source>
      <translation>启用和停用插件</translation>
    </message>
    <message>
      <location filename="suite/core/staff.py" />
      <source>Enter a date.</source>
      <translation>请输入日期。</translation>
    </message>
    <message>
      <location filename="suite/core/customers.py" />
      <source>Enter a phone number.</source>
      <translation>请输入电话号码。</translation>
    </message>
    <message>
      <location filename="suite/core/validation.py" />
      <source>Enter text here.</source>
      <translation>此处请输入文字。</translation>
    </message>
    <message>
      <location filename="suite/core/customers.py" />
      <source>Enter the customer's name.</source>
      <translation>请输入客户姓名。</translation>
    </message>
    <message>
      <location filename="suite/core/staff.py" />
      <source>Enter the person's name.</source>
      <translation>请输入姓名。</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Export customer lists</source>
      <translation>导出客户名单</translation>
    </message>
    <message>
      <location filename="suite/core/audit.py" />
      <source>Export of the list {name}</source>
      <translation>列表导出 {name}</translation>
    </message>
    <message>
      <location filename="suite/core/audit.py" />
      <source>Exported</source>
      <translation>导出</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Failed log-ins</source>
      <translation>登录失败次数</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>File type</source>
      <translation>文件类型</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Filename</source>
      <translation>文件名</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>First seen</source>
      <translation>首次出现</translation>
    </message>
    <message>
      <location filename="suite/core/plugin.py" />
      <source>From</source>
      <translation>起始日期</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Front of house</source>
      <translation>前厅</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Full name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Hired on</source>
      <translation>入职日期</translation>
    </message>
    <message>
      <location filename="suite/db/pinyin.py" />
      <source>Initials of the name (pinyin)</source>
      <translation>名称拼音首字母</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Key</source>
      <translation>键</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Keywords</source>
      <translation>关键词</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Kitchen</source>
      <translation>厨房</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Known permission</source>
      <translation>已知权限</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Label</source>
      <translation>标签</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Last changed</source>
      <translation>最后修改</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Last log-in</source>
      <translation>最近登录</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Last login</source>
      <translation>最近登录</translation>
    </message>
    <message>
      <location filename="suite/core/plugin.py" />
      <source>Letterhead: address, phone and logo</source>
      <translation>信头：地址、电话和标志</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Line</source>
      <translation>行</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Locked</source>
      <translation>已锁定</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Locked until</source>
      <translation>锁定至</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Log-in attempt</source>
      <translation>登录尝试</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Login</source>
      <translation>登录账号</translation>
    </message>
    <message>
      <location filename="suite/core/plugin.py" />
      <source>Logins for your staff</source>
      <translation>员工登录账号</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Manage delivery areas</source>
      <translation>管理配送片区</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Manage staff and departments</source>
      <translation>管理员工和部门</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Manage users and roles</source>
      <translation>管理用户和角色</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Manager</source>
      <translation>经理</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="suite/db/pinyin.py" />
      <source>Name in pinyin</source>
      <translation>名称拼音</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Name or phone</source>
      <translation>名称或电话</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Name shown</source>
      <translation>显示名</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Name, phone or address</source>
      <translation>名称、电话或地址</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Name, position or phone</source>
      <translation>姓名、岗位或电话</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Namespace</source>
      <translation>命名空间</translation>
    </message>
    <message>
      <location filename="suite/core/audit.py" />
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>No area</source>
      <translation>未分区域</translation>
    </message>
    <message>
      <location filename="suite/core/reports.py" />
      <source>No change was recorded in this period.</source>
      <translation>此期间没有变更记录。</translation>
    </message>
    <message>
      <location filename="suite/desktop.py" />
      <source>No display to open a window on: start the suite from a desktop session (or set DISPLAY).</source>
      <translation>没有可以打开窗口的显示器：请在桌面会话中启动本套件（或设置 DISPLAY）。</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>No.</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="suite/core/reports.py" />
      <source>Number of changes</source>
      <translation>变更条数</translation>
    </message>
    <message>
      <location filename="suite/core/reports.py" />
      <source>Number of users</source>
      <translation>涉及用户数</translation>
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>Only an owner can change who is an owner.</source>
      <translation>只有店主才能更改店主身份。</translation>
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>Only an owner can make someone an owner.</source>
      <translation>只有店主才能把他人设为店主。</translation>
    </message>
    <message>
      <location filename="suite/core/reports.py" />
      <source>Only the newest {n} changes are listed: choose fewer days or a user or table.</source>
      <translation>只列出最新的 {n} 条变更：请缩短日期范围，或指定用户或数据表。</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Order clerk / customer service</source>
      <translation>接单员 / 客服</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Organisation</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Owner</source>
      <translation>店主</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Permission</source>
      <translation>权限</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Person</source>
      <translation>个人</translation>
    </message>
    <message>
      <location filename="suite/core/audit.py" />
      <source>Personal data</source>
      <translation>个人信息</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Plugin</source>
      <translation>插件</translation>
    </message>
    <message>
      <location filename="suite/core/plugin.py" />
      <source>Plugins</source>
      <translation>插件</translation>
    </message>
    <message>
      <location filename="suite/core/plugins.py" />
      <source>Plugins can only be managed in the running suite.</source>
      <translation>只能在运行中的系统里管理插件。</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Position</source>
      <translation>岗位</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Previous hash</source>
      <translation>上一行哈希</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Primary</source>
      <translation>主号码</translation>
    </message>
    <message>
      <location filename="suite/core/plugin.py" />
      <source>Printed at the top of every report, receipt and statement.</source>
      <translation>打印在每份报表、小票和对账单的顶部。</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Production / kitchen</source>
      <translation>生产部 / 厨房</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Purchaser</source>
      <translation>采购员</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Purchasing</source>
      <translation>采购部</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Quality control</source>
      <translation>质检部</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Read the audit log</source>
      <translation>查看审计日志</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Record type</source>
      <translation>记录类型</translation>
    </message>
    <message>
      <location filename="suite/core/reports.py" />
      <source>Record types</source>
      <translation>记录类型数</translation>
    </message>
    <message>
      <location filename="suite/core/audit.py" />
      <source>Repaired</source>
      <translation>修复</translation>
    </message>
    <message>
      <location filename="suite/core/audit.py" />
      <source>Restored</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Role permission</source>
      <translation>角色权限</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Roles</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Row</source>
      <translation>记录号</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Row hash</source>
      <translation>行哈希</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>See customers' phone numbers and addresses</source>
      <translation>查看客户电话和地址</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Setting</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Show</source>
      <translation>显示</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Staff</source>
      <translation>员工</translation>
    </message>
    <message>
      <location filename="suite/core/plugin.py" />
      <source>Staff and departments</source>
      <translation>员工与部门</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Staff member</source>
      <translation>对应员工</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Storekeeper</source>
      <translation>库管</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Success</source>
      <translation>成功</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Table</source>
      <translation>数据表</translation>
    </message>
    <message>
      <location filename="suite/core/customers.py" />
      <source>That area no longer exists.</source>
      <translation>该片区已不存在。</translation>
    </message>
    <message>
      <location filename="suite/core/customers.py" />
      <source>That customer no longer exists.</source>
      <translation>该客户已不存在。</translation>
    </message>
    <message>
      <location filename="suite/core/customers.py" />
      <source>That delivery area no longer exists.</source>
      <translation>该配送区域已不存在。</translation>
    </message>
    <message>
      <location filename="suite/core/staff.py" />
      <source>That department no longer exists.</source>
      <translation>该部门已不存在。</translation>
    </message>
    <message>
      <location filename="suite/core/attachments.py" />
      <source>That file does not exist.</source>
      <translation>该文件不存在。</translation>
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>That role no longer exists.</source>
      <translation>该角色已不存在。</translation>
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>That staff member already has a login.</source>
      <translation>该员工已有登录账户。</translation>
    </message>
    <message>
      <location filename="suite/core/staff.py" />
      <source>That staff member no longer exists.</source>
      <translation>该员工已不存在。</translation>
    </message>
    <message>
      <location filename="suite/core/audit_chain.py" />
      <source>The audit log does not start at its first row: the rows before row {id} were removed.</source>
      <translation>审计日志不是从第一行开始的：第 {id} 行之前的行已被删除。</translation>
    </message>
    <message>
      <location filename="suite/core/audit_chain.py" />
      <source>The audit log is intact: {n} rows, the chain ends at row {id}.</source>
      <translation>审计日志完整：共 {n} 行，哈希链止于第 {id} 行。</translation>
    </message>
    <message>
      <location filename="suite/core/audit_head.py" />
      <source>The audit log table is gone: someone dropped it.</source>
      <translation>审计日志表不见了：有人删除了它。</translation>
    </message>
    <message>
      <location filename="suite/core/audit_chain.py" />
      <source>The audit log was emptied or cut short: row {id}, verified on {when}, is no longer there (the log ends at row {last}).</source>
      <translation>审计日志被清空或截短：{when} 校验过的第 {id} 行已不存在（日志止于第 {last} 行）。</translation>
    </message>
    <message>
      <location filename="suite/core/audit_chain.py" />
      <source>The audit log was rewritten: row {id} is not the row verified on {when}.</source>
      <translation>审计日志被重写：第 {id} 行已不是 {when} 校验过的那一行。</translation>
    </message>
    <message>
      <location filename="suite/core/audit_head.py" />
      <source>The audit log's guards are missing or disabled ({names}) and could not be re-created.</source>
      <translation>审计日志的保护触发器缺失或被停用（{names}），且无法重新创建。</translation>
    </message>
    <message>
      <location filename="suite/core/company.py" />
      <source>The company needs a name: it heads every printed report.</source>
      <translation>请填写公司名称：每份打印的报表都以它为抬头。</translation>
    </message>
    <message>
      <location filename="suite/core/plugins.py" />
      <source>The core cannot be disabled.</source>
      <translation>核心模块不能停用。</translation>
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>The current password is not right.</source>
      <translation>当前密码不正确。</translation>
    </message>
    <message>
      <location filename="suite/desktop.py" />
      <source>The desktop libraries Qt needs are missing: install them with “sudo apt-get install {packages}” (or run tools/setup.sh).</source>
      <translation>缺少 Qt 需要的桌面程序库：请用“sudo apt-get install {packages}”安装（或运行 tools/setup.sh）。</translation>
    </message>
    <message>
      <location filename="suite/core/reports.py" />
      <source>The end date is before the start date.</source>
      <translation>截止日期早于起始日期。</translation>
    </message>
    <message>
      <location filename="suite/core/attachments.py" />
      <source>The file has no name.</source>
      <translation>文件没有名称。</translation>
    </message>
    <message>
      <location filename="suite/core/tabular.py" />
      <source>The file is neither UTF-8 nor GBK/GB18030 text: save it from Excel as CSV or XLSX.</source>
      <translation>该文件既不是 UTF-8 也不是 GBK/GB18030 文本：请在 Excel 中另存为 CSV 或 XLSX。</translation>
    </message>
    <message>
      <location filename="suite/core/tabular.py" />
      <source>The file {file} is empty.</source>
      <translation>文件 {file} 是空的。</translation>
    </message>
    <message>
      <location filename="suite/core/attachments.py" />
      <source>The file {name} is empty.</source>
      <translation>文件 {name} 为空。</translation>
    </message>
    <message>
      <location filename="suite/core/attachments.py" />
      <source>The file {name} is too large (at most 10 MB).</source>
      <translation>文件 {name} 过大（最大 10 MB）。</translation>
    </message>
    <message>
      <location filename="suite/core/attachments.py" />
      <source>The file {name} was changed after it was kept: it does not match its fingerprint.</source>
      <translation>文件 {name} 在保存后被修改过：与其指纹不符。</translation>
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>The last owner cannot be locked.</source>
      <translation>不能锁定最后一位店主。</translation>
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>The last owner must stay an owner.</source>
      <translation>最后一位店主必须保留店主身份。</translation>
    </message>
    <message>
      <location filename="suite/core/company.py" />
      <source>The logo is too large (at most 2 MB).</source>
      <translation>标志图片太大（最大 2 MB）。</translation>
    </message>
    <message>
      <location filename="suite/core/company.py" />
      <source>The logo must be a PNG or JPEG picture.</source>
      <translation>标志必须是 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>The owner role always holds every permission.</source>
      <translation>店主角色始终拥有全部权限。</translation>
    </message>
    <message>
      <location filename="suite/core/plugin.py" />
      <source>The parts of town you deliver to, their streets and estates, and the travel minutes.</source>
      <translation>您配送的城区、其街道和小区，以及路程分钟数。</translation>
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>The user name “{name}” is taken.</source>
      <translation>用户名“{name}”已被使用。</translation>
    </message>
    <message>
      <location filename="suite/core/staff.py" />
      <source>There is no department “{code}”.</source>
      <translation>没有部门“{code}”。</translation>
    </message>
    <message>
      <location filename="suite/ui/screenshot.py" />
      <source>There is no page “{page}”.</source>
      <translation>没有页面“{page}”。</translation>
    </message>
    <message>
      <location filename="suite/core/plugins.py" />
      <source>There is no plugin called “{name}”.</source>
      <translation>没有名为“{name}”的插件。</translation>
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>There is no role “{role}”.</source>
      <translation>没有角色“{role}”。</translation>
    </message>
    <message>
      <location filename="suite/core/setup.py" />
      <source>There is no set-up step “{step}”.</source>
      <translation>没有设置步骤“{step}”。</translation>
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>There is no user called “{name}”.</source>
      <translation>没有名为“{name}”的用户。</translation>
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>This account is disabled. Ask the owner to enable it.</source>
      <translation>该账户已停用，请联系店主启用。</translation>
    </message>
    <message>
      <location filename="suite/core/validation.py" />
      <source>This text holds a character that cannot be stored (NUL or a broken character): type it again.</source>
      <translation>这段文字含有无法保存的字符（NUL 或损坏的字符），请重新输入。</translation>
    </message>
    <message>
      <location filename="suite/ui/screenshot.py" />
      <source>This user may not open the page “{page}”.</source>
      <translation>该用户无权打开页面“{page}”。</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="suite/core/plugin.py" />
      <source>To (inclusive)</source>
      <translation>截止日期（含）</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Travel minutes</source>
      <translation>路程分钟数</translation>
    </message>
    <message>
      <location filename="suite/core/customers.py" />
      <source>Travel time cannot be negative: enter the minutes a van needs to get there (1 to 1440).</source>
      <translation>路程时间不能为负数：请输入车辆到达所需的分钟数（1 到 1440）。</translation>
    </message>
    <message>
      <location filename="suite/core/customers.py" />
      <source>Travel time is a number of minutes between 1 and 1440.</source>
      <translation>路程时间须为 1 到 1440 之间的分钟数。</translation>
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>Unknown permission: {p}</source>
      <translation>未知权限：{p}</translation>
    </message>
    <message>
      <location filename="suite/core/company.py" />
      <source>Unknown time zone “{tz}”.</source>
      <translation>未知时区“{tz}”。</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>User</source>
      <translation>用户</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>User name or display name</source>
      <translation>用户名或显示名称</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>User role</source>
      <translation>用户角色</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>User, table or row number</source>
      <translation>用户、数据表或记录号</translation>
    </message>
    <message>
      <location filename="suite/core/lists.py" />
      <source>Users</source>
      <translation>用户</translation>
    </message>
    <message>
      <location filename="suite/core/plugin.py" />
      <source>Users and roles</source>
      <translation>用户与角色</translation>
    </message>
    <message>
      <location filename="suite/core/models.py" />
      <source>Value</source>
      <translation>值</translation>
    </message>
    <message>
      <location filename="suite/db/base.py" />
      <source>Version</source>
      <translation>版本</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>View customers</source>
      <translation>查看客户</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>View staff</source>
      <translation>查看员工</translation>
    </message>
    <message>
      <location filename="suite/core/plugin.py" />
      <source>Who works here and in which department: drivers, clerks, the kitchen.</source>
      <translation>谁在这里工作、属于哪个部门：司机、接单员、厨房。</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Without it, phone numbers and addresses are masked.</source>
      <translation>没有此权限时，电话和地址会被部分隐藏。</translation>
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>Wrong user name or password. After {n} wrong passwords in a row, an account is locked for {minutes} minutes.</source>
      <translation>用户名或密码错误。连续输错 {n} 次密码后，账户将锁定 {minutes} 分钟。</translation>
    </message>
    <message>
      <location filename="suite/core/audit.py" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>You cannot lock your own account.</source>
      <translation>不能锁定自己的账户。</translation>
    </message>
    <message>
      <location filename="suite/core/area_import.py" />
      <source>{file} has no area column: its first row must name one (片区, 区域 or area). Found: {found}.</source>
      <translation>{file} 没有片区列：第一行须有一列名为片区、区域或 area。找到的列：{found}。</translation>
    </message>
    <message>
      <location filename="suite/core/tabular.py" />
      <source>{file} is an old Excel 97 workbook: save it as .xlsx or .csv first.</source>
      <translation>{file} 是旧版 Excel 97 工作簿：请先另存为 .xlsx 或 .csv。</translation>
    </message>
    <message>
      <location filename="suite/core/tabular.py" />
      <source>{file} is not a readable Excel workbook: {error}</source>
      <translation>{file} 不是可读取的 Excel 工作簿：{error}</translation>
    </message>
    <message>
      <location filename="suite/core/tabular.py" />
      <source>{file} is not a text file (CSV) nor an Excel workbook (XLSX).</source>
      <translation>{file} 既不是文本文件（CSV）也不是 Excel 工作簿（XLSX）。</translation>
    </message>
    <message>
      <location filename="suite/core/tabular.py" />
      <source>{file} is not a well-formed CSV file: {error}</source>
      <translation>{file} 不是格式正确的 CSV 文件：{error}</translation>
    </message>
    <message>
      <location filename="suite/core/customers.py" />
      <source>“{raw}” is not a phone number: it needs 5 to 20 digits.</source>
      <translation>“{raw}”不是电话号码：需要 5 到 20 位数字。</translation>
    </message>
    <message>
      <location filename="suite/core/setup.py" />
      <source>“{step}” is needed by every office: it cannot be skipped.</source>
      <translation>每个办公室都需要“{step}”：不能跳过。</translation>
    </message>
    <message>
      <location filename="suite/core/reports.py" />
      <source>… and {n} more fields</source>
      <translation>……另有 {n} 个字段</translation>
    </message>
  </context>
  <context>
    <name>db</name>
    <message>
      <location filename="suite/db/engine.py" />
      <source>An in-memory SQLite database cannot hold the suite's data; give a file path.</source>
      <translation>内存中的 SQLite 数据库无法保存数据，请指定文件路径。</translation>
    </message>
    <message>
      <location filename="suite/db/engine.py" />
      <source>Not a database URL: {url}</source>
      <translation>不是数据库 URL：{url}</translation>
    </message>
    <message>
      <location filename="suite/db/engine.py" />
      <source>PostgreSQL support is not installed: pip install "backoffice-suite[postgres]"</source>
      <translation>未安装 PostgreSQL 支持：pip install "backoffice-suite[postgres]"</translation>
    </message>
    <message>
      <location filename="suite/db/engine.py" />
      <source>The PostgreSQL server at {where} does not answer: check that it is running and that the host and port in the database URL are right.</source>
      <translation>{where} 的 PostgreSQL 服务器没有响应：请检查服务器是否在运行，以及数据库 URL 中的主机和端口是否正确。</translation>
    </message>
    <message>
      <location filename="suite/db/engine.py" />
      <source>The PostgreSQL server at {where} has no database “{name}”: create it (createdb -O {user} {name}) or correct the name in the database URL.</source>
      <translation>{where} 的 PostgreSQL 服务器上没有数据库“{name}”：请先创建（createdb -O {user} {name}），或改正数据库 URL 中的名称。</translation>
    </message>
    <message>
      <location filename="suite/db/engine.py" />
      <source>The PostgreSQL server at {where} refused the log-in as “{user}”: check the user name and password in the database URL (and that the server lets this PC in).</source>
      <translation>{where} 的 PostgreSQL 服务器拒绝以“{user}”登录：请检查数据库 URL 中的用户名和密码（以及服务器是否允许本机连接）。</translation>
    </message>
    <message>
      <location filename="suite/db/engine.py" />
      <source>The database file {path} cannot be created: you may not write to the folder {folder}. Choose a file in a folder you may write to.</source>
      <translation>无法创建数据库文件 {path}：您无权写入文件夹 {folder}。请选择一个可写文件夹中的文件。</translation>
    </message>
    <message>
      <location filename="suite/db/engine.py" />
      <source>The database file {path} cannot be opened or created: check that its folder exists and that you may write there, or choose another file.</source>
      <translation>无法打开或创建数据库文件 {path}：请检查其所在文件夹是否存在、您是否有写入权限，或选择其他文件。</translation>
    </message>
    <message>
      <location filename="suite/db/engine.py" />
      <source>The database file {path} is on a network share ({reason}). SQLite cannot be shared safely between PCs: when several PCs share the data, set up a PostgreSQL server and point every PC at it (see README).</source>
      <translation>数据库文件 {path} 位于网络共享上（{reason}）。SQLite 无法在多台电脑之间安全共享：多台电脑共用数据时，请架设一台 PostgreSQL 服务器，并让每台电脑都连接它（见 README）。</translation>
    </message>
    <message>
      <location filename="suite/migrate.py" />
      <source>The database has revision {revision} of “{branch}”, which this version of the suite does not know. It was probably upgraded by a newer version: update the suite.</source>
      <translation>数据库中“{branch}”的版本为 {revision}，当前版本的软件无法识别，可能已被更新版本升级过：请更新本软件。</translation>
    </message>
    <message>
      <location filename="suite/migrate.py" />
      <source>The database upgrade failed in plugin “{plugin}” at revision {revision}: {error}. The database was left as it was.</source>
      <translation>数据库升级在插件“{plugin}”的版本 {revision} 处失败：{error}。数据库保持原样，未做改动。</translation>
    </message>
    <message>
      <location filename="suite/db/engine.py" />
      <source>The folder {folder} for the database file cannot be created: choose a file in a folder you may write to.</source>
      <translation>无法创建数据库文件所在的文件夹 {folder}：请选择一个可写文件夹中的文件。</translation>
    </message>
    <message>
      <location filename="suite/db/engine.py" />
      <source>The folder {folder} for the database file does not exist: create it or choose another file.</source>
      <translation>数据库文件所在的文件夹 {folder} 不存在：请先创建它，或选择其他文件。</translation>
    </message>
    <message>
      <location filename="suite/db/engine.py" />
      <source>Unsupported database “{backend}”: use a SQLite file or PostgreSQL.</source>
      <translation>不支持的数据库“{backend}”：请使用 SQLite 文件或 PostgreSQL。</translation>
    </message>
    <message>
      <location filename="suite/db/engine.py" />
      <source>{path} is a folder, not a database file: give the path of a file, for example {example}.</source>
      <translation>{path} 是文件夹，不是数据库文件：请给出文件路径，例如 {example}。</translation>
    </message>
    <message>
      <location filename="suite/db/engine.py" />
      <source>{path} is not a SQLite database (it is some other kind of file): give the path of the suite's database file, or a new file name.</source>
      <translation>{path} 不是 SQLite 数据库（而是其他类型的文件）：请给出本套件的数据库文件路径，或一个新文件名。</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="suite/plugin_api/errors.py" />
      <source>Please correct the highlighted fields.</source>
      <translation>请更正标出的字段。</translation>
    </message>
    <message>
      <location filename="suite/plugin_api/errors.py" />
      <source>Someone else changed this record while you were editing it. Nothing of yours was saved.</source>
      <translation>您编辑期间，其他人已修改了这条记录。您的修改尚未保存。</translation>
    </message>
    <message>
      <location filename="suite/plugin_api/errors.py" />
      <source>You do not have the permission “{permission}”.</source>
      <translation>您没有“{permission}”权限。</translation>
    </message>
  </context>
  <context>
    <name>lists</name>
    <message>
      <location filename="suite/plugin_api/lists.py" />
      <source>Export to .xlsx or .csv, not “{fmt}”.</source>
      <translation>只能导出为 .xlsx 或 .csv 文件，不支持“{fmt}”。</translation>
    </message>
    <message>
      <location filename="suite/plugin_api/lists.py" />
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="suite/plugin_api/lists.py" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="suite/plugin_api/lists.py" />
      <source>{n} h</source>
      <translation>{n} 小时</translation>
    </message>
  </context>
  <context>
    <name>reports</name>
    <message>
      <location filename="suite/reports/params.py" />
      <source>(all)</source>
      <translation>（全部）</translation>
    </message>
    <message>
      <location filename="suite/reports/render.py" />
      <source>Address: {address}</source>
      <translation>地址：{address}</translation>
    </message>
    <message>
      <location filename="suite/reports/render.py" />
      <source>Cannot write {path}: it is probably open in another program. Close it and try again.</source>
      <translation>无法写入 {path}：该文件可能正被其他程序打开。请关闭后重试。</translation>
    </message>
    <message>
      <location filename="suite/reports/render.py" />
      <source>Generated {time} by {user}</source>
      <translation>生成时间：{time}　制表人：{user}</translation>
    </message>
    <message>
      <location filename="suite/reports/document.py" />
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="suite/reports/fonts.py" />
      <source>No Chinese TrueType font for reports was found. Install one (for example Arial Unicode or Hiragino Sans GB), or set [reports] font = "path of a .ttf or .ttc font" in {settings}.</source>
      <translation>找不到可用于报表的中文 TrueType 字体。请安装一种（例如 Arial Unicode 或冬青黑体 Hiragino Sans GB），或在 {settings} 中设置 [reports] font = ".ttf 或 .ttc 字体文件的路径"。</translation>
    </message>
    <message>
      <location filename="suite/reports/fonts.py" />
      <source>No Chinese TrueType font for reports was found. On Debian or Ubuntu install one with “sudo apt install fonts-wqy-microhei” (fonts-noto-cjk will not do: its fonts are OpenType/CFF, which cannot be embedded in a PDF), or set [reports] font = "path of a .ttf or .ttc font" in {settings}.</source>
      <translation>找不到可用于报表的中文 TrueType 字体。在 Debian 或 Ubuntu 上请用“sudo apt install fonts-wqy-microhei”安装（fonts-noto-cjk 不行：它的字体是 OpenType/CFF 格式，无法嵌入 PDF），或在 {settings} 中设置 [reports] font = ".ttf 或 .ttc 字体文件的路径"。</translation>
    </message>
    <message>
      <location filename="suite/reports/fonts.py" />
      <source>No Chinese font for reports was found. Windows normally has Microsoft YaHei (msyh.ttc) or SimSun (simsun.ttc) in C:\Windows\Fonts: reinstall one of them, or set [reports] font = "path of a .ttf or .ttc font" in {settings}.</source>
      <translation>找不到可用于报表的中文字体。Windows 的 C:\Windows\Fonts 中通常有微软雅黑（msyh.ttc）或宋体（simsun.ttc）：请重新安装其中一种，或在 {settings} 中设置 [reports] font = ".ttf 或 .ttc 字体文件的路径"。</translation>
    </message>
    <message>
      <location filename="suite/reports/document.py" />
      <source>Nothing to show for these parameters.</source>
      <translation>按这些条件没有可显示的数据。</translation>
    </message>
    <message>
      <location filename="suite/reports/fonts.py" />
      <source>OpenType/CFF fonts (.otf) cannot be embedded in a PDF; choose a TrueType font (.ttf or .ttc).</source>
      <translation>OpenType/CFF 字体（.otf）无法嵌入 PDF，请选择 TrueType 字体（.ttf 或 .ttc）。</translation>
    </message>
    <message>
      <location filename="suite/reports/render.py" />
      <source>Page {page} of {total}</source>
      <translation>第 {page} 页 / 共 {total} 页</translation>
    </message>
    <message>
      <location filename="suite/reports/render.py" />
      <source>Phone: {phone}</source>
      <translation>电话：{phone}</translation>
    </message>
    <message>
      <location filename="suite/ui/report_dialog.py" />
      <source>Printing needs the pypdfium2 package: pip install pypdfium2</source>
      <translation>打印需要 pypdfium2 软件包：pip install pypdfium2</translation>
    </message>
    <message>
      <location filename="suite/ui/report_dialog.py" />
      <source>Reports</source>
      <translation>报表</translation>
    </message>
    <message>
      <location filename="suite/reports/render.py" />
      <source>System</source>
      <translation>系统</translation>
    </message>
    <message>
      <location filename="suite/reports/render.py" />
      <source>The folder {folder} does not exist.</source>
      <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
      <location filename="suite/ui/report_dialog.py" />
      <source>The printer “{name}” could not be opened.</source>
      <translation>无法打开打印机“{name}”。</translation>
    </message>
    <message>
      <location filename="suite/ui/report_dialog.py" />
      <source>The report could not be made: {error}</source>
      <translation>报表生成失败：{error}</translation>
    </message>
    <message>
      <location filename="suite/reports/fonts.py" />
      <source>The report font “{font}” set in {settings} cannot be used: {reason}</source>
      <translation>{settings} 中设置的报表字体“{font}”无法使用：{reason}</translation>
    </message>
    <message>
      <location filename="suite/reports/params.py" />
      <source>The report's parameters are not right:</source>
      <translation>报表参数有误：</translation>
    </message>
    <message>
      <location filename="suite/reports/render.py" />
      <source>There is no report “{id}”.</source>
      <translation>没有报表“{id}”。</translation>
    </message>
    <message>
      <location filename="suite/reports/render.py" />
      <source>Unknown page size “{size}”; use one of {sizes}.</source>
      <translation>未知的纸张规格“{size}”，请使用以下之一：{sizes}。</translation>
    </message>
    <message>
      <location filename="suite/reports/document.py" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="suite/reports/params.py" />
      <source>given twice.</source>
      <translation>重复给出。</translation>
    </message>
    <message>
      <location filename="suite/reports/fonts.py" />
      <source>it has no Chinese characters.</source>
      <translation>该字体不含中文字符。</translation>
    </message>
    <message>
      <location filename="suite/reports/fonts.py" />
      <source>it is damaged ({error}).</source>
      <translation>字体文件已损坏（{error}）。</translation>
    </message>
    <message>
      <location filename="suite/reports/fonts.py" />
      <source>it is not a TrueType font file.</source>
      <translation>它不是 TrueType 字体文件。</translation>
    </message>
    <message>
      <location filename="suite/reports/fonts.py" />
      <source>its outlines are OpenType/CFF, which cannot be embedded in a PDF; choose a TrueType font (.ttf or .ttc).</source>
      <translation>它的字形是 OpenType/CFF 格式，无法嵌入 PDF，请选择 TrueType 字体（.ttf 或 .ttc）。</translation>
    </message>
    <message>
      <location filename="suite/reports/fonts.py" />
      <source>reportlab cannot embed it ({error}).</source>
      <translation>reportlab 无法嵌入该字体（{error}）。</translation>
    </message>
    <message>
      <location filename="suite/reports/params.py" />
      <source>required (for example {name}={example}).</source>
      <translation>必须填写（例如 {name}={example}）。</translation>
    </message>
    <message>
      <location filename="suite/reports/params.py" />
      <source>required.</source>
      <translation>必须填写。</translation>
    </message>
    <message>
      <location filename="suite/reports/params.py" />
      <source>several staff members are called “{value}”; give the number instead ({ids}).</source>
      <translation>有多名员工叫“{value}”，请改填员工编号（{ids}）。</translation>
    </message>
    <message>
      <location filename="suite/reports/fonts.py" />
      <source>the file has no face called “{name}”; it has: {names}.</source>
      <translation>该文件中没有名为“{name}”的字体，其中有：{names}。</translation>
    </message>
    <message>
      <location filename="suite/reports/params.py" />
      <source>the range {value} ends before it starts.</source>
      <translation>日期范围 {value} 的结束日期早于开始日期。</translation>
    </message>
    <message>
      <location filename="suite/reports/params.py" />
      <source>there is no customer number {value}.</source>
      <translation>没有编号为 {value} 的客户。</translation>
    </message>
    <message>
      <location filename="suite/reports/params.py" />
      <source>there is no staff member called “{value}”.</source>
      <translation>没有名为“{value}”的员工。</translation>
    </message>
    <message>
      <location filename="suite/reports/params.py" />
      <source>there is no staff member number {value}.</source>
      <translation>没有编号为 {value} 的员工。</translation>
    </message>
    <message>
      <location filename="suite/reports/fonts.py" />
      <source>there is no such file.</source>
      <translation>文件不存在。</translation>
    </message>
    <message>
      <location filename="suite/reports/params.py" />
      <source>this report declares an unknown kind of parameter “{kind}”.</source>
      <translation>该报表声明了未知的参数类型“{kind}”。</translation>
    </message>
    <message>
      <location filename="suite/reports/params.py" />
      <source>unknown parameter: this report takes none.</source>
      <translation>未知参数：该报表不需要参数。</translation>
    </message>
    <message>
      <location filename="suite/reports/params.py" />
      <source>unknown parameter; this report takes: {names}.</source>
      <translation>未知参数；该报表的参数为：{names}。</translation>
    </message>
    <message>
      <location filename="suite/reports/params.py" />
      <source>write each parameter as --param name=value.</source>
      <translation>每个参数请写成 --param 名称=值。</translation>
    </message>
    <message>
      <location filename="suite/reports/params.py" />
      <source>{name}: {problem}</source>
      <translation>{name}：{problem}</translation>
    </message>
    <message>
      <location filename="suite/reports/fonts.py" />
      <source>{problem} {advice}</source>
      <translation>{problem}{advice}</translation>
    </message>
    <message>
      <location filename="suite/reports/params.py" />
      <source>“{value}” is neither yes nor no; write yes or no.</source>
      <translation>“{value}”既不是“是”也不是“否”，请填写 yes 或 no。</translation>
    </message>
    <message>
      <location filename="suite/reports/params.py" />
      <source>“{value}” is not a customer number; write the customer's number, like {example}.</source>
      <translation>“{value}”不是客户编号，请填写客户编号，例如 {example}。</translation>
    </message>
    <message>
      <location filename="suite/reports/params.py" />
      <source>“{value}” is not a date range; write it like {example}.</source>
      <translation>“{value}”不是有效的日期范围，请按 {example} 的格式填写。</translation>
    </message>
    <message>
      <location filename="suite/reports/params.py" />
      <source>“{value}” is not a date; write it like {example}.</source>
      <translation>“{value}”不是有效日期，请按 {example} 的格式填写。</translation>
    </message>
    <message>
      <location filename="suite/reports/params.py" />
      <source>“{value}” is not a month; write it like {example}.</source>
      <translation>“{value}”不是有效月份，请按 {example} 的格式填写。</translation>
    </message>
    <message>
      <location filename="suite/reports/params.py" />
      <source>“{value}” is not a number; write it like {example}.</source>
      <translation>“{value}”不是数字，请按 {example} 的格式填写。</translation>
    </message>
    <message>
      <location filename="suite/reports/params.py" />
      <source>“{value}” is not a valid value here.</source>
      <translation>“{value}”在此处不是有效的值。</translation>
    </message>
    <message>
      <location filename="suite/reports/params.py" />
      <source>“{value}” is not a whole number; write it like {example}.</source>
      <translation>“{value}”不是整数，请按 {example} 的格式填写。</translation>
    </message>
    <message>
      <location filename="suite/reports/params.py" />
      <source>“{value}” is not one of: {choices}.</source>
      <translation>“{value}”不在可选值之内：{choices}。</translation>
    </message>
  </context>
</TS>

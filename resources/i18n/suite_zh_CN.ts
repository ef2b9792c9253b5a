<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
  </context>
  <context>
    <name>cli</name>
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
      <source>Restoring replaces the whole database: add --yes to confirm.</source>
      <translation>恢复会替换整个数据库：请加上 --yes 确认。</translation>
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
      <source>The first user must be the owner: suite user add NAME --role owner</source>
      <translation>第一个用户必须是店主：suite user add 用户名 --role owner</translation>
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
      <source>create a user (the first one must be the owner)</source>
      <translation>创建用户（第一个必须是店主）</translation>
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
      <source>log to the console too</source>
      <translation>同时在控制台输出日志</translation>
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
  </context>
  <context>
    <name>config</name>
    <message>
      <location filename="suite/config.py" />
      <source>The settings file {path} is not valid TOML: {error}</source>
      <translation>设置文件 {path} 不是有效的 TOML：{error}</translation>
    </message>
  </context>
  <context>
    <name>core</name>
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
      <source>A password needs at least {n} characters.</source>
      <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
      <location filename="suite/core/customers.py" />
      <source>A phone number may contain only digits, spaces, '-', '+' and brackets: “{raw}”.</source>
      <translation>电话号码只能包含数字、空格、“-”、“+”和括号：“{raw}”。</translation>
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
      <location filename="suite/core/users.py" />
      <source>A user name has 2 to 64 letters, digits, Chinese characters, '.', '-' or '_'.</source>
      <translation>用户名由 2 到 64 个字母、数字、汉字、“.”、“-”或“_”组成。</translation>
    </message>
    <message>
      <location filename="suite/core/plugin.py" />
      <source>Administration</source>
      <translation>系统管理</translation>
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
      <location filename="suite/core/users.py" />
      <source>An owner account exists already; ask the owner to create your account.</source>
      <translation>店主账户已存在，请让店主为您创建账户。</translation>
    </message>
    <message>
      <location filename="suite/core/company.py" />
      <source>At most {n} characters.</source>
      <translation>最多 {n} 个字符。</translation>
    </message>
    <message>
      <location filename="suite/core/plugin.py" />
      <source>Audit log</source>
      <translation>审计日志</translation>
    </message>
    <message>
      <location filename="suite/core/plugin.py" />
      <source>Audit log extract</source>
      <translation>审计日志摘录</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Back up and restore</source>
      <translation>备份与恢复</translation>
    </message>
    <message>
      <location filename="suite/core/plugin.py" />
      <source>Backup</source>
      <translation>备份</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Change office-wide settings</source>
      <translation>修改全店设置</translation>
    </message>
    <message>
      <location filename="suite/core/customers.py" />
      <source>Choose person or company.</source>
      <translation>请选择个人或单位。</translation>
    </message>
    <message>
      <location filename="suite/core/plugin.py" />
      <source>Company</source>
      <translation>公司信息</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Create and edit customers</source>
      <translation>新建和编辑客户</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Customer service</source>
      <translation>客服部</translation>
    </message>
    <message>
      <location filename="suite/core/plugin.py" />
      <source>Customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Delivery</source>
      <translation>配送部</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Dispatcher</source>
      <translation>调度</translation>
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
      <location filename="suite/core/customers.py" />
      <source>Enter a phone number.</source>
      <translation>请输入电话号码。</translation>
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
      <location filename="suite/core/permissions.py" />
      <source>Kitchen</source>
      <translation>厨房</translation>
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
      <location filename="suite/core/permissions.py" />
      <source>Order clerk / customer service</source>
      <translation>接单员 / 客服</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Owner</source>
      <translation>店主</translation>
    </message>
    <message>
      <location filename="suite/core/plugin.py" />
      <source>Plugins</source>
      <translation>插件</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Production / kitchen</source>
      <translation>生产部 / 厨房</translation>
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
      <location filename="suite/core/permissions.py" />
      <source>See customers' phone numbers and addresses</source>
      <translation>查看客户电话和地址</translation>
    </message>
    <message>
      <location filename="suite/core/plugin.py" />
      <source>Staff and departments</source>
      <translation>员工与部门</translation>
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Storekeeper</source>
      <translation>库管</translation>
    </message>
    <message>
      <location filename="suite/core/plugin.py" />
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
      <location filename="suite/core/staff.py" />
      <source>That department no longer exists.</source>
      <translation>该部门已不存在。</translation>
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
      <location filename="suite/core/company.py" />
      <source>The company needs a name: it heads every printed report.</source>
      <translation>请填写公司名称：每份打印的报表都以它为抬头。</translation>
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>The current password is not right.</source>
      <translation>当前密码不正确。</translation>
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
      <location filename="suite/core/users.py" />
      <source>There is no role “{role}”.</source>
      <translation>没有角色“{role}”。</translation>
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
      <location filename="suite/core/plugin.py" />
      <source>To (inclusive)</source>
      <translation>截止日期（含）</translation>
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>Too many wrong passwords: the account is locked until {time}.</source>
      <translation>密码错误次数过多：账户已锁定至 {time}。</translation>
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
      <location filename="suite/core/plugin.py" />
      <source>User</source>
      <translation>用户</translation>
    </message>
    <message>
      <location filename="suite/core/plugin.py" />
      <source>Users and roles</source>
      <translation>用户与角色</translation>
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
      <location filename="suite/core/permissions.py" />
      <source>Without it, phone numbers and addresses are masked.</source>
      <translation>没有此权限时，电话和地址会被部分隐藏。</translation>
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>Wrong user name or password.</source>
      <translation>用户名或密码错误。</translation>
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>You cannot lock your own account.</source>
      <translation>不能锁定自己的账户。</translation>
    </message>
    <message>
      <location filename="suite/core/customers.py" />
      <source>“{raw}” is not a phone number: it needs 5 to 20 digits.</source>
      <translation>“{raw}”不是电话号码：需要 5 到 20 位数字。</translation>
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
      <source>Unsupported database “{backend}”: use a SQLite file or PostgreSQL.</source>
      <translation>不支持的数据库“{backend}”：请使用 SQLite 文件或 PostgreSQL。</translation>
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
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>backup</name>
    <message>
      <location filename="suite/backup.py" />
      <source>No such file: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/backup.py" />
      <source>That file is the database itself; nothing was replaced.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/backup.py" />
      <source>There is no database file at {path} to back up.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/backup.py" />
      <source>This office keeps its data on a PostgreSQL server ({host}:{port}/{name}); back it up and restore it with PostgreSQL's own tools, on the server or any PC that has them:
  back up:  pg_dump -h {host} -p {port} -U {user} -Fc -f suite-YYYY-MM-DD.dump {name}
  restore:  close the suite on every PC, then
            pg_restore -h {host} -p {port} -U {user} --clean --if-exists -d {name} suite-YYYY-MM-DD.dump
Schedule the pg_dump line daily (Windows Task Scheduler or cron) and keep copies off the server.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/backup.py" />
      <source>{path} cannot be read as a database ({error}); nothing was replaced.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/backup.py" />
      <source>{path} is damaged (integrity check: {result}); nothing was replaced.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/backup.py" />
      <source>{path} is not a SQLite database; nothing was replaced.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/backup.py" />
      <source>{path} is not a database of this suite; nothing was replaced.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/backup.py" />
      <source>{path} was written by a newer version of the suite (revision {revision} of “{branch}”); nothing was replaced.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="suite/cli.py" />
      <source>Back-office suite for restaurants and water-delivery offices.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>Backup written to {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>Database restored from {file}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>New password for {user}: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>No active plugin has the migration branch “{branch}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>No password on standard input.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>No terminal to ask for the password: use --password-stdin.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>Nothing was replaced.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>Password for {user}: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>Password of {user} changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>Plugin scaffold written to {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>Repeat the password: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>Replace {db} with {file}? Type yes to continue: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>Report written to {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>Restoring replaces the whole database: add --yes to confirm.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>The core cannot be disabled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>The database is up to date ({where}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>The database it replaced was kept as {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>The first user must be the owner: suite user add NAME --role owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>The two passwords differ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>There is no plugin called “{name}”. Installed: {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>There is no report “{id}”; see suite report list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>There is no user called “{name}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>User {user} created ({roles}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>User {user} unlocked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>apply every pending migration (after a backup)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>back up the SQLite database now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>create a user (the first one must be the owner)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>current vs head revision of every branch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>database URL or SQLite file (overrides SUITE_DATABASE_URL and the settings file)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>database upgrade and status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>details in {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>disable a plugin (takes effect at the next start)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>disabled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>display name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>do not ask for confirmation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>do not compare the models with the database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>enable a plugin (takes effect at the next start)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>enabled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>error</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>every report and its parameters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>language of messages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>list and render reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>list users</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>list, enable or disable plugins</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>log to the console too</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>name, version, distribution and status of every plugin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>not allowed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>only create the demo database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>open the suite on a demo database with realistic data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>owner, manager, clerk, dispatcher, kitchen, quality, storekeeper, driver (repeatable)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>plugin not active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>read the password from standard input</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>recreate the demo database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>render a report to PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>render as this user (asks the password); default: the system account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>replace the database with a backup (after checking it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>set a user's password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>unexpected error</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>unknown revision (newer suite?)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>unlock an account locked by wrong passwords or by the owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>up to date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>upgraded {branch} to {revision}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>user accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>write a new migration for a plugin's branch (plugin authors)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>write a new plugin distribution to start from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>{name} will be {state} the next time the suite starts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/cli.py" />
      <source>{n} revision(s) pending</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>config</name>
    <message>
      <location filename="suite/config.py" />
      <source>The settings file {path} is not valid TOML: {error}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <location filename="suite/core/staff.py" />
      <source>A department needs a name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>A password cannot begin or end with a space.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>A password needs at least {n} characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/customers.py" />
      <source>A phone number may contain only digits, spaces, '-', '+' and brackets: “{raw}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>A role needs a name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>A role with this name exists already.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>A user name has 2 to 64 letters, digits, Chinese characters, '.', '-' or '_'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/customers.py" />
      <source>An address has at most {n} characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/customers.py" />
      <source>An area called “{name}” exists already.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/customers.py" />
      <source>An area needs a name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>An owner account exists already; ask the owner to create your account.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/company.py" />
      <source>At most {n} characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Back up and restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Change office-wide settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/customers.py" />
      <source>Choose person or company.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Create and edit customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Customer service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Delivery</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Dispatcher</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Driver</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Edit company details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/customers.py" />
      <source>Editing a customer needs the right to see phone numbers and addresses.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Enable and disable plugins</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/customers.py" />
      <source>Enter a phone number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/customers.py" />
      <source>Enter the customer's name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/staff.py" />
      <source>Enter the person's name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Export customer lists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Front of house</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Kitchen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Manage delivery areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Manage staff and departments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Manage users and roles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Manager</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>Only an owner can change who is an owner.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>Only an owner can make someone an owner.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Order clerk / customer service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Production / kitchen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Purchasing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Quality control</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Read the audit log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>See customers' phone numbers and addresses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Storekeeper</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/customers.py" />
      <source>That area no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/customers.py" />
      <source>That customer no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/staff.py" />
      <source>That department no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>That role no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>That staff member already has a login.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/staff.py" />
      <source>That staff member no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/company.py" />
      <source>The company needs a name: it heads every printed report.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>The current password is not right.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>The last owner cannot be locked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>The last owner must stay an owner.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/company.py" />
      <source>The logo is too large (at most 2 MB).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/company.py" />
      <source>The logo must be a PNG or JPEG picture.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>The owner role always holds every permission.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>The user name “{name}” is taken.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/staff.py" />
      <source>There is no department “{code}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>There is no role “{role}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>There is no user called “{name}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>This account is disabled. Ask the owner to enable it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>Too many wrong passwords: the account is locked until {time}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/customers.py" />
      <source>Travel time is a number of minutes between 1 and 1440.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>Unknown permission: {p}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/company.py" />
      <source>Unknown time zone “{tz}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>View customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>View staff</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/permissions.py" />
      <source>Without it, phone numbers and addresses are masked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>Wrong user name or password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/users.py" />
      <source>You cannot lock your own account.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/core/customers.py" />
      <source>“{raw}” is not a phone number: it needs 5 to 20 digits.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>db</name>
    <message>
      <location filename="suite/db/engine.py" />
      <source>An in-memory SQLite database cannot hold the suite's data; give a file path.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/db/engine.py" />
      <source>Not a database URL: {url}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/db/engine.py" />
      <source>PostgreSQL support is not installed: pip install "backoffice-suite[postgres]"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/db/engine.py" />
      <source>The database file {path} is on a network share ({reason}). SQLite cannot be shared safely between PCs: when several PCs share the data, set up a PostgreSQL server and point every PC at it (see README).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/migrate.py" />
      <source>The database has revision {revision} of “{branch}”, which this version of the suite does not know. It was probably upgraded by a newer version: update the suite.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/migrate.py" />
      <source>The database upgrade failed in plugin “{plugin}” at revision {revision}: {error}. The database was left as it was.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/db/engine.py" />
      <source>Unsupported database “{backend}”: use a SQLite file or PostgreSQL.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="suite/plugin_api/errors.py" />
      <source>Please correct the highlighted fields.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/plugin_api/errors.py" />
      <source>Someone else changed this record while you were editing it. Nothing of yours was saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="suite/plugin_api/errors.py" />
      <source>You do not have the permission “{permission}”.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>

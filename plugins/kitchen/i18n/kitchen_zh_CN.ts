<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>AnomaliesPage</name>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>Kitchen anomalies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>New anomaly</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AnomalyPanel</name>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>Anomaly {id} · {status}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>Batch {code}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>Close the anomaly</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>Corrective action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>Details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>Dish</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>From complaint {id}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>New anomaly</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>Order id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>Reopen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>Responsible department</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>Responsible person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>Stock batch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>Supplier {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>What was found</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>Why is the anomaly reopened?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>batch id (inventory)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/anomalies.py" />
      <source>needs the inventory plugin</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EquipmentTab</name>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Archive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Limits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Maintenance due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Maintenance every (days)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Maximum °C</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Minimum °C</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>New equipment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>none</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HealthPage</name>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Add certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Certificate no.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Checked by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Checked today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Every food handler has been checked today.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Expired</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Expires on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Expires within 30 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Fit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Fit for food-handling work</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Health certificates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Morning health check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Record health check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Staff member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>State</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Still to check today: {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Symptoms</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Temperature</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Temperature °C</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Valid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/health.py" />
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>KitchenDayPage</name>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>All items passed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>By</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Checklist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Done at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Done: {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Due now: {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Explain missed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Food samples to dispose of: {n} ({overdue} overdue)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Kitchen day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Kitchen day · {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Later today: {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Missed: {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Morning health check still to do: {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Nothing else waits today.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Overdue: {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Readings waiting for a re-check: {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Result / note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Run checklist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Some items failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Why was “{name}” not done?</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OverdueWatcher</name>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Kitchen checklist overdue: {name} (due by {time})</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RunDialog</name>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source> (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/day.py" />
      <source>{label} due {start}-{end}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SamplesPage</name>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>Batch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>By</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>Dish</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>Dishes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>Dispose of the selected sample</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>Disposed of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>Due for disposal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>Each sample: at least {min} g, in a clean closed container, refrigerated (0-8 °C) for at least {hours} hours.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>Food samples</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>Keep until</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>Kept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>Kept in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>Meal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>One dish a line, with its weight in grams (at least {min} g):
宫保鸡丁 150
米饭 150</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>Overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>Record samples</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>Sampled at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>Samples kept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>State</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/samples.py" />
      <source>Weight</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SetupPage</name>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Checklists and schedules</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Equipment and checklists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Equipment and limits</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SignOffPage</name>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>Amendments after signing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>By</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>Checklist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>Corrective action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>Day sign-off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>Out-of-range reading</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>Re-checked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>Ready to sign</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>Remarks of the reviewer (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>Sign the day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>Signed by {who} at {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>What changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>Who</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>{n} open item(s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/signoff.py" />
      <source>{runs} checklists · {readings} readings ({outside} outside the limits) · {samples} samples · {checks} health checks · {anomalies} anomalies</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TemperaturesPage</name>
    <message>
      <location filename="kitchen/ui/temperatures.py" />
      <source>By</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/temperatures.py" />
      <source>Corrective action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/temperatures.py" />
      <source>Equipment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/temperatures.py" />
      <source>Limits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/temperatures.py" />
      <source>Maximum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/temperatures.py" />
      <source>Minimum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/temperatures.py" />
      <source>Re-check at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/temperatures.py" />
      <source>Re-check °C</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/temperatures.py" />
      <source>Reading</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/temperatures.py" />
      <source>Reading °C</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/temperatures.py" />
      <source>Save readings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/temperatures.py" />
      <source>Temperatures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/temperatures.py" />
      <source>Time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/temperatures.py" />
      <source>Type each reading and press Enter. A reading outside the limits needs what was done and the re-check (value and time, e.g. 10:30).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/temperatures.py" />
      <source>{name}: the last two weeks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/temperatures.py" />
      <source>{n} outside the limits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/temperatures.py" />
      <source>{n} readings saved</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TemplatesTab</name>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Add item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Add schedule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Checklist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Day of month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Equipment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>How often</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Kinds: yes_no, number, temperature, text, photo. How often: shift, daily, weekday, monthday. Times as 09:45. Add a row with the buttons; leave a row's text empty to remove it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Label</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Max</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>New checklist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Save checklist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Schedule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>To</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/ui/setup.py" />
      <source>Weekday (1-7)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>kitchen</name>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>A checklist needs a schedule: when is it due?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>A checklist needs at least one item.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/signoff.py" />
      <source>A day is signed once it has begun.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/equipment.py" />
      <source>A limit must lie between -60 and 300 °C.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/samples.py" />
      <source>A sample weighs at least {min} g: {weight} g is too little.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>All</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/cards.py" />
      <source>All readings within the limits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/runs.py" />
      <source>An answer was given for an item that is not on this checklist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>Anomalies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>Anomaly changed: {title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>Anomaly closed: {title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>Anomaly moved: {title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>Anomaly recorded: {title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/signoff.py" />
      <source>Anomaly “{title}” is open without a responsible department or person.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/runs.py" />
      <source>Answer “{item}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/common.py" />
      <source>At most {n} characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Banquet / large order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Batch meal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Blank daily kitchen sheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Breakfast</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Checklist runs the person recorded within their time window.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/runs.py" />
      <source>Checklist {name} recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/signoff.py" />
      <source>Checklist {what} is not done and has no note.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Checklists done on time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/permissions.py" />
      <source>Checklists, temperatures, food samples, health checks, anomalies, cleaning and maintenance.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>Choose the kind of anomaly.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/equipment.py" />
      <source>Choose the kind of equipment.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/samples.py" />
      <source>Choose the meal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/health.py" />
      <source>Choose the staff member.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/health.py" />
      <source>Choose what was done.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Cleaning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/logbook.py" />
      <source>Cleaning of {area}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Closing checks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Cold room</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/api.py" />
      <source>Complaint {id}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Daily</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Day sign-off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Day {n} of the month {times}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/logbook.py" />
      <source>Describe the fault.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Diarrhoea</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Dinner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Dinner shift</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>Dish</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Dishwasher</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Done late</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Doors and windows clean and bright</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Due now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/common.py" />
      <source>Enter a number greater than zero.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/equipment.py" />
      <source>Enter a number of days greater than zero.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/common.py" />
      <source>Enter a number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/common.py" />
      <source>Enter a whole number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/readings.py" />
      <source>Enter at least one reading.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/samples.py" />
      <source>Enter at least one sample.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/health.py" />
      <source>Enter the certificate number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/health.py" />
      <source>Enter the expiry date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/common.py" />
      <source>Enter the temperature.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/samples.py" />
      <source>Enter the weight in grams.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Equipment and checklists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/permissions.py" />
      <source>Equipment and its critical limits, checklist templates and schedules, sample settings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Equipment failure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Equipment working</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Every kitchen record of a date range, day by day: checklists, temperatures with corrective actions, samples, health checks, anomalies, sign-off and amendments.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Every shift</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Fault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/logbook.py" />
      <source>Fault of {name} reported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/logbook.py" />
      <source>Fault repaired: {what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Fever</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Findings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Floors clean, no dust or waste</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Food samples</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Food samples to dispose of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Food-safety records complete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Foreign object</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>Found at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Free text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Freezer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Friday</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Fridge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Gas, water and power switched off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/equipment.py" />
      <source>Give at least one critical limit (minimum or maximum).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Health certificates expiring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/health.py" />
      <source>Health check of {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Health checks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Hot-holding unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Ingredients checked for spoilage and contamination</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Ingredients covered, labelled and stored by category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Item {n}: choose its kind.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Item {n}: give its limits.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Item {n}: name the equipment whose temperature is taken.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Item {n}: the maximum must not be below the minimum.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Item {n}: write what is checked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Jaundice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Kitchen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Kitchen QA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Kitchen anomalies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Kitchen anomalies attributed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Kitchen anomalies of the period naming the person as responsible.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/search.py" />
      <source>Kitchen anomaly</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Kitchen checklists today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Kitchen day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/search.py" />
      <source>Kitchen equipment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Kitchen records for the inspector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Later today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Lunch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Lunch shift</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/logbook.py" />
      <source>Maintenance of {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/permissions.py" />
      <source>Manage kitchen templates and limits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Menus in place, pens working</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Missed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/runs.py" />
      <source>Missed checklist {name} explained</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Monday</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Monthly</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Monthly inspection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Monthly kitchen summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Morning health checks missed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Moved to non-food work</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/logbook.py" />
      <source>Name the area cleaned.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Name the checklist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/samples.py" />
      <source>Name the dish sampled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/equipment.py" />
      <source>Name the equipment.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>Name the responsible department or person before closing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/runs.py" />
      <source>No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/cards.py" />
      <source>No health certificate expires within 30 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/cards.py" />
      <source>No sample to dispose of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>None</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Number with limits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Odd smell</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>On-time checklists, out-of-range readings per equipment, anomalies by kind.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/logbook.py" />
      <source>Only a fault is repaired.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/readings.py" />
      <source>Only an out-of-range reading is re-checked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/common.py" />
      <source>Only the quality controller or a manager may amend a signed day.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Opening checks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Other checklist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Pest control checked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Photo or attachment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Pre-shift checks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Pre-shift meeting held, the day's tasks given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Preventive maintenance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Random dish inspection failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/readings.py" />
      <source>Re-check of {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/readings.py" />
      <source>Reading {value} °C of {name} at {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/permissions.py" />
      <source>Record kitchen checks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Remarks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>Responsible</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/permissions.py" />
      <source>Review and sign a day; amend a signed day with a reason.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Room hygiene checked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Rules followed in every post</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/samples.py" />
      <source>Sample of {dish} disposed of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/samples.py" />
      <source>Sample of {dish} recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/samples.py" />
      <source>Samples are kept refrigerated (0-8 °C): choose a fridge.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Saturday</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>Say in a few words what was found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/health.py" />
      <source>Say what was done: sent home, or moved to non-food work.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Schedule {n}: choose how often.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Schedule {n}: choose the weekday.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Schedule {n}: give the time window.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Schedule {n}: the day of the month is 1 to 31.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Schedule {n}: the time window is empty: it must end after it starts ({start} to {end}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>Search by what was found or dish</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Sent home</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/permissions.py" />
      <source>Sign kitchen days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Skills test passed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Skin wound or infection on hands</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Sore throat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Spoiled ingredient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Staff health check done before work</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Sterilising cabinet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>Stock batches and suppliers can be linked only while the inventory plugin is active.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Sunday</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>Supplier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Tableware sterilised</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Temperature of equipment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Temperatures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Temperatures out of range today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>That anomaly no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/health.py" />
      <source>That certificate no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>That checklist no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/runs.py" />
      <source>That checklist run no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>That department does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>That equipment no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/logbook.py" />
      <source>That log entry no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/runs.py" />
      <source>That reading is of other equipment.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/readings.py" />
      <source>That reading no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/samples.py" />
      <source>That sample no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/runs.py" />
      <source>That schedule no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/common.py" />
      <source>That staff member does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>The batch came from another supplier.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/health.py" />
      <source>The certificate expires after it was issued.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/equipment.py" />
      <source>The maximum must be above the minimum.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>The paper fall-back: the day's checklists, the temperature grid with each equipment's limits, sample rows and the staff health-check rows.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/readings.py" />
      <source>The re-check comes after the reading.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/logbook.py" />
      <source>The repair comes after the fault was reported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/samples.py" />
      <source>The sample of {dish} is kept until {until}: it cannot be disposed of before its period ends.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>This anomaly is already closed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>This anomaly is closed: reopen it to change it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>This anomaly is open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/common.py" />
      <source>This cannot be empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/runs.py" />
      <source>This checklist cannot be done before {time}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/runs.py" />
      <source>This checklist is not due on {day}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/runs.py" />
      <source>This checklist is still due: do it, or explain it once its time has passed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/runs.py" />
      <source>This checklist was already done at {time}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/runs.py" />
      <source>This checklist was done: there is nothing to explain.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/logbook.py" />
      <source>This fault was already repaired.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/samples.py" />
      <source>This sample was already disposed of at {time}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/common.py" />
      <source>This time is in the future.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Thursday</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Toilets free of insects and odours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Tuesday</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/common.py" />
      <source>Unknown kitchen setting {key}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/health.py" />
      <source>Unknown symptom {code}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Utensils ready and complete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/permissions.py" />
      <source>View kitchen records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Vomiting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Walls clean</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Waste removed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Wednesday</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Weekly</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Weekly cleaning day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>What was found</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Work areas clean</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/templates.py" />
      <source>Work surfaces and tools cleaned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/plugin.py" />
      <source>Working days of the kitchen on which the person had no morning health check.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>Write the corrective action before closing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/readings.py" />
      <source>Write the corrective action.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/logbook.py" />
      <source>Write what was done.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/logbook.py" />
      <source>Write what was repaired.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/anomalies.py" />
      <source>Write why the anomaly is reopened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/runs.py" />
      <source>Write why the checklist was not done.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Wrong procedure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/runs.py" />
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/codes.py" />
      <source>Yes / no</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/cards.py" />
      <source>readings outside the limits today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/signoff.py" />
      <source>{day} cannot be signed while {n} item(s) are open: {items}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/signoff.py" />
      <source>{day} was already signed by {who}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/common.py" />
      <source>{day} was signed by {who}: it can no longer be changed directly. Record an amendment with its reason.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/cards.py" />
      <source>{due} due now · {overdue} overdue · {done} done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/cards.py" />
      <source>{expired} expired · next: {name} {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/health.py" />
      <source>{name} has no health certificate: they cannot be marked fit for food handling.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/health.py" />
      <source>{name} has {symptoms}: such a person does no food-handling work today.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/readings.py" />
      <source>{name} is archived.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/signoff.py" />
      <source>{name} read {value} °C at {time} without a re-check within the limits.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/readings.py" />
      <source>{name} reads {value} °C, outside its limits ({limits}): the reading is taken only with its corrective action (what was done, by whom) and the re-check reading and time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/health.py" />
      <source>{name} was already checked on {day}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/health.py" />
      <source>{name}'s health certificate expired on {date}: they cannot be marked fit for food handling until it is renewed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/readings.py" />
      <source>{name}: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/cards.py" />
      <source>{overdue} overdue for disposal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/health.py" />
      <source>{value} °C is not a body temperature.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/common.py" />
      <source>{value} °C is not a temperature a kitchen thermometer shows (-60 to 300 °C). Check the reading.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/samples.py" />
      <source>{weight} g is not a sample weight.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="kitchen/services/common.py" />
      <source>“{value}” is not a number.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>

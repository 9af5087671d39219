<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AccountDialog</name>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <source>创建</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>首次使用：创建系统管理员</source>
        <translation>First run: create the system administrator</translation>
    </message>
    <message>
        <source>这是新的数据库。请先为自己创建系统管理员账号，之后用它登录并为同事创建账号。密码至少 10 个字符，不能是常见密码，也不能与用户名相同，请牢记。</source>
        <translation>This is a new database. First create a system administrator account for yourself, then log in with it and create accounts for your colleagues. The password needs at least 10 characters, must not be a common password nor the username; keep it safe.</translation>
    </message>
    <message>
        <source>新建用户</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>为工作人员创建登录账号。密码至少 10 个字符，不能是常见密码，也不能与用户名相同。</source>
        <translation>Create a sign-in account for a staff member. Passwords have at least 10 characters, are not a common password and differ from the username.</translation>
    </message>
    <message>
        <source>用户名(&amp;U)：</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>2–32个字符，用于登录</source>
        <translation>2–32 characters, used to log in</translation>
    </message>
    <message>
        <source>姓名(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>角色(&amp;R)：</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>密码(&amp;P)：</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>确认密码(&amp;C)：</source>
        <translation>&amp;Confirm password:</translation>
    </message>
</context>
<context>
    <name>ApplicationTableModel</name>
    <message>
        <source>机构名称</source>
        <translation>Nursery name</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>提交日期</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>回执期限</source>
        <translation>Receipt due</translation>
    </message>
    <message>
        <source>回执编号</source>
        <translation>Receipt no.</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>机构登记</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>备案管理</source>
        <translation>Filing</translation>
    </message>
    <message>
        <source>监督检查</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>收费公示</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>名册报表</source>
        <translation>Registers</translation>
    </message>
    <message>
        <source>禁入名单</source>
        <translation>Lifetime bans</translation>
    </message>
    <message>
        <source>系统设置</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>AuditAlarm</name>
    <message>
        <source>启动时发现审计记录在程序之外被改动过：</source>
        <translation>At start-up the audit records were found changed outside the program:</translation>
    </message>
    <message>
        <source>在查明之前，本窗口只开放“系统设置”中的“审计日志”和“备份与恢复”：请核对审计记录，必要时从可信的备份恢复。其他功能已暂停，其他用户登录后也不能办理业务。</source>
        <translation>Until this is cleared up, this window opens only Settings → Audit log and Backup and restore: check the audit records and, if need be, restore from a trusted backup. Everything else is suspended; other users who sign in cannot work either.</translation>
    </message>
    <message>
        <source>在系统管理员查明之前，本机暂停办理业务。请联系系统管理员，由管理员登录后核对审计日志、必要时从可信的备份恢复。点“确定”后注销。</source>
        <translation>Work on this computer is suspended until the administrator has cleared this up. Please call the administrator: they sign in, check the audit log and, if need be, restore from a trusted backup. OK signs you out.</translation>
    </message>
    <message>
        <source>审计链告警</source>
        <translation>Audit trail alarm</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>共 {count} 条记录</source>
        <translation>{count} records</translation>
    </message>
    <message>
        <source>月度审计摘要</source>
        <translation>Monthly audit digest</translation>
    </message>
    <message>
        <source>月份（YYYY-MM）：</source>
        <translation>Month (YYYY-MM):</translation>
    </message>
    <message>
        <source>月度审计摘要-{month}.pdf</source>
        <translation>audit-digest-{month}.pdf</translation>
    </message>
    <message>
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>已生成 {month} 月度审计摘要（{rows} 条记录）：{path}</source>
        <translation>Audit digest for {month} written ({rows} records): {path}</translation>
    </message>
    <message>
        <source>第 {seq} 条：{at} {actor} {action} {record}</source>
        <translation>#{seq}: {at} {actor} {action} {record}</translation>
    </message>
    <message>
        <source>原因：{reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>{key}：{value}</source>
        <translation>{key}: {value}</translation>
    </message>
    <message>
        <source>全部用户</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>全部操作</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>用户(&amp;U)：</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>记录(&amp;R)：</source>
        <translation>&amp;Record:</translation>
    </message>
    <message>
        <source>机构名称、UUID、表名:记录号 或 对象类型</source>
        <translation>Nursery name, UUID, table:record no. or object type</translation>
    </message>
    <message>
        <source>操作(&amp;A)：</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>日期(&amp;D)：</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>起始日期</source>
        <translation>From</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>To</translation>
    </message>
    <message>
        <source>查询(&amp;Q)</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>审计记录</source>
        <translation>Audit records</translation>
    </message>
    <message>
        <source>字段变化</source>
        <translation>Field changes</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>校验审计链(&amp;V)</source>
        <translation>&amp;Verify audit chain</translation>
    </message>
    <message>
        <source>生成一个月的审计摘要（PDF：按操作和用户的统计、链值与外部检查点），供负责人签字存档</source>
        <translation>Make one month&apos;s audit digest (PDF: counts per action and user, chain values and the outside checkpoint) for the manager to sign and file</translation>
    </message>
    <message>
        <source>月度审计摘要(&amp;M)…</source>
        <translation>&amp;Monthly audit digest…</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>文件夹“{folder}”不存在，请重新选择（U盘是否已插好？）。</source>
        <translation>The folder “{folder}” does not exist; choose again (is the USB drive plugged in?).</translation>
    </message>
    <message>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>选择保存备份的文件夹</source>
        <translation>Choose the folder for the backup</translation>
    </message>
    <message>
        <source>备份完成：{path}
大小 {size:.1f} MB，附件 {files} 个。</source>
        <translation>Backup complete: {path}
Size {size:.1f} MB, {files} attachments.</translation>
    </message>
    <message>
        <source>
注意：{n} 个附件已损坏（内容与名称不符），未放入备份。</source>
        <translation>
Note: {n} attachments are damaged (content does not match the name) and were left out.</translation>
    </message>
    <message>
        <source>
注意：数据库记录的附件中有 {n} 个缺失或已损坏，备份中没有它们；请运行命令“workstation check --user 用户名”查看是哪些。</source>
        <translation>
Note: {n} attachments named in the database are missing or damaged and are not in the backup; run the command &quot;workstation check --user USERNAME&quot; to see which.</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>备份失败：{message}</source>
        <translation>Backup failed: {message}</translation>
    </message>
    <message>
        <source>备份已取消，未留下不完整的文件。</source>
        <translation>Backup cancelled; no incomplete file was left behind.</translation>
    </message>
    <message>
        <source>取消备份</source>
        <translation>Cancel backup</translation>
    </message>
    <message>
        <source>备份数据</source>
        <translation>Back up data</translation>
    </message>
    <message>
        <source>把数据库和全部附件备份为一个文件（.wsbackup），可存放在U盘等位置。备份期间可以继续使用工作站。</source>
        <translation>Backs up the database and all attachments to one file (.wsbackup) that you can keep on a USB drive or elsewhere. You can keep using the workstation during the backup.</translation>
    </message>
    <message>
        <source>保存到文件夹(&amp;F)：</source>
        <translation>Save to &amp;folder:</translation>
    </message>
    <message>
        <source>选择U盘或其他文件夹</source>
        <translation>Choose a USB drive or another folder</translation>
    </message>
    <message>
        <source>浏览(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>文件名：</source>
        <translation>File name:</translation>
    </message>
    <message>
        <source>备份进度</source>
        <translation>Backup progress</translation>
    </message>
    <message>
        <source>开始备份(&amp;S)</source>
        <translation>&amp;Start backup</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BanPage</name>
    <message>
        <source>登记禁入人员(&amp;A)…</source>
        <translation>&amp;Add a ban…</translation>
    </message>
    <message>
        <source>解除禁入(&amp;L)…</source>
        <translation>&amp;Lift ban…</translation>
    </message>
    <message>
        <source>禁入名单中的证件号码不能登记为机构的法定代表人或工作人员（终身禁入）。</source>
        <translation>An ID number on the ban list cannot be recorded as a nursery&apos;s legal representative or staff (lifetime ban).</translation>
    </message>
    <message>
        <source>请先在列表中选择一条尚未解除的禁入记录。</source>
        <translation>First select a ban in force in the list.</translation>
    </message>
    <message>
        <source>{nursery}：{as_what}“{name}”{state}</source>
        <translation>{nursery}: {as_what} “{name}”{state}</translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>（已离职）</source>
        <translation> (left)</translation>
    </message>
    <message>
        <source>已登记。以下记录使用该证件号码，请核查处理：</source>
        <translation>Recorded. These records use the ID number; check them:</translation>
    </message>
    <message>
        <source>已登记。现有记录中没有使用该证件号码的法定代表人或工作人员。</source>
        <translation>Recorded. No legal representative or staff member on record uses the ID number.</translation>
    </message>
    <message>
        <source>登记禁入人员</source>
        <translation>Record a lifetime ban</translation>
    </message>
    <message>
        <source>已解除“{name}”的禁入（{decision}）。</source>
        <translation>The ban on “{name}” was lifted ({decision}).</translation>
    </message>
</context>
<context>
    <name>BanTableModel</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>禁入事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>决定书文号</source>
        <translation>Decision no.</translation>
    </message>
    <message>
        <source>决定日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>作出决定的机关</source>
        <translation>Deciding authority</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>终身禁入</source>
        <translation>Lifetime ban</translation>
    </message>
    <message>
        <source>已于 {day} 解除（{decision}）</source>
        <translation>Lifted on {day} ({decision})</translation>
    </message>
</context>
<context>
    <name>CalendarDayDialog</name>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>“{text}”不是日期（应为 YYYY-MM-DD）。</source>
        <translation>“{text}” is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>更正一天</source>
        <translation>Correct one day</translation>
    </message>
    <message>
        <source>日期(&amp;D)：</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>改为(&amp;K)：</source>
        <translation>Ma&amp;ke it:</translation>
    </message>
    <message>
        <source>依据(&amp;S)：</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>通知名称及文号</source>
        <translation>Notice and number</translation>
    </message>
    <message>
        <source>说明(&amp;N)：</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>如：春节调休</source>
        <translation>e.g. Spring Festival make-up day</translation>
    </message>
</context>
<context>
    <name>CalendarMonthTableModel</name>
    <message>
        <source>一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>录入：{source}（{who}）</source>
        <translation>Entered: {source} ({who})</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>1月</source>
        <translation>January</translation>
    </message>
    <message>
        <source>2月</source>
        <translation>February</translation>
    </message>
    <message>
        <source>3月</source>
        <translation>March</translation>
    </message>
    <message>
        <source>4月</source>
        <translation>April</translation>
    </message>
    <message>
        <source>5月</source>
        <translation>May</translation>
    </message>
    <message>
        <source>6月</source>
        <translation>June</translation>
    </message>
    <message>
        <source>7月</source>
        <translation>July</translation>
    </message>
    <message>
        <source>8月</source>
        <translation>August</translation>
    </message>
    <message>
        <source>9月</source>
        <translation>September</translation>
    </message>
    <message>
        <source>10月</source>
        <translation>October</translation>
    </message>
    <message>
        <source>11月</source>
        <translation>November</translation>
    </message>
    <message>
        <source>12月</source>
        <translation>December</translation>
    </message>
    <message>
        <source>工作日历由系统管理员录入和修改；此处仅供查看。</source>
        <translation>The system administrator enters and changes the calendar; you can view it here.</translation>
    </message>
    <message>
        <source>已保存{year}年的节假日安排。</source>
        <translation>Saved the {year} holiday arrangement. </translation>
    </message>
    <message>
        <source>请先在月历中选择要更正的日期。</source>
        <translation>Select the day to correct in the month grids first.</translation>
    </message>
    <message>
        <source>已更正{day}。</source>
        <translation>Corrected {day}. </translation>
    </message>
    <message>
        <source>所选日期没有录入项；内置日历的日期可用“更正所选日期”调整。</source>
        <translation>The selected day has no entry; use &quot;Correct the selected day&quot; to change a built-in day.</translation>
    </message>
    <message>
        <source>删除{day}的录入？删除后该日按内置日历或常规工作周计算。</source>
        <translation>Delete the entry for {day}? The day then follows the built-in calendar or the ordinary week.</translation>
    </message>
    <message>
        <source>已删除{day}的录入。</source>
        <translation>Deleted the entry for {day}. </translation>
    </message>
    <message>
        <source>{year}年节假日安排.csv</source>
        <translation>holidays-{year}.csv</translation>
    </message>
    <message>
        <source>已导出{year}年的{count}个放假和调休上班日期到 {path}</source>
        <translation>Exported {count} holidays and make-up days of {year} to {path}</translation>
    </message>
    <message>
        <source>没有需要重新计算的暂定期限。</source>
        <translation>No provisional deadline needed recomputing.</translation>
    </message>
    <message>
        <source>已重新计算{total}个暂定期限，其中{moved}个日期有变动（{same}个不变）</source>
        <translation>Recomputed {total} provisional deadlines: {moved} moved ({same} unchanged)</translation>
    </message>
    <message>
        <source>；{n}个仍为暂定（涉及尚未录入的年份）。</source>
        <translation>; {n} stay provisional (they reach a year not entered yet).</translation>
    </message>
    <message>
        <source>；均已转为正式期限。</source>
        <translation>; all are final now.</translation>
    </message>
    <message>
        <source>……另有{n}项</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <source>另有{n}个已确定的期限按新日历计算会不同，未自动改动（通知书或回执已载明），请核对：</source>
        <translation>{n} final deadlines would differ under the changed calendar; they were left as served (the notice or receipt states them). Please check:</translation>
    </message>
    <message>
        <source>· {name} {what}：{old} → {new}</source>
        <translation>· {name}, {what}: {old} → {new}</translation>
    </message>
    <message>
        <source>{year}年：已录入（{sources}）</source>
        <translation>{year}: entered ({sources})</translation>
    </message>
    <message>
        <source>{year}年：内置日历（{library}）</source>
        <translation>{year}: built-in calendar ({library})</translation>
    </message>
    <message>
        <source>，另有{n}天录入更正</source>
        <translation>, with {n} corrected days</translation>
    </message>
    <message>
        <source>{year}年的法定节假日安排尚未录入：该年暂按周一至周五上班、元旦（1月1日）、劳动节（5月1日、2日）和国庆节（10月1日至3日）放假计算（春节等按农历的假日和调休未计入），涉及该年的期限均为暂定，录入后自动重新计算。</source>
        <translation>The {year} holiday arrangement has not been entered: the year is counted provisionally as Monday to Friday with New Year&apos;s Day (1 January), Labour Day (1–2 May) and National Day (1–3 October) off (the lunar holidays such as the Spring Festival and the make-up days are not counted); deadlines in it are provisional and are recomputed once it is entered.</translation>
    </message>
    <message>
        <source>&lt;i&gt;斜体&lt;/i&gt;：尚未录入，暂定</source>
        <translation>&lt;i&gt;Italic&lt;/i&gt;: not entered yet, provisional</translation>
    </message>
    <message>
        <source>；全年工作日 {n} 天。</source>
        <translation>; {n} working days in the year.</translation>
    </message>
    <message>
        <source>工作日</source>
        <translation>Working day</translation>
    </message>
    <message>
        <source>周末</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <source>法定节假日</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <source>&lt;b&gt;粗体&lt;/b&gt;：录入项</source>
        <translation>&lt;b&gt;Bold&lt;/b&gt;: entered</translation>
    </message>
    <message>
        <source>导入节假日安排</source>
        <translation>Import a holiday arrangement</translation>
    </message>
    <message>
        <source>节假日安排 (*.csv *.xlsx)</source>
        <translation>Holiday arrangements (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>导出节假日安排</source>
        <translation>Export the holiday arrangement</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)</source>
        <translation>CSV files (*.csv);;Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>工作日历</source>
        <translation>Working-day calendar</translation>
    </message>
    <message>
        <source>年份(&amp;Y)：</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>录入年度安排(&amp;E)…</source>
        <translation>&amp;Enter a year…</translation>
    </message>
    <message>
        <source>更正所选日期(&amp;C)…</source>
        <translation>&amp;Correct the selected day…</translation>
    </message>
    <message>
        <source>删除所选日期的录入(&amp;D)</source>
        <translation>&amp;Delete the selected day&apos;s entry</translation>
    </message>
    <message>
        <source>从文件导入(&amp;I)…</source>
        <translation>&amp;Import from a file…</translation>
    </message>
    <message>
        <source>导出本年(&amp;X)…</source>
        <translation>E&amp;xport this year…</translation>
    </message>
</context>
<context>
    <name>CalendarYearDialog</name>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>放假日期第{row}行：{reason}</source>
        <translation>Holidays, line {row}: {reason}</translation>
    </message>
    <message>
        <source>调休上班日第{row}行：{reason}</source>
        <translation>Make-up days, line {row}: {reason}</translation>
    </message>
    <message>
        <source>没有以下法定节假日的放假日期：{names}。</source>
        <translation>No days off for these statutory holidays: {names}.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>没有调休上班日。</source>
        <translation>No make-up working days.</translation>
    </message>
    <message>
        <source>{year}年的安排看来不完整：
{gaps}
请对照国务院办公厅的通知核对。该年确实如此时（如当年没有调休），可以仍然保存。</source>
        <translation>The {year} arrangement looks incomplete:
{gaps}
Please check it against the State Council&apos;s notice. If the year truly is so (for example, it has no make-up working days), you can save it anyway.</translation>
    </message>
    <message>
        <source>仍然保存(&amp;S)</source>
        <translation>&amp;Save anyway</translation>
    </message>
    <message>
        <source>返回修改(&amp;B)</source>
        <translation>&amp;Back to editing</translation>
    </message>
    <message>
        <source>放弃已输入的内容？</source>
        <translation>Discard what you typed?</translation>
    </message>
    <message>
        <source>发布日期“{text}”不是日期（应为 YYYY-MM-DD）</source>
        <translation>Date issued “{text}” is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>录入年度节假日安排</source>
        <translation>Enter a year&apos;s holiday arrangement</translation>
    </message>
    <message>
        <source>按国务院办公厅当年部分节假日安排的通知录入。每行一个日期或日期范围，可在后面注明节日，例如“2027-01-01至2027-01-03 元旦”。未列出的日期按常规工作周（周一至周五上班）计算。录入会替换该年原有的录入项。</source>
        <translation>Enter the State Council&apos;s notice on the year&apos;s holidays. One date or range per line, optionally followed by the festival, e.g. “2027-01-01至2027-01-03 元旦”. Days not listed follow the ordinary Monday–Friday week. Saving replaces the year&apos;s earlier entries.</translation>
    </message>
    <message>
        <source>年份(&amp;Y)：</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>通知名称及文号(&amp;N)：</source>
        <translation>&amp;Notice and number:</translation>
    </message>
    <message>
        <source>如：国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕X号）</source>
        <translation>e.g. the General Office of the State Council&apos;s notice on the 2027 holidays (国办发明电〔2026〕X号)</translation>
    </message>
    <message>
        <source>发布日期(&amp;T)：</source>
        <translation>Da&amp;te issued:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD（可不填）</source>
        <translation>YYYY-MM-DD (optional)</translation>
    </message>
    <message>
        <source>放假日期(&amp;H)：</source>
        <translation>&amp;Holidays:</translation>
    </message>
    <message>
        <source>2027-01-01至2027-01-03 元旦</source>
        <translation>2027-01-01 to 2027-01-03 New Year</translation>
    </message>
    <message>
        <source>调休上班日(&amp;W)：</source>
        <translation>Make-up &amp;working days:</translation>
    </message>
    <message>
        <source>2027-02-20 春节调休</source>
        <translation>2027-02-20 Spring Festival make-up day</translation>
    </message>
</context>
<context>
    <name>ChangesEditor</name>
    <message>
        <source>变更事项</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>变更前</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>变更后</source>
        <translation>After</translation>
    </message>
    <message>
        <source>变更原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>（保存后显示）</source>
        <translation>(shown after saving)</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>本窗口中有尚未保存的检查记录，是否保存草稿？</source>
        <translation>This window holds an unsaved inspection record. Save a draft?</translation>
    </message>
    <message>
        <source>（原检查 #{id}）</source>
        <translation>(original inspection #{id})</translation>
    </message>
    <message>
        <source>检查记录 — {name}</source>
        <translation>Inspection record — {name}</translation>
    </message>
    <message>
        <source>整改通知书 {no}，整改期限至 {due}：Ctrl+P 打印，Ctrl+Shift+S 导出PDF。</source>
        <translation>Rectification notice {no}, rectify by {due}: Ctrl+P to print, Ctrl+Shift+S to export a PDF.</translation>
    </message>
    <message>
        <source>整改通知书已于 {day} 送达（送达期限 {due}）。</source>
        <translation>Rectification notice served on {day} (due by {due}).</translation>
    </message>
    <message>
        <source>整改通知书逾期未送达：应于 {due} 前送达。</source>
        <translation>Rectification notice not served in time: it was due by {due}.</translation>
    </message>
    <message>
        <source>整改通知书应于 {due} 前送达。</source>
        <translation>Serve the rectification notice by {due}.</translation>
    </message>
    <message>
        <source>不升级</source>
        <translation>No escalation</translation>
    </message>
    <message>
        <source>照片 {n} 张</source>
        <translation>{n} photo(s)</translation>
    </message>
    <message>
        <source>按检查结果（建议：{result}）</source>
        <translation>From the results (suggested: {result})</translation>
    </message>
    <message>
        <source>已填 {done}/{total} 项</source>
        <translation>{done}/{total} items done</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>重新载入</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>重新载入将放弃本窗口中尚未保存的修改，确定吗？</source>
        <translation>Reloading discards the unsaved changes in this window. Continue?</translation>
    </message>
    <message>
        <source>是否重新载入最新的记录？本窗口中未保存的结果将被放弃。</source>
        <translation>Reload the latest record? The unsaved results in this window will be discarded.</translation>
    </message>
    <message>
        <source>整改通知书-{no}.pdf</source>
        <translation>Rectification-notice-{no}.pdf</translation>
    </message>
</context>
<context>
    <name>ChecklistTable</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>检查内容</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>（复查）</source>
        <translation>(re-inspection)</translation>
    </message>
    <message>
        <source>〔照片{n}张〕</source>
        <translation>[{n} photo(s)]</translation>
    </message>
</context>
<context>
    <name>ClassTableModel</name>
    <message>
        <source>班级名称</source>
        <translation>Class name</translation>
    </message>
    <message>
        <source>班型</source>
        <translation>Class type</translation>
    </message>
    <message>
        <source>容量</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>在托人数</source>
        <translation>Children enrolled</translation>
    </message>
    <message>
        <source>保育人员数</source>
        <translation>Carers</translation>
    </message>
</context>
<context>
    <name>ClassesEditor</name>
    <message>
        <source>合计：{n} 个班，容量 {c} 人，在托 {e} 人，保育人员 {g} 名</source>
        <translation>Total: {n} classes, capacity {c}, enrolled {e}, carers {g}</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>登记信息</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>推送信息</source>
        <translation>Pushed</translation>
    </message>
    <message>
        <source>采用推送值</source>
        <translation>Take pushed value</translation>
    </message>
    <message>
        <source>逐项比对</source>
        <translation>Field-by-field comparison</translation>
    </message>
    <message>
        <source>请选择一行查看比对。</source>
        <translation>Choose a row to see the comparison.</translation>
    </message>
    <message>
        <source>第{row}行：{name}</source>
        <translation>Row {row}: {name}</translation>
    </message>
    <message>
        <source>问题与提示：{text}</source>
        <translation>Problems and warnings: {text}</translation>
    </message>
    <message>
        <source>登记信息与推送信息不同。
登记信息：{registry}
推送信息：{pushed}</source>
        <translation>The registry and the pushed value differ.
Registry: {registry}
Pushed: {pushed}</translation>
    </message>
    <message>
        <source>处理结果：{decision}</source>
        <translation>Decision: {decision}</translation>
    </message>
    <message>
        <source>处理结果：{decision}（{who}，{at}）</source>
        <translation>Decision: {decision} ({who}, {at})</translation>
    </message>
    <message>
        <source>；理由/说明：{reason}</source>
        <translation>; reason / note: {reason}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>程序错误</source>
        <translation>Program error</translation>
    </message>
    <message>
        <source>发生了意外错误，刚才的操作可能没有完成。

错误：{error}

详细信息已记录在日志文件：
{log}</source>
        <translation>An unexpected error occurred; the last action may not have completed.

Error: {error}

Details were written to the log file:
{log}</translation>
    </message>
</context>
<context>
    <name>DepartDialog</name>
    <message>
        <source>{name}（{day} 入职）</source>
        <translation>{name} (started {day})</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>所填{role}的证件号码在禁入名单中（名单所载姓名“{name}”，{authority}{day}作出的{decision}决定，终身禁入），不能登记。</source>
        <translation>The {role} ID number entered is on the ban list (listed as “{name}”, decision {decision} of {authority}, {day}, lifetime ban); it cannot be recorded.</translation>
    </message>
    <message>
        <source>{role}“{name}”的证件号码在禁入名单中（{authority}{day}作出的{decision}决定，终身禁入），不得继续从事托育工作，请立即办理离职。</source>
        <translation>The ID number of {role} “{name}” is on the ban list (decision {decision} of {authority}, {day}, lifetime ban); they may no longer work in childcare: record their departure now.</translation>
    </message>
    <message>
        <source>未登记在岗的负责人。</source>
        <translation>No director on post is recorded.</translation>
    </message>
    <message>
        <source>负责人“{name}”缺少有效的{missing}。</source>
        <translation>Director “{name}” lacks a valid {missing}.</translation>
    </message>
    <message>
        <source>{name}{enrolled}人需{needed}名</source>
        <translation>{name}: {enrolled} children need {needed}</translation>
    </message>
    <message>
        <source>在岗保育人员{have}名，按各班比例至少需要{needed}名（{detail}）。</source>
        <translation>{have} caregivers on post; the classes&apos; ratios need at least {needed} ({detail}).</translation>
    </message>
    <message>
        <source>在托{enrolled}名婴幼儿（{threshold}名及以上），应至少有1名专职卫生保健人员。</source>
        <translation>{enrolled} children enrolled ({threshold} or more): at least one full-time health-care staff member is required.</translation>
    </message>
    <message>
        <source>未登记卫生保健人员（专职或兼职）。</source>
        <translation>No health-care staff member (full- or part-time) is recorded.</translation>
    </message>
    <message>
        <source>{role}“{name}”没有有效的保安员证。</source>
        <translation>{role} “{name}” has no valid security guard licence.</translation>
    </message>
    <message>
        <source>{role}“{name}”没有健康检查合格记录，不应上岗。</source>
        <translation>{role} “{name}” has no passed health check and should not be on post.</translation>
    </message>
    <message>
        <source>{role}“{name}”的健康合格证已于{day}过期。</source>
        <translation>The health certificate of {role} “{name}” expired on {day}.</translation>
    </message>
    <message>
        <source>{role}“{name}”于{hired}上岗，健康检查在{checked}，上岗前未取得健康合格证。</source>
        <translation>{role} “{name}” started on {hired} but was health-checked on {checked}: no health certificate before starting.</translation>
    </message>
    <message>
        <source>{role}“{name}”的违法犯罪记录查询有相关记录，不得从事托育工作。</source>
        <translation>The criminal-record check of {role} “{name}” found a relevant record: they may not work in childcare.</translation>
    </message>
    <message>
        <source>{role}“{name}”没有违法犯罪记录查询结果。</source>
        <translation>{role} “{name}” has no criminal-record check result.</translation>
    </message>
    <message>
        <source>{role}“{name}”的违法犯罪记录查询应于{day}前复查，已逾期。</source>
        <translation>The criminal-record check of {role} “{name}” was due again by {day} and is overdue.</translation>
    </message>
    <message>
        <source>{role}“{name}”同时在{nurseries}在岗。</source>
        <translation>{role} “{name}” is also on post at {nurseries}.</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>查看完整个人信息</source>
        <translation>View full personal data</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>登录失败</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <source>退出登录</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>生成演示数据</source>
        <translation>Generate demo data</translation>
    </message>
    <message>
        <source>批量新增</source>
        <translation>Bulk insert</translation>
    </message>
    <message>
        <source>批量修改</source>
        <translation>Bulk update</translation>
    </message>
    <message>
        <source>批量删除</source>
        <translation>Bulk delete</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>加密数据库</source>
        <translation>Encrypt database</translation>
    </message>
    <message>
        <source>迁移到服务器数据库</source>
        <translation>Migrate to server database</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>查看</source>
        <translation>View</translation>
    </message>
    <message>
        <source>升级数据库结构</source>
        <translation>Upgrade database schema</translation>
    </message>
    <message>
        <source>审计链告警</source>
        <translation>Audit trail alarm</translation>
    </message>
    <message>
        <source>托育机构</source>
        <translation>Nursery</translation>
    </message>
    <message>
        <source>班级</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>服务类型</source>
        <translation>Service type</translation>
    </message>
    <message>
        <source>辖区</source>
        <translation>District</translation>
    </message>
    <message>
        <source>街道（乡镇）</source>
        <translation>Street / township</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>登记路由</source>
        <translation>Registration routing</translation>
    </message>
    <message>
        <source>警告说明</source>
        <translation>Warning explanation</translation>
    </message>
    <message>
        <source>重复判定</source>
        <translation>Duplicate decision</translation>
    </message>
    <message>
        <source>导入批次</source>
        <translation>Import batch</translation>
    </message>
    <message>
        <source>规则参数</source>
        <translation>Rule parameters</translation>
    </message>
    <message>
        <source>用户账号</source>
        <translation>User account</translation>
    </message>
    <message>
        <source>名册报表</source>
        <translation>Registers</translation>
    </message>
    <message>
        <source>收费标准</source>
        <translation>Fee schedule</translation>
    </message>
    <message>
        <source>收费项目</source>
        <translation>Fee items</translation>
    </message>
    <message>
        <source>收费公示</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>收费指导价</source>
        <translation>Fee guide price</translation>
    </message>
    <message>
        <source>指导价上限</source>
        <translation>Guide price cap</translation>
    </message>
    <message>
        <source>备案申请</source>
        <translation>Filing application</translation>
    </message>
    <message>
        <source>备案材料</source>
        <translation>Filing material</translation>
    </message>
    <message>
        <source>材料附件</source>
        <translation>Material attachment</translation>
    </message>
    <message>
        <source>附件内容</source>
        <translation>Attachment content</translation>
    </message>
    <message>
        <source>变更事项</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>备案办理记录</source>
        <translation>Filing handling record</translation>
    </message>
    <message>
        <source>备案文书</source>
        <translation>Filing document</translation>
    </message>
    <message>
        <source>回执编号</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>节假日调整</source>
        <translation>Holiday adjustment</translation>
    </message>
    <message>
        <source>检查表模板</source>
        <translation>Checklist templates</translation>
    </message>
    <message>
        <source>检查项目</source>
        <translation>Check item</translation>
    </message>
    <message>
        <source>监督检查</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation>Check results</translation>
    </message>
    <message>
        <source>整改事项</source>
        <translation>Rectification item</translation>
    </message>
    <message>
        <source>整改报告</source>
        <translation>Rectification report</translation>
    </message>
    <message>
        <source>整改记录</source>
        <translation>Rectification record</translation>
    </message>
    <message>
        <source>通知书编号</source>
        <translation>Notice number</translation>
    </message>
    <message>
        <source>双随机抽查</source>
        <translation>Random inspection draw</translation>
    </message>
    <message>
        <source>抽查对象</source>
        <translation>Drawn nursery</translation>
    </message>
    <message>
        <source>机构状态变化</source>
        <translation>Nursery status change</translation>
    </message>
    <message>
        <source>推送批次</source>
        <translation>Received batches</translation>
    </message>
    <message>
        <source>推送条目</source>
        <translation>Pushed rows</translation>
    </message>
    <message>
        <source>在营未登记机构</source>
        <translation>Nurseries operating without registration</translation>
    </message>
    <message>
        <source>工作人员</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>人员证书</source>
        <translation>Staff credential</translation>
    </message>
    <message>
        <source>健康检查</source>
        <translation>Health check</translation>
    </message>
    <message>
        <source>违法犯罪记录查询</source>
        <translation>Criminal record check</translation>
    </message>
    <message>
        <source>禁入名单</source>
        <translation>Lifetime bans</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>审计月报</source>
        <translation>Monthly audit digest</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>法人性质</source>
        <translation>Legal nature</translation>
    </message>
    <message>
        <source>机构类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>举办者</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>登记机关</source>
        <translation>Registration authorities</translation>
    </message>
    <message>
        <source>登记日期</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <source>事业单位法人证书</source>
        <translation>Public institution legal-person certificate</translation>
    </message>
    <message>
        <source>民办非企业单位登记证书</source>
        <translation>Private non-enterprise unit registration certificate</translation>
    </message>
    <message>
        <source>营业执照</source>
        <translation>Business licence</translation>
    </message>
    <message>
        <source>营业执照（个体工商户）</source>
        <translation>Business licence (individual business)</translation>
    </message>
    <message>
        <source>登记证书</source>
        <translation>Registration certificate</translation>
    </message>
    <message>
        <source>业务范围</source>
        <translation>Business scope</translation>
    </message>
    <message>
        <source>成立日期</source>
        <translation>Founding date</translation>
    </message>
    <message>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>法定代表人证件类型</source>
        <translation>Legal representative&apos;s ID type</translation>
    </message>
    <message>
        <source>法定代表人证件号码</source>
        <translation>Legal representative&apos;s ID number</translation>
    </message>
    <message>
        <source>法定代表人电话</source>
        <translation>Legal representative&apos;s phone</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>负责人电话</source>
        <translation>Director&apos;s phone</translation>
    </message>
    <message>
        <source>场所性质</source>
        <translation>Premises type</translation>
    </message>
    <message>
        <source>租期届满</source>
        <translation>Lease ends</translation>
    </message>
    <message>
        <source>建筑面积</source>
        <translation>Floor area</translation>
    </message>
    <message>
        <source>机构住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>机构电话</source>
        <translation>Nursery phone</translation>
    </message>
    <message>
        <source>机构负责人</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>托位数</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>普惠托位数</source>
        <translation>Inclusive places</translation>
    </message>
    <message>
        <source>是否供餐</source>
        <translation>Provides meals</translation>
    </message>
    <message>
        <source>租赁到期日</source>
        <translation>Lease ends</translation>
    </message>
    <message>
        <source>建筑面积（㎡）</source>
        <translation>Floor area (m²)</translation>
    </message>
    <message>
        <source>普惠</source>
        <translation>Inclusive</translation>
    </message>
    <message>
        <source>备案号</source>
        <translation>Filing number</translation>
    </message>
    <message>
        <source>备案时间</source>
        <translation>Filed at</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>班型</source>
        <translation>Class type</translation>
    </message>
    <message>
        <source>额定人数</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>在托人数</source>
        <translation>Children enrolled</translation>
    </message>
    <message>
        <source>保育人员</source>
        <translation>Caregivers</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>连续密码错误次数</source>
        <translation>Consecutive wrong passwords</translation>
    </message>
    <message>
        <source>锁定至</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>行政区划代码</source>
        <translation>Division code</translation>
    </message>
    <message>
        <source>常住人口</source>
        <translation>Resident population</translation>
    </message>
    <message>
        <source>办理事项</source>
        <translation>Act</translation>
    </message>
    <message>
        <source>原状态</source>
        <translation>Previous status</translation>
    </message>
    <message>
        <source>新状态</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>整改通知书送达日期</source>
        <translation>Rectification notice delivered on</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>处理人</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>处理时间</source>
        <translation>Decided at</translation>
    </message>
    <message>
        <source>处理后的机构记录</source>
        <translation>Resulting nursery record</translation>
    </message>
    <message>
        <source>发现方式</source>
        <translation>Found by</translation>
    </message>
    <message>
        <source>发现日期</source>
        <translation>Found on</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>解除决定文号</source>
        <translation>Lifting decision number</translation>
    </message>
    <message>
        <source>解除日期</source>
        <translation>Lifted on</translation>
    </message>
    <message>
        <source>解除理由</source>
        <translation>Reason for lifting</translation>
    </message>
    <message>
        <source>决定书文号</source>
        <translation>Decision no.</translation>
    </message>
    <message>
        <source>离职日期</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>入职日期</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>机关</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>用工方式</source>
        <translation>Employment</translation>
    </message>
    <message>
        <source>离职原因</source>
        <translation>Reason for leaving</translation>
    </message>
    <message>
        <source>决定日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>检查（查询）日期</source>
        <translation>Checked on</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>下次复查日期</source>
        <translation>Next check due</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>证书编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>发证机关</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>发证日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>扫描件</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>人员记录号</source>
        <translation>Staff record number</translation>
    </message>
    <message>
        <source>机构记录号</source>
        <translation>Nursery record number</translation>
    </message>
    <message>
        <source>接受行数</source>
        <translation>Rows accepted</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>Accepted at</translation>
    </message>
    <message>
        <source>受理日期</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <source>办理动作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>经办账号</source>
        <translation>Handled by (account)</translation>
    </message>
    <message>
        <source>添加时间</source>
        <translation>Added at</translation>
    </message>
    <message>
        <source>添加人</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>金额（分）</source>
        <translation>Amount (fen)</translation>
    </message>
    <message>
        <source>备案申请记录号</source>
        <translation>Filing application record no.</translation>
    </message>
    <message>
        <source>审批部门法人性质</source>
        <translation>Legal natures approved here</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>推送批次记录号</source>
        <translation>Push batch record no.</translation>
    </message>
    <message>
        <source>节假日日历版本</source>
        <translation>Holiday calendar version</translation>
    </message>
    <message>
        <source>上限（分）</source>
        <translation>Cap (fen)</translation>
    </message>
    <message>
        <source>上限含餐费</source>
        <translation>Cap includes meals</translation>
    </message>
    <message>
        <source>登记证书名称</source>
        <translation>Registration certificate name</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>审核时间</source>
        <translation>Checked at</translation>
    </message>
    <message>
        <source>剩余办理时限</source>
        <translation>Time limit remaining</translation>
    </message>
    <message>
        <source>计时起始日期</source>
        <translation>Clock started on</translation>
    </message>
    <message>
        <source>销号检查记录号</source>
        <translation>Closed by inspection record no.</translation>
    </message>
    <message>
        <source>办结日期</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>承诺书签署日期</source>
        <translation>Commitment signed on</translation>
    </message>
    <message>
        <source>承诺书签署人</source>
        <translation>Commitment signed by</translation>
    </message>
    <message>
        <source>份次</source>
        <translation>Copy no.</translation>
    </message>
    <message>
        <source>抽取数量</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>包含内容</source>
        <translation>Covers</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>Rectify by</translation>
    </message>
    <message>
        <source>整改期限天数</source>
        <translation>Deadline days</translation>
    </message>
    <message>
        <source>期限待确认</source>
        <translation>Deadline provisional</translation>
    </message>
    <message>
        <source>期限规则</source>
        <translation>Deadline rule</translation>
    </message>
    <message>
        <source>按工作日计算</source>
        <translation>Counted in working days</translation>
    </message>
    <message>
        <source>示范等级</source>
        <translation>Demonstration level</translation>
    </message>
    <message>
        <source>检查部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>详情</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>与登记信息不一致</source>
        <translation>Differs from the register</translation>
    </message>
    <message>
        <source>辖区记录号</source>
        <translation>District record no.</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>拟处理措施</source>
        <translation>Draft escalation</translation>
    </message>
    <message>
        <source>拟检查结论</source>
        <translation>Draft overall result</translation>
    </message>
    <message>
        <source>抽查记录号</source>
        <translation>Draw record no.</translation>
    </message>
    <message>
        <source>抽取时间</source>
        <translation>Drawn at</translation>
    </message>
    <message>
        <source>抽取人</source>
        <translation>Drawn by</translation>
    </message>
    <message>
        <source>办理时限天数</source>
        <translation>Time limit days</translation>
    </message>
    <message>
        <source>办理期限</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>办理期限待确认</source>
        <translation>Due date provisional</translation>
    </message>
    <message>
        <source>修订原因</source>
        <translation>Revision reason</translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>失效日期</source>
        <translation>Effective to</translation>
    </message>
    <message>
        <source>处理日期</source>
        <translation>Escalated on</translation>
    </message>
    <message>
        <source>处理措施</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <source>处理说明</source>
        <translation>Escalation note</translation>
    </message>
    <message>
        <source>佐证材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>佐证文件</source>
        <translation>Evidence file</translation>
    </message>
    <message>
        <source>佐证文件 SHA-256</source>
        <translation>Evidence SHA-256</translation>
    </message>
    <message>
        <source>变更字段</source>
        <translation>Changed field</translation>
    </message>
    <message>
        <source>文件名称</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>文件 SHA-256</source>
        <translation>File SHA-256</translation>
    </message>
    <message>
        <source>抽取条件</source>
        <translation>Draw criteria</translation>
    </message>
    <message>
        <source>整改事项记录号</source>
        <translation>Finding record no.</translation>
    </message>
    <message>
        <source>比对结果</source>
        <translation>Comparison findings</translation>
    </message>
    <message>
        <source>首次公示日期</source>
        <translation>First publicised on</translation>
    </message>
    <message>
        <source>申请表内容</source>
        <translation>Application form data</translation>
    </message>
    <message>
        <source>原办理状态</source>
        <translation>Previous state</translation>
    </message>
    <message>
        <source>表头行号</source>
        <translation>Header row</translation>
    </message>
    <message>
        <source>卫生健康部门电话</source>
        <translation>Health commission phone</translation>
    </message>
    <message>
        <source>检查日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>检查记录号</source>
        <translation>Inspection record no.</translation>
    </message>
    <message>
        <source>检查人员签名</source>
        <translation>Inspector signatures</translation>
    </message>
    <message>
        <source>检查人员</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <source>检查人员签名日期</source>
        <translation>Inspectors signed on</translation>
    </message>
    <message>
        <source>现行版本</source>
        <translation>Current revision</translation>
    </message>
    <message>
        <source>出具时间</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <source>出具人</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>条目分类</source>
        <translation>Item class</translation>
    </message>
    <message>
        <source>模板代码</source>
        <translation>Template key</translation>
    </message>
    <message>
        <source>已用最大编号</source>
        <translation>Last number used</translation>
    </message>
    <message>
        <source>生活用房楼层</source>
        <translation>Living rooms&apos; floors</translation>
    </message>
    <message>
        <source>生活用房面积</source>
        <translation>Living rooms&apos; area</translation>
    </message>
    <message>
        <source>全日托收费（分）</source>
        <translation>Full-day fee (fen)</translation>
    </message>
    <message>
        <source>半日托收费（分）</source>
        <translation>Half-day fee (fen)</translation>
    </message>
    <message>
        <source>计时托收费（分）</source>
        <translation>Hourly fee (fen)</translation>
    </message>
    <message>
        <source>临时托收费（分）</source>
        <translation>Temporary care fee (fen)</translation>
    </message>
    <message>
        <source>备案材料记录号</source>
        <translation>Filing material record no.</translation>
    </message>
    <message>
        <source>材料类型</source>
        <translation>Material type</translation>
    </message>
    <message>
        <source>调整次数上限</source>
        <translation>Maximum changes</translation>
    </message>
    <message>
        <source>抽取方法</source>
        <translation>Draw method</translation>
    </message>
    <message>
        <source>全国系统备案日期</source>
        <translation>National system filing date</translation>
    </message>
    <message>
        <source>全国系统备案号</source>
        <translation>National filing no.</translation>
    </message>
    <message>
        <source>变更后</source>
        <translation>After</translation>
    </message>
    <message>
        <source>不符合情形</source>
        <translation>Nonconformity</translation>
    </message>
    <message>
        <source>通知书出具日期</source>
        <translation>Notice issued on</translation>
    </message>
    <message>
        <source>告知时间</source>
        <translation>Notified at</translation>
    </message>
    <message>
        <source>机构代码</source>
        <translation>Nursery key</translation>
    </message>
    <message>
        <source>机构名称</source>
        <translation>Nursery name</translation>
    </message>
    <message>
        <source>申请前机构状态</source>
        <translation>Nursery status before</translation>
    </message>
    <message>
        <source>变更前</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>登记机关类型</source>
        <translation>Registration organ kind</translation>
    </message>
    <message>
        <source>登记机关层级</source>
        <translation>Registration organ level</translation>
    </message>
    <message>
        <source>另一机构记录号</source>
        <translation>Other nursery record no.</translation>
    </message>
    <message>
        <source>户外活动场地面积</source>
        <translation>Outdoor area</translation>
    </message>
    <message>
        <source>检查结论</source>
        <translation>Overall result</translation>
    </message>
    <message>
        <source>参数</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>密码修改时间</source>
        <translation>Password changed at</translation>
    </message>
    <message>
        <source>每机构检查人数</source>
        <translation>Inspectors per nursery</translation>
    </message>
    <message>
        <source>照片</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>抽查名单 SHA-256</source>
        <translation>Population SHA-256</translation>
    </message>
    <message>
        <source>抽查名单机构数</source>
        <translation>Population size</translation>
    </message>
    <message>
        <source>排序</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>上次检查记录号</source>
        <translation>Previous inspection record no.</translation>
    </message>
    <message>
        <source>价格主管部门电话</source>
        <translation>Price authority phone</translation>
    </message>
    <message>
        <source>已提供</source>
        <translation>Provided</translation>
    </message>
    <message>
        <source>提供膳食</source>
        <translation>Provides meals</translation>
    </message>
    <message>
        <source>公开随机值</source>
        <translation>Public random value</translation>
    </message>
    <message>
        <source>公示日期</source>
        <translation>Publicity date</translation>
    </message>
    <message>
        <source>推送内容</source>
        <translation>Pushed data</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>接收日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>录入时间</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <source>录入人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>登记机关记录号</source>
        <translation>Registration organ record no.</translation>
    </message>
    <message>
        <source>重新下达次数</source>
        <translation>Times reissued</translation>
    </message>
    <message>
        <source>拒绝行数</source>
        <translation>Rows rejected</translation>
    </message>
    <message>
        <source>报告日期</source>
        <translation>Report date</translation>
    </message>
    <message>
        <source>机构代表</source>
        <translation>Nursery representative</translation>
    </message>
    <message>
        <source>机构代表签名日期</source>
        <translation>Representative signed on</translation>
    </message>
    <message>
        <source>必需</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>退回时间</source>
        <translation>Returned at</translation>
    </message>
    <message>
        <source>修订版本</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>指导价记录号</source>
        <translation>Fee rule record no.</translation>
    </message>
    <message>
        <source>规则参数版本</source>
        <translation>Rule parameters version</translation>
    </message>
    <message>
        <source>扫描件 SHA-256</source>
        <translation>Scan SHA-256</translation>
    </message>
    <message>
        <source>收费标准记录号</source>
        <translation>Fee schedule record no.</translation>
    </message>
    <message>
        <source>随机种子</source>
        <translation>Random seed</translation>
    </message>
    <message>
        <source>随机种子自动生成</source>
        <translation>Seed generated</translation>
    </message>
    <message>
        <source>编号系列</source>
        <translation>Number series</translation>
    </message>
    <message>
        <source>办结说明</source>
        <translation>Settlement note</translation>
    </message>
    <message>
        <source>严重程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>来源日期</source>
        <translation>Source date</translation>
    </message>
    <message>
        <source>抽查阶段</source>
        <translation>Draw stage</translation>
    </message>
    <message>
        <source>办理状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>街道（乡镇）名称</source>
        <translation>Street name</translation>
    </message>
    <message>
        <source>提交时间</source>
        <translation>Submitted at</translation>
    </message>
    <message>
        <source>提交日期</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>子类型</source>
        <translation>Subtype</translation>
    </message>
    <message>
        <source>建议检查结论</source>
        <translation>Suggested overall result</translation>
    </message>
    <message>
        <source>检查表模板记录号</source>
        <translation>Checklist template record no.</translation>
    </message>
    <message>
        <source>检查项目记录号</source>
        <translation>Checklist item record no.</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>新办理状态</source>
        <translation>New state</translation>
    </message>
    <message>
        <source>计价单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>更新行数</source>
        <translation>Rows updated</translation>
    </message>
    <message>
        <source>核查时限天数</source>
        <translation>Verification days</translation>
    </message>
    <message>
        <source>核查期限</source>
        <translation>Verification due on</translation>
    </message>
    <message>
        <source>核查期限待确认</source>
        <translation>Verification due date provisional</translation>
    </message>
    <message>
        <source>核查时间</source>
        <translation>Verified at</translation>
    </message>
    <message>
        <source>调整周期（月）</source>
        <translation>Window (months)</translation>
    </message>
    <message>
        <source>撤回时间</source>
        <translation>Withdrawn at</translation>
    </message>
    <message>
        <source>见证人</source>
        <translation>Witness</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>备案类型</source>
        <translation>Filing kind</translation>
    </message>
    <message>
        <source>事件类型</source>
        <translation>Event kind</translation>
    </message>
    <message>
        <source>部门类型</source>
        <translation>Department kind</translation>
    </message>
    <message>
        <source>收费项目类别</source>
        <translation>Fee item kind</translation>
    </message>
    <message>
        <source>日期类型</source>
        <translation>Day kind</translation>
    </message>
    <message>
        <source>检查类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>证书类型</source>
        <translation>Credential kind</translation>
    </message>
    <message>
        <source>检查状态</source>
        <translation>Inspection state</translation>
    </message>
    <message>
        <source>整改状态</source>
        <translation>Rectification state</translation>
    </message>
    <message>
        <source>原整改状态</source>
        <translation>Previous rectification state</translation>
    </message>
    <message>
        <source>新整改状态</source>
        <translation>New rectification state</translation>
    </message>
    <message>
        <source>整改动作</source>
        <translation>Rectification action</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>本人</source>
        <translation>Whose</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>发现的问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>处置</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>仅开放审计日志和备份与恢复</source>
        <translation>Only the audit log and backup and restore opened</translation>
    </message>
    <message>
        <source>已注销，等待系统管理员查明</source>
        <translation>Signed out until the administrator has cleared it up</translation>
    </message>
    <message>
        <source>演示数据</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>系统（恢复数据库）</source>
        <translation>System (database restore)</translation>
    </message>
    <message>
        <source>系统（辖区恢复口令）</source>
        <translation>System (district recovery key)</translation>
    </message>
    <message>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <source>命令行（操作系统用户 {name}）</source>
        <translation>Command line (operating-system user {name})</translation>
    </message>
    <message>
        <source>行数</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>别名</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>大小（字节）</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>How</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>名册</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>表数</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>备份文件</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>{nursery}：“{staff}”禁入人员在岗（{decision}），请立即核查处理</source>
        <translation>{nursery}: banned person “{staff}” on post ({decision}); act now</translation>
    </message>
    <message>
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>将到期</source>
        <translation>Expiring</translation>
    </message>
    <message>
        <source>{nursery}：{staff}的{what}{state}（{due}）</source>
        <translation>{nursery}: {staff} — {what}: {state} ({due})</translation>
    </message>
    <message>
        <source>健康合格证</source>
        <translation>health certificate</translation>
    </message>
    <message>
        <source>违法犯罪记录查询（每年复查）</source>
        <translation>criminal-record check (yearly)</translation>
    </message>
    <message>
        <source>家庭托育点的名称应含有“托育”字样。</source>
        <translation>A home-based nursery&apos;s name should contain “托育”.</translation>
    </message>
    <message>
        <source>登记的业务（经营）范围未提及“托育”或“婴幼儿照护”服务内容。</source>
        <translation>The registered business scope does not mention childcare (“托育” or “婴幼儿照护”) services.</translation>
    </message>
    <message>
        <source>未填写登记的业务（经营）范围。</source>
        <translation>The registered business scope is not filled in.</translation>
    </message>
    <message>
        <source>租赁场所请填写租期截止日期。</source>
        <translation>For leased premises, enter the date the lease ends.</translation>
    </message>
    <message>
        <source>已到期</source>
        <translation>already ended</translation>
    </message>
    <message>
        <source>剩余约 {years} 年 {months} 个月</source>
        <translation>about {years} years {months} months left</translation>
    </message>
    <message>
        <source>租赁场所的剩余租期不足{years}年（{tail}）。</source>
        <translation>Less than {years} years remain on the lease ({tail}).</translation>
    </message>
    <message>
        <source>备案时（{filed_on}）租赁场所的剩余租期不足{years}年。</source>
        <translation>At filing ({filed_on}) less than {years} years remained on the lease.</translation>
    </message>
    <message>
        <source>租期已于{day}到期，请核实机构是否已续租并补交租赁合同。</source>
        <translation>The lease ended on {day}: check whether the nursery renewed it and ask for the new lease contract.</translation>
    </message>
    <message>
        <source>租期将于{day}到期，请核实机构是否已续租并补交租赁合同。</source>
        <translation>The lease ends on {day}: check whether the nursery renews it and ask for the new lease contract.</translation>
    </message>
    <message>
        <source>在托人数（{enrolled}）超过托位总数（{places}）。</source>
        <translation>Children enrolled ({enrolled}) exceed the total places ({places}).</translation>
    </message>
    <message>
        <source>填写了普惠托位数（{places}），但未勾选“普惠性”：普惠机构的统计和收费公示都以此为准。</source>
        <translation>Inclusive places are entered ({places}) but “Inclusive” is not ticked: the inclusive nurseries&apos; statistics and the fee publication go by that box.</translation>
    </message>
    <message>
        <source>已勾选“普惠性”，但普惠托位数为0。</source>
        <translation>“Inclusive” is ticked but there are no inclusive places (0).</translation>
    </message>
    <message>
        <source>统一社会信用代码前两位为“{prefix}”，与机构性质“{nature}”通常对应的“{allowed}”不一致，请核对或填写理由。</source>
        <translation>The USCC starts with “{prefix}”, not the “{allowed}” the legal nature “{nature}” usually has: check it or give a reason.</translation>
    </message>
    <message>
        <source>统一社会信用代码第3–8位“{area}”表明登记机关不在本辖区（{district}）所属地市，请核对机构是否位于本辖区。</source>
        <translation>USCC characters 3–8 “{area}” show a registering authority outside this district&apos;s ({district}) prefecture: check that the nursery is in this district.</translation>
    </message>
    <message>
        <source>服务器数据库需要升级，请系统管理员用自己的账号运行 workstation migrate --db {url} --user 用户名</source>
        <translation>The server database needs an upgrade: ask a system administrator to run workstation migrate --db {url} --user USERNAME with their own account</translation>
    </message>
    <message>
        <source>服务器数据库是空的，请管理员运行 workstation migrate --db {url} 建立数据结构（或用 migrate-to-postgres 迁入本机数据库）。</source>
        <translation>The server database is empty: ask the administrator to run workstation migrate --db {url} to create its tables (or to move a local database into it with migrate-to-postgres).</translation>
    </message>
    <message>
        <source>该机构记录已被 {who} 于 {when} 修改，请重新打开后再改；您的修改尚未保存。</source>
        <translation>This nursery record was changed by {who} on {when}. Reopen it before changing it; your changes were not saved.</translation>
    </message>
    <message>
        <source>该备案申请已被 {who} 于 {when} 修改（现为“{state}”），请重新打开后再办理；本次操作未保存。</source>
        <translation>This filing application was changed by {who} on {when} (now “{state}”). Reopen it before acting on it; nothing was saved.</translation>
    </message>
    <message>
        <source>该检查记录已被 {who} 于 {when} 修改（现为“{state}”），请重新打开后再办理；本次操作未保存。</source>
        <translation>This inspection was changed by {who} on {when} (now “{state}”). Reopen it before acting on it; nothing was saved.</translation>
    </message>
    <message>
        <source>该记录已被其他用户删除；本次操作未保存。</source>
        <translation>This record was deleted by another user; nothing was saved.</translation>
    </message>
    <message>
        <source>{month}月{day}日 {clock}</source>
        <translation>{month}/{day} at {clock}</translation>
    </message>
    <message>
        <source>该账号已停用或被锁定，请联系系统管理员。</source>
        <translation>This account is deactivated or locked; ask the system administrator.</translation>
    </message>
    <message>
        <source>该账号已停用，请联系系统管理员。</source>
        <translation>This account is deactivated; ask the system administrator.</translation>
    </message>
    <message>
        <source>密码不正确，还可再试 {remaining} 次。</source>
        <translation>Wrong password; {remaining} tries left.</translation>
    </message>
    <message>
        <source>密码连续错误 {n} 次，账号已锁定 {m} 分钟（至 {time}）。</source>
        <translation>{n} wrong passwords in a row: the account is locked for {m} minutes (until {time}).</translation>
    </message>
    <message>
        <source>用户名或密码不正确。连续输错 {n} 次，账号将锁定 {m} 分钟；忘记密码请联系系统管理员。</source>
        <translation>Wrong username or password. After {n} wrong passwords in a row the account locks for {m} minutes; if you forgot your password, ask the system administrator.</translation>
    </message>
    <message>
        <source>该账号因连续多次密码错误已被锁定，请在 {time} 后再试，或请系统管理员解锁。</source>
        <translation>This account is locked after too many wrong passwords. Try again after {time}, or ask the system administrator to unlock it.</translation>
    </message>
    <message numerus="yes">
        <source>{since}登记，已{days}天未备案</source>
        <translation>
            <numerusform>registered {since}, not filed for {days} day</numerusform>
            <numerusform>registered {since}, not filed for {days} days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>登记日期未填写（{since}录入），已{days}天未备案，请补登记日期</source>
        <translation>
            <numerusform>registration date missing (recorded {since}), not filed for {days} day; enter the registration date</numerusform>
            <numerusform>registration date missing (recorded {since}), not filed for {days} days; enter the registration date</numerusform>
        </translation>
    </message>
    <message>
        <source>请填写金额。</source>
        <translation>Enter an amount.</translation>
    </message>
    <message>
        <source>金额“{value}”不是有效的数字。</source>
        <translation>The amount “{value}” is not a valid number.</translation>
    </message>
    <message>
        <source>金额不是有效的数字。</source>
        <translation>The amount is not a valid number.</translation>
    </message>
    <message>
        <source>金额不能为负数。</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>金额不能超过 {max} 元。</source>
        <translation>The amount cannot exceed {max} yuan.</translation>
    </message>
    <message>
        <source>金额最多保留两位小数（精确到分）：{amount}。</source>
        <translation>An amount has at most two decimal places (fen): {amount}.</translation>
    </message>
    <message>
        <source>请至少填写一个收费项目。</source>
        <translation>Enter at least one fee item.</translation>
    </message>
    <message>
        <source>{service}的“{name}”（按{unit}）重复填写。</source>
        <translation>{service} “{name}” (per {unit}) is entered twice.</translation>
    </message>
    <message>
        <source>第{number}项（{service}）</source>
        <translation>Item {number} ({service})</translation>
    </message>
    <message>
        <source>{where}：请填写收费项目名称。</source>
        <translation>{where}: enter the item&apos;s name.</translation>
    </message>
    <message>
        <source>{where}：项目名称或服务内容过长。</source>
        <translation>{where}: the item&apos;s name or what it covers is too long.</translation>
    </message>
    <message>
        <source>{where}：金额应在 0 至 {max} 元之间。</source>
        <translation>{where}: the amount must be between 0 and {max} yuan.</translation>
    </message>
    <message>
        <source>{start} 起至今</source>
        <translation>from {start}</translation>
    </message>
    <message>
        <source>{start} 至 {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>生效日期 {start} 落在已结束的收费标准执行期（{period}）内，历史收费标准不能覆盖。新的收费标准最早自 {earliest} 起执行。</source>
        <translation>The start date {start} falls within the period of an ended fee schedule ({period}); a past fee schedule cannot be overwritten. A new fee schedule can start on {earliest} at the earliest.</translation>
    </message>
    <message>
        <source>生效日期 {start} 不晚于现行收费标准的执行日期 {latest}，历史收费标准不能覆盖。新的收费标准最早自 {earliest} 起执行。</source>
        <translation>The start date {start} is not later than the start of the fee schedule in force ({latest}); a past fee schedule cannot be overwritten. A new fee schedule can start on {earliest} at the earliest.</translation>
    </message>
    <message>
        <source>默认参数（未设指导价）</source>
        <translation>Default parameters (no guide prices)</translation>
    </message>
    <message>
        <source>收费指导价参数（自 {start} 起）</source>
        <translation>Guide-price parameters (from {start})</translation>
    </message>
    <message>
        <source>默认参数</source>
        <translation>default parameters</translation>
    </message>
    <message>
        <source>自 {start} 起执行的收费指导价参数</source>
        <translation>guide prices in force from {start}</translation>
    </message>
    <message>
        <source>“{name}”与伙食费合计</source>
        <translation>“{name}” with meal fees</translation>
    </message>
    <message>
        <source>{service}{what} {charged}，超过指导价上限 {cap} {excess} 元（{rules}）。</source>
        <translation>{service} {what}: {charged}, {excess} yuan above the guide-price cap of {cap} ({rules}).</translation>
    </message>
    <message>
        <source>{amount}元/{unit}</source>
        <translation>{amount} yuan/{unit}</translation>
    </message>
    <message>
        <source>现行收费标准（自 {start} 起执行）尚未登记公示。</source>
        <translation>The fee schedule in force (from {start}) has no recorded publicity.</translation>
    </message>
    <message>
        <source>近{months}个月内调整收费标准{changes}次，超过辖区规定的{max}次（{rules}）。</source>
        <translation>Fee schedule changes in the last {months}-month window: {changes}, above the district&apos;s limit of {max} ({rules}).</translation>
    </message>
    <message>
        <source>收费公示汇总表</source>
        <translation>Fee publicity summary</translation>
    </message>
    <message>
        <source>每家机构一行：现行收费标准（按服务类型的保育费、伙食费、其他收费）、执行日期、公示情况和是否超过指导价。</source>
        <translation>One row per nursery: the fees in force (care, meal and other fees by service type), their start date, publicity and whether they exceed the guide price.</translation>
    </message>
    <message>
        <source>备案登记簿</source>
        <translation>Filing register</translation>
    </message>
    <message>
        <source>每件已办结（出具回执）的备案一行：首次、变更和注销备案的回执编号、提交和回执日期、办理状态及经办人，按备案类型合计。</source>
        <translation>One row per completed filing (receipt issued): receipt number of each initial, change and cancellation filing, submission and receipt dates, state and handling clerk, with totals by filing type.</translation>
    </message>
    <message>
        <source>监督检查台账</source>
        <translation>Inspection ledger</translation>
    </message>
    <message>
        <source>每次已记录的检查一行：检查日期、类型、部门和人员，检查项目中不符合和基本符合的项数，检查结论、整改通知书编号和办理状态，按检查类型和检查结论合计。</source>
        <translation>One row per recorded inspection: date, type, department and inspectors, the number of items not met and basically met, conclusion, rectification notice number and state, with totals by type and conclusion.</translation>
    </message>
    <message>
        <source>托育机构名册</source>
        <translation>Register of nurseries</translation>
    </message>
    <message>
        <source>每家托育机构一行：登记、人员、场所、托位、班级和备案信息，合计托位数、普惠托位数和在托人数。</source>
        <translation>One row per nursery: registration, people, premises, places, classes and filing, with totals of places, inclusive places and children enrolled.</translation>
    </message>
    <message>
        <source>整改台账</source>
        <translation>Rectification ledger</translation>
    </message>
    <message>
        <source>每个整改事项一行：检查日期和部门、问题及依据、整改通知书编号、整改期限、重新限期次数、整改状态（含逾期）、报告整改和销号日期及升级处理，按整改状态合计。</source>
        <translation>One row per rectification item: inspection date and department, problem and basis, notice number, deadline, times the deadline was reset, state (overdue included), dates reported and closed, and escalation, with totals by state.</translation>
    </message>
    <message>
        <source>从业人员名册</source>
        <translation>Staff register</translation>
    </message>
    <message>
        <source>制表日在岗的托育机构工作人员，每人一行：岗位、入职日期、有效资格证书、健康合格证和违法犯罪记录查询。</source>
        <translation>Nursery staff in post on the day of the register, one row each: role, start date, valid qualification certificates, health certificate and criminal-record check.</translation>
    </message>
    <message>
        <source>禁入人员名单</source>
        <translation>Ban list</translation>
    </message>
    <message>
        <source>禁入名单中的每个人一行：禁入事由、决定书文号、决定日期和机关，已解除的注明解除决定。</source>
        <translation>One row per person on the ban list: reason, decision number, date and authority; a lifted ban names the lifting decision.</translation>
    </message>
    <message>
        <source>托育服务统计汇总表</source>
        <translation>Childcare services statistical summary</translation>
    </message>
    <message>
        <source>按街道（乡镇）汇总机构数（按性质和备案状态）、托位数、普惠托位数、在托人数和每千人口托位数，与国家目标比较。</source>
        <translation>By street / township: nurseries (by legal nature and filing state), places, inclusive places, children enrolled and places per 1,000 residents, against the national target.</translation>
    </message>
    <message>
        <source>必需材料“{title}”尚未提供</source>
        <translation>required material “{title}” has not been provided</translation>
    </message>
    <message>
        <source>材料“{title}”尚未审核通过</source>
        <translation>material “{title}” has not been checked and passed</translation>
    </message>
    <message>
        <source>消防安全证明未注明证明类型</source>
        <translation>the fire-safety proof does not state its kind</translation>
    </message>
    <message>
        <source>{title}的结论不是“合格”</source>
        <translation>the conclusion of “{title}” is not “Qualified”</translation>
    </message>
    <message>
        <source>退回补正须至少标记一项缺失或不符合要求的材料</source>
        <translation>a return for supplement needs at least one material marked missing or not acceptable</translation>
    </message>
    <message>
        <source>材料“{title}”未说明需补正的原因</source>
        <translation>material “{title}” does not say what must be supplemented</translation>
    </message>
    <message>
        <source>变更备案须至少列明一项变更事项</source>
        <translation>a change filing must list at least one change item</translation>
    </message>
    <message>
        <source>注销备案须填写在托幼儿和工作人员的安置情况</source>
        <translation>a cancellation must state how the children and staff are settled</translation>
    </message>
    <message>
        <source>须填写不符合要求的具体情况</source>
        <translation>state in what way the application does not conform</translation>
    </message>
    <message>
        <source>不能{action}：{problems}。</source>
        <translation>Cannot “{action}”: {problems}.</translation>
    </message>
    <message numerus="yes">
        <source>提交申请，应于{due}前完成备案并出具回执（{days}个工作日）</source>
        <translation>
            <numerusform>Submitted; filing and receipt due by {due} ({days} working day)</numerusform>
            <numerusform>Submitted; filing and receipt due by {due} ({days} working days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>继续计时，剩余{days}个工作日</source>
        <translation>
            <numerusform>clock resumed with {days} working day left</numerusform>
            <numerusform>clock resumed with {days} working days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>重新计时{days}个工作日</source>
        <translation>
            <numerusform>clock restarted at {days} working day</numerusform>
            <numerusform>clock restarted at {days} working days</numerusform>
        </translation>
    </message>
    <message>
        <source>补正材料后重新提交，{how}，应于{due}前出具回执</source>
        <translation>Resubmitted after supplement; {how}; receipt due by {due}</translation>
    </message>
    <message numerus="yes">
        <source>期限暂停计算，剩余{days}个工作日</source>
        <translation>
            <numerusform>Deadline paused with {days} working day left</numerusform>
            <numerusform>Deadline paused with {days} working days left</numerusform>
        </translation>
    </message>
    <message>
        <source>补正后重新计算期限</source>
        <translation>The deadline is counted again after the supplement</translation>
    </message>
    <message>
        <source>{title}（{note}）</source>
        <translation>{title} ({note})</translation>
    </message>
    <message>
        <source>退回补正：{materials}。{clock}</source>
        <translation>Returned for supplement: {materials}. {clock}</translation>
    </message>
    <message numerus="yes">
        <source>受理备案，出具回执（编号 {receipt}）；如发现不符合要求，应于{due}前告知（{days}个工作日）</source>
        <translation>
            <numerusform>Accepted; receipt no. {receipt} issued; any non-conformity to be notified by {due} ({days} working day)</numerusform>
            <numerusform>Accepted; receipt no. {receipt} issued; any non-conformity to be notified by {due} ({days} working days)</numerusform>
        </translation>
    </message>
    <message>
        <source>核实完成，符合要求。{reason}</source>
        <translation>Verified: meets the requirements. {reason}</translation>
    </message>
    <message>
        <source>（已超过15个工作日期限）</source>
        <translation> (after the 15-working-day limit)</translation>
    </message>
    <message>
        <source>申请人撤回申请：{reason}</source>
        <translation>Withdrawn by the applicant: {reason}</translation>
    </message>
    <message>
        <source>请填写冻结后公布的公开数值（如开奖号码及其来源、期号）。</source>
        <translation>Enter the public value published after the freeze (e.g. the winning numbers, their source and issue).</translation>
    </message>
    <message>
        <source>公开数值不能超过{max}个字符。</source>
        <translation>The public value may have at most {max} characters.</translation>
    </message>
    <message>
        <source>请填写核对公开数值的见证人姓名。</source>
        <translation>Enter the name of the witness who checks the public value.</translation>
    </message>
    <message>
        <source>见证人姓名不能超过{max}个字符。</source>
        <translation>The witness&apos;s name may have at most {max} characters.</translation>
    </message>
    <message>
        <source>抽取数量必须大于0。</source>
        <translation>The count must be greater than 0.</translation>
    </message>
    <message>
        <source>抽取数量（{count}家）超过抽取范围内的机构数（{population}家）。</source>
        <translation>The count ({count}) exceeds the nurseries in the population ({population}).</translation>
    </message>
    <message>
        <source>每家机构的检查人员数必须大于0。</source>
        <translation>The inspectors per nursery must be greater than 0.</translation>
    </message>
    <message>
        <source>检查人员（{pool}名）少于每家机构所需的人数（{per_nursery}名）。</source>
        <translation>Inspectors selected: {pool}, fewer than the {per_nursery} each nursery needs.</translation>
    </message>
    <message>
        <source>第 {id} 次抽取已冻结、尚未开奖：请先录入公开数值开奖，再冻结新的抽取。</source>
        <translation>Draw {id} is frozen and not yet drawn: enter its public value and draw it before freezing another.</translation>
    </message>
    <message>
        <source>按所选条件没有可抽取的机构。</source>
        <translation>No nursery meets the chosen conditions.</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>普惠性</source>
        <translation>Inclusive</translation>
    </message>
    <message>
        <source>非普惠性</source>
        <translation>Non-inclusive</translation>
    </message>
    <message>
        <source>全部街道（乡镇）</source>
        <translation>All streets/townships</translation>
    </message>
    <message>
        <source>街道（乡镇）：{street}；机构性质：{nature}；机构类型：{kind}；机构状态：{statuses}；普惠性：{inclusive}</source>
        <translation>Street/township: {street}; legal nature: {nature}; type: {kind}; status: {statuses}; inclusive: {inclusive}</translation>
    </message>
    <message>
        <source>，结论：{overall}</source>
        <translation>, result: {overall}</translation>
    </message>
    <message>
        <source>，整改通知书 {no}</source>
        <translation>, rectification notice {no}</translation>
    </message>
    <message>
        <source>{day} {departments}{kind}（{state}{result}{notice}）</source>
        <translation>{day} {kind} by {departments} ({state}{result}{notice})</translation>
    </message>
    <message>
        <source>整改通知书 {no} 于{day}送达</source>
        <translation>Rectification notice {no} delivered on {day}</translation>
    </message>
    <message>
        <source>{day} {act}：{before} → {after}（{note}）</source>
        <translation>{day} {act}: {before} → {after} ({note})</translation>
    </message>
    <message>
        <source>{day} {act}：{before} → {after}</source>
        <translation>{day} {act}: {before} → {after}</translation>
    </message>
    <message>
        <source>录入机构信息</source>
        <translation>Nursery information entered</translation>
    </message>
    <message>
        <source>无代码</source>
        <translation>no code</translation>
    </message>
    <message>
        <source>在{organ}取得{certificate}（{uscc}）</source>
        <translation>{certificate} obtained from {organ} ({uscc})</translation>
    </message>
    <message>
        <source>在登记机关取得{certificate}（{uscc}）</source>
        <translation>{certificate} obtained from the registration authority ({uscc})</translation>
    </message>
    <message>
        <source>最近修改（第 {version} 版）</source>
        <translation>Last changed (version {version})</translation>
    </message>
    <message>
        <source>确认提示后保存：{message} 理由：{reason}</source>
        <translation>Saved after confirming a warning: {message} Reason: {reason}</translation>
    </message>
    <message>
        <source>不是同一机构</source>
        <translation>not the same nursery</translation>
    </message>
    <message>
        <source>是同一机构</source>
        <translation>the same nursery</translation>
    </message>
    <message>
        <source>与“{other}”比对：{verdict}</source>
        <translation>Compared with “{other}”: {verdict}</translation>
    </message>
    <message>
        <source>导入的推送数据修改了：{fields}</source>
        <translation>Changed by pushed data: {fields}</translation>
    </message>
    <message>
        <source>修改了：{fields}</source>
        <translation>Changed: {fields}</translation>
    </message>
    <message>
        <source>{role}“{name}”入职</source>
        <translation>{role} “{name}” started</translation>
    </message>
    <message>
        <source>{role}“{name}”离职：{reason}</source>
        <translation>{role} “{name}” left: {reason}</translation>
    </message>
    <message>
        <source>{role}“{name}”离职</source>
        <translation>{role} “{name}” left</translation>
    </message>
    <message>
        <source>“{name}”列入禁入名单（{authority}{decision}）</source>
        <translation>“{name}” put on the ban list ({authority} {decision})</translation>
    </message>
    <message>
        <source>“{name}”的禁入已解除（{decision}）</source>
        <translation>The ban on “{name}” was lifted ({decision})</translation>
    </message>
    <message>
        <source>按设置自动接受</source>
        <translation>accepted automatically as set</translation>
    </message>
    <message>
        <source>{name}确认</source>
        <translation>confirmed by {name}</translation>
    </message>
    <message>
        <source>（{reason}）</source>
        <translation> ({reason})</translation>
    </message>
    <message>
        <source>由{level}{organ}推送，{who}{extra}（{file} 第{row}行）</source>
        <translation>Pushed by {organ} ({level}), {who}{extra} ({file}, row {row})</translation>
    </message>
    <message>
        <source>当前角色（{role}）无权{action}。</source>
        <translation>Your role ({role}) does not allow “{action}”.</translation>
    </message>
    <message>
        <source>找不到记录号为 {id} 的机构。</source>
        <translation>There is no nursery no. {id}.</translation>
    </message>
    <message>
        <source>已有自 {start} 起执行的参数版本，请修改该版本或另选日期。</source>
        <translation>A parameter version in force from {start} exists already: edit that version or choose another date.</translation>
    </message>
    <message>
        <source>找不到记录号为 {id} 的收费参数版本。</source>
        <translation>There is no fee parameter version no. {id}.</translation>
    </message>
    <message>
        <source>自 {start} 起的参数版本已经生效，不能修改；请新增一个自今后某日起执行的版本。</source>
        <translation>The parameter version from {start} is in force already and cannot be changed; add a version that starts on a later day.</translation>
    </message>
    <message>
        <source>请填写参数的执行日期。</source>
        <translation>Enter the date the parameters take effect.</translation>
    </message>
    <message>
        <source>统计调价次数的期间应为 1 至 {max} 个月。</source>
        <translation>The window for counting fee changes must be 1 to {max} months.</translation>
    </message>
    <message>
        <source>允许的调价次数不能为负数。</source>
        <translation>The number of changes allowed cannot be negative.</translation>
    </message>
    <message>
        <source>投诉电话过长。</source>
        <translation>A complaints phone number is too long.</translation>
    </message>
    <message>
        <source>{service}按{unit}的指导价重复填写。</source>
        <translation>The guide price for {service} per {unit} is entered twice.</translation>
    </message>
    <message>
        <source>指导价应在 0 至 {max} 元之间。</source>
        <translation>A guide price must be between 0 and {max} yuan.</translation>
    </message>
    <message>
        <source>备注过长。</source>
        <translation>The note is too long.</translation>
    </message>
    <message>
        <source>{nursery}在 {day} 没有执行中的收费标准，不能生成收费公示表。请核对查看日期。</source>
        <translation>{nursery} had no fee schedule in force on {day}, so no fee notice can be created. Check the “As of” date.</translation>
    </message>
    <message>
        <source>该标准于 {day} 公示，可将查看日期改为该日或之后。</source>
        <translation>It was publicised on {day}: set “As of” to that day or later.</translation>
    </message>
    <message>
        <source>请先登记公示。</source>
        <translation>Record its publicity first.</translation>
    </message>
    <message>
        <source>{nursery}在 {day} 执行的收费标准（{period}）当日尚未公示，不能生成收费公示表。{later}</source>
        <translation>The fee schedule {nursery} had in force on {day} ({period}) had not been publicised by that day, so no fee notice can be created. {later}</translation>
    </message>
    <message>
        <source>该机构已注销，收费记录只读。</source>
        <translation>The nursery is cancelled: its fee records are read-only.</translation>
    </message>
    <message>
        <source>公示日期不能晚于今天。</source>
        <translation>The publicity date cannot be later than today.</translation>
    </message>
    <message>
        <source>未设置附件文件夹，无法保存或打开公示凭证。</source>
        <translation>No attachment folder is set: publicity evidence cannot be saved or opened.</translation>
    </message>
    <message>
        <source>该机构的收费标准刚被“{who}”更新，请重新打开后再登记；您填写的内容尚未保存。</source>
        <translation>The nursery&apos;s fee schedule was just updated by “{who}”: open it again and record anew; what you entered has not been saved.</translation>
    </message>
    <message>
        <source>该机构的收费标准刚被其他用户更新，请重新打开后再登记；您填写的内容尚未保存。</source>
        <translation>The nursery&apos;s fee schedule was just updated by another user: open it again and record anew; what you entered has not been saved.</translation>
    </message>
    <message>
        <source>该机构的收费记录刚被其他窗口或用户修改，请重新打开后再登记；您填写的内容尚未保存。</source>
        <translation>The nursery&apos;s fee records were just changed in another window or by another user: open them again and record anew; what you entered has not been saved.</translation>
    </message>
    <message>
        <source>找不到记录号为 {id} 的收费标准。</source>
        <translation>There is no fee schedule no. {id}.</translation>
    </message>
    <message>
        <source>{service}指导价：{problem}</source>
        <translation>{service} guide price: {problem}</translation>
    </message>
    <message>
        <source>创建申请（草稿）</source>
        <translation>Application created (draft)</translation>
    </message>
    <message>
        <source>{kind}：{line}</source>
        <translation>{kind}: {line}</translation>
    </message>
    <message>
        <source>出具{document}（原件）</source>
        <translation>{document} issued (original)</translation>
    </message>
    <message>
        <source>提交申请</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>开始材料审核</source>
        <translation>Materials check started</translation>
    </message>
    <message>
        <source>退回补正：材料不齐全</source>
        <translation>Returned for supplement: materials incomplete</translation>
    </message>
    <message>
        <source>申请人撤回申请</source>
        <translation>Withdrawn by the applicant</translation>
    </message>
    <message>
        <source>受理备案，出具回执（编号 {receipt}）</source>
        <translation>Accepted; receipt no. {receipt} issued</translation>
    </message>
    <message>
        <source>核实完成，符合要求</source>
        <translation>Verified: meets the requirements</translation>
    </message>
    <message>
        <source>通知不符合要求并公开：{what}{late}</source>
        <translation>Non-conformity notified and made public: {what}{late}</translation>
    </message>
    <message>
        <source>检查发现“{code} {item}”{result}{note}；责令限{rule}内整改，期限至{deadline}（{notice}）</source>
        <translation>Finding “{code} {item}” ({result}{note}); rectify within {rule}, by {deadline} ({notice})</translation>
    </message>
    <message>
        <source>机构报告整改情况：{report}</source>
        <translation>The nursery reported its rectification: {report}</translation>
    </message>
    <message>
        <source>复查{result}{note}；第{count}次重新限期整改，期限至{deadline}（{notice}）</source>
        <translation>Re-check: {result}{note}; rectification ordered again (reissue {count}), by {deadline} ({notice})</translation>
    </message>
    <message>
        <source>复查{result}，整改到位，销号</source>
        <translation>Re-check: {result}; rectified, closed</translation>
    </message>
    <message>
        <source>整改期限{deadline}已过，逾期未整改</source>
        <translation>Deadline {deadline} passed without rectification</translation>
    </message>
    <message>
        <source>逾期未整改，{kind}{note}</source>
        <translation>Not rectified in time: {kind}{note}</translation>
    </message>
    <message>
        <source>：{note}</source>
        <translation>: {note}</translation>
    </message>
    <message numerus="yes">
        <source>{days}个工作日</source>
        <translation>
            <numerusform>{days} working day</numerusform>
            <numerusform>{days} working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{days}日</source>
        <translation>
            <numerusform>{days} day</numerusform>
            <numerusform>{days} days</numerusform>
        </translation>
    </message>
    <message>
        <source>录入{year}年节假日安排（{basis}）</source>
        <translation>Holiday arrangement for {year} entered ({basis})</translation>
    </message>
    <message>
        <source>更正{day}为{kind}（{basis}）</source>
        <translation>{day} corrected to {kind} ({basis})</translation>
    </message>
    <message>
        <source>删除{day}的工作日历录入</source>
        <translation>Calendar entry for {day} removed</translation>
    </message>
    <message>
        <source>{reason}：{what}{after}经重新计算不变，仍为暂定</source>
        <translation>{reason}: {what}: {after}, unchanged after recounting, still provisional</translation>
    </message>
    <message>
        <source>{reason}：{what}{after}经重新计算不变，转为正式期限</source>
        <translation>{reason}: {what}: {after}, unchanged after recounting, now final</translation>
    </message>
    <message>
        <source>{reason}：{what}由{old}调整为{after}</source>
        <translation>{reason}: {what}: {old} → {after}</translation>
    </message>
    <message>
        <source>{name} {price}</source>
        <translation>{name} {price}</translation>
    </message>
    <message>
        <source>{service} {items}</source>
        <translation>{service}: {items}</translation>
    </message>
    <message>
        <source>登记收费标准，自 {start} 起执行：{parts}</source>
        <translation>Fee schedule recorded, in force from {start}: {parts}</translation>
    </message>
    <message>
        <source>（凭证：{file}）</source>
        <translation> (evidence: {file})</translation>
    </message>
    <message>
        <source>收费标准（自 {start} 起执行）于 {day} 通过{channel}公示{evidence}</source>
        <translation>Fee schedule (from {start}) publicised on {day}: {channel}{evidence}</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>登记全国系统备案编号“{number}”，日期{day}</source>
        <translation>National filing system number “{number}” recorded, dated {day}</translation>
    </message>
    <message>
        <source>{label}：{old}→{new}</source>
        <translation>{label}: {old} → {new}</translation>
    </message>
    <message>
        <source>变更事项：{items}</source>
        <translation>Changes: {items}</translation>
    </message>
    <message>
        <source>审核材料“{title}”：{result}（{note}）</source>
        <translation>Material “{title}” reviewed: {result} ({note})</translation>
    </message>
    <message>
        <source>审核材料“{title}”：{result}</source>
        <translation>Material “{title}” reviewed: {result}</translation>
    </message>
    <message>
        <source>为“{title}”附加扫描件“{file}”</source>
        <translation>Scan “{file}” attached to “{title}”</translation>
    </message>
    <message>
        <source>移除“{title}”的扫描件“{file}”</source>
        <translation>Scan “{file}” removed from “{title}”</translation>
    </message>
    <message>
        <source>出具{document}（副本，第{copy}次补打）</source>
        <translation>{document} issued (copy, reprint {copy})</translation>
    </message>
    <message>
        <source>出具回执期限</source>
        <translation>Receipt deadline</translation>
    </message>
    <message>
        <source>核实/告知不符合要求期限</source>
        <translation>Verification / non-conformity notice deadline</translation>
    </message>
    <message>
        <source>机构报告整改情况（逾期报告）：{report}</source>
        <translation>The nursery reported its rectification (late): {report}</translation>
    </message>
    <message>
        <source>整改事项“{code}”逾期未整改，责令停业整顿{note}</source>
        <translation>Finding “{code}” not rectified in time: suspension for rectification ordered{note}</translation>
    </message>
    <message>
        <source>检查（{day}）结论不合格，责令停业整顿</source>
        <translation>Inspection of {day} unqualified: suspension for rectification ordered</translation>
    </message>
    <message>
        <source>{day}（暂定，节假日安排未录入）</source>
        <translation>{day} (provisional: holiday arrangement not entered)</translation>
    </message>
</context>
<context>
    <name>DraftBinding</name>
    <message>
        <source>请选择机构性质</source>
        <translation>Choose the legal nature</translation>
    </message>
    <message>
        <source>（未确定）</source>
        <translation>(not determined)</translation>
    </message>
    <message>
        <source>{organ}（不能登记该性质的机构）</source>
        <translation>{organ} (cannot register this legal nature)</translation>
    </message>
    <message>
        <source>（未填写）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>（未选择）</source>
        <translation>(not chosen)</translation>
    </message>
</context>
<context>
    <name>DrawDialog</name>
    <message>
        <source>当前角色无权双随机抽取：可查看、打印和复核历次抽取。</source>
        <translation>Your role may not make random selections: past draws can be viewed, printed and verified.</translation>
    </message>
    <message>
        <source>已选 {n} 名检查人员</source>
        <translation>{n} inspectors selected</translation>
    </message>
    <message numerus="yes">
        <source>{n} 家机构</source>
        <translation>
            <numerusform>{n} nursery</numerusform>
            <numerusform>{n} nurseries</numerusform>
        </translation>
    </message>
    <message>
        <source>尚未抽取。先冻结抽取范围，待约定的公开数值公布后再开奖。</source>
        <translation>Nothing drawn yet. Freeze the population first, then draw once the agreed public value is published.</translation>
    </message>
    <message>
        <source>抽查编号 {id} · 冻结于 {at} · {who} · 待开奖
抽取范围：{size} 家机构 · 抽取 {count} 家
范围校验值（SHA-256）：{digest}
请在约定的公开数值公布后录入公开数值和见证人，再点“开奖”。</source>
        <translation>Draw {id} · frozen {at} · {who} · waiting for the public value
Population: {size} nurseries · drawing {count}
Population fingerprint (SHA-256): {digest}
Once the agreed public value is published, enter it and the witness, then click “Draw the outcome”.</translation>
    </message>
    <message>
        <source>抽查编号 {id} · 冻结于 {frozen} · 开奖于 {at} · {who}
公开数值：{value} · 见证人：{witness}
随机种子：{seed} · 抽取范围：{size} 家机构
范围校验值（SHA-256）：{digest}</source>
        <translation>Draw {id} · frozen {frozen} · drawn {at} · {who}
Public value: {value} · witness: {witness}
Seed: {seed} · population: {size} nurseries
Population fingerprint (SHA-256): {digest}</translation>
    </message>
    <message>
        <source>系统随机生成</source>
        <translation>generated by the system</translation>
    </message>
    <message>
        <source>抽取人指定</source>
        <translation>set by the person drawing</translation>
    </message>
    <message>
        <source>抽查编号 {id} · {at} · {who}
随机种子：{seed}（{origin}） · 抽取范围：{size} 家机构
范围校验值（SHA-256）：{digest}</source>
        <translation>Draw {id} · {at} · {who}
Random seed: {seed} ({origin}) · pool: {size} nurseries
Pool checksum (SHA-256): {digest}</translation>
    </message>
    <message>
        <source>双随机抽查结果-{id}.pdf</source>
        <translation>Random-draw-{id}.pdf</translation>
    </message>
    <message>
        <source>待开奖</source>
        <translation>Waiting for the public value</translation>
    </message>
    <message>
        <source>第 {id} 次抽取已冻结、尚未开奖：请先录入公开数值开奖，再冻结新的抽取。</source>
        <translation>Draw {id} is frozen and not yet drawn: enter its public value and draw it before freezing another.</translation>
    </message>
    <message>
        <source>复核一致：以记录的随机种子和抽取范围重新抽取，结果与第 {id} 次抽取完全相同。</source>
        <translation>Verified: drawing again with the recorded seed and pool gives exactly the result of draw {id}.</translation>
    </message>
    <message>
        <source>复核不一致：第 {id} 次抽取的记录与重新抽取的结果不同，记录可能已被改动。</source>
        <translation>Mismatch: the record of draw {id} differs from drawing again; the record may have been altered.</translation>
    </message>
    <message>
        <source>双随机抽查</source>
        <translation>Random inspection draw</translation>
    </message>
    <message>
        <source>抽取条件</source>
        <translation>Draw criteria</translation>
    </message>
    <message>
        <source>街道（乡镇）(&amp;J)：</source>
        <translation>Street/to&amp;wnship:</translation>
    </message>
    <message>
        <source>机构性质(&amp;N)：</source>
        <translation>Legal &amp;nature:</translation>
    </message>
    <message>
        <source>机构类型(&amp;K)：</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>机构状态(&amp;S)：</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>普惠性(&amp;U)：</source>
        <translation>Incl&amp;usive:</translation>
    </message>
    <message>
        <source>抽取范围：</source>
        <translation>Pool:</translation>
    </message>
    <message>
        <source>抽取数量(&amp;C)：</source>
        <translation>&amp;Count:</translation>
    </message>
    <message>
        <source> 家</source>
        <translation> nurseries</translation>
    </message>
    <message>
        <source>每家检查人员(&amp;P)：</source>
        <translation>Ins&amp;pectors per nursery:</translation>
    </message>
    <message>
        <source> 名</source>
        <translation> inspectors</translation>
    </message>
    <message>
        <source>检查人员名单（勾选参加抽取的人员）</source>
        <translation>Inspectors (tick those taking part in the draw)</translation>
    </message>
    <message>
        <source>姓名(&amp;M)：</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>名单外的人员：输入姓名后按回车添加</source>
        <translation>Someone not listed: type the name and press Enter</translation>
    </message>
    <message>
        <source>添加(&amp;A)</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>公开数值(&amp;E)：</source>
        <translation>Public valu&amp;e:</translation>
    </message>
    <message>
        <source>冻结后公布的公开数值，如“第2026141期福彩3D开奖号码 507”</source>
        <translation>A public value published after the freeze, e.g. “Welfare Lottery 3D draw 2026141: 507”</translation>
    </message>
    <message>
        <source>见证人(&amp;W)：</source>
        <translation>&amp;Witness:</translation>
    </message>
    <message>
        <source>核对公开数值的见证人姓名</source>
        <translation>Name of the witness who checks the public value</translation>
    </message>
    <message>
        <source>冻结抽取范围(&amp;D)</source>
        <translation>Freeze the population (step 1, &amp;D)</translation>
    </message>
    <message>
        <source>第一步：冻结抽取范围、抽取数量和检查人员名单（记录在案），再等待公开数值公布</source>
        <translation>Step 1: freeze the population, the count and the inspectors (recorded), then wait for the public value</translation>
    </message>
    <message>
        <source>开奖(&amp;O)</source>
        <translation>Draw the &amp;outcome</translation>
    </message>
    <message>
        <source>第二步：录入冻结后公布的公开数值和见证人，由此计算随机种子并抽取</source>
        <translation>Step 2: enter the public value published after the freeze and the witness; the seed is computed from it</translation>
    </message>
    <message>
        <source>抽取结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>机构名称</source>
        <translation>Nursery name</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>街道（乡镇）</source>
        <translation>Street / township</translation>
    </message>
    <message>
        <source>检查人员</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <source>打印(&amp;R)…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>导出PDF(&amp;X)…</source>
        <translation>E&amp;xport PDF…</translation>
    </message>
    <message>
        <source>历次抽取</source>
        <translation>Past draws</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>抽取时间</source>
        <translation>Drawn at</translation>
    </message>
    <message>
        <source>抽取人</source>
        <translation>Drawn by</translation>
    </message>
    <message>
        <source>随机种子</source>
        <translation>Random seed</translation>
    </message>
    <message>
        <source>抽取数量</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>抽取范围</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>查看(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>复核(&amp;F)</source>
        <translation>Veri&amp;fy</translation>
    </message>
    <message>
        <source>全部街道（乡镇）</source>
        <translation>All streets/townships</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>已备案且在营（默认）</source>
        <translation>Filed and operating (default)</translation>
    </message>
    <message>
        <source>普惠性</source>
        <translation>Inclusive</translation>
    </message>
    <message>
        <source>非普惠性</source>
        <translation>Non-inclusive</translation>
    </message>
</context>
<context>
    <name>DueDates</name>
    <message>
        <source>（暂定，节假日安排未录入）</source>
        <translation> (provisional: holiday arrangement not entered)</translation>
    </message>
    <message>
        <source>（暂定）</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>{year}年</source>
        <translation>{year}</translation>
    </message>
    <message>
        <source>{years}的法定节假日安排尚未录入：涉及该年的期限暂按周一至周五上班、元旦（1月1日）、劳动节（5月1日、2日）和国庆节（10月1日至3日）放假计算，并注明“暂定，节假日安排未录入”。请系统管理员在“系统设置—工作日历”中录入，录入后这些期限自动重新计算。</source>
        <translation>The public-holiday arrangement of {years} has not been entered: deadlines reaching into it are counted provisionally as Monday to Friday with New Year&apos;s Day (1 January), Labour Day (1–2 May) and National Day (1–3 October) off, and marked &quot;provisional: holiday arrangement not entered&quot;. The system administrator enters it under Settings → Working-day calendar; those deadlines are then recomputed.</translation>
    </message>
    <message>
        <source>{due}：{why}</source>
        <translation>{due}: {why}</translation>
    </message>
</context>
<context>
    <name>DueListDialog</name>
    <message>
        <source>证照到期</source>
        <translation>Certificates due</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>Expiring soon</translation>
    </message>
    <message>
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>状态(&amp;S)：</source>
        <translation>&amp;State:</translation>
    </message>
    <message>
        <source>共 {count} 项</source>
        <translation>{count} items</translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message>
        <source>机构</source>
        <translation>Nursery</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>证照或检查</source>
        <translation>Certificate or check</translation>
    </message>
    <message>
        <source>到期日期</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>将到期</source>
        <translation>Expiring</translation>
    </message>
    <message>
        <source>禁入人员在岗（{decision}）</source>
        <translation>Banned person on post ({decision})</translation>
    </message>
    <message>
        <source>须立即处理</source>
        <translation>Act now</translation>
    </message>
</context>
<context>
    <name>DuplicateCompareDialog</name>
    <message>
        <source>可能重复的机构</source>
        <translation>Possible duplicate nurseries</translation>
    </message>
    <message>
        <source>新录入与已有记录对照</source>
        <translation>New entry compared with existing records</translation>
    </message>
    <message>
        <source>是同一机构（打开已有记录）(&amp;O)</source>
        <translation>Same nursery (&amp;open the existing record)</translation>
    </message>
    <message>
        <source>不是同一机构，继续保存(&amp;N)</source>
        <translation>&amp;Not the same nursery, save anyway</translation>
    </message>
    <message>
        <source>返回修改(&amp;B)</source>
        <translation>&amp;Back to editing</translation>
    </message>
    <message>
        <source>本辖区已有 {n} 家名称或地址相近的机构。请逐项比对：若为同一机构，请打开已有记录修改；若确认不是同一机构，可继续保存（将记录您的判断）。</source>
        <translation>{n} nurseries in the district have a similar name or address. Compare them one by one: if it is the same nursery, open the existing record and edit it; if you are sure it is not, you can save anyway (your decision is recorded).</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>相似项</source>
        <translation>Similar fields</translation>
    </message>
    <message>
        <source>本次录入</source>
        <translation>This entry</translation>
    </message>
    <message>
        <source>已有记录（记录号 {id}）</source>
        <translation>Existing record (record {id})</translation>
    </message>
    <message>
        <source>（尚未保存）</source>
        <translation>(not saved yet)</translation>
    </message>
    <message>
        <source>（未填写）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>与本次录入相近</source>
        <translation>Similar to this entry</translation>
    </message>
    <message>
        <source>打开“{name}”</source>
        <translation>Open “{name}”</translation>
    </message>
</context>
<context>
    <name>EncryptionPanel</name>
    <message>
        <source>加密数据库…</source>
        <translation>Encrypt database…</translation>
    </message>
    <message>
        <source>数据库：已加密（各账号以自己的密码解锁；备份同样加密）</source>
        <translation>Database: encrypted (each account unlocks it with its own password; backups are encrypted too)</translation>
    </message>
    <message>
        <source>数据库：未加密（其他能读取此文件的人可以看到全部数据）</source>
        <translation>Database: not encrypted (anyone who can read this file can see all of its data)</translation>
    </message>
    <message>
        <source>加密数据库</source>
        <translation>Encrypt database</translation>
    </message>
    <message>
        <source>先备份，再把数据库转为加密文件；完成后程序退出，重新启动后各账号以自己的密码登录解锁。辖区恢复口令用于在所有账号密码都遗失时打开数据库：请抄写在纸上，密封后存放在单位保险柜。</source>
        <translation>A backup is made first, then the database is converted to an encrypted file; the program then exits, and after a restart each account signs in and unlocks it with its own password. The district recovery secret opens the database when every account&apos;s password is lost: write it on paper, seal it and keep it in the office safe.</translation>
    </message>
    <message>
        <source>本人密码(&amp;O)：</source>
        <translation>Your &amp;password:</translation>
    </message>
    <message>
        <source>恢复口令(&amp;P)：</source>
        <translation>Recovery &amp;secret:</translation>
    </message>
    <message>
        <source>确认恢复口令(&amp;C)：</source>
        <translation>&amp;Confirm recovery secret:</translation>
    </message>
    <message>
        <source>两次输入的恢复口令不一致。</source>
        <translation>The two recovery secrets do not match.</translation>
    </message>
    <message>
        <source>正在备份并加密数据库，请稍候…</source>
        <translation>Backing up and encrypting the database, please wait…</translation>
    </message>
    <message>
        <source>数据库已加密，加密前的备份在：{path}
程序将退出，请重新启动并登录。</source>
        <translation>The database is encrypted; the backup made before is at: {path}
The program will exit; restart it and sign in.</translation>
    </message>
    <message>
        <source>数据库未加密：{message}
程序将退出，请重新启动。</source>
        <translation>The database was not encrypted: {message}
The program will exit; please restart it.</translation>
    </message>
    <message>
        <source>加密完成</source>
        <translation>Encryption complete</translation>
    </message>
    <message>
        <source>加密未完成</source>
        <translation>Encryption not completed</translation>
    </message>
</context>
<context>
    <name>FeeHistoryTableModel</name>
    <message>
        <source>执行期</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>收费项目</source>
        <translation>Fee items</translation>
    </message>
    <message>
        <source>公示情况</source>
        <translation>Publicity</translation>
    </message>
    <message>
        <source>登记人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>{start} 起（尚未生效）</source>
        <translation>from {start} (not yet in force)</translation>
    </message>
    <message>
        <source>{start} 起至今</source>
        <translation>from {start}</translation>
    </message>
    <message>
        <source>{start} 至 {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>{count} 项</source>
        <translation>{count} items</translation>
    </message>
    <message>
        <source>未公示</source>
        <translation>Not publicised</translation>
    </message>
</context>
<context>
    <name>FeeItemTableModel</name>
    <message>
        <source>服务类型</source>
        <translation>Service type</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>收费项目</source>
        <translation>Fee items</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>计费单位</source>
        <translation>Billing unit</translation>
    </message>
    <message>
        <source>服务内容及说明</source>
        <translation>Services and notes</translation>
    </message>
    <message>
        <source>元/{unit}</source>
        <translation>yuan/{unit}</translation>
    </message>
</context>
<context>
    <name>FeeOverviewTableModel</name>
    <message>
        <source>机构名称</source>
        <translation>Nursery name</translation>
    </message>
    <message>
        <source>街道（乡镇）</source>
        <translation>Street / township</translation>
    </message>
    <message>
        <source>法人性质</source>
        <translation>Legal nature</translation>
    </message>
    <message>
        <source>普惠性</source>
        <translation>Inclusive</translation>
    </message>
    <message>
        <source>执行日期</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <source>全日托</source>
        <translation>Full-day</translation>
    </message>
    <message>
        <source>半日托</source>
        <translation>Half-day</translation>
    </message>
    <message>
        <source>计时托</source>
        <translation>Hourly</translation>
    </message>
    <message>
        <source>临时托</source>
        <translation>Temporary</translation>
    </message>
    <message>
        <source>超指导价</source>
        <translation>Over guide price</translation>
    </message>
    <message>
        <source>公示</source>
        <translation>Publicised</translation>
    </message>
    <message>
        <source>普惠</source>
        <translation>Inclusive</translation>
    </message>
    <message>
        <source>超 {amount} 元</source>
        <translation>{amount} yuan over</translation>
    </message>
    <message>
        <source>未登记收费标准</source>
        <translation>No fee schedule recorded</translation>
    </message>
    <message>
        <source>已公示</source>
        <translation>Publicised</translation>
    </message>
    <message>
        <source>未公示</source>
        <translation>Not publicised</translation>
    </message>
    <message>
        <source>{amount}元/{unit}</source>
        <translation>{amount} yuan/{unit}</translation>
    </message>
</context>
<context>
    <name>FeePublicityDialog</name>
    <message>
        <source>自 {start} 起执行（{count} 项）</source>
        <translation>Effective from {start} ({count} items)</translation>
    </message>
    <message>
        <source>选择公示凭证</source>
        <translation>Choose publicity evidence</translation>
    </message>
    <message>
        <source>找不到凭证文件“{path}”。</source>
        <translation>Evidence file “{path}” not found.</translation>
    </message>
    <message>
        <source>登记收费公示</source>
        <translation>Record fee publicity</translation>
    </message>
    <message>
        <source>收费标准</source>
        <translation>Fee schedule</translation>
    </message>
    <message>
        <source>公示方式</source>
        <translation>Publicity method</translation>
    </message>
    <message>
        <source>公示日期</source>
        <translation>Publicity date</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>如：公示栏位于大门左侧</source>
        <translation>e.g. notice board to the left of the main gate</translation>
    </message>
    <message>
        <source>公示凭证</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>公示栏照片、网页截图或致家长信扫描件（可不附）</source>
        <translation>Photo of the notice board, web screenshot or scan of the letter to parents (optional)</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
</context>
<context>
    <name>FeeRulesDialog</name>
    <message>
        <source>现行：{label}；共 {count} 个版本。</source>
        <translation>Current: {label}; {count} versions in all.</translation>
    </message>
    <message>
        <source>收费指导价参数</source>
        <translation>Fee guide-price parameters</translation>
    </message>
    <message>
        <source>执行日期</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <source>卫生健康投诉电话</source>
        <translation>Health complaints phone</translation>
    </message>
    <message>
        <source>留空则用卫生健康部门的联系电话</source>
        <translation>Leave empty to use the health commission&apos;s phone</translation>
    </message>
    <message>
        <source>价格监督投诉电话</source>
        <translation>Price complaints phone</translation>
    </message>
    <message>
        <source>留空则用市场监管部门的联系电话或 12315</source>
        <translation>Leave empty to use market regulation&apos;s phone or 12315</translation>
    </message>
    <message>
        <source>依据文件</source>
        <translation>Policy document</translation>
    </message>
    <message>
        <source>各服务类型保育费指导价（上限）</source>
        <translation>Care-fee guide prices by service type (caps)</translation>
    </message>
    <message>
        <source>全日托</source>
        <translation>Full-day</translation>
    </message>
    <message>
        <source>不设上限则留空</source>
        <translation>Leave empty for no cap</translation>
    </message>
    <message>
        <source>半日托</source>
        <translation>Half-day</translation>
    </message>
    <message>
        <source>计时托</source>
        <translation>Hourly</translation>
    </message>
    <message>
        <source>临时托</source>
        <translation>Temporary</translation>
    </message>
    <message>
        <source>指导价包含伙食费（保育费与伙食费合并比较）</source>
        <translation>Guide prices include meals (care and meal fees are compared together)</translation>
    </message>
    <message>
        <source>限制调价频次：</source>
        <translation>Limit price changes in</translation>
    </message>
    <message>
        <source> 个月内</source>
        <translation> months</translation>
    </message>
    <message>
        <source>最多调整 </source>
        <translation>to at most </translation>
    </message>
    <message>
        <source> 次</source>
        <translation> time(s)</translation>
    </message>
    <message>
        <source>保存后自执行日期起生效，此前的参数版本保留；已生效的版本不能修改。指导价只用于提示，不影响登记。</source>
        <translation>Takes effect from the effective date once saved; earlier versions are kept and versions already in effect cannot be changed. Guide prices only raise hints and never block recording.</translation>
    </message>
</context>
<context>
    <name>FeeScheduleDialog</name>
    <message>
        <source>请先在列表中选择要替换的项目。</source>
        <translation>Select the item to replace in the list first.</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>提示（不影响保存）：</source>
        <translation>Hints (you can still save):</translation>
    </message>
    <message>
        <source>共 {count} 项</source>
        <translation>{count} items</translation>
    </message>
    <message>
        <source>登记收费标准</source>
        <translation>Record fee schedule</translation>
    </message>
    <message>
        <source>执行日期</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>如：经理事会决议调整、依据的文件等（可不填）</source>
        <translation>e.g. changed by board resolution, documents relied on (optional)</translation>
    </message>
    <message>
        <source>新的收费标准自执行日期起生效，原收费标准于前一日终止；已登记的历史收费标准不会被修改。</source>
        <translation>The new fee schedule takes effect on the effective date and the previous one ends the day before; fee schedules already recorded are not changed.</translation>
    </message>
    <message>
        <source>收费项目（每个服务类型可填写多项）</source>
        <translation>Fee items (several per service type allowed)</translation>
    </message>
    <message>
        <source>服务类型</source>
        <translation>Service type</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>收费项目名称</source>
        <translation>Item name</translation>
    </message>
    <message>
        <source>如：保育费、伙食费、报名建档费</source>
        <translation>e.g. care fee, meal fee, enrolment fee</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>如 2800 或 2800.50</source>
        <translation>e.g. 2800 or 2800.50</translation>
    </message>
    <message>
        <source>计费单位</source>
        <translation>Billing unit</translation>
    </message>
    <message>
        <source>服务内容及说明</source>
        <translation>Services and notes</translation>
    </message>
    <message>
        <source>该项费用包含的服务（可不填）</source>
        <translation>Services this fee covers (optional)</translation>
    </message>
    <message>
        <source>添加项目</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>在金额框中按回车也可添加</source>
        <translation>Pressing Enter in the amount box also adds the item</translation>
    </message>
    <message>
        <source>用上面的内容替换所选</source>
        <translation>Replace selected with the above</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
</context>
<context>
    <name>FeesPage</name>
    <message>
        <source>无法生成收费公示表</source>
        <translation>Cannot create the fee notice</translation>
    </message>
    <message>
        <source>没有符合条件的机构</source>
        <translation>No nursery matches</translation>
    </message>
    <message>
        <source>没有列入收费公示的机构</source>
        <translation>No nursery is listed for fee publicity</translation>
    </message>
    <message numerus="yes">
        <source>{shown} / {total} 家</source>
        <translation>
            <numerusform>{shown} / {total} nursery</numerusform>
            <numerusform>{shown} / {total} nurseries</numerusform>
        </translation>
    </message>
    <message>
        <source>超过 {shown} / {total} 家（正在统计…）</source>
        <translation>More than {shown} / {total} nurseries (counting…)</translation>
    </message>
    <message>
        <source>无法读取收费记录</source>
        <translation>Cannot read the fee records</translation>
    </message>
    <message>
        <source>请在上方列表中选择机构</source>
        <translation>Select a nursery in the list above</translation>
    </message>
    <message>
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>无法生成 PDF</source>
        <translation>Cannot create the PDF</translation>
    </message>
    <message>
        <source>已保存：{name}</source>
        <translation>Saved: {name}</translation>
    </message>
    <message>
        <source>收费公示</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>搜索名称、简称、统一社会信用代码、地址、法定代表人</source>
        <translation>Search name, short name, unified social credit code, address, legal representative</translation>
    </message>
    <message>
        <source>仅看超指导价</source>
        <translation>Over guide price only</translation>
    </message>
    <message>
        <source>仅看未公示</source>
        <translation>Not publicised only</translation>
    </message>
    <message>
        <source>查看日期</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>指导价参数…</source>
        <translation>Guide prices…</translation>
    </message>
    <message>
        <source>收费指导价、调价频次与投诉电话（系统管理员维护）</source>
        <translation>Guide prices, price-change limits and complaint phone numbers (maintained by the system administrator)</translation>
    </message>
    <message>
        <source>登记新收费标准…</source>
        <translation>Record new fee schedule…</translation>
    </message>
    <message>
        <source>登记公示…</source>
        <translation>Record publicity…</translation>
    </message>
    <message>
        <source>打开公示凭证</source>
        <translation>Open publicity evidence</translation>
    </message>
    <message>
        <source>生成收费公示表 PDF…</source>
        <translation>Fee notice PDF…</translation>
    </message>
    <message>
        <source>按“查看日期”当日执行且已公示的收费标准生成（公示日期为登记的公示日期）</source>
        <translation>The fees in force and publicised on the viewing date (dated by the recorded publicity)</translation>
    </message>
    <message>
        <source>导出收费历史 PDF…</source>
        <translation>Fee history PDF…</translation>
    </message>
    <message>
        <source>所选收费标准的项目</source>
        <translation>Items of the selected fee schedule</translation>
    </message>
    <message>
        <source>收费标准历史（新的在前）</source>
        <translation>Fee schedule history (newest first)</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>文件夹</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>{suffix} 文件</source>
        <translation>{suffix} file</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>查找范围(&amp;L)：</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>文件名(&amp;N)：</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>文件类型(&amp;T)：</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>FilingApplicationDialog</name>
    <message>
        <source>仍然提交</source>
        <translation>Submit anyway</translation>
    </message>
    <message>
        <source>返回补齐材料</source>
        <translation>Go back to complete the materials</translation>
    </message>
    <message>
        <source>尚未保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>备案信息或变更事项有尚未保存的修改。是否先保存？</source>
        <translation>The filing information or the change items have unsaved edits. Save them first?</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>当前角色无权办理备案：材料、备案信息和变更事项只能查看。</source>
        <translation>Your role may not handle filings: the materials, filing information and changes are read-only.</translation>
    </message>
    <message>
        <source>回执编号 {number}</source>
        <translation>Receipt no. {number}</translation>
    </message>
    <message>
        <source>无统一社会信用代码</source>
        <translation>no unified social credit code</translation>
    </message>
    <message>
        <source>{kind}申请 — {name}</source>
        <translation>{kind} application — {name}</translation>
    </message>
    <message>
        <source>出具回执期限：{due}</source>
        <translation>Receipt due: {due}</translation>
    </message>
    <message>
        <source>退回补正中，期限暂停（剩余 {n} 个工作日）</source>
        <translation>Returned for supplement; deadline paused ({n} working days left)</translation>
    </message>
    <message>
        <source>核实及告知不符合要求期限：{due}</source>
        <translation>Verify or notify non-conformity by: {due}</translation>
    </message>
    <message>
        <source>（已逾期 {days} 天）</source>
        <translation> ({days} days overdue)</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>办理人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>请先在材料清单中选择一项材料。</source>
        <translation>Select a material in the checklist first.</translation>
    </message>
    <message>
        <source>所选材料没有扫描件。</source>
        <translation>The selected material has no scans.</translation>
    </message>
    <message>
        <source>需补正</source>
        <translation>Needs supplement</translation>
    </message>
    <message>
        <source>“{title}”需补正的原因：</source>
        <translation>Why “{title}” needs supplementing:</translation>
    </message>
    <message>
        <source>以下材料尚未提供，未审核通过：{titles}。</source>
        <translation>Not provided yet, so not checked OK: {titles}.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>所选材料均已审核通过。</source>
        <translation>The selected materials are already checked OK.</translation>
    </message>
    <message>
        <source>备案申请</source>
        <translation>Filing application</translation>
    </message>
    <message>
        <source>材料清单</source>
        <translation>Materials checklist</translation>
    </message>
    <message>
        <source>添加扫描件…</source>
        <translation>Add scans…</translation>
    </message>
    <message>
        <source>查看扫描件</source>
        <translation>View scans</translation>
    </message>
    <message>
        <source>审核通过</source>
        <translation>Mark checked</translation>
    </message>
    <message>
        <source>需补正…</source>
        <translation>Needs supplement…</translation>
    </message>
    <message>
        <source>备案信息</source>
        <translation>Filing information</translation>
    </message>
    <message>
        <source>办理渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>承诺书签署人</source>
        <translation>Commitment signed by</translation>
    </message>
    <message>
        <source>承诺书签署日期</source>
        <translation>Commitment signed on</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>全国系统备案编号</source>
        <translation>National system filing no.</translation>
    </message>
    <message>
        <source>全国系统备案日期</source>
        <translation>National system filing date</translation>
    </message>
    <message>
        <source>幼儿和工作人员安置情况</source>
        <translation>Settlement of children and staff</translation>
    </message>
    <message>
        <source>备案书（提交时）</source>
        <translation>Filing form (as submitted)</translation>
    </message>
    <message>
        <source>保存备案信息</source>
        <translation>Save filing information</translation>
    </message>
    <message>
        <source>变更事项</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>添加变更事项</source>
        <translation>Add change</translation>
    </message>
    <message>
        <source>删除所选事项</source>
        <translation>Delete selected change</translation>
    </message>
    <message>
        <source>保存变更事项</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>办理记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>导出PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FilingInfoForm</name>
    <message>
        <source>“{caption}”：{reason}</source>
        <translation>“{caption}”: {reason}</translation>
    </message>
    <message>
        <source>（提交时按机构登记信息生成）</source>
        <translation>(generated from the registration on submission)</translation>
    </message>
</context>
<context>
    <name>FilingNewDialog</name>
    <message>
        <source>新建备案申请</source>
        <translation>New filing application</translation>
    </message>
    <message>
        <source>输入机构名称或统一社会信用代码查找</source>
        <translation>Type a nursery name or unified social credit code to search</translation>
    </message>
    <message>
        <source>申请类型</source>
        <translation>Application type</translation>
    </message>
</context>
<context>
    <name>FilingPage</name>
    <message>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>备案管理</source>
        <translation>Filing</translation>
    </message>
    <message>
        <source>搜索机构名称、统一社会信用代码或回执编号</source>
        <translation>Search nursery name, unified social credit code or receipt no.</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>新建备案申请…</source>
        <translation>New filing application…</translation>
    </message>
    <message>
        <source>单击一项即可打开</source>
        <translation>Click an item to open it</translation>
    </message>
    <message>
        <source>工作队列</source>
        <translation>Work queue</translation>
    </message>
</context>
<context>
    <name>FilingPrompts</name>
    <message>
        <source>保存草稿</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>放弃</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>不能办理</source>
        <translation>Cannot proceed</translation>
    </message>
    <message>
        <source>选择扫描件</source>
        <translation>Choose scans</translation>
    </message>
    <message>
        <source>扫描件 (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>导出PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>不符合要求的具体情况（将告知机构说明情况，并向社会公开）：</source>
        <translation>How the filing falls short (the nursery will be asked to explain, and it will be made public):</translation>
    </message>
    <message>
        <source>撤回原因（可不填）：</source>
        <translation>Reason for withdrawal (optional):</translation>
    </message>
    <message>
        <source>受理后将出具回执并占用一个回执编号，且不能撤销。确认受理备案？</source>
        <translation>Accepting issues a receipt and uses up a receipt number; it cannot be undone. Accept the filing?</translation>
    </message>
    <message>
        <source>将按材料清单中标记为缺失或不符合要求的材料退回补正。确认退回？</source>
        <translation>The materials marked missing or not acceptable in the checklist will be returned for supplement. Return the application?</translation>
    </message>
    <message>
        <source>确认已核实，备案事项符合要求？</source>
        <translation>Confirm that the filing has been verified and meets the requirements?</translation>
    </message>
    <message>
        <source>还有 {n} 项必需材料未勾选“已提供”：{titles}。

材料不全也可以提交：提交即开始计算出具回执的期限，材料审核时将缺少的材料一次性退回补正。

仍然提交，还是返回补齐材料？</source>
        <translation>Required materials not ticked as provided: {n} ({titles}).

An application may be submitted with materials missing: submitting starts the receipt deadline, and the materials check returns everything missing for supplement at once.

Submit anyway, or go back and complete the materials?</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>整改事项 — {name}</source>
        <translation>Rectification item — {name}</translation>
    </message>
    <message>
        <source>（已逾期 {days} 天）</source>
        <translation> ({days} days overdue)</translation>
    </message>
    <message>
        <source>{due}（{rule}，{issued} 下达）</source>
        <translation>{due} ({rule}, issued {issued})</translation>
    </message>
    <message>
        <source>；复查期限 {due}{late}</source>
        <translation>; re-inspect by {due}{late}</translation>
    </message>
    <message>
        <source>（复查已逾期）</source>
        <translation> (re-inspection overdue)</translation>
    </message>
    <message>
        <source>仅逾期未整改的事项可以上报或移送。</source>
        <translation>Only overdue items can be reported or referred.</translation>
    </message>
    <message>
        <source>{at} {line}（{actor}）</source>
        <translation>{at} {line} ({actor})</translation>
    </message>
    <message>
        <source>报告日期</source>
        <translation>Report date</translation>
    </message>
    <message>
        <source>整改情况</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>证明材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>登记人</source>
        <translation>Recorded by</translation>
    </message>
</context>
<context>
    <name>FindingTableModel</name>
    <message>
        <source>机构名称</source>
        <translation>Nursery name</translation>
    </message>
    <message>
        <source>检查部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>检查项目</source>
        <translation>Check item</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>Rectify by</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>重新限期</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <source>整改通知书</source>
        <translation>Rectification notice</translation>
    </message>
    <message>
        <source>复查期限</source>
        <translation>Re-inspect by</translation>
    </message>
    <message>
        <source>逾期 {days} 天</source>
        <translation>{days} days overdue</translation>
    </message>
    <message>
        <source>{due}（复查已逾期）</source>
        <translation>{due} (re-inspection overdue)</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>原有错误</source>
        <translation>Existing error</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>保存的记录已有此问题，本次修改未涉及，不妨碍保存；请核实后尽快更正。</source>
        <translation>The saved record already has this problem and this edit does not touch it, so it does not prevent saving. Please check it and correct it soon.</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>保存理由（必填）</source>
        <translation>Reason for saving (required)</translation>
    </message>
    <message>
        <source>警告 {code} 的保存理由</source>
        <translation>Reason for saving despite warning {code}</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>定位</source>
        <translation>Go to</translation>
    </message>
    <message numerus="yes">
        <source>{n} 项错误须更正后才能保存</source>
        <translation>
            <numerusform>{n} error must be corrected before saving</numerusform>
            <numerusform>{n} errors must be corrected before saving</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} 项警告须填写保存理由</source>
        <translation>
            <numerusform>{n} warning needs a reason for saving</numerusform>
            <numerusform>{n} warnings need a reason for saving</numerusform>
        </translation>
    </message>
    <message>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message numerus="yes">
        <source>记录原有 {n} 项错误，本次修改未涉及，可以保存；请尽快更正。</source>
        <translation>
            <numerusform>The record already has {n} error this edit does not touch; you can save. Please correct it soon.</numerusform>
            <numerusform>The record already has {n} errors this edit does not touch; you can save. Please correct them soon.</numerusform>
        </translation>
    </message>
    <message>
        <source>警告均已填写理由，可以保存。</source>
        <translation>Every warning has a reason; you can save.</translation>
    </message>
    <message>
        <source>未发现问题，可以保存。</source>
        <translation>No problems found; you can save.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>创建辖区</source>
        <translation>Create district</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>从加密备份恢复(&amp;R)…</source>
        <translation>&amp;Restore from an encrypted backup…</translation>
    </message>
    <message>
        <source>本辖区已有加密的备份（例如换了电脑）：用备份和辖区恢复口令恢复，不新建辖区</source>
        <translation>This district already has an encrypted backup (e.g. a new computer): restore it with the district recovery secret instead of creating a new district</translation>
    </message>
    <message>
        <source>常住人口应填写整数（人），也可不填。</source>
        <translation>Resident population must be a whole number of persons, or left empty.</translation>
    </message>
    <message>
        <source>首次使用：设置辖区</source>
        <translation>First run: set up the district</translation>
    </message>
    <message>
        <source>欢迎使用托育机构登记备案工作站。请先填写本工作站服务的辖区（区县）信息。</source>
        <translation>Welcome to the Nursery Registration and Filing Workstation. First enter the district (county) this workstation serves.</translation>
    </message>
    <message>
        <source>行政区划代码(&amp;D)：</source>
        <translation>&amp;Division code:</translation>
    </message>
    <message>
        <source>6位区县代码，例如 500107</source>
        <translation>6-digit county code, e.g. 500107</translation>
    </message>
    <message>
        <source>辖区名称(&amp;N)：</source>
        <translation>District &amp;name:</translation>
    </message>
    <message>
        <source>例如 九龙坡区</source>
        <translation>e.g. 九龙坡区</translation>
    </message>
    <message>
        <source>常住人口(&amp;P)：</source>
        <translation>Resident &amp;population:</translation>
    </message>
    <message>
        <source>人；可不填，用于计算千人口托位数</source>
        <translation>Persons; optional, used for places per 1,000 residents</translation>
    </message>
    <message>
        <source>街道（乡镇）</source>
        <translation>Street / township</translation>
    </message>
    <message>
        <source>街道（乡镇）列表</source>
        <translation>Streets / townships</translation>
    </message>
    <message>
        <source>代码（9位）</source>
        <translation>Code (9 digits)</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>添加街道（乡镇）(&amp;A)</source>
        <translation>&amp;Add street / township</translation>
    </message>
    <message>
        <source>删除所选(&amp;R)</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <source>由行政审批局办理登记的机构性质</source>
        <translation>Legal natures registered by the administrative approval bureau</translation>
    </message>
    <message>
        <source>勾选的机构性质改由行政审批局登记；未勾选的按默认部门登记（社会服务机构在民政部门，企业在市场监管部门）。</source>
        <translation>Ticked natures register with the administrative approval bureau; the others with the default organ (social-service organisations with civil affairs, enterprises with market regulation).</translation>
    </message>
</context>
<context>
    <name>HomeInspectionCounts</name>
    <message>
        <source>整改跟踪</source>
        <translation>Rectification tracking</translation>
    </message>
    <message>
        <source>本周到期整改 {due} 项，&lt;span style=&quot;color:{colour}&quot;&gt;逾期未整改 {late} 项&lt;/span&gt;</source>
        <translation>Rectifications due this week: {due}, &lt;span style=&quot;color:{colour}&quot;&gt;overdue: {late}&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>{name}（行政区划代码 {code}），街道（乡镇）{streets} 个</source>
        <translation>
            <numerusform>{name} (division code {code}), {streets} street/township</numerusform>
            <numerusform>{name} (division code {code}), {streets} streets/townships</numerusform>
        </translation>
    </message>
    <message>
        <source>，常住人口 {population:,} 人</source>
        <translation>, resident population {population:,}</translation>
    </message>
    <message>
        <source>辖区概况</source>
        <translation>District overview</translation>
    </message>
    <message>
        <source>已登记、尚未注销或关闭的托育机构（与托育服务统计汇总表一致）。不含意向登记、已注销和未备案已关闭的机构；机构登记列表列出全部机构，所以其“共 … 家”较多。</source>
        <translation>Nurseries registered and not yet cancelled or closed (as in the childcare statistics summary). Intake records, cancelled nurseries and nurseries closed before filing are not counted; the registry lists every nursery, so its total is larger.</translation>
    </message>
    <message>
        <source>机构总数</source>
        <translation>Nurseries</translation>
    </message>
    <message>
        <source>已登记未备案</source>
        <translation>Registered, not filed</translation>
    </message>
    <message>
        <source>托位数</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>普惠托位数</source>
        <translation>Inclusive places</translation>
    </message>
    <message>
        <source>在托人数</source>
        <translation>Children enrolled</translation>
    </message>
    <message>
        <source>千人口托位数</source>
        <translation>Places per 1,000 residents</translation>
    </message>
    <message>
        <source>各街道（乡镇）情况</source>
        <translation>By street / township</translation>
    </message>
</context>
<context>
    <name>HomeQueues</name>
    <message>
        <source>备案工作队列</source>
        <translation>Filing work queue</translation>
    </message>
    <message>
        <source>单击一项即可打开</source>
        <translation>Click an item to open it</translation>
    </message>
    <message>
        <source>打开工作日历</source>
        <translation>Open the working-day calendar</translation>
    </message>
</context>
<context>
    <name>HomeStaffQueue</name>
    <message>
        <source>人员证照到期</source>
        <translation>Staff certificates due</translation>
    </message>
    <message>
        <source>更多…</source>
        <translation>More…</translation>
    </message>
    <message>
        <source>{days} 天内到期、已过期或逾期未复查：共 {count} 项</source>
        <translation>Due within {days} days, expired or overdue: {count} in all</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>会话已锁定</source>
        <translation>Session locked</translation>
    </message>
</context>
<context>
    <name>InboxBatches</name>
    <message>
        <source>接收日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>推送机关</source>
        <translation>Pushed by</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>行数</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>各类行数</source>
        <translation>Rows per class</translation>
    </message>
    <message>
        <source>待处理</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>接收人</source>
        <translation>Received by</translation>
    </message>
</context>
<context>
    <name>InboxFields</name>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>法定代表人（负责人）</source>
        <translation>Legal representative (person in charge)</translation>
    </message>
    <message>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>机构性质</source>
        <translation>Legal nature</translation>
    </message>
    <message>
        <source>成立（登记）日期</source>
        <translation>Date founded (registered)</translation>
    </message>
    <message>
        <source>经营范围</source>
        <translation>Business scope</translation>
    </message>
</context>
<context>
    <name>InboxHomeQueues</name>
    <message>
        <source>推送收件箱</source>
        <translation>Pushed data inbox</translation>
    </message>
    <message>
        <source>推送与在营未登记队列</source>
        <translation>Pushed rows and unregistered nurseries</translation>
    </message>
    <message>
        <source>待处理推送（{n}）</source>
        <translation>Pushed rows waiting ({n})</translation>
    </message>
    <message>
        <source>{level}{kind}</source>
        <translation>{level} {kind}</translation>
    </message>
    <message>
        <source>{day} {organ}“{file}”：待处理 {n} 行</source>
        <translation>{day} {organ}, {file}: waiting {n}</translation>
    </message>
    <message>
        <source>在营未登记（{n}）</source>
        <translation>Operating unregistered ({n})</translation>
    </message>
    <message>
        <source>……另有 {n} 项</source>
        <translation>… {n} more</translation>
    </message>
</context>
<context>
    <name>InboxItems</name>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>不同字段</source>
        <translation>Differing fields</translation>
    </message>
    <message>
        <source>问题与提示</source>
        <translation>Problems and warnings</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>理由/说明</source>
        <translation>Reason / note</translation>
    </message>
    <message>
        <source>处理人</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>处理时间</source>
        <translation>Decided at</translation>
    </message>
</context>
<context>
    <name>InboxMessages</name>
    <message>
        <source>缺少名称。</source>
        <translation>The name is missing.</translation>
    </message>
    <message>
        <source>导入时不按住所划入街道。</source>
        <translation>Imported rows are not placed in a street by their address.</translation>
    </message>
    <message>
        <source>驳回必须填写理由。</source>
        <translation>A rejection needs a reason.</translation>
    </message>
    <message>
        <source>只有与登记不同的行可以逐项合并。</source>
        <translation>Only a row that differs from the registry can be merged field by field.</translation>
    </message>
    <message>
        <source>请至少勾选一个采用推送值的字段；全部保留登记值请选择“驳回”并说明理由。</source>
        <translation>Tick at least one field whose pushed value is to be taken; to keep every registry value, choose Reject and give the reason.</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>名称、地址</source>
        <translation>name and address</translation>
    </message>
    <message>
        <source>与已登记的{names}相似，请核实是否为同一机构。</source>
        <translation>Similar to the registered {names}; check whether it is the same nursery.</translation>
    </message>
    <message>
        <source>统一社会信用代码与第{first}行重复。</source>
        <translation>The unified social credit code repeats row {first}.</translation>
    </message>
    <message>
        <source>{label}过长（{n}字，最多{limit}字）。</source>
        <translation>{label} is too long ({n} characters, at most {limit}).</translation>
    </message>
    <message>
        <source>无法根据统一社会信用代码前两位“{code}”判断机构性质，请在“性质”列注明。</source>
        <translation>The legal nature cannot be told from the code&apos;s first two characters “{code}”; give it in the 性质 column.</translation>
    </message>
    <message>
        <source>已在批次{batch}第{row}行推送过相同内容，请在该行处理。</source>
        <translation>The same content was pushed in batch {batch}, row {row}; decide it there.</translation>
    </message>
    <message>
        <source>与批次{batch}第{row}行内容相同（{decision}）</source>
        <translation>Same as batch {batch}, row {row} ({decision})</translation>
    </message>
    <message>
        <source>无法识别机构性质“{value}”。</source>
        <translation>Legal nature “{value}” not recognised.</translation>
    </message>
    <message>
        <source>采用推送的{fields}</source>
        <translation>Pushed values taken: {fields}</translation>
    </message>
    <message>
        <source>已登记为“{name}”（{code}，记录号 {id}）</source>
        <translation>Registered as “{name}” ({code}, record {id})</translation>
    </message>
    <message>
        <source>“{name}”（记录号 {id}，{on}相近）</source>
        <translation>“{name}” (record {id}, similar {on})</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>{first}{second}</source>
        <translation>{first} {second}</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>接收推送文件(&amp;R)…</source>
        <translation>&amp;Receive pushed file…</translation>
    </message>
    <message>
        <source>在营未登记(&amp;U)…</source>
        <translation>Operating &amp;unregistered…</translation>
    </message>
    <message>
        <source>导出无效的行(&amp;E)…</source>
        <translation>&amp;Export invalid rows…</translation>
    </message>
    <message>
        <source>把所选批次中无效的行连同原因另存为 Excel 文件</source>
        <translation>Save the chosen batch&apos;s invalid rows with their reasons to Excel</translation>
    </message>
    <message>
        <source>推送批次</source>
        <translation>Received batches</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>全部处理结果</source>
        <translation>All decisions</translation>
    </message>
    <message>
        <source>待处理和暂缓</source>
        <translation>Pending and deferred</translation>
    </message>
    <message>
        <source>推送条目</source>
        <translation>Pushed rows</translation>
    </message>
    <message>
        <source>接受(&amp;A)</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>合并所选字段(&amp;M)</source>
        <translation>&amp;Merge chosen fields</translation>
    </message>
    <message>
        <source>驳回(&amp;J)…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <source>暂缓(&amp;D)</source>
        <translation>&amp;Defer</translation>
    </message>
    <message>
        <source>批量接受无问题的行(&amp;B)</source>
        <translation>&amp;Bulk accept clean rows</translation>
    </message>
    <message>
        <source>接受本批次中待处理、无问题提示的新机构和与登记一致的行</source>
        <translation>Accept this batch&apos;s waiting new and matching rows that have no findings</translation>
    </message>
    <message>
        <source>类别(&amp;C)：</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>处理结果(&amp;S)：</source>
        <translation>Deci&amp;sion:</translation>
    </message>
    <message>
        <source>批次 {id}：{file}，{day} 由 {who} 接收自{organ}，共 {rows} 行，待处理 {waiting} 行。</source>
        <translation>Batch {id}: {file}, received on {day} by {who} from {organ}; rows: {rows}, waiting: {waiting}.</translation>
    </message>
    <message>
        <source>{level}{kind}</source>
        <translation>{level} {kind}</translation>
    </message>
    <message>
        <source>共 {n} 行</source>
        <translation>{n} rows</translation>
    </message>
    <message>
        <source>已取消接收，未保存任何条目。</source>
        <translation>Receiving was cancelled; no row was stored.</translation>
    </message>
    <message>
        <source>接收推送文件</source>
        <translation>Receive pushed file</translation>
    </message>
    <message>
        <source>正在读取并比对推送数据…</source>
        <translation>Reading and comparing the pushed data…</translation>
    </message>
    <message>
        <source>该文件已于 {day} 由 {who} 接收（批次 {id}，{file}），本次未重复接收，也未新增任何条目。</source>
        <translation>This file was received on {day} by {who} (batch {id}, {file}); it was not received again and no row was added.</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>{kind} {n} 行</source>
        <translation>{kind}: {n}</translation>
    </message>
    <message>
        <source>已接收“{file}”共 {rows} 行：{counts}</source>
        <translation>Received “{file}”, rows: {rows} ({counts})</translation>
    </message>
    <message>
        <source>无数据行</source>
        <translation>no data rows</translation>
    </message>
    <message>
        <source>；已按设置自动接受 {n} 行</source>
        <translation>; accepted automatically as set: {n}</translation>
    </message>
    <message>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>接受将用推送值覆盖登记中的以下字段：{fields}。
只采用其中一部分请勾选后选择“合并所选字段”。是否全部采用推送值？</source>
        <translation>Accepting overwrites these registry fields with the pushed values: {fields}.
To take only some, tick them and choose Merge chosen fields. Take every pushed value?</translation>
    </message>
    <message>
        <source>接受推送值</source>
        <translation>Accept pushed values</translation>
    </message>
    <message>
        <source>驳回第{row}行“{name}”的理由：</source>
        <translation>Reason for rejecting row {row} “{name}”:</translation>
    </message>
    <message>
        <source>驳回第{row}行（无名称）的理由：</source>
        <translation>Reason for rejecting row {row} (no name):</translation>
    </message>
    <message>
        <source>推送收件箱</source>
        <translation>Pushed data inbox</translation>
    </message>
    <message>
        <source>第{row}行：{decision}。</source>
        <translation>Row {row}: {decision}.</translation>
    </message>
    <message>
        <source>本批次没有待处理、无问题提示的新机构或与登记一致的行，未接受任何行。</source>
        <translation>This batch has no waiting new or matching rows without findings; no row was accepted.</translation>
    </message>
    <message>
        <source>批量接受将处理本批次中 {n} 行无问题的行：
· 新建机构记录：{new} 条
· 与登记一致、标记为已接受：{same} 行（不修改登记）
不会更新任何已有记录。是否继续？</source>
        <translation>Bulk accept will take {n} clean rows of this batch:
· new nursery records created: {new}
· rows matching the registry, marked accepted: {same} (the registry is not changed)
No existing record will be updated. Continue?</translation>
    </message>
    <message>
        <source>批量接受</source>
        <translation>Bulk accept</translation>
    </message>
    <message>
        <source>正在接受无问题的行…</source>
        <translation>Accepting the clean rows…</translation>
    </message>
    <message>
        <source>批量接受(&amp;A)</source>
        <translation>&amp;Accept all</translation>
    </message>
    <message>
        <source>返回(&amp;B)</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>已批量接受 {n} 行。</source>
        <translation>{n} rows accepted.</translation>
    </message>
    <message>
        <source>以下行未能接受，仍待处理：</source>
        <translation> These rows could not be accepted and are still waiting: </translation>
    </message>
    <message>
        <source>导出无效的行</source>
        <translation>Export invalid rows</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>无效的行已另存为：{path}</source>
        <translation>Invalid rows saved to: {path}</translation>
    </message>
</context>
<context>
    <name>InspectionTableModel</name>
    <message>
        <source>检查日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>机构名称</source>
        <translation>Nursery name</translation>
    </message>
    <message>
        <source>检查类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>检查部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>整改通知书</source>
        <translation>Rectification notice</translation>
    </message>
</context>
<context>
    <name>InspectionsChecklistDialog</name>
    <message>
        <source>检查记录</source>
        <translation>Inspection record</translation>
    </message>
    <message>
        <source>键盘：1/Y 符合 · 2/B 基本符合 · 3/N 不符合 · 4/0 不适用（记下后转到下一项）；Tab 或 Enter 填写本项备注，Enter 返回表格；Ctrl+S 保存草稿，Ctrl+Enter 完成记录</source>
        <translation>Keys: 1/Y compliant · 2/B partly compliant · 3/N non-compliant · 4/0 not applicable (then moves to the next item); Tab or Enter to write a note for the item, Enter to return to the table; Ctrl+S saves a draft, Ctrl+Enter finishes the record</translation>
    </message>
    <message>
        <source>本项备注(&amp;M)：</source>
        <translation>Ite&amp;m note:</translation>
    </message>
    <message>
        <source>添加照片…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>符合 (1)</source>
        <translation>Compliant (1)</translation>
    </message>
    <message>
        <source>基本符合 (2)</source>
        <translation>Partly compliant (2)</translation>
    </message>
    <message>
        <source>不符合 (3)</source>
        <translation>Non-compliant (3)</translation>
    </message>
    <message>
        <source>不适用 (4)</source>
        <translation>Not applicable (4)</translation>
    </message>
    <message>
        <source>结论与签名</source>
        <translation>Conclusion and signatures</translation>
    </message>
    <message>
        <source>总体结论(&amp;O)：</source>
        <translation>&amp;Overall conclusion:</translation>
    </message>
    <message>
        <source>升级处理(&amp;E)：</source>
        <translation>&amp;Escalation:</translation>
    </message>
    <message>
        <source>检查人员签名(&amp;G)：</source>
        <translation>Inspectors&apos; si&amp;gnatures:</translation>
    </message>
    <message>
        <source>多人用“、”分隔</source>
        <translation>Separate several names with commas</translation>
    </message>
    <message>
        <source>机构负责人签收(&amp;R)：</source>
        <translation>&amp;Received by (nursery director):</translation>
    </message>
    <message>
        <source>姓名（可空）</source>
        <translation>Name (optional)</translation>
    </message>
    <message>
        <source>检查说明(&amp;C)：</source>
        <translation>&amp;Comments:</translation>
    </message>
    <message>
        <source>整改通知书送达机构的日期</source>
        <translation>The day the notice was served on the nursery</translation>
    </message>
    <message>
        <source>登记送达(&amp;V)</source>
        <translation>Record deli&amp;very</translation>
    </message>
    <message>
        <source>保存草稿</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>完成记录</source>
        <translation>Finish record</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>打印整改通知书</source>
        <translation>Print rectification notice</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>导出通知书PDF</source>
        <translation>Export notice PDF</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>重新载入</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>InspectionsFindingDialog</name>
    <message>
        <source>整改事项</source>
        <translation>Rectification item</translation>
    </message>
    <message>
        <source>检查部门：</source>
        <translation>Inspecting department:</translation>
    </message>
    <message>
        <source>检查结果：</source>
        <translation>Result:</translation>
    </message>
    <message>
        <source>依据：</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <source>整改状态：</source>
        <translation>Rectification status:</translation>
    </message>
    <message>
        <source>整改期限：</source>
        <translation>Rectify by:</translation>
    </message>
    <message>
        <source>整改通知书：</source>
        <translation>Rectification notice:</translation>
    </message>
    <message>
        <source>重新限期次数：</source>
        <translation>Deadline extensions:</translation>
    </message>
    <message>
        <source>升级处理：</source>
        <translation>Escalation:</translation>
    </message>
    <message>
        <source>处理记录：</source>
        <translation>History:</translation>
    </message>
    <message>
        <source>整改报告记录：</source>
        <translation>Rectification reports:</translation>
    </message>
    <message>
        <source>登记整改报告</source>
        <translation>Record rectification report</translation>
    </message>
    <message>
        <source>报告日期(&amp;D)：</source>
        <translation>Report &amp;date:</translation>
    </message>
    <message>
        <source>整改情况(&amp;T)：</source>
        <translation>Ac&amp;tion taken:</translation>
    </message>
    <message>
        <source>证明材料：</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <source>添加文件(&amp;A)…</source>
        <translation>&amp;Add file…</translation>
    </message>
    <message>
        <source>移除文件</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <source>登记整改报告(&amp;R)</source>
        <translation>&amp;Record rectification report</translation>
    </message>
    <message>
        <source>上报/移送（逾期未整改）</source>
        <translation>Report / refer (overdue)</translation>
    </message>
    <message>
        <source>方式(&amp;K)：</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>说明(&amp;N)：</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>上报/移送(&amp;E)</source>
        <translation>R&amp;eport / refer</translation>
    </message>
    <message>
        <source>查看机构</source>
        <translation>View nursery</translation>
    </message>
    <message>
        <source>查看检查记录</source>
        <translation>View inspection record</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>InspectionsNewDialog</name>
    <message>
        <source>新建检查</source>
        <translation>New inspection</translation>
    </message>
    <message>
        <source>被检查机构(&amp;F)：</source>
        <translation>&amp;Nursery:</translation>
    </message>
    <message>
        <source>输入机构名称、别名或统一社会信用代码查找，↓ 选择</source>
        <translation>Type a nursery name, alias or unified social credit code to search; ↓ to choose</translation>
    </message>
    <message>
        <source>检查日期(&amp;D)：</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>检查类型(&amp;K)：</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>检查人员(&amp;I)：</source>
        <translation>&amp;Inspectors:</translation>
    </message>
    <message>
        <source>多人用“、”或逗号分隔</source>
        <translation>Separate several names with commas</translation>
    </message>
    <message>
        <source>检查表(&amp;T)（空格勾选）：</source>
        <translation>&amp;Checklists (Space to tick):</translation>
    </message>
    <message>
        <source>参加部门(&amp;B)（空格勾选）：</source>
        <translation>&amp;Participating departments (Space to tick):</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>本周到期整改 {due} 项 · 逾期 {late} 项</source>
        <translation>Rectifications due this week: {due} · overdue: {late}</translation>
    </message>
    <message>
        <source>请先在列表中选择一行</source>
        <translation>Select a row in the list first</translation>
    </message>
    <message>
        <source>请先选择要复查的检查或整改事项。</source>
        <translation>First select the inspection or rectification item to re-inspect.</translation>
    </message>
    <message>
        <source>复查</source>
        <translation>Re-inspection</translation>
    </message>
    <message>
        <source>复查人员（多人用“、”分隔）：</source>
        <translation>Re-inspectors (separate several names with commas):</translation>
    </message>
    <message>
        <source>新建检查</source>
        <translation>New inspection</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>对所选检查（或所选整改事项的检查）发起复查</source>
        <translation>Re-inspect the selected inspection (or the inspection of the selected rectification item)</translation>
    </message>
    <message>
        <source>双随机抽查</source>
        <translation>Random inspection draw</translation>
    </message>
    <message>
        <source>检查表模板</source>
        <translation>Checklist templates</translation>
    </message>
    <message>
        <source>查看机构</source>
        <translation>View nursery</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>待整改/逾期</source>
        <translation>Open / overdue</translation>
    </message>
    <message>
        <source>我的检查</source>
        <translation>My inspections</translation>
    </message>
</context>
<context>
    <name>InspectionsTemplateDialog</name>
    <message>
        <source>检查表模板</source>
        <translation>Checklist templates</translation>
    </message>
    <message>
        <source>检查表(&amp;T)：</source>
        <translation>Checklis&amp;t:</translation>
    </message>
    <message>
        <source>名称(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>添加项目(&amp;A)</source>
        <translation>&amp;Add item</translation>
    </message>
    <message>
        <source>删除项目</source>
        <translation>Delete item</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>修改原因(&amp;R)：</source>
        <translation>&amp;Reason for change:</translation>
    </message>
    <message>
        <source>保存为新版本(&amp;S)</source>
        <translation>&amp;Save as new version</translation>
    </message>
    <message>
        <source>版本历史：</source>
        <translation>Version history:</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>IntakeAreaPage</name>
    <message>
        <source>新增机构(&amp;N)…</source>
        <translation>&amp;New nursery…</translation>
    </message>
    <message>
        <source>机构名录(&amp;L)</source>
        <translation>Nursery &amp;list</translation>
    </message>
    <message>
        <source>已保存“{name}”（记录号 {id}）。</source>
        <translation>Saved “{name}” (record {id}).</translation>
    </message>
    <message>
        <source>推送收件箱(&amp;I)</source>
        <translation>Pushed data &amp;inbox</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>机构登记[*]</source>
        <translation>Nursery registration[*]</translation>
    </message>
    <message>
        <source>重新载入(&amp;Z)</source>
        <translation>Rel&amp;oad</translation>
    </message>
    <message>
        <source>基本信息(&amp;B)</source>
        <translation>&amp;Basic information</translation>
    </message>
    <message>
        <source>机构名称(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>与登记证书一致的全称</source>
        <translation>Full name as on the registration certificate</translation>
    </message>
    <message>
        <source>别名(&amp;A)：</source>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <source>简称或曾用名（可不填）</source>
        <translation>Short or former name (optional)</translation>
    </message>
    <message>
        <source>机构性质(&amp;X)：</source>
        <translation>&amp;Legal nature:</translation>
    </message>
    <message>
        <source>决定登记机关和应持证照</source>
        <translation>Decides the registration authority and the licences required</translation>
    </message>
    <message>
        <source>机构类型(&amp;K)：</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>举办者(&amp;J)：</source>
        <translation>Sponso&amp;r:</translation>
    </message>
    <message>
        <source>举办单位或个人</source>
        <translation>Sponsoring organisation or person</translation>
    </message>
    <message>
        <source>统一社会信用代码(&amp;U)：</source>
        <translation>&amp;Unified social credit code:</translation>
    </message>
    <message>
        <source>18位，见登记证书</source>
        <translation>18 characters, see the registration certificate</translation>
    </message>
    <message>
        <source>街道（乡镇）(&amp;Q)：</source>
        <translation>Street/to&amp;wnship:</translation>
    </message>
    <message>
        <source>地址(&amp;D)：</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>详细地址（门牌号、楼栋）</source>
        <translation>Full address (number, building)</translation>
    </message>
    <message>
        <source>联系电话(&amp;H)：</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>手机或座机，如 023-68881234</source>
        <translation>Mobile or landline, e.g. 023-68881234</translation>
    </message>
    <message>
        <source>登记信息(&amp;G)</source>
        <translation>Re&amp;gistration</translation>
    </message>
    <message>
        <source>请先选择机构性质。</source>
        <translation>Choose the legal nature first.</translation>
    </message>
    <message>
        <source>登记机关(&amp;O)：</source>
        <translation>Registration &amp;authority:</translation>
    </message>
    <message>
        <source>默认为按机构性质路由的登记机关</source>
        <translation>Defaults to the authority for the legal nature</translation>
    </message>
    <message>
        <source>登记证书：</source>
        <translation>Certificate:</translation>
    </message>
    <message>
        <source>已取得登记证书(&amp;R)</source>
        <translation>Certificate &amp;issued</translation>
    </message>
    <message>
        <source>勾选后填写登记日期；证书上的统一社会信用代码填在“基本信息”页</source>
        <translation>Tick, then enter the registration date; the certificate&apos;s unified social credit code goes on the “Basic information” tab</translation>
    </message>
    <message>
        <source>登记日期(&amp;E)：</source>
        <translation>Registration &amp;date:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>成立日期(&amp;F)：</source>
        <translation>&amp;Founded:</translation>
    </message>
    <message>
        <source>已填写</source>
        <translation>Known</translation>
    </message>
    <message>
        <source>业务范围(&amp;Y)：</source>
        <translation>B&amp;usiness scope:</translation>
    </message>
    <message>
        <source>照登记证书抄录业务（经营）范围</source>
        <translation>Copy the business scope from the registration certificate</translation>
    </message>
    <message>
        <source>备注(&amp;M)：</source>
        <translation>Re&amp;marks:</translation>
    </message>
    <message>
        <source>其他需要说明的情况</source>
        <translation>Anything else worth noting</translation>
    </message>
    <message>
        <source>人员(&amp;P)</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>姓名(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>证件类型(&amp;I)：</source>
        <translation>&amp;ID type:</translation>
    </message>
    <message>
        <source>证件号码(&amp;D)：</source>
        <translation>I&amp;D number:</translation>
    </message>
    <message>
        <source>电话(&amp;H)：</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>姓名(&amp;M)：</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>电话(&amp;L)：</source>
        <translation>Phon&amp;e:</translation>
    </message>
    <message>
        <source>场所与托位(&amp;T)</source>
        <translation>Premises and capaci&amp;ty</translation>
    </message>
    <message>
        <source>场所</source>
        <translation>Premises</translation>
    </message>
    <message>
        <source>场所性质(&amp;X)：</source>
        <translation>&amp;Kind of premises:</translation>
    </message>
    <message>
        <source>租期截止(&amp;L)：</source>
        <translation>&amp;Lease ends:</translation>
    </message>
    <message>
        <source>已约定</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>建筑面积(&amp;A)：</source>
        <translation>Floor &amp;area:</translation>
    </message>
    <message>
        <source>未填写</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source> ㎡</source>
        <translation> m²</translation>
    </message>
    <message>
        <source>0 表示未填写</source>
        <translation>0 means not given</translation>
    </message>
    <message>
        <source>生活用房面积(&amp;R)：</source>
        <translation>Acti&amp;vity room area:</translation>
    </message>
    <message>
        <source>所在楼层(&amp;F)：</source>
        <translation>Floo&amp;rs:</translation>
    </message>
    <message>
        <source>如 1-2 层</source>
        <translation>e.g. 1-2</translation>
    </message>
    <message>
        <source>户外面积(&amp;W)：</source>
        <translation>Out&amp;door area:</translation>
    </message>
    <message>
        <source>托位与服务</source>
        <translation>Places and services</translation>
    </message>
    <message>
        <source>托位数(&amp;N)：</source>
        <translation>&amp;Number of places:</translation>
    </message>
    <message>
        <source> 个</source>
        <translation> places</translation>
    </message>
    <message>
        <source>普惠托位数(&amp;U)：</source>
        <translation>Incl&amp;usive places:</translation>
    </message>
    <message>
        <source>示范等级(&amp;D)：</source>
        <translation>De&amp;monstration level:</translation>
    </message>
    <message>
        <source>服务：</source>
        <translation>Services:</translation>
    </message>
    <message>
        <source>提供膳食(&amp;M)</source>
        <translation>Provides m&amp;eals</translation>
    </message>
    <message>
        <source>普惠性(&amp;I)</source>
        <translation>&amp;Inclusive</translation>
    </message>
    <message>
        <source>服务类型：</source>
        <translation>Service types:</translation>
    </message>
    <message>
        <source>全日托(&amp;Q)</source>
        <translation>&amp;Full-day</translation>
    </message>
    <message>
        <source>半日托(&amp;H)</source>
        <translation>&amp;Half-day</translation>
    </message>
    <message>
        <source>计时托(&amp;J)</source>
        <translation>Hourl&amp;y</translation>
    </message>
    <message>
        <source>临时托(&amp;K)</source>
        <translation>Tempor&amp;ary</translation>
    </message>
    <message>
        <source>班级(&amp;C)</source>
        <translation>&amp;Classes</translation>
    </message>
    <message>
        <source>班级</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>添加班级(&amp;A)</source>
        <translation>&amp;Add class</translation>
    </message>
    <message>
        <source>删除班级(&amp;D)</source>
        <translation>&amp;Delete class</translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation>Check results</translation>
    </message>
    <message>
        <source>Ctrl+S 保存&#x3000;Esc 取消</source>
        <translation>Ctrl+S Save&#x3000;Esc Cancel</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>取消 (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>新增机构登记[*]</source>
        <translation>New nursery registration[*]</translation>
    </message>
    <message>
        <source>请选择机构性质（决定登记机关和应持证照）。</source>
        <translation>Choose the legal nature (it decides the registration authority and the licences required).</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>放弃修改</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>有尚未保存的修改，确定放弃吗？</source>
        <translation>There are unsaved changes. Discard them?</translation>
    </message>
    <message>
        <source>已打开已有记录（记录号 {id}）。本窗口保留您录入的内容，可对照后在已有记录中点“编辑”修改；不再需要时关闭本窗口（会询问是否放弃）。</source>
        <translation>The existing record (no. {id}) is open. This window keeps what you entered: compare, then use “Edit” in the existing record; close this window when no longer needed (you will be asked).</translation>
    </message>
    <message>
        <source>是否现在重新载入最新记录？重新载入将放弃本窗口中尚未保存的修改。</source>
        <translation>Reload the latest record now? Reloading discards the unsaved changes in this window.</translation>
    </message>
    <message>
        <source>记录已被修改</source>
        <translation>Record changed</translation>
    </message>
    <message>
        <source>重新载入</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>重新载入将放弃本窗口中尚未保存的修改，确定吗？</source>
        <translation>Reloading discards the unsaved changes in this window. Continue?</translation>
    </message>
    <message>
        <source>该机构已注销，记录只读。</source>
        <translation>This nursery is cancelled; the record is read-only.</translation>
    </message>
    <message>
        <source>编辑机构：{name}（记录号 {id}）[*]</source>
        <translation>Edit nursery: {name} (record {id})[*]</translation>
    </message>
    <message>
        <source>请先在“基本信息”页选择机构性质，这里将显示登记机关和应持证照。</source>
        <translation>Choose the legal nature on the “Basic information” tab first; the registration authority and the licences required will then show here.</translation>
    </message>
    <message>
        <source>未确定（请按实际登记机关选择）</source>
        <translation>Not determined (choose the actual registration authority)</translation>
    </message>
    <message>
        <source>{chosen}（本辖区此类机构通常由{usual}登记）</source>
        <translation>{chosen} (in this district usually registered by {usual})</translation>
    </message>
    <message>
        <source>登记机关：{organ}&#x3000;应持证照：{certificate}</source>
        <translation>Authority: {organ}&#x3000;Licence: {certificate}</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>zh</source>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>界面语言(&amp;G)：</source>
        <translation>Interface lan&amp;guage:</translation>
    </message>
    <message>
        <source>重新启动后生效</source>
        <translation>Takes effect at the next start</translation>
    </message>
    <message>
        <source>下次启动将使用“{name}”</source>
        <translation>The next start will be in “{name}”</translation>
    </message>
    <message>
        <source>已保存，重新启动后生效</source>
        <translation>Saved; takes effect at the next start</translation>
    </message>
</context>
<context>
    <name>LiftDialog</name>
    <message>
        <source>{name}：{decision}（{authority}，{day}）</source>
        <translation>{name}: {decision} ({authority}, {day})</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>请输入用户名。</source>
        <translation>Enter your username.</translation>
    </message>
    <message>
        <source>请输入密码。</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>托育机构登记备案工作站</source>
        <translation>Nursery Registration and Filing Workstation</translation>
    </message>
    <message>
        <source>请输入用户名和密码。</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <source>用户名(&amp;U)：</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>密码(&amp;P)：</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>登录提示</source>
        <translation>Sign-in message</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>托育机构登记备案工作站 — {district}</source>
        <translation>Nursery Registration and Filing Workstation — {district}</translation>
    </message>
    <message>
        <source>数据库：{location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <source>当前用户：{user}</source>
        <translation>User: {user}</translation>
    </message>
    <message>
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>注销 / 切换用户…</source>
        <translation>Log out / switch user…</translation>
    </message>
    <message>
        <source>退出程序</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>托育机构登记备案工作站</source>
        <translation>Nursery Registration and Filing Workstation</translation>
    </message>
    <message>
        <source>功能导航</source>
        <translation>Navigation</translation>
    </message>
</context>
<context>
    <name>MaterialsTable</name>
    <message>
        <source>材料</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>必需</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>已提供</source>
        <translation>Provided</translation>
    </message>
    <message>
        <source>证明类型/评价结论</source>
        <translation>Proof type / rating</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>扫描件</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>审核结果</source>
        <translation>Check result</translation>
    </message>
    <message>
        <source>审核人</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>{result}：{note}</source>
        <translation>{result}: {note}</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{count} 份</source>
        <translation>{count} file(s)</translation>
    </message>
    <message>
        <source>（未注明）</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>（未评价）</source>
        <translation>(not rated)</translation>
    </message>
    <message>
        <source>“{title}”的有效期：{reason}</source>
        <translation>Valid-until date of “{title}”: {reason}</translation>
    </message>
</context>
<context>
    <name>NewApplicationDialog</name>
    <message>
        <source>打开该申请(&amp;O)</source>
        <translation>&amp;Open that application</translation>
    </message>
    <message>
        <source>无代码</source>
        <translation>no code</translation>
    </message>
    <message>
        <source>请选择机构。</source>
        <translation>Choose a nursery.</translation>
    </message>
    <message>
        <source>该机构当前为“{status}”，此状态不能新建备案申请。</source>
        <translation>This nursery is “{status}”; no filing application can be opened in that status.</translation>
    </message>
    <message>
        <source>尚未提交</source>
        <translation>not yet submitted</translation>
    </message>
    <message>
        <source>{date}提交</source>
        <translation>submitted {date}</translation>
    </message>
    <message>
        <source>该机构已有办理中的{kind}申请（{state}，{when}），不能再新建备案申请。请打开该申请继续办理，或办结、撤回后再新建。</source>
        <translation>This nursery already has an application in progress: {kind} ({state}, {when}). A new filing application is not possible; open that application to continue it, or finish or withdraw it first.</translation>
    </message>
</context>
<context>
    <name>NewInspectionDialog</name>
    <message>
        <source>{title}（{dept}，第{rev}版，{n}项）</source>
        <translation>{title} ({dept}, version {rev}, {n} items)</translation>
    </message>
    <message>
        <source>请选择被检查的机构。</source>
        <translation>Choose the nursery to inspect.</translation>
    </message>
    <message>
        <source>请填写检查人员。</source>
        <translation>Enter the inspectors.</translation>
    </message>
    <message>
        <source>请至少勾选一个检查表（空格键勾选）。</source>
        <translation>Tick at least one checklist (Space ticks).</translation>
    </message>
</context>
<context>
    <name>NoticeActions</name>
    <message>
        <source>{year}年</source>
        <translation>{year}</translation>
    </message>
    <message>
        <source>整改通知书 {no} 的整改期限 {dates} 是暂定的：{years}的法定节假日安排尚未录入工作日历，期限暂按周一至周五上班、元旦、劳动节和国庆节放假计算。通知书上只印日期，不注明“暂定”。

录入该年的工作日历后，系统会重新计算期限并记入处理记录，日期可能改变，届时需重新出具通知书。建议先请系统管理员在“系统设置—工作日历”中录入。</source>
        <translation>The deadline {dates} of rectification notice {no} is provisional: the public-holiday arrangement of {years} has not been entered in the working-day calendar, so it was counted on a Monday–Friday week with New Year&apos;s Day, Labour Day and National Day off. The notice prints the date alone, without &quot;provisional&quot;.

Once that year&apos;s calendar is entered, the deadline is recomputed and the change recorded in the history; the date may move and the notice would then have to be issued again. Ask the system administrator to enter it first under Settings → Working-day calendar.</translation>
    </message>
    <message>
        <source>仍然导出通知书吗？</source>
        <translation>Export the notice anyway?</translation>
    </message>
    <message>
        <source>仍然打印通知书吗？</source>
        <translation>Print the notice anyway?</translation>
    </message>
    <message>
        <source>整改期限暂定</source>
        <translation>Provisional deadline</translation>
    </message>
    <message>
        <source>仍然导出</source>
        <translation>Export anyway</translation>
    </message>
    <message>
        <source>仍然打印</source>
        <translation>Print anyway</translation>
    </message>
    <message>
        <source>先录入工作日历</source>
        <translation>Enter the calendar first</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NurseryPicker</name>
    <message>
        <source>标记为已登记</source>
        <translation>Mark registered</translation>
    </message>
    <message>
        <source>“{name}”登记成了哪家机构？按名称或统一社会信用代码查找(&amp;S)：</source>
        <translation>Which nursery did “{name}” become? &amp;Search by name or unified social credit code:</translation>
    </message>
    <message>
        <source>找到的机构</source>
        <translation>Nurseries found</translation>
    </message>
</context>
<context>
    <name>NurseryRecordDialog</name>
    <message>
        <source>人员(&amp;P)</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <source>显示完整号码</source>
        <translation>Show full number</translation>
    </message>
    <message>
        <source>查看完整号码会记入审计日志</source>
        <translation>Viewing the full number is recorded in the audit trail</translation>
    </message>
    <message>
        <source>法定代表人证件号码：</source>
        <translation>Legal representative&apos;s ID number:</translation>
    </message>
    <message>
        <source>机构档案 — {name}</source>
        <translation>Nursery record — {name}</translation>
    </message>
    <message>
        <source>（未登记）</source>
        <translation>(not registered)</translation>
    </message>
    <message>
        <source>{nature} / {organ}（{certificate}）</source>
        <translation>{nature} / {organ} ({certificate})</translation>
    </message>
    <message>
        <source>机构档案</source>
        <translation>Nursery record</translation>
    </message>
    <message>
        <source>机构名称</source>
        <translation>Nursery name</translation>
    </message>
    <message>
        <source>统一社会信用代码：</source>
        <translation>Unified social credit code:</translation>
    </message>
    <message>
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>机构性质 / 登记机关：</source>
        <translation>Legal nature / authority:</translation>
    </message>
    <message>
        <source>地址：</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>托位 / 普惠托位 / 在托：</source>
        <translation>Places / inclusive / enrolled:</translation>
    </message>
    <message>
        <source>时间线(&amp;T)</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>事项类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>办理状态变化(&amp;S)</source>
        <translation>Record a &amp;status change</translation>
    </message>
    <message>
        <source>说明情况的处理结果、停业整顿或暂停收托、复查后恢复收托、未备案关闭</source>
        <translation>Outcome of an explanation, suspension or pause, resumption after re-inspection, closing before filing</translation>
    </message>
    <message>
        <source>编辑登记信息(&amp;E)</source>
        <translation>&amp;Edit registration</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>NurseryStatusDialog</name>
    <message>
        <source>停业整顿前的状态</source>
        <translation>the status before the suspension</translation>
    </message>
    <message>
        <source>复查情况：</source>
        <translation>Re-inspection:</translation>
    </message>
    <message>
        <source>办理机构状态</source>
        <translation>Nursery status</translation>
    </message>
    <message>
        <source>已填写的情况说明尚未办理，是否现在办理？</source>
        <translation>The statement you typed has not been recorded. Record it now?</translation>
    </message>
    <message>
        <source>办理</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>状态变化：</source>
        <translation>Status change:</translation>
    </message>
    <message>
        <source>办理日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>依据或情况说明：</source>
        <translation>Basis or statement:</translation>
    </message>
</context>
<context>
    <name>NurseryTableModel</name>
    <message>
        <source>机构名称</source>
        <translation>Nursery name</translation>
    </message>
    <message>
        <source>简称/别名</source>
        <translation>Short name/alias</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>法人性质</source>
        <translation>Legal nature</translation>
    </message>
    <message>
        <source>机构类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>街道（乡镇）</source>
        <translation>Street / township</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>托位数</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>普惠托位数</source>
        <translation>Inclusive places</translation>
    </message>
    <message>
        <source>普惠性</source>
        <translation>Inclusive</translation>
    </message>
    <message>
        <source>示范级别</source>
        <translation>Demonstration level</translation>
    </message>
    <message>
        <source>更新时间</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>重置“{user}”的密码</source>
        <translation>Reset the password of “{user}”</translation>
    </message>
    <message>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>新密码至少 10 个字符，不能是常见密码，也不能与用户名相同。</source>
        <translation>The new password needs at least 10 characters, must not be a common password and must not be the username.</translation>
    </message>
    <message>
        <source>当前密码(&amp;O)：</source>
        <translation>Current passw&amp;ord:</translation>
    </message>
    <message>
        <source>新密码(&amp;P)：</source>
        <translation>New &amp;password:</translation>
    </message>
    <message>
        <source>确认新密码(&amp;C)：</source>
        <translation>&amp;Confirm new password:</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>“{area}”功能正在建设中，将在后续版本中提供。</source>
        <translation>“{area}” is under construction and will come in a later version.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>驳回</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Enter 或 Ctrl+Enter 确定，Shift+Enter 换行</source>
        <translation>Enter or Ctrl+Enter confirms, Shift+Enter starts a new line</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>接收推送文件</source>
        <translation>Receive pushed file</translation>
    </message>
    <message>
        <source>xlsx、xls 或 csv（UTF-8 或 GB18030）</source>
        <translation>xlsx, xls or csv (UTF-8 or GB18030)</translation>
    </message>
    <message>
        <source>浏览(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>接收</source>
        <translation>Receive</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>推送文件(&amp;F)：</source>
        <translation>Pushed &amp;file:</translation>
    </message>
    <message>
        <source>推送机关(&amp;O)：</source>
        <translation>Pushing &amp;organ:</translation>
    </message>
    <message>
        <source>机关层级(&amp;L)：</source>
        <translation>Organ &amp;level:</translation>
    </message>
    <message>
        <source>接收日期(&amp;D)：</source>
        <translation>&amp;Date received:</translation>
    </message>
    <message>
        <source>选择推送文件</source>
        <translation>Choose the pushed file</translation>
    </message>
    <message>
        <source>推送数据 (*.xlsx *.xls *.csv)</source>
        <translation>Pushed data (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>请选择要接收的推送文件。</source>
        <translation>Choose the pushed file to receive.</translation>
    </message>
    <message>
        <source>找不到文件“{path}”。</source>
        <translation>File “{path}” not found.</translation>
    </message>
    <message>
        <source>接收日期不能晚于今天。</source>
        <translation>The date received cannot be after today.</translation>
    </message>
</context>
<context>
    <name>RecoveryRestoreDialog</name>
    <message>
        <source>从加密备份恢复</source>
        <translation>Restore from an encrypted backup</translation>
    </message>
    <message>
        <source>在新电脑上恢复加密辖区的备份：需要备份文件和辖区恢复口令（抄写在纸上、存放在保险柜的那份）。恢复后为下面的系统管理员设置新密码，其他账号用各自原来的密码登录。</source>
        <translation>Restore an encrypted district&apos;s backup on a new computer: you need the backup file and the district recovery secret (the one written on paper and kept in the safe). The administrator below gets a new password; the other accounts sign in with their own passwords as before.</translation>
    </message>
    <message>
        <source>浏览(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>备份文件(&amp;F)：</source>
        <translation>Backup &amp;file:</translation>
    </message>
    <message>
        <source>系统管理员用户名(&amp;U)：</source>
        <translation>Administrator &amp;user name:</translation>
    </message>
    <message>
        <source>辖区恢复口令(&amp;R)：</source>
        <translation>District &amp;recovery secret:</translation>
    </message>
    <message>
        <source>新密码(&amp;N)：</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>确认新密码(&amp;C)：</source>
        <translation>&amp;Confirm new password:</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>Choose the backup file</translation>
    </message>
    <message>
        <source>工作站备份 (*{suffix});;所有文件 (*)</source>
        <translation>Workstation backups (*{suffix});;All files (*)</translation>
    </message>
    <message>
        <source>请选择要恢复的备份文件。</source>
        <translation>Choose the backup file to restore.</translation>
    </message>
    <message>
        <source>请填写备份中一个系统管理员的用户名。</source>
        <translation>Enter the user name of an administrator in the backup.</translation>
    </message>
    <message>
        <source>两次输入的新密码不一致。</source>
        <translation>The two new passwords differ.</translation>
    </message>
    <message>
        <source>新密码不能与辖区恢复口令相同。</source>
        <translation>The new password must differ from the district recovery secret.</translation>
    </message>
</context>
<context>
    <name>RecoverySecret</name>
    <message>
        <source>设置辖区恢复口令</source>
        <translation>Set the district recovery secret</translation>
    </message>
    <message>
        <source>数据库将加密保存，各账号以自己的密码解锁。</source>
        <translation>The database will be stored encrypted; each account unlocks it with its own password.</translation>
    </message>
    <message>
        <source>辖区恢复口令用于在所有账号密码都遗失时打开数据库：请抄写在纸上，密封后存放在单位保险柜，不要保存在本机。</source>
        <translation>The district recovery secret opens the database when every account&apos;s password is lost: write it on paper, seal it and keep it in the office safe; do not store it on this computer.</translation>
    </message>
    <message>
        <source>口令至少 10 个字符，不能是常见密码，也不能与管理员密码相同。</source>
        <translation>At least 10 characters, not a common password, and not the administrator&apos;s password.</translation>
    </message>
    <message>
        <source>恢复口令(&amp;P)：</source>
        <translation>Recovery &amp;secret:</translation>
    </message>
    <message>
        <source>确认恢复口令(&amp;C)：</source>
        <translation>&amp;Confirm recovery secret:</translation>
    </message>
    <message>
        <source>两次输入的恢复口令不一致。</source>
        <translation>The two recovery secrets do not match.</translation>
    </message>
    <message>
        <source>数据库未加密</source>
        <translation>Database not encrypted</translation>
    </message>
    <message>
        <source>没有设置辖区恢复口令，数据库未加密：其他能读取此文件的人可以看到全部数据。</source>
        <translation>No district recovery secret was set, so the database is not encrypted: anyone who can read this file can see all of its data.</translation>
    </message>
    <message>
        <source>以后可由系统管理员在“系统设置 → 备份与恢复”中点“加密数据库…”加密。</source>
        <translation>A system administrator can encrypt it later under Settings → Backup and restore → Encrypt database….</translation>
    </message>
</context>
<context>
    <name>RegisterFilterForm</name>
    <message>
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>备案状态：</source>
        <translation>Filing status:</translation>
    </message>
    <message>
        <source>机构状态：</source>
        <translation>Nursery status:</translation>
    </message>
    <message>
        <source>办理状态：</source>
        <translation>Handling state:</translation>
    </message>
    <message>
        <source>整改状态：</source>
        <translation>Rectification status:</translation>
    </message>
    <message>
        <source>按备案日期</source>
        <translation>By filing date</translation>
    </message>
    <message>
        <source>按回执日期</source>
        <translation>By receipt date</translation>
    </message>
    <message>
        <source>按检查日期</source>
        <translation>By inspection date</translation>
    </message>
    <message>
        <source>按入职日期</source>
        <translation>By start date</translation>
    </message>
    <message>
        <source>按决定日期</source>
        <translation>By decision date</translation>
    </message>
    <message>
        <source>全部街道（乡镇）</source>
        <translation>All streets/townships</translation>
    </message>
    <message>
        <source>全部机构性质</source>
        <translation>All legal natures</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>普惠</source>
        <translation>Inclusive</translation>
    </message>
    <message>
        <source>非普惠</source>
        <translation>Non-inclusive</translation>
    </message>
    <message>
        <source>不适用</source>
        <translation>Not applicable</translation>
    </message>
</context>
<context>
    <name>RegistersPage</name>
    <message>
        <source>默认：{district}卫生健康委员会</source>
        <translation>Default: {district} Health Commission</translation>
    </message>
    <message>
        <source>正在导出{title}…</source>
        <translation>Exporting {title}…</translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>当前用户（{user}）无权导出名册报表。</source>
        <translation>The current user ({user}) may not export registers.</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>导出为</source>
        <translation>Export as</translation>
    </message>
    <message>
        <source>请填写保存的文件名。</source>
        <translation>Enter the file name to save to.</translation>
    </message>
    <message>
        <source>文件已存在</source>
        <translation>File exists</translation>
    </message>
    <message>
        <source>“{path}”已存在，要替换它吗？</source>
        <translation>“{path}” already exists. Replace it?</translation>
    </message>
    <message>
        <source>个人信息已脱敏</source>
        <translation>personal data masked</translation>
    </message>
    <message>
        <source>含完整个人信息，请注意保密</source>
        <translation>contains full personal data; keep it confidential</translation>
    </message>
    <message>
        <source>已导出 {rows} 行（{masking}）：{path}</source>
        <translation>Exported {rows} rows ({masking}): {path}</translation>
    </message>
    <message>
        <source>导出已完成。</source>
        <translation>Export finished.</translation>
    </message>
    <message>
        <source>导出失败。</source>
        <translation>Export failed.</translation>
    </message>
    <message>
        <source>导出失败：{message}</source>
        <translation>Export failed: {message}</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>已取消导出，未生成文件。</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>名册报表</source>
        <translation>Registers</translation>
    </message>
    <message>
        <source>把名册报表导出为 Excel 或 PDF，报送上级部门。证件号码和手机号码默认脱敏；导出在后台进行，可随时取消。</source>
        <translation>Export registers to Excel or PDF for the authorities above. ID and mobile numbers are masked by default; the export runs in the background and can be cancelled at any time.</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>名册报表(&amp;R)：</source>
        <translation>&amp;Register:</translation>
    </message>
    <message>
        <source>筛选条件</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>街道（乡镇）(&amp;S)：</source>
        <translation>&amp;Street/township:</translation>
    </message>
    <message>
        <source>机构性质(&amp;N)：</source>
        <translation>Legal &amp;nature:</translation>
    </message>
    <message>
        <source>状态(&amp;T)：</source>
        <translation>Sta&amp;tus:</translation>
    </message>
    <message>
        <source>是否普惠(&amp;I)：</source>
        <translation>&amp;Inclusive:</translation>
    </message>
    <message>
        <source>日期范围：</source>
        <translation>Date range:</translation>
    </message>
    <message>
        <source>按日期(&amp;D)</source>
        <translation>By &amp;date</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>每千人口托位数目标(&amp;G)：</source>
        <translation>Tar&amp;get places per 1,000 residents:</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>格式：</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Excel（.xlsx）(&amp;X)</source>
        <translation>E&amp;xcel (.xlsx)</translation>
    </message>
    <message>
        <source>PDF（.pdf）(&amp;P)</source>
        <translation>&amp;PDF (.pdf)</translation>
    </message>
    <message>
        <source>保存为(&amp;F)：</source>
        <translation>Save to &amp;file:</translation>
    </message>
    <message>
        <source>浏览(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>填报单位(&amp;U)：</source>
        <translation>Reporting &amp;unit:</translation>
    </message>
    <message>
        <source>审核人(&amp;V)：</source>
        <translation>Re&amp;viewer:</translation>
    </message>
    <message>
        <source>导出完整的证件号码和手机号码（默认脱敏；需相应权限，导出将记入审计日志）</source>
        <translation>Export full ID and mobile numbers (masked by default; needs the permission and is recorded in the audit log)</translation>
    </message>
    <message>
        <source>导出(&amp;E)</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>取消(&amp;C)</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>RegistryFilterBar</name>
    <message>
        <source>普惠性</source>
        <translation>Inclusive</translation>
    </message>
    <message>
        <source>示范机构</source>
        <translation>Demonstration</translation>
    </message>
    <message>
        <source>全部街道（乡镇）</source>
        <translation>All streets/townships</translation>
    </message>
    <message>
        <source>全部法人性质</source>
        <translation>All legal natures</translation>
    </message>
    <message>
        <source>全部机构类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>全部服务形式</source>
        <translation>All service types</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{caption}：{state}</source>
        <translation>{caption}: {state}</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <source>没有符合条件的机构</source>
        <translation>No nursery matches</translation>
    </message>
    <message>
        <source>还没有登记托育机构</source>
        <translation>No nursery has been registered yet</translation>
    </message>
    <message>
        <source>超过 {count} 家（正在统计总数…）</source>
        <translation>More than {count} nurseries (counting them all…)</translation>
    </message>
    <message numerus="yes">
        <source>共 {count} 家</source>
        <translation>
            <numerusform>{count} nursery</numerusform>
            <numerusform>{count} nurseries</numerusform>
        </translation>
    </message>
    <message>
        <source>机构名册</source>
        <translation>Nursery register</translation>
    </message>
    <message>
        <source>搜索名称、简称、统一社会信用代码、地址、法定代表人（Ctrl+F）</source>
        <translation>Search name, short name, unified social credit code, address, legal representative (Ctrl+F)</translation>
    </message>
    <message>
        <source>按街道（乡镇）筛选</source>
        <translation>Filter by street/township</translation>
    </message>
    <message>
        <source>按法人性质筛选</source>
        <translation>Filter by legal nature</translation>
    </message>
    <message>
        <source>按机构类型筛选</source>
        <translation>Filter by type</translation>
    </message>
    <message>
        <source>按状态筛选</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>按服务形式筛选</source>
        <translation>Filter by service type</translation>
    </message>
    <message>
        <source>普惠性</source>
        <translation>Inclusive</translation>
    </message>
    <message>
        <source>半选：不限；勾选：仅普惠性机构；不勾选：仅非普惠性机构</source>
        <translation>Partly ticked: any; ticked: inclusive nurseries only; unticked: non-inclusive only</translation>
    </message>
    <message>
        <source>示范机构</source>
        <translation>Demonstration</translation>
    </message>
    <message>
        <source>半选：不限；勾选：仅示范机构；不勾选：仅非示范机构</source>
        <translation>Partly ticked: any; ticked: demonstration nurseries only; unticked: others only</translation>
    </message>
    <message>
        <source>清除条件</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <source>上一步(&amp;B)</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>下一步(&amp;N)</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>恢复(&amp;R)</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>Choose the backup file</translation>
    </message>
    <message>
        <source>工作站备份 (*{suffix});;所有文件 (*)</source>
        <translation>Workstation backups (*{suffix});;All files (*)</translation>
    </message>
    <message>
        <source>正在校验…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <source>未通过校验：{message}

请返回选择其他备份文件。</source>
        <translation>Verification failed: {message}

Go back and choose another backup file.</translation>
    </message>
    <message>
        <source>校验通过：</source>
        <translation>Verification passed:</translation>
    </message>
    <message>
        <source>✓ 全部 {n} 个成员的 SHA-256 校验值与清单一致</source>
        <translation>✓ The SHA-256 checksums of all {n} members match the manifest</translation>
    </message>
    <message>
        <source>✓ 数据库完整性检查通过</source>
        <translation>✓ The database integrity check passed</translation>
    </message>
    <message>
        <source>✓ 数据库结构版本 {revision}，本程序可以打开</source>
        <translation>✓ Database schema version {revision}, which this program can open</translation>
    </message>
    <message>
        <source>备份时间：{time}</source>
        <translation>Backed up: {time}</translation>
    </message>
    <message>
        <source>备份来源：{source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>备份程序版本：{version}</source>
        <translation>Program version: {version}</translation>
    </message>
    <message>
        <source>机构 {nurseries} 家，附件 {files} 个，共 {size:.1f} MB</source>
        <translation>{nurseries} nurseries, {files} attachments, {size:.1f} MB in all</translation>
    </message>
    <message>
        <source>当前数据库：{db}
将被替换为 {time} 的备份。

当前数据库及其附件不会删除，会改名另存为“{name}.replaced-日期-时间”，放在同一文件夹中。
恢复时工作站会先关闭当前数据库；恢复结束后程序退出，重新启动即使用恢复的数据。</source>
        <translation>Current database: {db}
will be replaced by the backup of {time}.

The current database and its attachments are not deleted: they are renamed to “{name}.replaced-date-time” in the same folder.
The workstation closes the current database first; when the restore ends the program exits, and the next start uses the restored data.</translation>
    </message>
    <message>
        <source>正在恢复…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>原数据库已另存为：{path}</source>
        <translation>The previous database was set aside as: {path}</translation>
    </message>
    <message>
        <source>原位置没有数据库，已直接放入恢复的数据库。</source>
        <translation>There was no database at that location; the restored one was put there.</translation>
    </message>
    <message>
        <source>注意：被替换的数据库中有 {n} 条审计记录晚于这份备份，恢复后的数据库中没有；它们保留在另存的原数据库中，请一并保管。</source>
        <translation>Note: the replaced database holds {n} audit records newer than this backup, which the restored database lacks; they remain in the replaced database kept aside. Keep it with them.</translation>
    </message>
    <message>
        <source>恢复前已把这些审计记录导出到：{path}</source>
        <translation>Before the restore these audit records were exported to: {path}</translation>
    </message>
    <message>
        <source>已从备份恢复：{db}
{aside}</source>
        <translation>Restored from the backup: {db}
{aside}</translation>
    </message>
    <message>
        <source>恢复失败：{message}
当前数据库未被替换。</source>
        <translation>Restore failed: {message}
The current database was not replaced.</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>选择要恢复的备份文件（.wsbackup）。恢复前会先完整校验；当前数据库在被替换前另存保留。</source>
        <translation>Choose the backup file to restore (.wsbackup). It is fully verified first; the current database is set aside before it is replaced.</translation>
    </message>
    <message>
        <source>备份文件路径</source>
        <translation>Backup file path</translation>
    </message>
    <message>
        <source>备份文件</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>浏览(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>校验备份</source>
        <translation>Verify the backup</translation>
    </message>
    <message>
        <source>检查每个成员的校验和、数据库完整性和结构版本。当前数据库不会被改动。</source>
        <translation>Checks every member&apos;s checksum, the database integrity and the schema version. The current database is not touched.</translation>
    </message>
    <message>
        <source>确认恢复</source>
        <translation>Confirm the restore</translation>
    </message>
    <message>
        <source>恢复会用备份替换当前数据库和附件。</source>
        <translation>Restoring replaces the current database and attachments with the backup.</translation>
    </message>
    <message>
        <source>我确认用该备份替换当前数据库(&amp;C)</source>
        <translation>I &amp;confirm replacing the current database with this backup</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>RoutingTab</name>
    <message>
        <source>登记机关由系统管理员修改。</source>
        <translation>The administrator changes the registration authorities.</translation>
    </message>
    <message>
        <source>登记机关没有改动。</source>
        <translation>No registration authority was changed.</translation>
    </message>
    <message>
        <source>登记机关已保存，此后新增的机构按新表带出登记机关。</source>
        <translation>Registration authorities saved; nurseries recorded from now on follow the new table.</translation>
    </message>
    <message>
        <source>{organ}（不能登记该性质的机构，请改选）</source>
        <translation>{organ} (cannot register this legal nature; choose another)</translation>
    </message>
    <message>
        <source>每种机构性质在本辖区的登记机关。新增机构时按此表带出登记机关和应持证照；每行只列出依法可以登记该性质机构的机关。</source>
        <translation>The authority that registers each legal nature in this district. A new nursery takes its registration authority and required certificate from this table; each row lists only the authorities that may lawfully register that legal nature.</translation>
    </message>
    <message>
        <source>修改本表只影响此后的登记，不会改动已登记机构记录中的登记机关。</source>
        <translation>Changing this table affects only registrations from now on; it never changes the registration authority of nurseries already recorded.</translation>
    </message>
    <message>
        <source>机构性质</source>
        <translation>Legal nature</translation>
    </message>
    <message>
        <source>登记机关</source>
        <translation>Registration authorities</translation>
    </message>
    <message>
        <source>应持证照</source>
        <translation>Certificate to hold</translation>
    </message>
    <message>
        <source>保存登记机关(&amp;O)</source>
        <translation>Save the registration auth&amp;orities</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>{count} 项辖区设置待确认。</source>
        <translation>{count} district setting(s) await confirmation.</translation>
    </message>
    <message>
        <source>所有辖区设置均已确认。</source>
        <translation>Every district setting is confirmed.</translation>
    </message>
    <message>
        <source>辖区设置（无文件依据，待管理员确认）</source>
        <translation>District setting (no documented source; awaiting the administrator&apos;s confirmation)</translation>
    </message>
    <message>
        <source>辖区设置，已由{who}于{when}确认</source>
        <translation>District setting, confirmed by {who} on {when}</translation>
    </message>
    <message>
        <source>系统执行的规则参数及其依据。有文件依据的参数注明文件和条款；没有文件依据的参数是辖区设置，由系统管理员核对取值后确认。</source>
        <translation>The rule parameters the workstation applies and their basis. A parameter taken from a document names the document and article; one without a documented source is a district setting, which the administrator checks and confirms.</translation>
    </message>
    <message>
        <source>业务</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>规则参数</source>
        <translation>Rule parameters</translation>
    </message>
    <message>
        <source>取值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>确认选中的辖区设置(&amp;N)</source>
        <translation>Co&amp;nfirm the selected district setting</translation>
    </message>
</context>
<context>
    <name>ServerPassword</name>
    <message>
        <source>连接服务器数据库</source>
        <translation>Connect to the server database</translation>
    </message>
    <message>
        <source>服务器数据库 {where} 的密码：</source>
        <translation>Password of the server database {where}:</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>当前用户：{user}（{role}）</source>
        <translation>User: {user} ({role})</translation>
    </message>
    <message>
        <source>设置已保存。</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>工作日历</source>
        <translation>Working-day calendar</translation>
    </message>
    <message>
        <source>规则参数</source>
        <translation>Rule parameters</translation>
    </message>
    <message>
        <source>登记机关</source>
        <translation>Registration authorities</translation>
    </message>
    <message>
        <source>这些设置由系统管理员修改。</source>
        <translation>Only the system administrator changes these settings.</translation>
    </message>
    <message>
        <source>自动备份文件夹：{folder}
共 {count} 份自动备份，最近一次：{when}。</source>
        <translation>Automatic backup folder: {folder}
{count} automatic backups, the latest: {when}.</translation>
    </message>
    <message>
        <source>自动备份文件夹：{folder}
还没有自动备份。</source>
        <translation>Automatic backup folder: {folder}
No automatic backups yet.</translation>
    </message>
    <message>
        <source>恢复完成</source>
        <translation>Restore complete</translation>
    </message>
    <message>
        <source>数据已从备份恢复，被替换的数据库已另存。程序将退出，请重新启动。</source>
        <translation>The data was restored from the backup and the replaced database was set aside. The program will now exit; please start it again.</translation>
    </message>
    <message>
        <source>恢复未完成</source>
        <translation>Restore not completed</translation>
    </message>
    <message>
        <source>恢复没有完成。程序将退出，请重新启动后检查数据并再试。</source>
        <translation>The restore did not complete. The program will now exit; start it again, check the data and try once more.</translation>
    </message>
    <message>
        <source>我的账户</source>
        <translation>My account</translation>
    </message>
    <message>
        <source>修改密码(&amp;P)…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>立即锁定(&amp;L)</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <source>工作站设置</source>
        <translation>Workstation settings</translation>
    </message>
    <message>
        <source>无操作自动锁定(&amp;I)：</source>
        <translation>Lock when &amp;idle for:</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>自动备份：</source>
        <translation>Automatic backup:</translation>
    </message>
    <message>
        <source>数据有改动时，启动时（每天一次）和退出时自动备份(&amp;A)</source>
        <translation>&amp;Automatically back up at start-up (once a day) and on exit when the data changed</translation>
    </message>
    <message>
        <source>保留每日备份(&amp;D)：</source>
        <translation>Keep &amp;daily backups:</translation>
    </message>
    <message>
        <source> 份</source>
        <translation> backups</translation>
    </message>
    <message>
        <source>保留每月备份(&amp;M)：</source>
        <translation>Keep &amp;monthly backups:</translation>
    </message>
    <message>
        <source>自动备份文件夹(&amp;F)：</source>
        <translation>Backup &amp;folder:</translation>
    </message>
    <message>
        <source>推送收件箱：</source>
        <translation>Pushed data inbox:</translation>
    </message>
    <message>
        <source>自动接受推送文件中无问题的新机构(&amp;N)</source>
        <translation>Accept &amp;new nurseries without findings automatically</translation>
    </message>
    <message>
        <source>默认不勾选：推送的每一行都须经办人处理后才进入机构名录</source>
        <translation>Off by default: every pushed row waits for a clerk&apos;s decision before it reaches the registry</translation>
    </message>
    <message>
        <source>保存设置(&amp;S)</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <source>备份与恢复</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <source>立即备份到…(&amp;B)</source>
        <translation>&amp;Back up now to…</translation>
    </message>
    <message>
        <source>从备份恢复…(&amp;R)</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>用户管理</source>
        <translation>User management</translation>
    </message>
    <message>
        <source>为同事创建账号、分配角色、重置密码、停用账号或解除锁定。</source>
        <translation>Create accounts for colleagues, assign roles, reset passwords, disable or unlock accounts.</translation>
    </message>
    <message>
        <source>管理用户账号…(&amp;U)</source>
        <translation>Manage &amp;user accounts…</translation>
    </message>
    <message>
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
</context>
<context>
    <name>StaffBanDialog</name>
    <message>
        <source>登记禁入人员</source>
        <translation>Record a lifetime ban</translation>
    </message>
    <message>
        <source>姓名(&amp;M)</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>证件号码(&amp;I)</source>
        <translation>&amp;ID number</translation>
    </message>
    <message>
        <source>禁入事由(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>决定书文号(&amp;D)</source>
        <translation>&amp;Decision no.</translation>
    </message>
    <message>
        <source>如：九卫禁〔2026〕3号</source>
        <translation>e.g. 九卫禁〔2026〕3号</translation>
    </message>
    <message>
        <source>决定日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>作出决定的机关(&amp;A)</source>
        <translation>Deciding &amp;authority</translation>
    </message>
</context>
<context>
    <name>StaffDepartDialog</name>
    <message>
        <source>登记离职</source>
        <translation>Record leaving</translation>
    </message>
    <message>
        <source>离职日期(&amp;D)</source>
        <translation>Left on (&amp;D)</translation>
    </message>
    <message>
        <source>离职原因(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
</context>
<context>
    <name>StaffLiftDialog</name>
    <message>
        <source>解除禁入</source>
        <translation>Lift a ban</translation>
    </message>
    <message>
        <source>解除决定文号(&amp;D)</source>
        <translation>Lifting &amp;decision no.</translation>
    </message>
    <message>
        <source>解除理由(&amp;R)</source>
        <translation>&amp;Reason for lifting</translation>
    </message>
    <message>
        <source>解除日期</source>
        <translation>Lifted on</translation>
    </message>
</context>
<context>
    <name>StaffMemberDialog</name>
    <message>
        <source>填写的人员信息尚未保存，是否保存？</source>
        <translation>The staff member&apos;s details are not saved yet. Save them?</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>人员信息 — {name}</source>
        <translation>Staff member — {name}</translation>
    </message>
    <message>
        <source>{masked}（不修改请留空）</source>
        <translation>{masked} (leave empty to keep)</translation>
    </message>
    <message>
        <source>有效期至 {day}</source>
        <translation>valid until {day}</translation>
    </message>
    <message>
        <source>长期有效</source>
        <translation>does not expire</translation>
    </message>
    <message>
        <source>健康检查 {day}：{result}</source>
        <translation>Health check {day}: {result}</translation>
    </message>
    <message>
        <source>违法犯罪记录查询 {day}：{result}（{authority}）</source>
        <translation>Criminal-record check {day}: {result} ({authority})</translation>
    </message>
    <message>
        <source>尚无证书和检查记录。</source>
        <translation>No certificates or checks yet.</translation>
    </message>
    <message>
        <source>选择证书扫描件</source>
        <translation>Choose the certificate scan</translation>
    </message>
    <message>
        <source>人员信息</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>姓名(&amp;M)</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>证件号码(&amp;I)</source>
        <translation>&amp;ID number</translation>
    </message>
    <message>
        <source>岗位(&amp;R)</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>用工方式</source>
        <translation>Employment</translation>
    </message>
    <message>
        <source>入职日期(&amp;H)</source>
        <translation>Started (&amp;H)</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>证书类别</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>证书编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>发证机关</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>发证日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>扫描件</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>PDF、JPG 或 PNG（可不附）</source>
        <translation>PDF, JPG or PNG (optional)</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>新增健康检查(&amp;J)</source>
        <translation>Add a health check (&amp;J)</translation>
    </message>
    <message>
        <source>体检日期</source>
        <translation>Checked on</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>健康合格证编号</source>
        <translation>Health certificate no.</translation>
    </message>
    <message>
        <source>新增违法犯罪记录查询(&amp;B)</source>
        <translation>Add a criminal-record check (&amp;B)</translation>
    </message>
    <message>
        <source>查询日期</source>
        <translation>Queried on</translation>
    </message>
    <message>
        <source>查询结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>查询机关</source>
        <translation>Checked by (authority)</translation>
    </message>
    <message>
        <source>如：杨家坪派出所</source>
        <translation>e.g. Yangjiaping Police Station</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>新增资格证书(&amp;G)</source>
        <translation>Add a certificate (&amp;G)</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>新增人员(&amp;A)…</source>
        <translation>&amp;Add staff…</translation>
    </message>
    <message>
        <source>编辑/添加证书(&amp;C)…</source>
        <translation>Edit / add &amp;certificates…</translation>
    </message>
    <message>
        <source>登记离职(&amp;L)…</source>
        <translation>Record &amp;leaving…</translation>
    </message>
    <message>
        <source>导入人员名单(&amp;I)…</source>
        <translation>&amp;Import staff list…</translation>
    </message>
    <message>
        <source>显示完整号码</source>
        <translation>Show full number</translation>
    </message>
    <message>
        <source>查看完整号码会记入审计日志</source>
        <translation>Viewing the full number is recorded in the audit trail</translation>
    </message>
    <message>
        <source>请先在列表中选择要查看证件号码的人员。</source>
        <translation>First select the staff member whose ID number you want to see.</translation>
    </message>
    <message>
        <source>{name}的证件号码：{number}（查看已记入审计日志）</source>
        <translation>ID number of {name}: {number} (this viewing is recorded in the audit trail)</translation>
    </message>
    <message>
        <source>请先在列表中选择要登记离职的人员。</source>
        <translation>First select the staff member who is leaving.</translation>
    </message>
    <message>
        <source>“{name}”已于 {day} 离职。</source>
        <translation>“{name}” left on {day}.</translation>
    </message>
    <message>
        <source>选择人员名单</source>
        <translation>Choose the staff list</translation>
    </message>
    <message>
        <source>电子表格 (*.xlsx *.xls *.csv);;所有文件 (*)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>第{number}行 {name}：{message}</source>
        <translation>Row {number} {name}: {message}</translation>
    </message>
    <message>
        <source>导入人员名单</source>
        <translation>Import staff list</translation>
    </message>
    <message>
        <source>确定导入吗？</source>
        <translation>Import it?</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>用工方式</source>
        <translation>Employment</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>入职日期</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>证书最早到期</source>
        <translation>First certificate expiry</translation>
    </message>
    <message>
        <source>健康合格证有效期至</source>
        <translation>Health certificate valid until</translation>
    </message>
    <message>
        <source>下次违法犯罪记录查询</source>
        <translation>Next criminal-record check</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>未查询</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>在岗</source>
        <translation>Employed</translation>
    </message>
    <message>
        <source>{day} 离职</source>
        <translation>Left {day}</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>无法登录</source>
        <translation>Cannot log in</translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>{message}

数据库：{path}

程序将退出，数据库未作任何改动。</source>
        <translation>{message}

Database: {path}

The program will exit; the database was not changed.</translation>
    </message>
    <message>
        <source>{message}

数据库：{path}

程序将退出，数据库文件未作任何改动。</source>
        <translation>{message}

Database: {path}

The program will exit; the database file was not changed.</translation>
    </message>
</context>
<context>
    <name>StreetFiguresTableModel</name>
    <message>
        <source>街道（乡镇）</source>
        <translation>Street / township</translation>
    </message>
    <message>
        <source>区划代码</source>
        <translation>Division code</translation>
    </message>
    <message>
        <source>机构数</source>
        <translation>Nurseries</translation>
    </message>
    <message>
        <source>已登记未备案</source>
        <translation>Registered, not filed</translation>
    </message>
    <message>
        <source>托位数</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>普惠托位数</source>
        <translation>Inclusive places</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>内部错误：{error}（详情见日志 {log}）</source>
        <translation>Internal error: {error} (details in the log {log})</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>检查内容</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>修改时间</source>
        <translation>Changed at</translation>
    </message>
    <message>
        <source>修改人</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>项目数</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>修改原因</source>
        <translation>Reason for change</translation>
    </message>
    <message>
        <source>当前为第{rev}版，{n}个检查项目。</source>
        <translation>Current version {rev}, {n} check items.</translation>
    </message>
    <message>
        <source>（当前）</source>
        <translation>(current)</translation>
    </message>
    <message>
        <source>已保存为第{rev}版；已开始的检查仍按原版本记录。</source>
        <translation>Saved as version {rev}; inspections already started keep their version.</translation>
    </message>
</context>
<context>
    <name>TimelineKinds</name>
    <message>
        <source>登记</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>备案</source>
        <translation>Filing</translation>
    </message>
    <message>
        <source>检查</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>收费</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Staff member</translation>
    </message>
</context>
<context>
    <name>TypedInputs</name>
    <message>
        <source>请填写日期。</source>
        <translation>Enter a date.</translation>
    </message>
    <message>
        <source>日期“{text}”超出允许的范围（{low} 至 {high}）。</source>
        <translation>The date “{text}” is outside the allowed range ({low} to {high}).</translation>
    </message>
    <message>
        <source>仍为 {date}。</source>
        <translation> The date stays {date}.</translation>
    </message>
    <message>
        <source>“{text}”未能输入：此处只能填写 {low} 至 {high} 之间的数字。</source>
        <translation>“{text}” was not entered: only numbers from {low} to {high} go here.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>会话已锁定</source>
        <translation>Session locked</translation>
    </message>
    <message>
        <source>长时间无操作，会话已锁定。</source>
        <translation>The session was locked after a period of inactivity. </translation>
    </message>
    <message>
        <source>会话已由用户手动锁定。</source>
        <translation>The session was locked by the user. </translation>
    </message>
    <message>
        <source>请输入“{user}”的密码继续；已打开的窗口和未保存的内容都会保留。</source>
        <translation>Enter the password of “{user}” to continue; open windows and unsaved work are kept.</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>注销 / 切换用户</source>
        <translation>Log out / switch user</translation>
    </message>
    <message>
        <source>注销后回到登录窗口，已打开窗口中未保存的内容将会丢失。确定注销吗？</source>
        <translation>Logging out returns to the login window; unsaved work in open windows will be lost. Log out?</translation>
    </message>
</context>
<context>
    <name>UnregisteredDialog</name>
    <message>
        <source>在营未登记机构</source>
        <translation>Nurseries operating without registration</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>状态(&amp;S)：</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>发现方式</source>
        <translation>Found by</translation>
    </message>
    <message>
        <source>发现日期</source>
        <translation>Found on</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>待核实的在营未登记机构</source>
        <translation>Unregistered nurseries to verify</translation>
    </message>
    <message>
        <source>添加(&amp;A)</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>标记为已登记(&amp;G)</source>
        <translation>Mark re&amp;gistered</translation>
    </message>
    <message>
        <source>标记为已取缔(&amp;X)</source>
        <translation>Mark &amp;closed down</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>名称(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>地址(&amp;D)：</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>发现方式(&amp;F)：</source>
        <translation>&amp;Found by:</translation>
    </message>
    <message>
        <source>发现日期(&amp;T)：</source>
        <translation>Da&amp;te found:</translation>
    </message>
    <message>
        <source>备注(&amp;R)：</source>
        <translation>&amp;Remarks:</translation>
    </message>
    <message>
        <source>已添加“{name}”。</source>
        <translation>“{name}” added.</translation>
    </message>
    <message>
        <source>请先在列表中选择一条记录。</source>
        <translation>Choose a record in the list first.</translation>
    </message>
    <message>
        <source>“{name}”已标记为{status}。</source>
        <translation>“{name}” marked as {status}.</translation>
    </message>
</context>
<context>
    <name>UpgradeProgressDialog</name>
    <message>
        <source>正在升级数据库</source>
        <translation>Upgrading the database</translation>
    </message>
    <message>
        <source>正在升级数据库：先备份…</source>
        <translation>Upgrading the database: backing it up first…</translation>
    </message>
    <message>
        <source>本程序版本较新，首次打开前先备份原数据库文件，再升级其结构。请勿关闭电脑。</source>
        <translation>This version of the program is newer: before the first opening, the database file is backed up, then its structure is upgraded. Do not switch the computer off.</translation>
    </message>
    <message>
        <source>正在升级结构…</source>
        <translation>Upgrading the structure…</translation>
    </message>
    <message>
        <source>正在升级数据库：先备份… {percent}%</source>
        <translation>Upgrading the database: backing it up first… {percent}%</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>已创建用户“{user}”。</source>
        <translation>Created user “{user}”.</translation>
    </message>
    <message>
        <source>已把“{user}”设为{role}；下次登录时生效。</source>
        <translation>“{user}” is now {role}; this applies from the next sign-in.</translation>
    </message>
    <message>
        <source>已{state}“{user}”。</source>
        <translation>{state}: “{user}”.</translation>
    </message>
    <message>
        <source>已解除“{user}”的锁定。</source>
        <translation>Unlocked “{user}”.</translation>
    </message>
    <message>
        <source>已重置“{user}”的密码，请告知本人并提醒其登录后修改。</source>
        <translation>The password of “{user}” was reset; tell them and remind them to change it after signing in.</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>从未登录</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>停用(&amp;D)</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>启用(&amp;E)</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>用户管理</source>
        <translation>User management</translation>
    </message>
    <message>
        <source>用户列表</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>最近登录</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>新建用户(&amp;N)…</source>
        <translation>&amp;New user…</translation>
    </message>
    <message>
        <source>所选用户</source>
        <translation>Selected user</translation>
    </message>
    <message>
        <source>设为此角色(&amp;R)</source>
        <translation>Set this &amp;role</translation>
    </message>
    <message>
        <source>重置密码(&amp;P)…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <source>解除锁定(&amp;U)</source>
        <translation>&amp;Unlock</translation>
    </message>
</context>
<context>
    <name>WorkQueues</name>
    <message>
        <source>{title}（{count}）</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>……另有 {count} 项</source>
        <translation>… {count} more</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>今日到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>下一工作日（{day}）到期</source>
        <translation>Due next working day ({day})</translation>
    </message>
    <message>
        <source>登记超过1天未备案</source>
        <translation>Registered over 1 day, not filed</translation>
    </message>
    <message>
        <source>登记超过{days}天未备案</source>
        <translation>Registered over {days} days, not filed</translation>
    </message>
    <message>
        <source>待核实的备案</source>
        <translation>Filings awaiting verification</translation>
    </message>
    <message>
        <source>出具回执</source>
        <translation>receipt due</translation>
    </message>
    <message>
        <source>核实/告知不符合要求</source>
        <translation>verification or notice of non-conformity due</translation>
    </message>
    <message>
        <source>待核实</source>
        <translation>to verify</translation>
    </message>
</context>
<context>
    <name>WorkSession</name>
    <message>
        <source>注销 / 切换用户</source>
        <translation>Log out / switch user</translation>
    </message>
    <message>
        <source>注销后回到登录窗口，可由您或其他用户重新登录。确定注销吗？</source>
        <translation>Logging out returns to the login window, where you or a colleague can sign in. Log out?</translation>
    </message>
    <message>
        <source>自动备份失败：{message}</source>
        <translation>Automatic backup failed: {message}</translation>
    </message>
    <message>
        <source>退出时自动备份</source>
        <translation>Backup on exit</translation>
    </message>
    <message>
        <source>退出时自动备份失败：{message}
数据已保存在数据库中。</source>
        <translation>Automatic backup on exit failed: {message}
Your data is saved in the database.</translation>
    </message>
    <message>
        <source>正在备份数据库和附件…</source>
        <translation>Backing up the database and attachments…</translation>
    </message>
    <message>
        <source>已自动备份：{file}</source>
        <translation>Backed up automatically: {file}</translation>
    </message>
</context>
</TS>

"""English for sign-in, users, settings, backup and restore, the audit log and the registers.

Merged into fill_en.GLOSSARY.
"""

GLOSSARY: dict[str, str] = {
    # Sign-in, session lock and start-up
    "登录": "Log in",
    "退出": "Exit",
    "请输入用户名。": "Enter your username.",
    "请输入密码。": "Enter your password.",
    "请输入用户名和密码。": "Enter your username and password.",
    "用户名(&U)：": "&Username:",
    "密码(&P)：": "&Password:",
    "登录提示": "Sign-in message",
    "无法登录": "Cannot log in",
    "会话已锁定": "Session locked",
    "会话已锁定。": "The session is locked. ",
    "长时间无操作，会话已锁定。": "The session was locked after a period of inactivity. ",
    "请输入“{user}”的密码继续；已打开的窗口和未保存的内容都会保留。":
        "Enter the password of “{user}” to continue; open windows and unsaved work are kept.",
    # File dialogs (type names from the file name alone)
    "文件夹": "Folder",
    "{suffix} 文件": "{suffix} file",
    "文件": "File",
    "查找范围(&L)：": "&Look in:",
    "文件名(&N)：": "File &name:",
    "文件类型(&T)：": "Files of &type:",
    "解锁": "Unlock",
    "退出登录": "Log out",
    "注销 / 切换用户": "Log out / switch user",
    "注销 / 切换用户…": "Log out / switch user…",
    "注销后回到登录窗口，已打开窗口中未保存的内容将会丢失。确定注销吗？":
        "Logging out returns to the login window; unsaved work in open windows will be lost. Log out?",
    "注销后回到登录窗口，可由您或其他用户重新登录。确定注销吗？":
        "Logging out returns to the login window, where you or a colleague can sign in. Log out?",
    "锁定": "Lock",
    "退出程序": "Quit",
    "内部错误：{error}（详情见日志 {log}）": "Internal error: {error} (details in the log {log})",
    # Accounts and passwords
    "创建": "Create",
    "新建用户": "New user",
    "为工作人员创建登录账号。密码至少 10 个字符，不能是常见密码，也不能与用户名相同。":
        "Create a sign-in account for a staff member. Passwords have at least 10 characters, are not "
        "a common password and differ from the username.",
    "2–32个字符，用于登录": "2–32 characters, used to log in",
    "角色(&R)：": "&Role:",
    "确认密码(&C)：": "&Confirm password:",
    "确定": "OK",
    "修改密码": "Change password",
    "新密码至少 10 个字符，不能是常见密码，也不能与用户名相同。":
        "The new password needs at least 10 characters, must not be a common password and must not "
        "be the username.",
    "当前密码(&O)：": "Current passw&ord:",
    "新密码(&P)：": "New &password:",
    "确认新密码(&C)：": "&Confirm new password:",
    "两次输入的密码不一致。": "The two passwords do not match.",
    "首次使用：创建系统管理员": "First run: create the system administrator",
    "这是新的数据库。请先为自己创建系统管理员账号，之后用它登录并为同事创建账号。密码至少 10 个字符，不能是常见密码，也不能与用户名相同，请牢记。":
        "This is a new database. First create a system administrator account for yourself, then log "
        "in with it and create accounts for your colleagues. The password needs at least 10 "
        "characters, must not be a common password nor the username; keep it safe.",
    "重置“{user}”的密码": "Reset the password of “{user}”",
    # User management
    "已创建用户“{user}”。": "Created user “{user}”.",
    "已把“{user}”设为{role}；下次登录时生效。": "“{user}” is now {role}; this applies from the next sign-in.",
    "已{state}“{user}”。": "{state}: “{user}”.",
    "已解除“{user}”的锁定。": "Unlocked “{user}”.",
    "已重置“{user}”的密码，请告知本人并提醒其登录后修改。":
        "The password of “{user}” was reset; tell them and remind them to change it after signing in.",
    "启用": "Enabled",
    "停用": "Disabled",
    "已锁定": "Locked",
    "已停用": "Disabled",
    "从未登录": "Never",
    "停用(&D)": "&Disable",
    "启用(&E)": "&Enable",
    "用户管理": "User management",
    "用户列表": "Users",
    "用户名": "Username",
    "姓名": "Name",
    "角色": "Role",
    "最近登录": "Last sign-in",
    "新建用户(&N)…": "&New user…",
    "所选用户": "Selected user",
    "设为此角色(&R)": "Set this &role",
    "重置密码(&P)…": "Reset &password…",
    "解除锁定(&U)": "&Unlock",
    # Settings page
    "当前用户：{user}（{role}）": "User: {user} ({role})",
    "设置已保存。": "Settings saved.",
    "这些设置由系统管理员修改。": "Only the system administrator changes these settings.",
    "自动备份文件夹：{folder}\n共 {count} 份自动备份，最近一次：{when}。":
        "Automatic backup folder: {folder}\n{count} automatic backups, the latest: {when}.",
    "自动备份文件夹：{folder}\n还没有自动备份。": "Automatic backup folder: {folder}\nNo automatic backups yet.",
    "我的账户": "My account",
    "修改密码(&P)…": "Change &password…",
    "界面语言(&G)：": "Interface lan&guage:",
    "重新启动后生效": "Takes effect at the next start",
    "已保存，重新启动后生效": "Saved; takes effect at the next start",
    "立即锁定(&L)": "&Lock now",
    "工作站设置": "Workstation settings",
    "无操作自动锁定(&I)：": "Lock when &idle for:",
    " 分钟": " min",
    "自动备份：": "Automatic backup:",
    "启动时（每天一次）和退出时自动备份(&A)": "&Automatically back up at start-up (once a day) and on exit",
    "保留每日备份(&D)：": "Keep &daily backups:",
    " 份": " backups",
    "保留每月备份(&M)：": "Keep &monthly backups:",
    "自动备份文件夹(&F)：": "Backup &folder:",
    "保存设置(&S)": "&Save settings",
    "备份与恢复": "Backup and restore",
    "立即备份到…(&B)": "&Back up now to…",
    "从备份恢复…(&R)": "&Restore from backup…",
    "为同事创建账号、分配角色、重置密码、停用账号或解除锁定。":
        "Create accounts for colleagues, assign roles, reset passwords, disable or unlock accounts.",
    "管理用户账号…(&U)": "Manage &user accounts…",
    "审计日志": "Audit log",
    "审计链告警": "Audit trail alarm",
    "月度审计摘要(&M)…": "&Monthly audit digest…",
    "生成一个月的审计摘要（PDF：按操作和用户的统计、链值与外部检查点），供负责人签字存档":
        "Make one month's audit digest (PDF: counts per action and user, chain values and the outside checkpoint) "
        "for the manager to sign and file",
    "月度审计摘要": "Monthly audit digest",
    "月份（YYYY-MM）：": "Month (YYYY-MM):",
    "月度审计摘要-{month}.pdf": "audit-digest-{month}.pdf",
    "已生成 {month} 月度审计摘要（{rows} 条记录）：{path}": "Audit digest for {month} written ({rows} records): {path}",
    "审计记录在程序之外被改动过，请通知系统管理员：":
        "The audit records were changed outside the program; please tell the administrator:",
    "恢复前已把这些审计记录导出到：{path}": "Before the restore these audit records were exported to: {path}",
    "恢复完成": "Restore complete",
    "数据已从备份恢复，被替换的数据库已另存。程序将退出，请重新启动。":
        "The data was restored from the backup and the replaced database was set aside. "
        "The program will now exit; please start it again.",
    "恢复未完成": "Restore not completed",
    "恢复没有完成。程序将退出，请重新启动后检查数据并再试。":
        "The restore did not complete. The program will now exit; start it again, check the data "
        "and try once more.",
    # Automatic backup
    "自动备份失败：{message}": "Automatic backup failed: {message}",
    "退出时自动备份": "Backup on exit",
    "退出时自动备份失败：{message}\n数据已保存在数据库中。":
        "Automatic backup on exit failed: {message}\nYour data is saved in the database.",
    "正在备份数据库和附件…": "Backing up the database and attachments…",
    "已自动备份：{file}": "Backed up automatically: {file}",
    # Backup dialog
    "文件夹“{folder}”不存在，请重新选择（U盘是否已插好？）。":
        "The folder “{folder}” does not exist; choose again (is the USB drive plugged in?).",
    "正在备份…": "Backing up…",
    "正在取消…": "Cancelling…",
    "选择保存备份的文件夹": "Choose the folder for the backup",
    "备份完成：{path}\n大小 {size:.1f} MB，附件 {files} 个。":
        "Backup complete: {path}\nSize {size:.1f} MB, {files} attachments.",
    "\n注意：{n} 个附件已损坏（内容与名称不符），未放入备份。":
        "\nNote: {n} attachments are damaged (content does not match the name) and were left out.",
    "\n注意：数据库记录的附件中有 {n} 个缺失或已损坏，备份中没有它们；请运行“检查数据库”查看是哪些。":
        "\nNote: {n} attachments named in the database are missing or damaged and are not in the backup; "
        "run \"Check database\" to see which.",
    "备份失败：{message}": "Backup failed: {message}",
    "备份已取消，未留下不完整的文件。": "Backup cancelled; no incomplete file was left behind.",
    "取消备份": "Cancel backup",
    "备份数据": "Back up data",
    "把数据库和全部附件备份为一个文件（.wsbackup），可存放在U盘等位置。备份期间可以继续使用工作站。":
        "Backs up the database and all attachments to one file (.wsbackup) that you can keep on a "
        "USB drive or elsewhere. You can keep using the workstation during the backup.",
    "保存到文件夹(&F)：": "Save to &folder:",
    "选择U盘或其他文件夹": "Choose a USB drive or another folder",
    "浏览(&B)…": "&Browse…",
    "文件名：": "File name:",
    "备份进度": "Backup progress",
    "开始备份(&S)": "&Start backup",
    # Restore wizard
    "上一步(&B)": "&Back",
    "下一步(&N)": "&Next",
    "恢复(&R)": "&Restore",
    "完成": "Finish",
    "选择备份文件": "Choose the backup file",
    "工作站备份 (*{suffix});;所有文件 (*)": "Workstation backups (*{suffix});;All files (*)",
    "正在校验…": "Verifying…",
    "未通过校验：{message}\n\n请返回选择其他备份文件。":
        "Verification failed: {message}\n\nGo back and choose another backup file.",
    "校验通过：": "Verification passed:",
    "✓ 全部 {n} 个成员的 SHA-256 校验值与清单一致": "✓ The SHA-256 checksums of all {n} members match the manifest",
    "✓ 数据库完整性检查通过": "✓ The database integrity check passed",
    "✓ 数据库结构版本 {revision}，本程序可以打开": "✓ Database schema version {revision}, which this program can open",
    "备份时间：{time}": "Backed up: {time}",
    "备份来源：{source}": "Source: {source}",
    "备份程序版本：{version}": "Program version: {version}",
    "机构 {nurseries} 家，附件 {files} 个，共 {size:.1f} MB":
        "{nurseries} nurseries, {files} attachments, {size:.1f} MB in all",
    "当前数据库：{db}\n将被替换为 {time} 的备份。\n\n当前数据库及其附件不会删除，会改名另存为“{name}.replaced-日期-时间”，放在同一文件夹中。\n恢复时工作站会先关闭当前数据库；恢复结束后程序退出，重新启动即使用恢复的数据。":
        "Current database: {db}\nwill be replaced by the backup of {time}.\n\nThe current database and "
        "its attachments are not deleted: they are renamed to “{name}.replaced-date-time” in the same "
        "folder.\nThe workstation closes the current database first; when the restore ends the program "
        "exits, and the next start uses the restored data.",
    "正在恢复…": "Restoring…",
    "原数据库已另存为：{path}": "The previous database was set aside as: {path}",
    "注意：被替换的数据库中有 {n} 条审计记录晚于这份备份，恢复后的数据库中没有；它们保留在另存的原数据库中，请一并保管。":
        "Note: the replaced database holds {n} audit records newer than this backup, which the restored "
        "database lacks; they remain in the replaced database kept aside. Keep it with them.",
    "原位置没有数据库，已直接放入恢复的数据库。": "There was no database at that location; the restored one was put there.",
    "已从备份恢复：{db}\n{aside}": "Restored from the backup: {db}\n{aside}",
    "恢复失败：{message}\n当前数据库未被替换。": "Restore failed: {message}\nThe current database was not replaced.",
    "从备份恢复": "Restore from backup",
    "选择要恢复的备份文件（.wsbackup）。恢复前会先完整校验；当前数据库在被替换前另存保留。":
        "Choose the backup file to restore (.wsbackup). It is fully verified first; the current "
        "database is set aside before it is replaced.",
    "备份文件路径": "Backup file path",
    "备份文件": "Backup file",
    "校验备份": "Verify the backup",
    "检查每个成员的校验和、数据库完整性和结构版本。当前数据库不会被改动。":
        "Checks every member's checksum, the database integrity and the schema version. "
        "The current database is not touched.",
    "确认恢复": "Confirm the restore",
    "恢复会用备份替换当前数据库和附件。": "Restoring replaces the current database and attachments with the backup.",
    "我确认用该备份替换当前数据库(&C)": "I &confirm replacing the current database with this backup",
    "恢复": "Restore",
    # Audit log
    "共 {count} 条记录": "{count} records",
    "第 {seq} 条：{at} {actor} {action} {record}": "#{seq}: {at} {actor} {action} {record}",
    "原因：{reason}": "Reason: {reason}",
    "全部用户": "All users",
    "全部操作": "All actions",
    "用户(&U)：": "&User:",
    "记录(&R)：": "&Record:",
    "机构名称、UUID、表名:记录号 或 对象类型": "Nursery name, UUID, table:record no. or object type",
    "操作(&A)：": "&Action:",
    "日期(&D)：": "&Date:",
    "yyyy-MM-dd": "yyyy-MM-dd",
    "起始日期": "From",
    "至": "to",
    "截止日期": "To",
    "查询(&Q)": "&Search",
    "审计记录": "Audit records",
    "字段变化": "Field changes",
    "字段": "Field",
    "原值": "Old value",
    "新值": "New value",
    "校验审计链(&V)": "&Verify audit chain",
    # Registers page
    "默认：{district}卫生健康委员会": "Default: {district} Health Commission",
    "正在导出{title}…": "Exporting {title}…",
    "当前用户（{user}）无权导出名册报表。": "The current user ({user}) may not export registers.",
    "Excel 工作簿 (*.xlsx)": "Excel workbook (*.xlsx)",
    "导出为": "Export as",
    "请填写保存的文件名。": "Enter the file name to save to.",
    "文件已存在": "File exists",
    "“{path}”已存在，要替换它吗？": "“{path}” already exists. Replace it?",
    "个人信息已脱敏": "personal data masked",
    "含完整个人信息，请注意保密": "contains full personal data; keep it confidential",
    "已导出 {rows} 行（{masking}）：{path}": "Exported {rows} rows ({masking}): {path}",
    "导出失败：{message}": "Export failed: {message}",
    "导出失败": "Export failed",
    "已取消导出，未生成文件。": "Export cancelled; no file was written.",
    "把名册报表导出为 Excel 或 PDF，报送上级部门。证件号码和手机号码默认脱敏；导出在后台进行，可随时取消。":
        "Export registers to Excel or PDF for the authorities above. ID and mobile numbers are masked "
        "by default; the export runs in the background and can be cancelled at any time.",
    "报表": "Register",
    "名册报表(&R)：": "&Register:",
    "筛选条件": "Filters",
    "街道（乡镇）(&S)：": "&Street/township:",
    "状态(&T)：": "Sta&tus:",
    "是否普惠(&I)：": "&Inclusive:",
    "日期范围：": "Date range:",
    "按日期(&D)": "By &date",
    "每千人口托位数目标(&G)：": "Tar&get places per 1,000 residents:",
    "导出": "Export",
    "格式：": "Format:",
    "Excel（.xlsx）(&X)": "E&xcel (.xlsx)",
    "PDF（.pdf）(&P)": "&PDF (.pdf)",
    "保存为(&F)：": "Save to &file:",
    "填报单位(&U)：": "Reporting &unit:",
    "审核人(&V)：": "Re&viewer:",
    "导出完整的证件号码和手机号码（默认脱敏；需相应权限，导出将记入审计日志）":
        "Export full ID and mobile numbers (masked by default; needs the permission and is "
        "recorded in the audit log)",
    "导出(&E)": "&Export",
    "取消(&C)": "&Cancel",
    "全部机构性质": "All legal natures",
    "全部": "All",
    "非普惠": "Non-inclusive",
    "按{date}": "By {date}",
    "不适用": "Not applicable",
    # Audit table headers
    "用户": "User",
    "操作": "Action",
    "记录": "Record",
    "原因": "Reason",
    "（空）": "(empty)",
    # Typed dates and numbers (every date box and number box)
    "请填写日期。": "Enter a date.",
    "日期“{text}”超出允许的范围（{low} 至 {high}）。": "The date “{text}” is outside the allowed range ({low} to {high}).",
    "仍为 {date}。": " The date stays {date}.",
    "“{text}”未能输入：此处只能填写 {low} 至 {high} 之间的数字。":
        "“{text}” was not entered: only numbers from {low} to {high} go here.",
    # 规则参数 tab: the rule catalogue with sources and confirmations
    "规则参数": "Rule parameters",
    "业务": "Area",
    "取值": "Value",
    "确认选中的辖区设置(&N)": "Co&nfirm the selected district setting",
    "系统执行的规则参数及其依据。有文件依据的参数注明文件和条款；没有文件依据的参数是辖区设置，由系统管理员核对取值后确认。":
        "The rule parameters the workstation applies and their basis. A parameter taken from a document names "
        "the document and article; one without a documented source is a district setting, which the "
        "administrator checks and confirms.",
    "{count} 项辖区设置待确认。": "{count} district setting(s) await confirmation.",
    "所有辖区设置均已确认。": "Every district setting is confirmed.",
    "辖区设置（无文件依据，待管理员确认）": "District setting (no documented source; awaiting the administrator's confirmation)",
    "辖区设置，已由{who}于{when}确认": "District setting, confirmed by {who} on {when}",
    # 登记机关 tab: the district's routing table (legal nature → registration authority)
    "登记机关": "Registration authorities",
    "机构性质": "Legal nature",
    "应持证照": "Certificate to hold",
    "保存登记机关(&O)": "Save the registration auth&orities",
    "每种机构性质在本辖区的登记机关。新增机构时按此表带出登记机关和应持证照；每行只列出依法可以登记该性质机构的机关。":
        "The authority that registers each legal nature in this district. A new nursery takes its registration "
        "authority and required certificate from this table; each row lists only the authorities that may "
        "lawfully register that legal nature.",
    "修改本表只影响此后的登记，不会改动已登记机构记录中的登记机关。":
        "Changing this table affects only registrations from now on; it never changes the registration "
        "authority of nurseries already recorded.",
    "登记机关由系统管理员修改。": "The administrator changes the registration authorities.",
    "登记机关没有改动。": "No registration authority was changed.",
    "登记机关已保存，此后新增的机构按新表带出登记机关。":
        "Registration authorities saved; nurseries recorded from now on follow the new table.",
    "{organ}（不能登记该性质的机构，请改选）": "{organ} (cannot register this legal nature; choose another)",
    "连接服务器数据库": "Connect to the server database",
    "服务器数据库 {where} 的密码：": "Password of the server database {where}:",
    # Encryption at rest: the district's recovery secret (first run)
    "设置辖区恢复口令": "Set the district recovery secret",
    "数据库将加密保存，各账号以自己的密码解锁。":
        "The database will be stored encrypted; each account unlocks it with its own password.",
    "辖区恢复口令用于在所有账号密码都遗失时打开数据库：请抄写在纸上，密封后存放在单位保险柜，不要保存在本机。":
        "The district recovery secret opens the database when every account's password is lost: write it on "
        "paper, seal it and keep it in the office safe; do not store it on this computer.",
    "口令至少 10 个字符，不能是常见密码，也不能与管理员密码相同。":
        "At least 10 characters, not a common password, and not the administrator's password.",
    "恢复口令(&P)：": "Recovery &secret:",
    "确认恢复口令(&C)：": "&Confirm recovery secret:",
    "两次输入的恢复口令不一致。": "The two recovery secrets do not match.",
    "数据库未加密": "Database not encrypted",
    "没有设置辖区恢复口令，数据库未加密：其他能读取此文件的人可以看到全部数据。":
        "No district recovery secret was set, so the database is not encrypted: anyone who can read this file "
        "can see all of its data.",
    "以后可由系统管理员在“系统设置 → 备份与恢复”中点“加密数据库…”加密。":
        "A system administrator can encrypt it later under Settings → Backup and restore → Encrypt database….",
    # Encryption at rest: 系统设置 — 备份
    "加密数据库…": "Encrypt database…",
    "加密数据库": "Encrypt database",
    "数据库：已加密（各账号以自己的密码解锁；备份同样加密）":
        "Database: encrypted (each account unlocks it with its own password; backups are encrypted too)",
    "数据库：未加密（其他能读取此文件的人可以看到全部数据）":
        "Database: not encrypted (anyone who can read this file can see all of its data)",
    "先备份，再把数据库转为加密文件；完成后程序退出，重新启动后各账号以自己的密码登录解锁。辖区恢复口令用于在所有账号密码都遗失时打开数据库：请抄写在纸上，密封后存放在单位保险柜。":
        "A backup is made first, then the database is converted to an encrypted file; the program then exits, and "
        "after a restart each account signs in and unlocks it with its own password. The district recovery secret "
        "opens the database when every account's password is lost: write it on paper, seal it and keep it in the "
        "office safe.",
    "本人密码(&O)：": "Your &password:",
    "正在备份并加密数据库，请稍候…": "Backing up and encrypting the database, please wait…",
    "数据库已加密，加密前的备份在：{path}\n程序将退出，请重新启动并登录。":
        "The database is encrypted; the backup made before is at: {path}\nThe program will exit; restart it and sign in.",
    "数据库未加密：{message}\n程序将退出，请重新启动。":
        "The database was not encrypted: {message}\nThe program will exit; please restart it.",
    "加密完成": "Encryption complete",
    "加密未完成": "Encryption not completed",
    "从加密备份恢复":
        "Restore from an encrypted backup",
    "在新电脑上恢复加密辖区的备份：需要备份文件和辖区恢复口令（抄写在纸上、存放在保险柜的那份）。恢复后为下面的系统管理员设置新密码，其他账号由管理员重设密码。":
        "Restore an encrypted district's backup on a new computer: you need the backup file and the district recovery secret (the one written on paper and kept in the safe). The administrator below gets a new password; the administrator then resets the other accounts' passwords.",
    "备份文件(&F)：":
        "Backup &file:",
    "系统管理员用户名(&U)：":
        "Administrator &user name:",
    "辖区恢复口令(&R)：":
        "District &recovery secret:",
    "新密码(&N)：":
        "&New password:",
    "请选择要恢复的备份文件。":
        "Choose the backup file to restore.",
    "请填写备份中一个系统管理员的用户名。":
        "Enter the user name of an administrator in the backup.",
    "两次输入的新密码不一致。":
        "The two new passwords differ.",
    "新密码不能与辖区恢复口令相同。":
        "The new password must differ from the district recovery secret.",
    "从加密备份恢复(&R)…":
        "&Restore from an encrypted backup…",
    "本辖区已有加密的备份（例如换了电脑）：用备份和辖区恢复口令恢复，不新建辖区":
        "This district already has an encrypted backup (e.g. a new computer): restore it with the district recovery secret instead of creating a new district",
    # The audit trail's labels (services/audit/labels.py), shown by the viewer
    "{key}：{value}": "{key}: {value}",
    "新建": "Create",
    "修改": "Update",
    "删除": "Delete",
    "导入": "Import",
    "查看完整个人信息": "View full personal data",
    "登录失败": "Failed sign-in",
    "生成演示数据": "Generate demo data",
    "批量新增": "Bulk insert",
    "批量修改": "Bulk update",
    "批量删除": "Bulk delete",
    "备份": "Backup",
    "迁移到服务器数据库": "Migrate to server database",
    "查看": "View",
    "升级数据库结构": "Upgrade database schema",
    "托育机构": "Nursery",
    "辖区": "District",
    "部门": "Department",
    "登记路由": "Registration routing",
    "警告说明": "Warning explanation",
    "重复判定": "Duplicate decision",
    "导入批次": "Import batch",
    "用户账号": "User account",
    "收费指导价": "Fee guide price",
    "指导价上限": "Guide price cap",
    "备案材料": "Filing material",
    "材料附件": "Material attachment",
    "附件内容": "Attachment content",
    "备案办理记录": "Filing handling record",
    "备案文书": "Filing document",
    "节假日调整": "Holiday adjustment",
    "整改报告": "Rectification report",
    "整改记录": "Rectification record",
    "通知书编号": "Notice number",
    "抽查对象": "Drawn nursery",
    "机构状态变化": "Nursery status change",
    "工作人员": "Staff member",
    "人员证书": "Staff credential",
    "健康检查": "Health check",
    "违法犯罪记录查询": "Criminal record check",
    "数据库": "Database",
    "审计月报": "Monthly audit digest",
    "简称": "Short name",
    "举办者": "Sponsor",
    "登记日期": "Registration date",
    "登记证书": "Registration certificate",
    "业务范围": "Business scope",
    "成立日期": "Founding date",
    "法定代表人证件类型": "Legal representative's ID type",
    "法定代表人证件号码": "Legal representative's ID number",
    "法定代表人电话": "Legal representative's phone",
    "负责人电话": "Director's phone",
    "场所性质": "Premises type",
    "租期届满": "Lease ends",
    "建筑面积": "Floor area",
    "备案号": "Filing number",
    "备案时间": "Filed at",
    "额定人数": "Capacity",
    "保育人员": "Caregivers",
    "密码": "Password",
    "连续密码错误次数": "Consecutive wrong passwords",
    "锁定至": "Locked until",
    "代码": "Code",
    "提示": "Message",
    "行政区划代码": "Division code",
    "常住人口": "Resident population",
    "办理事项": "Act",
    "原状态": "Previous status",
    "新状态": "New status",
    "日期": "Date",
    "整改通知书送达日期": "Rectification notice delivered on",
    "处理后的机构记录": "Resulting nursery record",
    "解除决定文号": "Lifting decision number",
    "解除理由": "Reason for lifting",
    "离职日期": "Left on",
    "机关": "Authority",
    "离职原因": "Reason for leaving",
    "检查（查询）日期": "Checked on",
    "下次复查日期": "Next check due",
    "人员记录号": "Staff record number",
    "机构记录号": "Nursery record number",
    "本人": "Whose",
    "文件名": "File name",
    "SHA-256": "SHA-256",
    "大小（字节）": "Size (bytes)",
    "方式": "How",
    "格式": "Format",
    "名册": "Register",
    "表数": "Tables",
    "月份": "Month",
}

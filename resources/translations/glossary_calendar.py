"""English of the working-day calendar (系统设置 → 工作日历) and of provisional deadlines."""

GLOSSARY: dict[str, str] = {
    "工作日历": "Working-day calendar",
    "（暂定，节假日安排未录入）": " (provisional: holiday arrangement not entered)",
    "（暂定）": " (provisional)",
    "{due}：{why}": "{due}: {why}",
    "打开工作日历": "Open the working-day calendar",
    # Month grid
    "一": "Mon", "二": "Tue", "三": "Wed", "四": "Thu", "五": "Fri", "六": "Sat", "日": "Sun",
    "录入：{source}（{who}）": "Entered: {source} ({who})",
    "工作日": "Working day",
    "周末": "Weekend",
    "法定节假日": "Public holiday",
    "调休上班": "Make-up working day",
    "<b>粗体</b>：录入项": "<b>Bold</b>: entered",
    "<i>斜体</i>：尚未录入，暂定": "<i>Italic</i>: not entered yet, provisional",
    # Page
    "年份(&Y)：": "&Year:",
    "录入年度安排(&E)…": "&Enter a year…",
    "更正所选日期(&C)…": "&Correct the selected day…",
    "删除所选日期的录入(&D)": "&Delete the selected day's entry",
    "从文件导入(&I)…": "&Import from a file…",
    "导出本年(&X)…": "E&xport this year…",
    "工作日历由系统管理员录入和修改；此处仅供查看。":
        "The system administrator enters and changes the calendar; you can view it here.",
    "已保存{year}年的节假日安排。": "Saved the {year} holiday arrangement. ",
    "请先在月历中选择要更正的日期。": "Select the day to correct in the month grids first.",
    "已更正{day}。": "Corrected {day}. ",
    "所选日期没有录入项；内置日历的日期可用“更正所选日期”调整。":
        "The selected day has no entry; use \"Correct the selected day\" to change a built-in day.",
    "删除{day}的录入？删除后该日按内置日历或常规工作周计算。":
        "Delete the entry for {day}? The day then follows the built-in calendar or the ordinary week.",
    "已删除{day}的录入。": "Deleted the entry for {day}. ",
    "{year}年节假日安排.csv": "holidays-{year}.csv",
    "已导出{year}年的{count}个放假和调休上班日期到 {path}":
        "Exported {count} holidays and make-up days of {year} to {path}",
    "{year}年：已录入（{sources}）": "{year}: entered ({sources})",
    "{year}年：内置日历（{library}）": "{year}: built-in calendar ({library})",
    "，另有{n}天录入更正": ", with {n} corrected days",
    "{year}年的法定节假日安排尚未录入：该年暂按周一至周五上班、元旦（1月1日）、劳动节（5月1日、2日）和国庆节（10月1日至3日）放假计算（春节等按农历的假日和调休未计入），"
    "涉及该年的期限均为暂定，录入后自动重新计算。":
        "The {year} holiday arrangement has not been entered: the year is counted provisionally as Monday to Friday "
        "with New Year's Day (1 January), Labour Day (1–2 May) and National Day (1–3 October) off (the lunar "
        "holidays such as the Spring Festival and the make-up days are not counted); deadlines in it are "
        "provisional and are recomputed once it is entered.",
    "；全年工作日 {n} 天。": "; {n} working days in the year.",
    "导入节假日安排": "Import a holiday arrangement",
    "节假日安排 (*.csv *.xlsx)": "Holiday arrangements (*.csv *.xlsx)",
    "导出节假日安排": "Export the holiday arrangement",
    "CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)": "CSV files (*.csv);;Excel workbooks (*.xlsx)",
    # Year dialog
    "录入年度节假日安排": "Enter a year's holiday arrangement",
    "按国务院办公厅当年部分节假日安排的通知录入。每行一个日期或日期范围，可在后面注明节日，例如“2027-01-01至2027-01-03 元旦”。"
    "未列出的日期按常规工作周（周一至周五上班）计算。录入会替换该年原有的录入项。":
        "Enter the State Council's notice on the year's holidays. One date or range per line, optionally followed "
        "by the festival, e.g. “2027-01-01至2027-01-03 元旦”. Days not listed follow the ordinary Monday–Friday "
        "week. Saving replaces the year's earlier entries.",
    "通知名称及文号(&N)：": "&Notice and number:",
    "如：国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕X号）":
        "e.g. the General Office of the State Council's notice on the 2027 holidays (国办发明电〔2026〕X号)",
    "发布日期(&T)：": "Da&te issued:",
    "YYYY-MM-DD（可不填）": "YYYY-MM-DD (optional)",
    "放假日期(&H)：": "&Holidays:",
    "2027-01-01至2027-01-03 元旦": "2027-01-01 to 2027-01-03 New Year",
    "调休上班日(&W)：": "Make-up &working days:",
    "2027-02-20 春节调休": "2027-02-20 Spring Festival make-up day",
    "放假日期第{row}行：{reason}": "Holidays, line {row}: {reason}",
    "调休上班日第{row}行：{reason}": "Make-up days, line {row}: {reason}",
    "发布日期“{text}”不是日期（应为 YYYY-MM-DD）": "Date issued “{text}” is not a date (YYYY-MM-DD)",
    "保存(&S)": "&Save",
    "没有以下法定节假日的放假日期：{names}。": "No days off for these statutory holidays: {names}.",
    "没有调休上班日。": "No make-up working days.",
    "{year}年的安排看来不完整：\n{gaps}\n请对照国务院办公厅的通知核对。该年确实如此时（如当年没有调休），可以仍然保存。":
        "The {year} arrangement looks incomplete:\n{gaps}\nPlease check it against the State Council's notice. "
        "If the year truly is so (for example, it has no make-up working days), you can save it anyway.",
    "仍然保存(&S)": "&Save anyway",
    "返回修改(&B)": "&Back to editing",
    # Day dialog
    "没有需要重新计算的暂定期限。": "No provisional deadline needed recomputing.",
    "已重新计算{total}个暂定期限，其中{moved}个日期有变动（{same}个不变）":
        "Recomputed {total} provisional deadlines: {moved} moved ({same} unchanged)",
    "；{n}个仍为暂定（涉及尚未录入的年份）。": "; {n} stay provisional (they reach a year not entered yet).",
    "；均已转为正式期限。": "; all are final now.",
    "……另有{n}项": "… and {n} more",
    "另有{n}个已确定的期限按新日历计算会不同，未自动改动（通知书或回执已载明），请核对：":
        "{n} final deadlines would differ under the changed calendar; they were left as served "
        "(the notice or receipt states them). Please check:",
    "· {name} {what}：{old} → {new}": "· {name}, {what}: {old} → {new}",
    "放弃已输入的内容？": "Discard what you typed?",
    "、": ", ",
    "{year}年": "{year}",
    "{years}的法定节假日安排尚未录入：涉及该年的期限暂按周一至周五上班、元旦（1月1日）、劳动节（5月1日、2日）和国庆节（10月1日至3日）放假计算，并注明“暂定，节假日安排未录入”。"
    "请系统管理员在“系统设置—工作日历”中录入，录入后这些期限自动重新计算。":
        "The public-holiday arrangement of {years} has not been entered: deadlines reaching into it are counted "
        "provisionally as Monday to Friday with New Year's Day (1 January), Labour Day (1–2 May) and National Day "
        "(1–3 October) off, and marked \"provisional: holiday arrangement not entered\". The system "
        "administrator enters it under Settings → Working-day calendar; those deadlines are then recomputed.",
    "处理记录：": "History:",
    "1月": "January", "2月": "February", "3月": "March", "4月": "April", "5月": "May", "6月": "June",
    "7月": "July", "8月": "August", "9月": "September", "10月": "October", "11月": "November",
    "12月": "December",
    "更正一天": "Correct one day",
    "日期(&D)：": "&Date:",
    "改为(&K)：": "Ma&ke it:",
    "依据(&S)：": "&Source:",
    "通知名称及文号": "Notice and number",
    "如：春节调休": "e.g. Spring Festival make-up day",
    "“{text}”不是日期（应为 YYYY-MM-DD）。": "“{text}” is not a date (YYYY-MM-DD).",
    # A recomputed deadline's history line (services/calendar/recompute.py; DomainText)
    "{day}（暂定，节假日安排未录入）": "{day} (provisional: holiday arrangement not entered)",
    "录入{year}年节假日安排（{basis}）": "Holiday arrangement for {year} entered ({basis})",
    "更正{day}为{kind}（{basis}）": "{day} corrected to {kind} ({basis})",
    "删除{day}的工作日历录入": "Calendar entry for {day} removed",
    "{reason}：{what}{after}经重新计算不变，仍为暂定":
        "{reason}: {what}: {after}, unchanged after recounting, still provisional",
    "{reason}：{what}{after}经重新计算不变，转为正式期限": "{reason}: {what}: {after}, unchanged after recounting, now final",
    "{reason}：{what}由{old}调整为{after}": "{reason}: {what}: {old} → {after}",
}

"""English for the registration inbox (机构登记 → 推送收件箱) and the operating-but-unregistered list.

Merged into fill_en.GLOSSARY. Mnemonics do not collide within the inbox page, the receive dialog or
the unregistered dialog.
"""

GLOSSARY: dict[str, str] = {
    # Registry area tabs
    "机构名录(&L)": "Nursery &list",
    "推送收件箱(&I)": "Pushed data &inbox",
    "推送收件箱": "Pushed data inbox",
    # Inbox page
    "接收推送文件(&R)…": "&Receive pushed file…",
    "在营未登记(&U)…": "Operating &unregistered…",
    "推送批次": "Received batches",
    "推送条目": "Pushed rows",
    "全部类别": "All categories",
    "全部处理结果": "All decisions",
    "待处理和暂缓": "Pending and deferred",
    "类别(&C)：": "&Category:",
    "处理结果(&S)：": "Deci&sion:",
    "共 {n} 行": "{n} rows",
    "接受(&A)": "&Accept",
    "合并所选字段(&M)": "&Merge chosen fields",
    "驳回(&J)…": "Re&ject…",
    "暂缓(&D)": "&Defer",
    "批量接受无问题的行(&B)": "&Bulk accept clean rows",
    "接受本批次中待处理、无问题提示的新机构和与登记一致的行":
        "Accept this batch's waiting new and matching rows that have no findings",
    "已取消接收，未保存任何条目。": "Receiving was cancelled; no row was stored.",
    "接收推送文件": "Receive pushed file",
    "正在读取并比对推送数据…": "Reading and comparing the pushed data…",
    "驳回第{row}行“{name}”的理由：": "Reason for rejecting row {row} “{name}”:",
    "驳回": "Reject",
    "驳回第{row}行（无名称）的理由：": "Reason for rejecting row {row} (no name):",
    "Enter 或 Ctrl+Enter 确定，Shift+Enter 换行": "Enter or Ctrl+Enter confirms, Shift+Enter starts a new line",
    "第{row}行：{decision}。": "Row {row}: {decision}.",
    "批量接受": "Bulk accept",
    "正在接受无问题的行…": "Accepting the clean rows…",
    "已批量接受 {n} 行。": "{n} rows accepted.",
    "本批次没有待处理、无问题提示的新机构或与登记一致的行，未接受任何行。":
        "This batch has no waiting new or matching rows without findings; no row was accepted.",
    "批量接受将处理本批次中 {n} 行无问题的行：\n"
    "· 新建机构记录：{new} 条\n"
    "· 与登记一致、标记为已接受：{same} 行（不修改登记）\n"
    "不会更新任何已有记录。是否继续？":
        "Bulk accept will take {n} clean rows of this batch:\n"
        "· new nursery records created: {new}\n"
        "· rows matching the registry, marked accepted: {same} (the registry is not changed)\n"
        "No existing record will be updated. Continue?",
    "批量接受(&A)": "&Accept all",
    "返回(&B)": "&Back",
    "以下行未能接受，仍待处理：": " These rows could not be accepted and are still waiting: ",
    "导出无效的行(&E)…": "&Export invalid rows…",
    "把所选批次中无效的行连同原因另存为 Excel 文件": "Save the chosen batch's invalid rows with their reasons to Excel",
    "导出无效的行": "Export invalid rows",
    "无效的行已另存为：{path}": "Invalid rows saved to: {path}",
    # Batch and item columns
    "接收日期": "Received on",
    "推送机关": "Pushed by",
    "行数": "Rows",
    "各类行数": "Rows per class",
    "待处理": "Waiting",
    "接收人": "Received by",
    "行号": "Row",
    "不同字段": "Differing fields",
    "问题与提示": "Problems and warnings",
    "处理结果": "Decision",
    "处理人": "Decided by",
    "处理时间": "Decided at",
    "理由/说明": "Reason / note",
    # Comparison panel
    "登记信息": "Registry",
    "推送信息": "Pushed",
    "采用推送值": "Take pushed value",
    "逐项比对": "Field-by-field comparison",
    "请选择一行查看比对。": "Choose a row to see the comparison.",
    "第{row}行：{name}": "Row {row}: {name}",
    "问题与提示：{text}": "Problems and warnings: {text}",
    "不同": "differs",
    "处理结果：{decision}": "Decision: {decision}",
    "处理结果：{decision}（{who}，{at}）": "Decision: {decision} ({who}, {at})",
    "；理由/说明：{reason}": "; reason / note: {reason}",
    "法定代表人（负责人）": "Legal representative (person in charge)",
    "住所": "Address",
    "成立（登记）日期": "Date founded (registered)",
    "经营范围": "Business scope",
    # Receive dialog
    "xlsx、xls 或 csv（UTF-8 或 GB18030）": "xlsx, xls or csv (UTF-8 or GB18030)",
    "接收": "Receive",
    "推送文件(&F)：": "Pushed &file:",
    "推送机关(&O)：": "Pushing &organ:",
    "机关层级(&L)：": "Organ &level:",
    "接收日期(&D)：": "&Date received:",
    "选择推送文件": "Choose the pushed file",
    "推送数据 (*.xlsx *.xls *.csv)": "Pushed data (*.xlsx *.xls *.csv)",
    "请选择要接收的推送文件。": "Choose the pushed file to receive.",
    "找不到文件“{path}”。": "File “{path}” not found.",
    "接收日期不能晚于今天。": "The date received cannot be after today.",
    # 系统设置 — 工作站设置
    "推送收件箱：": "Pushed data inbox:",
    "自动接受推送文件中无问题的新机构(&N)": "Accept &new nurseries without findings automatically",
    "默认不勾选：推送的每一行都须经办人处理后才进入机构名录":
        "Off by default: every pushed row waits for a clerk's decision before it reaches the registry",
    # Home page queues
    "推送与在营未登记队列": "Pushed rows and unregistered nurseries",
    "待处理推送（{n}）": "Pushed rows waiting ({n})",
    "{day} {organ}“{file}”：待处理 {n} 行": "{day} {organ}, {file}: waiting {n}",
    "{level}{kind}": "{level} {kind}",
    "在营未登记（{n}）": "Operating unregistered ({n})",
    "……另有 {n} 项": "… {n} more",
    # Operating but unregistered
    "在营未登记机构": "Nurseries operating without registration",
    "发现方式": "Found by",
    "发现日期": "Found on",
    "待核实的在营未登记机构": "Unregistered nurseries to verify",
    "标记为已登记(&G)": "Mark re&gistered",
    "标记为已取缔(&X)": "Mark &closed down",
    "发现方式(&F)：": "&Found by:",
    "发现日期(&T)：": "Da&te found:",
    "备注(&R)：": "&Remarks:",
    "已添加“{name}”。": "“{name}” added.",
    "状态(&S)：": "&Status:",
    "标记为已登记": "Mark registered",
    "“{name}”登记成了哪家机构？按名称或统一社会信用代码查找(&S)：":
        "Which nursery did “{name}” become? &Search by name or unified social credit code:",
    "找到的机构": "Nurseries found",
    "记录号": "record",
    "请先在列表中选择一条记录。": "Choose a record in the list first.",
    "“{name}”已标记为{status}。": "“{name}” marked as {status}.",
    # The services' findings and refusals (models/inbox/messages.py)
    "缺少名称。": "The name is missing.",
    "导入时不按住所划入街道。": "Imported rows are not placed in a street by their address.",
    "驳回必须填写理由。": "A rejection needs a reason.",
    "只有与登记不同的行可以逐项合并。": "Only a row that differs from the registry can be merged field by field.",
    "请至少勾选一个采用推送值的字段；全部保留登记值请选择“驳回”并说明理由。":
        "Tick at least one field whose pushed value is to be taken; to keep every registry value, "
        "choose Reject and give the reason.",
    "名称、地址": "name and address",
    "与已登记的{names}相似，请核实是否为同一机构。":
        "Similar to the registered {names}; check whether it is the same nursery.",
    "“{name}”（记录号 {id}，{on}相近）": "“{name}” (record {id}, similar {on})",
    "采用推送的{fields}": "Pushed values taken: {fields}",
    "已登记为“{name}”（{code}，记录号 {id}）": "Registered as “{name}” ({code}, record {id})",
    "统一社会信用代码与第{first}行重复。": "The unified social credit code repeats row {first}.",
    "{label}过长（{n}字，最多{limit}字）。": "{label} is too long ({n} characters, at most {limit}).",
    "无法根据统一社会信用代码前两位“{code}”判断机构性质，请在“性质”列注明。":
        "The legal nature cannot be told from the code's first two characters “{code}”; "
        "give it in the 性质 column.",
    "无法识别机构性质“{value}”。": "Legal nature “{value}” not recognised.",
    "登记信息与推送信息不同。\n登记信息：{registry}\n推送信息：{pushed}":
        "The registry and the pushed value differ.\nRegistry: {registry}\nPushed: {pushed}",
    "批次 {id}：{file}，{day} 由 {who} 接收自{organ}，共 {rows} 行，待处理 {waiting} 行。":
        "Batch {id}: {file}, received on {day} by {who} from {organ}; rows: {rows}, waiting: {waiting}.",
    "；": "; ",
    "{first}{second}": "{first} {second}",
    "接受将用推送值覆盖登记中的以下字段：{fields}。\n只采用其中一部分请勾选后选择“合并所选字段”。是否全部采用推送值？":
        "Accepting overwrites these registry fields with the pushed values: {fields}.\nTo take only some, tick them "
        "and choose Merge chosen fields. Take every pushed value?",
    "接受推送值": "Accept pushed values",
    "已在批次{batch}第{row}行推送过相同内容，请在该行处理。":
        "The same content was pushed in batch {batch}, row {row}; decide it there.",
    "与批次{batch}第{row}行内容相同（{decision}）": "Same as batch {batch}, row {row} ({decision})",
    "该文件已于 {day} 由 {who} 接收（批次 {id}，{file}），本次未重复接收，也未新增任何条目。":
        "This file was received on {day} by {who} (batch {id}, {file}); it was not received again and no row was added.",
    "，": ", ",
    "{kind} {n} 行": "{kind}: {n}",
    "已接收“{file}”共 {rows} 行：{counts}": "Received “{file}”, rows: {rows} ({counts})",
    "无数据行": "no data rows",
    "；已按设置自动接受 {n} 行": "; accepted automatically as set: {n}",
    "。": ".",
    # A nursery record's timeline: a pushed row taken in (services/inbox/timeline; DomainText)
    "由{level}{organ}推送，{who}{extra}（{file} 第{row}行）": "Pushed by {organ} ({level}), {who}{extra} ({file}, row {row})",
    "按设置自动接受": "accepted automatically as set",
    "{name}确认": "confirmed by {name}",
    "（{reason}）": " ({reason})",
}

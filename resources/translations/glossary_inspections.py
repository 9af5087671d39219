"""English for the inspections area (checklists, rectification, random draw). Merged into fill_en.GLOSSARY."""

GLOSSARY: dict[str, str | tuple[str, str]] = {  # a tuple: the (one, many) forms of a counted text
    # Inspections page and home-page counts
    "本周到期整改 {due} 项 · 逾期 {late} 项": "Rectifications due this week: {due} · overdue: {late}",
    "逾期 {days} 天": "{days} days overdue",
    "请先选择要复查的检查或整改事项。": "First select the inspection or rectification item to re-inspect.",
    "复查": "Re-inspection",
    "复查人员（多人用“、”分隔）：": "Re-inspectors (separate several names with commas):",
    "新建检查": "New inspection",
    "Ctrl+N": "Ctrl+N",
    "对所选检查（或所选整改事项的检查）发起复查":
        "Re-inspect the selected inspection (or the inspection of the selected rectification item)",
    "双随机抽查": "Random inspection draw",
    "检查表模板": "Checklist templates",
    "查看机构": "View nursery",
    "F5": "F5",
    "待整改/逾期": "Open / overdue",
    "我的检查": "My inspections",
    "整改跟踪": "Rectification tracking",
    "本周到期整改 {due} 项，<span style=\"color:{colour}\">逾期未整改 {late} 项</span>":
        "Rectifications due this week: {due}, <span style=\"color:{colour}\">overdue: {late}</span>",
    # Before a notice with provisional deadlines goes out (notice_actions)
    "整改通知书 {no} 的整改期限 {dates} 是暂定的：{years}的法定节假日安排尚未录入工作日历，"
    "期限暂按周一至周五上班、元旦、劳动节和国庆节放假计算。通知书上只印日期，不注明“暂定”。\n\n"
    "录入该年的工作日历后，系统会重新计算期限并记入处理记录，日期可能改变，届时需重新出具通知书。"
    "建议先请系统管理员在“系统设置—工作日历”中录入。":
        "The deadline {dates} of rectification notice {no} is provisional: the public-holiday arrangement of "
        "{years} has not been entered in the working-day calendar, so it was counted on a Monday–Friday week "
        "with New Year's Day, Labour Day and National Day off. The notice prints the date alone, without \"provisional\".\n\n"
        "Once that year's calendar is entered, the deadline is recomputed and the change recorded in the history; "
        "the date may move and the notice would then have to be issued again. Ask the system administrator to "
        "enter it first under Settings → Working-day calendar.",
    "仍然导出通知书吗？": "Export the notice anyway?",
    "仍然打印通知书吗？": "Print the notice anyway?",
    "整改期限暂定": "Provisional deadline",
    "仍然导出": "Export anyway",
    "仍然打印": "Print anyway",
    "先录入工作日历": "Enter the calendar first",
    # New inspection dialog
    "被检查机构(&F)：": "&Nursery:",
    "输入机构名称、别名或统一社会信用代码查找，↓ 选择":
        "Type a nursery name, alias or unified social credit code to search; ↓ to choose",
    "检查日期(&D)：": "&Date:",
    "检查类型(&K)：": "T&ype:",
    "检查人员(&I)：": "&Inspectors:",
    "多人用“、”或逗号分隔": "Separate several names with commas",
    "检查表(&T)（空格勾选）：": "&Checklists (Space to tick):",
    "参加部门(&B)（空格勾选）：": "&Participating departments (Space to tick):",
    "{title}（{dept}，第{rev}版，{n}项）": "{title} ({dept}, version {rev}, {n} items)",
    "请选择被检查的机构。": "Choose the nursery to inspect.",
    "请填写检查人员。": "Enter the inspectors.",
    "请至少勾选一个检查表（空格键勾选）。": "Tick at least one checklist (Space ticks).",
    # Inspection record (checklist) dialog
    "检查记录": "Inspection record",
    "检查记录 — {name}": "Inspection record — {name}",
    "（原检查 #{id}）": "(original inspection #{id})",
    "键盘：1/Y 符合 · 2/B 基本符合 · 3/N 不符合 · 4/0 不适用（记下后转到下一项）；Tab 或 Enter 填写本项备注，Enter 返回表格；Ctrl+S 保存草稿，Ctrl+Enter 完成记录":
        "Keys: 1/Y compliant · 2/B partly compliant · 3/N non-compliant · 4/0 not applicable "
        "(then moves to the next item); Tab or Enter to write a note for the item, Enter to return "
        "to the table; Ctrl+S saves a draft, Ctrl+Enter finishes the record",
    "本项备注(&M)：": "Ite&m note:",
    "添加照片…": "Add photos…",
    "符合 (1)": "Compliant (1)",
    "基本符合 (2)": "Partly compliant (2)",
    "不符合 (3)": "Non-compliant (3)",
    "不适用 (4)": "Not applicable (4)",
    "结论与签名": "Conclusion and signatures",
    "总体结论(&O)：": "&Overall conclusion:",
    "升级处理(&E)：": "&Escalation:",
    "检查人员签名(&G)：": "Inspectors' si&gnatures:",
    "多人用“、”分隔": "Separate several names with commas",
    "机构负责人签收(&R)：": "&Received by (nursery director):",
    "姓名（可空）": "Name (optional)",
    "检查说明(&C)：": "&Comments:",
    "保存草稿": "Save draft",
    "Ctrl+S": "Ctrl+S",
    "完成记录": "Finish record",
    "Ctrl+Enter": "Ctrl+Enter",
    "打印整改通知书": "Print rectification notice",
    "Ctrl+P": "Ctrl+P",
    "导出通知书PDF": "Export notice PDF",
    "Ctrl+Shift+S": "Ctrl+Shift+S",
    "整改通知书 {no}，整改期限至 {due}：Ctrl+P 打印，Ctrl+Shift+S 导出PDF。":
        "Rectification notice {no}, rectify by {due}: Ctrl+P to print, Ctrl+Shift+S to export a PDF.",
    "不升级": "No escalation",
    "照片 {n} 张": "{n} photo(s)",
    "按检查结果（建议：{result}）": "From the results (suggested: {result})",
    "已填 {done}/{total} 项": "{done}/{total} items done",
    "本窗口中有尚未保存的检查记录，是否保存草稿？": "This window holds an unsaved inspection record. Save a draft?",
    "放弃": "Discard",
    "是否重新载入最新的记录？本窗口中未保存的结果将被放弃。":
        "Reload the latest record? The unsaved results in this window will be discarded.",
    "整改通知书-{no}.pdf": "Rectification-notice-{no}.pdf",
    "（复查）": "(re-inspection)",
    "〔照片{n}张〕": "[{n} photo(s)]",
    # Rectification item dialog
    "整改事项": "Rectification item",
    "整改事项 — {name}": "Rectification item — {name}",
    "{due}（{rule}，{issued} 下达）": "{due} ({rule}, issued {issued})",
    "仅逾期未整改的事项可以上报或移送。": "Only overdue items can be reported or referred.",
    "检查部门：": "Inspecting department:",
    "检查结果：": "Result:",
    "依据：": "Basis:",
    "整改状态：": "Rectification status:",
    "整改期限：": "Rectify by:",
    "整改通知书：": "Rectification notice:",
    "重新限期次数：": "Deadline extensions:",
    "升级处理：": "Escalation:",
    "整改报告记录：": "Rectification reports:",
    "登记整改报告": "Record rectification report",
    "报告日期(&D)：": "Report &date:",
    "整改情况(&T)：": "Ac&tion taken:",
    "证明材料：": "Evidence:",
    "添加文件(&A)…": "&Add file…",
    "移除文件": "Remove file",
    "登记整改报告(&R)": "&Record rectification report",
    "上报/移送（逾期未整改）": "Report / refer (overdue)",
    "方式(&K)：": "&Method:",
    "说明(&N)：": "&Notes:",
    "上报/移送(&E)": "R&eport / refer",
    "查看检查记录": "View inspection record",
    "报告日期": "Report date",
    "整改情况": "Action taken",
    "证明材料": "Evidence",
    "登记人": "Recorded by",
    # Checklist template editor
    "检查表(&T)：": "Checklis&t:",
    "名称(&N)：": "&Name:",
    "添加项目(&A)": "&Add item",
    "删除项目": "Delete item",
    "上移": "Move up",
    "下移": "Move down",
    "修改原因(&R)：": "&Reason for change:",
    "保存为新版本(&S)": "&Save as new version",
    "版本历史：": "Version history:",
    "版本": "Version",
    "修改时间": "Changed at",
    "修改人": "Changed by",
    "项目数": "Items",
    "修改原因": "Reason for change",
    "当前为第{rev}版，{n}个检查项目。": "Current version {rev}, {n} check items.",
    "（当前）": "(current)",
    "已保存为第{rev}版；已开始的检查仍按原版本记录。":
        "Saved as version {rev}; inspections already started keep their version.",
    # Random draw dialog
    "已备案且在营（默认）": "Filed and operating (default)",
    "非普惠性": "Non-inclusive",
    "已选 {n} 名检查人员": "{n} inspectors selected",
    "{n} 家机构": ("{n} nursery", "{n} nurseries"),
    "尚未抽取。": "Not drawn yet.",
    "系统随机生成": "generated by the system",
    "抽取人指定": "set by the person drawing",
    "抽查编号 {id} · {at} · {who}\n随机种子：{seed}（{origin}） · 抽取范围：{size} 家机构\n范围校验值（SHA-256）：{digest}":
        "Draw {id} · {at} · {who}\nRandom seed: {seed} ({origin}) · pool: {size} nurseries\n"
        "Pool checksum (SHA-256): {digest}",
    "双随机抽查结果-{id}.pdf": "Random-draw-{id}.pdf",
    "复核一致：以记录的随机种子和抽取范围重新抽取，结果与第 {id} 次抽取完全相同。":
        "Verified: drawing again with the recorded seed and pool gives exactly the result of draw {id}.",
    "复核不一致：第 {id} 次抽取的记录与重新抽取的结果不同，记录可能已被改动。":
        "Mismatch: the record of draw {id} differs from drawing again; the record may have been altered.",
    "抽取条件": "Draw criteria",
    "街道（乡镇）(&J)：": "Street/to&wnship:",
    "机构性质(&N)：": "Legal &nature:",
    "机构状态(&S)：": "&Status:",
    "普惠性(&U)：": "Incl&usive:",
    "抽取范围：": "Pool:",
    "抽取数量(&C)：": "&Count:",
    " 家": " nurseries",
    "每家检查人员(&P)：": "Ins&pectors per nursery:",
    " 名": " inspectors",
    "随机种子(&E)：": "Random s&eed:",
    "留空则由系统随机生成": "Leave empty to let the system generate one",
    "检查人员名单（勾选参加抽取的人员）": "Inspectors (tick those taking part in the draw)",
    "名单外的人员：输入姓名后按回车添加": "Someone not listed: type the name and press Enter",
    "添加(&A)": "&Add",
    "抽取(&D)": "&Draw",
    "抽取结果": "Result",
    "序号": "No.",
    "检查人员": "Inspectors",
    "打印(&R)…": "P&rint…",
    "导出PDF(&X)…": "E&xport PDF…",
    "历次抽取": "Past draws",
    "编号": "No.",
    "抽取时间": "Drawn at",
    "抽取人": "Drawn by",
    "随机种子": "Random seed",
    "抽取数量": "Count",
    "抽取范围": "Pool",
    "查看(&V)": "&View",
    "复核(&F)": "Veri&fy",
    # Table headers
    "检查部门": "Department",
    "检查项目": "Check item",
    "整改期限": "Rectify by",
    "重新限期": "Extensions",
    "整改通知书": "Rectification notice",
    "检查日期": "Date",
    "检查类型": "Type",
    "结论": "Conclusion",
    "检查内容": "Check",
    "依据": "Basis",
    "程度": "Severity",
    "结果": "Result",
    # Notice delivery and re-check clocks
    "整改通知书已于 {day} 送达（送达期限 {due}）。": "Rectification notice served on {day} (due by {due}).",
    "整改通知书逾期未送达：应于 {due} 前送达。": "Rectification notice not served in time: it was due by {due}.",
    "整改通知书应于 {due} 前送达。": "Serve the rectification notice by {due}.",
    "；复查期限 {due}{late}": "; re-inspect by {due}{late}",
    "（复查已逾期）": " (re-inspection overdue)",
    "整改通知书送达机构的日期": "The day the notice was served on the nursery",
    "登记送达(&V)": "Record deli&very",
    "复查期限": "Re-inspect by",
    "{due}（复查已逾期）": "{due} (re-inspection overdue)",
    # Two-step random draw: freeze, then the seed from a public value (issue #17)
    "尚未抽取。先冻结抽取范围，待约定的公开数值公布后再开奖。":
        "Nothing drawn yet. Freeze the population first, then draw once the agreed public value is published.",
    "抽查编号 {id} · 冻结于 {at} · {who} · 待开奖\n抽取范围：{size} 家机构 · 抽取 {count} 家\n"
    "范围校验值（SHA-256）：{digest}\n请在约定的公开数值公布后录入公开数值和见证人，再点“开奖”。":
        "Draw {id} · frozen {at} · {who} · waiting for the public value\nPopulation: {size} nurseries · "
        "drawing {count}\nPopulation fingerprint (SHA-256): {digest}\nOnce the agreed public value is published, "
        "enter it and the witness, then click “Draw the outcome”.",
    "抽查编号 {id} · 冻结于 {frozen} · 开奖于 {at} · {who}\n公开数值：{value} · 见证人：{witness}\n"
    "随机种子：{seed} · 抽取范围：{size} 家机构\n范围校验值（SHA-256）：{digest}":
        "Draw {id} · frozen {frozen} · drawn {at} · {who}\nPublic value: {value} · witness: {witness}\n"
        "Seed: {seed} · population: {size} nurseries\nPopulation fingerprint (SHA-256): {digest}",
    "待开奖": "Waiting for the public value",
    "公开数值(&E)：": "Public valu&e:",
    "冻结后公布的公开数值，如“第2026141期福彩3D开奖号码 507”":
        "A public value published after the freeze, e.g. “Welfare Lottery 3D draw 2026141: 507”",
    "见证人(&W)：": "&Witness:",
    "核对公开数值的见证人姓名": "Name of the witness who checks the public value",
    "冻结抽取范围(&D)": "Freeze the population (step 1, &D)",
    "第一步：冻结抽取范围、抽取数量和检查人员名单（记录在案），再等待公开数值公布":
        "Step 1: freeze the population, the count and the inspectors (recorded), then wait for the public value",
    "开奖(&O)": "Draw the &outcome",
    "第二步：录入冻结后公布的公开数值和见证人，由此计算随机种子并抽取":
        "Step 2: enter the public value published after the freeze and the witness; the seed is computed from it",
    "请先在列表中选择一行": "Select a row in the list first",
    "当前角色无权双随机抽取：可查看、打印和复核历次抽取。":
        "Your role may not make random selections: past draws can be viewed, printed and verified.",
    "第 {id} 次抽取已冻结、尚未开奖：请先录入公开数值开奖，再冻结新的抽取。":
        "Draw {id} is frozen and not yet drawn: enter its public value and draw it before freezing another.",
    # Random draw: refusals of a freeze or a draw (domain/random_draw, domain/draw_commitment; DomainText)
    "抽取数量必须大于0。": "The count must be greater than 0.",
    "抽取数量（{count}家）超过抽取范围内的机构数（{population}家）。":
        "The count ({count}) exceeds the nurseries in the population ({population}).",
    "每家机构的检查人员数必须大于0。": "The inspectors per nursery must be greater than 0.",
    "检查人员（{pool}名）少于每家机构所需的人数（{per_nursery}名）。":
        "Inspectors selected: {pool}, fewer than the {per_nursery} each nursery needs.",
    "按所选条件没有可抽取的机构。": "No nursery meets the chosen conditions.",
    "请填写冻结后公布的公开数值（如开奖号码及其来源、期号）。":
        "Enter the public value published after the freeze (e.g. the winning numbers, their source and issue).",
    "公开数值不能超过{max}个字符。": "The public value may have at most {max} characters.",
    "请填写核对公开数值的见证人姓名。": "Enter the name of the witness who checks the public value.",
    "见证人姓名不能超过{max}个字符。": "The witness's name may have at most {max} characters.",
    # A draw's stored conditions in words (services/inspections/draw_dto.filters_text; DomainText)
    "街道（乡镇）：{street}；机构性质：{nature}；机构类型：{kind}；机构状态：{statuses}；普惠性：{inclusive}":
        "Street/township: {street}; legal nature: {nature}; type: {kind}; status: {statuses}; inclusive: {inclusive}",
    # A nursery record's timeline (services/inspections/queues.timeline; DomainText)
    "{day} {departments}{kind}（{state}{result}{notice}）": "{day} {kind} by {departments} ({state}{result}{notice})",
    "，结论：{overall}": ", result: {overall}",
    "，整改通知书 {no}": ", rectification notice {no}",
    "整改通知书 {no} 于{day}送达": "Rectification notice {no} delivered on {day}",
    # A finding's history lines (services/inspections/findings.py, demo/inspection_rows.py; DomainText)
    "检查发现“{code} {item}”{result}{note}；责令限{rule}内整改，期限至{deadline}（{notice}）":
        "Finding “{code} {item}” ({result}{note}); rectify within {rule}, by {deadline} ({notice})",
    "：{note}": ": {note}",
    "复查{result}{note}；第{count}次重新限期整改，期限至{deadline}（{notice}）":
        "Re-check: {result}{note}; rectification ordered again (reissue {count}), by {deadline} ({notice})",
    "复查{result}，整改到位，销号": "Re-check: {result}; rectified, closed",
    "机构报告整改情况：{report}": "The nursery reported its rectification: {report}",
    "机构报告整改情况（逾期报告）：{report}": "The nursery reported its rectification (late): {report}",
    "整改期限{deadline}已过，逾期未整改": "Deadline {deadline} passed without rectification",
    "逾期未整改，{kind}{note}": "Not rectified in time: {kind}{note}",
    "{days}个工作日": ("{days} working day", "{days} working days"),
    "{days}日": ("{days} day", "{days} days"),
    "{at} {line}（{actor}）": "{at} {line} ({actor})",
    # The note of a 停业整顿 an inspection ordered (nursery timeline, services/inspections; DomainText)
    "整改事项“{code}”逾期未整改，责令停业整顿{note}":
        "Finding “{code}” not rectified in time: suspension for rectification ordered{note}",
    "检查（{day}）结论不合格，责令停业整顿": "Inspection of {day} unqualified: suspension for rectification ordered",
}

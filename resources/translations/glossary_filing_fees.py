"""English for the filing and fees areas. Merged into fill_en.GLOSSARY."""

GLOSSARY: dict[str, str | tuple[str, str]] = {  # a tuple: the (one, many) forms of a counted text
    # Filing: questions and file choosers
    "不能办理": "Cannot proceed",
    "选择扫描件": "Choose scans",
    "扫描件 (*.pdf *.jpg *.jpeg *.png)": "Scans (*.pdf *.jpg *.jpeg *.png)",
    "导出PDF": "Export PDF",
    "PDF 文件 (*.pdf)": "PDF files (*.pdf)",
    "不符合要求的具体情况（将告知机构说明情况，并向社会公开）：":
        "How the filing falls short (the nursery will be asked to explain, and it will be made public):",
    "撤回原因（可不填）：": "Reason for withdrawal (optional):",
    "受理后将出具回执并占用一个回执编号，且不能撤销。确认受理备案？":
        "Accepting issues a receipt and uses up a receipt number; it cannot be undone. Accept the filing?",
    "将按材料清单中标记为缺失或不符合要求的材料退回补正。确认退回？":
        "The materials marked missing or not acceptable in the checklist will be returned for "
        "supplement. Return the application?",
    "确认已核实，备案事项符合要求？": "Confirm that the filing has been verified and meets the requirements?",
    "还有 {n} 项必需材料未勾选“已提供”：{titles}。\n\n"
    "材料不全也可以提交：提交即开始计算出具回执的期限，材料审核时将缺少的材料一次性退回补正。\n\n"
    "仍然提交，还是返回补齐材料？":
        "Required materials not ticked as provided: {n} ({titles}).\n\n"
        "An application may be submitted with materials missing: submitting starts the receipt deadline, and the "
        "materials check returns everything missing for supplement at once.\n\n"
        "Submit anyway, or go back and complete the materials?",
    "仍然提交": "Submit anyway",
    "返回补齐材料": "Go back to complete the materials",
    # Filing: application dialog
    "{kind}申请 — {name}": "{kind} application — {name}",
    "出具回执期限：{due}": "Receipt due: {due}",
    "退回补正中，期限暂停（剩余 {n} 个工作日）":
        "Returned for supplement; deadline paused ({n} working days left)",
    "核实及告知不符合要求期限：{due}": "Verify or notify non-conformity by: {due}",
    "（已逾期 {days} 天）": " ({days} days overdue)",  # follows a date: "2021-01-13 (2152 days overdue)"
    "办理人": "Handled by",
    "请先在材料清单中选择一项材料。": "Select a material in the checklist first.",
    "当前角色无权办理备案：材料、备案信息和变更事项只能查看。":
        "Your role may not handle filings: the materials, filing information and changes are read-only.",
    "所选材料没有扫描件。": "The selected material has no scans.",
    "需补正": "Needs supplement",
    "“{title}”需补正的原因：": "Why “{title}” needs supplementing:",
    "备案申请": "Filing application",
    "材料清单": "Materials checklist",
    "添加扫描件…": "Add scans…",
    "查看扫描件": "View scans",
    "审核通过": "Mark checked",
    "需补正…": "Needs supplement…",
    "备案信息": "Filing information",
    "办理渠道": "Channel",
    "承诺书签署人": "Commitment signed by",
    "承诺书签署日期": "Commitment signed on",
    "YYYY-MM-DD": "YYYY-MM-DD",
    "全国系统备案编号": "National system filing no.",
    "全国系统备案日期": "National system filing date",
    "幼儿和工作人员安置情况": "Settlement of children and staff",
    "备案书（提交时）": "Filing form (as submitted)",
    "保存备案信息": "Save filing information",
    "变更事项": "Changes",
    "添加变更事项": "Add change",
    "删除所选事项": "Delete selected change",
    "保存变更事项": "Save changes",
    "办理记录": "History",
    "打印预览…": "Print preview…",
    "打印…": "Print…",
    "导出PDF…": "Export PDF…",
    "（保存后显示）": "(shown after saving)",
    "“{title}”的有效期：{reason}": "Valid-until date of “{title}”: {reason}",
    "尚未保存": "Not saved",
    "备案信息或变更事项有尚未保存的修改。是否先保存？":
        "The filing information or the change items have unsaved edits. Save them first?",
    "保存": "Save",
    "放弃": "Discard",
    # Filing: new application, page and home-page queue
    "新建备案申请": "New filing application",
    "输入机构名称或统一社会信用代码查找": "Type a nursery name or unified social credit code to search",
    "申请类型": "Application type",
    "请选择机构。": "Choose a nursery.",
    "该机构当前为“{status}”，此状态不能新建备案申请。":
        "This nursery is “{status}”; no filing application can be opened in that status.",
    "该机构已有办理中的{kind}申请（{state}，{when}），不能再新建备案申请。请打开该申请继续办理，或办结、撤回后再新建。":
        "This nursery already has an application in progress: {kind} ({state}, {when}). A new filing "
        "application is not possible; open that application to continue it, or finish or withdraw it first.",
    "{date}提交": "submitted {date}",
    "{result}：{note}": "{result}: {note}",
    "尚未提交": "not yet submitted",
    "打开该申请(&O)": "&Open that application",
    "全部类型": "All types",
    "搜索机构名称、统一社会信用代码或回执编号": "Search nursery name, unified social credit code or receipt no.",
    "刷新": "Refresh",
    "新建备案申请…": "New filing application…",
    "单击一项即可打开": "Click an item to open it",
    "工作队列": "Work queue",
    "备案工作队列": "Filing work queue",
    # Fees: page
    "{shown} / {total} 家": ("{shown} / {total} nursery", "{shown} / {total} nurseries"),
    "超过 {shown} / {total} 家（正在统计…）": "More than {shown} / {total} nurseries (counting…)",
    "没有符合条件的机构": "No nursery matches",
    "没有列入收费公示的机构": "No nursery is listed for fee publicity",
    "还没有登记托育机构": "No nursery has been registered yet",
    "搜索名称、简称、统一社会信用代码、地址、法定代表人":
        "Search name, short name, unified social credit code, address, legal representative",
    # The filing queues' entries
    "出具回执": "receipt due",
    "核实/告知不符合要求": "verification or notice of non-conformity due",
    "待核实": "to verify",
    # Filing: what stops an action (domain/filing_rules.GUARDS, services/filing/steps.unmet; DomainText)
    "不能{action}：{problems}。": "Cannot “{action}”: {problems}.",
    "必需材料“{title}”尚未提供": "required material “{title}” has not been provided",
    "材料“{title}”尚未审核通过": "material “{title}” has not been checked and passed",
    "消防安全证明未注明证明类型": "the fire-safety proof does not state its kind",
    "{title}的结论不是“合格”": "the conclusion of “{title}” is not “Qualified”",
    "退回补正须至少标记一项缺失或不符合要求的材料":
        "a return for supplement needs at least one material marked missing or not acceptable",
    "材料“{title}”未说明需补正的原因": "material “{title}” does not say what must be supplemented",
    "变更备案须至少列明一项变更事项": "a change filing must list at least one change item",
    "注销备案须填写在托幼儿和工作人员的安置情况": "a cancellation must state how the children and staff are settled",
    "须填写不符合要求的具体情况": "state in what way the application does not conform",
    "{since}登记，已{days}天未备案": ("registered {since}, not filed for {days} day",
                                    "registered {since}, not filed for {days} days"),
    "登记日期未填写（{since}录入），已{days}天未备案，请补登记日期": (
        "registration date missing (recorded {since}), not filed for {days} day; enter the registration date",
        "registration date missing (recorded {since}), not filed for {days} days; enter the registration date"),
    "无法读取收费记录": "Cannot read the fee records",
    "请在上方列表中选择机构": "Select a nursery in the list above",
    "保存 PDF": "Save PDF",
    "无法生成 PDF": "Cannot create the PDF",
    "无法生成收费公示表": "Cannot create the fee notice",
    "按“查看日期”当日执行且已公示的收费标准生成（公示日期为登记的公示日期）":
        "The fees in force and publicised on the viewing date (dated by the recorded publicity)",
    "已保存：{name}": "Saved: {name}",
    "搜索机构名称或街道": "Search nursery name or street",
    "仅看超指导价": "Over guide price only",
    "仅看未公示": "Not publicised only",
    "查看日期": "As of",
    "指导价参数…": "Guide prices…",
    "收费指导价、调价频次与投诉电话（系统管理员维护）":
        "Guide prices, price-change limits and complaint phone numbers (maintained by the system administrator)",
    "登记新收费标准…": "Record new fee schedule…",
    "登记公示…": "Record publicity…",
    "打开公示凭证": "Open publicity evidence",
    "生成收费公示表 PDF…": "Fee notice PDF…",
    "导出收费历史 PDF…": "Fee history PDF…",
    "所选收费标准的项目": "Items of the selected fee schedule",
    "收费标准历史（新的在前）": "Fee schedule history (newest first)",
    # Fees: what the checks flag (domain/fees.py, DomainText)
    "{service}{what} {charged}，超过指导价上限 {cap} {excess} 元（{rules}）。":
        "{service} {what}: {charged}, {excess} yuan above the guide-price cap of {cap} ({rules}).",
    "“{name}”与伙食费合计": "“{name}” with meal fees",
    "现行收费标准（自 {start} 起执行）尚未登记公示。": "The fee schedule in force (from {start}) has no recorded publicity.",
    "近{months}个月内调整收费标准{changes}次，超过辖区规定的{max}次（{rules}）。":
        "Fee schedule changes in the last {months}-month window: {changes}, above the district's limit of {max} "
        "({rules}).",
    "自 {start} 起执行的收费指导价参数": "guide prices in force from {start}",
    "默认参数": "default parameters",
    "收费指导价参数（自 {start} 起）": "Guide-price parameters (from {start})",
    "默认参数（未设指导价）": "Default parameters (no guide prices)",
    # Fees: what the fee services refuse (domain/fees.py, services/fees, DomainText)
    "请填写金额。": "Enter an amount.",
    "金额“{value}”不是有效的数字。": "The amount “{value}” is not a valid number.",
    "金额不是有效的数字。": "The amount is not a valid number.",
    "金额不能为负数。": "The amount cannot be negative.",
    "金额不能超过 {max} 元。": "The amount cannot exceed {max} yuan.",
    "金额最多保留两位小数（精确到分）：{amount}。": "An amount has at most two decimal places (fen): {amount}.",
    "请至少填写一个收费项目。": "Enter at least one fee item.",
    "{service}的“{name}”（按{unit}）重复填写。": "{service} “{name}” (per {unit}) is entered twice.",
    "第{number}项（{service}）": "Item {number} ({service})",
    "{where}：请填写收费项目名称。": "{where}: enter the item's name.",
    "{where}：项目名称或服务内容过长。": "{where}: the item's name or what it covers is too long.",
    "{where}：金额应在 0 至 {max} 元之间。": "{where}: the amount must be between 0 and {max} yuan.",
    "生效日期 {start} 落在已结束的收费标准执行期（{period}）内，历史收费标准不能覆盖。新的收费标准最早自 {earliest} 起执行。":
        "The start date {start} falls within the period of an ended fee schedule ({period}); a past fee schedule "
        "cannot be overwritten. A new fee schedule can start on {earliest} at the earliest.",
    "生效日期 {start} 不晚于现行收费标准的执行日期 {latest}，历史收费标准不能覆盖。新的收费标准最早自 {earliest} 起执行。":
        "The start date {start} is not later than the start of the fee schedule in force ({latest}); a past fee "
        "schedule cannot be overwritten. A new fee schedule can start on {earliest} at the earliest.",
    "{nursery}在 {day} 没有执行中的收费标准，不能生成收费公示表。请核对查看日期。":
        "{nursery} had no fee schedule in force on {day}, so no fee notice can be created. Check the “As of” date.",
    "该标准于 {day} 公示，可将查看日期改为该日或之后。":
        "It was publicised on {day}: set “As of” to that day or later.",
    "请先登记公示。": "Record its publicity first.",
    "{nursery}在 {day} 执行的收费标准（{period}）当日尚未公示，不能生成收费公示表。{later}":
        "The fee schedule {nursery} had in force on {day} ({period}) had not been publicised by that day, so no fee "
        "notice can be created. {later}",
    "备注过长。": "The note is too long.",
    "该机构已注销，收费记录只读。": "The nursery is cancelled: its fee records are read-only.",
    "公示日期不能晚于今天。": "The publicity date cannot be later than today.",
    "未设置附件文件夹，无法保存或打开公示凭证。":
        "No attachment folder is set: publicity evidence cannot be saved or opened.",
    "该机构的收费标准刚被“{who}”更新，请重新打开后再登记；您填写的内容尚未保存。":
        "The nursery's fee schedule was just updated by “{who}”: open it again and record anew; what you entered "
        "has not been saved.",
    "该机构的收费标准刚被其他用户更新，请重新打开后再登记；您填写的内容尚未保存。":
        "The nursery's fee schedule was just updated by another user: open it again and record anew; what you "
        "entered has not been saved.",
    "该机构的收费记录刚被其他窗口或用户修改，请重新打开后再登记；您填写的内容尚未保存。":
        "The nursery's fee records were just changed in another window or by another user: open them again and "
        "record anew; what you entered has not been saved.",
    "找不到记录号为 {id} 的收费标准。": "There is no fee schedule no. {id}.",
    "已有自 {start} 起执行的参数版本，请修改该版本或另选日期。":
        "A parameter version in force from {start} exists already: edit that version or choose another date.",
    "找不到记录号为 {id} 的收费参数版本。": "There is no fee parameter version no. {id}.",
    "自 {start} 起的参数版本已经生效，不能修改；请新增一个自今后某日起执行的版本。":
        "The parameter version from {start} is in force already and cannot be changed; add a version that starts "
        "on a later day.",
    "请填写参数的执行日期。": "Enter the date the parameters take effect.",
    "统计调价次数的期间应为 1 至 {max} 个月。": "The window for counting fee changes must be 1 to {max} months.",
    "允许的调价次数不能为负数。": "The number of changes allowed cannot be negative.",
    "投诉电话过长。": "A complaints phone number is too long.",
    "{service}按{unit}的指导价重复填写。": "The guide price for {service} per {unit} is entered twice.",
    "指导价应在 0 至 {max} 元之间。": "A guide price must be between 0 and {max} yuan.",
    "{service}指导价：{problem}": "{service} guide price: {problem}",
    # Any area: a nursery that is gone, a role's refusal (services/common, DomainText)
    "找不到记录号为 {id} 的机构。": "There is no nursery no. {id}.",
    "当前角色（{role}）无权{action}。": "Your role ({role}) does not allow “{action}”.",
    # Fees: table models
    "{count} 项": "{count} items",
    "未公示": "Not publicised",
    "已公示": "Publicised",
    "普惠": "Inclusive",
    "未登记": "Not recorded",
    "未登记收费标准": "No fee schedule recorded",
    "超 {amount} 元": "{amount} yuan over",
    "执行期": "Period",
    "收费项目": "Fee items",
    "公示情况": "Publicity",
    "超指导价": "Over guide price",
    "公示": "Publicised",
    "元/{unit}": "yuan/{unit}",
    "{amount}元/{unit}": "{amount} yuan/{unit}",
    "{start} 起至今": "from {start}",
    "{start} 起（尚未生效）": "from {start} (not yet in force)",
    "{start} 至 {end}": "{start} to {end}",
    # Fees: publicity dialog
    "自 {start} 起执行（{count} 项）": "Effective from {start} ({count} items)",
    "选择公示凭证": "Choose publicity evidence",
    "找不到凭证文件“{path}”。": "Evidence file “{path}” not found.",
    "登记收费公示": "Record fee publicity",
    "收费标准": "Fee schedule",
    "公示方式": "Publicity method",
    "公示日期": "Publicity date",
    "说明": "Notes",
    "如：公示栏位于大门左侧": "e.g. notice board to the left of the main gate",
    "公示凭证": "Evidence",
    "公示栏照片、网页截图或致家长信扫描件（可不附）":
        "Photo of the notice board, web screenshot or scan of the letter to parents (optional)",
    "选择文件…": "Choose file…",
    # Fees: guide-price parameters dialog
    "现行：{label}；共 {count} 个版本。": "Current: {label}; {count} versions in all.",
    "收费指导价参数": "Fee guide-price parameters",
    "执行日期": "Effective date",
    "卫生健康投诉电话": "Health complaints phone",
    "留空则用卫生健康部门的联系电话": "Leave empty to use the health commission's phone",
    "价格监督投诉电话": "Price complaints phone",
    "留空则用市场监管部门的联系电话或 12315": "Leave empty to use market regulation's phone or 12315",
    "依据文件": "Policy document",
    "各服务类型保育费指导价（上限）": "Care-fee guide prices by service type (caps)",
    "全日托": "Full-day",
    "不设上限则留空": "Leave empty for no cap",
    "半日托": "Half-day",
    "计时托": "Hourly",
    "临时托": "Temporary",
    "指导价包含伙食费（保育费与伙食费合并比较）":
        "Guide prices include meals (care and meal fees are compared together)",
    "限制调价频次：": "Limit price changes in",
    " 个月内": " months",
    "最多调整 ": "to at most ",
    " 次": " time(s)",
    "保存后自执行日期起生效，此前的参数版本保留；已生效的版本不能修改。指导价只用于提示，不影响登记。":
        "Takes effect from the effective date once saved; earlier versions are kept and versions "
        "already in effect cannot be changed. Guide prices only raise hints and never block recording.",
    # Fees: fee schedule dialog
    "请先在列表中选择要替换的项目。": "Select the item to replace in the list first.",
    "提示（不影响保存）：": "Hints (you can still save):",
    "共 {count} 项": "{count} items",
    "登记收费标准": "Record fee schedule",
    "备注": "Remarks",
    "如：经理事会决议调整、依据的文件等（可不填）":
        "e.g. changed by board resolution, documents relied on (optional)",
    "新的收费标准自执行日期起生效，原收费标准于前一日终止；已登记的历史收费标准不会被修改。":
        "The new fee schedule takes effect on the effective date and the previous one ends the day "
        "before; fee schedules already recorded are not changed.",
    "收费项目（每个服务类型可填写多项）": "Fee items (several per service type allowed)",
    "服务类型": "Service type",
    "类别": "Category",
    "收费项目名称": "Item name",
    "如：保育费、伙食费、报名建档费": "e.g. care fee, meal fee, enrolment fee",
    "金额（元）": "Amount (yuan)",
    "如 2800 或 2800.50": "e.g. 2800 or 2800.50",
    "计费单位": "Billing unit",
    "服务内容及说明": "Services and notes",
    "该项费用包含的服务（可不填）": "Services this fee covers (optional)",
    "添加项目": "Add item",
    "在金额框中按回车也可添加": "Pressing Enter in the amount box also adds the item",
    "用上面的内容替换所选": "Replace selected with the above",
    "删除所选": "Delete selected",
    # Filing: table headers, material choices and texts built in code
    "类型": "Type",
    "提交日期": "Submitted",
    "回执期限": "Receipt due",
    "回执编号": "Receipt no.",
    "材料": "Material",
    "必需": "Required",
    "已提供": "Provided",
    "证明类型/评价结论": "Proof type / rating",
    "有效期至": "Valid until",
    "扫描件": "Scans",
    "审核结果": "Check result",
    "审核人": "Checked by",
    "（未注明）": "(not stated)",
    "（未评价）": "(not rated)",
    "变更前": "Before",
    "变更后": "After",
    "变更原因": "Reason",
    "（提交时按机构登记信息生成）": "(generated from the registration on submission)",
    "“{caption}”：{reason}": "“{caption}”: {reason}",
    "无统一社会信用代码": "no unified social credit code",
    "无代码": "no code",
    "回执编号 {number}": "Receipt no. {number}",
    "{count} 份": "{count} file(s)",
    # Filing: the history lines of an application (services/filing, demo/filing_rows; DomainText)
    "{kind}：{line}": "{kind}: {line}",
    "创建申请（草稿）": "Application created (draft)",
    "提交申请，应于{due}前完成备案并出具回执（{days}个工作日）": (
        "Submitted; filing and receipt due by {due} ({days} working day)",
        "Submitted; filing and receipt due by {due} ({days} working days)"),
    "继续计时，剩余{days}个工作日": ("clock resumed with {days} working day left",
                                  "clock resumed with {days} working days left"),
    "重新计时{days}个工作日": ("clock restarted at {days} working day", "clock restarted at {days} working days"),
    "补正材料后重新提交，{how}，应于{due}前出具回执": "Resubmitted after supplement; {how}; receipt due by {due}",
    "期限暂停计算，剩余{days}个工作日": ("Deadline paused with {days} working day left",
                                    "Deadline paused with {days} working days left"),
    "补正后重新计算期限": "The deadline is counted again after the supplement",
    "{title}（{note}）": "{title} ({note})",
    "退回补正：{materials}。{clock}": "Returned for supplement: {materials}. {clock}",
    "受理备案，出具回执（编号 {receipt}）；如发现不符合要求，应于{due}前告知（{days}个工作日）": (
        "Accepted; receipt no. {receipt} issued; any non-conformity to be notified by {due} ({days} working day)",
        "Accepted; receipt no. {receipt} issued; any non-conformity to be notified by {due} ({days} working days)"),
    "核实完成，符合要求": "Verified: meets the requirements",
    "核实完成，符合要求。{reason}": "Verified: meets the requirements. {reason}",
    "通知不符合要求并公开：{what}{late}": "Non-conformity notified and made public: {what}{late}",
    "（已超过15个工作日期限）": " (after the 15-working-day limit)",
    "申请人撤回申请": "Withdrawn by the applicant",
    "申请人撤回申请：{reason}": "Withdrawn by the applicant: {reason}",
    "开始材料审核": "Materials check started",
    "提交申请": "Submitted",
    "退回补正：材料不齐全": "Returned for supplement: materials incomplete",
    "受理备案，出具回执（编号 {receipt}）": "Accepted; receipt no. {receipt} issued",
    "出具{document}（原件）": "{document} issued (original)",
    "出具{document}（副本，第{copy}次补打）": "{document} issued (copy, reprint {copy})",
    "（无）": "(none)",
    "登记全国系统备案编号“{number}”，日期{day}": "National filing system number “{number}” recorded, dated {day}",
    "{label}：{old}→{new}": "{label}: {old} → {new}",
    "变更事项：{items}": "Changes: {items}",
    "审核材料“{title}”：{result}（{note}）": "Material “{title}” reviewed: {result} ({note})",
    "审核材料“{title}”：{result}": "Material “{title}” reviewed: {result}",
    "为“{title}”附加扫描件“{file}”": "Scan “{file}” attached to “{title}”",
    "移除“{title}”的扫描件“{file}”": "Scan “{file}” removed from “{title}”",
    "出具回执期限": "Receipt deadline",
    "核实/告知不符合要求期限": "Verification / non-conformity notice deadline",
    # Filing: the nursery fields a change filing may change (domain/filing.CHANGE_FIELDS)
    "机构住所": "Address",
    "机构电话": "Nursery phone",
    "机构负责人": "Director",
    "是否供餐": "Provides meals",
    "租赁到期日": "Lease ends",
    "建筑面积（㎡）": "Floor area (m²)",
    # Fees: the lines of a nursery's fee record in its timeline (services/fees/timeline.py)
    "{name} {price}": "{name} {price}",
    "{service} {items}": "{service}: {items}",
    "登记收费标准，自 {start} 起执行：{parts}": "Fee schedule recorded, in force from {start}: {parts}",
    "（凭证：{file}）": " (evidence: {file})",
    "收费标准（自 {start} 起执行）于 {day} 通过{channel}公示{evidence}":
        "Fee schedule (from {start}) publicised on {day}: {channel}{evidence}",
}

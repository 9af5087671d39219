"""English for the registration (intake) area, the nursery record and the nursery register.

Merged into fill_en.GLOSSARY. Mnemonics (&X) are chosen not to collide within one dialog
(tab titles and buttons count for every tab of the intake dialog).
"""

GLOSSARY: dict[str, str | tuple[str, str]] = {  # a tuple: the (one, many) forms of a counted text
    # Intake dialog: window, tabs and buttons
    "机构登记[*]": "Nursery registration[*]",
    "新增机构登记[*]": "New nursery registration[*]",
    "编辑机构：{name}（记录号 {id}）[*]": "Edit nursery: {name} (record {id})[*]",
    "重新载入(&Z)": "Rel&oad",
    "基本信息(&B)": "&Basic information",
    "登记信息(&G)": "Re&gistration",
    "人员(&P)": "&People",
    "场所与托位(&T)": "Premises and capaci&ty",
    "班级(&C)": "&Classes",
    "检查结果": "Check results",
    "Ctrl+S 保存\u3000Esc 取消": "Ctrl+S Save\u3000Esc Cancel",
    "保存(&S)": "&Save",
    "保存 (Ctrl+S)": "Save (Ctrl+S)",
    "取消 (Esc)": "Cancel (Esc)",
    # Intake dialog: basic information
    "机构名称(&N)：": "&Name:",
    "与登记证书一致的全称": "Full name as on the registration certificate",
    "别名(&A)：": "&Alias:",
    "简称或曾用名（可不填）": "Short or former name (optional)",
    "机构性质(&X)：": "&Legal nature:",
    "决定登记机关和应持证照": "Decides the registration authority and the licences required",
    "机构类型(&K)：": "T&ype:",
    "举办者(&J)：": "Sponso&r:",
    "举办单位或个人": "Sponsoring organisation or person",
    "统一社会信用代码(&U)：": "&Unified social credit code:",
    "18位，见登记证书": "18 characters, see the registration certificate",
    "街道（乡镇）(&Q)：": "Street/to&wnship:",
    "地址(&D)：": "A&ddress:",
    "详细地址（门牌号、楼栋）": "Full address (number, building)",
    "联系电话(&H)：": "P&hone:",
    "手机或座机，如 023-68881234": "Mobile or landline, e.g. 023-68881234",
    # Intake dialog: registration
    "请先选择机构性质。": "Choose the legal nature first.",
    "登记机关(&O)：": "Registration &authority:",
    "默认为按机构性质路由的登记机关": "Defaults to the authority for the legal nature",
    "登记证书：": "Certificate:",
    "已取得登记证书(&R)": "Certificate &issued",
    "勾选后填写登记日期；证书上的统一社会信用代码填在“基本信息”页":
        "Tick, then enter the registration date; the certificate's unified social credit code "
        "goes on the “Basic information” tab",
    "登记日期(&E)：": "Registration &date:",
    "成立日期(&F)：": "&Founded:",
    "已填写": "Known",
    "业务范围(&Y)：": "B&usiness scope:",
    "照登记证书抄录业务（经营）范围": "Copy the business scope from the registration certificate",
    "备注(&M)：": "Re&marks:",
    "其他需要说明的情况": "Anything else worth noting",
    # Intake dialog: people
    "法定代表人": "Legal representative",
    "姓名(&N)：": "&Name:",
    "证件类型(&I)：": "&ID type:",
    "证件号码(&D)：": "I&D number:",
    "电话(&H)：": "P&hone:",
    "负责人": "Director",
    "姓名(&M)：": "Na&me:",
    "电话(&L)：": "Phon&e:",
    # Intake dialog: premises and places
    "场所": "Premises",
    "场所性质(&X)：": "&Kind of premises:",
    "租期截止(&L)：": "&Lease ends:",
    "已约定": "Agreed",
    "建筑面积(&A)：": "Floor &area:",
    "未填写": "Not given",
    " ㎡": " m²",
    "0 表示未填写": "0 means not given",
    "生活用房面积(&R)：": "Acti&vity room area:",
    "所在楼层(&F)：": "Floo&rs:",
    "如 1-2 层": "e.g. 1-2",
    "户外面积(&W)：": "Out&door area:",
    "托位与服务": "Places and services",
    "托位数(&N)：": "&Number of places:",
    " 个": " places",
    "普惠托位数(&U)：": "Incl&usive places:",
    "示范等级(&D)：": "De&monstration level:",
    "服务：": "Services:",
    "提供膳食(&M)": "Provides m&eals",
    "普惠性(&I)": "&Inclusive",
    "服务类型：": "Service types:",
    "全日托(&Q)": "&Full-day",
    "半日托(&H)": "&Half-day",
    "计时托(&J)": "Hourl&y",
    "临时托(&K)": "Tempor&ary",
    # Intake dialog: classes
    "班级": "Classes",
    "添加班级(&A)": "&Add class",
    "删除班级(&D)": "&Delete class",
    "合计：{n} 个班，容量 {c} 人，在托 {e} 人，保育人员 {g} 名":
        "Total: {n} classes, capacity {c}, enrolled {e}, carers {g}",
    "班级名称": "Class name",
    "班型": "Class type",
    "容量": "Capacity",
    "保育人员数": "Carers",
    # Intake dialog: messages
    "请选择机构性质（决定登记机关和应持证照）。":
        "Choose the legal nature (it decides the registration authority and the licences required).",
    "无法保存": "Cannot save",
    "放弃修改": "Discard changes",
    "有尚未保存的修改，确定放弃吗？": "There are unsaved changes. Discard them?",
    "是否现在重新载入最新记录？重新载入将放弃本窗口中尚未保存的修改。":
        "Reload the latest record now? Reloading discards the unsaved changes in this window.",
    "记录已被修改": "Record changed",
    "重新载入": "Reload",
    "重新载入将放弃本窗口中尚未保存的修改，确定吗？":
        "Reloading discards the unsaved changes in this window. Continue?",
    "该机构已注销，记录只读。": "This nursery is cancelled; the record is read-only.",
    "请先在“基本信息”页选择机构性质，这里将显示登记机关和应持证照。":
        "Choose the legal nature on the “Basic information” tab first; the registration authority "
        "and the licences required will then show here.",
    "未确定（请按实际登记机关选择）": "Not determined (choose the actual registration authority)",
    "登记机关：{organ}\u3000应持证照：{certificate}": "Authority: {organ}\u3000Licence: {certificate}",
    # Registration certificates (domain/routing.CERTIFICATES, DomainText; 登记证书 is in glossary_admin)
    "事业单位法人证书": "Public institution legal-person certificate",
    "民办非企业单位登记证书": "Private non-enterprise unit registration certificate",
    "营业执照": "Business licence",
    "营业执照（个体工商户）": "Business licence (individual business)",
    "{nature} / {organ}（{certificate}）": "{nature} / {organ} ({certificate})",
    "请选择机构性质": "Choose the legal nature",
    "（未确定）": "(not determined)",
    "（未填写）": "(not given)",
    "无": "None",
    "（未选择）": "(not chosen)",
    # Intake: check results panel
    "错误": "Error",
    "警告": "Warning",
    "保存理由（必填）": "Reason for saving (required)",
    "警告 {code} 的保存理由": "Reason for saving despite warning {code}",
    "定位": "Go to",
    "{n} 项错误须更正后才能保存": ("{n} error must be corrected before saving",
                                  "{n} errors must be corrected before saving"),
    "{n} 项警告须填写保存理由": ("{n} warning needs a reason for saving", "{n} warnings need a reason for saving"),
    "警告均已填写理由，可以保存。": "Every warning has a reason; you can save.",
    "未发现问题，可以保存。": "No problems found; you can save.",
    "已保存“{name}”（记录号 {id}）。": "Saved “{name}” (record {id}).",
    "{chosen}（本辖区此类机构通常由{usual}登记）": "{chosen} (in this district usually registered by {usual})",
    # A record's timeline: a save of the form, or a pushed file, naming the fields changed
    "修改了：{fields}": "Changed: {fields}",
    "导入的推送数据修改了：{fields}": "Changed by pushed data: {fields}",
    # An error the saved record already has, left as it was by the edit (domain/intake_checks.carried_over)
    "原有错误": "Existing error",
    "保存的记录已有此问题，本次修改未涉及，不妨碍保存；请核实后尽快更正。":
        "The saved record already has this problem and this edit does not touch it, so it does not prevent "
        "saving. Please check it and correct it soon.",
    "记录原有 {n} 项错误，本次修改未涉及，可以保存；请尽快更正。": (
        "The record already has {n} error this edit does not touch; you can save. Please correct it soon.",
        "The record already has {n} errors this edit does not touch; you can save. Please correct them soon."),
    # Intake: possible duplicates
    "可能重复的机构": "Possible duplicate nurseries",
    "新录入与已有记录对照": "New entry compared with existing records",
    "是同一机构（打开已有记录）(&O)": "Same nursery (&open the existing record)",
    "不是同一机构，继续保存(&N)": "&Not the same nursery, save anyway",
    "返回修改(&B)": "&Back to editing",
    "本辖区已有 {n} 家名称或地址相近的机构。请逐项比对：若为同一机构，请打开已有记录修改；若确认不是同一机构，可继续保存（将记录您的判断）。":
        "{n} nurseries in the district have a similar name or address. Compare them one by one: if it "
        "is the same nursery, open the existing record and edit it; if you are sure it is not, you can "
        "save anyway (your decision is recorded).",
    "统一社会信用代码": "Unified social credit code",
    "地址": "Address",
    "状态": "Status",
    "相似项": "Similar fields",
    "本次录入": "This entry",
    "已有记录（记录号 {id}）": "Existing record (record {id})",
    "（尚未保存）": "(not saved yet)",
    "与本次录入相近": "Similar to this entry",
    "打开“{name}”": "Open “{name}”",
    # Registration area page and nursery record
    "新增机构(&N)…": "&New nursery…",
    "机构档案 — {name}": "Nursery record — {name}",
    "（未登记）": "(not registered)",
    "机构档案": "Nursery record",
    "机构名称": "Nursery name",
    "统一社会信用代码：": "Unified social credit code:",
    "状态：": "Status:",
    "机构性质 / 登记机关：": "Legal nature / authority:",
    "地址：": "Address:",
    "托位 / 普惠托位 / 在托：": "Places / inclusive / enrolled:",
    "时间线": "Timeline",
    "时间": "Time",
    "事项类别": "Category",
    "经办人": "Handled by",
    "内容": "Details",
    "编辑登记信息(&E)": "&Edit registration",
    "关闭": "Close",
    # Nursery register (registry page, filter bar, table)
    "共 {count} 家": ("{count} nursery", "{count} nurseries"),
    "超过 {count} 家（正在统计总数…）": "More than {count} nurseries (counting them all…)",
    "机构名册": "Nursery register",
    "搜索名称、简称、统一社会信用代码、地址、法定代表人（Ctrl+F）":
        "Search name, short name, unified social credit code, address, legal representative (Ctrl+F)",
    "按街道（乡镇）筛选": "Filter by street/township",
    "按法人性质筛选": "Filter by legal nature",
    "按机构类型筛选": "Filter by type",
    "按状态筛选": "Filter by status",
    "按服务形式筛选": "Filter by service type",
    "普惠性": "Inclusive",
    "半选：不限；勾选：仅普惠性机构；不勾选：仅非普惠性机构":
        "Partly ticked: any; ticked: inclusive nurseries only; unticked: non-inclusive only",
    "示范机构": "Demonstration",
    "半选：不限；勾选：仅示范机构；不勾选：仅非示范机构":
        "Partly ticked: any; ticked: demonstration nurseries only; unticked: others only",
    "清除条件": "Clear filters",
    "全部街道（乡镇）": "All streets/townships",
    "全部法人性质": "All legal natures",
    "全部机构类型": "All types",
    "全部状态": "All statuses",
    "全部服务形式": "All service types",
    "不限": "Any",
    "是": "Yes",
    "否": "No",
    "{caption}：{state}": "{caption}: {state}",
    "简称/别名": "Short name/alias",
    "法人性质": "Legal nature",
    "机构类型": "Type",
    "托位数": "Places",
    "普惠托位数": "Inclusive places",
    "示范级别": "Demonstration level",
    "更新时间": "Updated",
    "已打开已有记录（记录号 {id}）。本窗口保留您录入的内容，可对照后在已有记录中点“编辑”修改；"
    "不再需要时关闭本窗口（会询问是否放弃）。":
        "The existing record (no. {id}) is open. This window keeps what you entered: compare, then use "
        "“Edit” in the existing record; close this window when no longer needed (you will be asked).",
    # Nursery record: life-cycle acts (domain.md §18.1)
    "办理状态变化(&S)": "Record a &status change",
    "说明情况的处理结果、停业整顿或暂停收托、复查后恢复收托、未备案关闭":
        "Outcome of an explanation, suspension or pause, resumption after re-inspection, closing before filing",
    "停业整顿前的状态": "the status before the suspension",
    "复查情况：": "Re-inspection:",
    "办理机构状态": "Nursery status",
    "已填写的情况说明尚未办理，是否现在办理？": "The statement you typed has not been recorded. Record it now?",
    "办理": "Record",
    "状态变化：": "Status change:",
    "办理日期：": "Date:",
    "依据或情况说明：": "Basis or statement:",
    "{organ}（不能登记该性质的机构）": "{organ} (cannot register this legal nature)",
    # Nursery record: the legal representative's ID, masked; the full number audited (issue 17)
    "法定代表人证件号码：": "Legal representative's ID number:",
    "显示完整号码": "Show full number",
    "查看完整号码会记入审计日志": "Viewing the full number is recorded in the audit trail",
    # Intake warnings (domain/intake_checks, validators), shown by the form in the interface language
    "家庭托育点的名称应含有“托育”字样。": "A home-based nursery's name should contain “托育”.",
    "登记的业务（经营）范围未提及“托育”或“婴幼儿照护”服务内容。":
        "The registered business scope does not mention childcare (“托育” or “婴幼儿照护”) services.",
    "未填写登记的业务（经营）范围。": "The registered business scope is not filled in.",
    "租赁场所请填写租期截止日期。": "For leased premises, enter the date the lease ends.",
    "已到期": "already ended",
    "剩余约 {years} 年 {months} 个月": "about {years} years {months} months left",
    "租赁场所的剩余租期不足{years}年（{tail}）。": "Less than {years} years remain on the lease ({tail}).",
    "备案时（{filed_on}）租赁场所的剩余租期不足{years}年。":
        "At filing ({filed_on}) less than {years} years remained on the lease.",
    "租期已于{day}到期，请核实机构是否已续租并补交租赁合同。":
        "The lease ended on {day}: check whether the nursery renewed it and ask for the new lease contract.",
    "租期将于{day}到期，请核实机构是否已续租并补交租赁合同。":
        "The lease ends on {day}: check whether the nursery renews it and ask for the new lease contract.",
    "在托人数（{enrolled}）超过托位总数（{places}）。":
        "Children enrolled ({enrolled}) exceed the total places ({places}).",
    "填写了普惠托位数（{places}），但未勾选“普惠性”：普惠机构的统计和收费公示都以此为准。":
        "Inclusive places are entered ({places}) but “Inclusive” is not ticked: the inclusive nurseries' "
        "statistics and the fee publication go by that box.",
    "已勾选“普惠性”，但普惠托位数为0。": "“Inclusive” is ticked but there are no inclusive places (0).",
    "统一社会信用代码前两位为“{prefix}”，与机构性质“{nature}”通常对应的“{allowed}”不一致，请核对或填写理由。":
        "The USCC starts with “{prefix}”, not the “{allowed}” the legal nature “{nature}” usually has: "
        "check it or give a reason.",
    "统一社会信用代码第3–8位“{area}”表明登记机关不在本辖区（{district}）所属地市，请核对机构是否位于本辖区。":
        "USCC characters 3–8 “{area}” show a registering authority outside this district's ({district}) "
        "prefecture: check that the nursery is in this district.",
    # A nursery record's timeline (services/registry/timeline, lifecycle; DomainText)
    "录入机构信息": "Nursery information entered",
    "在{organ}取得{certificate}（{uscc}）": "{certificate} obtained from {organ} ({uscc})",
    "在登记机关取得{certificate}（{uscc}）": "{certificate} obtained from the registration authority ({uscc})",
    "最近修改（第 {version} 版）": "Last changed (version {version})",
    "确认提示后保存：{message} 理由：{reason}": "Saved after confirming a warning: {message} Reason: {reason}",
    "与“{other}”比对：{verdict}": "Compared with “{other}”: {verdict}",
    "不是同一机构": "not the same nursery",
    "是同一机构": "the same nursery",
    "{day} {act}：{before} → {after}": "{day} {act}: {before} → {after}",
    "{day} {act}：{before} → {after}（{note}）": "{day} {act}: {before} → {after} ({note})",
}

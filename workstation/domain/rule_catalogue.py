"""The rule catalogue: every rule parameter with its value and its source (domain.md §19, §21).

A parameter backed by a document names the document and the article. One that no document
fixes (rectification periods per department, the alert and reminder periods, number formats…)
has no source: it is a district setting, shown as such, which the administrator confirms
(services/district/rule_catalogue keeps who confirmed which value, and when).
"""

from __future__ import annotations

from dataclasses import dataclass

from workstation.domain.enums import ClassType, InspectingDeptKind
from workstation.domain.filing import FilingKind
from workstation.domain.filing_rules import FilingRules
from workstation.domain.inspection_rules import DeadlineRule, InspectionRules
from workstation.domain.rules import RuleParameters


@dataclass(frozen=True)
class Source:
    document: str
    article: str = ""
    note: str = ""  # how sure the citation is, when it is not checked against the text

    @property
    def text(self) -> str:
        return "".join((self.document, self.article, f"（{self.note}）" if self.note else ""))


N2_STANDARD = "《托育机构设置标准（试行）》（国卫人口发〔2019〕58号）"
N3 = "《托育机构登记和备案办法（试行）》（国卫办人口发〔2019〕25号）"
N4 = "《家庭托育点管理办法（试行）》（2023年）"
F1 = "《消防监督检查规定》（公安部令第120号）"
UNCHECKED = "条款号据二手资料，待与原文核对"


@dataclass(frozen=True)
class CatalogueEntry:
    key: str     # stable: confirmations are kept by key and value
    area: str    # 机构登记 / 备案 / 监督检查
    label: str
    value: str
    source: Source | None = None  # None: a district setting

    @property
    def is_district_setting(self) -> bool:
        return self.source is None


def _deadline(rule: DeadlineRule | None) -> str:
    return rule.text if rule is not None else "未设置"


def catalogue(params: RuleParameters, filing: FilingRules, inspection: InspectionRules) -> tuple[CatalogueEntry, ...]:
    """Every parameter the workstation applies, in the order of the areas."""
    out: list[CatalogueEntry] = []
    add = out.append
    size, ratio = Source(N2_STANDARD, "第十九条", UNCHECKED), Source(N2_STANDARD, "第二十条", UNCHECKED)
    for class_type in ClassType:
        limit = params.limit(class_type)
        name = class_type.zh
        add(CatalogueEntry(f"class.{class_type.value}.max_children", "机构登记", f"{name}人数上限",
                           f"{limit.max_children}人", size))
        add(CatalogueEntry(f"class.{class_type.value}.ages", "机构登记", f"{name}月龄范围",
                           f"{limit.min_age_months}—{limit.max_age_months}个月", size))
        # The standard gives no ratio for a mixed class: the district sets it.
        add(CatalogueEntry(f"class.{class_type.value}.ratio", "机构登记", f"{name}保育人员配比", f"1:{limit.ratio}",
                           None if class_type is ClassType.MIXED else ratio))
    home = Source(N4, "", "据新闻转述，条款号未核实")
    add(CatalogueEntry("home_based.max_children", "机构登记", "家庭托育点收托人数上限",
                       f"{params.home_based_max_children}人", home))
    add(CatalogueEntry("home_based.ratio", "机构登记", "家庭托育点照护人员配比", f"1:{params.home_based_ratio}", home))
    add(CatalogueEntry("lease.min_years", "机构登记", "租赁场地租期下限（备案时）", f"{params.min_lease_years}年",
                       Source(N2_STANDARD, "第十一条", UNCHECKED)))
    add(CatalogueEntry("lease.ending_months", "机构登记", "租期将满提醒", f"到期前{params.lease_ending_months}个月"))
    add(CatalogueEntry("scope.keywords", "机构登记", "经营范围应含字样", "、".join(params.scope_keywords),
                       Source(N3, "第五条")))
    add(CatalogueEntry("filing.receipt_due", "备案", "备案完成时限", f"{filing.receipt_due_working_days}个工作日",
                       Source(N3, "第九条", "据新闻转述")))
    add(CatalogueEntry("filing.notice_due", "备案", "核实不符合要求的告知时限",
                       f"{filing.notice_due_working_days}个工作日", Source(N3, "第九条", "据新闻转述")))
    add(CatalogueEntry("filing.materials", "备案", "首次备案材料", "、".join(
        r.label or r.material_type.zh for r in filing.checklists[FilingKind.INITIAL] if r.required and r.when == "always"),
        Source(N3, "第八条")))
    add(CatalogueEntry("filing.return_clock", "备案", "退回补正后的办理时限", filing.return_clock.zh))
    add(CatalogueEntry("filing.registered_not_filed", "备案", "已登记未备案提醒", f"{filing.registered_not_filed_days}日"))
    add(CatalogueEntry("filing.receipt_format", "备案", "回执编号格式", filing.receipt_format))
    for dept in InspectingDeptKind:
        add(CatalogueEntry(f"inspection.deadline.{dept.value}", "监督检查", f"整改期限（{dept.zh}）",
                           _deadline(inspection.deadlines.get(dept, inspection.default_deadline))))
    add(CatalogueEntry("inspection.deadline.default", "监督检查", "整改期限（其他部门）",
                       _deadline(inspection.default_deadline)))
    add(CatalogueEntry("inspection.deadline.serious", "监督检查", "整改期限（严重问题）",
                       _deadline(inspection.serious_deadline)))
    add(CatalogueEntry("inspection.notice_due", "监督检查", "整改通知书送达时限（自检查之日起）",
                       f"{inspection.notice_due_working_days}个工作日", Source(F1, "第二十条", UNCHECKED)))
    add(CatalogueEntry("inspection.recheck_due", "监督检查", "复查时限（整改期限届满或申请复查后）",
                       f"{inspection.recheck_due_working_days}个工作日", Source(F1, "第二十一条", UNCHECKED)))
    add(CatalogueEntry("inspection.notice_format", "监督检查", "整改通知书编号格式", inspection.notice_format))
    return tuple(out)

"""Filing rule parameters (domain.md §3, §19): checklists, clocks, receipt numbers, and the guards.

Everything here is data with national defaults; a district may keep its own version (RuleSet JSON
under the key "filing"). Every decision records `FilingRules.version`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace

from workstation.domain.enums import LabelledEnum
from workstation.domain.errors import ValidationError
from workstation.domain.filing import FilingKind
from workstation.domain.rules import NATIONAL_DEFAULTS
from workstation.domain.texts import QT_TRANSLATE_NOOP, Text, text


class MaterialType(LabelledEnum):
    FILING_FORM = ("FILING_FORM", "托育机构备案书", "Filing form")
    COMMITMENT = ("COMMITMENT", "备案承诺书", "Commitment letter")
    LICENCE = ("LICENCE", "营业执照或法人登记证书", "Licence or legal-person certificate")
    PREMISES_PROOF = ("PREMISES_PROOF", "场地证明（产权证明或租期不少于3年的租赁合同）", "Premises proof")
    STAFF_QUALIFICATION = ("STAFF_QUALIFICATION", "工作人员专业资格证明", "Staff qualifications")
    STAFF_HEALTH = ("STAFF_HEALTH", "工作人员健康合格证明", "Staff health certificates")
    HYGIENE_EVALUATION = ("HYGIENE_EVALUATION", "托幼机构卫生评价报告", "Hygiene evaluation report")
    FIRE_SAFETY = ("FIRE_SAFETY", "消防安全证明", "Fire-safety proof")
    FOOD_LICENCE = ("FOOD_LICENCE", "食品经营许可证", "Food business licence")
    SETTLEMENT = ("SETTLEMENT", "在托幼儿和工作人员安置情况说明", "Settlement of children and staff")
    OTHER = ("OTHER", "其他材料", "Other")


class MaterialResult(LabelledEnum):
    OK = ("OK", "审核通过", "Checked")
    MISSING = ("MISSING", "缺失", "Missing")
    INVALID = ("INVALID", "不符合要求", "Not acceptable")


class FireProofKind(LabelledEnum):
    INSPECTION_PASS = ("INSPECTION_PASS", "消防安全检查合格证明", "Fire inspection pass")
    ACCEPTANCE = ("ACCEPTANCE", "消防验收合格意见或备案凭证", "Fire acceptance or filing record")
    THIRD_PARTY = ("THIRD_PARTY", "第三方消防安全评估报告", "Third-party fire-safety assessment")
    OTHER = ("OTHER", "其他替代凭证", "Other accepted substitute")


class HygieneRating(LabelledEnum):
    QUALIFIED = ("QUALIFIED", "合格", "Qualified")
    UNQUALIFIED = ("UNQUALIFIED", "不合格", "Not qualified")


class ReturnClock(LabelledEnum):
    """What a return for supplement does to the 5-working-day receipt clock (a local rule)."""

    RESTART = ("RESTART", "补正后重新计算", "Restart after resubmission")
    PAUSE = ("PAUSE", "补正期间暂停计算", "Pause while returned")


@dataclass(frozen=True)
class MaterialRule:
    """One checklist line: which material, whether it blocks acceptance, and when it applies."""

    material_type: MaterialType
    required: bool = True
    # "always" | "meals" (only when the nursery provides meals) | "changes" (only when a change
    # item of the application needs this material, per `FilingRules.change_materials`)
    when: str = "always"
    label: str = ""       # wording for this kind of application; default: the material's name

    @property
    def title(self) -> str:
        return self.label or self.material_type.zh


M = MaterialType
DEFAULT_CHECKLISTS: dict[FilingKind, tuple[MaterialRule, ...]] = {
    FilingKind.INITIAL: (
        MaterialRule(M.FILING_FORM), MaterialRule(M.COMMITMENT), MaterialRule(M.LICENCE),
        MaterialRule(M.PREMISES_PROOF), MaterialRule(M.STAFF_QUALIFICATION), MaterialRule(M.STAFF_HEALTH),
        MaterialRule(M.HYGIENE_EVALUATION), MaterialRule(M.FIRE_SAFETY), MaterialRule(M.FOOD_LICENCE, when="meals"),
        MaterialRule(M.OTHER, required=False, label="法律法规规定的其他材料"),
    ),
    FilingKind.CHANGE: (
        MaterialRule(M.FILING_FORM, label="托育机构备案变更申请（备案书）"), MaterialRule(M.COMMITMENT),
        MaterialRule(M.LICENCE, when="changes", label="变更后的营业执照或法人登记证书"),
        MaterialRule(M.OTHER, required=False, label="变更事项的其他证明材料"),
    ),
    FilingKind.CANCELLATION: (
        MaterialRule(M.FILING_FORM, label="托育机构备案注销申请"),
        MaterialRule(M.LICENCE, label="登记机关注销登记证明或决定"),
        MaterialRule(M.SETTLEMENT), MaterialRule(M.OTHER, required=False),
    ),
}
# What a change of each changeable item (domain/filing.CHANGE_FIELDS) must bring (domain.md §3.1, §3.4):
# a registered item (name, domicile, legal representative) is proved by the changed licence; a move
# by the new premises' proof, hygiene evaluation and fire-safety proof; a new 负责人 by their
# qualifications; contact details need nothing beyond the change form.
DEFAULT_CHANGE_MATERIALS: dict[str, tuple[MaterialType, ...]] = {
    "name": (M.LICENCE,),
    "address": (M.LICENCE, M.PREMISES_PROOF, M.HYGIENE_EVALUATION, M.FIRE_SAFETY),
    "phone": (),
    "legal_rep_name": (M.LICENCE,),
    "legal_rep_phone": (),
    "director_name": (M.STAFF_QUALIFICATION,),
    "director_phone": (),
    "places_total": (),
    "places_inclusive": (),
    "provides_meals": (M.FOOD_LICENCE,),
    "lease_end": (M.PREMISES_PROOF,),
    "building_m2": (M.PREMISES_PROOF,),
}
# What the 托育机构基本条件告知书 tells the nursery (district wording; contents to confirm locally).
DEFAULT_BASIC_CONDITIONS: tuple[str, ...] = (
    "持续符合《托育机构设置标准（试行）》规定的场地、设施设备、人员和班级规模等设置要求；",
    "按照《托育机构管理规范（试行）》做好收托管理、保育照护、安全管理和信息公示；",
    "执行《托儿所幼儿园卫生保健管理办法》，做好卫生保健、膳食营养和传染病防控；",
    "落实消防安全和食品安全责任，定期开展隐患排查和应急演练；",
    "工作人员上岗前取得健康合格证明，并依法进行背景查询；",
    "备案事项发生变更或停止服务的，及时办理变更或注销备案，妥善安置在托婴幼儿和工作人员；",
    "接受卫生健康部门和其他有关部门的监督检查，如实报送有关信息。",
)


@dataclass(frozen=True)
class FilingRules:
    version: str = "national-2020"
    receipt_due_working_days: int = 5         # N3 Art.9: filing completed within 5 working days
    notice_due_working_days: int = 15         # N3 Art.9: non-conformity notified within 15 working days
    return_clock: ReturnClock = ReturnClock.RESTART
    receipt_format: str = "{district}-{year}-{serial:04d}"
    registered_not_filed_days: int = NATIONAL_DEFAULTS.registered_not_filed_alert_days
    checklists: dict[FilingKind, tuple[MaterialRule, ...]] = field(default_factory=lambda: dict(DEFAULT_CHECKLISTS))
    change_materials: dict[str, tuple[MaterialType, ...]] = field(
        default_factory=lambda: dict(DEFAULT_CHANGE_MATERIALS))
    basic_conditions: tuple[str, ...] = DEFAULT_BASIC_CONDITIONS

    def with_values(self, **values) -> FilingRules:
        return replace(self, **values)

    def to_json(self) -> dict:
        """Plain data for a RuleSet's parameters (under the key "filing")."""
        data = {name: getattr(self, name) for name in _SCALARS}
        data["return_clock"] = self.return_clock.value
        data["checklists"] = {kind.value: [asdict(rule) for rule in rules] for kind, rules in self.checklists.items()}
        data["change_materials"] = {f: [m.value for m in ms] for f, ms in self.change_materials.items()}
        data["basic_conditions"] = list(self.basic_conditions)
        return data

    @classmethod
    def from_json(cls, data: dict) -> FilingRules:
        """Rules from `to_json` data; missing keys keep the national defaults."""
        values: dict = {name: data[name] for name in _SCALARS if name in data}
        if "return_clock" in data:
            values["return_clock"] = ReturnClock(data["return_clock"])
        if "checklists" in data:
            values["checklists"] = {**DEFAULT_CHECKLISTS, **{FilingKind(k): tuple(
                MaterialRule(MaterialType(r["material_type"]), r.get("required", True), r.get("when", "always"),
                             r.get("label", "")) for r in rules) for k, rules in data["checklists"].items()}}
        if "change_materials" in data:
            values["change_materials"] = {f: tuple(MaterialType(m) for m in ms)
                                          for f, ms in data["change_materials"].items()}
        if "basic_conditions" in data:
            values["basic_conditions"] = tuple(data["basic_conditions"])
        return replace(cls(), **values)


_SCALARS = ("version", "receipt_due_working_days", "notice_due_working_days", "receipt_format",
            "registered_not_filed_days")
FILING_DEFAULTS = FilingRules()


def receipt_number(rules: FilingRules, district: str, year: int, serial: int) -> str:
    """The receipt number for `serial` in `year`, in the district's format."""
    try:
        return rules.receipt_format.format(district=district, year=year, serial=serial)
    except (KeyError, IndexError, ValueError) as exc:
        raise ValidationError(f"回执编号格式“{rules.receipt_format}”无效：{exc}。", "receipt_format") from exc


def checklist(rules: FilingRules, kind: FilingKind, provides_meals: bool,
              changes: Mapping[str, str] | None = None) -> list[MaterialRule]:
    """The materials an application needs: the kind's list, meal-dependent lines, and the lines the
    change items need (a kind's "changes" line only when one of them does)."""
    needed = change_needs(rules, changes or {})
    lines = [r for r in rules.checklists[kind]
             if (r.when != "meals" or provides_meals) and (r.when != "changes" or r.material_type in needed)]
    present = {r.material_type for r in lines}
    lines += [MaterialRule(material) for material in needed if material not in present]
    return lines


def change_needs(rules: FilingRules, changes: Mapping[str, str]) -> list[MaterialType]:
    """The materials the change items (field -> new value text) need, in order, without repeats."""
    needed: list[MaterialType] = []
    for field_name, new_value in changes.items():
        for material in rules.change_materials.get(field_name, ()):
            if material is M.FOOD_LICENCE and new_value != "是":
                continue  # stopping meals needs no food licence
            if material not in needed:
                needed.append(material)
    return needed


# --- guards: each returns the problems (domain texts, Chinese by str()) that block the transition ---

@dataclass(frozen=True)
class MaterialFacts:
    material_type: MaterialType
    title: str
    required: bool
    provided: bool
    result: MaterialResult | None = None
    rating: HygieneRating | None = None
    subtype: FireProofKind | None = None
    note: str = ""


@dataclass(frozen=True)
class GuardFacts:
    """What the guards look at, taken from an application at the moment of the action."""

    kind: FilingKind
    materials: tuple[MaterialFacts, ...]
    change_items: int = 0
    settlement_note: str = ""
    reason: str = ""


# A material's title stays the checklist's (statutory Chinese) wording, as the materials table shows it.
def _materials_complete(facts: GuardFacts) -> list[Text]:
    problems = []
    for m in facts.materials:
        if not m.required:
            continue
        if not m.provided:
            problems.append(text(QT_TRANSLATE_NOOP("DomainText", "必需材料“{title}”尚未提供"), title=m.title))
        elif m.result is not MaterialResult.OK:
            problems.append(text(QT_TRANSLATE_NOOP("DomainText", "材料“{title}”尚未审核通过"), title=m.title))
        elif m.material_type is M.FIRE_SAFETY and m.subtype is None:
            problems.append(text(QT_TRANSLATE_NOOP("DomainText", "消防安全证明未注明证明类型")))
    return problems


def _hygiene_qualified(facts: GuardFacts) -> list[Text]:
    return [text(QT_TRANSLATE_NOOP("DomainText", "{title}的结论不是“合格”"), title=m.title) for m in facts.materials
            if m.material_type is M.HYGIENE_EVALUATION and m.required and m.rating is not HygieneRating.QUALIFIED]


def _missing_items(facts: GuardFacts) -> list[Text]:
    flagged = [m for m in facts.materials if m.result in (MaterialResult.MISSING, MaterialResult.INVALID)]
    if not flagged:
        return [text(QT_TRANSLATE_NOOP("DomainText", "退回补正须至少标记一项缺失或不符合要求的材料"))]
    return [text(QT_TRANSLATE_NOOP("DomainText", "材料“{title}”未说明需补正的原因"), title=m.title)
            for m in flagged if not m.note.strip()]


def _unless(condition: bool, problem: str) -> list[Text]:
    return [] if condition else [text(problem)]


GUARDS: dict[str, Callable[[GuardFacts], list[Text]]] = {
    "materials_complete": _materials_complete,
    "hygiene_qualified": _hygiene_qualified,
    "missing_items": _missing_items,
    "change_items": lambda f: _unless(bool(f.change_items),
                                      QT_TRANSLATE_NOOP("DomainText", "变更备案须至少列明一项变更事项")),
    "settlement_note": lambda f: _unless(bool(f.settlement_note.strip()), QT_TRANSLATE_NOOP(
        "DomainText", "注销备案须填写在托幼儿和工作人员的安置情况")),
    "reason": lambda f: _unless(bool(f.reason.strip()), QT_TRANSLATE_NOOP("DomainText", "须填写不符合要求的具体情况")),
}


def guard_problems(guards: Sequence[str], facts: GuardFacts) -> list[Text]:
    return [problem for name in guards for problem in GUARDS[name](facts)]

"""Enumerations of the domain (domain.md §17) with their Chinese and English labels."""

from __future__ import annotations

from enum import Enum


class LabelledEnum(str, Enum):
    """A string enum whose members carry a Chinese and an English label."""

    def __new__(cls, value: str, zh: str, en: str) -> LabelledEnum:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.zh = zh  # type: ignore[attr-defined]
        obj.en = en  # type: ignore[attr-defined]
        return obj

    def __str__(self) -> str:
        return self.value

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)

    @classmethod
    def from_label(cls, text: str) -> LabelledEnum | None:
        """Member whose value, Chinese or English label equals `text` (case-insensitive)."""
        key = text.strip().casefold()
        for member in cls:
            if key in (member.value.casefold(), member.zh.casefold(), member.en.casefold()):
                return member
        return None


class LegalNature(LabelledEnum):
    PUBLIC_INSTITUTION = ("PUBLIC_INSTITUTION", "事业单位", "Public institution")
    SOCIAL_SERVICE = ("SOCIAL_SERVICE", "社会服务机构（民办非企业单位）", "Non-profit social-service organisation")
    FOR_PROFIT = ("FOR_PROFIT", "营利性（企业）", "For-profit enterprise")
    INDIVIDUAL_BUSINESS = ("INDIVIDUAL_BUSINESS", "个体工商户", "Sole trader")
    OTHER = ("OTHER", "其他", "Other")


class RegistrationOrganKind(LabelledEnum):
    STAFFING_OFFICE = ("STAFFING_OFFICE", "机构编制部门（编办）", "Staffing office")
    CIVIL_AFFAIRS = ("CIVIL_AFFAIRS", "民政部门", "Civil affairs")
    MARKET_REGULATION = ("MARKET_REGULATION", "市场监督管理部门", "Market regulation")
    ADMIN_APPROVAL = ("ADMIN_APPROVAL", "行政审批局", "Administrative approval bureau")


class InspectingDeptKind(LabelledEnum):
    HEALTH = ("HEALTH", "卫生健康", "Health commission")
    HEALTH_SUPERVISION = ("HEALTH_SUPERVISION", "卫生监督", "Health supervision")
    MCH = ("MCH", "妇幼保健", "Maternal and child health")
    FIRE = ("FIRE", "消防救援", "Fire and rescue")
    MARKET = ("MARKET", "市场监管", "Market regulation")
    POLICE = ("POLICE", "公安", "Public security")
    HOUSING = ("HOUSING", "住建", "Housing and construction")
    EMERGENCY = ("EMERGENCY", "应急管理", "Emergency management")
    EDUCATION = ("EDUCATION", "教育", "Education")
    STREET = ("STREET", "街道/乡镇", "Street / township")


class DepartmentKind(LabelledEnum):
    """Every kind of department a district keeps: registration organs and inspecting departments."""

    STAFFING_OFFICE = ("STAFFING_OFFICE", "机构编制部门（编办）", "Staffing office")
    CIVIL_AFFAIRS = ("CIVIL_AFFAIRS", "民政部门", "Civil affairs")
    MARKET_REGULATION = ("MARKET_REGULATION", "市场监督管理部门", "Market regulation")
    ADMIN_APPROVAL = ("ADMIN_APPROVAL", "行政审批局", "Administrative approval bureau")
    HEALTH = ("HEALTH", "卫生健康", "Health commission")
    HEALTH_SUPERVISION = ("HEALTH_SUPERVISION", "卫生监督", "Health supervision")
    MCH = ("MCH", "妇幼保健", "Maternal and child health")
    FIRE = ("FIRE", "消防救援", "Fire and rescue")
    POLICE = ("POLICE", "公安", "Public security")
    HOUSING = ("HOUSING", "住建", "Housing and construction")
    EMERGENCY = ("EMERGENCY", "应急管理", "Emergency management")
    EDUCATION = ("EDUCATION", "教育", "Education")
    STREET = ("STREET", "街道/乡镇", "Street / township")


class InstitutionKind(LabelledEnum):
    STANDALONE = ("STANDALONE", "独立托育机构", "Standalone nursery")
    EMPLOYER_RUN = ("EMPLOYER_RUN", "单位办托", "Employer-run")
    COMMUNITY = ("COMMUNITY", "社区托育", "Community nursery")
    KINDERGARTEN_CLASS = ("KINDERGARTEN_CLASS", "幼儿园托班", "Kindergarten class")
    HOME_BASED = ("HOME_BASED", "家庭托育点", "Home-based point")
    COMPREHENSIVE_CENTRE = ("COMPREHENSIVE_CENTRE", "托育综合服务中心", "Comprehensive centre")


class ServiceType(LabelledEnum):
    FULL_DAY = ("FULL_DAY", "全日托", "Full-day")
    HALF_DAY = ("HALF_DAY", "半日托", "Half-day")
    HOURLY = ("HOURLY", "计时托", "Hourly")
    TEMPORARY = ("TEMPORARY", "临时托", "Temporary")


class ClassType(LabelledEnum):
    INFANT = ("INFANT", "乳儿班", "Infant class")
    TODDLER_YOUNG = ("TODDLER_YOUNG", "托小班", "Younger toddler class")
    TODDLER_OLD = ("TODDLER_OLD", "托大班", "Older toddler class")
    MIXED = ("MIXED", "混合班", "Mixed class")


class PremisesType(LabelledEnum):
    OWNED = ("OWNED", "自有", "Owned")
    LEASED = ("LEASED", "租赁", "Leased")
    PROVIDED = ("PROVIDED", "无偿提供/公建民营", "Provided free")
    HOME = ("HOME", "住宅", "Dwelling")


class InstitutionStatus(LabelledEnum):
    INTAKE = ("INTAKE", "意向登记", "Intake")
    REGISTERED = ("REGISTERED", "已登记未备案", "Registered, not filed")
    FILING = ("FILING", "备案办理中", "Filing in progress")
    FILED = ("FILED", "已备案", "Filed")
    OPERATING = ("OPERATING", "正常运营", "Operating")
    UNDER_NOTICE = ("UNDER_NOTICE", "已通知说明情况", "Under notice")
    CHANGING = ("CHANGING", "变更备案中", "Change filing in progress")
    SUSPENDED = ("SUSPENDED", "停业整顿/暂停收托", "Suspended")
    CANCELLING = ("CANCELLING", "注销办理中", "Cancellation in progress")
    CANCELLED = ("CANCELLED", "已注销", "Cancelled")
    CLOSED_UNFILED = ("CLOSED_UNFILED", "未备案已关闭", "Closed before filing")


class DemonstrationLevel(LabelledEnum):
    NATIONAL = ("NATIONAL", "国家级", "National")
    PROVINCIAL = ("PROVINCIAL", "省级", "Provincial")
    MUNICIPAL = ("MUNICIPAL", "市级", "Municipal")
    COUNTY = ("COUNTY", "区县级", "County")


class IdType(LabelledEnum):
    RESIDENT_ID = ("RESIDENT_ID", "居民身份证", "Resident ID card")
    HK_MO_PERMIT = ("HK_MO_PERMIT", "港澳居民来往内地通行证", "Hong Kong/Macao permit")
    TW_PERMIT = ("TW_PERMIT", "台湾居民来往大陆通行证", "Taiwan permit")
    FOREIGN_PR = ("FOREIGN_PR", "外国人永久居留身份证", "Foreign permanent residence card")
    PASSPORT = ("PASSPORT", "护照", "Passport")
    OTHER = ("OTHER", "其他", "Other")

"""Fill unfinished English translations in a .ts file from the glossary below.

Run by resources/ui/build_forms.sh after lupdate. Translations already present (e.g. edited
in Qt Linguist) are kept. Lists any source text left untranslated; with --strict exits 1 then.
Usage: fill_en.py [--strict] workstation_en.ts

The window shell's English is below; each area's is in a glossary_*.py module beside this file.
The glossary is by source text, so a text gets the same English in every context.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import glossary_admin
import glossary_calendar
import glossary_desks
import glossary_filing_fees
import glossary_inbox
import glossary_inspections
import glossary_intake
import glossary_staff

SHELL: dict[str, str | tuple[str, str]] = {
    # The interface language's code (workstation/i18n/translation.py interface_language)
    "zh": "en",
    # Areas
    "首页": "Home",
    # 首页's 机构总数 card: what it counts (domain/counting.py), against the registry's 共 … 家 (every nursery)
    "已登记、尚未注销或关闭的托育机构（与托育服务统计汇总表一致）。不含意向登记、已注销和未备案已关闭的机构；机构登记列表列出全部机构，所以其“共 … 家”较多。":
        "Nurseries registered and not yet cancelled or closed (as in the childcare statistics summary). Intake "
        "records, cancelled nurseries and nurseries closed before filing are not counted; the registry lists every "
        "nursery, so its total is larger.",
    "机构登记": "Registration",
    "备案管理": "Filing",
    "监督检查": "Inspections",
    "收费公示": "Fees",
    "名册报表": "Registers",
    "系统设置": "Settings",
    # Main window
    "托育机构登记备案工作站": "Nursery Registration and Filing Workstation",
    "托育机构登记备案工作站 — {district}": "Nursery Registration and Filing Workstation — {district}",
    "功能导航": "Navigation",
    "数据库：{location}": "Database: {location}",
    "当前用户：{user}": "User: {user}",
    "“{area}”功能正在建设中，将在后续版本中提供。":
        "“{area}” is under construction and will come in a later version.",
    # Home page
    "辖区概况": "District overview",
    "{name}（行政区划代码 {code}），街道（乡镇）{streets} 个": (
        "{name} (division code {code}), {streets} street/township",
        "{name} (division code {code}), {streets} streets/townships"),
    "，常住人口 {population:,} 人": ", resident population {population:,}",
    "机构总数": "Nurseries",
    "已登记未备案": "Registered, not filed",
    "托位数": "Places",
    "普惠托位数": "Inclusive places",
    "在托人数": "Children enrolled",
    "千人口托位数": "Places per 1,000 residents",
    "各街道（乡镇）情况": "By street / township",
    "街道（乡镇）": "Street / township",
    "区划代码": "Division code",
    "机构数": "Nurseries",
    # First-run dialog
    "首次使用：设置辖区": "First run: set up the district",
    "欢迎使用托育机构登记备案工作站。请先填写本工作站服务的辖区（区县）信息。":
        "Welcome to the Nursery Registration and Filing Workstation. "
        "First enter the district (county) this workstation serves.",
    "行政区划代码(&D)：": "&Division code:",
    "6位区县代码，例如 500107": "6-digit county code, e.g. 500107",
    "辖区名称(&N)：": "District &name:",
    "例如 九龙坡区": "e.g. 九龙坡区",
    "常住人口(&P)：": "Resident &population:",
    "人；可不填，用于计算千人口托位数": "Persons; optional, used for places per 1,000 residents",
    "街道（乡镇）列表": "Streets / townships",
    "代码（9位）": "Code (9 digits)",
    "名称": "Name",
    "添加街道（乡镇）(&A)": "&Add street / township",
    "删除所选(&R)": "&Remove selected",
    "由行政审批局办理登记的机构性质": "Legal natures registered by the administrative approval bureau",
    "勾选的机构性质改由行政审批局登记；未勾选的按默认部门登记（社会服务机构在民政部门，企业在市场监管部门）。":
        "Ticked natures register with the administrative approval bureau; the others with the default "
        "organ (social-service organisations with civil affairs, enterprises with market regulation).",
    "创建辖区": "Create district",
    "取消": "Cancel",
    "常住人口应填写整数（人），也可不填。": "Resident population must be a whole number of persons, or left empty.",
    # Start-up and crash dialogs
    "无法打开数据库": "Cannot open the database",
    "{message}\n\n数据库：{path}\n\n程序将退出，数据库文件未作任何改动。":
        "{message}\n\nDatabase: {path}\n\nThe program will exit; the database file was not changed.",
    "{message}\n\n数据库：{path}\n\n程序将退出，数据库未作任何改动。":
        "{message}\n\nDatabase: {path}\n\nThe program will exit; the database was not changed.",
    "程序错误": "Program error",
    "发生了意外错误，刚才的操作可能没有完成。\n\n错误：{error}\n\n详细信息已记录在日志文件：\n{log}":
        "An unexpected error occurred; the last action may not have completed.\n\n"
        "Error: {error}\n\nDetails were written to the log file:\n{log}",
}


def merged(*parts: dict[str, str]) -> dict[str, str]:
    """One glossary from several; a source text given two different translations is an error."""
    glossary: dict[str, str] = {}
    for part in parts:
        for source, english in part.items():
            if glossary.setdefault(source, english) != english:
                raise ValueError(f"conflicting translations of {source!r}: {glossary[source]!r} / {english!r}")
    return glossary


GLOSSARY = merged(SHELL, glossary_intake.GLOSSARY, glossary_filing_fees.GLOSSARY,
                  glossary_inspections.GLOSSARY, glossary_admin.GLOSSARY, glossary_calendar.GLOSSARY,
                  glossary_inbox.GLOSSARY, glossary_staff.GLOSSARY, glossary_desks.GLOSSARY)


def fill(ts_path: Path) -> list[str]:
    """Fill the file in place; return the source texts still untranslated."""
    tree = ET.parse(ts_path)
    missing, changed = [], False
    for message in tree.getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        english = GLOSSARY.get(source)
        if english is None or (message.get("numerus") == "yes") != isinstance(english, tuple):
            missing.append(source)  # a counted text (tr with n) needs its (one, many) forms, and only it
            continue
        if isinstance(english, tuple):
            for form in list(translation):
                translation.remove(form)
            translation.text = None
            for text in english:
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = english
        del translation.attrib["type"]
        changed = True
    if changed:
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts_path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")
    return missing


def main(argv: list[str]) -> int:
    strict = "--strict" in argv
    paths = [a for a in argv[1:] if a != "--strict"]
    missing = fill(Path(paths[0]))
    for source in dict.fromkeys(missing):
        print(f"untranslated: {source!r}", file=sys.stderr)
    return 1 if strict and missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

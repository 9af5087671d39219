"""`workstation import …` and `workstation export …`: the push files received into the inbox (and staff
lists), and the registers written to .xlsx or .pdf. The signed-in database, the output check and the
progress line come from cli.py, as for the other command modules."""

from __future__ import annotations

import argparse
from pathlib import Path

from workstation import cli_staff

EXIT_OK = 0


def add_import_parser(sub: argparse._SubParsersAction) -> None:
    kinds = sub.add_parser("import", help="导入数据文件").add_subparsers(
        dest="import_kind", metavar="KIND", required=True)
    reg = kinds.add_parser("registrations", help="接收登记机关推送的登记信息（.xlsx、.xls 或 .csv）到推送收件箱",
                           epilog=_registrations_exit_help())
    reg.add_argument("file", metavar="FILE", help="推送文件（.xlsx、.xls 或 .csv）")
    reg.add_argument("--organ", default="市场监管", metavar="ORGAN",
                     help="推送机关：编办、民政、市场监管或行政审批局（默认：市场监管）")
    reg.add_argument("--level", default="区县", choices=("区县", "市级"), help="推送机关层级（默认：区县）")
    reg.add_argument("--dry-run", action="store_true", help="只比对并按类别报告，不接收、不写入数据库")
    reg.add_argument("--accept-valid", action="store_true",
                     help="接收后批量接受无问题的行（新机构和与登记一致的行）；其余行留在推送收件箱待经办人处理")
    reg.add_argument("--report", metavar="OUT.xlsx", help="把无效的行连同原因另存为 .xlsx")
    cli_staff.add_parser(kinds)


def _registrations_exit_help() -> str:
    from workstation.cli_inbox import EXIT_HELP

    return EXIT_HELP


def add_export_parser(sub: argparse._SubParsersAction, iso_date) -> None:
    from workstation.exports.common.names import FORMATS, REGISTER_NAMES

    export = sub.add_parser("export", help="导出名册报表（.xlsx 或 .pdf）")
    export.add_argument("register", choices=REGISTER_NAMES, metavar="REGISTER",
                        help=f"名册报表：{'、'.join(REGISTER_NAMES)}")
    export.add_argument("--format", choices=FORMATS, help="导出格式（默认按 --out 的扩展名）")
    export.add_argument("--out", required=True, metavar="FILE", help="导出文件")
    export.add_argument("--street", metavar="CODE", help="只含此代码的街道（乡镇）")
    export.add_argument("--status", metavar="S", help="只含此状态（代码或中文名称）")
    export.add_argument("--legal-nature", metavar="N", help="只含此机构性质（代码或中文名称）")
    export.add_argument("--inclusive", choices=("yes", "no"), help="只含普惠（yes）或非普惠（no）机构")
    export.add_argument("--from", dest="date_from", type=iso_date, metavar="DATE", help="起始日期 YYYY-MM-DD")
    export.add_argument("--to", dest="date_to", type=iso_date, metavar="DATE", help="截止日期 YYYY-MM-DD")
    export.add_argument("--full-personal-data", action="store_true", help="证件号码、手机号码不脱敏（需相应权限）")
    export.add_argument("--reviewer", default="", metavar="NAME", help="审核人")
    export.add_argument("--unit", metavar="NAME", help="填报单位（默认：本区卫生健康委员会）")
    export.add_argument("--target", type=float, metavar="X", help="每千人口托位数目标（默认 4.5）")


def import_command(args: argparse.Namespace, signed_in, refuse_output, progress) -> int:
    """The push file becomes a batch of the registration inbox (推送收件箱); nothing reaches the
    registry without a decision, except the clean rows --accept-valid accepts."""
    from workstation.cli_inbox import receive_registrations

    if args.import_kind == "staff":
        return cli_staff.run(args, signed_in)
    if args.report:  # refused before the file is received, which would otherwise happen without its report
        refuse_output(args, args.report, inputs=[args.file])
    return receive_registrations(args, signed_in, progress)


def export_command(args: argparse.Namespace, signed_in, refuse_output, progress) -> int:
    from workstation.exports import export_register
    from workstation.services.registers import RegistersService

    spec, filters = _export_request(args)
    refuse_output(args, args.out)
    fmt = args.format or Path(args.out).suffix.lower().lstrip(".")
    options = {} if args.target is None else {"target_per_thousand": args.target}
    with signed_in(args) as (db, actor):
        outcome = RegistersService(db.factory, actor, export_register).export(
            spec.key, fmt, args.out, filters, full_personal_data=args.full_personal_data, reviewer=args.reviewer,
            unit=args.unit, progress=progress("导出"), **options)
    masking = "个人信息已脱敏" if outcome.masked else "含完整个人信息，注意保密"
    print(f"已导出{spec.title}：{outcome.path}（{outcome.rows} 行，{masking}）。")
    return EXIT_OK


def _export_request(args: argparse.Namespace):  # -> (RegisterSpec, RegisterFilters)
    from workstation.domain.enums import LegalNature
    from workstation.domain.errors import ValidationError
    from workstation.exports import RegisterFilters, find_spec

    spec = find_spec(args.register)
    status = nature = None
    if args.status is not None:
        status = spec.status_enum.from_label(args.status) if spec.status_enum else None
        if status is None:
            choices = "、".join(m.zh for m in spec.status_enum or ())
            raise ValidationError(f"没有“{args.status}”这一{spec.status_label}，可选：{choices}。", "status")
    if args.legal_nature is not None:
        nature = LegalNature.from_label(args.legal_nature)
        if nature is None:
            choices = "、".join(m.zh for m in LegalNature)
            raise ValidationError(f"没有“{args.legal_nature}”这一机构性质，可选：{choices}。", "legal_nature")
    inclusive = None if args.inclusive is None else args.inclusive == "yes"
    return spec, RegisterFilters(args.street, nature, status, inclusive, args.date_from, args.date_to)

"""The command line's encryption commands: `encrypt-database` (a plain district sealed after a backup) and
`recover` (the recovery secret gives an administrator a new password)."""

from __future__ import annotations

import argparse

from workstation import cli_identity

EXIT_OK = 0


def add_parsers(sub: argparse._SubParsersAction) -> None:
    sub.add_parser("recover", help="所有密码都遗失时：用辖区恢复口令为 --user 指定的系统管理员重设密码"
                                   "（加 --password-stdin 时标准输入第一行为恢复口令，第二行为新密码）")
    sub.add_parser("encrypt-database", help="加密未加密的数据库（系统管理员；先备份；需设置辖区恢复口令，"
                                            "加 --password-stdin 时为标准输入第二行）")


def recover(args: argparse.Namespace, db_path: str) -> int:
    """The district's recovery secret gives an administrator a new password (every password lost)."""
    from workstation.services.accounts import recover_administrator

    cli_identity.existing_database(db_path)
    if not cli_identity.is_encrypted(db_path):
        raise cli_identity.SignInRequired("数据库未加密，没有辖区恢复口令；请由其他系统管理员重设密码。")
    if not args.user:
        raise cli_identity.SignInRequired("请用 --user 给出要重设密码的系统管理员用户名。")
    secret, password = cli_identity.read_recovery_and_new_password(args)
    recover_administrator(db_path, secret, args.user, password)
    print(f"已用辖区恢复口令为系统管理员 {args.user} 重设密码；现在可以用 --user {args.user} 登录。")
    return EXIT_OK


def restore_with_recovery(args: argparse.Namespace, db_path: str, progress: object) -> int:
    """`restore FILE --recovery --user ADMIN`: an encrypted district's backup onto a computer without
    its keyring; the recovery secret opens it and `--user` (an administrator in the backup) gets a new password."""
    from workstation.services.accounts import check_new_password, recover_administrator
    from workstation.services.backup import restore_with_recovery as restore

    if not args.user:
        raise cli_identity.SignInRequired("请用 --user 给出备份中一个系统管理员的用户名（恢复后为其设置新密码）。")
    secret, password = cli_identity.read_recovery_and_new_password(args)
    check_new_password(password, args.user)  # before anything is written
    if password == secret:
        from workstation.domain.errors import ValidationError

        raise ValidationError("新密码不能与辖区恢复口令相同；未作任何改动。", "password")
    result = restore(args.file, db_path, secret, progress=progress)  # type: ignore[arg-type]
    print(f"已用辖区恢复口令从备份恢复：{result.database}（备份时间 {_local_time(result.manifest.created_at)}）。")
    recover_administrator(str(result.database), secret, args.user, password)
    print(f"已为系统管理员 {args.user} 设置新密码；其他启用的账号用各自原来的密码登录"
          "（忘记密码的由管理员在“系统设置 → 用户管理”中重设）。")
    return EXIT_OK


def encrypt(args: argparse.Namespace, db_path: str) -> int:
    """An existing plain database encrypted at the administrator's request (a backup first)."""
    from workstation.db.session import open_database
    from workstation.services.backup import encrypt_database

    cli_identity.existing_database(db_path)
    if cli_identity.is_encrypted(db_path):
        print(f"数据库“{db_path}”已经加密，无需再加密。")
        return EXIT_OK
    password = cli_identity.read_password(args)
    db = open_database(db_path)
    try:
        actor = cli_identity.sign_in(args, db, password)
    finally:
        db.close()
    recovery = cli_identity.read_recovery_secret(args, password)
    result = encrypt_database(db_path, actor, password, recovery)
    print(f"加密前已备份到：{result.backup.path}")
    print(f"数据库已加密（{result.rows} 行，账号 {result.accounts} 个）。其他账号下次登录时以各自密码解锁。")
    print("请把辖区恢复口令抄写在纸上，密封后存放在单位保险柜；加密前的备份未加密，请妥善保管或在确认无误后删除。")
    return EXIT_OK


def _local_time(iso: str) -> str:
    """A manifest's ISO time as local "YYYY-MM-DD HH:MM", as the restore wizard shows it (as written
    when unreadable)."""
    import datetime as dt

    try:
        return dt.datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso

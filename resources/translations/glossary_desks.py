"""English for several desks on one database: saves refused because another desk saved first, server migration.

Merged into fill_en.GLOSSARY.
"""

GLOSSARY: dict[str, str] = {
    # A stale save names who saved meanwhile and when (services/common/conflicts.py)
    "该机构记录已被 {who} 于 {when} 修改，请重新打开后再改；您的修改尚未保存。":
        "This nursery record was changed by {who} on {when}. Reopen it before changing it; your changes were not saved.",
    "该备案申请已被 {who} 于 {when} 修改（现为“{state}”），请重新打开后再办理；本次操作未保存。":
        "This filing application was changed by {who} on {when} (now “{state}”). Reopen it before acting on it; "
        "nothing was saved.",
    "该检查记录已被 {who} 于 {when} 修改（现为“{state}”），请重新打开后再办理；本次操作未保存。":
        "This inspection was changed by {who} on {when} (now “{state}”). Reopen it before acting on it; "
        "nothing was saved.",
    "该记录已被其他用户删除；本次操作未保存。": "This record was deleted by another user; nothing was saved.",
    "{month}月{day}日 {clock}": "{month}/{day} at {clock}",
    # A server database behind the program: only the administrator migrates it (db/server_schema.py)
    "服务器数据库需要升级，请系统管理员用自己的账号运行 workstation migrate --db {url} --user 用户名":
        "The server database needs an upgrade: ask a system administrator to run workstation migrate --db {url} "
        "--user USERNAME with their own account",
    "服务器数据库是空的，请管理员运行 workstation migrate --db {url} 建立数据结构（或用 migrate-to-postgres 迁入本机数据库）。":
        "The server database is empty: ask the administrator to run workstation migrate --db {url} to create its "
        "tables (or to move a local database into it with migrate-to-postgres).",
}

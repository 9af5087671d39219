"""Starting the window (no command) reads only the program's own options: the commands' parsers, and
what their help texts import, are built only when a command, --help or an unknown option is given."""

from __future__ import annotations

import re

import pytest

from workstation import cli

WINDOW_STARTS = ([], ["--db", "x.db"], ["--db", "x.db", "--quit-after-show", "--login-stdin"],
                 ["--lang", "en", "--screenshot", "a.png"], ["--user", "anna", "--password-stdin"], ["--db=export"])


@pytest.fixture
def parsed(monkeypatch):
    """Run the command line with a window that only records its arguments; count the parsers built."""
    seen: dict[str, object] = {"parsers": 0}
    real_init = cli._Parser.__init__

    def counting_init(self, *args, **kwargs) -> None:
        seen["parsers"] += 1  # type: ignore[operator]
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(cli._Parser, "__init__", counting_init)
    monkeypatch.setitem(cli.COMMANDS, "gui", lambda args: seen.setdefault("args", args) and 0)
    return seen


@pytest.mark.parametrize("argv", WINDOW_STARTS)
def test_the_window_start_builds_no_parser_of_a_command_and_reads_the_same_options(parsed, argv):
    assert cli.run(list(argv)) == 0
    assert parsed["parsers"] == 1  # the program's own options; before: one parser per command and verb
    assert parsed["args"] == cli.build_parser().parse_args(argv)


def test_a_command_help_or_a_bad_option_is_read_by_the_full_parser(capsys):
    assert cli.parse_arguments(["--db", "x.db", "check"]).command == "check"
    with pytest.raises(SystemExit) as stopped:
        cli.run(["--help"])
    assert stopped.value.code == 0 and "export" in capsys.readouterr().out  # the commands are listed
    for argv in (["--lang", "fr"], ["--db", "x.db", "--no-such-option"], ["--db", "x.db", "no-such-command"]):
        with pytest.raises(SystemExit) as stopped:
            cli.run(argv)
        error = capsys.readouterr().err
        assert stopped.value.code == cli.EXIT_ERROR and "COMMAND" in error and "参数错误" in error


@pytest.mark.parametrize("argv, expected", [
    (["inspections", "verify-draw"], "缺少必需的参数：--id"),
    (["export", "--format", "doc", "nurseries", "--out", "x.xlsx"], "参数 --format：无效的取值 'doc'"),
    (["--db", "x.db", "check", "--no-such-option"], "无法识别的参数：--no-such-option"),
    (["export", "nurseries", "--out"], "参数 --out：缺少取值"),
])
def test_argument_errors_are_in_chinese(capsys, argv, expected):
    with pytest.raises(SystemExit) as stopped:
        cli.run(argv)
    error = capsys.readouterr().err
    assert stopped.value.code == cli.EXIT_ERROR and expected in error and error.startswith("用法：")
    assert not re.search(r"required|invalid choice|unrecognized|expected|usage", error)


def test_help_headings_are_in_chinese(capsys):
    with pytest.raises(SystemExit):
        cli.run(["export", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("用法：workstation export") and "显示本帮助并退出" in out and "选项" in out
    assert "show this help" not in out and "options:" not in out


def test_the_top_level_help_is_in_chinese_too(capsys):
    with pytest.raises(SystemExit):
        cli.run(["--help"])
    out = capsys.readouterr().out
    assert "显示程序版本号并退出" in out and "show program" not in out and "show this help" not in out

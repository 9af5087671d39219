"""Starting the window (no command) reads only the program's own options: the commands' parsers, and
what their help texts import, are built only when a command, --help or an unknown option is given."""

from __future__ import annotations

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

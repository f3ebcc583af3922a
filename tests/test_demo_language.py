"""A demo sandbox asked for in another language than it was built in: what was
logged in it live is kept, and every screen of it says which language it speaks."""

from recovery_cli.demo.sandbox import sandbox_path


def _kim_goal_one(cli) -> str:
    return cli("--demo", "kim", "goal", "show", "1", "--all").out


def test_another_language_keeps_a_sandbox_with_a_live_position(cli):
    assert cli("demo", "--person", "kim").code == 0
    assert cli("--demo", "kim", "log", "1", "8", "--note", "LIVE").code == 0
    done = cli("--lang", "da", "demo", "--person", "kim")
    assert done.code == 0, done
    assert "er på engelsk" in done.err and "bygget op igen" not in done.err
    assert "recovery --lang da demo --person kim --reset" in done.err
    assert "LIVE" in _kim_goal_one(cli)  # nothing logged was thrown away


def test_english_keeps_a_danish_sandbox_with_a_live_position(cli):
    assert cli("--lang", "da", "demo", "--person", "kim").code == 0
    assert cli("--demo", "kim", "log", "1", "8", "--note", "LIVE").code == 0
    done = cli("--lang", "en", "demo", "--person", "kim")
    assert done.code == 0, done
    assert "speaks Danish" in done.err and "kept as it is" in done.err
    assert "recovery --lang en demo --person kim --reset" in done.err
    assert "LIVE" in _kim_goal_one(cli)
    # the command it gives builds it again in English
    assert cli("--lang", "en", "demo", "--person", "kim", "--reset").code == 0
    assert "LIVE" not in _kim_goal_one(cli)


def test_an_unchanged_sandbox_is_built_again_and_says_so(cli):
    assert cli("demo", "--person", "anna").code == 0
    assert cli("--demo", "anna", "status").code == 0  # looking changes nothing
    done = cli("--lang", "da", "demo", "--person", "anna")
    assert done.code == 0, done
    assert "Der var ikke ændret noget" in done.err and "bygget op igen på dansk" in done.err
    back = cli("--lang", "en", "demo", "--person", "anna")
    assert "Nothing had changed" in back.err and "built again in English" in back.err
    assert sandbox_path("anna").exists()


def test_a_sandbox_in_another_language_says_so_once_on_its_screens(cli):
    assert cli("demo", "--person", "henrik").code == 0
    done = cli("--lang", "da", "--demo", "henrik", "status")
    assert done.code == 0, done
    assert done.err.count("blev bygget på engelsk") == 1
    assert "recovery --lang da demo --person henrik --reset" in done.err
    assert "blev bygget" not in cli("--demo", "henrik", "status").err  # its own language
    assert "was built" not in cli("--lang", "en", "--demo", "henrik", "status").err
    assert cli("--lang", "da", "demo", "--person", "henrik").code == 0
    english = cli("--lang", "en", "--demo", "henrik", "status")
    assert english.err.count("was built in Danish") == 1
    assert "recovery --lang en demo --person henrik --reset" in english.err

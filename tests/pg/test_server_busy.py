"""A team server with no room for another connection says so, rather than 'cannot be reached'."""

from __future__ import annotations

from contextlib import closing

import pytest

from lifebook.services import children
from lifebook.services.errors import ServerUnreachable
from lifebook.store.db import Library
from tests.pg_server import Team


def test_a_full_server_is_busy_not_gone_and_nothing_is_changed(team: Team) -> None:
    team.server.psql(team.owner, "ALTER ROLE jo CONNECTION LIMIT 1")
    # Jo's one connection in use, then a second one is refused
    with closing(Library.open_server(team.jo)) as jo, jo.engine.connect(), \
            pytest.raises(ServerUnreachable) as caught, jo.engine.connect():
        pass
    message = str(caught.value)
    assert "has no room for another connection just now" in message
    assert "cannot be reached" not in message and "jo-secret" not in message
    team.server.psql(team.owner, "ALTER ROLE jo CONNECTION LIMIT -1")
    with closing(Library.open_server(team.jo)) as jo:
        assert children.list_children(jo) == []  # nothing was changed, and Jo connects again

"""The team-server tests. Their fixtures (``pg_server``, ``pg_url``, ``team``) live in
tests/conftest.py, because the service tests marked ``both_backends`` use them too."""

"""The People tab of a child's page: who is who, their consents, and tags in photos."""

"""``kiosk --self-check``: can this terminal serve shoppers? One line per check, exit 0 or 1.

For field engineers after an installation and for CI on the bundle. Production checks run
against the configured central: config valid, central reachable and the terminal token
accepted, TLS valid, scanner present, free disk for the logs, the activation outbox (read as
the kiosk's user, changing nothing), clock skew. ``--demo`` runs the
same against the embedded demo central and adds a demo card scan through the real client, so
the bundle proves it has everything it needs (resources, translations, the demo service).

Each check says OK, WARN (works, but someone should look) or FAIL (shoppers would be let down),
plus SKIP when a failed check makes a later one meaningless. Any FAIL makes the exit status 1.
Nothing here needs a display: translations are loaded with QtCore only.

The checks are in :mod:`kiosk.selfcheck.checks`, the report they make in
:mod:`kiosk.selfcheck.report`, and running them all (and the command line) in
:mod:`kiosk.selfcheck.run`.
"""

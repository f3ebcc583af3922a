"""Put on PYTHONPATH by the privacy test: any attempt to use the network raises."""

import socket


class _NoNetwork(OSError):
    pass


def _refuse(*args, **kwargs):
    raise _NoNetwork("network use is not allowed in recovery-journal")


socket.socket = _refuse  # type: ignore[assignment, misc]
socket.create_connection = _refuse  # type: ignore[assignment]
socket.getaddrinfo = _refuse  # type: ignore[assignment]
socket.socketpair = _refuse  # type: ignore[assignment]

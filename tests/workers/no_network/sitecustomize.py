"""Put on PYTHONPATH by the privacy test: any attempt to use the network raises."""

import socket


class _NoNetwork(OSError):
    pass


def _refuse(*args, **kwargs):
    raise _NoNetwork("network use is not allowed in recovery-journal")


class _NoSocket(socket.socket):
    """Still a class, so modules that subclass socket (ssl, imported by asyncio,
    which some dependencies import) load; making one is what is refused."""

    def __init__(self, *args, **kwargs):
        _refuse()


socket.socket = _NoSocket  # type: ignore[misc]
socket.create_connection = _refuse  # type: ignore[assignment]
socket.getaddrinfo = _refuse  # type: ignore[assignment]
socket.socketpair = _refuse  # type: ignore[assignment]

"""Run the terms-assistant CLI with every non-loopback connection refused and recorded.

Used by test_offline.py as `python -m tests.no_network LOGFILE ARGS...`. Each attempt to
reach another host (a DNS lookup or a connect) is appended to LOGFILE and fails, so
the test can prove that nothing even tried to leave the machine.
"""

from __future__ import annotations

import ipaddress
import socket
import sys

LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", ""}


def _is_local(host: object) -> bool:
    if host is None:
        return True
    name = host.decode() if isinstance(host, bytes) else str(host)
    if name in LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(name.split("%")[0]).is_loopback
    except ValueError:
        return False


def install(log_path: str) -> None:
    def record(what: str) -> None:
        with open(log_path, "a", encoding="utf-8") as log:
            log.write(what + "\n")

    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def guarded_connect(self: socket.socket, address: object) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_local(address[0]):  # type: ignore[index]
            record(f"connect {address}")
            raise OSError(f"network access blocked in test: {address}")
        return real_connect(self, address)

    def guarded_connect_ex(self: socket.socket, address: object) -> int:
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_local(address[0]):  # type: ignore[index]
            record(f"connect_ex {address}")
            return 111
        return real_connect_ex(self, address)

    def guarded_getaddrinfo(host: object, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if not _is_local(host):
            record(f"getaddrinfo {host}")
            raise socket.gaierror(f"name resolution blocked in test: {host}")
        return real_getaddrinfo(host, *args, **kwargs)

    socket.socket.connect = guarded_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = guarded_connect_ex  # type: ignore[method-assign]
    socket.getaddrinfo = guarded_getaddrinfo


if __name__ == "__main__":
    install(sys.argv[1])
    from assistant.cli import cli

    cli(args=sys.argv[2:], prog_name="terms-assistant")

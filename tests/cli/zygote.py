"""The command line's tests run `python -m ngo_calendar` in a real process, forked from an
interpreter that has already imported the program (a zygote), instead of starting Python anew
each time: the tests make some four hundred runs, and importing SQLAlchemy, Alembic and the
program is most of each one's time.

What the tests see is what a person's shell sees: a separate process with its own arguments,
environment, working folder, standard streams and exit status; files written for real. Only
the imports are done already, so what the program does when it starts (which modules a command
loads, how long it takes, a module replaced before it starts) is tested with fresh interpreters
elsewhere (test_startup.py, test_cli_defects.py, test_concurrency.py, tests/test_readme.py).
`NGO_TESTS_FRESH_PROCESSES=1` runs every command in a fresh interpreter instead; so do commands
that need something done in the child before Python starts (`Cli.preexec`), and systems
without fork and Unix sockets.

Protocol: the client connects to the zygote's Unix socket and sends one JSON request (args,
environment, folder) with three descriptors (stdin, stdout, stderr). The zygote forks a waiter
for it and goes back to listening; the waiter forks the command, sends its pid, waits for it
and sends its exit status (negative: the signal that killed it), as subprocess would.
"""

from __future__ import annotations

import atexit
import contextlib
import io
import json
import os
import runpy
import selectors
import signal
import socket
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path

# What `python -m ngo_calendar` imports for the commands the tests run (warm in the zygote).
WARM = (
    "ngo_calendar.app",
    "ngo_calendar.cli.parser",
    "ngo_calendar.cli.commands",
    "ngo_calendar.cli.crisis",
    "ngo_calendar.cli.exporting",
    "ngo_calendar.cli.lists",
    "ngo_calendar.cli.review",
    "ngo_calendar.core.calendar.query",
    "ngo_calendar.core.items.edit",
    "ngo_calendar.core.items.occurrences",
    "ngo_calendar.core.write.undo",
    "ngo_calendar.core.review.decide",
    "ngo_calendar.core.crisis.apply",
    "ngo_calendar.core.ics.importer",
    "ngo_calendar.core.ics.export",
    "ngo_calendar.store.database",
    "alembic.command",
    "sqlalchemy.orm",
)
FRESH = "NGO_TESTS_FRESH_PROCESSES"


# -- the zygote's side ---------------------------------------------------------------------------


def serve(path: str) -> None:
    """Import the program, then fork a waiter for every request, until killed."""
    import importlib

    for name in WARM:
        importlib.import_module(name)
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # waiters are reaped by the system
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen(64)
    server.settimeout(5)
    parent = os.getppid()
    print("ready", flush=True)
    while True:
        try:
            conn, _ = server.accept()
        except TimeoutError:
            if os.getppid() != parent:  # the test process is gone: so is the zygote
                os._exit(0)
            continue
        conn.setblocking(True)
        if os.fork() == 0:
            server.close()
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            _wait_for_command(conn)
        conn.close()


def _receive(conn: socket.socket) -> tuple[dict, list[int]]:
    data, fds, _flags, _addr = socket.recv_fds(conn, 1 << 16, 3)
    size = int.from_bytes(data[:8], "big")
    data = data[8:]
    while len(data) < size:
        more = conn.recv(1 << 16)
        if not more:
            raise EOFError("request cut short")
        data += more
    return json.loads(data.decode("utf-8")), fds


def _wait_for_command(conn: socket.socket) -> None:
    try:
        request, fds = _receive(conn)
        child = os.fork()
        if child == 0:
            conn.close()
            _run_command(request, fds)
        for fd in fds:
            os.close(fd)
        conn.sendall(f"{child}\n".encode())
        _pid, status = os.waitpid(child, 0)
        conn.sendall(f"{os.waitstatus_to_exitcode(status)}\n".encode())
    finally:
        os._exit(0)


def _stream(fd: int, mode: str, encoding: str, errors: str, line: bool) -> io.TextIOWrapper:
    raw = io.FileIO(fd, mode, closefd=False)
    buffered = io.BufferedReader(raw) if mode == "r" else io.BufferedWriter(raw)
    return io.TextIOWrapper(buffered, encoding=encoding, errors=errors, line_buffering=line)


def _run_command(request: dict, fds: list[int]) -> None:
    """The command's process: its streams, folder, environment and arguments, then the
    program as `python -m ngo_calendar` runs it; exits as Python would."""
    for target, fd in enumerate(fds):
        os.dup2(fd, target)
        os.close(fd)
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    encoding = os.environ.get("PYTHONIOENCODING", "").split(":")[0] or "utf-8"
    sys.stdin = sys.__stdin__ = _stream(0, "r", encoding, "strict", False)
    sys.stdout = sys.__stdout__ = _stream(1, "w", encoding, "strict", False)
    sys.stderr = sys.__stderr__ = _stream(2, "w", encoding, "backslashreplace", True)
    sys.argv = ["-m", *request["args"]]
    code: int = 0
    try:
        runpy.run_module("ngo_calendar", run_name="__main__", alter_sys=True)
    except SystemExit as exc:
        if exc.code is None:
            code = 0
        elif isinstance(exc.code, int):
            code = exc.code
        else:
            print(exc.code, file=sys.stderr)
            code = 1
    except BaseException:  # noqa: BLE001 - as the interpreter does: the traceback, status 1
        traceback.print_exc()
        code = 1
    try:
        atexit._run_exitfuncs()
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
    except BrokenPipeError:
        pass
    os._exit(code)


# -- the tests' side -----------------------------------------------------------------------------


class Zygote:
    """One per test process, started at its first command and ended with it."""

    _instance: Zygote | None = None

    def __init__(self, env: dict[str, str]) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="ngo-zygote-"))
        self.path = str(self.folder / "socket")
        code = f"from tests.cli.zygote import serve; serve({self.path!r})"
        self.proc = subprocess.Popen(
            [sys.executable, "-c", code],
            stdout=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            env=env,
            cwd=self.folder,
            text=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().strip()
        assert line == "ready", f"the command-line zygote did not start: {line!r}"
        atexit.register(self.stop)

    @classmethod
    def usable(cls) -> bool:
        return (
            os.environ.get(FRESH, "") in ("", "0")
            and hasattr(os, "fork")
            and hasattr(socket, "send_fds")
        )

    @classmethod
    def get(cls, env: dict[str, str]) -> Zygote:
        if cls._instance is None or cls._instance.proc.poll() is not None:
            cls._instance = Zygote(env)
        return cls._instance

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        for name in os.listdir(self.folder):
            os.unlink(self.folder / name)
        os.rmdir(self.folder)

    def run(
        self, args: list[str], env: dict[str, str], cwd: Path, timeout: float
    ) -> subprocess.CompletedProcess[str]:
        """Like subprocess.run([python, -m, ngo_calendar, *args], capture_output=True)."""
        conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        conn.connect(self.path)
        out_r, out_w = os.pipe()
        err_r, err_w = os.pipe()
        null = os.open(os.devnull, os.O_RDONLY)
        payload = json.dumps({"args": args, "env": env, "cwd": str(cwd)}).encode("utf-8")
        try:
            message = len(payload).to_bytes(8, "big") + payload
            socket.send_fds(conn, [message[: 1 << 16]], [null, out_w, err_w])
            if len(message) > 1 << 16:
                conn.sendall(message[1 << 16 :])
        finally:
            for fd in (null, out_w, err_w):
                os.close(fd)
        with conn:
            reader = conn.makefile("r", encoding="ascii")
            started = reader.readline().strip()
            if not started.isdigit():
                os.close(out_r)
                os.close(err_r)
                raise RuntimeError(f"the zygote did not start the command: {started!r}")
            try:
                out, err = _read_both(out_r, err_r, timeout)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(int(started), signal.SIGKILL)
                raise
            status = reader.readline().strip()
        if not status.lstrip("-").isdigit():
            raise RuntimeError(f"the zygote's waiter ended without a status: {status!r}")
        return subprocess.CompletedProcess(
            args, int(status), out.decode("utf-8"), err.decode("utf-8")
        )


def _read_both(out_fd: int, err_fd: int, timeout: float) -> tuple[bytes, bytes]:
    """Everything written on both pipes until both are closed (as communicate() reads)."""
    chunks: dict[int, list[bytes]] = {out_fd: [], err_fd: []}
    selector = selectors.DefaultSelector()
    for fd in chunks:
        selector.register(fd, selectors.EVENT_READ)
    import time

    deadline = time.monotonic() + timeout
    try:
        while selector.get_map():
            left = deadline - time.monotonic()
            if left <= 0:
                raise subprocess.TimeoutExpired("ngo_calendar", timeout)
            for key, _ in selector.select(left):
                data = os.read(key.fd, 1 << 16)
                if data:
                    chunks[key.fd].append(data)
                else:
                    selector.unregister(key.fd)
    finally:
        selector.close()
        os.close(out_fd)
        os.close(err_fd)
    return b"".join(chunks[out_fd]), b"".join(chunks[err_fd])

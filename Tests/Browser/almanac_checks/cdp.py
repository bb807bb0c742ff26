"""A minimal Chrome DevTools Protocol client over `--remote-debugging-pipe`.

The pipe needs no port, no websocket library and no network, and lets one headless browser serve several tabs
from several threads: each tab is a flattened session, and a reader thread routes every reply to its caller.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import queue
import shutil
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from typing import Any


#: Events that say the page is about to navigate or has begun to.
_NAVIGATION_STARTS = ("Page.frameScheduledNavigation", "Page.frameRequestedNavigation", "Page.frameStartedLoading")

#: A meta refresh that fires within this many seconds is followed; a slower one is left alone.
_FOLLOWED_REFRESH_DELAY = 3


class ProtocolError(RuntimeError):
    """The browser answered a command with an error, or went away."""


@dataclass
class _Pending:
    done: threading.Event = field(default_factory=threading.Event)
    reply: dict[str, Any] | None = None


class Browser:
    """One headless Chromium process driven through the DevTools pipe (file descriptors 3 and 4)."""

    def __init__(self, executable: str) -> None:
        self._profile = tempfile.mkdtemp(prefix="almanac-chromium-")
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()
        args = [
            executable,
            "--headless",
            "--no-sandbox",
            "--remote-debugging-pipe",
            f"--user-data-dir={self._profile}",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-gpu",
            "--disable-extensions",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--mute-audio",
            "--hide-scrollbars",
            "--font-render-hinting=none",
            "--disable-dev-shm-usage",
        ]

        def map_pipes() -> None:
            # Move both ends above 4 first, so that placing one cannot overwrite the other.
            reading = fcntl.fcntl(to_browser_read, fcntl.F_DUPFD, 10)
            writing = fcntl.fcntl(from_browser_write, fcntl.F_DUPFD, 10)
            os.dup2(reading, 3)
            os.dup2(writing, 4)

        self._process = subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=map_pipes,
            close_fds=False,
        )
        os.close(to_browser_read)
        os.close(from_browser_write)
        self._next_id = 0
        self._lock = threading.Lock()
        self._pending: dict[int, _Pending] = {}
        self._events: dict[str, queue.Queue[dict[str, Any]]] = {}
        self._closed = False
        self._reader = threading.Thread(target=self._read_loop, daemon=True)
        self._reader.start()

    # Transport

    def _read_loop(self) -> None:
        buffer = b""
        while True:
            try:
                chunk = os.read(self._from_browser, 1 << 16)
            except OSError:
                chunk = b""
            if not chunk:
                break
            buffer += chunk
            while b"\0" in buffer:
                raw, buffer = buffer.split(b"\0", 1)
                self._dispatch(json.loads(raw))
        self._closed = True
        with self._lock:
            for pending in self._pending.values():
                pending.done.set()

    def _dispatch(self, message: dict[str, Any]) -> None:
        if "id" in message:
            with self._lock:
                pending = self._pending.pop(message["id"], None)
            if pending is not None:
                pending.reply = message
                pending.done.set()
        else:
            session = message.get("sessionId", "")
            with self._lock:
                events = self._events.get(session)
            if events is not None:
                events.put(message)

    def send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None,
             timeout: float = 60.0) -> dict[str, Any]:
        """Sends one command and waits for its result."""
        pending = _Pending()
        with self._lock:
            if self._closed:
                raise ProtocolError(f"browser is gone (sending {method})")
            self._next_id += 1
            message_id = self._next_id
            self._pending[message_id] = pending
            message: dict[str, Any] = {"id": message_id, "method": method, "params": params or {}}
            if session:
                message["sessionId"] = session
            os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        if not pending.done.wait(timeout):
            raise ProtocolError(f"no reply to {method} within {timeout:.0f} s")
        reply = pending.reply
        if reply is None:
            raise ProtocolError(f"browser closed while waiting for {method}")
        if "error" in reply:
            raise ProtocolError(f"{method}: {reply['error'].get('message')} {reply['error'].get('data', '')}")
        return reply.get("result", {})

    # Tabs

    def new_tab(self) -> "Tab":
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        events: queue.Queue[dict[str, Any]] = queue.Queue()
        with self._lock:
            self._events[session] = events
        return Tab(self, target, session, events)

    def close(self) -> None:
        try:
            if not self._closed:
                self.send("Browser.close", timeout=5)
        except ProtocolError:
            pass
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        for fd in (self._to_browser, self._from_browser):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self._profile, ignore_errors=True)

    def __enter__(self) -> "Browser":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Tab:
    """One page of the browser, with the commands the checks need."""

    def __init__(self, browser: Browser, target: str, session: str, events: queue.Queue[dict[str, Any]]) -> None:
        self._browser = browser
        self.target = target
        self.session = session
        self._events = events
        self.send("Page.enable")
        self.send("Runtime.enable")

    def send(self, method: str, params: dict[str, Any] | None = None, timeout: float = 60.0) -> dict[str, Any]:
        return self._browser.send(method, params, session=self.session, timeout=timeout)

    def _drain(self) -> None:
        while True:
            try:
                self._events.get_nowait()
            except queue.Empty:
                return

    def set_viewport(self, width: int, height: int, mobile: bool) -> None:
        """Emulates a screen: `mobile` makes the page's `<meta name=viewport>` count, as on a phone."""
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})

    def set_scripts_enabled(self, enabled: bool) -> None:
        self.send("Emulation.setScriptExecutionDisabled", {"value": not enabled})

    def load(self, url: str, timeout: float = 30.0) -> None:
        """Navigates and waits until the page has loaded (stylesheets and images included) and stopped loading.

        A page that forwards itself at once (`<meta http-equiv=refresh content="0; url=...">`) is followed:
        the wait ends on the page it leads to.
        """
        self._drain()
        result = self.send("Page.navigate", {"url": url})
        if result.get("errorText"):
            raise ProtocolError(f"cannot load {url}: {result['errorText']}")
        self._settle(timeout, navigation_pending=False)

    def wait_for_navigation(self, timeout: float) -> bool:
        """Waits up to `timeout` for the page to navigate by itself, then for that page to load.

        Returns False if the page stays put.
        """
        deadline = time.monotonic() + timeout
        while True:
            try:
                event = self._events.get(timeout=max(deadline - time.monotonic(), 0.001))
            except queue.Empty:
                return False
            if self._is_main_frame(event) and event.get("method") in _NAVIGATION_STARTS:
                self._settle(30.0, navigation_pending=event["method"] != "Page.frameStartedLoading")
                return True

    def _is_main_frame(self, event: dict[str, Any]) -> bool:
        frame = event.get("params", {}).get("frameId")
        return frame is None or frame == self.target

    def _settle(self, timeout: float, navigation_pending: bool) -> None:
        """Reads events until the main frame has loaded and stopped loading with no navigation pending."""
        deadline = time.monotonic() + timeout
        loaded = False
        pending = navigation_pending
        while True:
            try:
                event = self._events.get(timeout=max(deadline - time.monotonic(), 0.001))
            except queue.Empty:
                raise ProtocolError(f"the page did not finish loading within {timeout:.0f} s") from None
            if not self._is_main_frame(event):
                continue
            method = event.get("method")
            if method == "Page.frameStartedLoading":
                loaded, pending = False, False
            elif method == "Page.loadEventFired":
                loaded = True
            elif method == "Page.frameScheduledNavigation":
                pending = pending or event["params"].get("delay", 0) <= _FOLLOWED_REFRESH_DELAY
            elif method == "Page.frameRequestedNavigation":
                pending = True
            elif method == "Page.frameStoppedLoading" and loaded and not pending:
                return

    def evaluate(self, expression: str, timeout: float = 60.0) -> Any:
        """Evaluates JavaScript in the page (allowed even where the page's own scripts are disabled)."""
        result = self.send("Runtime.evaluate", {
            "expression": expression,
            "returnByValue": True,
            "awaitPromise": True,
        }, timeout=timeout)
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise ProtocolError(f"script failed: {text}")
        return result.get("result", {}).get("value")

    def screenshot(self, path: str, max_height: int = 12000) -> None:
        """Saves a PNG of the whole page (up to `max_height` CSS pixels tall)."""
        metrics = self.send("Page.getLayoutMetrics")
        content = metrics.get("cssContentSize") or metrics["contentSize"]
        viewport = metrics.get("cssLayoutViewport") or metrics["layoutViewport"]
        clip = {
            "x": 0,
            "y": 0,
            "width": max(viewport["clientWidth"], content["width"]),
            "height": min(max(viewport["clientHeight"], content["height"]), max_height),
            "scale": 1,
        }
        data = self.send("Page.captureScreenshot",
                         {"format": "png", "clip": clip, "captureBeyondViewport": True})["data"]
        with open(path, "wb") as file:
            file.write(base64.b64decode(data))

    def close(self) -> None:
        try:
            self._browser.send("Target.closeTarget", {"targetId": self.target}, timeout=10)
        except ProtocolError:
            pass

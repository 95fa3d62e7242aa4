"""Leave out Qt plugins riskapp never needs, and the libraries only they pulled in.

Used by riskapp.spec on the Analysis' binaries. PyInstaller's Qt hook collects every
plugin of each type the used Qt modules may load (all platform plugins, all generic input
plugins, ...); some of them link QtNetwork (the VNC platform, the TUIO touch input that
listens on a UDP port) or the build machine's GTK. Dropping them keeps the bundle smaller
and keeps QtNetwork out of it: riskapp never opens a socket.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import PurePath

from PyInstaller.depend.bindepend import get_imports

Entry = tuple[str, str, str]  # (destination, source, typecode): PyInstaller's TOC

#: "<plugin type>/<name>" (name without "lib" and extension), or "<plugin type>/" for all.
UNUSED_PLUGINS = (
    "generic/",  # evdev/libinput/TUIO input for kiosks; TUIO listens on a UDP socket
    "egldeviceintegrations/",  # only for the eglfs platform
    "platforms/qvnc",  # a VNC server
    "platforms/qeglfs",  # full-screen embedded platforms
    "platforms/qlinuxfb",
    "platforms/qminimalegl",
    "platforms/qvkkhrdisplay",
    "platformthemes/qgtk3",  # would load GTK libraries copied from the build machine
    "networkinformation/",  # QtNetwork's own plugin types, should they ever be pulled in
    "tls/",
)


def _plugin_key(dest: str) -> str | None:
    parts = PurePath(dest.replace("\\", "/")).parts
    if "plugins" not in parts:
        return None
    index = len(parts) - 1 - parts[::-1].index("plugins")
    if len(parts) < index + 3:
        return None
    kind, name = parts[index + 1], parts[-1]
    stem = name.split(".")[0]
    stem = stem[3:] if stem.startswith("lib") else stem
    return f"{kind}/{stem}"


def is_unused_plugin(dest: str) -> bool:
    key = _plugin_key(dest)
    if key is None:
        return False
    return any(key.startswith(p) if p.endswith("/") else key == p for p in UNUSED_PLUGINS)


def _slashes(dest: str) -> str:
    return dest.replace("\\", "/")


def _key(path: str) -> str:
    return os.path.normcase(os.path.realpath(path))


def _closure(starts: Iterable[str], collected: dict[str, Entry]) -> set[str]:
    """Collected libraries reachable from ``starts`` (source paths) through link-time imports."""
    seen: set[str] = set()
    todo = [_key(s) for s in starts]
    visited: set[str] = set()
    while todo:
        current = todo.pop()
        if current in visited:
            continue
        visited.add(current)
        for _name, path in get_imports(current):
            if path is None:
                continue
            key = _key(path)
            if key in collected and key not in seen:
                seen.add(key)
                todo.append(key)
    return seen


def prune(binaries: list[Entry]) -> tuple[list[Entry], list[str]]:
    """The binaries without unused plugins and their now-unneeded libraries; and what went."""
    dropped = [e for e in binaries if e[2] != "SYMLINK" and is_unused_plugin(e[0])]
    dropped_keys = {_key(e[1]) for e in dropped}
    collected = {
        _key(e[1]): e for e in binaries if e[2] != "SYMLINK" and _key(e[1]) not in dropped_keys
    }
    candidates = _closure((e[1] for e in dropped), collected)
    roots = [e[1] for k, e in collected.items() if k not in candidates]
    needed = _closure(roots, collected) | {_key(r) for r in roots}
    unneeded = candidates - needed
    removed = {e[0] for e in dropped} | {collected[k][0] for k in unneeded}
    return without(binaries, removed), sorted(removed)


def without(toc: list[Entry], removed: Iterable[str]) -> list[Entry]:
    """``toc`` without the entries for ``removed`` destinations and symbolic links to them
    (PyInstaller lists those links among the data files)."""
    gone = {_slashes(d) for d in removed}

    def keep(entry: Entry) -> bool:
        dest, source, typecode = entry
        if typecode == "SYMLINK":  # source is the link target, relative to the link
            target = os.path.normpath(os.path.join(os.path.dirname(dest), source))
            if _slashes(target) in gone:
                return False
        return _slashes(dest) not in gone

    return [e for e in toc if keep(e)]

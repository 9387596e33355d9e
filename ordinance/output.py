"""Writing results: atomically to a file, or to standard output."""

from __future__ import annotations

import errno
import os
import sys
import tempfile
from pathlib import Path

from .errors import OutputError


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that readers see the old file or the new one, never half of it.

    Errors are `OutputError`s (an `OrdinanceError` and an `OSError`) that name `path`, never the
    temporary file beside it.
    """
    directory = path.parent
    if path.is_dir():
        raise OutputError(errno.EISDIR, "is a folder, not a file", str(path))
    if not directory.is_dir():
        raise OutputError(errno.ENOENT, f"folder {directory} does not exist", str(path))
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as error:
        raise OutputError(error.errno, f"cannot write here: {error.strerror}", str(path)) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        mode = path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask()
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def write_output(target: str, data: bytes) -> Path | None:
    """Write to a file atomically, or to standard output for "-". Returns the file's path."""
    if target == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return None
    path = Path(target)
    write_atomic(path, data)
    return path

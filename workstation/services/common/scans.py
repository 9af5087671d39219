"""Scans attached as evidence (filing materials, inspection photos, rectification reports): one check for all."""

from __future__ import annotations

from pathlib import Path

from workstation.domain.errors import ValidationError

SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"), (b"\x89PNG\r\n\x1a\n", "PNG"), (b"\xff\xd8\xff", "JPG"))
SUFFIXES = {".pdf": "PDF", ".png": "PNG", ".jpg": "JPG", ".jpeg": "JPG"}
MAX_FILE_BYTES = 50 * 1024 * 1024

def check_scan(path: Path) -> str:
    """The file type of an acceptable scan (PDF/JPG/PNG); ValidationError otherwise."""
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise ValidationError(f"“{path.name}”不是 PDF、JPG 或 PNG 文件，不能作为扫描件附加。", "file")
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as exc:
        raise ValidationError(f"无法读取文件“{path.name}”：{exc.strerror or exc}。", "file") from exc
    if size > MAX_FILE_BYTES:
        raise ValidationError(f"“{path.name}”超过 {MAX_FILE_BYTES // (1024 * 1024)} MB，请压缩后再附加。", "file")
    actual = next((name for magic, name in SIGNATURES if head.startswith(magic)), None)
    if actual != kind:
        raise ValidationError(f"“{path.name}”的内容不是有效的 {kind} 文件。", "file")
    return kind

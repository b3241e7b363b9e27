"""Engine: a compiled rule pack that scans job offers."""

from __future__ import annotations

import os
import tempfile
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Iterable, List, Optional, Sequence, Tuple, Union

from ._jobscreen import CompiledEngine, Diagnostic, Result, ScanFailure

StrPath = Union[str, "os.PathLike[str]"]

# How an engine was built, enough to build it again in another process:
#   ("default",)
#   ("string", text, name, extend_default)
#   ("files", ((file_name, content_bytes), ...), extend_default)
Recipe = Tuple[object, ...]

_CACHE_SIZE = 8
_cache: OrderedDict[Recipe, CompiledEngine] = OrderedDict()
_cache_lock = threading.Lock()


def _cpu_count() -> int:
    """CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _remember(recipe: Recipe, compiled: CompiledEngine) -> None:
    with _cache_lock:
        _cache[recipe] = compiled
        _cache.move_to_end(recipe)
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)


def _compiled_for(recipe: Recipe) -> CompiledEngine:
    """The engine of a recipe, compiled once per process (unpickling is cheap)."""
    with _cache_lock:
        compiled = _cache.get(recipe)
        if compiled is not None:
            _cache.move_to_end(recipe)
            return compiled
    kind = recipe[0]
    if kind == "default":
        compiled = CompiledEngine.default()
    elif kind == "string":
        _, text, name, extend_default = recipe
        compiled = CompiledEngine.from_string(str(text), str(name), bool(extend_default))
    elif kind == "files":
        _, files, extend_default = recipe
        compiled = _load_contents(files, bool(extend_default))  # type: ignore[arg-type]
    else:
        raise ValueError(f"unknown engine recipe {kind!r}")
    _remember(recipe, compiled)
    return compiled


def _load_contents(files: Sequence[Tuple[str, bytes]], extend_default: bool) -> CompiledEngine:
    """Loads rule files kept in memory, in their order, under their own names."""
    with tempfile.TemporaryDirectory(prefix="jobscreen-rules-") as folder:
        paths = []
        for number, (name, content) in enumerate(files):
            path = Path(folder, f"{number:04d}", name)
            path.parent.mkdir()
            path.write_bytes(content)
            paths.append(path)
        return CompiledEngine.load(paths, extend_default)


def _pack_files(paths: Sequence[Path]) -> Tuple[Tuple[str, bytes], ...]:
    """The rule files the loader reads, as (name, content): a directory gives its
    *.json files but schema.json, in name order. Unreadable paths are left out:
    loading reports them."""
    files: List[Tuple[str, bytes]] = []
    for path in paths:
        if path.is_dir():
            members = sorted(
                (p for p in path.iterdir()
                 if p.suffix == ".json" and p.name != "schema.json" and not p.is_dir()),
                key=lambda p: os.fsencode(p.name),
            )
        else:
            members = [path]
        for member in members:
            try:
                files.append((member.name, member.read_bytes()))
            except OSError:
                pass
    return tuple(files)


def _rebuild(recipe: Recipe) -> Engine:
    """Unpickles an Engine."""
    return Engine._make(_compiled_for(recipe), recipe)


class Engine:
    """A compiled rule pack that scans job offers.

    Immutable and safe to share between threads. Build one with
    ``Engine.default()``, ``Engine.from_paths()`` or ``Engine.from_string()``.
    Engines pickle: the rules travel with them (file contents, not paths), so
    they work with multiprocessing and Dask; each process compiles a given
    pack once.
    """

    __slots__ = ("_compiled", "_recipe")
    _compiled: CompiledEngine
    _recipe: Recipe

    def __init__(self) -> None:
        raise TypeError("use Engine.default(), Engine.from_paths() or Engine.from_string()")

    @classmethod
    def _make(cls, compiled: CompiledEngine, recipe: Recipe) -> Engine:
        engine = object.__new__(cls)
        object.__setattr__(engine, "_compiled", compiled)
        object.__setattr__(engine, "_recipe", recipe)
        return engine

    @classmethod
    def default(cls) -> Engine:
        """The default pack embedded in the library (compiled once per process)."""
        recipe: Recipe = ("default",)
        return cls._make(_compiled_for(recipe), recipe)

    @classmethod
    def from_paths(
        cls, paths: Union[StrPath, Iterable[StrPath]], extend_default: bool = True
    ) -> Engine:
        """Loads rule files and directories (their *.json files, in name order).

        With ``extend_default`` (the default) the files extend the default pack,
        as ``jobscreen --rules`` does; otherwise they are the whole pack.
        Raises RuleError listing every problem.
        """
        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]
        resolved = [Path(os.fspath(p)) for p in paths]
        if not resolved:
            raise ValueError("from_paths() needs at least one path")
        compiled = CompiledEngine.load(resolved, bool(extend_default))
        recipe: Recipe = ("files", _pack_files(resolved), bool(extend_default))
        _remember(recipe, compiled)
        return cls._make(compiled, recipe)

    @classmethod
    def from_string(
        cls, text: str, *, extend_default: bool = False, name: str = "<string>"
    ) -> Engine:
        """Compiles one rule pack given as JSON text (format: docs/rules.md).

        The pack stands alone unless ``extend_default`` is true. ``name`` stands
        for the file in diagnostics. Raises RuleError listing every problem.
        """
        if not isinstance(text, str):
            raise TypeError(f"expected str, got {type(text).__name__}")
        recipe: Recipe = ("string", text, str(name), bool(extend_default))
        return cls._make(_compiled_for(recipe), recipe)

    def scan(self, text: str, lang: str = "sr", *, entities: bool = True) -> Result:
        """Scans one text; the GIL is released while matching.

        ``lang`` ('sr', 'sr-Cyrl' or 'en') is the language of descriptions and
        advice, not of the text. Raises TypeError for anything but str and
        ValueError for a str with lone surrogates.
        """
        return self._compiled.scan(text, lang, entities)

    def scan_many(
        self,
        texts: Iterable[object],
        workers: Optional[int] = None,
        lang: str = "sr",
        *,
        entities: bool = True,
        errors: str = "return",
    ) -> List[Union[Result, ScanFailure]]:
        """Scans many texts on ``workers`` threads (None or -1: every CPU).

        Returns one item per input, in order: a Result, or a ScanFailure for an
        input that is not a str or not valid Unicode. With ``errors='raise'``
        such an input raises TypeError/ValueError instead. The GIL is released
        while scanning; Ctrl-C stops the batch between blocks of texts.
        """
        if isinstance(texts, (str, bytes, bytearray)):
            raise TypeError("scan_many() takes an iterable of str; use scan() for one text")
        if workers is None or workers == -1:
            count = _cpu_count()
        elif isinstance(workers, int) and not isinstance(workers, bool) and workers >= 1:
            count = workers
        else:
            raise ValueError(f"workers must be None, -1 or a positive int, not {workers!r}")
        if errors not in ("return", "raise"):
            raise ValueError(f"errors must be 'return' or 'raise', not {errors!r}")
        return self._compiled.scan_many(texts, count, lang, entities, errors == "raise")

    @property
    def rule_ids(self) -> Tuple[str, ...]:
        """Ids of the enabled rules."""
        return self._compiled.rule_ids

    @property
    def warnings(self) -> List[Diagnostic]:
        """Non-fatal findings from loading and compiling the pack."""
        return self._compiled.warnings

    def test_examples(self) -> List[Diagnostic]:
        """Runs every rule's own examples; one Diagnostic per failure."""
        return self._compiled.test_examples()

    def __reduce__(self) -> Tuple[object, Tuple[Recipe]]:
        return (_rebuild, (self._recipe,))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Engine is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("Engine is immutable")

    def __repr__(self) -> str:
        kind = self._recipe[0]
        source = {"default": "default pack", "string": "from_string", "files": "from_paths"}[
            str(kind)
        ]
        return f"<Engine {source} rules={len(self.rule_ids)}>"

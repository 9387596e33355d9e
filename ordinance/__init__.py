"""ordinance: draft local surveillance-oversight ordinances.

    >>> from ordinance import load_jurisdiction, draft
    >>> document = draft(load_jurisdiction("oakland-ca"))      # doctest: +SKIP
    >>> markdown = document.to_markdown()                        # doctest: +SKIP

The pipeline: jurisdiction file -> models -> Jinja template -> Markdown -> document tree -> writers.
Names are imported on first use, so that `ordinance --help` does not pay for Jinja and python-docx.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "DEFAULT_TEMPLATE": "drafting",
    "Document": "document",
    "DocumentError": "errors",
    "DocumentInfo": "document",
    "DocxSettings": "writers.docx",
    "DraftMetadata": "models",
    "DraftOptions": "models",
    "InputError": "errors",
    "Jurisdiction": "models",
    "ChangeSet": "comparison",
    "TemplateError": "errors",
    "diff": "comparison",
    "draft": "drafting",
    "load_jurisdiction": "loading",
    "load_options": "loading",
    "read_markdown": "readers.markdown",
    "shipped_jurisdictions": "resources",
    "shipped_templates": "resources",
}

__all__ = sorted([*_EXPORTS, "__version__"])

if TYPE_CHECKING:  # the same names, for type checkers and editors
    from .comparison import ChangeSet as ChangeSet
    from .comparison import diff as diff
    from .document import Document as Document
    from .document import DocumentInfo as DocumentInfo
    from .drafting import DEFAULT_TEMPLATE as DEFAULT_TEMPLATE
    from .drafting import draft as draft
    from .errors import DocumentError as DocumentError
    from .errors import InputError as InputError
    from .errors import TemplateError as TemplateError
    from .loading import load_jurisdiction as load_jurisdiction
    from .loading import load_options as load_options
    from .models import DraftMetadata as DraftMetadata
    from .models import DraftOptions as DraftOptions
    from .models import Jurisdiction as Jurisdiction
    from .readers.markdown import read_markdown as read_markdown
    from .resources import shipped_jurisdictions as shipped_jurisdictions
    from .resources import shipped_templates as shipped_templates
    from .writers.docx import DocxSettings as DocxSettings


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'ordinance' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value

import re
from pathlib import Path

import pytest

from ordinance.checklist import ALL_IDS, REQUIRED
from ordinance.templating import load_template

SHARED = Path(__file__).resolve().parents[2] / "shared" / "reference" / "provisions.md"


def test_every_template_tag_is_a_checklist_element() -> None:
    spec = load_template("surveillance-oversight").spec
    tags = {tag for provision in spec.provisions for tag in provision.fulfils}
    assert tags <= ALL_IDS
    assert {t for p in spec.provisions if p.when is None for t in p.fulfils} >= REQUIRED


@pytest.mark.skipif(not SHARED.is_file(), reason="shared/reference is not beside this checkout")
def test_checklist_matches_the_reference() -> None:
    rows = re.findall(r"^\| `(\w+)` \| (REQUIRED|OPTIONAL) \|", SHARED.read_text(), re.MULTILINE)
    assert {i for i, _ in rows} == ALL_IDS
    assert {i for i, r in rows if r == "REQUIRED"} == REQUIRED

"""Shared test setup: hypothesis profiles, a session-scoped pipeline, a private copy of the
rule data; shared helper functions are in helpers.py, importable from every test file."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# CI runs every property with at least 500 examples; locally 100 keeps the loop quick.
settings.register_profile(
    "ci", max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

REPO = Path(__file__).resolve().parent.parent
if str(REPO / "tests") not in sys.path:  # `import helpers`, under any import mode
    sys.path.insert(0, str(REPO / "tests"))
FIXTURES = REPO / "tests" / "fixtures"
# CI lays a copy of shared/ beside the clone; the seed article lives there, not in the repo.
SEED = REPO.parent / "shared" / "seeds" / "000_0bf83a36b342cec6.txt"


@pytest.fixture(scope="session")
def nlp():
    import tradeie

    return tradeie.load()


@pytest.fixture
def models_copy(tmp_path):
    """A private copy of the rule data (tmp_path/models), not yet in use: a test breaks a file
    in it and points tradeie at it with ``resources.use_models_dir``; the shipped data is
    back in use after the test."""
    from tradeie import resources

    copy = tmp_path / "models"
    shutil.copytree(resources.models_dir(), copy)
    yield copy
    resources.use_models_dir(None)


@pytest.fixture(scope="session")
def seed_body() -> str:
    if not SEED.is_file():
        reason = f"seed article not found at ../shared/seeds ({SEED})"
        if os.environ.get("TRADEIE_REQUIRE_SHARED") == "1":
            pytest.fail(reason + "; TRADEIE_REQUIRE_SHARED=1 requires it")
        pytest.skip(reason)
    text = SEED.read_text(encoding="utf-8")
    return text.split("\n\n", 1)[1]

"""Static files are answered by the application itself (WhiteNoise), with or without DEBUG, no nginx."""

from __future__ import annotations

import re

import httpx
import pytest
from django.test import Client

from hotel_agent.tests.test_health import serve

ADMIN_CSS = "/static/admin/css/base.css"
SWAGGER_JS = "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js"


@pytest.mark.parametrize("path", [ADMIN_CSS, SWAGGER_JS])
def test_static_file_is_served_through_the_middleware(client: Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert b"".join(response.streaming_content)  # type: ignore[attr-defined]


@pytest.mark.integration
@pytest.mark.django_db
@pytest.mark.parametrize("debug", ["1", "0"])
def test_uvicorn_serves_static_files_and_the_api_docs_scripts(debug: str) -> None:
    process, base = serve({"DJANGO_DEBUG": debug})
    try:
        for path in (ADMIN_CSS, SWAGGER_JS):
            response = httpx.get(f"{base}{path}", timeout=10)
            assert response.status_code == 200, path
            assert response.content
        # Every script and stylesheet the Swagger UI page names answers too.
        docs = httpx.get(f"{base}/api/docs/", timeout=10)
        assert docs.status_code == 200
        assets = re.findall(r'(?:src|href)="(/static/[^"]+)"', docs.text)
        assert any(asset.endswith(".js") for asset in assets), docs.text
        for asset in assets:
            assert httpx.get(f"{base}{asset}", timeout=10).status_code == 200, asset
    finally:
        process.terminate()
        process.wait(timeout=10)

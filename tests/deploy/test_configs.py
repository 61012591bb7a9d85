"""The deployment files parse with the tools that will run them: compose, promtool, amtool, nginx.

Nothing is pulled or started: each tool checks its own file. `.ci/run` installs them from Debian
(docker-compose, prometheus, prometheus-alertmanager, nginx-light); outside `make test` a missing
one skips its test, under it the test fails (`require_or_skip`).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.support.prereqs import require_or_skip, which

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
DASHBOARDS = sorted((DEPLOY / "grafana" / "dashboards").glob("*.json"))


def _tool(*names: str) -> list[str]:
    for name in names:
        found = which(name.split()[0])
        if found and (len(name.split()) == 1 or _docker_compose_plugin()):
            return [found, *name.split()[1:]]
    require_or_skip(f"{names[0]} is not installed (Debian: see .ci/run)")
    raise AssertionError("unreachable")


def _docker_compose_plugin() -> bool:
    docker = shutil.which("docker")
    if not docker:
        return False
    return subprocess.run([docker, "compose", "version"], capture_output=True, check=False).returncode == 0


def _run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False, **kwargs)  # type: ignore[call-overload]


COMPOSE_VARIABLES = {
    "HOTEL_AGENT_ENV_FILE": "env.example",
    "PUBLIC_HOST": "agent.example-hotel.com",
    "POSTGRES_PASSWORD": "compose-config-check",
    "GRAFANA_ADMIN_PASSWORD": "compose-config-check",
}


def _compose_config() -> dict[str, object]:
    command = _tool("docker compose", "docker-compose")
    env = {**os.environ, **COMPOSE_VARIABLES}
    result = _run([*command, "-f", "compose.yaml", "config"], cwd=DEPLOY, env=env)
    assert result.returncode == 0, result.stderr
    return yaml.safe_load(result.stdout)


def test_compose_file_parses_and_has_the_whole_stack() -> None:
    config = _compose_config()
    services = config["services"]
    assert isinstance(services, dict)
    expected = {"web", "worker", "worker-speech", "beat", "postgres", "redis", "nginx"}
    expected |= {"prometheus", "grafana", "alertmanager", "migrate"}
    assert expected <= set(services)
    # One worker per queue: the default queue and speech, each serving its own /metrics.
    assert services["worker"]["command"][4:6] == ["-Q", "celery"]
    assert services["worker-speech"]["command"][4:6] == ["-Q", "speech"]
    for name in ("worker", "worker-speech"):
        assert services[name]["environment"]["WORKER_METRICS_PORT"] == "9808"
    # Only nginx listens on every interface; the watchers only on the host's loopback.
    for name, service in services.items():
        for port in service.get("ports", []):
            published = port if isinstance(port, str) else f"{port.get('host_ip', '')}:{port['published']}"
            assert name == "nginx" or str(published).startswith("127.0.0.1:"), (name, port)


def test_compose_refuses_to_start_without_the_database_password() -> None:
    command = _tool("docker compose", "docker-compose")
    env = {k: v for k, v in {**os.environ, **COMPOSE_VARIABLES}.items() if k != "POSTGRES_PASSWORD"}
    result = _run([*command, "-f", "compose.yaml", "config", "-q"], cwd=DEPLOY, env=env)
    assert result.returncode != 0
    assert "POSTGRES_PASSWORD" in result.stderr


def test_alert_rules_pass_promtool_and_their_own_unit_tests() -> None:
    promtool = _tool("promtool")
    result = _run([*promtool, "check", "rules", "prometheus/alerts.yml"], cwd=DEPLOY)
    assert result.returncode == 0, result.stdout + result.stderr
    result = _run([*promtool, "test", "rules", "prometheus/alerts_test.yml"], cwd=DEPLOY)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_alert_has_a_severity_and_a_runbook_note() -> None:
    rules = [rule for group in _alert_groups() for rule in group["rules"]]
    assert len(rules) >= 10
    for rule in rules:
        assert rule["labels"]["severity"] in {"page", "ticket"}, rule["alert"]
        assert len(rule["annotations"]["runbook"]) > 40, rule["alert"]


def test_prometheus_configs_pass_promtool(tmp_path: Path) -> None:
    promtool = _tool("promtool")
    result = _run([*promtool, "check", "config", "prometheus/scrape.yml"], cwd=DEPLOY)
    assert result.returncode == 0, result.stdout + result.stderr
    # The compose one names the rules where the container mounts them.
    shutil.copy(DEPLOY / "prometheus" / "alerts.yml", tmp_path / "alerts.yml")
    text = (
        (DEPLOY / "prometheus" / "prometheus.yml")
        .read_text()
        .replace("/etc/prometheus/alerts.yml", "alerts.yml")
    )
    (tmp_path / "prometheus.yml").write_text(text)
    result = _run([*promtool, "check", "config", "prometheus.yml"], cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_alertmanager_config_passes_amtool() -> None:
    amtool = _tool("amtool")
    result = _run([*amtool, "check-config", "alertmanager/alertmanager.yml"], cwd=DEPLOY)
    assert result.returncode == 0, result.stdout + result.stderr
    routed = yaml.safe_load((DEPLOY / "alertmanager" / "alertmanager.yml").read_text())
    severities = {m for route in routed["route"]["routes"] for m in route["matchers"]}
    assert 'severity="page"' in severities


def _nginx_check(tmp_path: Path, site: str, replacements: dict[str, str]) -> subprocess.CompletedProcess[str]:
    nginx = _tool("nginx")
    openssl = _tool("openssl")
    cert, key = tmp_path / "fullchain.pem", tmp_path / "privkey.pem"
    request = ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost"]
    made = _run([*openssl, *request, "-keyout", str(key), "-out", str(cert)])
    assert made.returncode == 0, made.stderr
    text = (DEPLOY / site).read_text()
    for old, new in {**replacements}.items():
        assert old in text, old
        text = text.replace(old, new)
    (tmp_path / "site.conf").write_text(text)
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
        f"http {{\n  client_body_temp_path {tmp_path}/body;\n  proxy_temp_path {tmp_path}/proxy;\n"
        f"  access_log off;\n  include {tmp_path}/site.conf;\n}}\n"
    )
    return _run(
        [
            *nginx,
            "-t",
            "-p",
            str(tmp_path),
            "-c",
            str(tmp_path / "nginx.conf"),
            "-e",
            str(tmp_path / "error.log"),
        ]
    )


def test_compose_nginx_config_passes_nginx_t(tmp_path: Path) -> None:
    result = _nginx_check(
        tmp_path,
        "nginx/hotel-agent.conf",
        {
            "server web:8000;": "server 127.0.0.1:8000;",  # nginx -t resolves upstream names
            "/etc/nginx/tls/fullchain.pem": str(tmp_path / "fullchain.pem"),
            "/etc/nginx/tls/privkey.pem": str(tmp_path / "privkey.pem"),
        },
    )
    assert result.returncode == 0, result.stderr
    assert "test is successful" in result.stderr


def test_host_nginx_config_passes_nginx_t(tmp_path: Path) -> None:
    result = _nginx_check(
        tmp_path,
        "nginx.conf",
        {
            "/etc/hotel-agent/tls/fullchain.pem": str(tmp_path / "fullchain.pem"),
            "/etc/hotel-agent/tls/privkey.pem": str(tmp_path / "privkey.pem"),
        },
    )
    assert result.returncode == 0, result.stderr


def test_nginx_check_fails_on_a_broken_config(tmp_path: Path) -> None:
    """The nginx check can fail: a directive nginx does not know is refused."""
    result = _nginx_check(
        tmp_path,
        "nginx.conf",
        {
            "/etc/hotel-agent/tls/fullchain.pem": str(tmp_path / "fullchain.pem"),
            "/etc/hotel-agent/tls/privkey.pem": str(tmp_path / "privkey.pem"),
            "client_max_body_size 2m;": "client_max_body_size 2m; no_such_directive on;",
        },
    )
    assert result.returncode != 0


@pytest.mark.parametrize("site", ["nginx/hotel-agent.conf", "nginx.conf"])
def test_nginx_configs_upgrade_websockets_limit_bodies_and_rate_limit_webhooks(site: str) -> None:
    text = (DEPLOY / site).read_text()
    websocket = text[text.index("location /ws/") :]
    websocket = websocket[: websocket.index("}")]
    assert "Upgrade $http_upgrade" in websocket and "Connection $connection_upgrade" in websocket
    webhooks = text[text.index("location /webhooks/") :]
    assert "limit_req zone=webhooks" in webhooks[: webhooks.index("}")]
    assert re.search(r"client_max_body_size \d+m;", text)


def test_systemd_units_have_no_unknown_keys() -> None:
    analyze = shutil.which("systemd-analyze")
    if not analyze:
        pytest.skip("systemd-analyze is not installed")
    units = sorted((DEPLOY / "systemd").glob("*.service"))
    assert {u.name for u in units} >= {
        "hotel-agent-web.service",
        "hotel-agent-worker.service",
        "hotel-agent-worker-speech.service",
        "hotel-agent-beat.service",
    }
    for unit in units:
        result = _run([analyze, "verify", "--man=no", str(unit)])
        problems = [
            line
            for line in (result.stdout + result.stderr).splitlines()
            if line.strip() and "is not executable" not in line and "Failed to prepare filename" not in line
        ]
        assert not problems, (unit.name, problems)


def test_dockerfile_is_multi_stage_non_root_with_a_healthcheck() -> None:
    text = (DEPLOY / "Dockerfile").read_text()
    stages = re.findall(r"^FROM \S+ AS (\w+)", text, flags=re.M)
    assert len(stages) >= 2
    runtime = text[text.rindex("\nFROM ") :]
    assert re.search(r"^USER (?!root)\S+", runtime, flags=re.M)
    assert "HEALTHCHECK" in runtime and "/health/live" in runtime
    assert "uv sync --locked --no-dev" in text


def test_dashboards_are_provisioned_from_files_with_the_stack_datasource() -> None:
    assert {p.stem for p in DASHBOARDS} >= {
        "hotel-agent-overview",
        "hotel-agent-conversations",
        "hotel-agent-pms",
    }
    datasource = yaml.safe_load((DEPLOY / "grafana/provisioning/datasources/prometheus.yml").read_text())
    uid = datasource["datasources"][0]["uid"]
    provider = yaml.safe_load((DEPLOY / "grafana/provisioning/dashboards/hotel-agent.yml").read_text())
    compose = (DEPLOY / "compose.yaml").read_text()
    assert f"./grafana/dashboards:{provider['providers'][0]['options']['path']}:ro" in compose
    uids = set()
    for path in DASHBOARDS:
        dashboard = json.loads(path.read_text())
        uids.add(dashboard["uid"])
        assert dashboard["panels"], path.name
        for panel in dashboard["panels"]:
            assert panel["datasource"]["uid"] == uid, (path.name, panel["title"])
            assert all(target["expr"] for target in panel["targets"]), (path.name, panel["title"])
    assert len(uids) == len(DASHBOARDS)


# --- every metric the dashboards and alerts name exists in /metrics ----------------------------------

PROMQL_WORDS = {"by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or"}
PROMQL_WORDS |= {"unless", "offset", "inf", "nan", "le"}
# Series Prometheus makes itself rather than reads from the app.
PROMETHEUS_OWN = {"up"}


def _alert_groups() -> list[dict[str, Any]]:
    return yaml.safe_load((DEPLOY / "prometheus" / "alerts.yml").read_text())["groups"]


def expressions() -> list[str]:
    found = [str(rule["expr"]) for group in _alert_groups() for rule in group["rules"]]
    for path in DASHBOARDS:
        for panel in json.loads(path.read_text())["panels"]:
            found += [target["expr"] for target in panel["targets"]]
    return found


def metric_names(expr: str) -> set[str]:
    """The series names a PromQL expression reads: identifiers that are not functions, keywords,
    label names (inside braces or after by/without) or durations."""
    text = re.sub(r'"(?:[^"\\]|\\.)*"', '""', expr)  # strings
    text = re.sub(r"\{[^}]*\}", "", text)  # label matchers
    text = re.sub(r"\[[^\]]*\]", "", text)  # ranges
    text = re.sub(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", "", text)
    names = set()
    for match in re.finditer(r"[a-zA-Z_:][a-zA-Z0-9_:]*", text):
        following = text[match.end() :].lstrip()
        if following.startswith("("):
            continue  # a function or an aggregation
        if match.group(0) in PROMQL_WORDS:
            continue
        names.add(match.group(0))
    return names


def test_metric_names_are_read_from_expressions() -> None:
    assert metric_names('sum by (le) (rate(x_bucket{a="b"}[5m])) / on(job) up > bool 0') == {"x_bucket", "up"}


@pytest.mark.django_db
def test_every_metric_in_dashboards_and_alerts_exists_in_metrics(client: object) -> None:
    from prometheus_client.parser import text_string_to_metric_families

    client.get("/health/live")  # type: ignore[attr-defined]  # so the HTTP counters have a status series
    response = client.get("/metrics")  # type: ignore[attr-defined]
    assert response.status_code == 200
    exported: set[str] = set()
    for family in text_string_to_metric_families(response.content.decode()):
        exported.add(family.name)
        exported |= {sample.name for sample in family.samples}
        if family.type == "counter":
            exported.add(family.name + "_total")
        if family.type == "histogram":
            exported |= {family.name + suffix for suffix in ("_bucket", "_count", "_sum")}
    named = set().union(*(metric_names(expr) for expr in expressions()))
    assert any(name.startswith("hotel_agent_") for name in named)
    missing = sorted(named - exported - PROMETHEUS_OWN)
    assert not missing, f"named in deploy/ but not exported by /metrics: {missing}"

"""Settings for Hotel Agent.

Every value comes from the environment (or an optional `.env` file) here and only here; the
variables and their defaults are those of docs/INTERFACES.md. With `REDIS_URL` empty the whole
path runs in one process (local-memory cache, in-memory channel layer, Celery eager, local locks).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import environ
from django.core.exceptions import ImproperlyConfigured

from hotel_agent.production_checks import PMS_BACKENDS, refuse_unsafe_production

BASE_DIR = Path(__file__).resolve().parent.parent

DEV_SECRET_KEY = "dev-only-insecure-secret-key-change-me"

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DJANGO_ENV = env.str("DJANGO_ENV", default="development")
if DJANGO_ENV not in {"development", "test", "production"}:
    raise ImproperlyConfigured(f"DJANGO_ENV must be development, test or production, not {DJANGO_ENV!r}")
IS_PRODUCTION = DJANGO_ENV == "production"

SECRET_KEY = env.str("DJANGO_SECRET_KEY", default=DEV_SECRET_KEY)
DEBUG = env.bool("DJANGO_DEBUG", default=DJANGO_ENV == "development")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

# --- outside systems -------------------------------------------------------------------------
REDIS_URL = env.str("REDIS_URL", default="")
# Parallel test workers (pytest-xdist sets PYTEST_XDIST_WORKER=gwN) each get a Redis database of their own, as
# each gets its own SQL database: one worker's cache.clear() must not wipe another's counters mid-test.
if DJANGO_ENV == "test" and REDIS_URL and env.str("PYTEST_XDIST_WORKER", default="").startswith("gw"):
    _redis = urlsplit(REDIS_URL)
    _worker_db = (int(_redis.path.strip("/") or 0) + 1 + int(env.str("PYTEST_XDIST_WORKER")[2:])) % 16
    REDIS_URL = urlunsplit(_redis._replace(path=f"/{_worker_db}"))

PMS_BACKEND = env.str("PMS_BACKEND", default="demo")
if PMS_BACKEND not in PMS_BACKENDS:  # refused at start, not at the first guest's question
    raise ImproperlyConfigured(f"PMS_BACKEND must be one of {', '.join(PMS_BACKENDS)}, not {PMS_BACKEND!r}")
QLOAPPS_URL = env.str("QLOAPPS_URL", default="")
QLOAPPS_API_KEY = env.str("QLOAPPS_API_KEY", default="")
_qloapps_hotel_id = env.str("QLOAPPS_HOTEL_ID", default="")
QLOAPPS_HOTEL_ID: int | None = int(_qloapps_hotel_id) if _qloapps_hotel_id else None
# The time zone QloApps runs in (its PS_TIMEZONE; the webservice does not state it): hotels it brings get it.
QLOAPPS_TIME_ZONE = env.str("QLOAPPS_TIME_ZONE", default="UTC")
PMS_HOTEL_SYNC_SECONDS = env.float("PMS_HOTEL_SYNC_SECONDS", default=900.0)
PMS_BOOKINGS_WATCH_SECONDS = env.float("PMS_BOOKINGS_WATCH_SECONDS", default=900.0)
PMS_TIMEOUT_SECONDS = env.float("PMS_TIMEOUT_SECONDS", default=5.0)
PMS_CACHE_TTL_SECONDS = env.int("PMS_CACHE_TTL_SECONDS", default=120)  # freshness for tonight's stays
# For stays a month or more ahead, and the cap of every cached QloApps night: the bookings watch keeps a
# night fresh while its looks find no booking on it, but it does not see a rate, a closed room or a
# booking changed in QloApps' back office, so those reach the agent's quotes within this (the booking
# re-checks price and rooms live in any case).
PMS_CACHE_MAX_TTL_SECONDS = env.int("PMS_CACHE_MAX_TTL_SECONDS", default=3600)
PMS_BREAKER_FAIL_MAX = env.int("PMS_BREAKER_FAIL_MAX", default=5)
PMS_BREAKER_RESET_SECONDS = env.float("PMS_BREAKER_RESET_SECONDS", default=30.0)

WHATSAPP_VERIFY_TOKEN = env.str("WHATSAPP_VERIFY_TOKEN", default="")
WHATSAPP_APP_SECRET = env.str("WHATSAPP_APP_SECRET", default="")
WHATSAPP_ACCESS_TOKEN = env.str("WHATSAPP_ACCESS_TOKEN", default="")
WHATSAPP_PHONE_NUMBER_ID = env.str("WHATSAPP_PHONE_NUMBER_ID", default="")
WHATSAPP_GRAPH_URL = env.str("WHATSAPP_GRAPH_URL", default="https://graph.facebook.com").rstrip("/")
WHATSAPP_GRAPH_VERSION = env.str("WHATSAPP_GRAPH_VERSION", default="v23.0")
WHATSAPP_MAX_BODY_BYTES = env.int("WHATSAPP_MAX_BODY_BYTES", default=1024 * 1024)
WHATSAPP_CONNECT_TIMEOUT_SECONDS = env.float("WHATSAPP_CONNECT_TIMEOUT_SECONDS", default=3.0)
WHATSAPP_READ_TIMEOUT_SECONDS = env.float("WHATSAPP_READ_TIMEOUT_SECONDS", default=10.0)
# An approved template that reopens the 24-hour window ("we have an answer for you, reply to read it").
# Sent instead of a reply when the window is closed; empty: such replies fail with `outside_window`.
WHATSAPP_REENGAGEMENT_TEMPLATE = env.str("WHATSAPP_REENGAGEMENT_TEMPLATE", default="")
WHATSAPP_SEND_MAX_ATTEMPTS = env.int("WHATSAPP_SEND_MAX_ATTEMPTS", default=8)
EMAIL_IMAP_URL = env.str("EMAIL_IMAP_URL", default="")
EMAIL_SMTP_URL = env.str("EMAIL_SMTP_URL", default="")
EMAIL_FROM = env.str("EMAIL_FROM", default="")

LLM_BASE_URL = env.str("LLM_BASE_URL", default="")
LLM_API_KEY = env.str("LLM_API_KEY", default="")
LLM_MODEL = env.str("LLM_MODEL", default="")

# Speech (voice notes, channels_app/speech/). STT_ENGINE: `openai` (an OpenAI-compatible
# /v1/audio/transcriptions at STT_URL), `faster-whisper` (in process, the CTranslate2 model in
# STT_MODEL_DIR; nothing is downloaded), `none` or empty: no transcription (the guest is asked to write).
STT_ENGINE = env.str("STT_ENGINE", default="faster-whisper").strip().lower()
STT_URL = env.str("STT_URL", default="").rstrip("/")
STT_API_KEY = env.str("STT_API_KEY", default="")
STT_MODEL = env.str("STT_MODEL", default="whisper-1")
STT_MODEL_DIR = env.str("STT_MODEL_DIR", default="")
STT_TIMEOUT_SECONDS = env.float("STT_TIMEOUT_SECONDS", default=60.0)
STT_THREADS = env.int("STT_THREADS", default=0)  # faster-whisper CPU threads; 0: its default
# Voice notes longer than this, or quieter than SPEECH_SILENCE_DBFS throughout, get a polite request
# to write instead.
SPEECH_MAX_SECONDS = env.float("SPEECH_MAX_SECONDS", default=180.0)
SPEECH_SILENCE_DBFS = env.float("SPEECH_SILENCE_DBFS", default=-45.0)
# TTS_ENGINE: `espeak` (espeak-ng from Debian), `piper` (piper-tts with the voice files in
# TTS_VOICE_DIR), `none` or empty: replies are text only.
TTS_ENGINE = env.str("TTS_ENGINE", default="espeak").strip().lower()
TTS_VOICE_DIR = env.str("TTS_VOICE_DIR", default="")

DEV_STAFF_USERNAME = env.str("DEV_STAFF_USERNAME", default="admin")
DEV_STAFF_PASSWORD = env.str("DEV_STAFF_PASSWORD", default="admin")

# --- Django ----------------------------------------------------------------------------------
INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_prometheus",
    "rest_framework",
    "rest_framework_simplejwt",
    "rest_framework_simplejwt.token_blacklist",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "channels",
    "hotel_agent",
    "hotel_agent.hotels",
    "pms_bridge",
    "reservations",
    "conversations",
    "channels_app",
]

MIDDLEWARE = [
    "django_prometheus.middleware.PrometheusBeforeMiddleware",
    "hotel_agent.correlation.CorrelationIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Static files answered by the application itself in every mode (no nginx needed).
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Staff pages follow the browser's language; guest-facing replies and the web chat page keep
    # their own language logic (the conversation's language, translation.override).
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # A staff member's own language choice (their profile) outranks the browser's.
    "hotel_agent.hotels.staff_language.StaffLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_prometheus.middleware.PrometheusAfterMiddleware",
]

ROOT_URLCONF = "hotel_agent.urls"
ASGI_APPLICATION = "hotel_agent.asgi.application"
WSGI_APPLICATION = "hotel_agent.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# django-prometheus wraps the database backends so queries are counted per database.
_PROMETHEUS_DB_ENGINES = {
    "django.db.backends.postgresql": "django_prometheus.db.backends.postgresql",
    "django.db.backends.sqlite3": "django_prometheus.db.backends.sqlite3",
}
_database = env.db_url("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
_database["ENGINE"] = _PROMETHEUS_DB_ENGINES.get(_database["ENGINE"], _database["ENGINE"])
if "postgresql" in _database["ENGINE"]:
    _database.setdefault("OPTIONS", {}).setdefault("connect_timeout", 3)
    _database["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=0)
    _database["CONN_HEALTH_CHECKS"] = True
    # Under the ASGI server every request runs in a thread of its own, so persistent connections
    # (CONN_MAX_AGE) pile up; a pool (psycopg-pool) reuses connections instead. Off unless asked.
    if env.bool("DATABASE_POOL", default=False):
        _database["CONN_MAX_AGE"] = 0
        _database["OPTIONS"]["pool"] = {
            "min_size": env.int("DATABASE_POOL_MIN_SIZE", default=2),
            "max_size": env.int("DATABASE_POOL_MAX_SIZE", default=10),
            "timeout": env.float("DATABASE_POOL_TIMEOUT_SECONDS", default=10.0),
        }
else:
    # Several writers (server, eager tasks, console) share one SQLite file in development.
    _database.setdefault("OPTIONS", {}).update({"timeout": 20, "transaction_mode": "IMMEDIATE"})
DATABASES = {"default": _database}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_prometheus.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env.str("CACHE_KEY_PREFIX", default="hotel_agent"),
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
            },
        }
    }
    CHANNEL_LAYERS = {
        "default": {
            # channels-redis with a receive a closing socket can always cancel (a process stops at once).
            "BACKEND": "hotel_agent.channel_layer.RedisChannelLayer",
            "CONFIG": {
                # channels-redis blocks 5 s per BZPOPMIN; redis-py's default read timeout is also 5 s,
                # which would cut idle websockets. Reads must be allowed to outlast the block.
                # redis-py's pool refuses a 101st connection at once: 300 sockets closing together
                # (a group_discard each) need more.
                "hosts": [
                    {
                        "address": REDIS_URL,
                        "socket_timeout": 15,
                        "socket_connect_timeout": 2,
                        "max_connections": env.int("CHANNEL_LAYER_MAX_CONNECTIONS", default=1000),
                    }
                ],
                "prefix": env.str("CHANNEL_LAYER_PREFIX", default="hotel_agent"),
            },
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django_prometheus.cache.backends.locmem.LocMemCache",
            "LOCATION": "hotel-agent",
        }
    }
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}

# --- Celery ----------------------------------------------------------------------------------
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = REDIS_URL or None
# Eager without Redis; `CELERY_EAGER` lets tests run eagerly against Redis or force a real worker.
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_EAGER", default=not REDIS_URL)
CELERY_TASK_EAGER_PROPAGATES = True
# Embedded mode (eager, no broker): queued tasks run on background threads of the web process, so
# no request or websocket consumer runs a guest's turn itself (hotel_agent/queueing.py). Off under
# test: eager tasks run inline there, and the production shape is tested with a real worker.
CELERY_EAGER_IN_BACKGROUND = env.bool("CELERY_EAGER_IN_BACKGROUND", default=DJANGO_ENV == "development")
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Workers log through our structlog pipeline (JSON in production), not Celery's own format.
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
# Voice notes are decoded and transcribed on their own queue (worker: `-Q speech`), so a long note
# never waits in front of a text turn.
CELERY_TASK_ROUTES = {"channels_app.transcribe_voice_note": {"queue": "speech"}}
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": 3600,
    "socket_timeout": 2,
    "socket_connect_timeout": 2,
}
CELERY_BEAT_SCHEDULE: dict[str, dict[str, object]] = {
    # Resend outbox rows and reprocess inbound events that got stuck (worker crash, broker outage).
    "outbox-sweep": {"task": "channels_app.outbox_sweep", "schedule": 30.0},
    # Confirm or fail reservations whose create the PMS never answered (500, timeout, crash).
    "reservations-settle-pending": {"task": "reservations.settle_pending_reservations", "schedule": 60.0},
    # Expired staff API tokens (outstanding and blacklisted rows) deleted once a day.
    "staff-tokens-flush": {"task": "hotel_agent.flush_expired_tokens", "schedule": 24 * 3600.0},
    # Expired sessions (one per web-chat visitor) deleted once a day.
    "sessions-clear": {"task": "hotel_agent.clear_expired_sessions", "schedule": 24 * 3600.0},
    # Transcripts older than RETENTION_DAYS anonymised once a day.
    "transcripts-retention": {"task": "conversations.apply_retention", "schedule": 24 * 3600.0},
    # Voice notes kept for the web chat and e-mail whose message was erased or anonymised: deleted.
    "stored-audio-forget": {"task": "channels_app.forget_unreferenced_audio", "schedule": 3600.0},
}
# Reservation messages (7 and 1 days before arrival, 1 day after departure) sent when due, each once.
OUTREACH_BEAT_SECONDS = env.float("OUTREACH_BEAT_SECONDS", default=300.0)
CELERY_BEAT_SCHEDULE["reservation-messages"] = {
    "task": "conversations.send_reservation_messages",
    "schedule": OUTREACH_BEAT_SECONDS,
}
# Bookings made directly in the PMS (website, desk) become reservations here, so they get them too.
OUTREACH_PMS_SYNC_SECONDS = env.float("OUTREACH_PMS_SYNC_SECONDS", default=900.0)
CELERY_BEAT_SCHEDULE["reservations-sync-outside-bookings"] = {
    "task": "reservations.sync_outside_bookings",
    "schedule": OUTREACH_PMS_SYNC_SECONDS,
}
if PMS_BACKEND == "qloapps":
    # Each QloApps hotel is a hotel here: its name, address, contacts, times and currency kept current.
    CELERY_BEAT_SCHEDULE["pms-sync-hotels"] = {
        "task": "pms_bridge.sync_hotels",
        "schedule": PMS_HOTEL_SYNC_SECONDS,
    }
    # Bookings made on QloApps' website or at its desk: the cached nights they took are forgotten.
    CELERY_BEAT_SCHEDULE["pms-watch-bookings"] = {
        "task": "pms_bridge.watch_bookings",
        "schedule": PMS_BOOKINGS_WATCH_SECONDS,
    }
EMAIL_POLL_SECONDS = env.float("EMAIL_POLL_SECONDS", default=30.0)
if EMAIL_IMAP_URL:
    CELERY_BEAT_SCHEDULE["email-poll"] = {
        "task": "channels_app.poll_email_inbox",
        "schedule": EMAIL_POLL_SECONDS,
    }

# --- auth, API -------------------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = (
    [
        {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
        {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
        {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
        {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    ]
    if IS_PRODUCTION
    else []
)
LOGIN_URL = "/admin/login/"

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework_simplejwt.authentication.JWTAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAdminUser"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "hotel_agent.api_errors.exception_handler",
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.LimitOffsetPagination",
    "PAGE_SIZE": 100,
}
# Refresh tokens rotate (the used one blacklisted) and carry a hash of the password they were issued
# under; hotel_agent/staff_tokens.py blacklists a user's tokens on password change, deactivation, logout.
SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": dt.timedelta(minutes=15),
    "REFRESH_TOKEN_LIFETIME": dt.timedelta(hours=12),
    "ROTATE_REFRESH_TOKENS": True,
    "BLACKLIST_AFTER_ROTATION": True,
    "CHECK_REVOKE_TOKEN": True,
    "TOKEN_REFRESH_SERIALIZER": "hotel_agent.staff_tokens.StaffTokenRefreshSerializer",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Hotel Agent staff API",
    "VERSION": "0.1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

# --- i18n, static ----------------------------------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("es", "Español"),
    ("en", "English"),
    ("pt", "Português"),
    ("fr", "Français"),
    ("de", "Deutsch"),
    ("it", "Italiano"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env.str("TIME_ZONE", default="Europe/Madrid")
# Until this local time the hotel's day is still the previous one ("tonight" at 00:07 is the night begun).
HOTEL_NIGHT_CUTOFF = dt.time.fromisoformat(env.str("HOTEL_NIGHT_CUTOFF", default="06:00"))
USE_I18N = True
USE_TZ = True
STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# WhiteNoise serves /static/ from the application: in production the collected, compressed files
# with hashed names (cached forever); elsewhere straight from the apps' static folders, so
# development and tests need no collectstatic (`make run` still runs it).
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if IS_PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = not IS_PRODUCTION

DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

if IS_PRODUCTION:
    SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=True)
    CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # HTTPS only: plain HTTP is redirected (probes and scrapes on the host itself excepted) and
    # browsers are told to remember it (HSTS; a year by default, 0 turns it off).
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_REDIRECT_EXEMPT = [r"^health/", r"^metrics$"]
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=365 * 24 * 3600)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=False)
    SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=False)
    # Subdomains and the preload list are the hotel's domain's choice (its website may be plain HTTP):
    # off by default, and Django's deploy check is told that this is deliberate.
    SILENCED_SYSTEM_CHECKS = [
        *([] if SECURE_HSTS_INCLUDE_SUBDOMAINS else ["security.W005"]),
        *([] if SECURE_HSTS_PRELOAD else ["security.W021"]),
    ]

# Operational pages an installation may close: /metrics (Prometheus) and the staff API's schema and docs.
# Days a conversation's transcript and its guest's contact data are kept after its last message;
# then anonymised (the figures stay). 0 keeps them for ever.
RETENTION_DAYS = env.int("RETENTION_DAYS", default=730)
METRICS_ENABLED = env.bool("METRICS_ENABLED", default=True)
API_SCHEMA_ENABLED = env.bool("API_SCHEMA_ENABLED", default=True)

# --- logging ---------------------------------------------------------------------------------
LOG_LEVEL = env.str("LOG_LEVEL", default="INFO")
LOG_FORMAT = env.str("LOG_FORMAT", default="json" if IS_PRODUCTION else "console")
LOGGING_CONFIG = None  # configured by hotel_agent.logging so structlog and stdlib share one pipeline

from hotel_agent.logging import configure_logging  # noqa: E402 - needs the values above

configure_logging(level=LOG_LEVEL, fmt=LOG_FORMAT)

if IS_PRODUCTION:
    refuse_unsafe_production(
        secret_key=SECRET_KEY,
        dev_secret_key=DEV_SECRET_KEY,
        debug=DEBUG,
        pms_backend=PMS_BACKEND,
        secrets={
            "WHATSAPP_APP_SECRET": WHATSAPP_APP_SECRET,
            "WHATSAPP_VERIFY_TOKEN": WHATSAPP_VERIFY_TOKEN,
            "WHATSAPP_ACCESS_TOKEN": WHATSAPP_ACCESS_TOKEN,
        },
        qloapps_api_key=QLOAPPS_API_KEY,
        qloapps_url=QLOAPPS_URL,
        database_engine=str(DATABASES["default"].get("ENGINE", "")),
        urls={
            "DATABASE_URL": env.str("DATABASE_URL", default=""),
            "REDIS_URL": REDIS_URL,
            "EMAIL_IMAP_URL": EMAIL_IMAP_URL,
            "EMAIL_SMTP_URL": EMAIL_SMTP_URL,
        },
        optional_secrets={"LLM_API_KEY": LLM_API_KEY},
    )

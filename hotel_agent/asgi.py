"""ASGI entry point: HTTP through Django, websockets through Channels routing."""

import os
import warnings

from django.conf import settings
from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hotel_agent.settings")
django_asgi_app = get_asgi_application()
# WhiteNoise answers static files with a file response read by a synchronous iterator; Django's ASGI
# handler reads it in a worker thread (fine for static files) and warns each time it does.
warnings.filterwarnings("ignore", message="StreamingHttpResponse must consume synchronous iterators")

from channels.auth import AuthMiddlewareStack  # noqa: E402 - Django must be set up first
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402

from hotel_agent.routing import websocket_urlpatterns  # noqa: E402
from hotel_agent.warmup import warm_up_in_background  # noqa: E402

application = ProtocolTypeRouter(
    {
        "http": django_asgi_app,
        "websocket": AllowedHostsOriginValidator(AuthMiddlewareStack(URLRouter(websocket_urlpatterns))),
    }
)

# The engine runs in this process only on the embedded defaults (Celery eager); otherwise the
# Celery workers warm up instead (hotel_agent.celery), and web workers stay light and responsive.
if settings.CELERY_TASK_ALWAYS_EAGER:
    warm_up_in_background()

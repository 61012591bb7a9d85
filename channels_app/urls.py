from django.urls import URLPattern, URLResolver, include, path

from channels_app.whatsapp.webhook import whatsapp_webhook

urlpatterns: list[URLPattern | URLResolver] = [
    path("webhooks/whatsapp/", whatsapp_webhook, name="whatsapp-webhook"),
    path("", include("channels_app.webchat.urls")),
]

from django.urls import URLPattern, URLResolver, include, path

from channels_app.whatsapp.webhook import WhatsAppWebhookView

urlpatterns: list[URLPattern | URLResolver] = [
    path("webhooks/whatsapp/", WhatsAppWebhookView.as_view(), name="whatsapp-webhook"),
    path("", include("channels_app.webchat.urls")),
]

from django.urls import URLPattern, URLResolver, include, path

from channels_app.media_views import message_media
from channels_app.whatsapp.webhook import WhatsAppWebhookView

urlpatterns: list[URLPattern | URLResolver] = [
    path("webhooks/whatsapp/", WhatsAppWebhookView.as_view(), name="whatsapp-webhook"),
    path("", include("channels_app.webchat.urls")),
    # Under the console's address: staff open a guest's photo or voice note from the transcript.
    path("console/m/<int:message_id>/media/", message_media, name="message-media"),
]

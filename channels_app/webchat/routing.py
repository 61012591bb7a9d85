from django.urls import path

from channels_app.webchat.consumers import GuestChatConsumer

websocket_urlpatterns = [
    path("ws/chat/", GuestChatConsumer.as_asgi()),
    path("ws/chat/<slug:hotel_slug>/", GuestChatConsumer.as_asgi()),
]

from django.urls import path

from channels_app.webchat import views, voice

urlpatterns = [
    path("chat/", views.chat_page, name="webchat"),
    path("chat/<slug:hotel_slug>/", views.chat_page, name="webchat-hotel"),
    path("chat/<slug:hotel_slug>/session/", views.chat_session_start, name="webchat-session"),
    path("chat/<slug:hotel_slug>/privacy/", views.privacy_page, name="webchat-privacy"),
    path("chat/<slug:hotel_slug>/voice/", voice.voice_note_upload, name="webchat-voice"),
]

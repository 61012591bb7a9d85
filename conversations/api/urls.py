from django.urls import path
from rest_framework_simplejwt.views import TokenBlacklistView, TokenRefreshView

from conversations.api import deposits, views

urlpatterns = [
    path("auth/token/", views.StaffTokenView.as_view(), name="api-token"),
    path("auth/token/refresh/", TokenRefreshView.as_view(), name="api-token-refresh"),
    path("auth/token/logout/", TokenBlacklistView.as_view(), name="api-token-logout"),
    path("conversations/", views.ConversationListView.as_view(), name="api-conversations"),
    path(
        "conversations/<int:conversation_id>/messages/", views.MessageListView.as_view(), name="api-messages"
    ),
    path(
        "conversations/<int:conversation_id>/take-over/", views.TakeOverView.as_view(), name="api-take-over"
    ),
    path(
        "conversations/<int:conversation_id>/hand-back/", views.HandBackView.as_view(), name="api-hand-back"
    ),
    path("conversations/<int:conversation_id>/close/", views.CloseView.as_view(), name="api-close"),
    path("conversations/<int:conversation_id>/reply/", views.ReplyView.as_view(), name="api-reply"),
    path("conversations/<int:conversation_id>/notes/", views.NoteView.as_view(), name="api-notes"),
    path("deposit-proofs/", deposits.DepositProofListView.as_view(), name="api-deposit-proofs"),
    path(
        "deposit-proofs/<int:proof_id>/decision/",
        deposits.DepositProofDecisionView.as_view(),
        name="api-deposit-proof-decision",
    ),
]

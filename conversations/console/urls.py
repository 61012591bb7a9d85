from django.contrib.auth import views as auth_views
from django.urls import path

from conversations.console import approvals, facts, views
from hotel_agent.login_throttle import throttled_login_view

app_name = "console"

urlpatterns = [
    path("", views.console_home, name="home"),
    path("login/", throttled_login_view(views.ConsoleLoginView.as_view()), name="login"),
    path("logout/", auth_views.LogoutView.as_view(next_page="/console/login/"), name="logout"),
    path("c/<int:conversation_id>/", views.console_home, name="conversation"),
    path("c/<int:conversation_id>/transcript/", views.transcript_partial, name="transcript"),
    path("c/<int:conversation_id>/header/", views.header_partial, name="header"),
    path("c/<int:conversation_id>/side/", views.side_partial, name="side"),
    path("h/<int:hotel_id>/queues/", views.queues_partial, name="queues"),
    path(
        "c/<int:conversation_id>/m/<int:message_id>/save-fact/", facts.fact_save_from_reply, name="save_fact"
    ),
    path("c/<int:conversation_id>/guest-name/", views.guest_name_edit, name="guest_name"),
    path("language/", views.language_choose, name="language"),
    # Staff approvals (issue 15): deposits' proofs and offers.
    path("deposits/", approvals.deposits_page, name="deposits"),
    path("deposits/<int:proof_id>/file/", approvals.deposit_proof_file, name="deposit_proof_file"),
    path(
        "deposits/<int:proof_id>/decision/", approvals.deposit_proof_decision, name="deposit_proof_decision"
    ),
    path("offers/", approvals.offers_page, name="offers"),
    path("offers/new/", approvals.offer_new, name="offer_new"),
    path("offers/<int:offer_id>/state/", approvals.offer_state, name="offer_state"),
]

from django.apps import AppConfig


class HotelAgentConfig(AppConfig):
    name = "hotel_agent"
    verbose_name = "Hotel Agent"

    def ready(self) -> None:
        from hotel_agent.staff_tokens import connect_signals

        connect_signals()

        from hotel_agent.health import readiness_by_check
        from hotel_agent.metrics import register_labelled_scrape_gauge
        from hotel_agent.queueing import celery_queue_lengths

        register_labelled_scrape_gauge(
            "hotel_agent_ready",
            "Readiness checks as /health/ready runs them: 1 passing, 0 failing (degradations included).",
            "check",
            readiness_by_check,
        )
        register_labelled_scrape_gauge(
            "hotel_agent_celery_queue_length",
            "Celery tasks waiting in the broker (Redis), by queue: work no worker has taken yet.",
            "queue",
            celery_queue_lengths,
        )

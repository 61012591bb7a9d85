"""Errors of the PMS port. Each says what the caller can do about it."""

from __future__ import annotations


class PmsError(Exception):
    """Base of every PMS failure."""

    retryable = False


class PmsUnavailable(PmsError):
    """The PMS cannot be reached, timed out, answered 5xx, or the breaker is open. Try later."""

    retryable = True


class PmsAuthenticationError(PmsError):
    """The PMS refused our credentials. A human must fix the configuration."""


class PmsRateLimited(PmsError):
    """The PMS asked us to slow down."""

    retryable = True


class PmsValidationError(PmsError):
    """The PMS (or our own pre-checks) refused the request as invalid."""


class PmsNotFound(PmsError):
    """The hotel, room type or booking does not exist."""


class PmsChildAgesNeeded(PmsValidationError):
    """The PMS records children only from their ages (QloApps counts `child_ages`): ask the guest each
    child's age, then try again."""


class PmsNoAvailability(PmsValidationError):
    """The PMS has no free room of that type for those nights (checked just before booking)."""

"""Words of installed apps that ship no translation for our staff languages, marked here so makemessages
keeps them in our catalogues (the admin index lists simplejwt's token tables). Never imported: gettext_noop
only marks them; Django finds the translations in LOCALE_PATHS for the apps' own gettext calls."""

from django.utils.translation import gettext_noop

SIMPLEJWT = [
    gettext_noop("Outstanding Token"),
    gettext_noop("Outstanding Tokens"),
    gettext_noop("Blacklisted Token"),
    gettext_noop("Blacklisted Tokens"),
    gettext_noop("Token for %(user)s (%(jti)s)"),
    gettext_noop("Blacklisted token for %(user)s"),
]

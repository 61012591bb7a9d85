"""What the chat page itself tells a guest before any message: who answers, and the privacy notice.

Written per language in the formal register (usted, Sie, vous, Lei), like the agent's replies; a
hotel that addresses guests informally (`Hotel.register`) gets the informal words in the languages
whose reply catalogue has an informal version (`INFORMAL`), so page and replies share one register.
"""

from __future__ import annotations

DISCLOSURE = {
    "es": "Está hablando con un asistente virtual de {hotel}. Una persona del hotel puede tomar la conversación en cualquier momento.",
    "en": "You are talking to a virtual assistant of {hotel}. A person from the hotel can take over the conversation at any time.",
    "pt": "Está a falar com um assistente virtual do {hotel}. Uma pessoa do hotel pode assumir a conversa a qualquer momento.",
    "fr": "Vous parlez avec un assistant virtuel de {hotel}. Une personne de l'hôtel peut reprendre la conversation à tout moment.",
    "de": "Sie sprechen mit einem virtuellen Assistenten von {hotel}. Eine Person aus dem Hotel kann das Gespräch jederzeit übernehmen.",
    "it": "Sta parlando con un assistente virtuale di {hotel}. Una persona dell'hotel può subentrare nella conversazione in qualsiasi momento.",
}

PRIVACY_LINK = {
    "es": "Cómo tratamos sus datos (aviso de privacidad)",
    "en": "How we use your data (privacy notice)",
    "pt": "Como tratamos os seus dados (aviso de privacidade)",
    "fr": "Comment nous traitons vos données (avis de confidentialité)",
    "de": "Wie wir Ihre Daten verwenden (Datenschutzhinweis)",
    "it": "Come trattiamo i suoi dati (informativa sulla privacy)",
}

PRIVACY_TITLE = {
    "es": "Aviso de privacidad",
    "en": "Privacy notice",
    "pt": "Aviso de privacidade",
    "fr": "Avis de confidentialité",
    "de": "Datenschutzhinweis",
    "it": "Informativa sulla privacy",
}

BACK_TO_CHAT = {
    "es": "Volver al chat",
    "en": "Back to the chat",
    "pt": "Voltar ao chat",
    "fr": "Retour au chat",
    "de": "Zurück zum Chat",
    "it": "Torna alla chat",
}

# Used while the hotel has not written its own notice (Hotel.privacy_notice blank).
DEFAULT_PRIVACY_NOTICE = {
    "es": (
        "{hotel} trata los datos que usted escribe en este chat (nombre, correo electrónico, teléfono, "
        "fechas de estancia y mensajes) para responder a sus consultas y gestionar sus reservas. "
        "Las respuestas las redacta un asistente virtual; el personal del hotel puede leer la "
        "conversación y continuarla. Los datos no se ceden a terceros salvo al sistema de reservas "
        "del hotel y cuando la ley lo exija. Puede pedir acceso, rectificación o supresión de sus "
        "datos escribiendo al hotel."
    ),
    "en": (
        "{hotel} processes what you write in this chat (name, e-mail, phone, stay dates and "
        "messages) to answer your questions and manage your bookings. Replies are written by a "
        "virtual assistant; the hotel's staff can read the conversation and continue it. Your data "
        "is not shared with third parties except the hotel's booking system and where the law "
        "requires it. You can ask the hotel for access to, correction or deletion of your data."
    ),
    "pt": (
        "O {hotel} trata os dados que escreve neste chat (nome, e-mail, telefone, datas da estadia e "
        "mensagens) para responder às suas perguntas e gerir as suas reservas. As respostas são "
        "redigidas por um assistente virtual; o pessoal do hotel pode ler a conversa e continuá-la. "
        "Os dados não são cedidos a terceiros, exceto ao sistema de reservas do hotel e quando a lei "
        "o exija. Pode pedir ao hotel acesso, retificação ou eliminação dos seus dados."
    ),
    "fr": (
        "{hotel} traite ce que vous écrivez dans ce chat (nom, e-mail, téléphone, dates de séjour et "
        "messages) pour répondre à vos questions et gérer vos réservations. Les réponses sont "
        "rédigées par un assistant virtuel ; le personnel de l'hôtel peut lire la conversation et la "
        "poursuivre. Vos données ne sont pas communiquées à des tiers, sauf au système de réservation "
        "de l'hôtel et lorsque la loi l'exige. Vous pouvez demander à l'hôtel l'accès à vos données, "
        "leur rectification ou leur effacement."
    ),
    "de": (
        "{hotel} verarbeitet, was Sie in diesen Chat schreiben (Name, E-Mail, Telefon, Reisedaten und "
        "Nachrichten), um Ihre Fragen zu beantworten und Ihre Buchungen zu verwalten. Die Antworten "
        "schreibt ein virtueller Assistent; die Mitarbeiter des Hotels können das Gespräch lesen und "
        "fortsetzen. Ihre Daten werden nicht an Dritte weitergegeben, außer an das Buchungssystem des "
        "Hotels und wo das Gesetz es verlangt. Sie können beim Hotel Auskunft, Berichtigung oder "
        "Löschung Ihrer Daten verlangen."
    ),
    "it": (
        "{hotel} tratta ciò che lei scrive in questa chat (nome, e-mail, telefono, date del soggiorno e "
        "messaggi) per rispondere alle sue domande e gestire le sue prenotazioni. Le risposte sono "
        "scritte da un assistente virtuale; il personale dell'hotel può leggere la conversazione e "
        "continuarla. I dati non vengono ceduti a terzi, salvo al sistema di prenotazione dell'hotel "
        "e quando la legge lo richiede. Può chiedere all'hotel l'accesso, la rettifica o la "
        "cancellazione dei suoi dati."
    ),
}


# The informal words, per table, for the languages that have an informal reply catalogue.
INFORMAL: dict[str, dict[str, str]] = {
    "DISCLOSURE": {
        "es": "Estás hablando con un asistente virtual de {hotel}. Una persona del hotel puede tomar la conversación en cualquier momento.",
    },
    "PRIVACY_LINK": {"es": "Cómo tratamos tus datos (aviso de privacidad)"},
    "DEFAULT_PRIVACY_NOTICE": {
        "es": (
            "{hotel} trata los datos que escribes en este chat (nombre, correo electrónico, teléfono, "
            "fechas de estancia y mensajes) para responder a tus consultas y gestionar tus reservas. "
            "Las respuestas las redacta un asistente virtual; el personal del hotel puede leer la "
            "conversación y continuarla. Los datos no se ceden a terceros salvo al sistema de reservas "
            "del hotel y cuando la ley lo exija. Puedes pedir acceso, rectificación o supresión de tus "
            "datos escribiendo al hotel."
        ),
    },
}
_FORMAL = {
    "DISCLOSURE": DISCLOSURE,
    "PRIVACY_LINK": PRIVACY_LINK,
    "DEFAULT_PRIVACY_NOTICE": DEFAULT_PRIVACY_NOTICE,
}


def page_informal(*, register: str, language: str) -> bool:
    """Whether the page speaks informally: the hotel asks for it and the replies can follow."""
    from conversations.engine.replies import informal_catalogue

    return register == "informal" and informal_catalogue(language) is not None


def words(table: str, *, language: str, informal: bool) -> str:
    """One of the page's sentences in the language and register (formal when no informal one exists)."""
    if informal and language in INFORMAL[table]:
        return INFORMAL[table][language]
    formal = _FORMAL[table]
    return formal.get(language, formal["en"])


def privacy_notice(*, hotel_name: str, custom_text: str, language: str, informal: bool = False) -> str:
    """The hotel's own notice when it wrote one, else the default in the page's language."""
    if custom_text.strip():
        return custom_text
    return words("DEFAULT_PRIVACY_NOTICE", language=language, informal=informal).format(hotel=hotel_name)

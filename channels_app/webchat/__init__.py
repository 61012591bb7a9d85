"""The guest web chat: a browser page and a websocket, a third channel through the same pipeline as WhatsApp.

The guest is known by a random token kept in their Django session (never the session key itself,
which is a credential); it is the `sender` of their `IncomingMessage` and the `webchat_session` of
their `Guest`. Replies reach the page through the outbox like any channel's: the sender pushes
them to the guest's group on the channel layer.
"""

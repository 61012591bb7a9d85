"""The live console: server-rendered pages and one websocket per open screen."""

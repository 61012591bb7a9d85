"""Speech for the channels: voice notes in (decode, speech to text) and voice replies out (text to speech).

`audio.py` decodes what guests send (OGG/Opus, AMR, AAC/MP4, MP3, WAV) to 16 kHz mono with PyAV and
encodes replies as OGG/Opus; `stt.py` and `tts.py` are the ports with their adapters; `voice_notes.py`
turns a stored voice note into its transcript (task `channels_app.transcribe_voice_note`, queue
`speech`); `voice_replies.py` sends an answer as a WhatsApp voice message.
"""

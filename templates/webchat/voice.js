// Voice notes from the web chat: a microphone button records (MediaRecorder, Opus) and uploads the note to
// /chat/<hotel>/voice/; the transcript is answered through the websocket like typed text.
(function () {
  var chat = document.getElementById("chat");
  var form = document.getElementById("form");
  var log = document.getElementById("log");
  if (!chat || !form || !window.MediaRecorder || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) { return; }
  var slug = (chat.dataset.socketPath.match(/\/ws\/chat\/([^/]+)\//) || [])[1];
  if (!slug) { return; }
  var url = "/chat/" + slug + "/voice/";
  var button = document.createElement("button");
  button.type = "button";
  button.id = "voice";
  button.textContent = "🎤";
  button.setAttribute("aria-label", "voice note");
  button.title = "voice note";
  form.insertBefore(button, document.getElementById("send"));
  var recorder = null, chunks = [], started = 0;

  function note(text) {
    var div = document.createElement("div");
    div.className = "msg guest pending";
    div.textContent = text;
    log.appendChild(div);
    log.scrollTop = log.scrollHeight;
    return div;
  }

  var connected = chat.dataset.hasSession === "1";

  // A first note makes the session and opens the socket, whose history redraws the log: the note's
  // bubble goes in after it, so the answer lands below the note.
  function ready() {
    if (connected) { return Promise.resolve(); }
    var headers = { "X-CSRFToken": chat.dataset.csrf };
    return fetch(chat.dataset.sessionUrl, { method: "POST", credentials: "same-origin", headers: headers })
      .then(function (r) {
        if (!r.ok) { throw new Error("HTTP " + r.status); }
        return new Promise(function (resolve) {
          var done = function () { connected = true; resolve(); };
          chat.addEventListener("webchat:history", done, { once: true });
          setTimeout(done, 5000);
          chat.dispatchEvent(new Event("webchat:session"));
        });
      });
  }

  function upload(blob, seconds) {
    var clientId = "v" + Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
    var data = new FormData();
    data.append("audio", blob, "voice-note." + (blob.type.indexOf("ogg") >= 0 ? "ogg" : "webm"));
    data.append("client_id", clientId);
    var bubble = null;
    return ready().then(function () {
      bubble = note("🎤 " + seconds + " s");
      return fetch(url, { method: "POST", credentials: "same-origin", headers: { "X-CSRFToken": chat.dataset.csrf }, body: data });
    }).then(function (r) {
      if (!r.ok) { throw new Error("HTTP " + r.status); }
      bubble.classList.remove("pending");
    }).catch(function () {
      if (bubble) { bubble.classList.add("failed"); }
      document.getElementById("status").textContent = "⚠ 🎤";
    });
  }

  button.addEventListener("click", function () {
    if (recorder && recorder.state === "recording") { recorder.stop(); return; }
    navigator.mediaDevices.getUserMedia({ audio: true }).then(function (stream) {
      var type = ["audio/ogg;codecs=opus", "audio/webm;codecs=opus"].filter(function (t) { return MediaRecorder.isTypeSupported(t); })[0];
      recorder = new MediaRecorder(stream, type ? { mimeType: type } : undefined);
      chunks = [];
      recorder.ondataavailable = function (e) { if (e.data.size) { chunks.push(e.data); } };
      recorder.onstop = function () {
        stream.getTracks().forEach(function (track) { track.stop(); });
        button.textContent = "🎤";
        var seconds = Math.max(1, Math.round((Date.now() - started) / 1000));
        upload(new Blob(chunks, { type: recorder.mimeType || "audio/webm" }), seconds);
      };
      started = Date.now();
      recorder.start();
      button.textContent = "■";
    }).catch(function () { document.getElementById("status").textContent = "⚠ 🎤"; });
  });
})();

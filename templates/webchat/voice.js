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
  var labels = JSON.parse(document.getElementById("labels").textContent);
  var status = document.getElementById("status");
  // Drawn, not an emoji: a browser or kiosk without an emoji font would show an empty box.
  var SVG = "http://www.w3.org/2000/svg";
  function icon(recording) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("width", "20");
    svg.setAttribute("height", "20");
    svg.setAttribute("aria-hidden", "true");
    var shape = document.createElementNS(SVG, "path");
    shape.setAttribute("fill", "currentColor");
    shape.setAttribute("d", recording
      ? "M6 6h12v12H6z"
      : "M12 14a3 3 0 0 0 3-3V5a3 3 0 0 0-6 0v6a3 3 0 0 0 3 3zm5-3a5 5 0 0 1-10 0H5a7 7 0 0 0 6 6.92V21h2v-3.08A7 7 0 0 0 19 11h-2z");
    svg.appendChild(shape);
    return svg;
  }
  function show(recording) {
    var label = recording ? labels.stop : labels.record;
    button.replaceChildren(icon(recording));
    button.setAttribute("aria-label", label);
    button.title = label;
    button.classList.toggle("recording", recording);
  }
  var button = document.createElement("button");
  button.type = "button";
  button.id = "voice";
  show(false);
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
      bubble = note(labels.voice_note + " · " + seconds + " s");
      return fetch(url, { method: "POST", credentials: "same-origin", headers: { "X-CSRFToken": chat.dataset.csrf }, body: data });
    }).then(function (r) {
      if (!r.ok) { throw new Error("HTTP " + r.status); }
      bubble.classList.remove("pending");
    }).catch(function () {
      if (bubble) { bubble.classList.add("failed"); }
      status.textContent = labels.voice_failed;
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
        show(false);
        var seconds = Math.max(1, Math.round((Date.now() - started) / 1000));
        upload(new Blob(chunks, { type: recorder.mimeType || "audio/webm" }), seconds);
      };
      started = Date.now();
      recorder.start();
      show(true);
    }).catch(function () { status.textContent = labels.voice_failed; });
  });
})();

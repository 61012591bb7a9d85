/* Guest web chat: one websocket; messages drawn as bubbles, the agent's choices as buttons. No build step. */
(function () {
  "use strict";
  var labels = JSON.parse(document.getElementById("labels").textContent);
  var chat = document.getElementById("chat");
  var log = document.getElementById("log");
  var form = document.getElementById("form");
  var text = document.getElementById("text");
  var statusLine = document.getElementById("status");
  var socket = null;
  var retry = 0;
  // A session (and its row on the server) is made only when the guest first writes.
  var hasSession = chat.dataset.hasSession === "1";
  var starting = false;
  var pending = {};   // client_id -> payload, resent after a reconnect until acknowledged
  var shown = {};     // message ids already drawn

  document.getElementById("title").textContent = labels.title;
  text.placeholder = labels.placeholder;
  text.setAttribute("aria-label", labels.placeholder);
  document.getElementById("send").textContent = labels.send;

  function newId() {
    if (window.crypto && window.crypto.randomUUID) { return window.crypto.randomUUID(); }
    return Date.now().toString(36) + Math.random().toString(36).slice(2);
  }

  function scroll() { log.scrollTop = log.scrollHeight; }

  function bubble(cls, body, clientId, label) {
    var div = document.createElement("div");
    div.className = "msg " + cls;
    if (label) {
      var who = document.createElement("span");
      who.className = "who";
      who.textContent = label;
      div.appendChild(who);
    }
    div.appendChild(document.createTextNode(body));
    if (clientId) { div.dataset.clientId = clientId; }
    log.appendChild(div);
    scroll();
    return div;
  }

  function disableOldButtons() {
    log.querySelectorAll(".buttons button").forEach(function (b) { b.disabled = true; });
  }

  // Who wrote an answer is named when it changes: the assistant, or the receptionist by first name.
  var lastLabel = "";
  function notice(body) {
    var div = document.createElement("div");
    div.className = "notice";
    div.dataset.author = "system";
    div.textContent = body;
    log.appendChild(div);
    scroll();
  }

  function draw(message) {
    if (message.id && shown[message.id]) { return; }
    if (message.id) { shown[message.id] = true; }
    if (message.from === "guest") { bubble("guest", message.text); return; }
    receipt(message);
    if (message.author === "system") { notice(message.text); lastLabel = ""; return; }
    disableOldButtons();
    var label = message.label && message.label !== lastLabel ? message.label : "";
    lastLabel = message.label || "";
    bubble("hotel " + (message.author === "staff" ? "staff" : "ai"), message.text, null, label).dataset.author = message.author;
    if (message.buttons && message.buttons.length) {
      var row = document.createElement("div");
      row.className = "buttons";
      message.buttons.forEach(function (b) {
        var button = document.createElement("button");
        button.type = "button";
        button.textContent = b.title;
        button.addEventListener("click", function () {
          disableOldButtons();
          submit({ button_id: b.id, title: b.title, text: b.title });
        });
        row.appendChild(button);
      });
      log.appendChild(row);
      scroll();
    }
  }

  var unread = [];
  function receipt(message) {
    if (!message.id || message.status === "read") { return; }
    var visible = document.visibilityState === "visible";
    if (!visible) { unread.push(message.id); }
    transmit({ type: "receipt", id: message.id, status: visible ? "read" : "delivered" });
  }
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState !== "visible") { return; }
    unread.splice(0).forEach(function (id) { transmit({ type: "receipt", id: id, status: "read" }); });
  });

  function transmit(payload) {
    if (socket && socket.readyState === WebSocket.OPEN) { socket.send(JSON.stringify(payload)); }
  }

  function submit(fields) {
    var payload = { client_id: newId() };
    Object.keys(fields).forEach(function (k) { payload[k] = fields[k]; });
    pending[payload.client_id] = payload;
    bubble("guest pending", payload.text, payload.client_id);
    if (!hasSession) { startSession(); return; }  // sent once the socket's history arrives
    transmit(payload);
  }

  function startSession() {
    if (starting) { return; }
    starting = true;
    fetch(chat.dataset.sessionUrl, {
      method: "POST", credentials: "same-origin", headers: { "X-CSRFToken": chat.dataset.csrf }
    }).then(function (response) {
      starting = false;
      if (response.ok) { hasSession = true; connect(); return; }
      var wait = Math.min(parseInt(response.headers.get("Retry-After") || "2", 10) || 2, 60);
      statusLine.textContent = response.status === 429 ? labels.too_fast : labels.failed;
      setTimeout(startSession, wait * 1000);
    }).catch(function () {
      starting = false;
      statusLine.textContent = labels.offline;
      setTimeout(startSession, 2000);
    });
  }

  var MAX_RESENDS = 5;
  var resends = {};   // client_id -> resends after "not_stored"
  function resendLater(clientId) {
    var count = (resends[clientId] || 0) + 1;
    if (count > MAX_RESENDS) { refused(clientId); return; }
    resends[clientId] = count;
    statusLine.textContent = labels.failed;
    setTimeout(function () { if (pending[clientId]) { transmit(pending[clientId]); } }, 2000 * Math.pow(2, count - 1));
  }
  function refused(clientId) {
    delete pending[clientId];
    delete resends[clientId];
    var el = log.querySelector('[data-client-id="' + clientId + '"]');
    if (el) { el.classList.remove("pending"); el.classList.add("refused"); }
    statusLine.textContent = labels.not_sent;
  }

  function onMessage(data) {
    if (data.type === "history") {
      log.innerHTML = "";
      shown = {};
      lastLabel = "";
      data.messages.forEach(draw);
      Object.keys(pending).forEach(function (id) { bubble("guest pending", pending[id].text, id); transmit(pending[id]); });
      chat.dispatchEvent(new Event("webchat:history"));  // voice.js shows its note below the history
    } else if (data.type === "message") {
      draw(data.message);
    } else if (data.type === "ack") {
      delete pending[data.client_id];
      delete resends[data.client_id];
      var el = log.querySelector('[data-client-id="' + data.client_id + '"]');
      if (el) { el.classList.remove("pending"); }
    } else if (data.type === "error") {
      if (data.code === "too_fast") { statusLine.textContent = labels.too_fast; }
      else if (data.code === "not_stored") { resendLater(data.client_id); }
      else { refused(data.client_id); }  // "refused", "empty" or unknown: the same frame would fail again
    }
  }

  function connect() {
    var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(scheme + window.location.host + chat.dataset.socketPath);
    socket.onopen = function () { retry = 0; statusLine.textContent = ""; };
    socket.onmessage = function (e) { try { onMessage(JSON.parse(e.data)); } catch (err) { /* ignore a bad frame */ } };
    socket.onclose = function (e) {
      statusLine.textContent = labels.offline;
      if (e.code === 4403) { window.location.reload(); return; }
      retry = Math.min(retry + 1, 6);
      setTimeout(connect, 500 * retry);
    };
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var body = text.value.trim();
    if (!body) { return; }
    text.value = "";
    submit({ text: body });
  });
  text.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); form.requestSubmit(); }
  });

  // voice.js made the session for a voice note: the socket brings the answer.
  chat.addEventListener("webchat:session", function () { if (!hasSession) { hasSession = true; connect(); } });

  if (hasSession) { connect(); }
})();

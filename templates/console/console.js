/* Hotel Agent console: one websocket for live events; pieces of the page re-fetched as HTML. No build step. */
(function () {
  "use strict";
  var root = document.getElementById("console");
  if (!root) { return; }
  var hotelId = root.dataset.hotelId;
  var conversationId = root.dataset.conversationId ? parseInt(root.dataset.conversationId, 10) : null;
  var header = document.getElementById("conv-header");
  var banner = document.getElementById("banner");
  var connection = document.getElementById("connection");
  var socket = null;
  var retry = 0;
  var requestSeq = 0;
  var watchers = {};
  var typingTimer = null;
  var lastTypingSent = 0;
  var timers = {};

  function debounce(key, ms, fn) {
    clearTimeout(timers[key]);
    timers[key] = setTimeout(fn, ms);
  }

  function showError(text) {
    banner.textContent = text;
    banner.classList.add("show");
    debounce("banner", 8000, function () { banner.classList.remove("show"); });
  }

  function fetchInto(url, element, after) {
    if (!element) { return; }
    fetch(url, { credentials: "same-origin", headers: { "X-Requested-With": "fetch" } })
      .then(function (r) {
        if (r.status === 403 || r.redirected) { window.location.reload(); throw new Error("auth"); }
        if (!r.ok) { throw new Error("HTTP " + r.status); }
        return r.text();
      })
      .then(function (html) { element.innerHTML = html; if (after) { after(); } })
      .catch(function (e) { if (e.message !== "auth") { showError("Could not refresh: " + e.message); } });
  }

  function refreshQueues() {
    var url = root.dataset.queuesUrl + (conversationId ? "?open=" + conversationId : "");
    fetchInto(url, document.getElementById("queues"));
  }

  function atBottom(el) { return el.scrollHeight - el.scrollTop - el.clientHeight < 40; }

  function refreshTranscript() {
    var el = document.getElementById("transcript");
    var stick = atBottom(el);
    fetchInto(header.dataset.transcriptUrl, el, function () { if (stick) { el.scrollTop = el.scrollHeight; } });
  }

  function refreshHeader() { fetchInto(header.dataset.headerUrl, header, function () { renderPresence(); updateComposer(); }); }
  function refreshSide() { fetchInto(header.dataset.sideUrl, document.getElementById("side")); }

  // Guest messages nobody has answered yet carry an "unanswered" badge (rendered by the server in
  // _message.html too); the badges go as soon as the answer is known, before the transcript refresh.
  function markUnanswered(data) {
    var entry = document.querySelector('#transcript .entry.in[data-message-id="' + data.id + '"]');
    if (!entry || entry.querySelector(".unanswered")) { return; }
    var by = entry.querySelector(".by span");
    if (!by) { return; }
    var badge = document.createElement("span");
    badge.className = "reason unanswered";
    badge.title = "Nobody has answered this message yet";
    badge.textContent = "unanswered";
    by.appendChild(document.createTextNode(" "));
    by.appendChild(badge);
  }

  function clearUnanswered(beforeId) {
    var badges = document.querySelectorAll("#transcript .entry.in .unanswered");
    Array.prototype.forEach.call(badges, function (badge) {
      var id = parseInt(badge.closest(".entry").dataset.messageId, 10);
      if (!beforeId || id < beforeId) { badge.remove(); }
    });
  }

  function trackUnanswered(msg) {
    var data = msg.data || {};
    if (msg.event === "conversation.answered") { clearUnanswered(0); return; }
    if (msg.event !== "message.created") { return; }
    if (data.direction === "in" && data.unanswered) { markUnanswered(data); }
    if (data.direction === "out" && (data.author === "ai" || data.author === "staff")) { clearUnanswered(data.id); }
  }

  function heldByMe() {
    var h = header && header.querySelector(".conv-header");
    return !!h && h.dataset.heldByMe === "1";
  }

  function updateComposer() {
    var send = document.getElementById("send-button");
    var hint = document.getElementById("composer-hint");
    if (!send) { return; }
    send.disabled = !heldByMe();
    hint.textContent = heldByMe() ? "" : "Take the conversation over to write to the guest.";
  }

  function renderPresence() {
    var el = document.getElementById("presence");
    if (!el) { return; }
    var names = Object.keys(watchers);
    el.textContent = names.length ? "Also watching: " + names.join(", ") : "";
  }

  function send(payload) {
    if (!socket || socket.readyState !== WebSocket.OPEN) { showError("Not connected; retrying…"); return false; }
    socket.send(JSON.stringify(payload));
    return true;
  }

  function act(action, extra) {
    var payload = { action: action, conversation_id: conversationId, request_id: ++requestSeq };
    Object.keys(extra || {}).forEach(function (k) { payload[k] = extra[k]; });
    return send(payload);
  }

  function onEvent(msg) {
    switch (msg.event) {
      case "hello":
        if (conversationId) { act("watch"); }
        refreshQueues();
        if (conversationId) { refreshTranscript(); refreshHeader(); }
        return;
      case "error":
        showError(msg.message);
        if (msg.action === "take_over" || msg.action === "hand_back" || msg.action === "close" || msg.action === "reply") { refreshHeader(); }
        return;
      case "ack":
        if (msg.action === "reply" || msg.action === "note") {
          var text = document.getElementById("reply-text");
          if (text) { text.value = ""; }
        }
        return;
      case "presence":
        if (msg.conversation_id !== conversationId) { return; }
        if (msg.watching) { watchers[msg.user] = true; } else { delete watchers[msg.user]; }
        renderPresence();
        return;
      case "typing":
        if (msg.conversation_id !== conversationId) { return; }
        var t = document.getElementById("typing");
        t.textContent = msg.user + " is typing…";
        clearTimeout(typingTimer);
        typingTimer = setTimeout(function () { t.textContent = ""; }, 3000);
        return;
      default:
        // message.created, message.status, conversation.state, conversation.answered, staff.action:
        // queues and, if open, the conversation
        debounce("queues", 150, refreshQueues);
        if (conversationId && msg.conversation_id === conversationId) {
          trackUnanswered(msg);
          debounce("transcript", 80, refreshTranscript);
          if (msg.event === "conversation.state") { debounce("header", 50, refreshHeader); }
          if (msg.event !== "message.status") { debounce("side", 300, refreshSide); }
        }
    }
  }

  function setConnected(ok) {
    if (!connection) { return; }
    connection.querySelector(".status-dot").classList.toggle("online", ok);
    connection.querySelector(".label").textContent = ok ? "live" : "reconnecting…";
  }

  function connect() {
    var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(scheme + window.location.host + "/ws/console/");
    socket.onopen = function () { retry = 0; setConnected(true); };
    socket.onmessage = function (e) {
      var msg;
      try { msg = JSON.parse(e.data); } catch (err) { return; }
      onEvent(msg);
    };
    socket.onclose = function (e) {
      setConnected(false);
      watchers = {};
      renderPresence();
      if (e.code === 4403) { showError("This account has no access to the console."); return; }
      retry = Math.min(retry + 1, 6);
      setTimeout(connect, 500 * retry);
    };
  }

  document.addEventListener("click", function (e) {
    var button = e.target.closest("button[data-action]");
    if (!button || !conversationId) { return; }
    var extra = {};
    if (button.dataset.action === "hand_back") {
      var summary = document.getElementById("handback-summary");
      extra.summary = summary ? summary.value : "";
    }
    if (button.dataset.action === "close" && !window.confirm("Close this conversation?")) { return; }
    act(button.dataset.action, extra);
  });

  var composer = document.getElementById("composer");
  if (composer) {
    var text = document.getElementById("reply-text");
    composer.addEventListener("submit", function (e) {
      e.preventDefault();
      if (text.value.trim()) { act("reply", { text: text.value }); }
    });
    document.getElementById("note-button").addEventListener("click", function () {
      if (text.value.trim()) { act("note", { text: text.value }); }
    });
    text.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && !e.shiftKey && heldByMe()) { e.preventDefault(); composer.requestSubmit(); }
    });
    text.addEventListener("input", function () {
      var now = Date.now();
      if (now - lastTypingSent > 2000) { lastTypingSent = now; act("typing"); }
    });
    var canned = document.getElementById("canned");
    if (canned) {
      canned.addEventListener("change", function () {
        var chosen = canned.value.split("{name}").join(root.dataset.staffFirstName || "");
        if (chosen) { text.value = text.value ? text.value + "\n" + chosen : chosen; text.focus(); }
        canned.value = "";
      });
    }
    updateComposer();
    var tr = document.getElementById("transcript");
    tr.scrollTop = tr.scrollHeight;
  }

  connect();
})();

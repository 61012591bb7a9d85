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
  // The page's words in the staff member's language, rendered by the server (console.html).
  var strings = JSON.parse(document.getElementById("console-strings").textContent);
  function t(key, values) {
    var text = strings[key] || key;
    Object.keys(values || {}).forEach(function (name) { text = text.split("%(" + name + ")s").join(values[name]); });
    return text;
  }

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
      .catch(function (e) { if (e.message !== "auth") { showError(t("could_not_refresh", { error: e.message })); } });
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
  function refreshSide() {
    var side = document.getElementById("side");
    // Not while the receptionist is typing the guest's name there.
    if (side && side.contains(document.activeElement) && document.activeElement.tagName === "INPUT") { return; }
    fetchInto(header.dataset.sideUrl, side);
  }

  // Guest messages nobody has answered yet carry an "unanswered" badge (rendered by the server in
  // _message.html too); the badges go as soon as the answer is known, before the transcript refresh.
  function markUnanswered(data) {
    var entry = document.querySelector('#transcript .entry.in[data-message-id="' + data.id + '"]');
    if (!entry || entry.querySelector(".unanswered")) { return; }
    var by = entry.querySelector(".by span");
    if (!by) { return; }
    var badge = document.createElement("span");
    badge.className = "reason unanswered";
    badge.title = t("nobody_answered");
    badge.textContent = t("unanswered");
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
    hint.textContent = heldByMe() ? "" : t("take_over_to_write");
  }

  function renderPresence() {
    var el = document.getElementById("presence");
    if (!el) { return; }
    var names = Object.keys(watchers);
    el.textContent = names.length ? t("also_watching", { names: names.join(", ") }) : "";
  }

  function send(payload) {
    if (!socket || socket.readyState !== WebSocket.OPEN) { showError(t("not_connected")); return false; }
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
        var typingLine = document.getElementById("typing");
        typingLine.textContent = t("typing", { user: msg.user });
        clearTimeout(typingTimer);
        typingTimer = setTimeout(function () { typingLine.textContent = ""; }, 3000);
        return;
      default:
        // message.created, message.status, conversation.state, conversation.answered, staff.action:
        // queues and, if open, the conversation
        debounce("queues", 150, refreshQueues);
        if (conversationId && msg.conversation_id === conversationId) {
          trackUnanswered(msg);
          debounce("transcript", 80, refreshTranscript);
          if (msg.event === "conversation.state" || msg.event === "staff.action") { debounce("header", 50, refreshHeader); }
          if (msg.event !== "message.status") { debounce("side", 300, refreshSide); }
        }
    }
  }

  function setConnected(ok) {
    if (!connection) { return; }
    connection.querySelector(".status-dot").classList.toggle("online", ok);
    connection.querySelector(".label").textContent = ok ? t("live") : t("reconnecting");
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
      if (e.code === 4403) { showError(t("no_access")); return; }
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
    if (button.dataset.action === "close" && !window.confirm(t("confirm_close"))) { return; }
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
    var cannedAll = document.getElementById("canned-all");
    if (canned && cannedAll) {
      // The conversation's language only, unless the receptionist asks for every language.
      cannedAll.addEventListener("change", function () {
        Array.prototype.forEach.call(canned.querySelectorAll("option[data-language]"), function (option) {
          var other = option.dataset.language !== canned.dataset.language;
          option.hidden = other && !cannedAll.checked;
          option.disabled = other && !cannedAll.checked;
        });
      });
    }
    updateComposer();
    var tr = document.getElementById("transcript");
    tr.scrollTop = tr.scrollHeight;
  }

  // The guest's name, edited in the side panel: saved without leaving the page.
  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (!form || form.id !== "guest-name-form") { return; }
    e.preventDefault();
    fetch(form.action, { method: "POST", body: new FormData(form), credentials: "same-origin", headers: { "X-Requested-With": "fetch" } })
      .then(function (r) {
        if (!r.ok) { return r.text().then(function (text) { throw new Error(text || ("HTTP " + r.status)); }); }
        document.activeElement.blur();
        refreshHeader(); refreshSide(); refreshQueues();
      })
      .catch(function (err) { showError(err.message); });
  });

  connect();
})();

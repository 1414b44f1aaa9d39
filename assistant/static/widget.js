/*
 * terms-assistant widget: one <script> tag puts a question box on any page.
 *
 *   <script src="http://127.0.0.1:7860/widget.js" data-documents="acme-terms" data-token="..."></script>
 *
 * Optional attributes: data-server (default: where this script came from), data-documents
 * (comma-separated names; default: all), data-token (when the server requires one),
 * data-target (a CSS selector to render into; default: right after the script tag).
 * No dependencies. Every piece of text from the server is set with textContent, never as HTML.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var server = (script.getAttribute("data-server") || new URL(script.src).origin).replace(/\/$/, "");
  var token = script.getAttribute("data-token") || "";
  var documents = (script.getAttribute("data-documents") || "").split(",").map(function (s) { return s.trim(); }).filter(Boolean);
  var targetSelector = script.getAttribute("data-target");

  var host = document.createElement("div");
  host.className = "terms-assistant-widget";
  if (targetSelector && document.querySelector(targetSelector)) {
    document.querySelector(targetSelector).appendChild(host);
  } else {
    script.parentNode.insertBefore(host, script.nextSibling);
  }
  var root = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;

  var style = document.createElement("style");
  style.textContent = [
    ":host{all:initial}",
    ".box{font:15px/1.45 system-ui,sans-serif;color:#1f2328;border:1px solid #d0d7de;border-radius:10px;padding:14px;max-width:720px;background:#fff}",
    "form{display:flex;gap:8px}",
    "input{flex:1;font:inherit;padding:8px 10px;border:1px solid #d0d7de;border-radius:6px}",
    "button{font:inherit;padding:8px 14px;border:0;border-radius:6px;background:#0969da;color:#fff;cursor:pointer}",
    "button[disabled]{opacity:.6;cursor:default}",
    ".verdict{display:inline-block;margin-top:12px;padding:3px 10px;border-radius:999px;color:#fff;font-weight:600}",
    ".yes{background:#1a7f37}.no{background:#cf222e}.conditional{background:#9a6700}.not_addressed{background:#57606a}.answered{background:#0969da}",
    ".confidence{margin-left:8px;color:#57606a;font-size:13px}",
    ".answer{margin-top:8px;white-space:pre-wrap}",
    ".error{margin-top:10px;color:#cf222e}",
    ".status{margin-top:10px;color:#57606a;font-size:13px}",
    "ol{padding-left:20px;margin:10px 0 0}",
    "li{margin:8px 0}",
    ".where{font-weight:600}",
    "blockquote{margin:4px 0 0;padding:6px 10px;border-left:3px solid #d4a72c;background:#fff8c5;white-space:pre-wrap}"
  ].join("\n");
  root.appendChild(style);

  var box = el("div", "box");
  var form = el("form");
  var input = el("input");
  input.type = "text";
  input.placeholder = "Ask about these terms, e.g. Can they train AI on my video?";
  input.setAttribute("aria-label", "Question about the terms");
  var button = el("button", null, "Ask");
  button.type = "submit";
  form.appendChild(input);
  form.appendChild(button);
  var status = el("div", "status");
  var verdict = el("span", "verdict");
  verdict.hidden = true;
  // A close yes/no reading (the API's `confidence` is "low"): the cited clauses, not the badge, decide.
  var confidence = el("span", "confidence", "Low confidence: read the cited clauses.");
  confidence.hidden = true;
  var answer = el("div", "answer");
  var citations = el("ol", "citations");
  var error = el("div", "error");
  [form, verdict, confidence, answer, status, citations, error].forEach(function (n) { box.appendChild(n); });
  root.appendChild(box);

  var LABELS = { yes: "Yes", no: "No", conditional: "Conditional", not_addressed: "Not addressed", answered: "Answered" };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function showVerdict(value, level) {
    verdict.hidden = false;
    verdict.className = "verdict " + (LABELS[value] ? value : "not_addressed");
    verdict.textContent = LABELS[value] || String(value);
    verdict.setAttribute("data-confidence", level || "");
    confidence.hidden = level !== "low";
  }

  function showClauses(clauses) {
    citations.textContent = "";
    clauses.forEach(function (c) {
      var item = el("li");
      var where = [c.document + " (" + c.version + ")"];
      if (c.section) where.push("§ " + c.section);
      if (c.heading) where.push(c.heading);
      if (c.page !== null && c.page !== undefined) where.push("page " + c.page);
      item.appendChild(el("div", "where", where.join(" · ")));
      item.appendChild(el("blockquote", null, c.quote));
      citations.appendChild(item);
    });
  }

  function handle(name, data) {
    if (name === "evidence") {
      status.textContent = "Found " + data.clauses.length + " relevant clauses; reading them…";
      showClauses(data.clauses);
    } else if (name === "verdict") {
      showVerdict(data.verdict, data.confidence);
    } else if (name === "token") {
      answer.textContent += data.text;
    } else if (name === "answer") {
      showVerdict(data.verdict, data.confidence);
      answer.textContent = data.answer;
      showClauses(data.citations);
      status.textContent = data.citations.length ? "Cited clauses:" : "No clause in these terms decides this.";
    } else if (name === "error") {
      error.textContent = data.error;
    }
  }

  function parseEvent(raw) {
    var name = "message";
    var data = [];
    raw.split("\n").forEach(function (line) {
      if (line.indexOf("event:") === 0) name = line.slice(6).trim();
      else if (line.indexOf("data:") === 0) data.push(line.slice(5).replace(/^ /, ""));
    });
    return { name: name, data: data.length ? JSON.parse(data.join("\n")) : null };
  }

  async function ask(question) {
    [status, answer, citations, error].forEach(function (n) { n.textContent = ""; });
    verdict.hidden = true;
    button.disabled = true;
    status.textContent = "Searching the terms…";
    try {
      var headers = { "Content-Type": "application/json" };
      if (token) headers.Authorization = "Bearer " + token;
      var response = await fetch(server + "/v1/ask", {
        method: "POST",
        headers: headers,
        body: JSON.stringify({ question: question, documents: documents.length ? documents : null, stream: true })
      });
      if (!response.ok) {
        var problem = await response.json().catch(function () { return { error: response.statusText }; });
        throw new Error(problem.error || ("HTTP " + response.status));
      }
      var reader = response.body.getReader();
      var decoder = new TextDecoder();
      var buffer = "";
      for (;;) {
        var chunk = await reader.read();
        if (chunk.done) break;
        buffer += decoder.decode(chunk.value, { stream: true }).replace(/\r\n/g, "\n");
        var cut;
        while ((cut = buffer.indexOf("\n\n")) >= 0) {
          var event = parseEvent(buffer.slice(0, cut));
          buffer = buffer.slice(cut + 2);
          if (event.data) handle(event.name, event.data);
        }
      }
    } catch (e) {
      status.textContent = "";
      error.textContent = e.message || String(e);
    } finally {
      button.disabled = false;
    }
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var question = input.value.trim();
    if (question) ask(question);
  });
})();

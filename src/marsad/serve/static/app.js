// marsad web page: analyze an article, browse a corpus. No framework, no CDN.
// SAFETY: every string that comes from an article or the API is put into the page as text
// (textContent / createTextNode / setAttribute on fixed attribute names). Nothing is ever parsed
// as HTML, so an article holding <script> or onerror=... shows them literally and runs nothing.
"use strict";

(function () {
  const SVG_NS = "http://www.w3.org/2000/svg";
  const TYPE_NAMES = { PER: "شخص", ORG: "منظمة", LOC: "مكان", MISC: "متفرقات" };
  const TIME_TYPES = { DATE: "تاريخ", TIME: "وقت", DURATION: "مدة", SET: "تكرار" };
  const PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf", "#7f7f7f"];

  // ---------- DOM helpers (text only) ----------
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    setAttrs(el, attrs);
    append(el, children);
    return el;
  }

  function s(tag, attrs, ...children) {
    const el = document.createElementNS(SVG_NS, tag);
    setAttrs(el, attrs);
    append(el, children);
    return el;
  }

  function setAttrs(el, attrs) {
    if (!attrs) return;
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "onclick") el.addEventListener("click", value);
      else if (key === "text") el.textContent = String(value);
      else if (key === "css") Object.assign(el.style, value); // CSSOM, allowed by the page's CSP
      else el.setAttribute(key, String(value));
    }
  }

  function append(el, children) {
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      el.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }

  function clear(el) {
    while (el.firstChild) el.removeChild(el.firstChild);
    return el;
  }

  function $(id) {
    return document.getElementById(id);
  }

  function safeUrl(url) {
    return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
  }

  // ---------- API ----------
  async function api(path, options) {
    let response;
    try {
      response = await fetch(path, options);
    } catch (err) {
      throw new Error("تعذّر الاتصال بالخادم (" + err.message + ")");
    }
    let body = null;
    try {
      body = await response.json();
    } catch (err) {
      body = null;
    }
    if (!response.ok) {
      const message = body && typeof body.error === "string" ? body.error : "خطأ " + response.status;
      const error = new Error(message);
      error.status = response.status;
      throw error;
    }
    return body;
  }

  function setStatus(el, message, kind) {
    clear(el);
    el.className = "status" + (kind ? " " + kind : "");
    if (message) el.textContent = message;
  }

  // ---------- highlighting: nested, non-crossing spans ----------
  function collectSpans(obj) {
    const spans = [];
    (obj.quotes || []).forEach((q, i) => spans.push({ start: q.start, end: q.end, kind: "quote", rank: 0, i, data: q }));
    (obj.entities || []).forEach((e, i) => spans.push({ start: e.start, end: e.end, kind: "ent", rank: 1, i, data: e }));
    (obj.times || []).forEach((t, i) => spans.push({ start: t.start, end: t.end, kind: "time", rank: 1, i, data: t }));
    (obj.events || []).forEach((ev, i) => {
      if (ev.trigger && typeof ev.trigger.start === "number") {
        spans.push({ start: ev.trigger.start, end: ev.trigger.end, kind: "trigger", rank: 2, i, data: ev });
      }
    });
    const n = (obj.text || "").length;
    return spans.filter((x) => Number.isInteger(x.start) && Number.isInteger(x.end) && x.start >= 0 && x.end <= n && x.start < x.end);
  }

  function bySpan(a, b) {
    return a.start - b.start || b.end - a.end || a.rank - b.rank;
  }

  // Turn possibly crossing spans into a tree: a span crossing its parent's end is cut in two.
  function buildTree(spans) {
    let rest = spans.slice().sort(bySpan);
    const nodes = [];
    while (rest.length) {
      const top = rest.shift();
      const inner = [];
      const after = [];
      for (const t of rest) {
        if (t.start >= top.end) after.push(t);
        else if (t.end <= top.end) inner.push(t);
        else {
          if (top.end > t.start) inner.push(Object.assign({}, t, { end: top.end, cut: true }));
          after.push(Object.assign({}, t, { start: top.end, cut: true, cont: true }));
        }
      }
      nodes.push({ span: top, children: buildTree(inner) });
      rest = after.sort(bySpan);
    }
    return nodes;
  }

  function entityTitle(e) {
    const parts = [TYPE_NAMES[e.type] || e.type];
    if (e.id) parts.push("المعرّف: " + e.id);
    if (e.country) parts.push("البلد: " + e.country);
    if (e.role) parts.push("الدور: " + e.role);
    return parts.join(" · ");
  }

  function timeTitle(t) {
    const parts = [(TIME_TYPES[t.type] || t.type) + " = " + t.value];
    if (t.mod) parts.push("المُعدِّل: " + t.mod);
    if (t.calendar) parts.push("التقويم: " + t.calendar);
    return parts.join(" · ");
  }

  function quoteTitle(q) {
    const parts = ["اقتباس " + (q.direct ? "مباشر" : "غير مباشر")];
    parts.push("المتحدث: " + (q.speaker ? q.speaker.text : "غير معروف"));
    if (q.cue) parts.push("فعل القول: " + q.cue);
    if (q.via && q.via.length) parts.push("عبر: " + q.via.join(" ← "));
    return parts.join(" · ");
  }

  function eventTitle(ev) {
    const parts = ["حدث " + ev.type];
    if (ev.cameo) parts.push("رمز كاميو " + ev.cameo);
    if (ev.actor) parts.push("الفاعل: " + ev.actor.text);
    if (ev.target) parts.push("المفعول به: " + ev.target.text);
    if (ev.place) parts.push("المكان: " + ev.place.text);
    return parts.join(" · ");
  }

  function markFor(span) {
    const d = span.data;
    if (span.kind === "ent") {
      return h("mark", { class: "ent ent-" + d.type, "data-type": d.type, "data-i": span.i, title: entityTitle(d) });
    }
    if (span.kind === "time") {
      return h("mark", { class: "tx tx-" + d.type, "data-type": d.type, "data-value": d.value, "data-i": span.i, title: timeTitle(d) });
    }
    if (span.kind === "quote") {
      return h("span", { class: "quote" + (d.direct ? " direct" : ""), "data-i": span.i, title: quoteTitle(d) });
    }
    return h("span", { class: "trigger", "data-type": d.type, "data-i": span.i, title: eventTitle(d) });
  }

  // A highlight that starts or ends inside a word would cut the joining of its letters (و|لأكثر): a
  // zero-width joiner on both sides of such a boundary keeps each letter in its joined form.
  const ZWJ = "\u200d";
  const DIACRITIC = /[\u064b-\u065f\u0670]/;
  const JOINS_NEXT = /[\u0626\u0628\u062a-\u062e\u0633-\u063a\u0640-\u0647\u0649\u064a\u066e\u066f\u06a9\u06af\u06cc]/;
  const LETTER = /[\u0621-\u064a\u066e-\u06d3]/;

  function joinsAt(text, i) {
    let a = i - 1;
    while (a >= 0 && DIACRITIC.test(text[a])) a--;
    return a >= 0 && i < text.length && JOINS_NEXT.test(text[a]) && LETTER.test(text[i]);
  }

  function piece(text, from, to) {
    return document.createTextNode((joinsAt(text, from) ? ZWJ : "") + text.slice(from, to) + (joinsAt(text, to) ? ZWJ : ""));
  }

  function emit(parent, text, nodes, from, to) {
    let pos = from;
    for (const node of nodes) {
      const sp = node.span;
      if (sp.start > pos) parent.appendChild(piece(text, pos, sp.start));
      const el = markFor(sp);
      emit(el, text, node.children, sp.start, sp.end);
      parent.appendChild(el);
      if (sp.kind === "time" && !sp.cut) {
        parent.appendChild(h("span", { class: "tx-val", dir: "ltr", text: sp.data.value }));
      }
      pos = sp.end;
    }
    if (to > pos) parent.appendChild(piece(text, pos, to));
  }

  function renderArticleText(obj) {
    const text = obj.text || "";
    const el = h("div", { class: "article-text", "data-testid": "article-text" });
    emit(el, text, buildTree(collectSpans(obj)), 0, text.length);
    return el;
  }

  // ---------- tables ----------
  function table(cls, headers, rows, empty) {
    if (!rows.length) return h("p", { class: "empty " + cls }, empty);
    const thead = h("thead", null, h("tr", null, headers.map((x) => h("th", null, x))));
    const tbody = h("tbody", null, rows);
    return h("table", { class: "data " + cls }, thead, tbody);
  }

  function cell(cls, value, attrs) {
    const empty = value === null || value === undefined || value === "";
    // numbers and codes (dir="ltr") are isolated, so a sign stays where it is written ("-4", not "4-")
    const content = !empty && attrs && attrs.dir === "ltr" && !(value instanceof Node) ? h("bdi", { dir: "ltr" }, value) : value;
    return h("td", Object.assign({ class: cls }, attrs || {}), empty ? "—" : content);
  }

  function legend(obj) {
    const counts = {};
    (obj.entities || []).forEach((e) => { counts[e.type] = (counts[e.type] || 0) + 1; });
    const items = Object.keys(TYPE_NAMES).map((t) =>
      h("span", { class: "legend-item" }, h("mark", { class: "ent ent-" + t }, TYPE_NAMES[t]), " " + (counts[t] || 0)));
    items.push(h("span", { class: "legend-item" }, h("mark", { class: "tx" }, "زمن"), " " + (obj.times || []).length));
    items.push(h("span", { class: "legend-item" }, h("span", { class: "quote" }, "اقتباس"), " " + (obj.quotes || []).length));
    items.push(h("span", { class: "legend-item" }, h("span", { class: "trigger" }, "حدث"), " " + (obj.events || []).length));
    return h("div", { class: "legend" }, items);
  }

  function placeText(p) {
    if (!p) return null;
    if (p.lat === null || p.lat === undefined) return p.text;
    return [p.text + " ", h("bdi", { dir: "ltr", class: "coords" }, p.lat.toFixed(2) + ", " + p.lon.toFixed(2))];
  }

  function actorText(a) {
    if (!a) return "—";
    return a.country ? a.text + " (" + a.country + ")" : a.text;
  }

  function renderAnalysis(obj, extraMeta) {
    const frag = document.createDocumentFragment();
    frag.appendChild(h("h2", { class: "res-title", "data-testid": "res-title" }, obj.title || "(بلا عنوان)"));
    const meta = [];
    meta.push(h("span", null, "تاريخ النشر: ", h("bdi", { dir: "ltr" }, obj.published || "غير معروف")));
    if (obj.sources && obj.sources.length) meta.push(h("span", null, "المصادر: " + obj.sources.join("، ")));
    if (obj.credits && obj.credits.length) meta.push(h("span", null, "حقوق الصور: " + obj.credits.join("، ")));
    if (obj.countries && obj.countries.length) meta.push(h("span", null, "الدول: ", h("bdi", { dir: "ltr" }, obj.countries.join(" "))));
    (extraMeta || []).forEach((m) => meta.push(m));
    frag.appendChild(h("p", { class: "meta" }, meta));
    if (obj.errors && obj.errors.length) {
      frag.appendChild(h("p", { class: "status error" }, "أخطاء المراحل: " + obj.errors.join("؛ ")));
    }
    frag.appendChild(legend(obj));
    frag.appendChild(renderArticleText(obj));

    frag.appendChild(h("h3", null, "الكيانات"));
    frag.appendChild(table("entities-table", ["النص", "النوع", "المعرّف", "البلد", "الدور"],
      (obj.entities || []).map((e) => h("tr", { "data-type": e.type },
        cell("e-text", e.text), cell("e-type", e.type, { title: TYPE_NAMES[e.type] || "" }),
        cell("e-id", e.id, { dir: "ltr" }), cell("e-country", e.country, { dir: "ltr" }), cell("e-role", e.role))),
      "لا كيانات."));

    frag.appendChild(h("h3", null, "التعابير الزمنية"));
    frag.appendChild(table("times-table", ["النص", "النوع", "القيمة المعيارية", "ملاحظات"],
      (obj.times || []).map((t) => h("tr", null,
        cell("t-text", t.text), cell("t-type", t.type), cell("t-value", t.value, { dir: "ltr" }),
        cell("t-notes", [t.mod, t.calendar].filter(Boolean).join(" · ")))),
      "لا تعابير زمنية."));

    frag.appendChild(h("h3", null, "الاقتباسات"));
    frag.appendChild(table("quotes-table", ["المتحدث", "فعل القول", "سلسلة النقل", "النوع", "المضمون"],
      (obj.quotes || []).map((q) => h("tr", null,
        cell("q-speaker", q.speaker ? q.speaker.text : null), cell("q-cue", q.cue),
        cell("q-via", (q.via || []).length ? q.via.join(" ← ") : null),
        cell("q-direct", q.direct ? "مباشر" : "غير مباشر"), cell("q-text", q.text))),
      "لا اقتباسات."));

    frag.appendChild(h("h3", null, "الأحداث"));
    frag.appendChild(table("events-table", ["النوع", "رمز كاميو", "غولدستين", "الفاعل", "المفعول به", "الفعل", "الزمن", "الصيغة", "المكان"],
      (obj.events || []).map((ev) => h("tr", null,
        cell("ev-type", ev.type, { dir: "ltr" }), cell("ev-cameo", ev.cameo, { dir: "ltr" }),
        cell("ev-goldstein", ev.goldstein === null || ev.goldstein === undefined ? null : String(ev.goldstein), { dir: "ltr" }),
        cell("ev-actor", actorText(ev.actor)), cell("ev-target", actorText(ev.target)),
        cell("ev-trigger", ev.trigger ? ev.trigger.text : null), cell("ev-time", ev.time, { dir: "ltr" }),
        cell("ev-mode", ev.mode), cell("ev-place", placeText(ev.place)))),
      "لا أحداث."));
    return frag;
  }

  // ---------- analyze view ----------
  async function onAnalyze(event) {
    event.preventDefault();
    const status = $("analyze-status");
    const result = $("result");
    const text = $("article-text").value;
    const published = $("published").value.trim();
    const file = $("article-file").files[0];
    if (published && !/^\d{4}-\d{2}-\d{2}$/.test(published)) {
      setStatus(status, "تاريخ النشر بالصيغة YYYY-MM-DD، مثل 2021-12-09", "error");
      return;
    }
    let options;
    if (file) {
      const form = new FormData();
      form.append("file", file, file.name);
      if (published) form.append("published", published);
      options = { method: "POST", body: form };
    } else {
      if (!text.trim()) {
        setStatus(status, "الصق نص مقال أو اختر ملفاً أولاً.", "error");
        return;
      }
      options = {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text: text, published: published || null }),
      };
    }
    $("analyze-btn").disabled = true;
    result.removeAttribute("data-ready");
    setStatus(status, "جارٍ التحليل…", "busy");
    const t0 = performance.now();
    try {
      const obj = await api("/api/analyze", options);
      clear(result).appendChild(renderAnalysis(obj));
      result.hidden = false;
      result.setAttribute("data-ready", "1");
      setStatus(status, "تم التحليل في " + Math.round(performance.now() - t0) + " مللي ثانية.", "ok");
    } catch (err) {
      setStatus(status, "خطأ: " + err.message, "error");
    } finally {
      $("analyze-btn").disabled = false;
    }
  }

  // ---------- corpus views ----------
  let health = null;

  function corpusProblem(container) {
    if (health && health.corpus && !health.corpus.available) {
      clear(container).appendChild(h("p", { class: "status error" }, "المدوّنة غير متاحة: " + health.corpus.problem));
      return true;
    }
    return false;
  }

  function snippetNode(hit) {
    const snip = hit.snippet || "";
    const m = hit.match;
    const p = h("p", { class: "snippet" });
    if (m && Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.start < m.end && m.end <= snip.length) {
      append(p, [snip.slice(0, m.start), h("mark", { class: "hit" }, snip.slice(m.start, m.end)), snip.slice(m.end)]);
    } else {
      p.textContent = snip;
    }
    return p;
  }

  async function runSearch(params) {
    const out = $("search-results");
    $("search-q").value = params.get("q") || "";
    if (corpusProblem(out)) return;
    const q = (params.get("q") || "").trim();
    if (!q) {
      clear(out);
      return;
    }
    setStatus(out, "جارٍ البحث…", "busy");
    try {
      const res = await api("/api/search?" + new URLSearchParams({ q: q, limit: "50" }).toString());
      clear(out);
      if (!res.hits.length) {
        out.appendChild(h("p", { class: "empty" }, "لا نتائج."));
        return;
      }
      if (Number.isInteger(res.total)) {
        const shown = res.total > res.hits.length ? ["، المعروض منها ", h("bdi", { dir: "ltr" }, String(res.hits.length))] : [];
        out.appendChild(h("p", { class: "hits-total" }, "عدد النتائج: ", h("bdi", { dir: "ltr" }, String(res.total)), ...shown));
      }
      const list = h("ol", { class: "hits" });
      for (const hit of res.hits) {
        const link = h("a", { href: "#/article/" + encodeURIComponent(String(hit.id)) }, hit.title || "(بلا عنوان)");
        list.appendChild(h("li", null, link,
          h("div", { class: "hit-meta" }, h("bdi", { dir: "ltr" }, hit.published || "—"), hit.source ? " · " + hit.source : ""),
          snippetNode(hit)));
      }
      out.appendChild(list);
    } catch (err) {
      setStatus(out, "خطأ: " + err.message, "error");
    }
  }

  async function showArticle(id) {
    const out = $("article-view");
    if (corpusProblem(out)) return;
    setStatus(out, "جارٍ التحميل…", "busy");
    try {
      let art;
      try {
        art = await api("/api/articles/" + encodeURIComponent(id));
      } catch (err) {
        if (err.status === 404) throw new Error("لا يوجد مقال بهذا الرقم في المدوّنة.");
        throw err;
      }
      const extra = [];
      if (art.source) extra.push(h("span", null, "المصدر: " + art.source));
      const url = safeUrl(art.url);
      if (url) extra.push(h("a", { href: url, rel: "noopener noreferrer", target: "_blank", dir: "ltr" }, "الرابط الأصلي"));
      clear(out).appendChild(renderAnalysis(art, extra));
      if (art.group && art.group.length > 1) {
        out.appendChild(h("h3", null, "المقال نفسه في منافذ أخرى"));
        out.appendChild(h("ul", null, art.group.filter((g) => String(g.id) !== String(art.id)).map((g) =>
          h("li", null, h("a", { href: "#/article/" + encodeURIComponent(String(g.id)) }, g.title || "(بلا عنوان)"),
            " — " + (g.source || "") + " ", h("bdi", { dir: "ltr" }, g.published || "")))));
      }
    } catch (err) {
      setStatus(out, "خطأ: " + err.message, "error");
    }
  }

  async function showEntities(params) {
    const out = $("entities-list");
    if (corpusProblem(out)) return;
    const type = params.get("type") || "";
    $("entities-type").value = type;
    try {
      const qs = new URLSearchParams({ limit: "50" });
      if (type) qs.set("type", type);
      const rows = await api("/api/entities?" + qs.toString());
      const max = Math.max(1, ...rows.map((r) => r.articles || r.mentions || 0));
      clear(out).appendChild(table("top-entities", ["الكيان", "النوع", "البلد", "الإشارات", "المقالات", ""],
        rows.map((r) => h("tr", null,
          h("td", null, h("a", { href: "#/entities?" + new URLSearchParams({ entity: r.text, type: type }).toString() }, r.text)),
          cell("", r.type), cell("", r.country, { dir: "ltr" }), cell("", String(r.mentions)), cell("", String(r.articles)),
          h("td", { class: "bar-cell" }, h("span", { class: "bar", css: { width: Math.round(100 * (r.articles || 0) / max) + "%" } })))),
        "لا كيانات في المدوّنة."));
    } catch (err) {
      setStatus(out, "خطأ: " + err.message, "error");
    }
    const entity = params.get("entity");
    if (entity) showCooccurrence(entity);
    else clear($("cooc-view"));
  }

  async function showCooccurrence(entity) {
    const out = $("cooc-view");
    setStatus(out, "جارٍ الحساب…", "busy");
    try {
      const res = await api("/api/cooccurrence?" + new URLSearchParams({ entity: entity, limit: "20" }).toString());
      clear(out);
      out.appendChild(h("h3", null, "يظهر مع «" + entity + "» (" + res.articles + " مقال)"));
      out.appendChild(h("p", null, h("a", { href: "#/timeline?" + new URLSearchParams({ actor: entity }).toString() }, "الخط الزمني لأحداث هذا الفاعل")));
      out.appendChild(cooccurrenceChart(entity, res.neighbours || []));
    } catch (err) {
      setStatus(out, "خطأ: " + err.message, "error");
    }
  }

  // A radial graph: the entity in the centre, its neighbours around it; edge width = shared articles.
  function cooccurrenceChart(entity, neighbours) {
    if (!neighbours.length) return h("p", { class: "empty" }, "لا كيانات مشتركة.");
    const W = 640, H = 480, cx = W / 2, cy = H / 2, R = 180;
    const max = Math.max(...neighbours.map((n) => n.articles));
    const svg = s("svg", { class: "chart cooc-chart", viewBox: "0 0 " + W + " " + H, width: W, height: H, direction: "ltr", role: "img", "aria-label": "co-occurrence" });
    neighbours.forEach((n, i) => {
      const a = (2 * Math.PI * i) / neighbours.length - Math.PI / 2;
      const x = cx + R * Math.cos(a), y = cy + R * Math.sin(a);
      svg.appendChild(s("line", { x1: cx, y1: cy, x2: x, y2: y, class: "edge", "stroke-width": 1 + (5 * n.articles) / max }));
    });
    neighbours.forEach((n, i) => {
      const a = (2 * Math.PI * i) / neighbours.length - Math.PI / 2;
      const x = cx + R * Math.cos(a), y = cy + R * Math.sin(a);
      const g = s("g", { class: "node ent-" + n.type });
      g.appendChild(s("title", null, n.text + " · " + (TYPE_NAMES[n.type] || n.type) + " · " + n.articles));
      g.appendChild(s("circle", { cx: x, cy: y, r: 6 + (8 * n.articles) / max }));
      const anchor = Math.cos(a) > 0.2 ? "start" : Math.cos(a) < -0.2 ? "end" : "middle";
      const dx = anchor === "start" ? 16 : anchor === "end" ? -16 : 0;
      const dy = anchor === "middle" ? (Math.sin(a) > 0 ? 26 : -18) : 4;
      g.appendChild(s("text", { x: x + dx, y: y + dy, "text-anchor": anchor }, n.text));
      const link = s("a", { href: "#/entities?" + new URLSearchParams({ entity: n.text }).toString() });
      link.appendChild(g);
      svg.appendChild(link);
    });
    const centre = s("g", { class: "node centre" });
    centre.appendChild(s("circle", { cx: cx, cy: cy, r: 18 }));
    centre.appendChild(s("text", { x: cx, y: cy + 40, "text-anchor": "middle" }, entity));
    svg.appendChild(centre);
    return svg;
  }

  async function showTimeline(params) {
    const out = $("timeline-view");
    for (const key of ["actor", "target", "type", "since", "until"]) $("tl-" + key).value = params.get(key) || "";
    if (corpusProblem(out)) return;
    const qs = new URLSearchParams();
    for (const key of ["actor", "target", "type", "since", "until"]) {
      const v = (params.get(key) || "").trim();
      if (v) qs.set(key, v);
    }
    if (!qs.get("actor") && !qs.get("target")) {
      clear(out).appendChild(h("p", { class: "empty" }, "اختر فاعلاً (نصاً أو رمز بلد مثل RUS) وهدفاً اختيارياً."));
      return;
    }
    setStatus(out, "جارٍ التحميل…", "busy");
    try {
      const points = await api("/api/timeline?" + qs.toString());
      const evq = new URLSearchParams(qs);
      evq.set("limit", "200");
      const events = await api("/api/events?" + evq.toString());
      clear(out);
      out.appendChild(timelineChart(points));
      out.appendChild(h("h3", null, "الأحداث (" + events.length + ")"));
      out.appendChild(table("corpus-events", ["التاريخ", "النوع", "الفاعل", "المفعول به", "الفعل", "غولدستين", "المقال"],
        events.map((ev) => h("tr", null,
          cell("", ev.date, { dir: "ltr" }), cell("", ev.type, { dir: "ltr" }),
          cell("", ev.actor_country ? ev.actor + " (" + ev.actor_country + ")" : ev.actor),
          cell("", ev.target_country ? ev.target + " (" + ev.target_country + ")" : ev.target),
          cell("", ev.trigger), cell("", ev.goldstein === null || ev.goldstein === undefined ? null : String(ev.goldstein), { dir: "ltr" }),
          h("td", null, h("a", { href: "#/article/" + encodeURIComponent(String(ev.article_id)) }, "فتح")))),
        "لا أحداث."));
    } catch (err) {
      setStatus(out, "خطأ: " + err.message, "error");
    }
  }

  function dayNumber(iso) {
    const t = Date.parse(iso + "T00:00:00Z");
    return Number.isNaN(t) ? null : Math.round(t / 86400000);
  }

  function isoOfDay(n) {
    return new Date(n * 86400000).toISOString().slice(0, 10);
  }

  // Stacked bars per day, one colour per actor pair (the 7 busiest pairs; the rest as "others").
  // The days of the data's bulk: a lone end day far from the others (more than 30 days and the rest's
  // span), holding at most a quarter of the events, is left out so that it does not stretch the axis.
  function bulkDays(points) {
    const counts = new Map();
    for (const p of points) counts.set(dayNumber(p.date), (counts.get(dayNumber(p.date)) || 0) + (p.events || 0));
    const days = [...counts.keys()].sort((a, b) => a - b);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    let lo = 0, hi = days.length - 1;
    while (hi - lo >= 1) {
      if (counts.get(days[lo]) <= total / 4 && days[lo + 1] - days[lo] > Math.max(30, days[hi] - days[lo + 1])) lo++;
      else if (counts.get(days[hi]) <= total / 4 && days[hi] - days[hi - 1] > Math.max(30, days[hi - 1] - days[lo])) hi--;
      else break;
    }
    return [days[lo], days[hi]];
  }

  function timelineChart(points) {
    const dated = points.filter((p) => dayNumber(p.date) !== null);
    const bulk = dated.length ? bulkDays(dated) : null;
    const valid = bulk ? dated.filter((p) => dayNumber(p.date) >= bulk[0] && dayNumber(p.date) <= bulk[1]) : dated;
    if (!valid.length) return h("p", { class: "empty" }, "لا أحداث لهذا الزوج.");
    const pairTotals = new Map();
    for (const p of valid) {
      const key = (p.actor || "?") + " → " + (p.target || "—");
      pairTotals.set(key, (pairTotals.get(key) || 0) + (p.events || 0));
    }
    const pairs = [...pairTotals.entries()].sort((a, b) => b[1] - a[1]).map((x) => x[0]);
    const shown = pairs.slice(0, 7);
    const colour = (key) => (shown.indexOf(key) >= 0 ? PALETTE[shown.indexOf(key)] : PALETTE[7]);
    const days = valid.map((p) => dayNumber(p.date));
    const first = Math.min(...days), last = Math.max(...days);
    const pad = Math.max(0.6, (last - first) * 0.04); // room for the end bars and their date labels
    const d0 = first - pad, d1 = last + pad;
    const perDay = new Map();
    for (const p of valid) {
      const d = dayNumber(p.date);
      if (!perDay.has(d)) perDay.set(d, []);
      perDay.get(d).push(p);
    }
    const busiest = Math.max(...[...perDay.values()].map((list) => list.reduce((a, p) => a + (p.events || 0), 0)), 1);
    // round ticks: a step of 1, 2 or 5 times a power of ten, about four of them
    const magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(busiest / 4, 1))));
    const step = [1, 2, 5, 10].map((m) => m * magnitude).find((v) => v >= busiest / 4) || magnitude * 10;
    const maxDay = Math.ceil(busiest / step) * step;
    const W = 760, H = 300, L = 48, Rm = 16, T = 16, B = 40;
    const x = (d) => L + ((d - d0) / (d1 - d0)) * (W - L - Rm);
    const y = (v) => H - B - (v / maxDay) * (H - T - B);
    const bw = Math.max(3, Math.min(24, ((W - L - Rm) / (d1 - d0 + 1)) * 0.8));
    const svg = s("svg", { class: "chart timeline-chart", viewBox: "0 0 " + W + " " + H, width: W, height: H, direction: "ltr", role: "img", "aria-label": "timeline" });
    svg.appendChild(s("line", { x1: L, y1: H - B, x2: W - Rm, y2: H - B, class: "axis" }));
    svg.appendChild(s("line", { x1: L, y1: T, x2: L, y2: H - B, class: "axis" }));
    for (let v = 0; v <= maxDay; v += step) {
      svg.appendChild(s("text", { x: L - 6, y: y(v) + 4, "text-anchor": "end", class: "tick" }, String(v)));
      svg.appendChild(s("line", { x1: L, y1: y(v), x2: W - Rm, y2: y(v), class: "grid" }));
    }
    const nTicks = Math.min(5, last - first);
    const tickDays = new Set([first, last]);
    for (let i = 1; i < nTicks; i++) tickDays.add(Math.round(first + ((last - first) * i) / nTicks));
    for (const d of tickDays) {
      svg.appendChild(s("text", { x: x(d), y: H - B + 18, "text-anchor": "middle", class: "tick" }, isoOfDay(d)));
    }
    for (const [d, list] of perDay) {
      let acc = 0;
      for (const p of list) {
        const key = (p.actor || "?") + " → " + (p.target || "—");
        const v = p.events || 0;
        const rect = s("rect", { x: x(d) - bw / 2, y: y(acc + v), width: bw, height: Math.max(1, y(acc) - y(acc + v)), fill: colour(key), class: "bar-rect" });
        rect.appendChild(s("title", null, p.date + " · " + key + " · " + v));
        svg.appendChild(rect);
        acc += v;
      }
    }
    const legendBox = h("div", { class: "legend chart-legend" }, shown.map((key) =>
      h("span", { class: "legend-item" }, h("span", { class: "swatch", css: { background: colour(key) } }), key + " (" + pairTotals.get(key) + ")")));
    if (pairs.length > shown.length) legendBox.appendChild(h("span", { class: "legend-item" }, h("span", { class: "swatch", css: { background: PALETTE[7] } }), "أزواج أخرى"));
    return h("div", { class: "chart-box" }, svg, legendBox);
  }

  async function showApi() {
    const out = $("api-view");
    try {
      const spec = await api("/openapi.json");
      const rows = [];
      for (const [path, methods] of Object.entries(spec.paths || {})) {
        for (const [method, op] of Object.entries(methods)) {
          const params = (op.parameters || []).map((p) => p.name + (p.required ? "*" : "")).join(", ");
          rows.push(h("tr", null, cell("", method.toUpperCase(), { dir: "ltr" }), cell("api-path", path, { dir: "ltr" }),
            cell("", params, { dir: "ltr" }), cell("", op.summary || "")));
        }
      }
      clear(out).appendChild(table("api-table", ["الطريقة", "المسار", "المعاملات", "الوصف"], rows, "—"));
    } catch (err) {
      setStatus(out, "خطأ: " + err.message, "error");
    }
  }

  // ---------- routing ----------
  const VIEWS = ["analyze", "search", "article", "entities", "timeline", "trend", "map", "api"];

  function route() {
    const hash = location.hash.replace(/^#\/?/, "");
    const [pathPart, query] = hash.split("?");
    const parts = pathPart.split("/");
    const view = VIEWS.indexOf(parts[0]) >= 0 ? parts[0] : "analyze";
    const params = new URLSearchParams(query || "");
    for (const v of VIEWS) $("view-" + v).hidden = v !== view;
    for (const a of document.querySelectorAll("nav a")) {
      a.classList.toggle("active", a.getAttribute("data-view") === (view === "article" ? "search" : view));
    }
    if (view === "search") runSearch(params);
    else if (view === "article") showArticle(decodeURIComponent(parts.slice(1).join("/")));
    else if (view === "entities") showEntities(params);
    else if (view === "timeline") showTimeline(params);
    else if (view === "api") showApi();
    else if (window.marsadViews && window.marsadViews[view]) window.marsadViews[view](params);  // views.js
  }

  function formToHash(view, form) {
    const qs = new URLSearchParams();
    for (const el of form.querySelectorAll("input[name], select[name]")) {
      if (el.value.trim()) qs.set(el.name, el.value.trim());
    }
    location.hash = "#/" + view + "?" + qs.toString();
  }

  async function init() {
    $("analyze-form").addEventListener("submit", onAnalyze);
    $("article-file").addEventListener("change", () => {
      const f = $("article-file").files[0];
      $("file-name").textContent = f ? f.name : "";
      $("clear-file").hidden = !f;
    });
    $("clear-file").addEventListener("click", () => {
      $("article-file").value = "";
      $("file-name").textContent = "";
      $("clear-file").hidden = true;
    });
    $("article-text").addEventListener("keydown", (e) => {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) $("analyze-form").requestSubmit();
    });
    $("example-btn").addEventListener("click", async () => {
      try {
        const ex = await api("/api/example");
        $("article-text").value = ex.text;
        $("published").value = "";
        setStatus($("analyze-status"), "مقال مثال: " + ex.name, "ok");
      } catch (err) {
        setStatus($("analyze-status"), "خطأ: " + err.message, "error");
      }
    });
    $("search-form").addEventListener("submit", (e) => { e.preventDefault(); formToHash("search", e.target); });
    $("timeline-form").addEventListener("submit", (e) => { e.preventDefault(); formToHash("timeline", e.target); });
    $("entities-type").addEventListener("change", (e) => {
      location.hash = "#/entities?" + new URLSearchParams(e.target.value ? { type: e.target.value } : {}).toString();
    });
    window.addEventListener("hashchange", route);
    try {
      health = await api("/api/health");
      append(clear($("corpus-badge")), health.corpus.available
        ? ["المدوّنة: ", h("bdi", { dir: "ltr" }, health.corpus.db)] : ["لا مدوّنة"]);
      $("corpus-badge").title = health.corpus.problem || "";
    } catch (err) {
      health = null;
    }
    document.body.setAttribute("data-app-ready", "1");
    route();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();

  // exposed for tests and the console: pure helpers only
  window.marsad = { buildTree: buildTree, collectSpans: collectSpans, renderArticleText: renderArticleText,
    bulkDays: bulkDays };
})();

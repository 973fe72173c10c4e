// marsad web page: the corpus views drawn offline — trends (quad classes per day, mean Goldstein) and the
// map of where events happened (country outlines shipped in /static/world.json). No framework, no CDN.
// SAFETY: as in app.js, every string from the API is put into the page as text, never parsed as HTML.
"use strict";

(function () {
  const SVG_NS = "http://www.w3.org/2000/svg";
  const QUADS = ["verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict"];
  const QUAD_NAMES = {
    "verbal-cooperation": "تعاون لفظي", "material-cooperation": "تعاون مادي",
    "verbal-conflict": "صراع لفظي", "material-conflict": "صراع مادي", other: "أخرى",
  };
  const QUAD_COLOURS = {
    "verbal-cooperation": "#7fb3e0", "material-cooperation": "#1f5fa8",
    "verbal-conflict": "#f0a35e", "material-conflict": "#c0392b", other: "#8c8c8c",
  };
  const FIELDS = ["actor", "target", "country", "type", "since", "until"];
  let world = null;

  function setAttrs(el, attrs) {
    if (!attrs) return;
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "css") Object.assign(el.style, value);
      else el.setAttribute(key, String(value));
    }
  }

  function add(el, children) {
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      el.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return el;
  }

  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    setAttrs(el, attrs);
    return add(el, children);
  }

  function s(tag, attrs, ...children) {
    const el = document.createElementNS(SVG_NS, tag);
    setAttrs(el, attrs);
    return add(el, children);
  }

  function clear(el) {
    while (el.firstChild) el.removeChild(el.firstChild);
    return el;
  }

  // a number isolated for bidi: a sign stays on its side in right-to-left text
  function num(value) {
    return h("bdi", { dir: "ltr" }, value === null || value === undefined ? "—" : String(value));
  }

  async function api(path) {
    let response;
    try {
      response = await fetch(path);
    } catch (err) {
      throw new Error("تعذّر الاتصال بالخادم");
    }
    let body = null;
    try {
      body = await response.json();
    } catch (err) {
      body = null;
    }
    if (!response.ok) throw new Error(body && typeof body.error === "string" ? body.error : "خطأ " + response.status);
    return body;
  }

  function query(params, keys) {
    const qs = new URLSearchParams();
    for (const key of keys) {
      const v = (params.get(key) || "").trim();
      if (v) qs.set(key, v);
    }
    return qs;
  }

  function fillForm(prefix, params) {
    for (const key of FIELDS) {
      const el = document.getElementById(prefix + key);
      if (el) el.value = params.get(key) || "";
    }
  }

  function status(out, message, cls) {
    clear(out).appendChild(h("p", { class: "status " + (cls || "") }, message));
  }

  function legend() {
    return h("div", { class: "legend" }, QUADS.map((q) =>
      h("span", { class: "legend-item" }, h("span", { class: "swatch", css: { background: QUAD_COLOURS[q] } }), QUAD_NAMES[q])));
  }

  function dayNumber(iso) {
    const t = Date.parse(iso + "T00:00:00Z");
    return Number.isNaN(t) ? null : Math.round(t / 86400000);
  }

  // ---------- trend ----------
  function trendChart(data, width) {
    const range = data.range;
    const d0 = dayNumber(range.first), d1 = dayNumber(range.last);
    const inRange = data.series.filter((r) => { const d = dayNumber(r.date); return d !== null && d >= d0 && d <= d1; });
    const ticks = data.ticks.events.length ? data.ticks.events : [0, 1];
    const top = ticks[ticks.length - 1] || 1;
    // drawn at the width it is shown at (a phone too), so that labels keep their size
    const W = Math.round(Math.max(340, Math.min(760, width || 760))), H = W < 500 ? 280 : 340, L = 44, R = 40, T = 18, B = 48;
    const span = Math.max(d1 - d0, 0) + 1;
    const x = (d) => L + ((d - d0 + 0.5) / span) * (W - L - R);
    const y = (v) => H - B - (v / top) * (H - T - B);
    const g = (v) => H - B - ((v + 10) / 20) * (H - T - B);
    const bw = Math.max(3, Math.min(28, ((W - L - R) / span) * 0.75));
    const svg = s("svg", { class: "chart trend-chart", viewBox: "0 0 " + W + " " + H, direction: "ltr", role: "img",
      "aria-label": "الأحداث في اليوم" });
    for (const v of ticks) {
      svg.appendChild(s("line", { x1: L, y1: y(v), x2: W - R, y2: y(v), class: "grid" }));
      svg.appendChild(s("text", { x: L - 8, y: y(v) + 5, "text-anchor": "end", class: "tick" }, String(v)));
    }
    for (const v of data.ticks.goldstein) {
      svg.appendChild(s("text", { x: W - R + 8, y: g(v) + 5, "text-anchor": "start", class: "tick gs" }, String(v)));
    }
    svg.appendChild(s("line", { x1: L, y1: H - B, x2: W - R, y2: H - B, class: "axis" }));
    svg.appendChild(s("line", { x1: L, y1: T, x2: L, y2: H - B, class: "axis" }));
    svg.appendChild(s("line", { x1: W - R, y1: T, x2: W - R, y2: H - B, class: "axis gs-axis" }));
    const every = Math.max(1, Math.ceil((data.ticks.dates.length * 90) / (W - L - R)));  // labels never overlap
    for (const [k, iso] of data.ticks.dates.entries()) {
      const d = dayNumber(iso);
      if (k % every) continue;
      if (d === null || d < d0 || d > d1) continue;
      svg.appendChild(s("line", { x1: x(d), y1: H - B, x2: x(d), y2: H - B + 5, class: "axis" }));
      svg.appendChild(s("text", { x: x(d), y: H - B + 22, "text-anchor": "middle", class: "tick" }, iso));
    }
    const line = [];
    for (const r of inRange) {
      const d = dayNumber(r.date);
      let acc = 0;
      for (const q of QUADS) {
        const v = r[q] || 0;
        if (!v) continue;
        const rect = s("rect", { x: x(d) - bw / 2, y: y(acc + v), width: bw, height: Math.max(1, y(acc) - y(acc + v)),
          fill: QUAD_COLOURS[q], class: "bar-rect" });
        rect.appendChild(s("title", null, r.date + " · " + QUAD_NAMES[q] + " · " + v));
        svg.appendChild(rect);
        acc += v;
      }
      if (r.goldstein !== null && r.goldstein !== undefined) line.push([x(d), g(r.goldstein), r]);
    }
    if (line.length > 1) {
      svg.appendChild(s("polyline", { points: line.map((p) => p[0] + "," + p[1]).join(" "), class: "gs-line" }));
    }
    for (const [px, py, r] of line) {
      svg.appendChild(s("circle", { cx: px, cy: py, r: 3.5, class: "gs-dot" }, s("title", null, r.date + " · غولدستين " + r.goldstein)));
    }
    const outside = data.series.length - inRange.length;
    return h("div", { class: "chart-box" }, svg, legend(),
      h("p", { class: "hint" }, "الخط: متوسط مؤشر غولدستين في اليوم (المحور الأيمن، من ", num(-10), " إلى ", num(10), ").",
        outside ? [" ", num(outside), " يوماً خارج نطاق معظم البيانات لم تُرسم."] : null));
  }

  async function showTrend(params) {
    const out = document.getElementById("trend-view");
    fillForm("tr-", params);
    const qs = query(params, FIELDS);
    if (!qs.get("actor") && !qs.get("target") && !qs.get("country")) {
      clear(out).appendChild(h("p", { class: "empty" }, "اختر فاعلاً أو زوجاً أو بلداً (رمز مثل SAU)."));
      return;
    }
    status(out, "جارٍ التحميل…", "busy");
    try {
      const data = await api("/api/trend?" + qs.toString());
      clear(out);
      if (!data.series.length || !data.range) {
        out.appendChild(h("p", { class: "empty" }, "لا أحداث مؤكدة لهذا الاختيار."));
        return;
      }
      out.appendChild(h("p", null, "مجموع الأحداث المؤكدة: ", num(data.total)));
      out.appendChild(trendChart(data, out.clientWidth - 2));
    } catch (err) {
      status(out, "خطأ: " + err.message, "error");
    }
  }

  // ---------- map ----------
  function ringPath(ring, px, py) {
    return ring.map((p, i) => (i ? "L" : "M") + px(p[0]).toFixed(1) + " " + py(p[1]).toFixed(1)).join("") + "Z";
  }

  function mapChart(points, outlines) {
    const W = 760, H = 380;
    const px = (lon) => ((lon + 180) / 360) * W;
    const py = (lat) => ((90 - lat) / 180) * H;  // equirectangular: one scale for both axes (W = 2 H)
    let minX = W, maxX = 0, minY = H, maxY = 0;
    for (const p of points) {
      minX = Math.min(minX, px(p.lon)); maxX = Math.max(maxX, px(p.lon));
      minY = Math.min(minY, py(p.lat)); maxY = Math.max(maxY, py(p.lat));
    }
    if (!points.length) { minX = px(20); maxX = px(65); minY = py(42); maxY = py(10); }
    const padX = Math.max(40, (maxX - minX) * 0.15), padY = Math.max(25, (maxY - minY) * 0.15);
    let vw = Math.max(maxX - minX + 2 * padX, 120), vh = Math.max(maxY - minY + 2 * padY, 60);
    if (vw / vh > W / H) vh = vw * H / W; else vw = vh * W / H;
    const cx = (minX + maxX) / 2, cy = (minY + maxY) / 2;
    const svg = s("svg", { class: "chart map-chart", viewBox: [cx - vw / 2, cy - vh / 2, vw, vh].map((v) => v.toFixed(1)).join(" "),
      direction: "ltr", role: "img", "aria-label": "خريطة الأحداث" });
    const scale = vw / W;
    const land = s("g", { class: "land", "stroke-width": (0.6 * scale).toFixed(2) });
    for (const [code, rings] of Object.entries(outlines)) {
      const path = s("path", { d: rings.map((r) => ringPath(r, px, py)).join(""), "data-country": code });
      path.appendChild(s("title", null, code));
      land.appendChild(path);
    }
    svg.appendChild(land);
    const top = Math.max(1, ...points.map((p) => p.reports));
    for (const p of points.slice().sort((a, b) => b.reports - a.reports)) {
      const r = (3 + 14 * Math.sqrt(p.reports / top)) * scale;
      const dot = s("circle", { cx: px(p.lon).toFixed(2), cy: py(p.lat).toFixed(2), r: r.toFixed(2), class: "point",
        fill: QUAD_COLOURS[p.quad] || QUAD_COLOURS.other, "stroke-width": (1 * scale).toFixed(2),
        "data-reports": p.reports });
      dot.appendChild(s("title", null, (p.place || "") + " · " + p.reports + " تقريراً · " + p.events + " حدثاً · " +
        QUAD_NAMES[p.quad]));
      svg.appendChild(dot);
    }
    return svg;
  }

  async function showMap(params) {
    const out = document.getElementById("map-view");
    fillForm("mp-", params);
    status(out, "جارٍ التحميل…", "busy");
    try {
      const qs = query(params, FIELDS);
      const [data, outlines] = await Promise.all([api("/api/map?" + qs.toString()),
        world ? Promise.resolve(world) : api("/static/world.json")]);
      world = outlines;
      clear(out);
      out.appendChild(h("p", null, "أماكن: ", num(data.points.length), " · أحداث بلا مكان معروف: ", num(data.unlocated)));
      out.appendChild(h("div", { class: "chart-box" }, mapChart(data.points, outlines), legend(),
        h("p", { class: "hint" }, "حجم الدائرة: عدد التقارير؛ لونها: الفئة الغالبة.")));
      const rows = data.points.slice(0, 30).map((p) => h("tr", null, h("td", null, p.place || "—"),
        h("td", null, num(p.country)), h("td", null, num(p.reports)), h("td", null, num(p.events)),
        h("td", null, QUAD_NAMES[p.quad] || "")));
      out.appendChild(h("div", { class: "scroll-x" }, h("table", { class: "data map-table" },
        h("thead", null, h("tr", null, ["المكان", "البلد", "التقارير", "الأحداث", "الفئة"].map((t) => h("th", null, t)))),
        h("tbody", null, rows))));
      const mq = query(params, FIELDS);
      mq.set("limit", "20");
      const merged = await api("/api/events/merged?" + mq.toString());
      out.appendChild(h("h3", null, "الأحداث كما روتها المنافذ (حدث واحد لكل قصة)"));
      const side = (a) => (a ? (a.text || a.country || "—") : "—");
      out.appendChild(h("div", { class: "scroll-x" }, h("table", { class: "data merged-table" },
        h("thead", null, h("tr", null, ["التاريخ", "النوع", "الفاعل", "المفعول به", "المكان", "التقارير", "المقالات", "المنافذ"]
          .map((t) => h("th", null, t)))),
        h("tbody", null, merged.map((r) => h("tr", null, h("td", null, num(r.date)), h("td", null, num(r.type)),
          h("td", null, side(r.actor)), h("td", null, side(r.target)), h("td", null, r.place ? r.place.text : "—"),
          h("td", { class: "m-mentions" }, num(r.mentions)), h("td", null, num(r.articles)),
          h("td", { class: "m-sources" }, num(r.sources))))))));
    } catch (err) {
      status(out, "خطأ: " + err.message, "error");
    }
  }

  function formToHash(view, form) {
    const qs = new URLSearchParams();
    for (const el of form.querySelectorAll("input[name], select[name]")) {
      if (el.value.trim()) qs.set(el.name, el.value.trim());
    }
    location.hash = "#/" + view + "?" + qs.toString();
  }

  function init() {
    const tf = document.getElementById("trend-form"), mf = document.getElementById("map-form");
    if (tf) tf.addEventListener("submit", (e) => { e.preventDefault(); formToHash("trend", e.target); });
    if (mf) mf.addEventListener("submit", (e) => { e.preventDefault(); formToHash("map", e.target); });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();

  window.marsadViews = { trend: showTrend, map: showMap };
})();

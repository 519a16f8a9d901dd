// readout web page: no build step, no framework. Every value from the database is untrusted text
// (article text can hold <script>), so it is only ever inserted with textContent / DOM nodes.
"use strict";

const app = document.getElementById("app");
const SVG = "http://www.w3.org/2000/svg";

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
  return node;
}

function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

async function api(path) {
  const response = await fetch(path);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ? body.error.message : response.statusText);
  return body;
}

function link(href, text) { return el("a", { href }, text); }

// A source URL from an article is untrusted: only http and https become links (never javascript:,
// data: or vbscript:); anything else is shown as plain text.
function externalUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch (e) {
    return null;
  }
}

function sourceLink(url, text) {
  const safe = externalUrl(url);
  return safe ? el("a", { href: safe, rel: "noopener noreferrer", target: "_blank" }, text) : el("span", {}, text);
}

function party(entity) {
  if (entity.kind === "person") return link(`#/person/${encodeURIComponent(entity.id)}`, entity.name);
  return el("span", {}, entity.name);
}

function sides(event) {
  const actors = el("span", { class: "side" }, ...joinNodes(event.actors.map(party)));
  if (!event.recipients.length) return actors;
  return el("span", {}, actors, el("span", { class: "arrow" }, "→"),
    el("span", { class: "side" }, ...joinNodes(event.recipients.map(party))));
}

function joinNodes(nodes) { return nodes.flatMap((n, i) => (i ? [", ", n] : [n])); }

function place(event) {
  const loc = event.location;
  return loc ? [loc.name, loc.country].filter(Boolean).join(", ") : "";
}

// ---- events list --------------------------------------------------------------------------------
const FIELDS = ["q", "person", "country", "type", "status", "date_from", "date_to", "place"];

function currentQuery() {
  const hash = location.hash.split("?")[1] || "";
  return new URLSearchParams(hash);
}

async function eventsPage() {
  const params = currentQuery();
  const offset = Number(params.get("offset") || 0);
  const form = el("form", { class: "filters", id: "filters", onsubmit: (e) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const f of FIELDS) { const v = form.elements[f].value.trim(); if (v) next.set(f, v); }
    location.hash = "#/?" + next.toString();
  } },
    el("input", { name: "q", placeholder: "Search text or names" }),
    el("input", { name: "person", placeholder: "Person id (per_…)" }),
    el("input", { name: "country", placeholder: "Country (KOR)" }),
    el("select", { name: "type" }, el("option", { value: "" }, "Any type"),
      ...["CONSULT", "ACCUSE", "REQUEST", "REJECT", "THREATEN", "SANCTION", "MOBILIZE", "ASSAULT", "AGREE"]
        .map((t) => el("option", { value: t }, t))),
    el("select", { name: "status" }, el("option", { value: "" }, "Any status"),
      ...["occurred", "planned", "cancelled"].map((t) => el("option", { value: t }, t))),
    el("input", { name: "date_from", placeholder: "From (2024-01-01)" }),
    el("input", { name: "date_to", placeholder: "To (2024-12-31)" }),
    el("input", { name: "place", placeholder: "Place (Seoul / KOR)" }),
    el("button", { type: "submit" }, "Filter"));
  for (const f of FIELDS) if (params.get(f)) form.elements[f].value = params.get(f);
  const query = new URLSearchParams(params);
  query.set("limit", "50");
  query.set("offset", String(offset));
  const [data, stats] = await Promise.all([api("/api/events?" + query), api("/api/stats")]);
  const list = el("div", { id: "events" }, data.items.map(eventRow));
  const pager = el("div", { class: "pager" },
    el("button", { disabled: offset === 0 ? "" : null, onclick: () => page(params, offset - 50) }, "‹ Newer"),
    el("span", { class: "muted" }, `${data.total ? offset + 1 : 0}–${offset + data.items.length} of ${data.total}`),
    el("button", { onclick: () => page(params, offset + 50) }, "Older ›"));
  if (offset === 0) pager.firstChild.disabled = true;
  if (offset + data.items.length >= data.total) pager.lastChild.disabled = true;
  app.replaceChildren(el("h2", {}, "Events"), form, timeline(stats.by_month), pager, list);
}

function page(params, offset) {
  const next = new URLSearchParams(params);
  next.set("offset", String(Math.max(0, offset)));
  location.hash = "#/?" + next.toString();
}

function eventRow(event) {
  return el("div", { class: "card event-row" },
    el("span", {}, event.date || "undated"),
    el("span", {}, el("span", { class: `type ${event.type}` }, event.type), " ", el("span", { class: "muted" }, event.mode || "")),
    el("span", {}, link(`#/event/${encodeURIComponent(event.id)}`, "●"), " ", sides(event)),
    el("span", { class: "muted" }, [place(event), `${event.n_sources} src`, event.languages.join("+")]
      .filter(Boolean).join(" · ")));
}

function timeline(months) {
  const box = svg("svg", { class: "timeline", viewBox: "0 0 1000 90", preserveAspectRatio: "none" });
  if (!months.length) return box;
  const max = Math.max(...months.map((m) => m.events));
  const w = 1000 / months.length;
  months.forEach((m, i) => {
    const h = 80 * m.events / max;
    const bar = svg("rect", { x: i * w + 1, y: 85 - h, width: Math.max(1, w - 2), height: h });
    const title = svg("title");
    title.textContent = `${m.month}: ${m.events}`;
    bar.append(title);
    box.append(bar);
  });
  return box;
}

// ---- one event ------------------------------------------------------------------------------------
async function eventPage(id) {
  const event = await api(`/api/events/${encodeURIComponent(id)}`);
  const langs = Object.keys(event.sources_by_lang).sort();
  const columns = langs.map((lang) => el("div", { class: "lang", "data-lang": lang },
    el("h3", {}, lang === "ko" ? "한국어" : "English"),
    event.sources_by_lang[lang].map(sourceCard)));
  app.replaceChildren(
    el("h2", {}, el("span", { class: `type ${event.type}` }, event.type), " ", sides(event)),
    el("p", { class: "muted" }, [event.date || "undated", event.mode, event.status, place(event),
      (event.contexts || []).join(", ")].filter(Boolean).join(" · ")),
    el("div", { class: "sources" + (columns.length === 1 ? " single" : ""), id: "sources" }, columns));
}

function sourceCard(source) {
  return el("div", { class: "card source" },
    el("div", { class: "muted" }, source.url ? sourceLink(source.url, source.doc) : source.doc,
      source.published ? ` · ${source.published}` : "", source.near_duplicate_of ? ` · repost of ${source.near_duplicate_of}` : ""),
    source.evidence_texts.map((ev) => {
      const [a, b] = ev.highlight;
      return el("p", { class: "evidence" }, ev.context.slice(0, a), el("mark", {}, ev.context.slice(a, b)), ev.context.slice(b));
    }));
}

// ---- people --------------------------------------------------------------------------------------
async function peoplePage() {
  const data = await api("/api/people?limit=200");
  app.replaceChildren(el("h2", {}, "People"), el("table", {},
    el("tr", {}, el("th", {}, "Name"), el("th", {}, "Other names"), el("th", {}, "Country"), el("th", {}, "Office"), el("th", {}, "Events")),
    data.items.map((p) => el("tr", {}, el("td", {}, link(`#/person/${encodeURIComponent(p.id)}`, p.name)),
      el("td", {}, p.names.join(", ")), el("td", {}, p.country || ""), el("td", {}, p.office || ""), el("td", {}, p.n_events)))));
}

async function personPage(id) {
  const p = await api(`/api/people/${encodeURIComponent(id)}`);
  app.replaceChildren(
    el("h2", {}, p.name, " ", el("span", { class: "muted" }, p.names.join(" · "))),
    el("p", { class: "muted" }, [p.country, p.office].filter(Boolean).join(" · ")),
    p.offices.length ? el("p", {}, p.offices.map((o) => `${o.office} (${o.from} – ${o.to || "now"})`).join("; ")) : null,
    el("h3", {}, "Counterparts"), counterpartsGraph(p),
    el("h3", {}, `Timeline (${p.n_events} events)`), el("div", { id: "events" }, p.events.map(eventRow)));
}

function counterpartsGraph(p) {
  const box = svg("svg", { viewBox: "0 0 600 320", width: "100%", height: "320", id: "graph" });
  const cx = 300, cy = 160, r = 120;
  const others = p.counterparts.slice(0, 16);
  const max = Math.max(1, ...others.map((o) => o.meetings));
  others.forEach((o, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, others.length);
    const x = cx + r * Math.cos(angle), y = cy + r * Math.sin(angle);
    box.append(svg("line", { x1: cx, y1: cy, x2: x, y2: y, stroke: "#2f6fb3", "stroke-width": 1 + 4 * o.meetings / max, opacity: ".5" }));
    const a = svg("a", { href: `#/person/${encodeURIComponent(o.id)}` });
    a.append(svg("circle", { cx: x, cy: y, r: 6, fill: "#2f6fb3" }));
    const label = svg("text", { x: x + 8, y: y + 4 });
    label.textContent = `${o.name} (${o.meetings})`;
    a.append(label);
    box.append(a);
  });
  box.append(svg("circle", { cx, cy, r: 9, fill: "#b3372f" }));
  const me = svg("text", { x: cx + 12, y: cy + 18 });
  me.textContent = p.name;
  box.append(me);
  return box;
}

// ---- map -------------------------------------------------------------------------------------------
async function mapPage() {
  const points = await api("/api/places?limit=500");
  const box = svg("svg", { class: "map", viewBox: "-180 -90 360 180", id: "map" });
  for (let lon = -180; lon <= 180; lon += 30) box.append(svg("line", { x1: lon, y1: -90, x2: lon, y2: 90, stroke: "#d5dde6", "stroke-width": .3 }));
  for (let lat = -90; lat <= 90; lat += 30) box.append(svg("line", { x1: -180, y1: lat, x2: 180, y2: lat, stroke: "#d5dde6", "stroke-width": .3 }));
  const max = Math.max(1, ...points.map((pt) => pt.events));
  for (const pt of points) {
    const a = svg("a", { href: `#/?place=${encodeURIComponent(pt.name)}` });
    a.append(svg("circle", { cx: pt.lon, cy: -pt.lat, r: 1 + 4 * Math.sqrt(pt.events / max), fill: "#2f6fb3", opacity: ".7" }));
    const label = svg("text", { x: pt.lon + 2, y: -pt.lat, "font-size": "3" });
    label.style.fontSize = "3px";
    label.textContent = `${pt.name} (${pt.events})`;
    a.append(label);
    box.append(a);
  }
  app.replaceChildren(el("h2", {}, "Meeting places"), box);
}

// ---- routing ---------------------------------------------------------------------------------------
async function route() {
  delete document.body.dataset.ready;
  const path = location.hash.replace(/^#/, "").split("?")[0] || "/";
  try {
    if (path.startsWith("/event/")) await eventPage(decodeURIComponent(path.slice(7)));
    else if (path.startsWith("/person/")) await personPage(decodeURIComponent(path.slice(8)));
    else if (path === "/people") await peoplePage();
    else if (path === "/map") await mapPage();
    else await eventsPage();
  } catch (err) {
    app.replaceChildren(el("p", { class: "error" }, `Error: ${err.message}`));
  }
  document.body.dataset.ready = location.hash;  // tests wait for the page of the current address
}

window.addEventListener("hashchange", route);
route();

// readout web page: no build step, no framework. Every value from the database is untrusted text
// (article text can hold <script>), so it is only ever inserted with textContent / DOM nodes.
"use strict";

const app = document.getElementById("app");
const SVG = "http://www.w3.org/2000/svg";
const TYPES = ["CONSULT", "ACCUSE", "REQUEST", "REJECT", "THREATEN", "SANCTION", "MOBILIZE", "ASSAULT", "AGREE"];
const LANGS = { ko: "한국어", en: "English" };

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) node.append(c instanceof Node ? c : String(c));
  return node;
}

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

class ApiError extends Error {
  constructor(body, status) {
    super(body.error ? body.error.message : `HTTP ${status}`);
    this.problems = (body.error && body.error.detail && body.error.detail.problems) || [];
  }
}

async function api(path) {
  const response = await fetch(path);
  const body = await response.json();
  if (!response.ok) throw new ApiError(body, response.status);
  return body;
}

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

function show(...nodes) {  // the page's content; null parts (an absent notice) are left out
  app.replaceChildren(...nodes.flat(2).filter((n) => n !== null && n !== undefined && n !== false));
}

function link(href, text, attrs = {}) { return el("a", { href, ...attrs }, text); }
function personHref(id) { return `#/person/${encodeURIComponent(id)}`; }
function eventHref(id) { return `#/event/${encodeURIComponent(id)}`; }

function party(entity, linked = true) {
  const name = entity.name + (entity.country && entity.kind !== "country" ? ` (${entity.country})` : "");
  if (linked && entity.kind === "person") return link(personHref(entity.id), name);
  return el("span", {}, name);
}

function joinNodes(nodes) { return nodes.flatMap((n, i) => (i ? [", ", n] : [n])); }

function sides(event, linked = true) {
  const actors = el("span", { class: "side" }, ...joinNodes(event.actors.map((e) => party(e, linked))));
  if (!event.recipients.length) return actors;
  return el("span", { class: "sides" }, actors, el("span", { class: "arrow", "aria-label": "toward" }, " → "),
    el("span", { class: "side" }, ...joinNodes(event.recipients.map((e) => party(e, linked)))));
}

function place(event) {
  const loc = event.location;
  return loc ? [loc.name, loc.country].filter(Boolean).join(", ") : "";
}

function badges(event) {
  return [
    el("span", { class: `type ${event.type}` }, event.type),
    event.mode ? el("span", { class: "badge" }, event.mode) : null,
    el("span", { class: `badge status ${event.status}` }, event.status),
    event.generic ? el("span", { class: "badge generic", title: "a generic pledge to cooperate" }, "generic") : null,
  ];
}

function notice(messages, kind = "notice") {
  return messages.length ? el("div", { class: kind, role: "status" }, messages.map((m) => el("p", {}, m))) : null;
}

// ---- events list --------------------------------------------------------------------------------
const FIELDS = ["q", "person", "country", "type", "status", "mode", "date_from", "date_to", "place"];

function currentQuery() { return new URLSearchParams(location.hash.split("?")[1] || ""); }

function filterParams(params) {
  const out = new URLSearchParams();
  for (const f of FIELDS) if (params.get(f)) out.set(f, params.get(f));
  return out;
}

function go(params) { location.hash = "#/?" + params.toString(); }

function suggestInput(name, kind, placeholder, label) {
  const listId = `suggest-${name}`;
  const input = el("input", { name, id: `f-${name}`, placeholder, list: listId, autocomplete: "off" });
  const list = el("datalist", { id: listId });
  let timer = null;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    const typed = input.value.trim();
    if (!typed) return;
    timer = setTimeout(async () => {
      const data = await api(`/api/suggest?kind=${kind}&limit=8&q=${encodeURIComponent(typed)}`).catch(() => ({ items: [] }));
      list.replaceChildren(...data.items.map((s) => el("option", { value: s.label },
        [s.names.slice(0, 2).join(", "), s.country, `${s.events} events`].filter(Boolean).join(" · "))));
    }, 150);
  });
  return field(name, label, el("span", {}, input, list));
}

function field(name, label, control) {
  return el("label", { class: "field", for: `f-${name}` }, el("span", { class: "label" }, label), control);
}

function filtersForm(params) {
  const form = el("form", { class: "filters", id: "filters", onsubmit: (e) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const f of FIELDS) { const v = form.elements[f].value.trim(); if (v) next.set(f, v); }
    go(next);
  } },
  field("q", "Search", el("input", { name: "q", id: "f-q", placeholder: "text or names", type: "search" })),
  suggestInput("person", "person", "조태열 / Blinken", "Person"),
  field("country", "Country", el("input", { name: "country", id: "f-country", placeholder: "KOR", maxlength: "3" })),
  field("type", "Type", el("select", { name: "type", id: "f-type" }, el("option", { value: "" }, "any"),
    ...TYPES.map((t) => el("option", { value: t }, t)))),
  field("status", "Status", el("select", { name: "status", id: "f-status" }, el("option", { value: "" }, "any"),
    ...["occurred", "planned", "cancelled"].map((t) => el("option", { value: t }, t)))),
  field("mode", "Mode", el("input", { name: "mode", id: "f-mode", placeholder: "visit, phone…" })),
  field("date_from", "From", el("input", { name: "date_from", id: "f-date_from", placeholder: "2024-01-01" })),
  field("date_to", "To", el("input", { name: "date_to", id: "f-date_to", placeholder: "2024-12-31" })),
  suggestInput("place", "place", "서울 / Seoul / JPN", "Place"),
  el("div", { class: "actions" }, el("button", { type: "submit" }, "Filter"),
    el("button", { type: "button", class: "secondary", onclick: () => go(new URLSearchParams()) }, "Clear")));
  for (const f of FIELDS) if (params.get(f)) form.elements[f].value = params.get(f);
  return form;
}

async function eventsPage() {
  const params = currentQuery();
  const offset = Number(params.get("offset") || 0);
  const filters = filterParams(params);
  const query = new URLSearchParams(filters);
  if (params.get("sort")) query.set("sort", params.get("sort"));
  query.set("limit", "50");
  query.set("offset", String(offset));
  const form = filtersForm(params);
  let data, months;
  try {
    [data, months] = await Promise.all([api("/api/events?" + query), api("/api/timeline?" + filters)]);
  } catch (err) {
    const problems = (err.problems || []).map((p) => `${p.parameter}: ${p.problem}`);
    show(el("h2", {}, "Events"), form, notice([err.message, ...problems], "error"));
    return;
  }
  const notes = data.notes.map((n) => n.message);
  const names = data.resolved.person_names || [];
  const resolvedLine = filters.get("person") && names.length && !data.resolved.person.includes(filters.get("person"))
    ? el("p", { class: "muted small resolved" }, `Person “${filters.get("person")}”: ${names.join(" or ")}`) : null;
  const list = el("div", { id: "events", class: "event-list" }, data.items.map(eventRow));
  const pager = el("div", { class: "pager" },
    el("button", { disabled: offset === 0, onclick: () => page(params, offset - 50) }, "‹ Newer"),
    el("span", { class: "muted" }, `${data.total ? offset + 1 : 0}–${offset + data.items.length} of ${data.total} events`),
    el("button", { disabled: offset + data.items.length >= data.total, onclick: () => page(params, offset + 50) }, "Older ›"));
  show(el("h2", {}, "Events"), form, resolvedLine, notice(notes), timeline(months.months, filters), pager, list);
}

function page(params, offset) {
  const next = new URLSearchParams(params);
  next.set("offset", String(Math.max(0, offset)));
  go(next);
}

function sourceCounts(event) {
  return Object.entries(event.sources_by_language || {}).map(([lang, n]) =>
    el("span", { class: `lang-count ${lang}`, title: `${n} source(s) in ${LANGS[lang] || lang}` }, `${lang} ${n}`));
}

function eventRow(event) {
  const quote = event.evidence || event.headline;
  return el("a", { class: "card event-row", href: eventHref(event.id), "data-id": event.id },
    el("div", { class: "when" }, event.date || "undated", el("div", { class: "muted small" }, place(event))),
    el("div", { class: "what" },
      el("div", { class: "badges" }, badges(event)),
      el("div", { class: "who" }, sides(event, false)),
      event.headline && event.evidence ? el("div", { class: "headline" }, event.headline) : null,
      quote ? el("div", { class: "quote" }, quote) : null),
    el("div", { class: "sources-count" }, el("span", { class: "muted small" }, `${event.n_sources} source${event.n_sources === 1 ? "" : "s"}`),
      el("div", {}, sourceCounts(event))));
}

function timeline(months, filters) {
  // Drawn at the width it is shown at, so that its text stays legible on a phone.
  const W = Math.max(300, Math.round(app.clientWidth - 10) || 1000), H = 170, left = 40, bottom = 40, top = 12, right = 10;
  const box = svg("svg", { class: "timeline", id: "timeline", viewBox: `0 0 ${W} ${H}`, role: "img",
    "aria-label": "events per month" });
  if (!months.length) return box;
  const max = Math.max(1, ...months.map((m) => m.events));
  const plotW = W - left - right, plotH = H - top - bottom;
  const w = plotW / months.length;
  const ticks = niceTicks(max);
  for (const t of ticks) {
    const y = top + plotH - (plotH * t) / max;
    box.append(svg("line", { x1: left, x2: W - right, y1: y, y2: y, class: "grid" }));
    box.append(svg("text", { x: left - 6, y: y + 4, "text-anchor": "end", class: "axis" }, String(t)));
  }
  box.append(svg("text", { x: 12, y: top + plotH / 2, class: "axis-title", transform: `rotate(-90 12 ${top + plotH / 2})`,
    "text-anchor": "middle" }, "events"));
  let labelled = false;
  const fits = Math.max(3, Math.floor(plotW / 64));  // month labels that fit side by side
  const every = [1, 2, 3, 6, 12, 24, 60].find((n) => months.length / n <= fits) || 120;  // January always labelled
  months.forEach((m, i) => {
    const h = (plotH * m.events) / max;
    const next = new URLSearchParams(filters);
    next.set("date_from", m.month);
    next.set("date_to", m.month);
    const a = svg("a", { href: "#/?" + next.toString(), class: "bar", "data-month": m.month });
    a.append(svg("rect", { x: left + i * w, y: top, width: Math.max(1, w), height: plotH, class: "hit" }));
    a.append(svg("rect", { x: left + i * w + w * 0.1, y: top + plotH - h, width: Math.max(1, w * 0.8), height: h, class: "value" }));
    a.append(svg("title", {}, `${m.month}: ${m.events} event${m.events === 1 ? "" : "s"} (click to show this month)`));
    box.append(a);
    const monthNo = Number(m.month.slice(5, 7));
    if ((monthNo - 1) % every === 0 || months.length === 1) {
      const label = monthNo === 1 || !labelled ? m.month : m.month.slice(5);  // the year on the first and on January
      labelled = true;
      box.append(svg("text", { x: left + i * w + w / 2, y: top + plotH + 16, "text-anchor": "middle", class: "axis" }, label));
    }
  });
  box.append(svg("line", { x1: left, x2: W - right, y1: top + plotH, y2: top + plotH, class: "baseline" }));
  box.append(svg("text", { x: left + plotW / 2, y: H - 4, "text-anchor": "middle", class: "axis-title" }, "month (click a bar to filter)"));
  return el("div", { class: "timeline-box" }, box);
}

function niceTicks(max) {
  const step = Math.max(1, Math.ceil(max / 4));
  const out = [];
  for (let t = 0; t <= max; t += step) out.push(t);
  return out;
}

// ---- one event ------------------------------------------------------------------------------------
async function eventPage(id) {
  const event = await api(`/api/events/${encodeURIComponent(id)}`);
  const order = (lang) => (lang === "ko" ? 0 : lang === "en" ? 1 : 2);  // Korean, then English, side by side
  const langs = Object.keys(event.sources_by_lang).sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  const columns = langs.map((lang) => el("section", { class: "lang", "data-lang": lang, lang },
    el("h3", {}, `${LANGS[lang] || lang} (${event.sources_by_lang[lang].length})`),
    event.sources_by_lang[lang].map(sourceCard)));
  show(
    el("p", {}, link("#/", "‹ All events")),
    el("h2", { class: "event-title" }, el("span", { class: "badges" }, badges(event)), " ", sides(event)),
    el("p", { class: "muted" }, [event.date || "undated", place(event), (event.contexts || []).join(", ")].filter(Boolean).join(" · ")),
    mergeBox(event.merge),
    el("div", { class: "sources" + (columns.length === 1 ? " single" : ""), id: "sources" }, columns));
}

function mergeBox(merge) {
  if (!merge || !merge.reports) return null;
  return el("details", { class: "card merge", id: "merge", open: true },
    el("summary", {}, merge.reports === 1 ? "One report of this event" : `Why these ${merge.reports} reports are one event`),
    el("ul", {}, merge.steps.map((s) => el("li", {}, s))),
    merge.agreed.length ? el("p", {}, el("strong", {}, "Agreed: "), merge.agreed.join(" · ")) : null,
    merge.disagreed.length ? el("p", { class: "disagreed" }, el("strong", {}, "Disagreed: "), merge.disagreed.join(" · ")) : null);
}

function sourceCard(source) {
  const title = source.title || source.doc;
  return el("article", { class: "card source", "data-doc": source.doc },
    el("h4", {}, source.url ? sourceLink(source.url, title) : title),
    el("div", { class: "muted small" }, [source.outlet, source.published ? `published ${source.published}` : null,
      source.doc !== title ? source.doc : null].filter(Boolean).join(" · "),
      source.near_duplicate_of ? ` · repost of ${source.near_duplicate_of}` : ""),
    (source.passages || []).map((p) => {
      const parts = [];
      let at = 0;
      for (const [a, b] of p.highlights) {
        parts.push(p.context.slice(at, a), el("mark", {}, p.context.slice(a, b)));
        at = b;
      }
      parts.push(p.context.slice(at));
      return el("p", { class: "evidence" }, parts);
    }));
}

// ---- people --------------------------------------------------------------------------------------
async function peoplePage() {
  const params = currentQuery();
  const q = params.get("q") || "";
  const all = params.get("all") === "true";
  const query = new URLSearchParams({ limit: "200" });
  if (q) query.set("q", q);
  if (all) query.set("all", "true");
  const data = await api("/api/people?" + query);
  const form = el("form", { class: "filters people-filters", onsubmit: (e) => {
    e.preventDefault();
    const next = new URLSearchParams();
    if (form.elements.q.value.trim()) next.set("q", form.elements.q.value.trim());
    if (form.elements.all.checked) next.set("all", "true");
    location.hash = "#/people?" + next.toString();
  } },
  field("q", "Name", el("input", { name: "q", id: "f-q", type: "search", placeholder: "박진 / Park Jin / Blinken", value: q })),
  el("label", { class: "check" }, el("input", { type: "checkbox", name: "all", checked: all }), " include people without events"),
  el("div", { class: "actions" }, el("button", { type: "submit" }, "Search")));
  show(el("h2", {}, "People"), form, notice(data.notes.map((n) => n.message)),
    el("p", { class: "muted" }, `${data.total} ${data.total === 1 ? "person" : "people"}${all ? "" : " with events"}`),
    el("div", { class: "table-wrap" }, el("table", { id: "people" },
      el("thead", {}, el("tr", {}, el("th", {}, "Name"), el("th", { class: "wide-only" }, "Other names"),
        el("th", {}, "Country"), el("th", { class: "wide-only" }, "Office"), el("th", { class: "num" }, "Events"))),
      el("tbody", {}, data.items.map((p) => el("tr", {},
        el("td", {}, link(personHref(p.id), p.name),
          el("div", { class: "muted small narrow-only" }, [p.names.slice(0, 3).join(", "), p.office].filter(Boolean).join(" · "))),
        el("td", { class: "wide-only" }, p.names.join(", ")), el("td", {}, p.country || ""),
        el("td", { class: "wide-only" }, p.office || ""), el("td", { class: "num" }, p.n_events)))))));
}

async function personPage(id) {
  const p = await api(`/api/people/${encodeURIComponent(id)}`);
  const names = (p.names || []).filter((n) => n && n !== "null");
  show(
    el("p", {}, link("#/people", "‹ All people")),
    el("h2", {}, p.name, names.length ? el("span", { class: "muted other-names" }, " " + names.join(" · ")) : null),
    el("p", { class: "muted" }, [p.country, p.office].filter(Boolean).join(" · ")),
    p.offices.length ? el("ul", { class: "offices" }, p.offices.map((o) => el("li", {}, `${o.office} (${o.from} – ${o.to || "now"})`))) : null,
    el("p", {}, link(`#/?person=${encodeURIComponent(p.id)}`, "Filter the events list by this person ›")),
    p.counterparts.length ? [el("h3", {}, "Counterparts in meetings"), counterpartsGraph(p)] : null,
    el("h3", {}, `Timeline (${p.n_events} event${p.n_events === 1 ? "" : "s"})`),
    el("div", { id: "events", class: "event-list" }, p.events.map(eventRow)));
}

function counterpartsGraph(p) {
  const box = svg("svg", { viewBox: "0 0 600 320", id: "graph", class: "graph" });
  const cx = 300, cy = 160, r = 120;
  const others = p.counterparts.slice(0, 16);
  const max = Math.max(1, ...others.map((o) => o.meetings));
  others.forEach((o, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, others.length);
    const x = cx + r * Math.cos(angle), y = cy + r * Math.sin(angle);
    box.append(svg("line", { x1: cx, y1: cy, x2: x, y2: y, stroke: "#2f6fb3", "stroke-width": 1 + 4 * o.meetings / max, opacity: ".5" }));
    const a = svg("a", { href: personHref(o.id) });
    a.append(svg("circle", { cx: x, cy: y, r: 6, fill: "#2f6fb3" }));
    a.append(svg("text", { x: x + (Math.cos(angle) < -0.1 ? -10 : 10), y: y + 4, "text-anchor": Math.cos(angle) < -0.1 ? "end" : "start" },
      `${o.name} (${o.meetings})`));
    box.append(a);
  });
  box.append(svg("circle", { cx, cy, r: 9, fill: "#b3372f" }));
  box.append(svg("text", { x: cx, y: cy + 26, "text-anchor": "middle", class: "me" }, p.name));
  return box;
}

// ---- map -------------------------------------------------------------------------------------------
let WORLD = null;

async function mapPage() {
  const [places, world] = await Promise.all([api("/api/places?limit=2000"), WORLD || api("/static/vendor/countries-110m.json")]);
  WORLD = world;
  const W = Math.max(300, Math.round(app.clientWidth - 14) || 960), H = Math.round(W * 0.52);  // drawn at shown size
  const projection = d3.geoNaturalEarth1().fitExtent([[8, 8], [W - 8, H - 8]], { type: "Sphere" });
  const path = d3.geoPath(projection);
  const box = svg("svg", { class: "map", viewBox: `0 0 ${W} ${H}`, id: "map", role: "img", "aria-label": "map of event places" });
  box.append(svg("path", { d: path({ type: "Sphere" }), class: "sphere" }));
  box.append(svg("path", { d: path(d3.geoGraticule10()), class: "graticule" }));
  const countries = topojson.feature(world, world.objects.countries);
  const land = svg("g", { class: "countries" });
  for (const f of countries.features) land.append(svg("path", { d: path(f), class: "country" }, undefined));
  box.append(land);
  box.append(svg("path", { d: path(topojson.mesh(world, world.objects.countries, (a, b) => a !== b)), class: "borders" }));
  const panel = el("div", { class: "map-panel", id: "map-panel" }, el("p", { class: "muted" }, "Click a place to list its events."));
  const max = Math.max(1, ...places.items.map((pt) => pt.events));
  const layer = svg("g", { class: "points" });
  for (const c of clusters(places.items, projection, max, W)) layer.append(clusterMark(c, max, panel));
  box.append(layer);
  show(el("h2", {}, "Where events happened"),
    el("p", { class: "muted" }, `${places.total} places; circles sized by number of events; nearby places whose labels would overlap are grouped.`),
    el("div", { class: "map-wrap" }, box), panel,
    el("p", { class: "muted small" }, "Country shapes: Natural Earth 1:110m (public domain)."));
}

function radius(events, max) { return 4 + 14 * Math.sqrt(events / max); }

function clusters(points, projection, max, width = 960) {
  // Greedy, most events first: a place's label goes right of its circle, or left, above or below when
  // that collides (or leaves the map); when every side collides, the place joins the group it collides
  // with. So labels never overlap and the biggest places keep their own mark.
  const groups = [];
  for (const pt of [...points].sort((a, b) => b.events - a.events)) {
    const [x, y] = projection([pt.lon, pt.lat]);
    const r = radius(pt.events, max);
    const text = `${pt.name} (${pt.events})`;
    const sides = SIDES.filter((side) => fits(labelBox(x, y, r, text, side), width));
    const free = (sides.length ? sides : ["right"]).find((side) => !groups.some((g) => overlaps(labelBox(x, y, r, text, side), g.box)));
    if (free !== undefined) {
      groups.push({ x, y, events: pt.events, members: [pt], side: free, box: labelBox(x, y, r, text, free) });
      continue;
    }
    const hit = groups.find((g) => overlaps(labelBox(x, y, r, text, sides[0] || "right"), g.box)) || groups[0];
    hit.members.push(pt);
    hit.events += pt.events;
    hit.box = labelBox(hit.x, hit.y, radius(hit.events, max), groupLabel(hit), hit.side);
  }
  return groups;
}

function groupLabel(g) {
  return `${g.members[0].name}${g.members.length > 1 ? ` +${g.members.length - 1}` : ""} (${g.events})`;
}

const CHAR_PX = 7;  // width of a label character at 12px, a little generous

const SIDES = ["right", "left", "above", "below"];

function labelBox(x, y, r, text, side) {
  // The circle and its label together: what must not overlap another place's.
  const w = 4 + CHAR_PX * text.length, h = Math.max(r, 8), line = 16;
  if (side === "left") return { x0: x - r - w, y0: y - h, x1: x + r, y1: y + h };
  if (side === "above") return { x0: Math.min(x - r, x - w / 2), y0: y - r - line, x1: Math.max(x + r, x + w / 2), y1: y + r };
  if (side === "below") return { x0: Math.min(x - r, x - w / 2), y0: y - r, x1: Math.max(x + r, x + w / 2), y1: y + r + line };
  return { x0: x - r, y0: y - h, x1: x + r + w, y1: y + h };
}

function labelAt(c, r) {
  if (c.side === "left") return { x: c.x - r - 3, y: c.y + 4, "text-anchor": "end" };
  if (c.side === "above") return { x: c.x, y: c.y - r - 4, "text-anchor": "middle" };
  if (c.side === "below") return { x: c.x, y: c.y + r + 13, "text-anchor": "middle" };
  return { x: c.x + r + 3, y: c.y + 4, "text-anchor": "start" };
}

function fits(box, width) { return box.x0 >= 0 && box.x1 <= width && box.y0 >= 0; }

function overlaps(a, b) { return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1; }

function clusterMark(c, max, panel) {
  const single = c.members.length === 1;
  const r = radius(c.events, max);
  const g = svg("g", { class: "place" + (single ? "" : " cluster"), tabindex: "0", "data-places": c.members.map((m) => m.name).join("|") });
  g.append(svg("circle", { cx: c.x, cy: c.y, r }));
  const label = groupLabel(c);
  const at = labelAt(c, r);
  g.append(svg("text", { ...at, class: "halo" }, label));
  g.append(svg("text", at, label));
  g.append(svg("title", {}, c.members.map((m) => `${m.name}${m.names.length ? " / " + m.names.join(" / ") : ""}: ${m.events}`).join("\n")));
  const open = () => showPlaces(c.members, panel);
  g.addEventListener("click", open);
  g.addEventListener("keydown", (e) => { if (e.key === "Enter") open(); });
  return g;
}

async function showPlaces(members, panel) {
  if (members.length === 1) { location.hash = "#/?place=" + encodeURIComponent(members[0].name); return; }
  panel.replaceChildren(el("h3", {}, `${members.length} places here`), el("ul", {}, members.map((m) =>
    el("li", {}, link("#/?place=" + encodeURIComponent(m.name), `${m.name}${m.names.length ? " (" + m.names.join(", ") + ")" : ""}`),
      ` · ${m.events} event${m.events === 1 ? "" : "s"}`))));
}

// ---- routing ---------------------------------------------------------------------------------------
async function route() {
  delete document.body.dataset.ready;
  const path = location.hash.replace(/^#/, "").split("?")[0] || "/";
  for (const a of document.querySelectorAll("nav a")) a.classList.toggle("active", a.getAttribute("href") === "#" + (path.startsWith("/person") ? "/people" : path));
  try {
    if (path.startsWith("/event/")) await eventPage(decodeURIComponent(path.slice(7)));
    else if (path.startsWith("/person/")) await personPage(decodeURIComponent(path.slice(8)));
    else if (path === "/people") await peoplePage();
    else if (path === "/map") await mapPage();
    else await eventsPage();
  } catch (err) {
    show(el("p", { class: "error" }, `Error: ${err.message}`));
  }
  window.scrollTo(0, 0);
  document.body.dataset.ready = location.hash;  // tests wait for the page of the current address
}

window.addEventListener("hashchange", route);
route();

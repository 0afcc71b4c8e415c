// What PartnerFlow's Cockpit plugins share: reading PartnerFlow's API, building DOM, formatting, style.

/**
 * PartnerFlow's own API, beside the Camunda webapps on the same server: the webapps live under
 * /camunda (camunda.bpm.webapp.application-path, Camunda's default) and <base app-root> holds the
 * server's context path followed by it. The browser sends the webapps' session cookie, which the
 * API accepts for reads.
 */
export function apiUrl(path) {
  const base = document.querySelector('base[app-root]');
  const appRoot = base ? base.getAttribute('app-root') : '/camunda';
  return appRoot.replace(/\/camunda\/?$/, '') + '/api' + path;
}

/** GET a JSON document of PartnerFlow's API; rejects with a message a manager can read. */
export async function getJson(path) {
  let response;
  try {
    response = await fetch(apiUrl(path), {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin'
    });
  } catch (unreachable) {
    throw new Error('the server cannot be reached');
  }
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch (notJson) {
    body = null;
  }
  if (!response.ok) {
    const detail = body && (body.detail || body.title);
    throw new Error(`HTTP ${response.status}` + (detail ? `: ${detail}` : ''));
  }
  return body;
}

/** A DOM element: h('div', {className: 'x', title: 'y'}, child, 'text', ...). */
export function h(tag, properties, ...children) {
  const element = document.createElement(tag);
  Object.entries(properties || {}).forEach(([name, value]) => {
    if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (name === 'style') {
      Object.assign(element.style, value);
    } else if (value !== undefined && value !== null) {
      element[name] = value;
    }
  });
  children.flat().forEach((child) => {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  });
  return element;
}

const numbers = new Intl.NumberFormat('en-US');

export function count(value) {
  return numbers.format(value);
}

export function percent(part, whole) {
  return whole ? `${Math.round((100 * part) / whole)}%` : '–';
}

/** 850 ms, 12 s, 5 min, 3.2 h, 4.5 d. */
export function duration(millis) {
  if (millis === null || millis === undefined) {
    return '–';
  }
  const seconds = millis / 1000;
  if (seconds < 1) {
    return `${Math.round(millis)} ms`;
  }
  if (seconds < 60) {
    return `${Math.round(seconds)} s`;
  }
  if (seconds < 3600) {
    return `${Math.round(seconds / 60)} min`;
  }
  if (seconds < 86400) {
    return `${(seconds / 3600).toFixed(1)} h`;
  }
  return `${(seconds / 86400).toFixed(1)} d`;
}

/** Heat colour from cool (0: blue) to hot (1: red). */
export function heatColour(t, alpha = 1) {
  const hue = Math.round(220 * (1 - Math.min(1, Math.max(0, t))));
  return `hsla(${hue}, 85%, 48%, ${alpha})`;
}

/** Text colour that stays readable on heatColour(t). */
export function textOnHeat(t) {
  const hue = 220 * (1 - Math.min(1, Math.max(0, t)));
  return hue > 35 && hue < 200 ? '#111' : '#fff';
}

const STYLE = `
.pf-heat-panel { position: absolute; top: 6px; left: 6px; z-index: 10; width: 290px;
  background: rgba(255, 255, 255, 0.94); border: 1px solid #ccc; border-radius: 4px;
  padding: 6px 8px; font-size: 12px; line-height: 1.4; box-shadow: 0 1px 3px rgba(0, 0, 0, 0.15); }
.pf-heat-panel .pf-heat-views { display: flex; align-items: center; gap: 3px; margin-bottom: 4px; }
.pf-heat-panel .pf-heat-views button.pf-heat-fold { flex: 0 0 auto; font-weight: bold; border: none; background: none;
  padding: 1px 4px 1px 0; }
.pf-heat-panel .pf-heat-fold::after { content: ' ▾'; font-weight: normal; }
.pf-heat-panel.pf-folded .pf-heat-fold::after { content: ' ▸'; }
.pf-heat-panel.pf-folded .pf-heat-views { margin-bottom: 0; }
.pf-heat-panel.pf-folded .pf-heat-legend { display: none; }
.pf-heat-panel .pf-heat-views button { flex: 1; font-size: 11px; padding: 1px 4px; border: 1px solid #bbb;
  background: #f5f5f5; border-radius: 3px; cursor: pointer; white-space: nowrap; }
.pf-heat-panel .pf-heat-view-name { font-weight: bold; }
.pf-heat-panel .pf-heat-views button.active { background: #333; color: #fff; border-color: #333; }
.pf-heat-panel .pf-heat-views button:disabled { cursor: default; opacity: 0.6; }
.pf-heat-legend-bar { height: 8px; border-radius: 2px; margin: 3px 0 1px;
  background: linear-gradient(to right, ${[0, 0.25, 0.5, 0.75, 1].map((t) => heatColour(t)).join(', ')}); }
.pf-heat-legend-scale { display: flex; justify-content: space-between; color: #444; }
.pf-heat-message { color: #444; }
.pf-heat-message.pf-error { color: #b94a48; }
.pf-heat-shape { pointer-events: none; }
.pf-heat-badge { display: inline-block; pointer-events: auto; white-space: nowrap; font: bold 11px/16px sans-serif;
  padding: 0 5px; border-radius: 8px; box-shadow: 0 0 0 1px rgba(255, 255, 255, 0.9); }
.pf-kpis { padding: 10px 15px 20px; }
.pf-kpis h3 { margin-top: 0; }
.pf-kpis .pf-kpi-period { margin-bottom: 12px; }
.pf-kpis .pf-kpi-period input { margin: 0 6px; }
.pf-kpis .pf-kpi-error { color: #b94a48; font-weight: bold; }
.pf-kpis .pf-kpi-grid { display: flex; flex-wrap: wrap; gap: 10px; margin: 10px 0 16px; }
.pf-kpis .pf-kpi { border: 1px solid #ddd; border-radius: 4px; padding: 8px 10px; min-width: 190px; flex: 1; }
.pf-kpis .pf-kpi-value { font-size: 22px; font-weight: bold; }
.pf-kpis .pf-kpi-label { font-weight: bold; }
.pf-kpis .pf-kpi-basis { color: #666; font-size: 12px; }
.pf-funnel { max-width: 760px; }
.pf-funnel-row { display: flex; align-items: center; margin: 3px 0; }
.pf-funnel-step { width: 110px; text-align: right; padding-right: 8px; }
.pf-funnel-track { flex: 1; background: #f0f0f0; border-radius: 3px; height: 20px; }
.pf-funnel-bar { height: 20px; border-radius: 3px; background: #2f6f9f; min-width: 2px; }
.pf-funnel-figure { width: 110px; padding-left: 8px; white-space: nowrap; }
`;

/** Adds the plugins' style sheet to the page once. */
export function ensureStyle() {
  if (!document.getElementById('partnerflow-cockpit-style')) {
    document.head.append(h('style', { id: 'partnerflow-cockpit-style', textContent: STYLE }));
  }
}

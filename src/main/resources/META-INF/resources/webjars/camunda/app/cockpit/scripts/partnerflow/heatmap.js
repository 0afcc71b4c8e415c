// Heat on every process definition diagram in Cockpit: where partners pass and which way they go at each gateway,
// where they wait now, where they spend their time, where they leave (successes and losses told apart). In a period
// and for one version or all. Figures from GET /api/insight/process-definitions/{id}/activities.
import { count, duration, ensureStyle, getJson, h, heatColour, percent, t, textOnHeat } from './common.js';
import { clearOfPanel, placeBadges } from './heat-placement.js';
import { createPanel, foldable, periodQuery, preferences } from './heat-panel.js';

const OVERLAY = 'partnerflow-heat';

const SVG = 'http://www.w3.org/2000/svg';

/** The colours of an end: successes from green to blue, losses from orange to red, an end that is neither grey. */
const OUTCOME_HUES = { success: [140, 215], loss: [32, 0] };

function outcomeColour(outcome, heat, alpha = 1) {
  const hues = OUTCOME_HUES[outcome];
  if (!hues) {
    return `hsla(0, 0%, ${Math.round(75 - 30 * heat)}%, ${alpha})`;
  }
  const hue = Math.round(hues[0] + (hues[1] - hues[0]) * heat);
  return `hsla(${hue}, ${Math.round(50 + 35 * heat)}%, ${Math.round(72 - 34 * heat)}%, ${alpha})`;
}

const TIME = {
  mean: (a) => a.averageDurationMillis,
  median: (a) => a.medianDurationMillis,
  total: (a) => a.totalDurationMillis
};

/** The four views: what a figure is, how it is written, how it maps onto the colour scale. */
const VIEWS = [
  {
    id: 'passed',
    zero: count(0),
    value: (a) => (a.passed > 0 ? a.passed : null),
    format: (value) => count(value),
    scale: 'linear',
    flows: true,
    explain: (data) => t('heat.passed.explain', { n: data.partners })
  },
  {
    id: 'running',
    zero: count(0),
    value: (a) => (a.running > 0 ? a.running : null),
    format: (value) => count(value),
    scale: 'linear',
    explain: (data) => t('heat.running.explain', { n: data.running })
  },
  {
    id: 'duration',
    zero: t('unit.seconds', { n: 0 }),
    // steps that take under a second (gateways, most service tasks) would only add noise
    value: (a) => {
      const value = TIME[preferences.time](a);
      return value >= 1000 ? value : null;
    },
    format: (value) => duration(value),
    scale: 'log',
    explain: () => t(`heat.duration.explain.${preferences.time}`)
  },
  {
    id: 'ended',
    zero: count(0),
    value: (a) => (a.ended > 0 ? a.ended : null),
    format: (value, data) => `${count(value)} · ${percent(value, data.partners)}`,
    scale: 'linear',
    colour: (data, figures, heat, alpha) => outcomeColour(data.outcomes[figures.activityId], heat, alpha),
    textColour: (heat) => (heat > 0.45 ? '#fff' : '#111'),
    explain: (data) => {
      const ended = data.activities.reduce((sum, a) => sum + a.ended, 0);
      return t('heat.ended.explain', { ended, partners: data.partners, rest: data.partners - ended });
    }
  }
];

let mounted = null;

/** 0..1 from zero to the highest value; log for durations, which span seconds to months. */
function scaler(view, values) {
  const max = Math.max(0, ...values);
  if (max <= 0) {
    return () => 0;
  }
  if (view.scale === 'log') {
    const top = Math.log10(1 + max / 1000);
    return (value) => (top > 0 ? Math.log10(1 + value / 1000) / top : 1);
  }
  return (value) => value / max;
}

/** An expanded sub-process holds heated steps of its own: it gets the outline only. */
function isContainer(element) {
  return Boolean(element.children && element.children.some((child) => child.type && !child.labelTarget));
}

function svg(tag, attributes) {
  const element = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([name, value]) => element.setAttribute(name, value));
  return element;
}

/** A translucent copy of the element's outline (task, event or gateway), so labels stay readable. */
function heatShape(element, colour, fill) {
  const { width, height } = element;
  const frame = svg('svg', { width: width + 8, height: height + 8, class: 'pf-heat-shape' });
  Object.assign(frame.style, { position: 'absolute', left: '-4px', top: '-4px' });
  const type = element.type || '';
  const cx = width / 2 + 4;
  const cy = height / 2 + 4;
  let shape;
  if (type.endsWith('Event')) {
    shape = svg('circle', { cx, cy, r: Math.min(width, height) / 2 + 2 });
  } else if (type.endsWith('Gateway')) {
    shape = svg('polygon', { points: `${cx},2 ${width + 6},${cy} ${cx},${height + 6} 2,${cy}` });
  } else {
    shape = svg('rect', { x: 2, y: 2, width: width + 4, height: height + 4, rx: 12 });
  }
  [['fill', fill], ['stroke', colour], ['stroke-width', 4]].forEach(([name, value]) => shape.setAttribute(name, value));
  frame.append(shape);
  return frame;
}

function elementName(element) {
  const name = element.businessObject && element.businessObject.name;
  return name ? name.replace(/\s+/g, ' ') : element.id;
}

function tooltip(element, figures, data) {
  return t('heat.badge', {
    step: elementName(element),
    n: figures.passed,
    running: figures.running,
    mean: duration(figures.averageDurationMillis),
    median: duration(figures.medianDurationMillis),
    total: duration(figures.totalDurationMillis),
    ended: figures.ended,
    share: percent(figures.ended, data.partners)
  });
}

function badge(activityId, title, text, background, colour, kind) {
  return h('span', { className: `pf-heat-badge pf-heat-badge-${kind}`, title, dataset: { activityId }, style: { background, color: colour } },
    text);
}

/** Points along a flow where its figure may go, in diagram units: a little way from its gateway first, then further on. */
function flowPoints(connection) {
  const points = connection.waypoints;
  const segments = points.slice(1).map((to, i) => ({ from: points[i], to, length: Math.hypot(to.x - points[i].x, to.y - points[i].y) }));
  const total = segments.reduce((sum, segment) => sum + segment.length, 0);
  const at = (distance) => {
    let left = distance;
    for (const { from, to, length } of segments) {
      if (left <= length) {
        const share = length ? left / length : 0;
        return { x: from.x + (to.x - from.x) * share, y: from.y + (to.y - from.y) * share };
      }
      left -= length;
    }
    return points[points.length - 1];
  };
  return [Math.min(24, total / 2), total * 0.25, total * 0.5, total * 0.75].map(at);
}

function clear(state) {
  state.overlays.remove({ type: OVERLAY });
  state.strokes.forEach((path) => {
    path.style.stroke = '';
    path.style.strokeWidth = '';
  });
  state.strokes = [];
  state.badges = [];
}

function drawFlows(state, data, scale) {
  const registry = state.viewer.get('elementRegistry');
  const passed = new Map(data.activities.map((a) => [a.activityId, a.passed]));
  data.flows.filter((flow) => passed.get(flow.gatewayId) > 0).forEach((flow) => {
    const connection = registry.get(flow.flowId);
    const gateway = registry.get(flow.gatewayId);
    if (!connection || !gateway || !connection.waypoints) {
      return;
    }
    const heat = scale(flow.taken);
    const path = registry.getGraphics(connection).querySelector('.djs-visual path');
    if (path) {
      path.style.stroke = heatColour(heat);
      path.style.strokeWidth = `${2 + 4 * heat}px`;
      state.strokes.push(path);
    }
    const html = badge(flow.flowId, t('heat.flow.badge', { n: flow.taken, share: percent(flow.taken, passed.get(flow.gatewayId)) }),
      count(flow.taken), heatColour(heat), textOnHeat(heat), 'flow');
    state.overlays.add(gateway.id, OVERLAY, { position: { top: 0, left: 0 }, html: h('div', { className: 'pf-heat-anchor' }, html) });
    state.badges.push({ html, anchor: { points: flowPoints(connection), originX: gateway.x, originY: gateway.y } });
  });
}

function legend(view, values, data) {
  if (!values.length) {
    return [h('div', { className: 'pf-heat-message' }, t('heat.noFigures'))];
  }
  const bar = (colours, label) => h('div', { className: 'pf-heat-legend-row' }, label && h('span', {}, label),
    h('div', { className: 'pf-heat-legend-bar', style: { background: `linear-gradient(to right, ${colours.join(', ')})` } }));
  const steps = [0, 0.25, 0.5, 0.75, 1];
  const bars = view.colour
    ? [bar(steps.map((heat) => outcomeColour('success', heat)), t('heat.ended.success')),
        bar(steps.map((heat) => outcomeColour('loss', heat)), t('heat.ended.loss'))]
    : [bar(steps.map((heat) => heatColour(heat)))];
  return [...bars, h('div', { className: 'pf-heat-legend-scale' }, h('span', {}, view.zero),
    h('span', {}, view.format(Math.max(...values), data))), h('div', { className: 'pf-heat-message' }, view.explain(data))];
}

function draw(state) {
  const { viewer, panel, data, view } = state;
  const registry = viewer.get('elementRegistry');
  clear(state);
  const shown = data.activities
    .map((figures) => ({ figures, element: registry.get(figures.activityId), value: view.value(figures) }))
    .filter(({ element, value }) => element && element.width && value !== null && value !== undefined);
  const values = shown.map(({ value }) => value);
  const scale = scaler(view, view.flows ? [...values, ...data.flows.map((flow) => flow.taken)] : values);
  shown.forEach(({ figures, element, value }) => {
    const heat = scale(value);
    const colour = (alpha) => (view.colour ? view.colour(data, figures, heat, alpha) : heatColour(heat, alpha));
    state.overlays.add(element.id, OVERLAY, {
      position: { top: 0, left: 0 },
      html: h('div', { className: 'pf-heat', dataset: { activityId: element.id, heat: heat.toFixed(3) } },
        heatShape(element, colour(0.9), isContainer(element) ? 'none' : colour(0.22)))
    });
    const html = badge(element.id, tooltip(element, figures, data), view.format(value, data), colour(1),
      view.textColour ? view.textColour(heat) : textOnHeat(heat), 'step');
    state.overlays.add(element.id, OVERLAY, { position: { top: 0, left: 0 }, html: h('div', { className: 'pf-heat-anchor' }, html) });
    const type = element.type || '';
    state.badges.push({ html, anchor: { x: element.x, y: element.y, width: element.width, height: element.height,
      box: !type.endsWith('Event') && !type.endsWith('Gateway'), originX: element.x, originY: element.y } });
  });
  if (view.flows) {
    drawFlows(state, data, scale);
  }
  panel.showLegend(t(`heat.${view.id}.label`), legend(view, values, data));
  arrange(state);
}

/**
 * Places the figures for the current zoom; again after every zoom or scroll, and when the panel folds. While the
 * diagram hides them (it is zooming), it tries again a moment later.
 */
function arrange(state, attempt = 0) {
  if (mounted !== state || !state.badges.length) {
    return;
  }
  clearTimeout(state.retry);
  const hidden = placeBadges(state.viewer.get('canvas'), state.panel.element, state.badges);
  if (hidden === null && attempt < 50) {
    state.retry = setTimeout(() => arrange(state, attempt + 1), 100);
  }
  state.panel.hiddenFlows(hidden || 0);
}

function load(state) {
  state.panel.loading();
  const query = periodQuery();
  const asked = state.asked = `/insight/process-definitions/${encodeURIComponent(state.processDefinitionId)}/activities${query}`;
  getJson(asked)
    .then((data) => {
      if (mounted !== state || state.asked !== asked) {
        return;
      }
      state.data = data;
      state.panel.enable(data);
      if (!data.partners && !data.running) {
        clear(state);
        state.panel.message(t(query ? 'heat.noHistoryInScope' : 'heat.noHistory'));
        return;
      }
      draw(state);
      if (!state.cleared) {
        state.cleared = true;
        clearOfPanel(state.viewer.get('canvas'), state.panel.element);
      }
    })
    .catch((error) => mounted === state && state.panel.message(t('heat.error', { reason: error.message }), true));
}

function unmount() {
  if (mounted) {
    const state = mounted;
    mounted = null;
    clearTimeout(state.retry);
    state.panel.element.remove();
    try {
      state.viewer.get('eventBus').off('canvas.viewbox.changed', state.onViewbox);
      clear(state);
    } catch (viewerGone) {
      // the previous diagram was destroyed with its overlays
    }
  }
}

export default {
  id: 'partnerflow-heatmap',
  pluginPoint: 'cockpit.processDefinition.diagram.plugin',
  priority: 10,
  render: (diagram, { processDefinitionId }) => {
    unmount();
    ensureStyle();
    const state = { viewer: diagram, processDefinitionId, overlays: diagram.get('overlays'), strokes: [], badges: [] };
    // the fold is remembered per model (key:version:id), so that it does not follow the manager to another one
    const folding = foldable(processDefinitionId.split(':')[0], () => arrange(state));
    state.panel = createPanel(diagram.get('canvas').getContainer(), VIEWS.map((view) => view.id), folding, {
      view: (id) => {
        state.view = VIEWS.find((candidate) => candidate.id === id) || state.view;
        if (state.data && (state.data.partners || state.data.running)) {
          draw(state);
        }
      },
      scope: () => load(state)
    });
    state.view = VIEWS.find((view) => view.id === preferences.view) || VIEWS[0];
    state.onViewbox = () => arrange(state);
    diagram.get('eventBus').on('canvas.viewbox.changed', state.onViewbox);
    mounted = state;
    load(state);
  },
  unmount
};

// Heat on every process definition diagram in Cockpit: where partners pass, where they spend their
// time, where they leave. Figures from GET /api/insight/process-definitions/{id}/activities.
import { count, duration, ensureStyle, getJson, h, heatColour, language, percent, t, textOnHeat } from './common.js';

const OVERLAY = 'partnerflow-heat';

const STORED_VIEW = 'partnerflow.heat.view';

const STORED_FOLDED = 'partnerflow.heat.folded';

const SVG = 'http://www.w3.org/2000/svg';

/** The three views: what a figure is, how it is written, how it maps onto the colour scale. */
const VIEWS = [
  {
    id: 'passed',
    label: t('heat.passed.label'),
    button: t('heat.passed.button'),
    zero: count(0),
    value: (a) => a.passed,
    format: (value) => count(value),
    scale: 'linear',
    explain: (data) => t('heat.passed.explain', { n: data.partners })
  },
  {
    id: 'duration',
    label: t('heat.duration.label'),
    button: t('heat.duration.button'),
    zero: t('unit.seconds', { n: 0 }),
    // steps that take under a second (gateways, most service tasks) would only add noise
    value: (a) => (a.averageDurationMillis >= 1000 ? a.averageDurationMillis : null),
    format: (value) => duration(value),
    scale: 'log',
    explain: () => t('heat.duration.explain')
  },
  {
    id: 'ended',
    label: t('heat.ended.label'),
    button: t('heat.ended.button'),
    zero: count(0),
    value: (a) => (a.ended > 0 ? a.ended : null),
    format: (value, data) => `${count(value)} · ${percent(value, data.partners)}`,
    scale: 'linear',
    explain: (data) => {
      const ended = data.activities.reduce((sum, a) => sum + a.ended, 0);
      return t('heat.ended.explain', { ended, partners: data.partners, rest: data.partners - ended });
    }
  }
];

let mounted = null;

function stored(key) {
  try {
    return window.localStorage.getItem(key);
  } catch (unavailable) {
    return null;
  }
}

function store(key, value) {
  try {
    window.localStorage.setItem(key, value);
  } catch (unavailable) {
    // private mode: the choice is not remembered
  }
}

function storedView() {
  return VIEWS.find((view) => view.id === stored(STORED_VIEW)) || VIEWS[0];
}

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

/** A translucent copy of the element's outline (task, event or gateway), so labels stay readable. */
function heatShape(element, colour, fill) {
  const { width, height } = element;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', width + 8);
  svg.setAttribute('height', height + 8);
  svg.setAttribute('class', 'pf-heat-shape');
  svg.style.position = 'absolute';
  svg.style.left = '-4px';
  svg.style.top = '-4px';
  let shape;
  const type = element.type || '';
  if (type.endsWith('Event')) {
    shape = document.createElementNS(SVG, 'circle');
    shape.setAttribute('cx', width / 2 + 4);
    shape.setAttribute('cy', height / 2 + 4);
    shape.setAttribute('r', Math.min(width, height) / 2 + 2);
  } else if (type.endsWith('Gateway')) {
    shape = document.createElementNS(SVG, 'polygon');
    const cx = width / 2 + 4;
    const cy = height / 2 + 4;
    shape.setAttribute('points', `${cx},2 ${width + 6},${cy} ${cx},${height + 6} 2,${cy}`);
  } else {
    shape = document.createElementNS(SVG, 'rect');
    shape.setAttribute('x', 2);
    shape.setAttribute('y', 2);
    shape.setAttribute('width', width + 4);
    shape.setAttribute('height', height + 4);
    shape.setAttribute('rx', 12);
  }
  shape.setAttribute('fill', fill);
  shape.setAttribute('stroke', colour);
  shape.setAttribute('stroke-width', 4);
  svg.append(shape);
  return svg;
}

function elementName(element) {
  const name = element.businessObject && element.businessObject.name;
  return name ? name.replace(/\s+/g, ' ') : element.id;
}

function tooltip(element, figures, data) {
  return t('heat.badge', {
    step: elementName(element),
    n: figures.passed,
    duration: duration(figures.averageDurationMillis),
    ended: figures.ended,
    share: percent(figures.ended, data.partners)
  });
}

function draw(viewer, panel, data, view) {
  const overlays = viewer.get('overlays');
  const registry = viewer.get('elementRegistry');
  overlays.remove({ type: OVERLAY });
  const shown = data.activities
    .map((figures) => ({ figures, element: registry.get(figures.activityId), value: view.value(figures) }))
    .filter(({ element, value }) => element && element.width && value !== null && value !== undefined);
  const scale = scaler(view, shown.map(({ value }) => value));
  shown.forEach(({ figures, element, value }) => {
    const t = scale(value);
    overlays.add(element.id, OVERLAY, {
      position: { top: 0, left: 0 },
      html: h('div', { className: 'pf-heat', dataset: { activityId: element.id, heat: t.toFixed(3) } },
        heatShape(element, heatColour(t, 0.9), isContainer(element) ? 'none' : heatColour(t, 0.22)))
    });
    overlays.add(element.id, OVERLAY, {
      position: { top: -17, left: 2 },
      // the figure stays readable when a large diagram is zoomed out to fit
      scale: { min: 0.8, max: 1.5 },
      html: h('span', {
        className: 'pf-heat-badge',
        title: tooltip(element, figures, data),
        dataset: { activityId: element.id },
        style: { background: heatColour(t), color: textOnHeat(t) }
      }, view.format(value, data))
    });
  });
  const values = shown.map(({ value }) => value);
  panel.legend.replaceChildren(...[
    h('div', { className: 'pf-heat-view-name' }, view.label),
    values.length && h('div', { className: 'pf-heat-legend-bar' }),
    values.length && h('div', { className: 'pf-heat-legend-scale' },
      h('span', {}, view.zero), h('span', {}, view.format(Math.max(...values), data))),
    h('div', { className: 'pf-heat-message' }, values.length ? view.explain(data) : t('heat.noFigures'))
  ].filter(Boolean));
  panel.buttons.forEach((button) => button.classList.toggle('active', button.dataset.view === view.id));
}

function createPanel(container) {
  const buttons = VIEWS.map((view) => h('button', { type: 'button', title: view.label, dataset: { view: view.id }, disabled: true },
    view.button));
  const legend = h('div', { className: 'pf-heat-legend' },
    h('div', { className: 'pf-heat-message' }, t('heat.loading')));
  // the legend folds away when the panel hides a corner of a large diagram
  const fold = h('button', { type: 'button', className: 'pf-heat-fold', title: t('heat.fold.title') }, t('heat.fold'));
  const element = h('div', { className: 'pf-heat-panel', title: t('heat.panel'), lang: language },
    h('div', { className: 'pf-heat-views' }, fold, buttons), legend);
  element.classList.toggle('pf-folded', stored(STORED_FOLDED) === 'true');
  fold.addEventListener('click', () => store(STORED_FOLDED, element.classList.toggle('pf-folded')));
  container.append(element);
  return { element, buttons, legend };
}

function message(panel, text, error) {
  panel.legend.replaceChildren(h('div', { className: 'pf-heat-message' + (error ? ' pf-error' : '') }, text));
}

function unmount() {
  if (mounted) {
    const { overlays, panel } = mounted;
    mounted = null;
    panel.element.remove();
    try {
      overlays.remove({ type: OVERLAY });
    } catch (viewerGone) {
      // the previous diagram was destroyed with its overlays
    }
  }
}

export default {
  id: 'partnerflow-heatmap',
  pluginPoint: 'cockpit.processDefinition.diagram.plugin',
  priority: 10,
  render: (viewer, { processDefinitionId }) => {
    unmount();
    ensureStyle();
    const panel = createPanel(viewer.get('canvas').getContainer());
    mounted = { overlays: viewer.get('overlays'), panel };
    getJson(`/insight/process-definitions/${encodeURIComponent(processDefinitionId)}/activities`)
      .then((data) => {
        if (!data.partners) {
          message(panel, t('heat.noHistory'));
          return;
        }
        let view = storedView();
        panel.buttons.forEach((button) => {
          button.disabled = false;
          button.addEventListener('click', () => {
            view = VIEWS.find((candidate) => candidate.id === button.dataset.view);
            store(STORED_VIEW, view.id);
            draw(viewer, panel, data, view);
          });
        });
        draw(viewer, panel, data, view);
      })
      .catch((error) => message(panel, t('heat.error', { reason: error.message }), true));
  },
  unmount
};

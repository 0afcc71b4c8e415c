// The heat map's panel on a diagram: the views, the period and the versions the figures cover, the way time is
// summed up, the legend, and the fold that hides all but the views.
import { h, language, t } from './common.js';

const STORED = 'partnerflow.heat.';

const PERIODS = ['all', 'days30', 'months3', 'months12', 'custom'];

const TIMES = ['mean', 'median', 'total'];

function stored(key, fallback) {
  try {
    return window.localStorage.getItem(STORED + key) || fallback;
  } catch (unavailable) {
    return fallback;
  }
}

function store(key, value) {
  try {
    window.localStorage.setItem(STORED + key, value);
  } catch (unavailable) {
    // private mode: the choice is not remembered
  }
}

/** The manager's choices that hold from one diagram to the next: the view, the time figure, the period, the versions. */
export const preferences = {
  view: stored('view', 'passed'),
  time: TIMES.includes(stored('time')) ? stored('time') : 'mean',
  period: PERIODS.includes(stored('period')) ? stored('period') : 'all',
  from: stored('from', ''),
  to: stored('to', ''),
  versions: stored('versions', 'this') === 'all' ? 'all' : 'this'
};

function choose(name, value) {
  preferences[name] = value;
  store(name, value);
}

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

/** The UTC days [from, to] of the period chosen, both included; null ends are open. */
export function periodDays(today = new Date()) {
  const before = (months, days) => {
    const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, today.getUTCDate() - days));
    return isoDay(day);
  };
  switch (preferences.period) {
    case 'days30': return { from: before(0, 29), to: isoDay(today) };
    case 'months3': return { from: before(3, -1), to: isoDay(today) };
    case 'months12': return { from: before(12, -1), to: isoDay(today) };
    case 'custom': return { from: preferences.from || null, to: preferences.to || null };
    default: return { from: null, to: null };
  }
}

/** The query of the figures asked for: ?from=...&to=...&versions=all, or '' for all the history of this version. */
export function periodQuery() {
  const { from, to } = periodDays();
  const query = new URLSearchParams();
  if (from) {
    query.set('from', from);
  }
  if (to) {
    query.set('to', to);
  }
  if (preferences.versions === 'all') {
    query.set('versions', 'all');
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** The fold of the panel of one model, remembered for that model only (onToggle: the panel changed size). */
export function foldable(model, onToggle) {
  const key = `folded.${model}`;
  return {
    folded: stored(key, 'false') === 'true',
    toggle: (folded) => {
      store(key, String(folded));
      onToggle();
    }
  };
}

function select(name, options, value, onChange) {
  const element = h('select', { name, className: 'pf-heat-select' },
    options.map(([id, label]) => h('option', { value: id, selected: id === value }, label)));
  element.addEventListener('change', () => onChange(element.value));
  return element;
}

function dateInput(name, value, onChange) {
  const input = h('input', { type: 'date', name, value, className: 'pf-heat-date' });
  input.addEventListener('change', () => onChange(input.value));
  return input;
}

/**
 * The panel, at the top left of the diagram's container. handlers.view(id): a view was chosen; handlers.scope(): the
 * period, the versions or the time figure changed, the figures are to be read again.
 */
export function createPanel(container, views, folding, handlers) {
  const buttons = views.map((id) => h('button', { type: 'button', title: t(`heat.${id}.label`), dataset: { view: id }, disabled: true },
    t(`heat.${id}.button`)));
  const dates = h('div', { className: 'pf-heat-dates' },
    dateInput('from', preferences.from, (value) => { choose('from', value); handlers.scope(); }),
    h('span', {}, t('heat.period.to')),
    dateInput('to', preferences.to, (value) => { choose('to', value); handlers.scope(); }));
  const showDates = () => { dates.hidden = preferences.period !== 'custom'; };
  const period = select('period', PERIODS.map((id) => [id, t(`heat.period.${id}`)]), preferences.period, (value) => {
    choose('period', value);
    showDates();
    handlers.scope();
  });
  const versions = select('versions', [['this', t('heat.versions.this')], ['all', t('heat.versions.all')]],
    preferences.versions, (value) => { choose('versions', value); handlers.scope(); });
  const time = select('time', TIMES.map((id) => [id, t(`heat.time.${id}`)]), preferences.time, (value) => {
    choose('time', value);
    handlers.view(preferences.view);
  });
  const timeRow = h('label', { className: 'pf-heat-control' }, t('heat.time'), time);
  const content = h('div', { className: 'pf-heat-content' }, h('div', { className: 'pf-heat-message' }, t('heat.loading')));
  const hidden = h('div', { className: 'pf-heat-message pf-heat-hidden', hidden: true });
  const legend = h('div', { className: 'pf-heat-legend' },
    h('label', { className: 'pf-heat-control' }, t('heat.period'), period), dates,
    h('label', { className: 'pf-heat-control' }, t('heat.versions'), versions), timeRow, content, hidden);
  const fold = h('button', { type: 'button', className: 'pf-heat-fold', title: t('heat.fold.title') }, t('heat.fold'));
  const element = h('div', { className: 'pf-heat-panel', title: t('heat.panel'), lang: language },
    h('div', { className: 'pf-heat-views' }, fold, buttons), legend);
  element.classList.toggle('pf-folded', folding.folded);
  fold.addEventListener('click', () => folding.toggle(element.classList.toggle('pf-folded')));
  const markView = () => {
    buttons.forEach((button) => button.classList.toggle('active', button.dataset.view === preferences.view));
    timeRow.hidden = preferences.view !== 'duration';
  };
  buttons.forEach((button) => button.addEventListener('click', () => {
    choose('view', button.dataset.view);
    markView();
    handlers.view(button.dataset.view);
  }));
  showDates();
  markView();
  container.append(element);
  const show = (...nodes) => content.replaceChildren(...nodes);
  return {
    element,
    loading: () => show(h('div', { className: 'pf-heat-message' }, t('heat.loading'))),
    message: (text, error) => show(h('div', { className: 'pf-heat-message' + (error ? ' pf-error' : '') }, text)),
    showLegend: (title, nodes) => show(h('div', { className: 'pf-heat-view-name' }, title), ...nodes),
    hiddenFlows: (n) => {
      hidden.hidden = !n;
      hidden.textContent = n ? t('heat.flow.hidden', { n }) : '';
    },
    enable: (data) => {
      buttons.forEach((button) => { button.disabled = false; });
      versions.options[0].textContent = t('heat.versions.thisNumbered', { version: data.version });
    }
  };
}

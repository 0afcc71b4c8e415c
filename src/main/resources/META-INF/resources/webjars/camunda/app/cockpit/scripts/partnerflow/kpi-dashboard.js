// The partner KPIs on Cockpit's dashboard, from GET /api/kpis?from=&to= (the partners listed in the period).
import { apiUrl, count, days, ensureStyle, getJson, h, language, percent, rate, t } from './common.js';

/** The funnel's steps as GET /api/kpis names them; each has its name (kpi.step.X) and definition (kpi.step.X.means). */
const STEPS = ['LISTED', 'ELIGIBLE', 'APPROACHED', 'APPLIED', 'APPROVED', 'SIGNED', 'ACTIVE', 'EXITED'];

/** The average times, by their field in GET /api/kpis, which is also their key in the texts (name, .what, .means). */
const TIMES = ['timeToRecruit', 'timeToFirstDeal', 'timeToCommercialAutonomy', 'timeToTechnicalAutonomy'];

/** The recruiters' table: each column's field and the key of its header and of its definition (key + '.means'). */
const RECRUITER_COLUMNS = [
  ['name', 'kpi.recruiter'],
  ['listed', 'kpi.step.LISTED'],
  ['applicationFiles', 'kpi.applicationFiles'],
  ['signed', 'kpi.step.SIGNED'],
  ['businessPlansSigned', 'kpi.businessPlansSigned'],
  ['activeAfterStartUp', 'kpi.activeAfterStartUp']
];

/** A KPI figure: its label, whose tooltip says what it means, the value and what it is computed from. */
function kpi(key, value, basis) {
  return h('div', { className: 'pf-kpi' },
    h('div', { className: 'pf-kpi-label', title: t(`${key}.means`) }, t(key)),
    h('div', { className: 'pf-kpi-value' }, value),
    h('div', { className: 'pf-kpi-basis' }, basis));
}

function stepName(step) {
  return STEPS.includes(step) ? t(`kpi.step.${step}`) : step;
}

function stepMeaning(step) {
  return STEPS.includes(step) ? t(`kpi.step.${step}.means`) : undefined;
}

function funnel(steps) {
  const listed = steps.length ? steps[0].partners : 0;
  const widest = Math.max(1, ...steps.map((step) => step.partners));
  return h('div', { className: 'pf-funnel', role: 'img', ariaLabel: t('kpi.funnel') },
    steps.map((step) => h('div', { className: 'pf-funnel-row', dataset: { step: step.step } },
      h('div', { className: 'pf-funnel-step', title: stepMeaning(step.step) }, stepName(step.step)),
      h('div', { className: 'pf-funnel-track' },
        h('div', { className: 'pf-funnel-bar', style: { width: `${(100 * step.partners) / widest}%` } })),
      h('div', { className: 'pf-funnel-figure', title: t('kpi.funnel.share') },
        `${count(step.partners)} · ${percent(step.partners, listed)}`))));
}

function times(kpis) {
  return TIMES.map((field) => {
    const figure = kpis[field] || {};
    const partners = figure.partners || 0;
    const what = t(`kpi.${field}.what`);
    return kpi(`kpi.${field}`, days(figure.averageDays),
      partners ? t('kpi.average', { what, n: partners }) : t('kpi.noPartner', { what }));
  });
}

function rates(kpis) {
  const signature = kpis.contractSignatureRate || {};
  const active = kpis.activeSixMonthsAfterSignature || {};
  return [
    kpi('kpi.contractSignatureRate', rate(signature.rate),
      t('kpi.contractSignatureRate.basis', { signed: signature.signed || 0, partners: signature.partners || 0 })),
    kpi('kpi.activeSixMonthsAfterSignature', rate(active.rate),
      t('kpi.activeSixMonthsAfterSignature.basis', { active: active.active || 0, partners: active.partners || 0 }))
  ];
}

function recruiters(rows) {
  if (!rows.length) {
    return h('p', {}, t('kpi.recruiters.none'));
  }
  return h('table', { className: 'table table-striped table-condensed pf-recruiters' },
    h('thead', {}, h('tr', {}, RECRUITER_COLUMNS.map(([, key]) => h('th', { title: t(`${key}.means`) }, t(key))))),
    h('tbody', {}, rows.map((row) => h('tr', {},
      RECRUITER_COLUMNS.map(([field]) => h('td', {}, field === 'name' ? row[field] : count(row[field] || 0)))))));
}

/** The CSV file of the KPIs shown: GET /api/kpis/export.csv for the period the dashboard's own call answered. */
function exportLink(kpis) {
  const query = new URLSearchParams({ from: kpis.from, to: kpis.to });
  return h('p', { className: 'pf-kpi-export' },
    h('a', { href: apiUrl(`/kpis/export.csv?${query}`), download: '', title: t('kpi.export.title') }, t('kpi.export')));
}

function show(body, kpis) {
  body.replaceChildren(
    h('h4', {}, t('kpi.heading', { from: kpis.from, to: kpis.to })),
    exportLink(kpis),
    funnel(kpis.funnel || []),
    h('div', { className: 'pf-kpi-grid' }, times(kpis), rates(kpis)),
    h('h4', {}, t('kpi.recruiters')),
    recruiters(kpis.recruiters || []));
}

function load(body, from, to) {
  const query = new URLSearchParams();
  if (from.value) {
    query.set('from', from.value);
  }
  if (to.value) {
    query.set('to', to.value);
  }
  body.replaceChildren(h('p', {}, t('kpi.loading')));
  const search = query.toString();
  getJson('/kpis' + (search ? `?${search}` : ''))
    .then((kpis) => {
      from.value = kpis.from;
      to.value = kpis.to;
      show(body, kpis);
    })
    .catch((error) => body.replaceChildren(
      h('p', { className: 'pf-kpi-error' }, t('kpi.error', { reason: error.message }))));
}

export default {
  id: 'partnerflow-kpis',
  pluginPoint: 'cockpit.dashboard',
  priority: 10,
  render: (node) => {
    ensureStyle();
    const from = h('input', { type: 'date', name: 'from', className: 'form-control input-sm' });
    const to = h('input', { type: 'date', name: 'to', className: 'form-control input-sm' });
    const body = h('div', { className: 'pf-kpi-body' });
    const period = h('form', { className: 'form-inline pf-kpi-period' },
      h('label', {}, t('kpi.period.from'), from), h('label', {}, t('kpi.period.to'), to),
      h('button', { type: 'submit', className: 'btn btn-default btn-sm' }, t('kpi.period.show')));
    period.addEventListener('submit', (event) => {
      event.preventDefault();
      load(body, from, to);
    });
    node.append(h('section', { className: 'pf-kpis', lang: language }, h('h3', {}, t('kpi.title')), period, body));
    load(body, from, to);
  }
};

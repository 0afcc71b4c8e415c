// The partner KPIs on Cockpit's dashboard, from GET /api/kpis?from=&to= (the partners listed in the period).
import { count, ensureStyle, getJson, h, percent } from './common.js';

const STEPS = {
  LISTED: 'Listed',
  ELIGIBLE: 'Eligible',
  APPROACHED: 'Approached',
  APPLIED: 'Applied',
  APPROVED: 'Approved',
  SIGNED: 'Signed',
  ACTIVE: 'Active',
  EXITED: 'Exited'
};

const TIMES = [
  ['timeToRecruit', 'Time to recruit', 'listing to signature'],
  ['timeToFirstDeal', 'Time to first deal', 'signature to first deal'],
  ['timeToCommercialAutonomy', 'Time to commercial autonomy', 'signature to commercially autonomous'],
  ['timeToTechnicalAutonomy', 'Time to technical autonomy', 'signature to technically autonomous']
];

const RECRUITER_COLUMNS = [
  ['name', 'Recruiter'],
  ['listed', 'Listed'],
  ['applicationFiles', 'Application files'],
  ['signed', 'Signed'],
  ['businessPlansSigned', 'Business plans signed'],
  ['activeAfterStartUp', 'Active after the start-up period (a deal within 6 months of the contract)']
];

function rateText(rate) {
  return rate === null || rate === undefined ? '–' : `${Math.round(rate * 100)}%`;
}

function kpi(label, value, basis) {
  return h('div', { className: 'pf-kpi' },
    h('div', { className: 'pf-kpi-label' }, label),
    h('div', { className: 'pf-kpi-value' }, value),
    h('div', { className: 'pf-kpi-basis' }, basis));
}

function funnel(steps) {
  const listed = steps.length ? steps[0].partners : 0;
  const widest = Math.max(1, ...steps.map((step) => step.partners));
  return h('div', { className: 'pf-funnel', role: 'img', ariaLabel: 'Recruitment funnel' },
    steps.map((step) => h('div', { className: 'pf-funnel-row', dataset: { step: step.step } },
      h('div', { className: 'pf-funnel-step' }, STEPS[step.step] || step.step),
      h('div', { className: 'pf-funnel-track' },
        h('div', { className: 'pf-funnel-bar', style: { width: `${(100 * step.partners) / widest}%` } })),
      h('div', { className: 'pf-funnel-figure' }, `${count(step.partners)} · ${percent(step.partners, listed)}`))));
}

function times(kpis) {
  return TIMES.map(([field, label, what]) => {
    const figure = kpis[field] || {};
    const partners = figure.partners || 0;
    return kpi(label,
      figure.averageDays === null || figure.averageDays === undefined ? '–' : `${figure.averageDays} days`,
      partners ? `${what}, average of ${count(partners)} partners` : `${what}: no partner yet`);
  });
}

function rates(kpis) {
  const signature = kpis.contractSignatureRate || {};
  const active = kpis.activeSixMonthsAfterSignature || {};
  return [
    kpi('Contract signature rate', rateText(signature.rate),
      `${count(signature.signed || 0)} signed of ${count(signature.partners || 0)} that applied`),
    kpi('Active 6 months after signature', rateText(active.rate),
      `${count(active.active || 0)} of ${count(active.partners || 0)} signed at least 6 months ago won a deal within those 6 months`)
  ];
}

function recruiters(rows) {
  if (!rows.length) {
    return h('p', {}, 'No recruiter listed a partner in this period.');
  }
  return h('table', { className: 'table table-striped table-condensed pf-recruiters' },
    h('thead', {}, h('tr', {}, RECRUITER_COLUMNS.map(([, title]) => h('th', {}, title)))),
    h('tbody', {}, rows.map((row) => h('tr', {},
      RECRUITER_COLUMNS.map(([field]) => h('td', {}, field === 'name' ? row[field] : count(row[field] || 0)))))));
}

function show(body, kpis) {
  body.replaceChildren(
    h('h4', {}, `Partners listed from ${kpis.from} to ${kpis.to}`),
    funnel(kpis.funnel || []),
    h('div', { className: 'pf-kpi-grid' }, times(kpis), rates(kpis)),
    h('h4', {}, 'Recruiters'),
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
  body.replaceChildren(h('p', {}, 'Loading the KPIs…'));
  const search = query.toString();
  getJson('/kpis' + (search ? `?${search}` : ''))
    .then((kpis) => {
      from.value = kpis.from;
      to.value = kpis.to;
      show(body, kpis);
    })
    .catch((error) => body.replaceChildren(
      h('p', { className: 'pf-kpi-error' }, `The partner KPIs cannot be shown: ${error.message}`)));
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
      h('label', {}, 'Partners listed from', from), h('label', {}, 'to', to),
      h('button', { type: 'submit', className: 'btn btn-default btn-sm' }, 'Show'));
    period.addEventListener('submit', (event) => {
      event.preventDefault();
      load(body, from, to);
    });
    node.append(h('section', { className: 'pf-kpis' }, h('h3', {}, 'Partner KPIs'), period, body));
    load(body, from, to);
  }
};

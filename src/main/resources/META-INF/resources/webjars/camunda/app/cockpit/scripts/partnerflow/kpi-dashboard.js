// The partner KPIs on Cockpit's dashboard, from GET /api/kpis?from=&to= (the partners listed in the period, and the
// leads passed to them), and
// the last 12 months' KPIs month by month, from GET /api/kpis/trend?months=12, as charts (Apache ECharts), and this
// year's progress against its recruitment plan, from GET /api/kpis/plan-progress/{year}.
import { apiUrl, count, days, ensureStyle, getJson, h, language, month, percent, rate, t, webjarUrl } from './common.js';

/** The months of the trend charts. */
const TREND_MONTHS = 12;

/** The steps the funnel chart narrows through (EXITED is not one of them: see kpi.step.EXITED.means). */
const FUNNEL_CHART_STEPS = ['LISTED', 'ELIGIBLE', 'APPROACHED', 'APPLIED', 'APPROVED', 'SIGNED', 'ACTIVE'];

/** The two rates, by their field in GET /api/kpis (also their key in the texts). */
const RATES = ['contractSignatureRate', 'activeSixMonthsAfterSignature'];

/** The colours of the charts' series, the funnel bars' first. */
const COLOURS = ['#2f6f9f', '#2e8b57', '#c77c02', '#8e44ad', '#b94a48'];

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

/** The breakdowns of GET /api/kpis besides the recruiters', by their field; each has its name (kpi.by.X) and meaning. */
const BREAKDOWNS = ['sources', 'markets', 'categories'];

/** The breakdown table's columns, after its first (the source, market or category). */
const BREAKDOWN_COLUMNS = RECRUITER_COLUMNS.slice(1);

/** The leads' tables, by recruiter and by partner: each column's field and the key of its header and definition. */
const LEAD_COLUMNS = [
  ['passed', 'kpi.leads.passed'],
  ['accepted', 'kpi.leads.accepted'],
  ['won', 'kpi.leads.won']
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

/** The yellow and red cards issued in the period (to any partner: a card is dated, not a cohort's). */
function cards(kpis) {
  const issued = kpis.cards || {};
  return [
    kpi('kpi.yellowCards', count(issued.yellow || 0), t('kpi.yellowCards.basis')),
    kpi('kpi.redCards', count(issued.red || 0), t('kpi.redCards.basis'))
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

/** The name of a row of a breakdown: a source in the reader's language (kpi.source.X), else the name the API gives. */
function rowName(field, row) {
  const key = `kpi.source.${row.key}`;
  return field === 'sources' && t(key) !== key ? t(key) : row.name;
}

/** One breakdown of the figures, chosen in a list (by source first, the seed's step 5: which way of listing sells). */
function breakdowns(kpis) {
  const table = h('div', { className: 'pf-breakdown-table' });
  const choice = h('select', { className: 'form-control input-sm pf-breakdown-choice', ariaLabel: t('kpi.by') },
    BREAKDOWNS.map((field) => h('option', { value: field }, t(`kpi.by.${field}`))));
  const draw = () => {
    const field = choice.value;
    const rows = kpis[field] || [];
    table.replaceChildren(rows.length ? h('table', { className: 'table table-striped table-condensed pf-breakdown',
      dataset: { breakdown: field } },
    h('thead', {}, h('tr', {}, h('th', { title: t(`kpi.by.${field}.means`) }, t(`kpi.by.${field}.column`)),
      BREAKDOWN_COLUMNS.map(([, key]) => h('th', { title: t(`${key}.means`) }, t(key))),
      h('th', { title: t('kpi.activeSixMonthsAfterSignature.means') }, t('kpi.activeSixMonthsAfterSignature')))),
    h('tbody', {}, rows.map((row) => h('tr', {}, h('td', {}, rowName(field, row)),
      BREAKDOWN_COLUMNS.map(([column]) => h('td', {}, count(row[column] || 0))),
      h('td', {}, rate((row.activeSixMonthsAfterSignature || {}).rate))))))
      : h('p', {}, t('kpi.recruiters.none')));
  };
  choice.addEventListener('change', draw);
  draw();
  return h('div', { className: 'pf-breakdowns' }, h('h4', {}, t('kpi.by'), ' ', choice), table);
}

/** The leads passed to the period's partners: the three figures, then the tables by recruiter and by partner. */
function leads(kpis) {
  const figures = kpis.leads || {};
  const passed = figures.passed || 0;
  return [
    h('h4', { title: t('kpi.leads.means') }, t('kpi.leads')),
    h('div', { className: 'pf-kpi-grid pf-leads' },
      kpi('kpi.leads.passed', count(passed), t('kpi.leads.passed.basis')),
      kpi('kpi.leads.acceptanceRate', rate(figures.acceptanceRate),
        t('kpi.leads.acceptanceRate.basis', { accepted: figures.accepted || 0, passed })),
      kpi('kpi.leads.conversionRate', rate(figures.conversionRate),
        t('kpi.leads.conversionRate.basis', { won: figures.won || 0, passed }))),
    leadTable('pf-leads-recruiters', 'kpi.recruiter', kpis.leadsByRecruiter || [], (row) => row.name),
    leadTable('pf-leads-partners', 'kpi.leads.partner', kpis.leadsByPartner || [], (row) => `${row.name} (${row.key})`)
  ];
}

function leadTable(className, nameKey, rows, name) {
  if (!rows.length) {
    return h('p', { className }, t('kpi.leads.none'));
  }
  return h('table', { className: `table table-striped table-condensed ${className}` },
    h('thead', {}, h('tr', {}, h('th', { title: t(`${nameKey}.means`) }, t(nameKey)),
      LEAD_COLUMNS.map(([, key]) => h('th', { title: t(`${key}.means`) }, t(key))))),
    h('tbody', {}, rows.map((row) => h('tr', {}, h('td', {}, name(row)),
      LEAD_COLUMNS.map(([field]) => h('td', {}, count(row[field] || 0)))))));
}

/** The CSV file of the KPIs shown: GET /api/kpis/export.csv for the period the dashboard's own call answered. */
function exportLink(kpis) {
  const query = new URLSearchParams({ from: kpis.from, to: kpis.to });
  return h('p', { className: 'pf-kpi-export' },
    h('a', { href: apiUrl(`/kpis/export.csv?${query}`), download: '', title: t('kpi.export.title') }, t('kpi.export')));
}

/**
 * Apache ECharts from its WebJar, loaded once, the first time a chart is drawn: its ES module build, imported like
 * the plugins themselves (its UMD build would register with Cockpit's AMD loader instead of the page). The path has
 * no version: Spring's WebJars locator serves the version in the jar.
 */
let echartsModule;

function echarts() {
  echartsModule = echartsModule || import(webjarUrl('/echarts/dist/echarts.esm.min.js'));
  return echartsModule;
}

/** The charts drawn, resized with the window. */
const drawn = new Set();

window.addEventListener('resize', () => drawn.forEach((chart) => chart.resize()));

function chartBox(name, label) {
  return h('div', { className: 'pf-kpi-chart', dataset: { chart: name }, role: 'img', ariaLabel: label });
}

/** Draws the option in the box (again, when it has a chart already). */
function draw(box, option) {
  return echarts().then((library) => {
    const chart = library.getInstanceByDom(box) || library.init(box, null, { renderer: 'canvas' });
    chart.setOption({ color: COLOURS, animation: false, textStyle: { fontFamily: 'inherit' }, ...option }, true);
    drawn.add(chart);
  });
}

/** The period's funnel as a funnel chart, each step with its partners. */
function funnelChart(box, steps) {
  const partners = new Map(steps.map((step) => [step.step, step.partners]));
  return draw(box, {
    title: { text: t('kpi.funnel'), left: 'center', textStyle: { fontSize: 13 } },
    tooltip: { trigger: 'item', formatter: (item) => `${item.name}: ${count(item.value)}` },
    series: [{
      type: 'funnel', sort: 'none', top: 36, bottom: 10, left: '5%', width: '62%', minSize: '2%', gap: 2,
      itemStyle: { color: COLOURS[0] },
      label: { show: true, position: 'right', color: '#333', formatter: (item) => `${item.name} ${count(item.value)}` },
      labelLine: { show: true },
      data: FUNNEL_CHART_STEPS.map((step) => ({ name: stepName(step), value: partners.get(step) || 0 }))
    }]
  });
}

/** Lines over the months, one a series: its name and its value of each month (null: no partner, a gap). */
function lines(box, title, months, series, axis) {
  return draw(box, {
    title: { text: title, left: 'center', textStyle: { fontSize: 13 } },
    legend: { bottom: 0 },
    grid: { left: 56, right: 20, top: 40, bottom: 76 },
    tooltip: { trigger: 'axis', valueFormatter: (value) => (value === '-' ? '–' : axis.format(value)) },
    xAxis: { type: 'category', data: months.map((figures) => month(figures.from)) },
    yAxis: { type: 'value', min: 0, max: axis.max, axisLabel: { formatter: axis.format } },
    series: series.map(([name, value]) => ({
      name, type: 'line', connectNulls: false, symbolSize: 6,
      data: months.map((figures) => {
        const figure = value(figures);
        return figure === null || figure === undefined ? '-' : figure;
      })
    }))
  });
}

/** Each KPI of the dashboard month by month: the times, the rates, and the partners listed and signed. */
function trendCharts(section, trend) {
  const months = trend.months || [];
  const times = chartBox('times', t('kpi.trend.times'));
  const rates = chartBox('rates', t('kpi.trend.rates'));
  const listed = chartBox('listed', t('kpi.trend.listed'));
  section.replaceChildren(
    h('h4', { title: t('kpi.trend.means') }, t('kpi.trend')),
    h('p', { className: 'pf-kpi-trend-means' }, t('kpi.trend.means')),
    h('div', { className: 'pf-kpi-charts' }, times, rates, listed));
  const stepPartners = (figures, step) => (figures.funnel || []).find((s) => s.step === step)?.partners ?? 0;
  return Promise.all([
    lines(times, t('kpi.trend.times'), months,
      TIMES.map((field) => [t(`kpi.${field}`), (figures) => figures[field]?.averageDays]),
      { format: (value) => count(value) }),
    lines(rates, t('kpi.trend.rates'), months,
      RATES.map((field) => [t(`kpi.${field}`), (figures) => figures[field]?.rate]),
      { max: 1, format: (value) => rate(value) }),
    lines(listed, t('kpi.trend.listed'), months,
      ['LISTED', 'SIGNED'].map((step) => [stepName(step), (figures) => stepPartners(figures, step)]),
      { format: (value) => count(value) })
  ]);
}

function loadTrend(section) {
  section.replaceChildren(h('p', {}, t('kpi.trend.loading')));
  getJson(`/kpis/trend?months=${TREND_MONTHS}`)
    .then((trend) => trendCharts(section, trend))
    .catch((error) => section.replaceChildren(
      h('p', { className: 'pf-kpi-error' }, t('kpi.trend.error', { reason: error.message }))));
}

/** The plan's columns: each row's field and the key of its header (a header with a '.means' text has a tooltip). */
const PLAN_COLUMNS = [
  ['toSign', 'kpi.plan.toSign', true], ['listed', 'kpi.plan.listed'], ['approached', 'kpi.plan.approached'],
  ['applied', 'kpi.plan.applied'], ['signed', 'kpi.plan.signedColumn'], ['active', 'kpi.plan.active', true]
];

function planRow(first, second, row) {
  return h('tr', {}, h('td', {}, first), h('td', {}, second),
    PLAN_COLUMNS.map(([field]) => h('td', {}, count(row[field] || 0))));
}

/** This year's progress against its recruitment plan, from GET /api/kpis/plan-progress/{year} when the year has a plan. */
function planProgress(section, year) {
  const heading = h('h4', {}, t('kpi.plan', { year: String(year) }), ' ',
    h('a', { href: apiUrl('').replace(/\/api$/, '') + `/plans/${year}`, target: '_blank', rel: 'noopener' },
      t('kpi.plan.open')));
  section.replaceChildren(heading, h('p', {}, t('kpi.plan.loading')));
  // the plans first (a year without one is no error), then the year's progress
  getJson('/recruitment-plans')
    .then((plans) => (plans.some((plan) => plan.year === year) ? getJson(`/kpis/plan-progress/${year}`) : null))
    .then((progress) => progress === null
      ? section.replaceChildren(heading, h('p', { className: 'pf-plan-none' }, t('kpi.plan.missing', { year: String(year) })))
      : section.replaceChildren(heading,
      h('p', { className: 'pf-plan-total' }, t('kpi.plan.signed', { signed: count(progress.total.signed),
        toSign: count(progress.total.toSign), status: progress.status })),
      h('table', { className: 'table table-striped table-condensed pf-plan' },
        h('thead', {}, h('tr', {}, h('th', {}, t('kpi.plan.market')), h('th', {}, t('kpi.plan.category')),
          PLAN_COLUMNS.map(([, key, means]) => h('th', means ? { title: t(`${key}.means`) } : {}, t(key))))),
        h('tbody', {}, progress.targets.map((row) => planRow(row.market, row.category, row)),
          planRow(t('kpi.plan.outside'), '', progress.outsideThePlan)))))
    .catch((error) => section.replaceChildren(heading,
      h('p', { className: 'pf-plan-none' }, t('kpi.plan.none', { year: String(year), reason: error.message }))));
}

function show(body, kpis) {
  const funnelBox = chartBox('funnel', t('kpi.funnel.chart'));
  body.replaceChildren(
    h('h4', {}, t('kpi.heading', { from: kpis.from, to: kpis.to })),
    exportLink(kpis),
    h('div', { className: 'pf-kpi-charts' }, funnel(kpis.funnel || []), funnelBox),
    h('div', { className: 'pf-kpi-grid' }, times(kpis), rates(kpis), cards(kpis)),
    h('h4', {}, t('kpi.recruiters')),
    recruiters(kpis.recruiters || []),
    breakdowns(kpis),
    ...leads(kpis));
  funnelChart(funnelBox, kpis.funnel || []).catch((error) => funnelBox.replaceChildren(
    h('p', { className: 'pf-kpi-error' }, t('kpi.error', { reason: error.message }))));
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
    const trend = h('div', { className: 'pf-kpi-trend' });
    const plan = h('div', { className: 'pf-kpi-plan' });
    const period = h('form', { className: 'form-inline pf-kpi-period' },
      h('label', {}, t('kpi.period.from'), from), h('label', {}, t('kpi.period.to'), to),
      h('button', { type: 'submit', className: 'btn btn-default btn-sm' }, t('kpi.period.show')));
    period.addEventListener('submit', (event) => {
      event.preventDefault();
      load(body, from, to);
    });
    node.append(h('section', { className: 'pf-kpis', lang: language }, h('h3', {}, t('kpi.title')), period, body,
      plan, trend));
    load(body, from, to);
    planProgress(plan, new Date().getFullYear());
    loadTrend(trend);
  }
};

// PartnerFlow's Cockpit configuration: our plugins for managers (paths relative to app/cockpit/), and
// French beside Camunda's English and German (locales/fr.json), chosen by the browser's first language.
export default {
  customScripts: ['scripts/partnerflow/heatmap.js', 'scripts/partnerflow/kpi-dashboard.js'],
  locales: { availableLocales: ['en', 'de', 'fr'], fallbackLocale: 'en' }
};

// PartnerFlow's Cockpit configuration: our plugins for managers (paths relative to app/cockpit/).
export default {
  customScripts: ['scripts/partnerflow/heatmap.js', 'scripts/partnerflow/kpi-dashboard.js']
};

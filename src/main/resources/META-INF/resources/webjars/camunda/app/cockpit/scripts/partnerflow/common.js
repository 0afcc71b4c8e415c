// What PartnerFlow's Cockpit plugins share: their language and texts, reading PartnerFlow's API, building DOM,
// formatting, style.

/**
 * The browser's first language, the one Cockpit itself picks (config.js: availableLocales en, de, fr, fallback en).
 */
function firstLanguage() {
  const browser = typeof navigator === 'undefined' ? {} : navigator;
  return String((browser.languages && browser.languages[0]) || browser.language || 'en');
}

/**
 * The language of the plugins: 'fr' when the browser's first language is French (fr, fr-FR, fr-BE, fr_CA...), where
 * Cockpit speaks French too; 'en' otherwise. Cockpit also speaks German, the plugins do not: a browser whose first
 * language is German gets Cockpit in German and the plugins in English. Read once, like Cockpit: a change of the
 * browser's language shows after a reload.
 */
export const language = /^fr(?:[-_]|$)/i.test(firstLanguage()) ? 'fr' : 'en';

/** How numbers are written in that language: 1,200 and 3.2 in English, 1 200 and 3,2 in French. */
const LOCALE = language === 'fr' ? 'fr-FR' : 'en-US';

const plurals = new Intl.PluralRules(LOCALE);

/**
 * Every text a manager reads in the plugins, in English and French: one text per idea, the same keys in both
 * languages. {name} is replaced by a value of t(); a text with forms {one, other} is chosen by the value n (1 partner,
 * 2 partners; in French 0 and 1,5 take the singular too). French puts a no-break space before ':' and ';' and
 * between a number and its unit.
 */
export const TEXTS = {
  en: {
    // common
    'error.unreachable': 'the server cannot be reached',
    'error.httpDetail': 'HTTP {status}: {detail}',
    'unit.milliseconds': '{n} ms',
    'unit.seconds': '{n} s',
    'unit.minutes': '{n} min',
    'unit.hours': '{n} h',
    'unit.daysShort': '{n} d',
    'unit.days': { one: '{n} day', other: '{n} days' },
    // heat map
    'heat.panel': 'PartnerFlow heat map',
    'heat.fold': 'Heat',
    'heat.fold.title': 'Show or hide the legend',
    'heat.loading': 'Loading the heat of this diagram…',
    'heat.noHistory': 'No history yet: no partner has gone through this version of the process.',
    'heat.noHistoryInScope': 'No partner went through this process in this period, and none waits in it now.',
    'heat.noFigures': 'No figures for this view yet.',
    'heat.error': 'The heat cannot be shown: {reason}',
    'heat.period': 'Period',
    'heat.period.all': 'All time',
    'heat.period.days30': 'Last 30 days',
    'heat.period.months3': 'Last quarter (3 months)',
    'heat.period.months12': 'Last year (12 months)',
    'heat.period.custom': 'Custom dates',
    'heat.period.to': 'to',
    'heat.versions': 'Versions',
    'heat.versions.this': 'This version',
    'heat.versions.thisNumbered': 'This version ({version})',
    'heat.versions.all': 'All versions of the model',
    'heat.time': 'Time',
    'heat.time.mean': 'Mean',
    'heat.time.median': 'Median',
    'heat.time.total': 'Total',
    'heat.passed.label': 'Partners that passed here, and which way they went',
    'heat.passed.button': 'Passed',
    'heat.passed.explain': {
      one: 'Each partner counts once per step and per flow out of a gateway. {n} partner in the period.',
      other: 'Each partner counts once per step and per flow out of a gateway. {n} partners in the period.'
    },
    'heat.running.label': 'Partners waiting here now',
    'heat.running.button': 'Waiting',
    'heat.running.explain': {
      one: 'Where partners are now, whatever the period: {n} partner in this process.',
      other: 'Where partners are now, whatever the period: {n} partners in this process.'
    },
    'heat.duration.label': 'Time spent here',
    'heat.duration.button': 'Time spent',
    'heat.duration.explain.mean': 'Mean of the finished passages; steps of under a second are left out.',
    'heat.duration.explain.median': 'Median of the finished passages: half took less, half took more; steps of ' +
      'under a second are left out.',
    'heat.duration.explain.total': 'Time of all the finished passages added up: where the partners\' time went; ' +
      'steps of under a second are left out.',
    'heat.ended.label': 'Partners that ended here',
    'heat.ended.button': 'Ended',
    'heat.ended.success': 'Success',
    'heat.ended.loss': 'Loss',
    'heat.ended.explain': 'Where partners leave this process: {ended} of {partners} ended, {rest} still in it or ' +
      'stopped. The model says which ends are a success and which a loss; grey: neither.',
    'heat.flow.badge': {
      one: '{n} partner took this way ({share} of the gateway\'s)',
      other: '{n} partners took this way ({share} of the gateway\'s)'
    },
    'heat.flow.hidden': {
      one: '{n} flow has no room for its figure at this zoom: zoom in to read it.',
      other: '{n} flows have no room for their figures at this zoom: zoom in to read them.'
    },
    'heat.badge': {
      one: '{step}: {n} partner passed, {running} waiting now; time mean {mean}, median {median}, total {total}; ' +
        '{ended} ended here ({share})',
      other: '{step}: {n} partners passed, {running} waiting now; time mean {mean}, median {median}, total {total}; ' +
        '{ended} ended here ({share})'
    },
    // KPI dashboard
    'kpi.title': 'Partner KPIs',
    'kpi.period.from': 'Partners listed from',
    'kpi.period.to': 'to',
    'kpi.period.show': 'Show',
    'kpi.loading': 'Loading the KPIs…',
    'kpi.error': 'The partner KPIs cannot be shown: {reason}',
    'kpi.heading': 'Partners listed from {from} to {to}',
    'kpi.export': 'Download the KPIs (CSV)',
    'kpi.export.title': 'The figures of this period, one per line (kpi, item, name, figure, value), for a spreadsheet',
    'kpi.funnel': 'Recruitment funnel',
    'kpi.funnel.share': 'Share of the partners listed in the period',
    'kpi.step.LISTED': 'Listed',
    'kpi.step.LISTED.means': 'Partners listed in the period (whole days in UTC, both included).',
    'kpi.step.ELIGIBLE': 'Eligible',
    'kpi.step.ELIGIBLE.means': 'Partners that passed the selection criteria: a score was recorded and the partner is not ' +
      'NOT_ELIGIBLE, or it moved on past CANDIDATE (other than to NOT_ELIGIBLE). A candidate whose criteria are not ' +
      'checked yet is not eligible.',
    'kpi.step.APPROACHED': 'Approached',
    'kpi.step.APPROACHED.means': 'Partners whose timeline shows the status APPROACHED, even if they left it since.',
    'kpi.step.APPLIED': 'Applied',
    'kpi.step.APPLIED.means': 'Partners that applied: their application file went to the committee.',
    'kpi.step.APPROVED': 'Approved',
    'kpi.step.APPROVED.means': 'Partners the committee approved.',
    'kpi.step.SIGNED': 'Signed',
    'kpi.step.SIGNED.means': 'Partners that signed their contract.',
    'kpi.step.ACTIVE': 'Active',
    'kpi.step.ACTIVE.means': 'Partners whose timeline shows the status ACTIVE, even if they left it since.',
    'kpi.step.EXITED': 'Exited',
    'kpi.step.EXITED.means': 'Partners that left the network (they have an exit date). Not a part of Active: partners ' +
      'without a deal leave too.',
    'kpi.timeToRecruit': 'Time to recruit',
    'kpi.timeToRecruit.what': 'listing to signature',
    'kpi.timeToRecruit.means': 'Average time from the listing to the contract signature, over the partners of the ' +
      'period that signed; exact to the second, in days with one decimal.',
    'kpi.timeToFirstDeal': 'Time to first deal',
    'kpi.timeToFirstDeal.what': 'signature to first deal',
    'kpi.timeToFirstDeal.means': 'Average time from the contract signature to the signing day of the partner\'s first ' +
      'recorded deal, over the partners of the period that signed and have a deal; in days with one decimal.',
    'kpi.timeToCommercialAutonomy': 'Time to commercial autonomy',
    'kpi.timeToCommercialAutonomy.what': 'signature to commercially autonomous',
    'kpi.timeToCommercialAutonomy.means': 'Average time from the contract signature to the review that first found ' +
      'the partner commercially autonomous (the day-100 review or a later one: a partner not autonomous at day 100 is ' +
      'reviewed again every month), over the signed partners of the period found so; in days with one decimal.',
    'kpi.timeToTechnicalAutonomy': 'Time to technical autonomy',
    'kpi.timeToTechnicalAutonomy.what': 'signature to technically autonomous',
    'kpi.timeToTechnicalAutonomy.means': 'Average time from the contract signature to the review that first found ' +
      'the partner technically autonomous (the day-100 review or a later one: a partner not autonomous at day 100 is ' +
      'reviewed again every month), over the signed partners of the period found so; in days with one decimal.',
    'kpi.average': { one: '{what}, average of {n} partner', other: '{what}, average of {n} partners' },
    'kpi.noPartner': '{what}: no partner yet',
    'kpi.contractSignatureRate': 'Contract signature rate',
    'kpi.contractSignatureRate.means': 'Of the partners of the period that applied (their application file went to ' +
      'the committee), the share that signed their contract.',
    'kpi.contractSignatureRate.basis': '{signed} signed of {partners} that applied',
    'kpi.activeSixMonthsAfterSignature': 'Active 6 months after signature',
    'kpi.activeSixMonthsAfterSignature.means': 'Of the partners of the period whose 6-month start-up period (from ' +
      'the contract signature) ended by the end of the period, or by today if earlier, the share that won a deal ' +
      'within those 6 months (the earliest signing day among their deals). A partner that left later after selling ' +
      'still counts; a partner still in the network without a deal does not.',
    'kpi.activeSixMonthsAfterSignature.basis': '{active} of {partners} signed at least 6 months ago won a deal within ' +
      'those 6 months',
    'kpi.by': 'The figures by',
    'kpi.by.sources': 'source',
    'kpi.by.sources.column': 'Source',
    'kpi.by.sources.means': 'Where the recruiter found the candidates (the start form\'s "Where we found it"); ' +
      'partners listed before it was asked are "Not recorded". Each figure of the row counts the partners of the ' +
      'period found that way.',
    'kpi.by.markets': 'market',
    'kpi.by.markets.column': 'Market',
    'kpi.by.markets.means': 'The market of the partners (from the list of markets); each figure of the row counts ' +
      'the partners of the period in that market.',
    'kpi.by.categories': 'category',
    'kpi.by.categories.column': 'Category',
    'kpi.by.categories.means': 'The category of the partners (reseller, integrator...); each figure of the row ' +
      'counts the partners of the period of that category.',
    'kpi.source.PROFESSIONAL_DATABASE': 'Professional database',
    'kpi.source.SOCIAL_NETWORK': 'Social network',
    'kpi.source.TRADE_FAIR': 'Trade fair',
    'kpi.source.COMPETITOR_PARTNERS': 'Competitor\'s partner list',
    'kpi.source.COMPLEMENTARY_PARTNER': 'Complementary partner',
    'kpi.source.INBOUND': 'Came to us',
    'kpi.source.OTHER': 'Other',
    'kpi.source.NOT_RECORDED': 'Not recorded',
    'kpi.yellowCards': 'Yellow cards',
    'kpi.yellowCards.means': 'Cards issued in the period to partners that took one of our leads to a competitor, ' +
      'as a first warning (no other card in the year before).',
    'kpi.yellowCards.basis': 'issued in the period, to any partner',
    'kpi.redCards': 'Red cards',
    'kpi.redCards.means': 'Cards issued in the period within the year after a partner\'s previous card: each opens ' +
      'the partner\'s exit review, unless one is open already.',
    'kpi.redCards.basis': 'issued in the period, to any partner',
    'kpi.recruiters': 'Recruiters',
    'kpi.recruiters.none': 'No recruiter listed a partner in this period.',
    'kpi.recruiter': 'Recruiter',
    'kpi.recruiter.means': 'The recruiter who listed the partners (first and last name from the user store); each ' +
      'figure of the row counts the partners of the period this recruiter listed.',
    'kpi.applicationFiles': 'Application files',
    'kpi.applicationFiles.means': 'Partners that applied: their application file went to the committee.',
    'kpi.businessPlansSigned': 'Business plans signed',
    'kpi.businessPlansSigned.means': 'Partners that signed the joint business plan of their 100-day plan.',
    'kpi.activeAfterStartUp': 'Active after the start-up period (a deal within 6 months of the contract)',
    'kpi.activeAfterStartUp.means': 'Partners whose 6-month start-up period (from the contract signature) ended by ' +
      'the end of the period, or by today if earlier, and that won a deal within it, whether they left later or not.',
    'kpi.leads': 'Leads passed to the partners of the period',
    'kpi.leads.means': 'The leads the lead cell passed to the partners listed in the period, up to today: a lead ' +
      'offered to a partner is passed to it (a lead offered to two partners in turn counts for each).',
    'kpi.leads.none': 'No lead passed to a partner of this period.',
    'kpi.leads.passed': 'Leads passed',
    'kpi.leads.passed.means': 'Leads offered to the partners: the lead cell confirmed the partner, which had it to ' +
      'accept or decline.',
    'kpi.leads.passed.basis': 'offered to the period\'s partners',
    'kpi.leads.accepted': 'Accepted',
    'kpi.leads.accepted.means': 'Leads the partners accepted, whatever became of them since (won, lost, taken back).',
    'kpi.leads.won': 'Won',
    'kpi.leads.won.means': 'Leads the partners won: a deal recorded through the deal registration of their offer.',
    'kpi.leads.acceptanceRate': 'Leads accepted',
    'kpi.leads.acceptanceRate.means': 'Of the leads passed, the share the partners accepted.',
    'kpi.leads.acceptanceRate.basis': '{accepted} of {passed} leads passed',
    'kpi.leads.conversionRate': 'Leads converted',
    'kpi.leads.conversionRate.means': 'Of the leads passed, the share the partners won.',
    'kpi.leads.conversionRate.basis': '{won} of {passed} leads passed',
    'kpi.leads.partner': 'Partner',
    'kpi.leads.partner.means': 'The partner the leads were passed to (its company and reference).',
    'kpi.funnel.chart': 'Recruitment funnel of the period, as a chart',
    'kpi.trend': 'The last 12 months, month by month',
    'kpi.trend.means': 'Each month\'s KPIs are those of the partners listed in that month, with the definitions above; ' +
      'the current month counts up to today.',
    'kpi.trend.loading': 'Loading the months…',
    'kpi.trend.error': 'The months cannot be shown: {reason}',
    'kpi.trend.times': 'Average times, in days',
    'kpi.trend.rates': 'Rates',
    'kpi.trend.listed': 'Partners listed and signed',
    'kpi.plan': 'Recruitment plan {year}',
    'kpi.plan.loading': 'Loading the plan…',
    'kpi.plan.none': 'The recruitment plan of {year} cannot be shown: {reason}',
    'kpi.plan.missing': 'No recruitment plan for {year} yet: a manager opens it in Tasklist ("Annual recruitment plan").',
    'kpi.plan.open': 'Open the plan',
    'kpi.plan.signed': '{signed} of {toSign} partners signed ({status})',
    'kpi.plan.outside': 'Outside the plan\'s targets',
    'kpi.plan.market': 'Market',
    'kpi.plan.category': 'Category',
    'kpi.plan.toSign': 'To sign',
    'kpi.plan.toSign.means': 'The partners the plan asks to sign in the year: the revenue to make through new partners over one partner\'s, or the number a manager set instead, with its reason.',
    'kpi.plan.listed': 'Listed',
    'kpi.plan.approached': 'Approached',
    'kpi.plan.applied': 'Applied',
    'kpi.plan.signedColumn': 'Signed',
    'kpi.plan.active': 'Active',
    'kpi.plan.active.means': 'Signed in the year, and a deal won since.'
  },
  fr: {
    'error.unreachable': 'le serveur est injoignable',
    'error.httpDetail': 'HTTP {status}\u00a0: {detail}',
    'unit.milliseconds': '{n}\u00a0ms',
    'unit.seconds': '{n}\u00a0s',
    'unit.minutes': '{n}\u00a0min',
    'unit.hours': '{n}\u00a0h',
    'unit.daysShort': '{n}\u00a0j',
    'unit.days': { one: '{n}\u00a0jour', other: '{n}\u00a0jours' },
    'heat.panel': 'Carte de chaleur PartnerFlow',
    'heat.fold': 'Chaleur',
    'heat.fold.title': 'Afficher ou masquer la légende',
    'heat.loading': 'Chargement de la chaleur de ce diagramme…',
    'heat.noHistory': 'Pas encore d\'historique\u00a0: aucun partenaire n\'est passé par cette version du processus.',
    'heat.noHistoryInScope': 'Aucun partenaire n\'est passé par ce processus sur cette période, et aucun n\'y ' +
      'attend maintenant.',
    'heat.noFigures': 'Pas encore de chiffres pour cette vue.',
    'heat.error': 'La chaleur ne peut pas être affichée\u00a0: {reason}',
    'heat.period': 'Période',
    'heat.period.all': 'Depuis le début',
    'heat.period.days30': '30 derniers jours',
    'heat.period.months3': 'Dernier trimestre (3\u00a0mois)',
    'heat.period.months12': 'Dernière année (12\u00a0mois)',
    'heat.period.custom': 'Dates au choix',
    'heat.period.to': 'au',
    'heat.versions': 'Versions',
    'heat.versions.this': 'Cette version',
    'heat.versions.thisNumbered': 'Cette version ({version})',
    'heat.versions.all': 'Toutes les versions du modèle',
    'heat.time': 'Temps',
    'heat.time.mean': 'Moyen',
    'heat.time.median': 'Médian',
    'heat.time.total': 'Total',
    'heat.passed.label': 'Partenaires passés par ici, et le chemin qu\'ils ont pris',
    'heat.passed.button': 'Passages',
    'heat.passed.explain': {
      one: 'Chaque partenaire compte une fois par étape et par branche d\'une passerelle. {n}\u00a0partenaire sur ' +
        'la période.',
      other: 'Chaque partenaire compte une fois par étape et par branche d\'une passerelle. {n}\u00a0partenaires ' +
        'sur la période.'
    },
    'heat.running.label': 'Partenaires qui attendent ici maintenant',
    'heat.running.button': 'En attente',
    'heat.running.explain': {
      one: 'Où en sont les partenaires maintenant, quelle que soit la période\u00a0: {n}\u00a0partenaire dans ce ' +
        'processus.',
      other: 'Où en sont les partenaires maintenant, quelle que soit la période\u00a0: {n}\u00a0partenaires dans ce ' +
        'processus.'
    },
    'heat.duration.label': 'Temps passé ici',
    'heat.duration.button': 'Temps passé',
    'heat.duration.explain.mean': 'Moyenne des passages terminés\u00a0; les étapes de moins d\'une seconde sont omises.',
    'heat.duration.explain.median': 'Médiane des passages terminés\u00a0: la moitié a pris moins, l\'autre plus\u00a0; ' +
      'les étapes de moins d\'une seconde sont omises.',
    'heat.duration.explain.total': 'Temps de tous les passages terminés additionnés\u00a0: où est passé le temps des ' +
      'partenaires\u00a0; les étapes de moins d\'une seconde sont omises.',
    'heat.ended.label': 'Partenaires dont le parcours s\'est terminé ici',
    'heat.ended.button': 'Fins',
    'heat.ended.success': 'Réussite',
    'heat.ended.loss': 'Perte',
    'heat.ended.explain': 'Où les partenaires quittent ce processus\u00a0: sur {partners}, terminé pour {ended}, ' +
      'encore en cours ou arrêté pour {rest}. Le modèle dit quelles fins sont une réussite et lesquelles une ' +
      'perte\u00a0; en gris\u00a0: ni l\'une ni l\'autre.',
    'heat.flow.badge': {
      one: '{n}\u00a0partenaire a pris ce chemin ({share} de ceux de la passerelle)',
      other: '{n}\u00a0partenaires ont pris ce chemin ({share} de ceux de la passerelle)'
    },
    'heat.flow.hidden': {
      one: '{n}\u00a0branche n\'a pas la place pour son chiffre à ce zoom\u00a0: zoomez pour le lire.',
      other: '{n}\u00a0branches n\'ont pas la place pour leurs chiffres à ce zoom\u00a0: zoomez pour les lire.'
    },
    'heat.badge': {
      one: '{step}\u00a0: {n}\u00a0partenaire passé par ici, {running} en attente maintenant\u00a0; temps moyen ' +
        '{mean}, médian {median}, total {total}\u00a0; terminé ici pour {ended} ({share})',
      other: '{step}\u00a0: {n}\u00a0partenaires passés par ici, {running} en attente maintenant\u00a0; temps moyen ' +
        '{mean}, médian {median}, total {total}\u00a0; terminé ici pour {ended} ({share})'
    },
    'kpi.title': 'KPI des partenaires',
    'kpi.period.from': 'Partenaires enregistrés du',
    'kpi.period.to': 'au',
    'kpi.period.show': 'Afficher',
    'kpi.loading': 'Chargement des KPI…',
    'kpi.error': 'Les KPI des partenaires ne peuvent pas être affichés\u00a0: {reason}',
    'kpi.heading': 'Partenaires enregistrés du {from} au {to}',
    'kpi.export': 'Télécharger les KPI (CSV)',
    'kpi.export.title': 'Les chiffres de cette période, un par ligne (kpi, item, name, figure, value), pour un tableur',
    'kpi.funnel': 'Entonnoir de recrutement',
    'kpi.funnel.share': 'Part des partenaires enregistrés sur la période',
    'kpi.step.LISTED': 'Enregistrés',
    'kpi.step.LISTED.means': 'Partenaires enregistrés sur la période (jours entiers en UTC, bornes incluses).',
    'kpi.step.ELIGIBLE': 'Éligibles',
    'kpi.step.ELIGIBLE.means': 'Partenaires qui ont satisfait aux critères de sélection\u00a0: un score a été ' +
      'enregistré et le partenaire n\'est pas NOT_ELIGIBLE, ou il a dépassé le statut CANDIDATE (autrement que vers ' +
      'NOT_ELIGIBLE). Un candidat dont les critères ne sont pas encore vérifiés n\'est pas éligible.',
    'kpi.step.APPROACHED': 'Approchés',
    'kpi.step.APPROACHED.means': 'Partenaires dont l\'historique montre le statut APPROACHED, même s\'ils l\'ont ' +
      'quitté depuis.',
    'kpi.step.APPLIED': 'Dossier déposé',
    'kpi.step.APPLIED.means': 'Partenaires qui ont candidaté\u00a0: leur dossier de candidature est passé en comité.',
    'kpi.step.APPROVED': 'Agréés',
    'kpi.step.APPROVED.means': 'Partenaires agréés par le comité.',
    'kpi.step.SIGNED': 'Signés',
    'kpi.step.SIGNED.means': 'Partenaires qui ont signé leur contrat.',
    'kpi.step.ACTIVE': 'Actifs',
    'kpi.step.ACTIVE.means': 'Partenaires dont l\'historique montre le statut ACTIVE, même s\'ils l\'ont quitté depuis.',
    'kpi.step.EXITED': 'Sortis',
    'kpi.step.EXITED.means': 'Partenaires qui ont quitté le réseau (ils ont une date de sortie). Ne font pas partie ' +
      'des Actifs\u00a0: des partenaires sans affaire partent aussi.',
    'kpi.timeToRecruit': 'Délai de recrutement',
    'kpi.timeToRecruit.what': 'de l\'enregistrement à la signature',
    'kpi.timeToRecruit.means': 'Durée moyenne de l\'enregistrement à la signature du contrat, sur les partenaires ' +
      'de la période qui ont signé\u00a0; exacte à la seconde, en jours avec une décimale.',
    'kpi.timeToFirstDeal': 'Délai de la première affaire',
    'kpi.timeToFirstDeal.what': 'de la signature à la première affaire',
    'kpi.timeToFirstDeal.means': 'Durée moyenne de la signature du contrat au jour de signature de la première ' +
      'affaire enregistrée du partenaire, sur les partenaires de la période qui ont signé et ont une affaire\u00a0; ' +
      'en jours avec une décimale.',
    'kpi.timeToCommercialAutonomy': 'Délai d\'autonomie commerciale',
    'kpi.timeToCommercialAutonomy.what': 'de la signature à l\'autonomie commerciale',
    'kpi.timeToCommercialAutonomy.means': 'Durée moyenne de la signature du contrat à la première revue qui a ' +
      'jugé le partenaire autonome commercialement (la revue du jour 100 ou une suivante\u00a0: un partenaire non ' +
      'autonome au jour 100 est revu chaque mois), sur les partenaires signés de la période jugés ainsi\u00a0; ' +
      'en jours avec une décimale.',
    'kpi.timeToTechnicalAutonomy': 'Délai d\'autonomie technique',
    'kpi.timeToTechnicalAutonomy.what': 'de la signature à l\'autonomie technique',
    'kpi.timeToTechnicalAutonomy.means': 'Durée moyenne de la signature du contrat à la première revue qui a ' +
      'jugé le partenaire autonome techniquement (la revue du jour 100 ou une suivante\u00a0: un partenaire non ' +
      'autonome au jour 100 est revu chaque mois), sur les partenaires signés de la période jugés ainsi\u00a0; ' +
      'en jours avec une décimale.',
    'kpi.average': { one: '{what}, moyenne de {n}\u00a0partenaire', other: '{what}, moyenne de {n}\u00a0partenaires' },
    'kpi.noPartner': '{what}\u00a0: aucun partenaire pour l\'instant',
    'kpi.contractSignatureRate': 'Taux de signature de contrat',
    'kpi.contractSignatureRate.means': 'Parmi les partenaires de la période qui ont candidaté (leur dossier de ' +
      'candidature est passé en comité), la part qui a signé son contrat.',
    'kpi.contractSignatureRate.basis': 'dossiers déposés\u00a0: {partners}, dont signés\u00a0: {signed}',
    'kpi.activeSixMonthsAfterSignature': 'Actifs 6\u00a0mois après la signature',
    'kpi.activeSixMonthsAfterSignature.means': 'Parmi les partenaires de la période dont la période de démarrage de ' +
      '6\u00a0mois (depuis la signature du contrat) s\'est achevée avant la fin de la période, ou avant aujourd\'hui ' +
      'si c\'est plus tôt, la part qui a gagné une affaire dans ces 6\u00a0mois (le premier jour de signature de ses ' +
      'affaires). Un partenaire parti plus tard après avoir vendu compte encore\u00a0; un partenaire toujours dans ' +
      'le réseau sans affaire ne compte pas.',
    'kpi.activeSixMonthsAfterSignature.basis': 'signés depuis au moins 6\u00a0mois\u00a0: {partners}, dont avec ' +
      'une affaire gagnée dans ces 6\u00a0mois\u00a0: {active}',
    'kpi.by': 'Les chiffres par',
    'kpi.by.sources': 'source',
    'kpi.by.sources.column': 'Source',
    'kpi.by.sources.means': 'Où le recruteur a trouvé les candidats (le champ «\u00a0Où nous l\'avons trouvé\u00a0» ' +
      'du formulaire de départ)\u00a0; les partenaires enregistrés avant cette question sont «\u00a0Non ' +
      'renseigné\u00a0». Chaque chiffre de la ligne compte les partenaires de la période trouvés ainsi.',
    'kpi.by.markets': 'marché',
    'kpi.by.markets.column': 'Marché',
    'kpi.by.markets.means': 'Le marché des partenaires (de la liste des marchés)\u00a0; chaque chiffre de la ligne ' +
      'compte les partenaires de la période sur ce marché.',
    'kpi.by.categories': 'catégorie',
    'kpi.by.categories.column': 'Catégorie',
    'kpi.by.categories.means': 'La catégorie des partenaires (revendeur, intégrateur...)\u00a0; chaque chiffre de ' +
      'la ligne compte les partenaires de la période de cette catégorie.',
    'kpi.source.PROFESSIONAL_DATABASE': 'Base de données professionnelle',
    'kpi.source.SOCIAL_NETWORK': 'Réseau social',
    'kpi.source.TRADE_FAIR': 'Salon',
    'kpi.source.COMPETITOR_PARTNERS': 'Liste de partenaires d\'un concurrent',
    'kpi.source.COMPLEMENTARY_PARTNER': 'Partenaire complémentaire',
    'kpi.source.INBOUND': 'Venu à nous',
    'kpi.source.OTHER': 'Autre',
    'kpi.source.NOT_RECORDED': 'Non renseigné',
    'kpi.yellowCards': 'Cartons jaunes',
    'kpi.yellowCards.means': 'Cartons donnés dans la période aux partenaires qui ont traité l\'un de nos leads avec ' +
      'un concurrent, comme premier avertissement (aucun autre carton dans l\'année précédente).',
    'kpi.yellowCards.basis': 'donnés dans la période, à tout partenaire',
    'kpi.redCards': 'Cartons rouges',
    'kpi.redCards.means': 'Cartons donnés dans la période dans l\'année qui suit le carton précédent d\'un ' +
      'partenaire\u00a0: chacun ouvre le bilan de sortie du partenaire, sauf s\'il en a un en cours.',
    'kpi.redCards.basis': 'donnés dans la période, à tout partenaire',
    'kpi.recruiters': 'Recruteurs',
    'kpi.recruiters.none': 'Aucun recruteur n\'a enregistré de partenaire sur cette période.',
    'kpi.recruiter': 'Recruteur',
    'kpi.recruiter.means': 'Le recruteur qui a enregistré les partenaires (prénom et nom de l\'annuaire des ' +
      'utilisateurs)\u00a0; chaque chiffre de la ligne compte les partenaires de la période que ce recruteur a ' +
      'enregistrés.',
    'kpi.applicationFiles': 'Dossiers de candidature',
    'kpi.applicationFiles.means': 'Partenaires qui ont candidaté\u00a0: leur dossier de candidature est passé en comité.',
    'kpi.businessPlansSigned': 'Plans d\'affaires signés',
    'kpi.businessPlansSigned.means': 'Partenaires qui ont signé le plan d\'affaires commun de leur plan des 100\u00a0jours.',
    'kpi.activeAfterStartUp': 'Actifs après la période de démarrage (une affaire dans les 6\u00a0mois suivant le contrat)',
    'kpi.activeAfterStartUp.means': 'Partenaires dont la période de démarrage de 6\u00a0mois (depuis la signature du ' +
      'contrat) s\'est achevée avant la fin de la période, ou avant aujourd\'hui si c\'est plus tôt, et qui y ont ' +
      'gagné une affaire, qu\'ils soient partis depuis ou non.',
    'kpi.leads': 'Leads confiés aux partenaires de la période',
    'kpi.leads.means': 'Les leads que la cellule leads a confiés aux partenaires enregistrés sur la période, ' +
      'jusqu\'à aujourd\'hui\u00a0: un lead proposé à un partenaire lui est confié (un lead proposé tour à tour à ' +
      'deux partenaires compte pour chacun).',
    'kpi.leads.none': 'Aucun lead confié à un partenaire de cette période.',
    'kpi.leads.passed': 'Leads confiés',
    'kpi.leads.passed.means': 'Leads proposés aux partenaires\u00a0: la cellule leads a confirmé le partenaire, qui ' +
      'avait à l\'accepter ou à le décliner.',
    'kpi.leads.passed.basis': 'proposés aux partenaires de la période',
    'kpi.leads.accepted': 'Acceptés',
    'kpi.leads.accepted.means': 'Leads que les partenaires ont acceptés, quoi qu\'il en soit advenu depuis (gagnés, ' +
      'perdus, repris).',
    'kpi.leads.won': 'Gagnés',
    'kpi.leads.won.means': 'Leads que les partenaires ont gagnés\u00a0: une affaire enregistrée par l\'enregistrement ' +
      'd\'affaire de leur offre.',
    'kpi.leads.acceptanceRate': 'Leads acceptés',
    'kpi.leads.acceptanceRate.means': 'Parmi les leads confiés, la part que les partenaires ont acceptée.',
    'kpi.leads.acceptanceRate.basis': '{accepted} sur {passed} leads confiés',
    'kpi.leads.conversionRate': 'Leads transformés',
    'kpi.leads.conversionRate.means': 'Parmi les leads confiés, la part que les partenaires ont gagnée.',
    'kpi.leads.conversionRate.basis': '{won} sur {passed} leads confiés',
    'kpi.leads.partner': 'Partenaire',
    'kpi.leads.partner.means': 'Le partenaire à qui les leads ont été confiés (sa société et sa référence).',
    'kpi.funnel.chart': 'Entonnoir de recrutement de la période, en graphique',
    'kpi.trend': 'Les 12 derniers mois, mois par mois',
    'kpi.trend.means': 'Les KPI de chaque mois sont ceux des partenaires enregistrés ce mois-là, selon les définitions ' +
      'ci-dessus\u00a0; le mois en cours compte jusqu\'à aujourd\'hui.',
    'kpi.trend.loading': 'Chargement des mois…',
    'kpi.trend.error': 'Les mois ne peuvent pas être affichés\u00a0: {reason}',
    'kpi.trend.times': 'Délais moyens, en jours',
    'kpi.trend.rates': 'Taux',
    'kpi.trend.listed': 'Partenaires enregistrés et signés',
    'kpi.plan': 'Plan de recrutement {year}',
    'kpi.plan.loading': 'Chargement du plan…',
    'kpi.plan.none': 'Le plan de recrutement de {year} ne peut pas être affiché\u00a0: {reason}',
    'kpi.plan.missing': 'Pas encore de plan de recrutement pour {year}\u00a0: un manager l\'ouvre dans Tasklist («\u00a0Plan de recrutement annuel\u00a0»).',
    'kpi.plan.open': 'Ouvrir le plan',
    'kpi.plan.signed': '{signed} partenaires signés sur {toSign} ({status})',
    'kpi.plan.outside': 'Hors des objectifs du plan',
    'kpi.plan.market': 'Marché',
    'kpi.plan.category': 'Catégorie',
    'kpi.plan.toSign': 'À signer',
    'kpi.plan.toSign.means': 'Les partenaires que le plan demande de signer dans l\'année\u00a0: le chiffre d\'affaires à réaliser par de nouveaux partenaires divisé par celui d\'un partenaire, ou le nombre fixé à la place par un manager, avec sa raison.',
    'kpi.plan.listed': 'Enregistrés',
    'kpi.plan.approached': 'Approchés',
    'kpi.plan.applied': 'Candidats',
    'kpi.plan.signedColumn': 'Signés',
    'kpi.plan.active': 'Actifs',
    'kpi.plan.active.means': 'Signés dans l\'année, avec une affaire gagnée depuis.'
  }
};

/** Any number in the language: 1,200 and 61.4 in English, 1 200 and 61,4 in French. */
const numbers = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 3 });

const oneDecimal = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

const percents = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 });

/**
 * The text of this key in the plugins' language, its {names} replaced by the values (numbers written in the
 * language); a text with forms takes the one of the value n. An unknown key shows as itself.
 */
export function t(key, values = {}) {
  let text = TEXTS[language][key];
  if (text === undefined) {
    return key;
  }
  if (typeof text === 'object') {
    text = text[plurals.select(Number(values.n))] || text.other;
  }
  return text.replace(/\{(\w+)\}/g, (placeholder, name) => {
    const value = values[name];
    if (value === undefined || value === null) {
      return placeholder;
    }
    return typeof value === 'number' ? numbers.format(value) : String(value);
  });
}

/**
 * PartnerFlow's own API, beside the Camunda webapps on the same server: the webapps live under
 * /camunda (camunda.bpm.webapp.application-path, Camunda's default) and <base app-root> holds the
 * server's context path followed by it. The browser sends the webapps' session cookie, which the
 * API accepts for reads.
 */
export function apiUrl(path) {
  return contextPath() + '/api' + path;
}

/** A file of a WebJar that PartnerFlow serves (Spring Boot, under the same context path as its API). */
export function webjarUrl(path) {
  return contextPath() + '/webjars' + path;
}

function contextPath() {
  const base = document.querySelector('base[app-root]');
  const appRoot = base ? base.getAttribute('app-root') : '/camunda';
  return appRoot.replace(/\/camunda\/?$/, '');
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
    throw new Error(t('error.unreachable'));
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
    // the server's detail is in English
    throw new Error(detail ? t('error.httpDetail', { status: String(response.status), detail }) : `HTTP ${response.status}`);
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

export function count(value) {
  return numbers.format(value);
}

/** The share part / whole as a whole percentage: 33% in English, 33 % in French; '–' of nothing. */
export function percent(part, whole) {
  return whole ? percents.format(part / whole) : '–';
}

/** A rate of 0..1 as a whole percentage, like percent(); '–' when there is none (null). */
export function rate(value) {
  return value === null || value === undefined ? '–' : percents.format(value);
}

/** 850 ms, 12 s, 5 min, 3.2 h, 4.5 d; in French 3,2 h and 4,5 j. */
export function duration(millis) {
  if (millis === null || millis === undefined) {
    return '–';
  }
  const seconds = millis / 1000;
  if (seconds < 1) {
    return t('unit.milliseconds', { n: Math.round(millis) });
  }
  if (seconds < 60) {
    return t('unit.seconds', { n: Math.round(seconds) });
  }
  if (seconds < 3600) {
    return t('unit.minutes', { n: Math.round(seconds / 60) });
  }
  if (seconds < 86400) {
    return t('unit.hours', { n: oneDecimal.format(seconds / 3600) });
  }
  return t('unit.daysShort', { n: oneDecimal.format(seconds / 86400) });
}

/** Days as the KPIs give them (one decimal at most): 61.4 days, 48 days, 1 day; in French 61,4 jours, 1,5 jour. */
export function days(value) {
  return value === null || value === undefined ? '–' : t('unit.days', { n: value });
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
.pf-heat-legend-row { display: flex; align-items: center; gap: 6px; margin: 3px 0 1px; }
.pf-heat-legend-row span { width: 60px; }
.pf-heat-legend-bar { flex: 1; height: 8px; border-radius: 2px; }
.pf-heat-legend-scale { display: flex; justify-content: space-between; color: #444; }
.pf-heat-control { display: flex; align-items: center; gap: 6px; margin: 0 0 3px; font-weight: normal; }
.pf-heat-control select { flex: 1; font-size: 11px; height: 20px; padding: 0 2px; }
.pf-heat-dates { display: flex; align-items: center; gap: 4px; margin: 0 0 3px; }
.pf-heat-dates input { flex: 1; min-width: 0; font-size: 11px; height: 20px; }
.pf-heat-panel [hidden] { display: none; }
.pf-heat-message { color: #444; }
.pf-heat-message.pf-error { color: #b94a48; }
.pf-heat-shape { pointer-events: none; }
.pf-heat-anchor { position: relative; width: 0; height: 0; }
.pf-heat-badge { position: absolute; transform-origin: top left; display: inline-block; pointer-events: auto;
  white-space: nowrap; font: bold 11px/16px sans-serif; padding: 0 5px; border-radius: 8px;
  box-shadow: 0 0 0 1px rgba(255, 255, 255, 0.9); }
.pf-heat-badge-flow { font-weight: normal; border-radius: 3px; }
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
.pf-kpis .pf-kpi-label[title], .pf-kpis .pf-funnel-step[title], .pf-kpis .pf-recruiters th[title] { cursor: help; }
.pf-kpis .pf-kpi-label[title]::after { content: 'i'; display: inline-block; width: 1.1em; height: 1.1em; margin-left: .3em; border: 1px solid #2f6f9f; border-radius: 50%; font: italic bold .75em/1.1em serif; text-align: center; color: #2f6f9f; vertical-align: .15em; }
.pf-kpis .pf-funnel-step[title], .pf-kpis .pf-recruiters th[title] { text-decoration: underline dotted #888;
  text-underline-offset: 3px; }
.pf-kpis .pf-kpi-export { margin: 0 0 10px; }
.pf-funnel { max-width: 760px; }
.pf-funnel-row { display: flex; align-items: center; margin: 3px 0; }
.pf-funnel-step { width: 110px; text-align: right; padding-right: 8px; }
.pf-funnel-track { flex: 1; background: #f0f0f0; border-radius: 3px; height: 20px; }
.pf-funnel-bar { height: 20px; border-radius: 3px; background: #2f6f9f; min-width: 2px; }
.pf-funnel-figure { width: 110px; padding-left: 8px; white-space: nowrap; }
.pf-kpis .pf-kpi-charts { display: flex; flex-wrap: wrap; gap: 10px; margin: 10px 0 16px; }
.pf-kpis .pf-kpi-charts > .pf-funnel { flex: 1 1 420px; }
.pf-kpis .pf-kpi-chart { flex: 1 1 420px; max-width: 760px; height: 280px; border: 1px solid #ddd; border-radius: 4px; }
.pf-kpis .pf-kpi-trend-means { color: #666; font-size: 12px; }
`;

/** A month (from its first day, YYYY-MM-DD) as the language writes it short: Jan 26, janv. 26. */
export function month(day) {
  return months.format(new Date(`${day.substring(0, 7)}-15T00:00:00Z`));
}

const months = new Intl.DateTimeFormat(LOCALE, { month: 'short', year: '2-digit', timeZone: 'UTC' });

/** Adds the plugins' style sheet to the page once. */
export function ensureStyle() {
  if (!document.getElementById('partnerflow-cockpit-style')) {
    document.head.append(h('style', { id: 'partnerflow-cockpit-style', textContent: STYLE }));
  }
}

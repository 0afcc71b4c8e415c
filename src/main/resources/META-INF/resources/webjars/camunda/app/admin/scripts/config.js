// PartnerFlow's Admin configuration: French beside Camunda's English and German (locales/fr.json),
// chosen by the browser's first language.
export default {
  locales: { availableLocales: ['en', 'de', 'fr'], fallbackLocale: 'en' }
};

// PartnerFlow's Tasklist configuration: French beside Camunda's English and German (locales/fr.json),
// chosen by the browser's first language; the forms and lists follow the user's language (TasklistLanguageFilter).
// This file replaces Camunda's own, so it keeps Tasklist's keyboard shortcuts.
export default {
  locales: { availableLocales: ['en', 'de', 'fr'], fallbackLocale: 'en' },
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'claims the currently selected task' },
    focusFilter: { key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list' },
    focusList: { key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list' },
    focusForm: { key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form' },
    startProcess: { key: 'ctrl+alt+p', description: 'opens the start process modal dialog' }
  }
};

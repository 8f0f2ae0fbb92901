import { plural } from './plural.js';
import type { TimelineStrings } from './strings.js';

/** German interface text. */
export const strings: TimelineStrings = {
  timeline: 'Zeitleiste',
  events: 'Ereignisse in zeitlicher Reihenfolge',
  listView: 'Listenansicht',
  showing: (range) => `Angezeigt: ${range}`,
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  fit: 'Alles zeigen',
  close: 'Schließen',
  next: 'Weiter',
  previous: 'Zurück',
  retry: 'Erneut versuchen',
  why: 'Warum?',
  date: 'Datum',
  localTime: 'Ortszeit',
  place: 'Ort',
  participants: 'Beteiligte',
  outcomes: 'Ergebnisse',
  sources: 'Quellen',
  details: 'Details zum Ereignis',
  lanes: { 'in-person': 'Persönlich', video: 'Video', phone: 'Telefon', visit: 'Besuche', incident: 'Vorfälle' },
  other: 'Sonstiges',
  skipped: (count, n) =>
    plural('de', n, { one: `${count} Eintrag wurde übersprungen.`, other: `${count} Einträge wurden übersprungen.` }),
  loadFailed: (src, reason) => `${src} konnte nicht geladen werden: ${reason}.`,
  between: (days, from, to) => `${days} zwischen den persönlichen Treffen vom ${from} und ${to}`,
  more: (count) => `${count} weitere Ereignisse hier; vergrößern`,
  days: (count, n) => plural('de', n, { one: `${count} Tag`, other: `${count} Tage` }),
  downloadSvg: 'SVG herunterladen',
  downloadPng: 'PNG herunterladen',
  exportFailed: (reason) => `Die Grafik konnte nicht exportiert werden: ${reason}`,
};

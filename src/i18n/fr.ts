import { plural } from './plural.js';
import type { TimelineStrings } from './strings.js';

/** French interface text. */
export const strings: TimelineStrings = {
  timeline: 'Frise chronologique',
  events: 'Événements par ordre chronologique',
  listView: 'Vue en liste',
  showing: (range) => `Affichage : ${range}`,
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  fit: 'Tout afficher',
  close: 'Fermer',
  next: 'Suivant',
  previous: 'Précédent',
  retry: 'Réessayer',
  why: 'Pourquoi ?',
  date: 'Date',
  localTime: 'Heure locale',
  place: 'Lieu',
  participants: 'Participants',
  outcomes: 'Résultats',
  sources: 'Sources',
  details: 'Détails de l’événement',
  lanes: { 'in-person': 'En personne', video: 'Vidéo', phone: 'Téléphone', visit: 'Visites', incident: 'Incidents' },
  other: 'Autres',
  skipped: (count, n) =>
    plural('fr', n, {
      one: `${count} élément a été ignoré.`,
      many: `${count} d’éléments ont été ignorés.`,
      other: `${count} éléments ont été ignorés.`,
    }),
  loadFailed: (src, reason) => `Impossible de charger ${src} : ${reason}.`,
  between: (days, from, to) => `${days} entre les rencontres en personne du ${from} et du ${to}`,
  more: (count) => `${count} autres événements ici ; zoomez`,
  days: (count, n) => plural('fr', n, { one: `${count} jour`, many: `${count} de jours`, other: `${count} jours` }),
  downloadSvg: 'Télécharger en SVG',
  downloadPng: 'Télécharger en PNG',
  exportFailed: (reason) => `Impossible d’exporter le graphique : ${reason}`,
};

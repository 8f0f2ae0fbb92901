import { plural } from './plural.js';
import type { TimelineStrings } from './strings.js';

/** Spanish interface text. */
export const strings: TimelineStrings = {
  timeline: 'Cronología',
  events: 'Eventos en orden cronológico',
  listView: 'Vista de lista',
  showing: (range) => `Mostrando ${range}`,
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  fit: 'Mostrar todo',
  close: 'Cerrar',
  next: 'Siguiente',
  previous: 'Anterior',
  retry: 'Reintentar',
  why: '¿Por qué?',
  date: 'Fecha',
  localTime: 'Hora local',
  place: 'Lugar',
  participants: 'Participantes',
  outcomes: 'Resultados',
  sources: 'Fuentes',
  details: 'Detalles del evento',
  lanes: { 'in-person': 'En persona', video: 'Vídeo', phone: 'Teléfono', visit: 'Visitas', incident: 'Incidentes' },
  other: 'Otros',
  skipped: (count, n) =>
    plural('es', n, {
      one: `Se omitió ${count} elemento.`,
      many: `Se omitieron ${count} de elementos.`,
      other: `Se omitieron ${count} elementos.`,
    }),
  loadFailed: (src, reason) => `No se pudo cargar ${src}: ${reason}.`,
  between: (days, from, to) => `${days} entre las reuniones en persona del ${from} y del ${to}`,
  more: (count) => `${count} eventos más aquí; acerque la vista`,
  days: (count, n) => plural('es', n, { one: `${count} día`, many: `${count} de días`, other: `${count} días` }),
  downloadSvg: 'Descargar SVG',
  downloadPng: 'Descargar PNG',
  exportFailed: (reason) => `No se pudo exportar el gráfico: ${reason}`,
};

import type { TimelineEvent } from '../types.js';

/** A place as one line of text: name, city and country, each once ("Filoli, Woodside, United States"). */
export function placeText(place: NonNullable<TimelineEvent['place']>): string {
  return [place.name, place.city, place.country].filter((part, i, all) => part && all.indexOf(part) === i).join(', ');
}

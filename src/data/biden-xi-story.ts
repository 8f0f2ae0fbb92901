/*
 * A guided reading of the built-in Biden–Xi data: one short caption a step, in time order, written only from
 * facts the events themselves state (and cite). Each step names the event it shows by id.
 */

/** One step of the built-in story: the event to show and what to say about it. */
export interface BuiltInStoryStep {
  /** The id of an event in the built-in data (`bidenXi`). */
  event: string;
  /** One or two short, neutral sentences. */
  caption: string;
}

/** From the first call (Feb 2021) to what Filoli agreed (Nov 2023). */
export const bidenXiStory: readonly BuiltInStoryStep[] = [
  {
    event: 'call-2021-02',
    caption:
      'First of seven: Biden’s first call with Xi as president, on Lunar New Year’s Eve in Beijing. Biden raised ' +
      'Hong Kong, Xinjiang and Taiwan; Xi warned that confrontation would be a disaster.',
  },
  {
    event: 'call-2021-09',
    caption:
      'Second: a 90-minute call, their first since February, about keeping competition between the two countries ' +
      'from veering into conflict.',
  },
  {
    event: 'virtual-2021-11',
    caption:
      'Third: a virtual summit of about three and a half hours. Biden called for guardrails; Xi, according to ' +
      'Xinhua, warned against backing Taiwan independence.',
  },
  {
    event: 'video-2022-03',
    caption:
      'Fourth: a video call about Russia’s invasion of Ukraine, in which Biden set out the consequences if China ' +
      'gave Russia material support.',
  },
  {
    event: 'call-2022-07',
    caption:
      'Fifth: a call of 2 hours 17 minutes as Speaker Pelosi considered a visit to Taiwan. Both restated their ' +
      'positions on Taiwan, and their teams were to find a time to meet in person.',
  },
  {
    event: 'pelosi-taiwan-2022',
    caption:
      'The rupture: after Pelosi’s visit to Taiwan, China cancelled military dialogues and suspended climate and ' +
      'counternarcotics cooperation with the United States.',
  },
  {
    event: 'bali-2022',
    caption:
      'Sixth, and the first in person: about three hours in Bali. They agreed that Blinken would visit China and ' +
      'that talks on climate, debt relief, health and food security would resume.',
  },
  {
    event: 'balloon-incident-2023',
    caption:
      'A Chinese high-altitude balloon crossed North America and was shot down off South Carolina on 4 February. ' +
      'Blinken postponed his trip to Beijing.',
  },
  {
    event: 'blinken-beijing-2023',
    caption:
      'The year of envoys: after Sullivan and Wang Yi met in Vienna, Blinken went to Beijing in June and met Xi. ' +
      'Yellen, Kerry and Raimondo followed over the summer.',
  },
  {
    event: 'sullivan-wang-malta-2023',
    caption:
      'In Malta in September, Sullivan and Wang Yi talked again; US media reported that a possible leaders’ ' +
      'meeting was discussed.',
  },
  {
    event: 'wang-yi-washington-2023',
    caption:
      'Wang Yi came to Washington in October and met Blinken, Sullivan and Biden. Both sides agreed to work toward ' +
      'a Biden–Xi meeting.',
  },
  {
    event: 'filoli-2023',
    caption:
      'Seventh, and the second in person: about four hours at Filoli. They remained far apart on Taiwan, and ' +
      'afterwards Biden again called Xi a dictator.',
  },
  {
    event: 'filoli-2023',
    caption:
      'What Filoli agreed: military talks (first held on 21 December 2023), a counternarcotics working group ' +
      '(launched on 30 January 2024) and government talks on AI.',
  },
];

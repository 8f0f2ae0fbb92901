import type { Place, Source, TimelineDataInput } from '../types.js';
import { bidenXiStory } from './biden-xi-story.js';

/*
 * The built-in story: Biden and Xi's seven leader interactions (Feb 2021 – Nov 2023) and the diplomacy
 * between Bali and Filoli that prepared the seventh. Every sentence rests on the sources listed with its
 * event: governments' own readouts, Chinese state media (labelled as such), wire services (on their own
 * sites or, labelled "via", as a named newspaper or broadcaster carried them) and news organisations' own
 * reports. A clock time appears only where a source gives one, as the time the named
 * event began, with the venue's UTC offset for that date; `approximate` marks a time a source gives only
 * roughly ("shortly after"). Quotes are short and attributed. Coordinates are approximate map pins, not
 * sourced values.
 */

const JOE_BIDEN = 'Joe Biden';
const XI_JINPING = 'Xi Jinping';
const LEADERS = [JOE_BIDEN, XI_JINPING];

/** Biden's end of every call and video link. */
const WHITE_HOUSE: Place = {
  name: 'White House',
  city: 'Washington',
  country: 'United States',
  lat: 38.8977,
  lon: -77.0365,
};
const STATE_DEPARTMENT: Place = {
  name: 'State Department',
  city: 'Washington',
  country: 'United States',
  lat: 38.894,
  lon: -77.048,
};
const BEIJING: Place = { city: 'Beijing', country: 'China', lat: 39.9, lon: 116.39 };
const GREAT_HALL: Place = {
  name: 'Great Hall of the People',
  city: 'Beijing',
  country: 'China',
  lat: 39.9033,
  lon: 116.3915,
};

/** Sources cited by more than one event. */
const PEOPLES_DAILY_SUNNYLANDS: Source = {
  href: 'http://en.people.cn/n3/2023/1115/c90000-20097685.html',
  label: 'People’s Daily, Xinhua report (Chinese state media)',
};
const THE_NATIONAL_FILOLI: Source = {
  href: 'https://www.thenationalnews.com/world/us-news/2023/11/15/biden-xi-meeting/',
  label: 'The National',
};

/** The Biden–Xi story from the first call (Feb 2021) to Filoli (Nov 2023). */
export const bidenXi: TimelineDataInput = {
  title: 'Biden and Xi: from Bali to Filoli',
  description:
    'The seven meetings and calls between Joe Biden and Xi Jinping from February 2021 to November 2023, ' +
    'and the year of diplomacy between their first in-person meeting in Bali and their second at Filoli.',
  eras: [
    { title: 'Calls and video links', start: '2021-02-10', end: '2022-07-28' },
    { title: 'From the Pelosi visit to Bali', start: '2022-08-02', end: '2022-11-14' },
    { title: 'Groundwork for Filoli', start: '2022-11-14', end: '2023-11-15' },
  ],
  // Story mode's steps, from the first call to what Filoli agreed.
  story: bidenXiStory.map((step) => ({ ...step })),
  // The year between the two in-person meetings, drawn on the chart and said in the header.
  spans: [{ from: 'bali-2022', to: 'filoli-2023', headline: true }],
  // Open on the year from Bali to Filoli; the 2021–22 calls are a zoom out or a pan away.
  view: { start: '2022-11-14', end: '2023-11-15' },
  events: [
    // A. Leader interactions 1–5: calls and video links.
    {
      id: 'call-2021-02',
      start: '2021-02-10',
      title: '1st of 7: phone call',
      summary:
        'Biden called Xi on the evening of 10 February in Washington; in Beijing it was the morning of ' +
        '11 February, Lunar New Year’s Eve. In their first call since Biden took office, the White House said he ' +
        'raised "fundamental concerns" about Beijing’s economic practices, Hong Kong, Xinjiang and its actions ' +
        'toward Taiwan. China’s account had Xi warn that confrontation would be "a disaster" for both countries. ' +
        'Biden said afterwards that they had spoken for two hours.',
      kind: 'phone',
      place: WHITE_HOUSE,
      timeZone: 'America/New_York',
      participants: LEADERS,
      outcomes: [],
      sources: [
        {
          href: 'https://www.caixinglobal.com/2021-02-11/president-xi-speaks-with-biden-in-first-official-phone-call-101663235.html',
          label: 'Caixin Global (Beijing timing, Chinese account)',
        },
        {
          href: 'https://www.efe.com/efe/english/world/biden-confronts-xi-over-rights-security-economic-practices/50000262-4462536?utm_source=wwwefecom&utm_medium=rss&utm_campaign=rss',
          label: 'EFE (White House account)',
        },
        {
          href: 'https://nationalpost.com/pmn/news-pmn/biden-says-call-with-chinese-leader-xi-lasted-two-hours',
          label: 'Reuters, via National Post (length of the call)',
        },
      ],
    },
    {
      id: 'call-2021-09',
      start: '2021-09-09',
      title: '2nd of 7: phone call',
      summary:
        'Biden, in Washington on Thursday evening, and Xi, in Beijing on Friday morning (10 September), spoke for ' +
        'about 90 minutes, their first conversation since February. The White House described a "broad, strategic ' +
        'discussion" that included keeping competition from veering into conflict; the Chinese account had Xi say ' +
        'that US policy toward China had caused "serious difficulties".',
      kind: 'phone',
      place: WHITE_HOUSE,
      timeZone: 'America/New_York',
      participants: LEADERS,
      outcomes: [],
      sources: [
        {
          href: 'https://www.reuters.com/world/white-house-says-biden-xi-call-intended-keep-communication-channels-open-2021-09-10/',
          label: 'Reuters',
        },
        {
          href: 'http://en.people.cn/n3/2021/0910/c90000-9894850.html',
          label: 'People’s Daily, Xinhua report (Chinese state media; Beijing timing)',
        },
        {
          href: 'https://www.irishtimes.com/news/world/biden-and-xi-speak-on-phone-amid-impasse-in-sino-us-relationship-1.4670233',
          label: 'The Irish Times',
        },
        {
          href: 'https://www.hindustantimes.com/world-news/xi-jinping-criticises-america-s-china-policy-in-rare-phone-call-with-joe-biden-101631260798371.html',
          label: 'Hindustan Times (Chinese account)',
        },
      ],
    },
    {
      id: 'virtual-2021-11',
      // No source we could check gives the clock time, so only the Washington date is given.
      start: '2021-11-15',
      title: '3rd of 7: virtual summit',
      summary:
        'The leaders met by video on the evening of 15 November in Washington, Biden in the White House’s ' +
        'Roosevelt Room and Xi in the Great Hall of the People, where it was the morning of 16 November, for about ' +
        'three and a half hours. Biden called for "common-sense guardrails", and Xi greeted him as an "old friend". ' +
        'According to Xinhua, Xi warned that backing Taiwan independence would be "like playing with fire". The ' +
        'summit brought no major breakthroughs.',
      kind: 'video',
      place: { ...WHITE_HOUSE, name: 'Roosevelt Room, White House' },
      timeZone: 'America/New_York',
      participants: LEADERS,
      outcomes: [],
      sources: [
        {
          href: 'https://www.scmp.com/news/china/diplomacy/article/3156279/xi-and-biden-show-open-friendly-face-summit-while-broaching?module=inline&pgtype=article',
          label: 'South China Morning Post (settings and length)',
        },
        { href: 'https://www.axios.com/2021/11/16/biden-xi-summit', label: 'Axios' },
        {
          href: 'https://www.thetimes.co.uk/article/president-xi-of-china-greets-old-friend-biden-in-key-video-summit-qx50hm8p9',
          label: 'The Times',
        },
        {
          href: 'https://www.indiatoday.in/world/story/jinping-warns-biden-over-taiwan-1877226-2021-11-16',
          label: 'AFP, via India Today (Xinhua’s account)',
        },
        {
          href: 'https://www.axios.com/2021/11/16/biden-xi-meeting-takeaways',
          label: 'Axios (length; no breakthroughs)',
        },
      ],
    },
    {
      id: 'video-2022-03',
      start: '2022-03-18T09:03-04:00',
      end: '2022-03-18T10:53-04:00',
      title: '4th of 7: video call',
      summary:
        'Over a secure video link, Biden at the White House and Xi in Beijing, where it was evening, spoke for ' +
        '1 hour 50 minutes, mostly about Russia’s invasion of Ukraine. The White House said Biden described "the ' +
        'implications and consequences if China provides material support to Russia"; China’s readout had Xi say ' +
        'that "conflict and confrontation are not in anyone’s interest". Xi gave no sign of joining Western ' +
        'condemnation of the invasion.',
      kind: 'video',
      place: WHITE_HOUSE,
      timeZone: 'America/New_York',
      participants: LEADERS,
      outcomes: ['Agreed on the importance of keeping lines of communication open (White House)'],
      sources: [
        {
          href: 'https://www.thenews.com.pk/print/942797-ukraine-conflict-xi-tells-biden-conflict-not-in-interests-of-anyone',
          label: 'The News International, from CNN and AFP reports (start and end times, from the White House)',
        },
        {
          href: 'https://www.upi.com/Top_News/US/2022/03/18/Biden-speaks-with-Chinese-leader-Xi-Jinping-about-Russias-war-in-Ukraine/1471647605010/',
          label: 'UPI (began just after 9 a.m., ended just before 11, from the White House)',
        },
        {
          href: 'https://www.cbsnews.com/news/joe-biden-xi-jinping-china-russia-ukraine-call/',
          label: 'CBS News',
        },
        {
          href: 'https://www.independent.co.uk/news/world/americas/us-politics/biden-xi-ukraine-russia-china-b2039062.html',
          label: 'The Independent (Chinese readout)',
        },
        {
          href: 'https://www.thetimes.co.uk/article/wider-russia-sanctions-risk-economic-crisis-xi-jinping-tells-joe-biden-rvnjvtq7t',
          label: 'The Times',
        },
      ],
    },
    {
      id: 'call-2022-07',
      start: '2022-07-28T08:33-04:00',
      end: '2022-07-28T10:50-04:00',
      title: '5th of 7: phone call',
      summary:
        'In a call of 2 hours 17 minutes, held as Speaker Nancy Pelosi considered a visit to Taiwan, Xi warned, ' +
        'according to China’s readout, that "those who play with fire will perish by it". The White House said ' +
        'Biden told Xi that US policy on Taiwan "has not changed" and that the United States "strongly opposes ' +
        'unilateral efforts to change the status quo".',
      kind: 'phone',
      place: WHITE_HOUSE,
      timeZone: 'America/New_York',
      participants: LEADERS,
      outcomes: ['Teams to find a time for a face-to-face meeting (US official)'],
      sources: [
        {
          href: 'https://eu.usatoday.com/story/news/politics/2022/07/28/biden-xi-china-call-economy-taiwan/10171917002/',
          label: 'USA Today (start and end times, from the White House)',
        },
        { href: 'https://www.axios.com/2022/07/28/joe-biden-xi-jingping-call-taiwan', label: 'Axios' },
        { href: 'https://time.com/6201447/joe-biden-xi-jinping-taiwan-china/', label: 'TIME (Chinese readout)' },
        {
          href: 'https://english.alarabiya.net/News/world/2022/07/28/US-policy-on-Taiwan-has-not-changed-Biden-tells-Xi',
          label: 'Al Arabiya',
        },
      ],
    },

    // Context: the rupture that Filoli began to repair.
    {
      id: 'pelosi-taiwan-2022',
      start: '2022-08-02',
      end: '2022-08-05',
      title: 'Pelosi visits Taiwan; China suspends talks',
      summary:
        'Speaker Nancy Pelosi visited Taiwan on 2–3 August. On 5 August China’s foreign ministry announced eight ' +
        'measures, cancelling military dialogues and suspending cooperation with the United States on climate ' +
        'change, counternarcotics and other issues. At Filoli in November 2023 the two leaders agreed to restore ' +
        'some of these channels.',
      kind: 'incident',
      place: { city: 'Taipei', country: 'Taiwan', lat: 25.03, lon: 121.56 },
      timeZone: 'Asia/Taipei',
      participants: ['Nancy Pelosi'],
      outcomes: [
        'Military dialogues cancelled: talks between military leaders, a Defense Department working meeting and maritime-safety meetings',
        'Climate talks suspended',
        'Cooperation on counternarcotics, cross-border crime, repatriation of illegal migrants and judicial assistance suspended',
      ],
      sources: [
        {
          href: 'https://www.bnnbloomberg.ca/china-to-halt-climate-military-talks-with-us-over-pelosi-trip-1.1801915',
          label: 'Bloomberg News, via BNN Bloomberg',
        },
        {
          href: 'https://thehill.com/policy/international/3589417-china-halts-climate-military-cooperation-with-us-over-pelosi-visit/',
          label: 'The Hill (the eight measures)',
        },
        {
          href: 'https://news.abs-cbn.com/overseas/08/05/22/china-says-ending-cooperation-with-us-on-multiple-issues',
          label: 'AFP, via ABS-CBN News',
        },
        { ...THE_NATIONAL_FILOLI, label: 'The National (channels restored at Filoli)' },
      ],
    },

    // A6: Bali.
    {
      id: 'bali-2022',
      // The handshake, "shortly after 5.30pm local time"; the talks followed and lasted about three hours.
      start: '2022-11-14T17:30+08:00',
      approximate: true,
      title: '6th of 7: first in-person meeting, Bali',
      summary:
        'On the eve of the G20 summit, Biden and Xi shook hands shortly after 5.30 p.m. at the Mulia resort in Nusa ' +
        'Dua and then talked for about three hours in a hotel ballroom, their first in-person meeting as presidents. ' +
        'Afterwards Biden said he saw no need to fear a new cold war. According to China’s readout, Xi called ' +
        'Taiwan "the first red line that must not be crossed" in relations between the two countries.',
      kind: 'in-person',
      place: { name: 'The Mulia', city: 'Nusa Dua, Bali', country: 'Indonesia', lat: -8.81, lon: 115.23 },
      timeZone: 'Asia/Makassar',
      participants: LEADERS,
      outcomes: [
        'Blinken to visit China (White House)',
        'Talks to resume on climate change, economic stability and debt relief, health and food security (White House)',
        'The White House readout said both reiterated that "a nuclear war should never be fought and can never be won" and opposed the use or threat of use of nuclear weapons in Ukraine',
      ],
      sources: [
        {
          href: 'https://www.straitstimes.com/asia/se-asia/us-s-joe-biden-china-s-xi-jinping-meet-for-first-time-since-start-of-covid-19-pandemic',
          label: 'The Straits Times (time of the handshake)',
        },
        { href: 'https://www.npr.org/transcripts/1136350988', label: 'NPR' },
        {
          href: 'https://www.thenationalnews.com/world/2022/11/14/g20-biden-touches-on-thorny-issues-in-high-stakes-meeting-with-xi-in-bali/',
          label: 'The National (venue, outcomes)',
        },
        {
          href: 'https://www.channelnewsasia.com/world/biden-xi-agree-nuclear-war-should-never-be-fought-white-house-3070856',
          label: 'CNA (White House readout)',
        },
        {
          href: 'https://www.newsweek.com/biden-wanted-talk-red-lines-china-xi-gives-his-firsttaiwan-1759441',
          label: 'Newsweek (Chinese readout)',
        },
      ],
    },

    // B. Groundwork between Bali and Filoli.
    {
      id: 'harris-xi-bangkok-2022',
      start: '2022-11-19',
      title: 'Harris and Xi speak briefly in Bangkok',
      summary:
        'Heading into a closed-door leaders’ meeting at the APEC summit in Bangkok, Vice President Kamala Harris ' +
        'and Xi exchanged a few words. Harris said she repeated Biden’s message from Bali that the two countries ' +
        'must keep lines of communication open; China’s foreign ministry said Xi called the Bali meeting ' +
        '"strategic and constructive".',
      kind: 'visit',
      place: { city: 'Bangkok', country: 'Thailand', lat: 13.75, lon: 100.5 },
      timeZone: 'Asia/Bangkok',
      participants: ['Kamala Harris', XI_JINPING],
      outcomes: [],
      sources: [
        {
          href: 'http://en.people.cn/n3/2022/1119/c90000-10173727.html',
          label: 'People’s Daily, Xinhua report (Chinese state media; Xi’s words)',
        },
        {
          href: 'https://www.thehindu.com/news/international/xi-harris-call-for-open-channels-in-latest-us-china-meeting/article66156638.ece',
          label: 'The Hindu (a White House official’s account)',
        },
        {
          href: 'https://www.arkansasonline.com/news/2022/nov/20/harris-vows-open-lines-with-xi/',
          label: 'Associated Press, via Arkansas Democrat-Gazette (Harris’s words; the foreign ministry’s statement)',
        },
      ],
    },
    {
      id: 'yellen-liu-he-zurich-2023',
      start: '2023-01-18',
      title: 'Yellen and Liu He meet in Zurich',
      summary:
        'Treasury Secretary Janet Yellen and Vice Premier Liu He held their first in-person meeting, which the ' +
        'Treasury called "candid, substantive, and constructive". They agreed to deepen communication on ' +
        'macroeconomic and financial issues and to cooperate on climate finance.',
      kind: 'visit',
      place: { city: 'Zurich', country: 'Switzerland', lat: 47.37, lon: 8.54 },
      timeZone: 'Europe/Zurich',
      participants: ['Janet Yellen', 'Liu He'],
      outcomes: [
        'Closer communication on macroeconomic and financial issues',
        'Cooperation on climate finance, bilaterally and in the UN, G20 and APEC',
        'Yellen invited to visit China (Chinese account)',
      ],
      sources: [
        { href: 'https://www.dw.com/en/yellen-us-china-must-communicate-on-economy/a-64433722', label: 'DW' },
        {
          href: 'https://www.cnn.com/business/live-news/stock-market-inflation-ppi-11823/index.html',
          label: 'CNN (the Treasury readout)',
        },
        {
          href: 'https://enapp.chinadaily.com.cn/a/202301/19/AP63c818d4a3103705a5f3d242.html',
          label: 'China Daily, Xinhua report (Chinese state media)',
        },
      ],
    },
    {
      id: 'balloon-incident-2023',
      start: '2023-01-28',
      end: '2023-02-04',
      title: 'Chinese high-altitude balloon shot down',
      summary:
        'A Chinese high-altitude balloon was first identified near Alaska’s Aleutian Islands on 28 January, crossed ' +
        'Canada and re-entered the United States over Idaho on 31 January; the Pentagon disclosed it on 2 February. ' +
        'China’s foreign ministry said it was a civilian airship used mainly for meteorological research that had ' +
        'strayed off course. A US F-22 shot it down over US territorial waters off South Carolina at 2:39 p.m. on ' +
        '4 February.',
      kind: 'incident',
      place: {
        name: 'Off the South Carolina coast',
        city: 'Myrtle Beach',
        country: 'United States',
        lat: 33.6,
        lon: -78.9,
      },
      timeZone: 'America/New_York',
      participants: [],
      outcomes: ['Blinken postponed his trip to Beijing'],
      sources: [
        {
          href: 'https://aviationweek.com/defense-space/us-fighter-shoots-down-chinese-balloon',
          label: 'Aviation Week',
        },
        {
          href: 'https://www.defense.gov/Multimedia/Photos/igphoto/2003159591/',
          label: 'US Department of Defense',
        },
        {
          href: 'http://en.people.cn/n3/2023/0205/c90000-10203323.html',
          label: 'People’s Daily, Xinhua report (Chinese state media; China’s statement)',
        },
      ],
    },
    {
      id: 'blinken-postpones-trip-2023',
      start: '2023-02-03',
      title: 'Blinken postpones his Beijing trip',
      summary:
        'A day after the balloon was made public, Secretary of State Antony Blinken postponed the trip to Beijing ' +
        'on which he was due to leave that day. US officials said he would make the trip when conditions allowed.',
      kind: 'incident',
      place: STATE_DEPARTMENT,
      timeZone: 'America/New_York',
      participants: ['Antony Blinken'],
      outcomes: [],
      sources: [
        {
          href: 'https://www.npr.org/2023/02/03/1154359587/blinken-postpones-china-trip-after-discovery-of-surveillance-balloon',
          label: 'NPR',
        },
        {
          href: 'https://asia.nikkei.com/Politics/International-relations/US-China-tensions/Blinken-postpones-China-trip-over-spy-balloon-incident-U.S.-official',
          label: 'Reuters, via Nikkei Asia',
        },
        {
          href: 'https://www.voanews.com/a/us-postpones-blinken-s-china-trip-after-spy-balloon-discovery-/6947631.html',
          label: 'Voice of America (when conditions allow)',
        },
      ],
    },
    {
      id: 'blinken-wang-munich-2023',
      start: '2023-02-18',
      title: 'Blinken and Wang Yi meet in Munich',
      summary:
        'On 18 February, on the sidelines of the Munich Security Conference, Blinken and Wang Yi met. A US ' +
        'official said Blinken told Wang that such an incident "must never again occur"; Blinken also warned ' +
        'China against giving material support to Russia; Xinhua said Wang urged the United States to repair the ' +
        'damage its "excessive use of force" had done to relations.',
      kind: 'visit',
      // On the sidelines of the conference; no source we cite names the place.
      place: { city: 'Munich', country: 'Germany', lat: 48.14, lon: 11.57 },
      timeZone: 'Europe/Berlin',
      participants: ['Antony Blinken', 'Wang Yi'],
      outcomes: [],
      sources: [
        {
          href: 'https://www.scmp.com/news/china/diplomacy/article/3210722/munich-meeting-antony-blinken-tells-wang-yi-balloon-incident-must-never-again-occur?utm_source=rss_feed',
          label: 'South China Morning Post',
        },
        {
          href: 'http://en.people.cn/n3/2023/0220/c90000-10210316.html',
          label: 'People’s Daily, Xinhua report (Chinese state media; Wang’s words)',
        },
      ],
    },
    {
      id: 'burns-beijing-2023',
      // Reported only as "last month" on 2 June: the month is all the sources give.
      start: '2023-05',
      title: 'CIA Director Burns visits Beijing',
      summary:
        'CIA Director William Burns made an unannounced trip to Beijing in May, made public in early June. A US ' +
        'official said he met Chinese counterparts and stressed keeping intelligence channels open.',
      kind: 'visit',
      place: BEIJING,
      timeZone: 'Asia/Shanghai',
      participants: ['William Burns'],
      outcomes: [],
      sources: [
        {
          href: 'https://thehill.com/homenews/ap/ap-international/cia-director-william-burns-met-chinese-leaders-in-beijing-as-washington-tries-to-thaw-tensions/',
          label: 'Associated Press, via The Hill',
        },
      ],
    },
    {
      id: 'sullivan-wang-vienna-2023',
      start: '2023-05-10',
      end: '2023-05-11',
      title: 'Sullivan and Wang Yi meet in Vienna',
      summary:
        'National Security Adviser Jake Sullivan and Wang Yi talked for more than eight hours over two days at the ' +
        'Hotel Imperial; the White House confirmed the meeting only afterwards. It called the talks "substantive ' +
        'and constructive"; they covered bilateral ties, Russia’s war against Ukraine and cross-Strait issues. It ' +
        'was the highest-level in-person contact since Bali.',
      kind: 'visit',
      place: { name: 'Hotel Imperial', city: 'Vienna', country: 'Austria', lat: 48.201, lon: 16.373 },
      timeZone: 'Europe/Vienna',
      participants: ['Jake Sullivan', 'Wang Yi'],
      outcomes: ['Agreed to keep using this strategic communication channel (Chinese state media)'],
      sources: [
        {
          href: 'https://japantimes.co.jp/news/2023/05/12/asia-pacific/china-us-diplomats-meet-bid-ease-tensions',
          label: 'The Japan Times',
        },
        {
          href: 'https://www.scmp.com/news/china/diplomacy/article/3220252/top-us-and-china-envoys-meet-vienna-highest-person-engagement-xi-and-biden-november?utm_source=rss_feed',
          label: 'South China Morning Post',
        },
        {
          href: 'https://kurier.at/politik/inland/tauwetter-chinesisch-amerikanisches-geheimtreffen-im-wiener-imperial/402447504',
          label: 'Kurier (in German; the venue, in its own report)',
        },
      ],
    },
    {
      id: 'austin-li-shangri-la-2023',
      start: '2023-06-02',
      end: '2023-06-04',
      title: 'China declines an Austin–Li meeting in Singapore',
      summary:
        'Before the Shangri-La Dialogue, the Pentagon said China had declined its invitation for Defense Secretary ' +
        'Lloyd Austin to meet Defence Minister Li Shangfu at the forum. The two shook hands and exchanged greetings ' +
        'at the opening dinner on 2 June but held no talks.',
      kind: 'incident',
      place: { name: 'Shangri-La Hotel', city: 'Singapore', country: 'Singapore', lat: 1.311, lon: 103.826 },
      timeZone: 'Asia/Singapore',
      participants: ['Lloyd Austin', 'Li Shangfu'],
      outcomes: [],
      sources: [
        {
          href: 'https://www.scmp.com/news/world/united-states-canada/article/3222245/us-says-china-declined-request-defence-chief-li-shangfu-meet-pentagon-head-lloyd-austin?utm_source=rss_feed',
          label: 'Bloomberg, via South China Morning Post',
        },
        {
          href: 'https://www.straitstimes.com/singapore/no-formal-talks-between-us-and-china-defence-chiefs-on-day-1-but-a-friendly-handshake',
          label: 'The Straits Times',
        },
        {
          href: 'https://www.scmp.com/news/china/military/article/3222956/china-defence-chiefs-strong-debut-shangri-la-dialogue-needed-serious-us-meet-analysts?utm_source=rss_feed',
          label: 'South China Morning Post',
        },
      ],
    },
    {
      id: 'blinken-beijing-2023',
      start: '2023-06-18',
      end: '2023-06-19',
      title: 'Blinken visits Beijing and meets Xi',
      summary:
        'On the first visit by a secretary of state since 2018, Blinken met Foreign Minister Qin Gang at the ' +
        'Diaoyutai State Guesthouse on 18 June for seven and a half hours, including a dinner, and Wang Yi there ' +
        'for three hours on 19 June. That afternoon Xi received him at the Great Hall of the People for 35 minutes ' +
        'and said the two sides had agreed to follow through on the common understandings he and Biden reached in ' +
        'Bali. China declined US proposals to restore military-to-military communication.',
      kind: 'visit',
      place: { name: 'Diaoyutai State Guesthouse', city: 'Beijing', country: 'China', lat: 39.922, lon: 116.312 },
      timeZone: 'Asia/Shanghai',
      participants: ['Antony Blinken', 'Qin Gang', 'Wang Yi', XI_JINPING],
      outcomes: ['Qin Gang accepted an invitation to Washington', 'Both sides to work on expanding flights'],
      sources: [
        {
          href: 'http://en.people.cn/n3/2023/0619/c90000-20033517.html',
          label: 'People’s Daily, Xinhua report (Chinese state media)',
        },
        {
          href: 'https://china.usembassy-china.org.cn/secretary-antony-j-blinken-and-peoples-republic-of-china-president-xi-jinping-before-their-meeting/',
          label: 'US Embassy in China (transcript)',
        },
        {
          href: 'https://www.nydailynews.com/news/national/ny-united-states-china-antony-blinken-meeting-20230619-rpf6gvoeonaarhejk5gxxfs6cm-story.html',
          label: 'New York Daily News (35 minutes; military channels)',
        },
        {
          href: 'https://www.state.gov/secretary-blinkens-visit-to-the-peoples-republic-of-china-prc/',
          label: 'State Department (readout; flights)',
        },
        {
          href: 'https://www.khaleejtimes.com/world/us-china-see-path-to-more-stable-ties-in-blinken-visit',
          label: 'Khaleej Times (talks with Qin Gang)',
        },
        {
          href: 'https://www.todayonline.com/world/china-us-must-choose-between-cooperation-or-conflict-top-diplomat-tells-blinken-2195976',
          label: 'TODAY (talks with Wang Yi)',
        },
      ],
    },
    {
      id: 'biden-dictator-remark-2023',
      start: '2023-06-20',
      title: 'Biden calls Xi a "dictator"',
      summary:
        'At a fundraiser in California, Biden referred to Xi as a dictator, saying the balloon episode had been ' +
        '"a great embarrassment for dictators". The remark came a day after Blinken left Beijing.',
      kind: 'incident',
      // A fundraiser in California; no source we could cite names the town, so the pin is a loose one.
      place: { country: 'United States', lat: 37.95, lon: -122.56 },
      timeZone: 'America/Los_Angeles',
      participants: [JOE_BIDEN],
      outcomes: [],
      sources: [
        {
          href: 'https://www.cbsnews.com/video/biden-refers-to-chinese-president-xi-jinping-as-a-dictator/',
          label: 'CBS News',
        },
        {
          href: 'https://www.japantimes.co.jp/news/2023/06/22/world/biden-riffs-xi-dictator/',
          label: 'The Japan Times',
        },
        {
          href: 'https://www.thetimes.co.uk/article/joe-biden-calls-chinas-xi-jinping-a-dictator-during-fundraising-event-tqg77pmhd',
          label: 'The Times',
        },
      ],
    },
    {
      id: 'yellen-beijing-2023',
      start: '2023-07-06',
      end: '2023-07-09',
      title: 'Yellen visits Beijing',
      summary:
        'On a four-day trip, Yellen met Premier Li Qiang at the Great Hall of the People on 7 July and held talks ' +
        'with Vice Premier He Lifeng. Leaving on 9 July, she called about ten hours of meetings "direct" and ' +
        '"productive" and said the two countries still had "significant disagreements".',
      kind: 'visit',
      place: BEIJING,
      timeZone: 'Asia/Shanghai',
      participants: ['Janet Yellen', 'Li Qiang', 'He Lifeng'],
      outcomes: ['Economic and financial working groups followed, launched in September 2023 (Treasury)'],
      sources: [
        {
          href: 'http://gy.chineseembassy.org/eng/zgyw/202307/t20230717_11114018.htm',
          label: 'Chinese Embassy in Guyana (official readout of the meeting with Li Qiang)',
        },
        {
          href: 'https://www.firstpost.com/world/china-us-must-communicate-on-significant-disagreements-says-janet-yellen-12844702.html',
          label: 'Firstpost',
        },
        {
          href: 'https://www.tribuneindia.com/news/world/us-china-still-at-odds-over-a-number-of-issues-says-yellen-524401',
          label: 'Reuters, via The Tribune',
        },
        {
          href: 'https://home.treasury.gov/news/press-releases/jy1882',
          label: 'US Treasury (working groups launched in September)',
        },
      ],
    },
    {
      id: 'blinken-wang-jakarta-2023',
      start: '2023-07-13',
      title: 'Blinken and Wang Yi meet in Jakarta',
      summary:
        'Late on 13 July, on the sidelines of the ASEAN meetings, Blinken met Wang Yi, who attended in place of ' +
        'Foreign Minister Qin Gang after Beijing said Qin would not come for health reasons. The State Department ' +
        'said Blinken stressed the importance of maintaining peace and stability across the Taiwan Strait.',
      kind: 'visit',
      place: { city: 'Jakarta', country: 'Indonesia', lat: -6.2, lon: 106.8 },
      timeZone: 'Asia/Jakarta',
      participants: ['Antony Blinken', 'Wang Yi'],
      outcomes: [],
      sources: [
        {
          href: 'https://www.channelnewsasia.com/asia/china-wang-yi-russia-united-states-antony-blinken-sergei-lavrov-asean-meeting-3627121',
          label: 'CNA',
        },
        {
          href: 'https://www.scmp.com/news/china/diplomacy/article/3227285/health-issues-chinese-foreign-minister-qin-gang-miss-asean-meeting?utm_source=rss_feed',
          label: 'South China Morning Post (Qin’s absence, announced 11 July)',
        },
        {
          href: 'https://www.ksat.com/news/world/2023/07/14/blinken-meets-wang-yi-in-indonesia-but-the-region-remains-wary-of-the-us-china-rivalry/',
          label: 'Associated Press, via KSAT (late on 13 July; the State Department’s statement)',
        },
      ],
    },
    {
      id: 'kerry-beijing-2023',
      start: '2023-07-16',
      end: '2023-07-19',
      title: 'Kerry’s climate talks in Beijing',
      summary:
        'Climate envoy John Kerry held talks with his counterpart Xie Zhenhua at a Beijing hotel and met Wang Yi, ' +
        'Premier Li Qiang and Vice President Han Zheng. The two envoys met again at Sunnylands in November.',
      kind: 'visit',
      place: BEIJING,
      timeZone: 'Asia/Shanghai',
      participants: ['John Kerry', 'Xie Zhenhua', 'Wang Yi', 'Li Qiang', 'Han Zheng'],
      outcomes: [],
      sources: [
        {
          href: 'https://www.scmp.com/news/china/diplomacy/article/3228035/us-climate-envoy-john-kerry-and-chinas-xie-zhenhua-hold-talks-rival-powers-seek-contain-tensions?utm_source=rss_feed',
          label: 'South China Morning Post',
        },
        {
          href: 'https://www.japantimes.co.jp/news/2023/07/18/asia-pacific/politics-diplomacy-asia-pacific/john-kerry-china-climate-talks/',
          label: 'The Japan Times (meeting with Wang Yi)',
        },
        {
          href: 'http://en.people.cn/n3/2023/0719/c90000-20046010.html',
          label: 'People’s Daily, Xinhua report (Chinese state media; meeting with Li Qiang)',
        },
        {
          href: 'http://en.people.cn/n3/2023/0720/c90000-20046721.html',
          label: 'People’s Daily, Xinhua report (Chinese state media; meeting with Han Zheng)',
        },
        PEOPLES_DAILY_SUNNYLANDS,
      ],
    },
    {
      id: 'raimondo-china-2023',
      start: '2023-08-27',
      end: '2023-08-30',
      title: 'Raimondo visits China',
      summary:
        'Commerce Secretary Gina Raimondo met Commerce Minister Wang Wentao in Beijing on 28 August and Premier Li ' +
        'Qiang and Vice Premier He Lifeng at the Great Hall of the People the next day, then went on to Shanghai. ' +
        'She said US businesses increasingly described China as "uninvestable".',
      kind: 'visit',
      place: BEIJING,
      timeZone: 'Asia/Shanghai',
      participants: ['Gina Raimondo', 'Wang Wentao', 'Li Qiang', 'He Lifeng'],
      outcomes: [
        'A commercial issues working group of officials and business representatives, to meet twice a year at vice-minister level from early 2024',
        'An exchange of information on export-control enforcement',
        'Regular meetings of the two commerce chiefs',
      ],
      sources: [
        {
          href: 'https://asia.nikkei.com/Politics/International-relations/US-China-tensions/U.S.-and-China-agree-to-new-dialogue-on-trade-chip-export-curbs',
          label: 'Nikkei Asia (outcomes, from the Commerce Department)',
        },
        {
          href: 'https://www.scmp.com/economy/china-economy/article/3232519/us-china-relations-gina-raimondo-meets-wang-wentao-beijing-shanghai-leg-trip?utm_source=rss_feed',
          label: 'South China Morning Post',
        },
        {
          href: 'https://www.bostonglobe.com/2023/08/29/world/us-does-not-want-decouple-china-raimondo-says/',
          label: 'The Boston Globe',
        },
      ],
    },
    {
      id: 'biden-li-qiang-new-delhi-2023',
      start: '2023-09-09',
      end: '2023-09-10',
      title: 'Biden and Premier Li Qiang speak at the G20',
      summary:
        'Xi did not attend the G20 summit in New Delhi; Premier Li Qiang represented China and had a brief exchange ' +
        'with Biden. China’s foreign ministry said Li told Biden that China’s development was an opportunity, not a ' +
        'challenge, for the United States, and that Biden said the United States would not hinder China’s ' +
        'economic growth.',
      kind: 'visit',
      place: { city: 'New Delhi', country: 'India', lat: 28.61, lon: 77.21 },
      timeZone: 'Asia/Kolkata',
      participants: [JOE_BIDEN, 'Li Qiang'],
      outcomes: [],
      sources: [
        {
          href: 'http://en.people.cn/n3/2023/0912/c90000-20070747.html',
          label: 'People’s Daily, Xinhua report (Chinese state media)',
        },
        {
          href: 'https://www.bnnbloomberg.ca/china-s-premier-urges-biden-to-see-his-nation-as-an-opportunity-1.1969675',
          label: 'Bloomberg News, via BNN Bloomberg',
        },
      ],
    },
    {
      id: 'sullivan-wang-malta-2023',
      start: '2023-09-16',
      end: '2023-09-17',
      title: 'Sullivan and Wang Yi meet in Malta',
      summary:
        'Over a weekend in Malta, Sullivan and Wang Yi held talks that China’s government called "candid, ' +
        'substantive and constructive". The White House said the United States noted the importance of peace and ' +
        'stability across the Taiwan Strait, and US media reported that a possible leaders’ meeting was discussed. ' +
        'Sullivan also met Prime Minister Robert Abela.',
      kind: 'visit',
      // The venue was not reported; the pin is a loose one near Valletta.
      place: { country: 'Malta', lat: 35.9, lon: 14.51 },
      timeZone: 'Europe/Malta',
      participants: ['Jake Sullivan', 'Wang Yi', 'Robert Abela'],
      outcomes: [
        'Both sides committed to keep this strategic channel and pursue more high-level engagement (White House)',
      ],
      sources: [
        {
          href: 'https://timesofmalta.com/articles/view/us-china-meet-malta-discuss-potential-meeting-biden-xi.1055710',
          label: 'Times of Malta',
        },
        {
          href: 'https://english.alarabiya.net/News/world/2023/09/17/US-national-security-advisor-held-talks-with-Chinese-foreign-minister-Official',
          label: 'Al Arabiya (Chinese readout)',
        },
        {
          href: 'https://www.straitstimes.com/asia/us-national-security-advisor-held-talks-with-chinese-foreign-minister-official',
          label: 'Reuters, via The Straits Times',
        },
      ],
    },
    {
      id: 'blinken-han-zheng-new-york-2023',
      start: '2023-09-18',
      title: 'Blinken meets Vice President Han Zheng in New York',
      summary:
        'On the sidelines of the UN General Assembly, Blinken met Vice President Han Zheng; the State Department ' +
        'called it a "candid and constructive" discussion. They discussed Russia’s war against Ukraine, North Korea and the Taiwan ' +
        'Strait; Xinhua said Han described China’s development as an opportunity rather than a challenge for the ' +
        'United States.',
      kind: 'visit',
      place: { city: 'New York', country: 'United States', lat: 40.75, lon: -73.97 },
      timeZone: 'America/New_York',
      participants: ['Antony Blinken', 'Han Zheng'],
      outcomes: [],
      sources: [
        {
          href: 'https://www.straitstimes.com/world/while-you-were-sleeping-5-stories-you-might-have-missed-sept-19-3',
          label: 'The Straits Times',
        },
        {
          href: 'http://en.people.cn/n3/2023/0919/c90000-20073685.html',
          label: 'People’s Daily, Xinhua report (Chinese state media)',
        },
        {
          href: 'http://world.kbs.co.kr/service/news_view.htm?lang=g&Seq_Code=98058',
          label: 'KBS World (in German; topics, from the State Department)',
        },
        {
          href: 'https://www.upi.com/Top_News/US/2023/09/19/Blinken-Han-meet/3311695113935/',
          label: 'UPI (the State Department’s readout)',
        },
      ],
    },
    {
      id: 'schumer-xi-beijing-2023',
      start: '2023-10-09',
      title: 'Xi meets a Senate delegation led by Schumer',
      summary:
        'Xi received six senators led by Majority Leader Chuck Schumer and Senator Mike Crapo at the Great Hall of ' +
        'the People. Xi said there were "1,000 reasons" to improve relations and "not one reason to ruin them"; ' +
        'Schumer pressed China over its first response to the Hamas attack on Israel.',
      kind: 'visit',
      place: GREAT_HALL,
      timeZone: 'Asia/Shanghai',
      participants: [XI_JINPING, 'Chuck Schumer', 'Mike Crapo'],
      outcomes: [],
      sources: [
        { href: 'https://www.axios.com/2023/10/09/schumer-senators-xi-china-meeting', label: 'Axios' },
        {
          href: 'https://www.straitstimes.com/asia/xi-tells-top-senator-us-china-relations-impact-destiny-of-mankind',
          label: 'The Straits Times',
        },
        {
          href: 'http://europe.newsweek.com/china-us-beijing-xijinping-chuck-schumer-mike-crapo-senate-1833077',
          label: 'Newsweek',
        },
      ],
    },
    {
      id: 'xi-newsom-2023',
      start: '2023-10-25',
      title: 'Xi meets Governor Newsom',
      summary:
        'Xi received California Governor Gavin Newsom at the Great Hall of the People. ' +
        'Newsom said they discussed climate cooperation and fentanyl, and that he encouraged Xi to attend APEC in ' +
        'San Francisco.',
      kind: 'visit',
      place: GREAT_HALL,
      timeZone: 'Asia/Shanghai',
      participants: [XI_JINPING, 'Gavin Newsom'],
      outcomes: [],
      sources: [
        {
          href: 'http://gb.china-embassy.gov.cn/eng/zgyw/202310/t20231030_11170383.htm',
          label: 'Chinese Embassy in the UK (official readout)',
        },
        {
          href: 'https://www.politico.com/news/2023/10/25/governor-gavin-newsom-meets-with-chinese-president-xi-jinping-00123418',
          label: 'Politico',
        },
      ],
    },
    {
      id: 'wang-yi-washington-2023',
      start: '2023-10-26',
      end: '2023-10-28',
      title: 'Wang Yi visits Washington and meets Biden',
      summary:
        'On the first visit to Washington by a Chinese foreign minister since 2018, Wang Yi held talks with Blinken ' +
        'at the State Department on 26 and 27 October and with Sullivan, about nine hours in all, US officials ' +
        'said. Biden received him at the White House on 27 October for about an hour. US officials said they ' +
        'raised military channels, the South and East China Seas, Taiwan, human rights, fentanyl precursors and ' +
        'detained Americans.',
      kind: 'visit',
      place: STATE_DEPARTMENT,
      timeZone: 'America/New_York',
      participants: ['Wang Yi', 'Antony Blinken', 'Jake Sullivan', JOE_BIDEN],
      outcomes: ['Both sides agreed to work toward a Biden–Xi meeting (US officials)'],
      sources: [
        {
          href: 'https://www.straitstimes.com/world/united-states/us-china-agree-to-work-towards-an-expected-biden-xi-summit',
          label: 'Reuters, via The Straits Times',
        },
        {
          href: 'https://www.scmp.com/news/china/article/3239511/us-confident-joe-biden-xi-jinping-meeting-next-month-apec-sidelines',
          label: 'South China Morning Post (the White House readout)',
        },
        {
          href: 'https://www.globaltimes.cn/page/202310/1300740.shtml',
          label: 'Global Times (Chinese state media; meeting with Biden)',
        },
      ],
    },
    {
      id: 'sunnylands-statement-2023',
      start: '2023-11-04',
      end: '2023-11-07',
      title: 'Sunnylands climate talks',
      summary:
        'Kerry and Xie Zhenhua met at Sunnylands in Rancho Mirage, California, from 4 to 7 November. The climate ' +
        'statement that came out of their talks, the Sunnylands Statement, was carried by Xinhua on 15 November.',
      kind: 'visit',
      place: { name: 'Sunnylands', city: 'Rancho Mirage', country: 'United States', lat: 33.78, lon: -116.4 },
      timeZone: 'America/Los_Angeles',
      participants: ['John Kerry', 'Xie Zhenhua'],
      outcomes: [
        'The Sunnylands Statement on climate',
        'Economy-wide national climate targets (NDCs) for 2035, covering all greenhouse gases',
        'Cooperation on methane and other non-CO2 gases',
        'Climate cooperation between states, provinces and cities',
      ],
      sources: [
        PEOPLES_DAILY_SUNNYLANDS,
        {
          href: 'https://sdg.iisd.org/news/us-and-china-agree-to-enhance-cooperation-on-climate-change/',
          label: 'IISD SDG Knowledge Hub',
        },
        {
          href: 'https://en.gmw.cn/2023-11/15/content_36968532.htm',
          label: 'Guangming Online (Chinese state media; subnational cooperation)',
        },
      ],
    },
    {
      id: 'yellen-he-lifeng-san-francisco-2023',
      start: '2023-11-09',
      end: '2023-11-10',
      title: 'Yellen and He Lifeng meet in San Francisco',
      summary:
        'Yellen hosted Vice Premier He Lifeng for two days of talks in San Francisco, which the Treasury called ' +
        '"candid, direct, and productive". Yellen said the talks had laid the groundwork for the Biden–Xi meeting.',
      kind: 'visit',
      place: { city: 'San Francisco', country: 'United States', lat: 37.77, lon: -122.42 },
      timeZone: 'America/Los_Angeles',
      participants: ['Janet Yellen', 'He Lifeng'],
      outcomes: [],
      sources: [
        { href: 'https://home.treasury.gov/news/press-releases/jy1896', label: 'US Treasury (readout)' },
        {
          href: 'https://abc7news.com/apec-summit-us-secretary-janet-yellen-san-francisco-live-press-conference/14040563/',
          label: 'ABC7 News',
        },
      ],
    },
    {
      id: 'xi-arrives-2023',
      start: '2023-11-14',
      title: 'Xi arrives in San Francisco',
      summary:
        'Xi landed at San Francisco International Airport on the afternoon of 14 November, with Cai Qi and Wang Yi ' +
        'in his entourage, and was received by Governor Gavin Newsom and Treasury Secretary Janet Yellen.',
      kind: 'visit',
      place: { name: 'San Francisco International Airport', country: 'United States', lat: 37.62, lon: -122.38 },
      timeZone: 'America/Los_Angeles',
      participants: [XI_JINPING, 'Cai Qi', 'Wang Yi', 'Gavin Newsom', 'Janet Yellen'],
      outcomes: [],
      sources: [
        {
          href: 'http://en.people.cn/n3/2023/1115/c90000-20097181.html',
          label: 'People’s Daily, Xinhua report (Chinese state media)',
        },
        {
          href: 'https://www.nbcbayarea.com/news/local/china-xi-jinping-joe-biden-san-francisco-apec/3371305/',
          label: 'NBC Bay Area',
        },
        {
          href: 'http://en.people.cn/n3/2023/1114/c90000-20097160.html',
          label: 'People’s Daily, Xinhua report (Chinese state media; Xi’s entourage)',
        },
      ],
    },

    // A7: Filoli.
    {
      id: 'filoli-2023',
      // The public part of the meeting began "shortly after 11:20 a.m."; Xi had arrived mid-morning.
      start: '2023-11-15T11:20-08:00',
      approximate: true,
      title: '7th of 7: second in-person meeting, Filoli',
      summary:
        'On Xi’s first visit to the United States in about six years, on the sidelines of APEC, the two met at ' +
        'the Filoli estate for talks in its ballroom, a working lunch and a walk in the grounds, about four hours ' +
        'in all; the public part began shortly after 11:20 a.m., already 16 November in Beijing. Biden called ' +
        'the talks "some of the most constructive and productive" they had had, and Xinhua reported Xi saying that ' +
        'for two large countries like China and the United States, "turning their back on each other is not an ' +
        'option". They remained far apart on Taiwan, and asked afterwards, Biden said he still regarded Xi as a ' +
        'dictator.',
      kind: 'in-person',
      place: {
        name: 'Filoli Historic House & Garden',
        city: 'Woodside',
        country: 'United States',
        lat: 37.47,
        lon: -122.311,
      },
      timeZone: 'America/Los_Angeles',
      participants: LEADERS,
      outcomes: [
        'Agreed to resume high-level military-to-military communication; the top US and Chinese generals first spoke, by video, on 21 December 2023',
        'Agreed to resume counternarcotics cooperation and set up a counternarcotics working group, launched in Beijing on 30 January 2024',
        'Agreed to hold government talks on the risks and safety of advanced AI',
        'Agreed to work to increase passenger flights between the two countries in 2024 (Xinhua)',
        'Agreed that either leader could pick up the phone and call the other directly',
      ],
      sources: [
        THE_NATIONAL_FILOLI,
        {
          href: 'https://japantimes.co.jp/news/2023/11/16/asia-pacific/politics/xi-jinping-joe-biden-us-summit-meeting',
          label: 'The Japan Times',
        },
        {
          href: 'http://en.people.cn/n3/2023/1116/c90000-20097790.html',
          label: 'People’s Daily, Xinhua report (Chinese state media; Xi’s words)',
        },
        {
          href: 'https://news.cgtn.com/news/2023-11-16/Xi-Biden-had-candid-in-depth-exchange-of-views-1oLLTrbjFqo/index.html',
          label: 'CGTN, Xinhua readout (Chinese state media)',
        },
        { href: 'https://dawn.com/news/amp/1789856', label: 'AFP, via Dawn (Taiwan; the "dictator" remark)' },
        {
          href: 'https://www.businesstimes.com.sg/international/global/biden-and-xi-strike-deals-military-communications-fentanyl-ai',
          label: 'The Business Times (flights, from Xinhua)',
        },
        {
          href: 'https://japannews.yomiuri.co.jp/politics/defense-security/20231117-150138/',
          label: 'The Japan News, Yomiuri (lunch and walk)',
        },
        {
          href: 'https://almanacnews.com/news/2023/11/15/president-joe-biden-and-chinese-president-xi-jinping-offer-hope-of-improved-relations-at-woodside-meeting',
          label: 'The Almanac, Woodside’s local paper (start of the public portion, in its own report)',
        },
        { href: 'https://filoli.org/?p=13918', label: 'Filoli (venue)' },
        {
          href: 'https://www.cnn.com/2023/12/21/politics/top-us-and-chinese-military-officials-speak-for-the-first-time-in-over-a-year/index.html',
          label: 'CNN (first military talks, 21 December 2023)',
        },
        {
          href: 'https://china.usembassy-china.org.cn/statement-from-nsc-spokesperson-adrienne-watson-on-the-u-s-prc-counternarcotics-working-group/',
          label: 'US Embassy in China, White House statement (working group set up at the two presidents’ direction)',
        },
        {
          href: 'http://en.people.cn/n3/2024/0131/c90000-20128912.html',
          label: 'People’s Daily, Xinhua report (Chinese state media; working group launched 30 January 2024)',
        },
      ],
    },
  ],
};

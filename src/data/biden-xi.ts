import type { Place, TimelineDataInput } from '../types.js';

/*
 * The built-in story: Biden and Xi's seven leader interactions (Feb 2021 – Nov 2023) and the diplomacy
 * between Bali and Filoli that prepared the seventh. Dates, venues and sources come from checked
 * reports; clock times appear only where a source gives one, with the venue's UTC offset for that date.
 * Coordinates are approximate map pins, not sourced values.
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
  // Open on the year from Bali to Filoli; the 2021–22 calls are a zoom out or a pan away.
  view: { start: '2022-11-14', end: '2023-11-15' },
  events: [
    // A. Leader interactions 1–5: calls and video links.
    {
      id: 'call-2021-02',
      start: '2021-02-10',
      title: 'First phone call',
      summary:
        'Biden called Xi from the White House on the evening of 10 February; in Beijing it was the morning of ' +
        '11 February, Lunar New Year’s Eve. In their first call since Biden took office, he raised ' +
        '"fundamental concerns" about China’s economic practices, Hong Kong, Xinjiang and Taiwan, while Xi called ' +
        'those internal affairs and said confrontation would be "a disaster". Biden later said they spoke for two hours.',
      kind: 'phone',
      place: WHITE_HOUSE,
      timeZone: 'America/New_York',
      participants: LEADERS,
      outcomes: [],
      sources: [
        {
          href: 'https://www.caixinglobal.com/2021-02-11/president-xi-speaks-with-biden-in-first-official-phone-call-101663235.html',
          label: 'Caixin Global',
        },
        {
          href: 'https://www.brecorder.com/news/40062789/biden-speaks-by-phone-with-chinas-xi-jinping',
          label: 'Business Recorder',
        },
        {
          href: 'https://www.urdupoint.com/en/world/biden-says-phone-call-with-chinas-xi-lasted-1165968.html',
          label: 'UrduPoint (length of the call)',
        },
      ],
    },
    {
      id: 'call-2021-09',
      start: '2021-09-09',
      title: 'Second phone call',
      summary:
        'Biden, at the White House on Thursday evening, and Xi, in Beijing on Friday morning (10 September), spoke ' +
        'for about 90 minutes, their first contact in nearly seven months. The White House described a "broad, ' +
        'strategic discussion" about keeping competition from veering into conflict; Xi said US policy had caused ' +
        '"serious difficulties".',
      kind: 'phone',
      place: WHITE_HOUSE,
      timeZone: 'America/New_York',
      participants: LEADERS,
      outcomes: [
        'Agreed to keep in frequent contact (Chinese readout)',
        'Working teams to step up communication (Chinese readout)',
      ],
      sources: [
        {
          href: 'https://www.reuters.com/world/white-house-says-biden-xi-call-intended-keep-communication-channels-open-2021-09-10/',
          label: 'Reuters',
        },
        { href: 'http://en.people.cn/n3/2021/0910/c90000-9894850.html', label: 'People’s Daily (Chinese state media)' },
      ],
    },
    {
      id: 'virtual-2021-11',
      // The White House's scheduled start; CNN says the talks got under way around 8 p.m.
      start: '2021-11-15T19:45-05:00',
      title: 'Virtual summit',
      summary:
        'The leaders met by video, Biden in the White House’s Roosevelt Room and Xi in the Great Hall of the People, ' +
        'where it was the morning of 16 November; the White House put the talks at about three and a half hours in ' +
        'two sessions. Biden called for "common-sense guardrails" and raised Xinjiang, Tibet, Hong Kong, trade and ' +
        'Taiwan. Xi greeted him as an "old friend" and warned that encouraging Taiwan independence was "playing with fire".',
      kind: 'video',
      place: { ...WHITE_HOUSE, name: 'Roosevelt Room, White House' },
      timeZone: 'America/New_York',
      participants: LEADERS,
      outcomes: ['Agreed to continue engagement; no joint statement'],
      sources: [
        {
          href: 'https://www.washingtonpost.com/politics/biden-to-meet-with-chinese-president-in-virtual-summit/2021/11/14/6f59b36c-45bb-11ec-973c-be864f938c72_story.html?itid=lk_inline_manual_23',
          label: 'The Washington Post',
        },
        { href: 'https://en.news.ru/world/biden-and-xi-wind-up-online-meeting/', label: 'News.ru' },
        {
          href: 'http://en.people.cn/n3/2021/1116/c90000-9919837.html',
          label: 'People’s Daily (Chinese state media; Beijing timing)',
        },
        {
          href: 'http://zh.chinausfocus.com/foreign-policy/20211124/42462.html',
          label: 'China-US Focus (Xi’s location)',
        },
      ],
    },
    {
      id: 'video-2022-03',
      start: '2022-03-18T09:03-04:00',
      end: '2022-03-18T10:53-04:00',
      title: 'Video call on Ukraine',
      summary:
        'Over a secure video link, Biden at the White House and Xi in Beijing, where it was evening, spoke for ' +
        '1 hour 50 minutes, mostly about Russia’s invasion of Ukraine. Biden set out the consequences if China gave ' +
        'Russia material support; Xi said "conflict and confrontation are not in the interests of anyone" and raised ' +
        'Taiwan. China made no commitment on Russia.',
      kind: 'video',
      place: WHITE_HOUSE,
      timeZone: 'America/New_York',
      participants: LEADERS,
      outcomes: ['Agreed to keep lines of communication open', 'Teams tasked to follow up'],
      sources: [
        {
          href: 'https://www.thenews.com.pk/print/942797-ukraine-conflict-xi-tells-biden-conflict-not-in-interests-of-anyone',
          label: 'The News International',
        },
        {
          href: 'https://www.wfmz.com/news/pr_newswire/pr_newswire_entertainment/cgtn-america-president-xi-jinping-has-a-video-call-with-u-s-president-joe-biden/article_bbe1e983-7b5c-58ab-95a7-a6fa672d7f13.html',
          label: 'CGTN America via PR Newswire (Chinese state media)',
        },
      ],
    },
    {
      id: 'call-2022-07',
      start: '2022-07-28T08:33-04:00',
      end: '2022-07-28T10:50-04:00',
      title: 'Fifth call, on Taiwan',
      summary:
        'In a phone call of 2 hours 17 minutes, evening in Beijing, held as Speaker Nancy Pelosi weighed a trip to ' +
        'Taiwan, Xi warned that "those who play with fire will perish by it". Biden said US policy on Taiwan "has not ' +
        'changed" and that the United States opposes unilateral changes to the status quo.',
      kind: 'phone',
      place: WHITE_HOUSE,
      timeZone: 'America/New_York',
      participants: LEADERS,
      outcomes: [
        'Teams told to find a time for a face-to-face meeting, which became Bali',
        'Follow-up on climate and health security',
      ],
      sources: [
        { href: 'https://www.axios.com/2022/07/28/joe-biden-xi-jingping-call-taiwan', label: 'Axios' },
        {
          href: 'https://english.alarabiya.net/News/world/2022/07/28/US-policy-on-Taiwan-has-not-changed-Biden-tells-Xi',
          label: 'Al Arabiya',
        },
        {
          href: 'http://www.allusanewshub.com/2022/07/28/biden-and-xi-agree-to-meet-during-call-that-focused-on-tension-with-taiwan-economic-anxiety/',
          label: 'All USA News Hub (start and end times)',
        },
      ],
    },

    // Context: the rupture that Filoli partly reversed.
    {
      id: 'pelosi-taiwan-2022',
      start: '2022-08-02',
      end: '2022-08-05',
      title: 'Pelosi visits Taiwan; China suspends talks',
      summary:
        'Speaker Nancy Pelosi visited Taiwan on 2–3 August. On 5 August China’s foreign ministry announced eight ' +
        'countermeasures, cancelling military talks and suspending cooperation with the United States on climate, ' +
        'counternarcotics and other issues. Filoli later reversed part of this.',
      kind: 'incident',
      place: { city: 'Taipei', country: 'Taiwan', lat: 25.03, lon: 121.56 },
      timeZone: 'Asia/Taipei',
      participants: ['Nancy Pelosi'],
      outcomes: [
        'Military talks cancelled: theatre commanders, Defense Policy Coordination Talks, MMCA meetings',
        'Climate talks suspended',
        'Cooperation on counternarcotics, cross-border crime, repatriation of illegal migrants and judicial assistance suspended',
      ],
      sources: [
        {
          href: 'https://www.bnnbloomberg.ca/china-to-halt-climate-military-talks-with-us-over-pelosi-trip-1.1801915',
          label: 'BNN Bloomberg',
        },
        {
          href: 'https://cyprus-mail.com/2022/08/05/china-halts-high-level-military-dialogue-with-u-s-suspends-other-cooperation/',
          label: 'Cyprus Mail',
        },
      ],
    },

    // A6: Bali.
    {
      id: 'bali-2022',
      start: '2022-11-14T17:30+08:00',
      end: '2022-11-14T20:48+08:00',
      title: 'First in-person meeting, Bali',
      summary:
        'Their first in-person meeting as presidents took place in a ballroom of the Mulia hotel on the eve of the ' +
        'G20 summit and lasted about three hours, with a short break. Both spoke of keeping competition from turning ' +
        'into conflict. Xi called Taiwan "the first red line that must not be crossed"; Biden said he saw no need for ' +
        '"a new Cold War".',
      kind: 'in-person',
      place: { name: 'The Mulia', city: 'Nusa Dua, Bali', country: 'Indonesia', lat: -8.81, lon: 115.23 },
      timeZone: 'Asia/Makassar',
      participants: LEADERS,
      outcomes: [
        'Blinken to visit China, tentatively in early 2023',
        'Senior officials to resume talks on climate, macroeconomic stability and debt relief, health and food security',
        'Both repeated that "a nuclear war should never be fought" and opposed the use or threat of nuclear weapons in Ukraine',
      ],
      sources: [
        {
          href: 'https://www.theedgesingapore.com/news/geopolitics/biden-meets-xi-asia-allies-look-lower-temperature',
          label: 'The Edge Singapore',
        },
        {
          href: 'https://www.kdlg.org/as-heard-on-npr/as-heard-on-npr/2022-11-13/biden-and-chinas-xi-met-for-three-hours-heres-what-they-talked-about',
          label: 'NPR via KDLG',
        },
        { href: 'https://nordot.app/964956041643278336', label: 'Nordot (meeting times)' },
        { href: 'https://exbulletin.com/politics/1916573/', label: 'Exbulletin (venue)' },
      ],
    },

    // B. Groundwork between Bali and Filoli.
    {
      id: 'yellen-liu-he-zurich-2023',
      start: '2023-01-18',
      title: 'Yellen and Liu He meet in Zurich',
      summary:
        'Treasury Secretary Janet Yellen and Vice Premier Liu He held their first in-person meeting. They agreed to ' +
        'deepen communication on macroeconomic and financial issues and on climate finance.',
      kind: 'visit',
      place: { city: 'Zurich', country: 'Switzerland', lat: 47.37, lon: 8.54 },
      timeZone: 'Europe/Zurich',
      participants: ['Janet Yellen', 'Liu He'],
      outcomes: [
        'Closer communication on macroeconomic, financial and climate-finance issues',
        'Yellen invited to visit China',
      ],
      sources: [
        {
          href: 'https://www.forexlive.com/news/us-treasury-secretary-yellen-will-meet-with-chinese-vice-premier-liu-he-on-wednesday-20230116/',
          label: 'ForexLive',
        },
        {
          href: 'https://theindianawaaz.com/us-treasury-secy-janet-yellen-chinese-vice-premier-liu-he-agree-to-enhance-communication-on-macroeconomic-financial-issues/',
          label: 'The Indian Awaaz',
        },
      ],
    },
    {
      id: 'balloon-incident-2023',
      start: '2023-01-28',
      end: '2023-02-04',
      title: 'Chinese high-altitude balloon shot down',
      summary:
        'A Chinese high-altitude balloon entered US airspace over Alaska on 28 January, crossed Canada and came back ' +
        'over Idaho; it was made public on 2 February. A US F-22 shot it down about six nautical miles off South ' +
        'Carolina at 2:39 p.m. EST on 4 February. China said it was a civilian weather airship blown off course and ' +
        'protested the use of force.',
      kind: 'incident',
      place: {
        name: 'Off the South Carolina coast',
        city: 'Surfside Beach',
        country: 'United States',
        lat: 33.6,
        lon: -78.9,
      },
      timeZone: 'America/New_York',
      participants: [],
      outcomes: ['Blinken postponed his trip to Beijing'],
      sources: [
        { href: 'https://fa.news/articles/393495/', label: 'Fa.news' },
        { href: 'https://gigazine.net/gsc_news/en/20230205-us-shoots-down-chinese-spy-baloon', label: 'GIGAZINE' },
        { href: 'https://drgnews.com/?p=148972', label: 'DRG News (aftermath)' },
      ],
    },
    {
      id: 'blinken-postpones-trip-2023',
      start: '2023-02-03',
      title: 'Blinken postpones his Beijing trip',
      summary:
        'Hours before he was due to leave, Secretary of State Antony Blinken told Wang Yi that his 5–6 February ' +
        'visit to Beijing, which would have been the first by a secretary of state since 2018, was off because of the ' +
        'balloon. He said it would take place "at a future date".',
      kind: 'incident',
      place: STATE_DEPARTMENT,
      timeZone: 'America/New_York',
      participants: ['Antony Blinken', 'Wang Yi'],
      outcomes: [],
      sources: [
        {
          href: 'https://www.npr.org/2023/02/03/1154359587/blinken-postpones-china-trip-after-discovery-of-surveillance-balloon',
          label: 'NPR',
        },
        {
          href: 'https://www.newsbreak.com/news/2913309850183/blinken-postpones-trip-to-china-as-balloon-flies-over-u-s',
          label: 'NewsBreak',
        },
      ],
    },
    {
      id: 'blinken-wang-munich-2023',
      start: '2023-02-18',
      title: 'Blinken and Wang Yi meet in Munich',
      summary:
        'Late on 18 February, on the sidelines of the Munich Security Conference, Blinken and Wang Yi met for about ' +
        'an hour, the first senior face-to-face contact since the balloon. Blinken said such an act "must never again ' +
        'occur" and warned against material support for Russia; Wang accused the United States of "excessive use of force".',
      kind: 'visit',
      place: { name: 'Munich Security Conference', city: 'Munich', country: 'Germany', lat: 48.14, lon: 11.57 },
      timeZone: 'Europe/Berlin',
      participants: ['Antony Blinken', 'Wang Yi'],
      outcomes: [],
      sources: [
        { href: 'http://blog.kinaforum.com/2023/02/blinken-and-chinese-counterpart-meet-in.html', label: 'Kinaforum' },
        {
          href: 'https://www.wionews.com/world/live-munich-security-conference-blinken-and-wang-hold-candid-talks-amid-balloon-spat-563646',
          label: 'WION',
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
        'Hotel Imperial, a meeting announced only afterwards. Both sides called the talks "candid, substantive and ' +
        'constructive"; they covered bilateral ties, Ukraine and cross-Strait issues.',
      kind: 'visit',
      place: { name: 'Hotel Imperial', city: 'Vienna', country: 'Austria', lat: 48.201, lon: 16.373 },
      timeZone: 'Europe/Vienna',
      participants: ['Jake Sullivan', 'Wang Yi'],
      outcomes: ['Agreed to keep using this strategic communication channel'],
      sources: [
        {
          href: 'https://www.urdupoint.com/en/world/sullivan-chinas-wang-discuss-ukraine-cross-1690220.html',
          label: 'UrduPoint',
        },
        {
          href: 'https://kurier.at/politik/inland/tauwetter-chinesisch-amerikanisches-geheimtreffen-im-wiener-imperial/402447504',
          label: 'Kurier (venue, in German)',
        },
        {
          href: 'https://japantimes.co.jp/news/2023/05/12/asia-pacific/china-us-diplomats-meet-bid-ease-tensions',
          label: 'The Japan Times (length of the talks)',
        },
      ],
    },
    {
      id: 'blinken-beijing-2023',
      start: '2023-06-18',
      end: '2023-06-19',
      title: 'Blinken visits Beijing and meets Xi',
      summary:
        'On the first visit by a secretary of state in about five years, Blinken met Foreign Minister Qin Gang at the ' +
        'Diaoyutai State Guesthouse on 18 June and Wang Yi there on 19 June. That afternoon Xi received him at the ' +
        'Great Hall of the People for 30–35 minutes and said both sides had agreed to follow through on the ' +
        'understandings reached in Bali. China declined to restore military channels.',
      kind: 'visit',
      place: { name: 'Diaoyutai State Guesthouse', city: 'Beijing', country: 'China', lat: 39.922, lon: 116.312 },
      timeZone: 'Asia/Shanghai',
      participants: ['Antony Blinken', 'Qin Gang', 'Wang Yi', XI_JINPING],
      outcomes: ['Qin Gang accepted an invitation to Washington', 'Both sides to work on expanding flights'],
      sources: [
        {
          href: 'http://en.people.cn/n3/2023/0619/c90000-20033517.html',
          label: 'People’s Daily (Chinese state media)',
        },
        {
          href: 'https://www.nydailynews.com/news/national/ny-united-states-china-antony-blinken-meeting-20230619-rpf6gvoeonaarhejk5gxxfs6cm-story.html',
          label: 'New York Daily News',
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
        'At a fundraiser in Kentfield, California, Biden referred to Xi as a dictator, saying the balloon episode had ' +
        'been "a great embarrassment for dictators". The remark came a day after Blinken met Xi in Beijing.',
      kind: 'incident',
      place: { city: 'Kentfield', country: 'United States', lat: 37.95, lon: -122.56 },
      timeZone: 'America/Los_Angeles',
      participants: [JOE_BIDEN],
      outcomes: [],
      sources: [
        { href: 'https://www.asiaone.com/world/biden-calls-chinese-president-xi-dictator', label: 'AsiaOne' },
        {
          href: 'https://www.cbsnews.com/video/biden-refers-to-chinese-president-xi-jinping-as-a-dictator/',
          label: 'CBS News',
        },
      ],
    },
    {
      id: 'yellen-beijing-2023',
      start: '2023-07-06',
      end: '2023-07-09',
      title: 'Yellen visits Beijing',
      summary:
        'On a four-day trip, Yellen met Premier Li Qiang at the Great Hall of the People on 7 July and Vice Premier ' +
        'He Lifeng at the Diaoyutai State Guesthouse on 8 July. She called the talks "candid and constructive" and ' +
        'defended "targeted" US technology curbs.',
      kind: 'visit',
      place: BEIJING,
      timeZone: 'Asia/Shanghai',
      participants: ['Janet Yellen', 'Li Qiang', 'He Lifeng'],
      outcomes: ['Led to economic and financial working groups, launched in September 2023'],
      sources: [
        {
          href: 'https://www.republicworld.com/world-news/china/us-treasury-secretary-yellens-china-visit-heres-all-you-need-to-know-imageid-1.html',
          label: 'Republic World',
        },
        {
          href: 'https://mondovisione.com/media-and-resources/news/readout-us-secretary-of-the-treasury-janet-l-yellens-meeting-with-premier-li/',
          label: 'Mondo Visione (Treasury readout)',
        },
      ],
    },
    {
      id: 'blinken-wang-jakarta-2023',
      start: '2023-07-13',
      title: 'Blinken and Wang Yi meet in Jakarta',
      summary:
        'Late on 13 July, on the sidelines of the ASEAN meetings, Blinken met Wang Yi, who came in place of Foreign ' +
        'Minister Qin Gang, reported to be away for "health reasons". The talks were described as "candid and ' +
        'constructive", and the US side stressed the Taiwan Strait.',
      kind: 'visit',
      place: { city: 'Jakarta', country: 'Indonesia', lat: -6.2, lon: 106.8 },
      timeZone: 'Asia/Jakarta',
      participants: ['Antony Blinken', 'Wang Yi'],
      outcomes: [],
      sources: [
        {
          href: 'https://timeturk.com/en/blinken-meets-china-s-wang-yi-in-jakarta-to-responsibly-manage-competition/news-79122',
          label: 'TimeTurk',
        },
        {
          href: 'https://www.ksat.com/news/world/2023/07/14/blinken-meets-wang-yi-in-indonesia-but-the-region-remains-wary-of-the-us-china-rivalry/',
          label: 'KSAT',
        },
      ],
    },
    {
      id: 'kerry-beijing-2023',
      start: '2023-07-16',
      end: '2023-07-19',
      title: 'Kerry’s climate talks in Beijing',
      summary:
        'Climate envoy John Kerry held talks with his counterpart Xie Zhenhua at a Beijing hotel, including about ' +
        'five hours on 18 July, and also met Wang Yi, Premier Li Qiang and Vice President Han Zheng. The talks were ' +
        'part of the process that led to the Sunnylands Statement.',
      kind: 'visit',
      place: BEIJING,
      timeZone: 'Asia/Shanghai',
      participants: ['John Kerry', 'Xie Zhenhua', 'Wang Yi', 'Li Qiang', 'Han Zheng'],
      outcomes: [],
      sources: [
        { href: 'https://globaltimes.cn/page/202307/1294196.shtml', label: 'Global Times (Chinese state media)' },
        { href: 'https://bdnews24.com/world/tlxz8zvmx1', label: 'bdnews24.com' },
      ],
    },
    {
      id: 'raimondo-china-2023',
      start: '2023-08-27',
      end: '2023-08-30',
      title: 'Raimondo visits China',
      summary:
        'Commerce Secretary Gina Raimondo arrived in Beijing on 27 August and met Commerce Minister Wang Wentao for ' +
        'about four hours the next day, then Li Qiang, He Lifeng and culture and tourism minister Hu Heping. She ' +
        'ended the trip in Shanghai.',
      kind: 'visit',
      place: { name: 'Ministry of Commerce', city: 'Beijing', country: 'China', lat: 39.9, lon: 116.4 },
      timeZone: 'Asia/Shanghai',
      participants: ['Gina Raimondo', 'Wang Wentao', 'Li Qiang', 'He Lifeng', 'Hu Heping'],
      outcomes: [
        'A vice-minister-level working group on commercial issues, meeting twice a year',
        'An information exchange on export-control enforcement',
        'Technical talks on trade secrets',
        'Annual minister-level meetings',
        'A tourism event in 2024',
      ],
      sources: [
        {
          href: 'https://www.einpresswire.com/article/652561729/readout-of-secretary-raimondo-s-meeting-with-minister-of-commerce-of-the-people-s-republic-of-china-wang-wentao',
          label: 'EIN Presswire (Commerce readout)',
        },
        {
          href: 'https://www.rocketnews.com/2023/08/heres-what-the-u-s-hopes-china-will-do-after-raimondos-trip/',
          label: 'RocketNews',
        },
      ],
    },
    {
      id: 'sullivan-wang-malta-2023',
      start: '2023-09-16',
      end: '2023-09-17',
      title: 'Sullivan and Wang Yi meet in Malta',
      summary:
        'Over a weekend in Malta, Sullivan and Wang Yi talked for about 12 hours in two sessions, which both sides ' +
        'called "candid, substantive and constructive". They discussed relations, Ukraine, the Taiwan Strait and a ' +
        'possible leaders’ meeting; Sullivan also met Prime Minister Robert Abela.',
      kind: 'visit',
      // The venue was not reported; the pin is a loose one near Valletta.
      place: { country: 'Malta', lat: 35.9, lon: 14.51 },
      timeZone: 'Europe/Malta',
      participants: ['Jake Sullivan', 'Wang Yi', 'Robert Abela'],
      outcomes: [],
      sources: [
        {
          href: 'https://timesofmalta.com/articles/view/us-china-meet-malta-discuss-potential-meeting-biden-xi.1055710',
          label: 'Times of Malta',
        },
        { href: 'https://news-pravda.com/usa/2023/09/17/96974.html', label: 'News-Pravda (TASS; length of the talks)' },
        {
          href: 'https://markcamilleri.org/2023/09/17/chinas-foreign-minister-wang-yi-to-travel-to-moscow-to-meet-lavrov-following-malta-meeting-jake-sullivan/',
          label: 'Mark Camilleri',
        },
      ],
    },
    {
      id: 'xi-newsom-2023',
      start: '2023-10-25',
      title: 'Xi meets Governor Newsom',
      summary:
        'Xi received California Governor Gavin Newsom at the Great Hall of the People for about 45 minutes. They ' +
        'discussed climate, cooperation below the national level and fentanyl precursors, and Newsom urged Xi to ' +
        'attend APEC in San Francisco.',
      kind: 'visit',
      place: GREAT_HALL,
      timeZone: 'Asia/Shanghai',
      participants: [XI_JINPING, 'Gavin Newsom'],
      outcomes: [],
      sources: [
        {
          href: 'http://gb.china-embassy.gov.cn/eng/zgyw/202310/t20231030_11170383.htm',
          label: 'Chinese Embassy in the UK (official)',
        },
        {
          href: 'https://sfist.com/2023/10/25/in-surprise-meeting-with-xi-jinping-newsom-talks-fentanyl-encourages-xi-to-attend-apec-summit',
          label: 'SFist',
        },
      ],
    },
    {
      id: 'wang-yi-washington-2023',
      start: '2023-10-26',
      end: '2023-10-28',
      title: 'Wang Yi visits Washington and meets Biden',
      summary:
        'On the first visit to Washington by a Chinese foreign minister since 2018, Wang Yi held two rounds of talks ' +
        'with Blinken at the State Department and met Sullivan, about nine hours in all. Biden received him at the ' +
        'White House on 27 October for about an hour. The US side raised military channels, the South and East China ' +
        'Seas, Taiwan, fentanyl and detained Americans.',
      kind: 'visit',
      place: STATE_DEPARTMENT,
      timeZone: 'America/New_York',
      participants: ['Wang Yi', 'Antony Blinken', 'Jake Sullivan', JOE_BIDEN],
      outcomes: ['Both sides agreed to work toward a Biden–Xi meeting'],
      sources: [
        {
          href: 'https://www.tribuneindia.com/news/world/us-china-agree-to-work-towards-expected-biden-xi-summit-in-november-557452',
          label: 'The Tribune',
        },
        { href: 'https://www.globaltimes.cn/page/202310/1300740.shtml', label: 'Global Times (Chinese state media)' },
      ],
    },
    {
      id: 'sunnylands-statement-2023',
      start: '2023-11-04',
      end: '2023-11-07',
      title: 'Sunnylands climate talks',
      summary:
        'Kerry and Xie Zhenhua met for four days at Sunnylands in Rancho Mirage, California. The climate statement ' +
        'that came out of the talks, the Sunnylands Statement, was released on 14 November, the eve of Filoli, and ' +
        'carried by Xinhua on 15 November.',
      kind: 'visit',
      place: { name: 'Sunnylands', city: 'Rancho Mirage', country: 'United States', lat: 33.78, lon: -116.4 },
      timeZone: 'America/Los_Angeles',
      participants: ['John Kerry', 'Xie Zhenhua'],
      outcomes: [
        'The Sunnylands Statement on climate',
        'Economy-wide national climate targets (NDCs) for 2035',
        'Action on methane',
        'Tripling renewable energy',
        'Climate cooperation below the national level',
      ],
      sources: [
        {
          href: 'http://en.people.cn/n3/2023/1115/c90000-20097685.html',
          label: 'People’s Daily (Chinese state media)',
        },
        { href: 'https://resilientllp.com/tag/hfcs/', label: 'Resilient LLP' },
      ],
    },
    {
      id: 'yellen-he-lifeng-san-francisco-2023',
      start: '2023-11-09',
      end: '2023-11-10',
      title: 'Yellen and He Lifeng meet in San Francisco',
      summary:
        'Yellen and Vice Premier He Lifeng held two days of talks in San Francisco. Yellen said they had "laid the ' +
        'groundwork" for the Biden–Xi meeting.',
      kind: 'visit',
      place: { city: 'San Francisco', country: 'United States', lat: 37.77, lon: -122.42 },
      timeZone: 'America/Los_Angeles',
      participants: ['Janet Yellen', 'He Lifeng'],
      outcomes: [],
      sources: [
        { href: 'https://home.treasury.gov/news/press-releases/jy1882', label: 'US Treasury' },
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
        'Xi left Beijing on the evening of 14 November with Cai Qi and Wang Yi and, crossing the date line, landed at ' +
        'San Francisco International Airport the same afternoon local time. Governor Newsom and Yellen received him.',
      kind: 'visit',
      place: { name: 'San Francisco International Airport', country: 'United States', lat: 37.62, lon: -122.38 },
      timeZone: 'America/Los_Angeles',
      participants: [XI_JINPING, 'Cai Qi', 'Wang Yi', 'Gavin Newsom', 'Janet Yellen'],
      outcomes: [],
      sources: [
        {
          href: 'http://en.people.cn/n3/2023/1115/c90000-20097181.html',
          label: 'People’s Daily (Chinese state media)',
        },
        { href: 'https://m.koreaherald.com/amp/view.php?ud=20231114000822', label: 'The Korea Herald' },
      ],
    },

    // A7: Filoli.
    {
      id: 'filoli-2023',
      start: '2023-11-15T11:20-08:00',
      title: 'Second in-person meeting, Filoli',
      summary:
        'On Xi’s first visit to the United States in about six years, on the sidelines of APEC, the two met at the ' +
        'Filoli estate for talks in its ballroom, a working lunch and a walk in the garden, about four hours in all; ' +
        'in Beijing it was already 16 November. Biden called the meeting "constructive and productive", and Xi said ' +
        '"turning our back on each other is not an option". There was no joint statement.',
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
        'High-level military-to-military communication resumed, including defence policy talks and MMCA meetings',
        'Counternarcotics cooperation restarted, with a new counternarcotics working group and action on fentanyl precursors',
        'Government-to-government talks on the risks and safety of advanced AI',
        'More passenger flights from early 2024 and more educational, business and people-to-people exchanges',
        'Direct leader contact: either can pick up the phone',
        'Climate cooperation acknowledged',
      ],
      sources: [
        {
          href: 'https://interaksyon.philstar.com/politics-issues/2023/11/16/264852/biden-says-blunt-talks-with-xi-yield-deals-on-military-fentanyl-ai/',
          label: 'Interaksyon',
        },
        {
          href: 'https://almanacnews.com/news/2023/11/15/president-joe-biden-and-chinese-president-xi-jinping-offer-hope-of-improved-relations-at-woodside-meeting',
          label: 'The Almanac (start time)',
        },
        {
          href: 'https://diyatvusa.com/biden-jinping-strike-diplomatic-chords-at-bay-area-apec-summit/',
          label: 'Diya TV (military talks)',
        },
        {
          href: 'https://news.cgtn.com/news/2023-11-16/Xi-Biden-had-candid-in-depth-exchange-of-views-1oLLTrbjFqo/index.html',
          label: 'CGTN (Xinhua readout; Chinese state media)',
        },
        { href: 'https://filoli.org/?p=13918', label: 'Filoli (venue)' },
      ],
    },
  ],
};

import { plural } from './plural.js';
import type { TimelineStrings } from './strings.js';

/** Arabic interface text. */
export const strings: TimelineStrings = {
  timeline: 'خط زمني',
  events: 'الأحداث بترتيبها الزمني',
  listView: 'عرض القائمة',
  showing: (range) => `المعروض: ${range}`,
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  fit: 'عرض الكل',
  close: 'إغلاق',
  next: 'التالي',
  previous: 'السابق',
  retry: 'إعادة المحاولة',
  why: 'لماذا؟',
  date: 'التاريخ',
  localTime: 'التوقيت المحلي',
  place: 'المكان',
  participants: 'المشاركون',
  outcomes: 'النتائج',
  sources: 'المصادر',
  details: 'تفاصيل الحدث',
  lanes: { 'in-person': 'لقاءات مباشرة', video: 'فيديو', phone: 'هاتف', visit: 'زيارات', incident: 'حوادث' },
  other: 'أخرى',
  skipped: (count, n) =>
    plural('ar', n, {
      zero: `تم تخطي ${count} عنصر.`,
      one: 'تم تخطي عنصر واحد.',
      two: 'تم تخطي عنصرين.',
      few: `تم تخطي ${count} عناصر.`,
      many: `تم تخطي ${count} عنصرًا.`,
      other: `تم تخطي ${count} عنصر.`,
    }),
  loadFailed: (src, reason) => `تعذر تحميل ${src}: ${reason}.`,
  between: (days, from, to) => `${days} بين اللقاءين المباشرين في ${from} و${to}`,
  more: (count) => `${count} أحداث أخرى هنا؛ كبّر العرض`,
  days: (count, n) =>
    plural('ar', n, {
      zero: `${count} يوم`,
      one: 'يوم واحد',
      two: 'يومان',
      few: `${count} أيام`,
      many: `${count} يومًا`,
      other: `${count} يوم`,
    }),
  downloadSvg: 'تنزيل SVG',
  downloadPng: 'تنزيل PNG',
  exportFailed: (reason) => `تعذّر تصدير المخطط: ${reason}`,
};

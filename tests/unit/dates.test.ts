import { describe, expect, it } from 'vitest';
import { formatDate, formatRange } from '../../src/lib/content/dates.ts';
import { findDates } from '../../src/lib/editorial/find-dates.ts';

const iso = (text: string) => findDates(text).map((d) => d.date.toISOString().slice(0, 10));

describe('findDates, in the four official languages', () => {
  it.each([
    ['date 2023-11-29 The 2023 General Assembly', '2023-11-29', 'iso'],
    ['27 November 2023', '2023-11-27', 'en'],
    ['Lyon, November 27, 2023 –', '2023-11-27', 'en'],
    ['1 December 2023', '2023-12-01', 'en'],
    ['le 27 novembre 2023 à Vienne', '2023-11-27', 'fr'],
    ['1er décembre 2023', '2023-12-01', 'fr'],
    ['11 juin 2024', '2024-06-11', 'fr'],
    ['el 27 de noviembre de 2023', '2023-11-27', 'es'],
    ['11 de junio de 2024', '2024-06-11', 'es'],
    ['1 de diciembre de 2023', '2023-12-01', 'es'],
    ['١١ يونيو، ٢٠٢٤', '2024-06-11', 'ar'],
    ['٢٧ نوفمبر ٢٠٢٣', '2023-11-27', 'ar'],
    ['1 ديسمبر 2023', '2023-12-01', 'ar'],
    ['١١ حزيران ٢٠٢٤', '2024-06-11', 'ar'],
  ])('reads “%s” as %s (%s)', (text, expected, language) => {
    const [found] = findDates(text);
    expect(found?.date.toISOString().slice(0, 10)).toBe(expected);
    expect(found?.language).toBe(language);
  });

  it('skips impossible dates and half dates', () => {
    expect(iso('2023-02-30, 31 April 2024, 30 février 2023')).toEqual([]);
    expect(iso('in September 2015, in June 2016, in November')).toEqual([]);
    expect(iso('Vienna 12 Things 2023')).toEqual([]);
  });

  it('finds every date in order', () => {
    expect(iso('Signed 23 May 2016; met 11 juin 2024; ٢٧ نوفمبر ٢٠٢٣')).toEqual(['2016-05-23', '2024-06-11', '2023-11-27']);
  });
});

describe('date formatting', () => {
  it('prints at the precision known', () => {
    expect(formatDate(new Date('2016-05-23'), 'month')).toBe('May 2016');
    expect(formatDate(new Date('1923-01-01'), 'year')).toBe('1923');
    expect(formatRange(new Date('2024-06-11'), new Date('2024-06-13'))).toBe('11–13 June 2024');
    expect(formatRange(new Date('2023-11-28'), new Date('2023-12-01'))).toBe('28 November – 1 December 2023');
  });
});

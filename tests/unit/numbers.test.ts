import { describe, expect, test } from 'vitest';
import { findNumbers, parseSpelled, readNumber, readValueAttribute } from '../../src/core/numbers';
import { processReading } from '../../src/pipeline/index';
import { loadSpeakers } from '../../src/site/speakers-dir';

const found = (text: string) => findNumbers(text).map((n) => [n.text, n.kind, n.value, ...(n.unit ? [n.unit] : []), ...(n.qualifier ? [`q:${n.qualifier}`] : [])]);

describe('numbers in running text', () => {
  test.each([
    ['there were 2,745 radicalized MEK', [['2,745', 'count', 2745]]],
    ['a 3.5 per cent rise', [['3.5 per cent', 'percent', 3.5, '%']]],
    ['around 70% of MPs', [['around 70%', 'percent', 70, '%', 'q:around']]],
    ['on Tuesday 10th April', [['Tuesday 10th April', 'date', '--04-10']]],
    ['the 10th time', [['10th', 'ordinal', 10]]],
    ['since 2013', [['2013', 'date', '2013']]],
    ['in April 2018', [['April 2018', 'date', '2018-04']]],
    ['on 5 March 2024,', [['5 March 2024', 'date', '2024-03-05']]],
    ['March 3, 2019', [['March 3, 2019', 'date', '2019-03-03']]],
    ['€48 million', [['€48 million', 'currency', 48000000, 'EUR']]],
    ['$2.3bn', [['$2.3bn', 'currency', 2300000000, 'USD']]],
    ['£5m', [['£5m', 'currency', 5000000, 'GBP']]],
    ['nearly $120,000', [['nearly $120,000', 'currency', 120000, 'USD', 'q:nearly']]],
    ['500 euros', [['500 euros', 'currency', 500, 'EUR']]],
    ['3.5 km', [['3.5 km', 'measure', 3.5, 'km']]],
    ['over thirty of her colleagues', [['over thirty', 'count', 30, 'q:over']]],
    ['two hundred and fifty men', [['two hundred and fifty', 'count', 250]]],
    ['twenty-five years', [['twenty-five years', 'measure', 25, 'years']]],
    ['seventy per cent', [['seventy per cent', 'percent', 70, '%']]],
    ['more than 200 signatures', [['more than 200', 'count', 200, 'q:more than']]],
    ['five and six', [['five', 'count', 5], ['six', 'count', 6]]],
    ['Five members came', [['Five', 'count', 5]]],
    ['at 10:30', [['10:30', 'time', '10:30']]],
    ['at 4:15 pm', [['4:15 pm', 'time', '16:15']]],
    // Ranges: the second number's unit and scale are the first's too.
    ['a 10–12% rise', [['10', 'percent', 10, '%'], ['12%', 'percent', 12, '%']]],
    ['up 10-12% on the year', [['10', 'percent', 10, '%'], ['12%', 'percent', 12, '%']]],
    ['around 12–15 per cent', [['around 12', 'percent', 12, '%', 'q:around'], ['15 per cent', 'percent', 15, '%']]],
    ['between 10 and 12 per cent', [['10', 'percent', 10, '%'], ['12 per cent', 'percent', 12, '%']]],
    ['£1.5bn-£2bn', [['£1.5bn', 'currency', 1500000000, 'GBP'], ['£2bn', 'currency', 2000000000, 'GBP']]],
    ['£1.5bn to £2bn', [['£1.5bn', 'currency', 1500000000, 'GBP'], ['£2bn', 'currency', 2000000000, 'GBP']]],
    ['1.5 to 2 million people', [['1.5', 'count', 1500000], ['2 million', 'count', 2000000]]],
    ['10 to 12 years', [['10', 'measure', 10, 'years'], ['12 years', 'measure', 12, 'years']]],
    ['ten and twelve', [['ten', 'count', 10], ['twelve', 'count', 12]]],
    ['from 2019 to 2021', [['2019', 'date', '2019'], ['2021', 'date', '2021']]],
    ['pages 10-12', [['10', 'count', 10]]],
    ['a 5-4 vote', [['5', 'count', 5]]],
    ['on 2024-03-05 at noon', [['2024-03-05', 'date', '2024-03-05']]],
    ['-3°C overnight', [['-3°C', 'measure', -3, '°C']]],
    ['10-15 °C', [['10', 'measure', 10, '°C'], ['15 °C', 'measure', 15, '°C']]],
    ['CHF 40m', [['CHF 40m', 'currency', 40000000, 'CHF']]],
    ['USD 5bn', [['USD 5bn', 'currency', 5000000000, 'USD']]],
    ['50 km/h', [['50 km/h', 'measure', 50, 'km/h']]],
    ['in the 2nd half', [['2nd', 'ordinal', 2]]],
    ['Section 230 cost 12% of it', [['12%', 'percent', 12, '%']]],
    ['$5-10 million', [['$5', 'currency', 5000000, 'USD'], ['10 million', 'currency', 10000000, 'USD']]],
    ['£1.5-2bn', [['£1.5', 'currency', 1500000000, 'GBP'], ['2bn', 'currency', 2000000000, 'GBP']]],
    ['call 1-800-555-0199 now', []],
    ['a 4-4-2 formation', [['4', 'count', 4]]],
    ['Sections 3-5 and Articles 5 and 6, Page 10 to 12', [['6', 'count', 6]]],
    ['two quarters of negative growth', [['two', 'count', 2]]],
    ['in two halves', [['two', 'count', 2]]],
    ['three-quarters of voters', []],
    ['He was a cad 10 years ago', [['10 years', 'measure', 10, 'years']]],
    ['CHF 3 times a week', [['3', 'count', 3]]],
    ['CNY 2024 in Beijing', [['2024', 'date', '2024']]],
    ['The IRS sent $1,400 to 85 million Americans', [['$1,400', 'currency', 1400, 'USD'], ['85 million', 'count', 85000000]]],
    ['Under Article 7, 26 member states', [['26', 'count', 26]]],
    ['Ward 5 has 3,000 voters', [['3,000', 'count', 3000]]],
    ['a page of 40 lines', [['40', 'count', 40]]],
    // A scale before a unit scales it; a bare "m" is a million only of things counted.
    ['emissions reached 57.4 billion tonnes', [['57.4 billion tonnes', 'measure', 57400000000, 'tonnes']]],
    ['2.5 million years ago', [['2.5 million years', 'measure', 2500000, 'years']]],
    ['won the 100m in 9.91 seconds', [['100m', 'measure', 100, 'm'], ['9.91 seconds', 'measure', 9.91, 'seconds']]],
    ['a 2m wall', [['2m', 'measure', 2, 'm']]],
    ['the club paid the 100m fee', [['100m', 'count', 100000000]]],
    // Canadian style: a scale or "per cent" hyphened to the figure.
    ['a $2.5-billion bridge and a 20-per-cent rise', [['$2.5-billion', 'currency', 2500000000, 'USD'], ['20-per-cent', 'percent', 20, '%']]],
    ['a 5-million euro loan', [['5-million euro', 'currency', 5000000, 'EUR']]],
    // A range of percentages: the second is no negative number.
    ['Support was 52%-48%; 5%-10%', [['52%', 'percent', 52, '%'], ['48%', 'percent', 48, '%'], ['5%', 'percent', 5, '%'], ['10%', 'percent', 10, '%']]],
    // A score: its first number, as with a hyphen.
    ['beat Valmora 3–1 and drew 2–2', [['3', 'count', 3], ['2', 'count', 2]]],
    ['10–12 people', [['10', 'count', 10], ['12', 'count', 12]]],
    // A range shares the scale its second figure is written with.
    ['from two to three million', [['two', 'count', 2000000], ['three million', 'count', 3000000]]],
    ['£2.5bn to 3bn', [['£2.5bn', 'currency', 2500000000, 'GBP'], ['3bn', 'currency', 3000000000, 'GBP']]],
    // Telephone numbers are no quantities.
    ['call 0800 123 4567, +44 20 7946 0958 or (555) 123-4567', []],
    ['9.58 seconds, 300 feet, 250 km², 2 million barrels, 500 MW', [['9.58 seconds', 'measure', 9.58, 'seconds'], ['300 feet', 'measure', 300, 'feet'], ['250 km²', 'measure', 250, 'km²'], ['2 million barrels', 'measure', 2000000, 'barrels'], ['500 MW', 'measure', 500, 'MW']]],
    ['500 yen, 10,000 yuan, 5 million US dollars, 20 Swiss francs, R$5bn, ₩1 trillion', [['500 yen', 'currency', 500, 'JPY'], ['10,000 yuan', 'currency', 10000, 'CNY'], ['5 million US dollars', 'currency', 5000000, 'USD'], ['20 Swiss francs', 'currency', 20, 'CHF'], ['R$5bn', 'currency', 5000000000, 'BRL'], ['₩1 trillion', 'currency', 1000000000000, 'KRW']]],
    ['a 50p coin in 1080p', [['50p', 'currency', 0.5, 'GBP']]],
    // Found by review: what the rules above must not take.
    ['Opening times are 9–5; open 24–7; a 2–1 lead', [['9', 'count', 9], ['5', 'count', 5], ['24', 'count', 24], ['7', 'count', 7], ['2', 'count', 2]]],
    ['The government gave $1bn to 5 million households', [['$1bn', 'currency', 1000000000, 'USD'], ['5 million', 'count', 5000000]]],
    ['In 2010 Rand Paul won; meet at 5p.m.; a 2P mode', [['2010', 'date', '2010']]],
    ['He won the 100m men’s final, then the 100m and 200m', [['100m', 'measure', 100, 'm'], ['100m', 'measure', 100, 'm'], ['200m', 'measure', 200, 'm']]],
    ['100 km/h and 2 second-half goals', [['100 km/h', 'measure', 100, 'km/h'], ['2', 'count', 2]]],
    ['About 050 123 4567, not +12 15 20 points', [['12', 'count', 12], ['15', 'count', 15], ['20', 'count', 20]]],
    ['won 30–40 seats but lost 1–3 to Valmora; a 28:31 defeat', [['30', 'count', 30], ['40', 'count', 40], ['1', 'count', 1]]],
    ['She won the 200m. Then the 400m, in Rome', [['200m', 'measure', 200, 'm'], ['400m', 'measure', 400, 'm']]],
    ['2m people and 85m Americans', [['2m', 'count', 2000000], ['85m', 'count', 85000000]]],
    ['Rs 10 lakh crore, ₹20,000 crore', [['Rs 10 lakh crore', 'currency', 10000000000000, 'INR'], ['₹20,000 crore', 'currency', 200000000000, 'INR']]],
    ['A$5bn, HK$10bn and C$3m', [['A$5bn', 'currency', 5000000000, 'AUD'], ['HK$10bn', 'currency', 10000000000, 'HKD'], ['C$3m', 'currency', 3000000, 'CAD']]],
    ['lost an average of 7 pounds over 12 months', [['7 pounds', 'measure', 7, 'pounds'], ['over 12 months', 'measure', 12, 'months']]],
    ['it cost 50 pounds', [['50 pounds', 'currency', 50, 'GBP']]],
    ['$600bn over four years', [['$600bn', 'currency', 600000000000, 'USD'], ['four years', 'measure', 4, 'years']]],
    ['they plan to march 20 miles', [['20 miles', 'measure', 20, 'miles']]],
    ['Jan. 6, 2021 and Sept 11, 2001', [['Jan. 6, 2021', 'date', '2021-01-06'], ['Sept 11, 2001', 'date', '2001-09-11']]],
    ['in 2024–25', [['2024', 'date', '2024']]],
    ['net zero by 2050', [['2050', 'date', '2050']]],
    ['10 000 people', [['10 000', 'count', 10000]]],
    ['The UK population is 67m; the club paid 40m', [['67m', 'count', 67000000], ['40m', 'count', 40000000]]],
    ['The bank lost 7 million pounds', [['7 million pounds', 'currency', 7000000, 'GBP']]],
    ['for the first time in over 20 years', [['over 20 years', 'measure', 20, 'years', 'q:over']]],
    ['On March 5 200 protesters gathered', [['March 5', 'date', '--03-05'], ['200', 'count', 200]]],
    ['A$1.5bn-A$2bn', [['A$1.5bn', 'currency', 1500000000, 'AUD'], ['A$2bn', 'currency', 2000000000, 'AUD']]],
    ["China's ¥1tn stimulus", [['¥1tn', 'currency', 1000000000000, 'CNY']]],
    ['a ¥1,000 ticket in Tokyo', [['¥1,000', 'currency', 1000, 'JPY']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test.each([
    'no one came',
    'one of them',
    'the one that got away',
    'in Camp Ashraf Three, they',
    'the G7 summit',
    'COVID-19 cases',
    'US-Russia tensions',
    'a ratio x:y',
    'someone, anyone, everyone',
    'often, tenfold, seventeenth',
    // Fractions and numbers written with slashes are not read at all rather than read wrong.
    'two-thirds of voters',
    'two thirds of voters',
    'on 5/11/2024',
    'the 2023/24 budget',
    'open 24/7',
    'a zero-sum game, zero tolerance, ground zero',
    // A label's number says which one, not how many.
    'under Article 50 of the treaty',
    'Section 230 protects platforms',
    'outside No. 10 on Monday',
    'Flight 370 vanished',
  ])('no number in %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('numerals as the reading’s language writes them', () => {
  const inLang = (lang: string, text: string) => findNumbers(text, lang).map((n) => [n.text, n.kind, n.value, ...(n.unit ? [n.unit] : []), ...(n.qualifier ? [`q:${n.qualifier}`] : [])]);
  test.each([
    ['de', 'Rund 1.000 Menschen, die Polizei sprach von 1.200', [['Rund 1.000', 'count', 1000, 'q:rund'], ['1.200', 'count', 1200]]],
    ['de', '3,5 Mio. Euro und 17,7 Milliarden Euro', [['3,5 Mio. Euro', 'currency', 3500000, 'EUR'], ['17,7 Milliarden Euro', 'currency', 17700000000, 'EUR']]],
    ['de', '12,5 Prozent', [['12,5 Prozent', 'percent', 12.5, '%']]],
    ['de', '12 000 Euro, 2 000,50 Euro', [['12 000 Euro', 'currency', 12000, 'EUR'], ['2 000,50 Euro', 'currency', 2000.5, 'EUR']]],
    ['es-MX', '1,500 personas', [['1,500', 'count', 1500]]],
    ['fr', '2,5 millions', [['2,5 millions', 'count', 2500000]]],
    ['es', '3,5 millones de euros', [['3,5 millones de euros', 'currency', 3500000, 'EUR']]],
    ['fr', '10 000 manifestants, dont 1 200 à Lyon', [['10 000', 'count', 10000], ['1 200', 'count', 1200]]],
    ['fr', '17,7 milliards d’euros, 7,3 %', [['17,7 milliards d’euros', 'currency', 17700000000, 'EUR'], ['7,3 %', 'percent', 7.3, '%']]],
    ['fr', 'un menu à 4,99 € et 1 500 € de loyer', [['4,99 €', 'currency', 4.99, 'EUR'], ['1 500 €', 'currency', 1500, 'EUR']]],
    ['de', '48 Mrd. € für 3.000.000 € Kredit', [['48 Mrd. €', 'currency', 48000000000, 'EUR'], ['3.000.000 €', 'currency', 3000000, 'EUR']]],
    // Dates, clock times and qualifiers as the reading's language writes them.
    ['fr', 'Le 14 juillet 2023 à 14 h 30, environ 1 000 manifestants', [['14 juillet 2023', 'date', '2023-07-14'], ['14 h 30', 'time', '14:30'], ['environ 1 000', 'count', 1000, 'q:environ']]],
    ['de', 'Am 3. Oktober 2024 um 14.30 Uhr kamen rund 1.000 Menschen', [['3. Oktober 2024', 'date', '2024-10-03'], ['14.30 Uhr', 'time', '14:30'], ['rund 1.000', 'count', 1000, 'q:rund']]],
    ['es', 'el 5 de mayo de 2024 llegaron unos 300', [['5 de mayo de 2024', 'date', '2024-05-05'], ['unos 300', 'count', 300, 'q:unos']]],
    ['en', 'a fast 100 cars in Mai 2020', [['100', 'count', 100], ['2020', 'date', '2020']]],
    ['es', 'El 5 de octubre de 2024, en diciembre de 2020; hasta 2030', [['5 de octubre de 2024', 'date', '2024-10-05'], ['diciembre de 2020', 'date', '2020-12'], ['2030', 'date', '2030']]],
    ['fr', 'La mission Mars 2020 durera 48 h, dès 8 h', [['2020', 'date', '2020'], ['48 h', 'measure', 48, 'hours'], ['8 h', 'time', '08:00']]],
    ['de', 'bis 24 Uhr', [['24 Uhr', 'time', '24:00']]],
    ['it', 'circa 2000 persone', [['circa 2000', 'count', 2000, 'q:circa']]],
    ['es', 'hasta 2000 personas', [['hasta 2000', 'count', 2000, 'q:hasta']]],
    ['fr', 'une grève de 24 h; il était 14 h 30', [['24 h', 'measure', 24, 'hours'], ['14 h 30', 'time', '14:30']]],
    // In English a dot is a decimal point.
    ['en', '1.000 and 3.5', [['1.000', 'count', 1], ['3.5', 'count', 3.5]]],
  ])('%s: %s', (lang, text, expected) => {
    expect(inLang(lang, text)).toEqual(expected);
  });
});

test('a reading in German gets its numbers read the German way, in the text and in :num', async () => {
  const { speakers } = await loadSpeakers('tests/fixtures/_speakers', '.');
  const model = await processReading('---\ntitle: T\nauthor: author\nlang: de\n---\n\nRund 1.000 Menschen kamen; :num[3,5 Mio. Euro] flossen.\n', 'de.md', { speakers, base: '/' });
  expect(model.numbers.map((n) => [n.text, n.value])).toEqual([['Rund 1.000', 1000], ['3,5 Mio. Euro', 3500000]]);
});

describe('spelled numbers', () => {
  test('stops where the words stop forming one number', () => {
    expect(parseSpelled(['two', 'hundred', 'and', 'fifty'])).toEqual({ value: 250, used: 4 });
    expect(parseSpelled(['three', 'thousand', 'four', 'hundred'])).toEqual({ value: 3400, used: 4 });
    expect(parseSpelled(['five', 'six'])).toEqual({ value: 5, used: 1 });
    expect(parseSpelled(['hundred'])).toBeNull();
  });
});

describe('explicit numbers', () => {
  test('reads the figure in a :num label, or none', () => {
    expect(readNumber('2,745')?.value).toBe(2745);
    expect(readNumber('a few')).toBeNull();
  });
  test('value= takes numbers and dates only', () => {
    expect(readValueAttribute('4000')).toBe(4000);
    expect(readValueAttribute('2016-12')).toBe('2016-12');
    expect(readValueAttribute('lots')).toBeNull();
  });
});

describe('digits of other scripts', () => {
  test('Persian and Arabic-Indic numerals are numbers', () => {
    expect(found('۳۰ درصد و ۲٬۵۰۰ نفر')).toEqual([
      ['۳۰ درصد', 'percent', 30, '%'],
      ['۲٬۵۰۰', 'count', 2500],
    ]);
    expect(found('٤٥')).toEqual([['٤٥', 'count', 45]]);
    // Scale and currency words, and a year, in Arabic and Persian.
    expect(found('٨٥ مليار دولار في عام ٢٠٢٥')).toEqual([
      ['٨٥ مليار دولار', 'currency', 85000000000, 'USD'],
      ['٢٠٢٥', 'date', '2025'],
    ]);
    expect(found('۳ میلیون نفر و ۵۰۰ هزار تومان')).toEqual([
      ['۳ میلیون', 'count', 3000000],
      ['۵۰۰ هزار تومان', 'currency', 500000, 'IRT'],
    ]);
  });
});

describe('numbers are never put in a speaker’s mouth with a wrong value', () => {
  const values = (text: string) => findNumbers(text).map((n) => n.value);
  test('separators we do not read leave the number unread, not halved', () => {
    expect(values('growth of 1,5 million euros')).toEqual([]);
    expect(values('1.000.000 euros')).toEqual([]);
    expect(values('version 1.2.3 shipped')).toEqual([]);
    expect(values('4,000 people and 2.5% more, in 2016.')).toEqual([4000, 2.5, '2016']);
  });
  test('signs and "minus" keep numbers below zero', () => {
    expect(values('it fell to −5 degrees, then -12, then minus 40')).toEqual([-5, -12, -40]);
    expect(values('a loss of -$5 million, or $-3')).toEqual([-5_000_000, -3]);
    expect(values('COVID-19 and pages 5-10')).toEqual([5]);
  });
});

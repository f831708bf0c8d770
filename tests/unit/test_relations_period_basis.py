"""Period and basis on passages written for issue 15 (classes 1-3): values compared with,
figures whose period is not the one compared with, periods that govern a passage, fiscal
years, datelines, basis wordings, and the contract's conventions for figures without a
period (standing targets and shares, decisions on a day). Own wording, many economies."""

import pytest

import tradeie
from tradeie.normalize.periods import period_bounds
from tradeie.relate.scope import sequential_basis

ANY = "?"  # not checked

# (id, published, text, {figure text: (period, basis)})
CASES = [
    ('us-yearago-month', '2025-02-06',
     'WASHINGTON, Feb 6 -- U.S. exports climbed 2.1% to $266.5 billion in December from '
     '$261.0 billion in the year-ago month, the Commerce Department said.',
     {
         '2.1%': ('2024-12', 'yoy'),
         '$266.5 billion': ('2024-12', None),
         '$261.0 billion': ('2023-12', None),
     }),
    ('vn-against-date', '2025-04-06',
     "HANOI, April 6 (VNA) -- Vietnam's exports reached 35.6 billion USD in March, "
     'against 30.1 billion USD in March 2024, the General Statistics Office said.',
     {
         '35.6 billion USD': ('2025-03', None),
         '30.1 billion USD': ('2024-03', None),
     }),
    ('de-bracket', '2025-01-09',
     'Germany exported goods worth 131.5 billion euros in November 2024 [127.4 billion '
     'euros in November 2023], the Federal Statistical Office reported.',
     {
         '131.5 billion euros': ('2024-11', None),
         '127.4 billion euros': ('2023-11', None),
     }),
    ('th-year-before', '2025-02-20',
     "BANGKOK, Feb 20 -- Thailand's exports rose to $26.8 billion in January, compared "
     'with $24.1 billion a year before, the commerce ministry said.',
     {
         '$26.8 billion': ('2025-01', None),
         '$24.1 billion': ('2024-01', None),
     }),
    ('za-prev-month-bracket', '2025-03-31',
     "PRETORIA, March 31 -- South Africa's imports stood at R172.3 billion in February "
     '(R165.9 billion in the previous month), SARS said on Monday.',
     {
         'R172.3 billion': ('2025-02', None),
         'R165.9 billion': ('2025-01', None),
     }),
    ('us-originally-reported', '2025-02-06',
     'The November deficit was revised to $78.9 billion from $78.2 billion originally '
     'reported.',
     {
         '$78.9 billion': ('2024-11', None),
         '$78.2 billion': ('2024-11', None),
     }),
    ('ke-up-from-year', '2025-03-10',
     "NAIROBI, March 10 -- In 2024, Kenya's exports earned 1.02 trillion shillings, up "
     'from 872 billion shillings in 2023, the Kenya National Bureau of Statistics said.',
     {
         '1.02 trillion shillings': ('2024', None),
         '872 billion shillings': ('2023', None),
     }),
    ('cl-versus-year-earlier', '2025-06-08',
     "SANTIAGO, June 8 -- Chile's copper exports were worth $4.6 billion in May, versus "
     '$3.9 billion a year earlier, central bank data showed.',
     {
         '$4.6 billion': ('2025-05', None),
         '$3.9 billion': ('2024-05', None),
     }),
    ('ng-from-last-year-value', '2025-03-02',
     "LAGOS, March 2 -- Nigeria's total trade rose 73.2% to N137.6 trillion in 2024 from "
     'N79.5 trillion in 2023, the National Bureau of Statistics said.',
     {
         '73.2%': ('2024', 'yoy'),
         'N137.6 trillion': ('2024', None),
         'N79.5 trillion': ('2023', None),
     }),
    ('my-previous-year-comma', '2025-02-19',
     "KUALA LUMPUR, Feb 19 -- Malaysia's exports in January rose 0.3% to RM123.4 billion, "
     'compared with RM123.0 billion a year earlier, the statistics department said.',
     {
         '0.3%': ('2025-01', 'yoy'),
         'RM123.4 billion': ('2025-01', None),
         'RM123.0 billion': ('2024-01', None),
     }),
    ('id-up-from-month', '2024-12-16',
     "JAKARTA, Dec 16 -- Indonesia's exports reached $24.0 billion in November, up 11% "
     'from October, the statistics bureau said.',
     {
         '$24.0 billion': ('2024-11', None),
         '11%': ('2024-11', 'mom'),
     }),
    ('cn-points-faster', '2025-01-15',
     "BEIJING, Jan 15 -- China's industrial output grew 6.2% in December, 0.8 percentage "
     'points faster than in November, the statistics bureau said.',
     {
         '6.2%': ('2024-12', '?'),
         '0.8 percentage points': ('2024-12', 'mom'),
     }),
    ('br-higher-than-months', '2025-01-10',
     "BRASILIA, Jan 10 -- Brazil's annual inflation reached 4.83% in December, higher "
     "than November's 4.87%, the statistics agency IBGE said.",
     {
         '4.83%': ('2024-12', None),
         '4.87%': ('2024-11', None),
     }),
    ('gb-retail-from-month', '2025-01-17',
     'LONDON, Jan 17 -- British retail sales volumes fell 0.3% in December from November, '
     'the Office for National Statistics said.',
     {
         '0.3%': ('2024-12', 'mom'),
     }),
    ('ph-eased-from', '2025-03-05',
     'MANILA, March 5 -- Philippine inflation eased to 2.1% in February from 2.9% in '
     'January, the Philippine Statistics Authority said on Wednesday.',
     {
         '2.1%': ('2025-02', None),
         '2.9%': ('2025-01', None),
     }),
    ('vn-first-five-months', '2025-06-06',
     "HANOI, June 6 -- In the first five months of 2025, Vietnam's exports rose 14.4% to "
     '$180.2 billion. Imports increased 17.5% to $172.9 billion. The trade surplus '
     'reached $7.3 billion.',
     {
         '14.4%': ('2025-01/2025-05', '?'),
         '$172.9 billion': ('2025-01/2025-05', None),
         '17.5%': ('2025-01/2025-05', '?'),
         '$7.3 billion': ('2025-01/2025-05', None),
     }),
    ('ng-year-to-date', '2025-06-10',
     'Exports fell 3% in May. Year-to-date, exports totalled $120.4 billion, up 2.2% from '
     'the same period last year.',
     {
         '3%': ('2025-05', '?'),
         '$120.4 billion': ('2025-01/2025-05', None),
         '2.2%': ('2025-01/2025-05', 'yoy'),
     }),
    ('tr-cumulatively', '2025-08-02',
     "ANKARA, Aug 2 -- Turkey's exports rose 11% to $25.0 billion in July. Cumulatively, "
     'exports in January-July reached $156.4 billion, the trade ministry said.',
     {
         '$25.0 billion': ('2025-07', None),
         '$156.4 billion': ('2025-01/2025-07', None),
     }),
    ('az-reviewed-period', '2025-08-20',
     "BAKU, Aug 20 -- Azerbaijan's foreign trade turnover amounted to $28.4 billion in "
     'January-July. During the reviewed period, exports totalled $16.1 billion and '
     'imports $12.3 billion.',
     {
         '$28.4 billion': ('2025-01/2025-07', None),
         '$16.1 billion': ('2025-01/2025-07', None),
         '$12.3 billion': ('2025-01/2025-07', None),
     }),
    ('gb-three-months-to', '2025-04-11',
     'The UK trade deficit widened by £1.4 billion to £7.8 billion in the three months to '
     'February 2025, the Office for National Statistics said.',
     {
         '£1.4 billion': ('2024-12/2025-02', None),
         '£7.8 billion': ('2024-12/2025-02', None),
     }),
    ('gb-three-months-ending', '2025-05-15',
     'Goods exports increased by 2.1% in the three months ending in March, while imports '
     'fell 0.5%.',
     {
         '2.1%': ('2025-01/2025-03', '?'),
         '0.5%': ('2025-01/2025-03', '?'),
     }),
    ('au-12-months-to', '2025-02-06',
     "In the 12 months to December 2024, Australia's goods exports fell 4.1% to A$482 "
     'billion.',
     {
         '4.1%': ('2024', '?'),
         'A$482 billion': ('2024', None),
     }),
    ('ie-quarter-heading', '2025-06-12',
     'Quarter 1 2025\n\nGoods exports rose 52.7% to €98.1 billion. Imports increased 12.3% '
     'to €36.4 billion.',
     {
         '52.7%': ('2025-Q1', '?'),
         '€98.1 billion': ('2025-Q1', None),
         '€36.4 billion': ('2025-Q1', None),
     }),
    ('ng-in-q3', '2024-12-20',
     'In Q3 2024, total merchandise trade stood at 40.2 trillion naira. Exports were 22.3 '
     'trillion naira and imports 17.9 trillion naira.',
     {
         '40.2 trillion naira': ('2024-Q3', None),
         '22.3 trillion naira': ('2024-Q3', None),
         '17.9 trillion naira': ('2024-Q3', None),
     }),
    ('in-fy-2024-25', '2025-04-15',
     "NEW DELHI, April 15 -- India's merchandise exports rose 0.1% to $437.4 billion in "
     '2024-25, while imports increased 6.2% to $720.2 billion, the commerce ministry said.',
     {
         '$437.4 billion': ('2024-04/2025-03', None),
         '$720.2 billion': ('2024-04/2025-03', None),
     }),
    ('pk-this-fiscal', '2025-05-05',
     "ISLAMABAD, May 5 -- Pakistan's exports rose 6.3% to $26.9 billion in July-April of "
     'the current fiscal year, the Pakistan Bureau of Statistics said. Imports grew 9.1% '
     'to $48.1 billion.',
     {
         '$26.9 billion': ('2024-07/2025-04', None),
         '$48.1 billion': ('2024-07/2025-04', None),
     }),
    ('bd-preceding-fiscal', '2024-07-04',
     'DHAKA, July 4 -- Bangladesh earned $44.5 billion from exports in FY2023-24, down '
     'from $46.4 billion in the preceding fiscal year, the Export Promotion Bureau said.',
     {
         '$44.5 billion': ('2023-07/2024-06', None),
         '$46.4 billion': ('2022-07/2023-06', None),
     }),
    ('au-fiscal-year', '2024-09-05',
     "CANBERRA, Sept 5 -- Australia's exports fell 4.5% to A$671 billion in 2023-24, the "
     'Australian Bureau of Statistics said.',
     {
         'A$671 billion': ('2023-07/2024-06', None),
         '4.5%': ('2023-07/2024-06', '?'),
     }),
    ('jp-fiscal', '2025-04-17',
     "TOKYO, April 17 -- Japan's trade deficit narrowed to 5.5 trillion yen in fiscal "
     '2024, the finance ministry said.',
     {
         '5.5 trillion yen': ('2024-04/2025-03', None),
     }),
    ('pk-last-year-fiscal', '2024-07-10',
     "KARACHI, July 10 -- Workers' remittances reached $30.3 billion in FY24, up 10.7% "
     'over last year, the State Bank of Pakistan said.',
     {
         '$30.3 billion': ('2023-07/2024-06', None),
         '10.7%': ('2023-07/2024-06', 'yoy'),
     }),
    ('tw-last-month-jan', '2025-01-08',
     "TAIPEI, Jan 8 -- Taiwan's exports rose 9.2% last month from a year earlier to $41.4 "
     'billion, the finance ministry said on Wednesday.',
     {
         '9.2%': ('2024-12', 'yoy'),
         '$41.4 billion': ('2024-12', None),
     }),
    ('eg-dateline', '2025-03-10',
     "CAIRO, March 10 -- Egypt's annual urban consumer price inflation slowed to 12.8% in "
     'February, the statistics agency CAPMAS said.',
     {
         '12.8%': ('2025-02', None),
     }),
    ('kr-mm-yy', '2024-11-29',
     "SEOUL, Nov 29 -- South Korea's industrial output rose 0.1% m/m and 3.4% y/y in "
     'October, Statistics Korea said.',
     {
         '0.1%': ('2024-10', 'mom'),
         '3.4%': ('2024-10', 'yoy'),
     }),
    ('in-sequentially', '2024-11-30',
     "India's economy grew 5.4% in the July-September quarter, while output rose 1.2% "
     'sequentially.',
     {
         '1.2%': ('2024-Q3', 'qoq'),
     }),
    ('eu-over-previous-quarter', '2025-01-30',
     'Euro area GDP was flat in the fourth quarter, while in the EU it rose 0.1% over the '
     'previous quarter, Eurostat said.',
     {
         '0.1%': ('2024-Q4', 'qoq'),
     }),
    ('us-annualised', '2025-01-30',
     'The U.S. economy grew at a 2.3% annualized rate in the fourth quarter, the Commerce '
     'Department said.',
     {
         '2.3%': ('2024-Q4', None),
     }),
    ('cn-same-period', '2025-04-14',
     "China's exports rose 6.9% in the first quarter compared with the same period last "
     'year.',
     {
         '6.9%': ('2025-Q1', 'yoy'),
     }),
    ('cn-coordinated', '2025-01-13',
     'Exports rose 4.2 percent year on year in December while imports grew 1.0 percent.',
     {
         '4.2 percent': ('2024-12', 'yoy'),
         '1.0 percent': ('2024-12', 'yoy'),
     }),
    ('za-annual-basis', '2025-02-19',
     'Consumer prices rose 3.2% on an annual basis in January, up from 3.0% in December.',
     {
         '3.2%': ('2025-01', '?'),
         '3.0%': ('2024-12', '?'),
     }),
    ('tr-rate-cut-day', '2025-01-23',
     "ANKARA, Jan 23 -- Turkey's central bank cut its one-week repo rate by 250 basis "
     'points to 45% on Thursday.',
     {
         '250 basis points': ('2025-01-23', None),
         '45%': ('2025-01-23', None),
     }),
    ('cl-rate-hold-day', '2025-03-19',
     "SANTIAGO, March 19 -- Chile's central bank held its benchmark interest rate at 5% "
     'on Tuesday, as expected.',
     {
         '5%': ('2025-03-18', None),
     }),
    ('ph-target-band', '2025-03-05',
     "Inflation was 2.1% in February, within the central bank's 2%-4% target range.",
     {
         '2.1%': ('2025-02', None),
         '2%-4%': (None, None),
     }),
    ('mx-structural-share', '2025-02-28',
     "Mexico's exports rose 5.3% in January. More than 80% of the country's exports go to "
     'the United States.',
     {
         'More than 80%': (None, None),
     }),
    ('sa-structural-share', '2025-02-02',
     'Oil activities, which account for about a third of output, shrank 4.5% in the '
     'fourth quarter.',
     {
         'about a third': ('2024-Q4', None),
         '4.5%': ('2024-Q4', '?'),
     }),
    ('sa-structural-share-nodate', '2025-02-02',
     'Oil activities, which account for about a third of output, shrank 4.5% as crude '
     'production was cut.',
     {
         'about a third': (None, None),
     }),
    ('nl-share-with-amount', '2025-02-02',
     'In 2024, exports rose 3%. Machinery accounts for about a quarter of exports, 160 '
     'billion euros.',
     {
         'about a quarter': ('2024', None),
         '160 billion euros': ('2024', None),
     }),
    ('gh-against-same-quarter', '2024-06-20',
     "ACCRA, June 20 -- Ghana's merchandise exports totalled $4.2 billion in the first "
     'quarter of 2024, against $3.8 billion in the same quarter of 2023, the Ghana '
     'Statistical Service said.',
     {
         '$4.2 billion': ('2024-Q1', None),
         '$3.8 billion': ('2023-Q1', None),
     }),
    ('pk-versus-year-ago', '2025-04-02',
     "KARACHI, April 2 -- Pakistan's imports came in at $4.8 billion in March versus $4.1 "
     'billion a year ago, the statistics bureau said.',
     {
         '$4.8 billion': ('2025-03', None),
         '$4.1 billion': ('2024-03', None),
     }),
    ('jp-compared-to-month', '2024-10-08',
     "TOKYO, Oct 8 -- Japan's current account surplus was 3.8 trillion yen in August "
     'compared to 3.2 trillion yen in July, the finance ministry said.',
     {
         '3.8 trillion yen': ('2024-08', None),
         '3.2 trillion yen': ('2024-07', None),
     }),
    ('ie-year-previously', '2024-08-15',
     'DUBLIN, Aug 15 -- Irish goods exports were valued at €14.5bn in June, up from '
     '€12.1bn a year previously, the Central Statistics Office said.',
     {
         '€14.5bn': ('2024-06', None),
         '€12.1bn': ('2023-06', None),
     }),
    ('vn-compared-first', '2024-06-06',
     "Compared with $3.2 billion a year earlier, Vietnam's rice exports rose to $3.9 "
     'billion in the first five months.',
     {
         '$3.9 billion': ('2024-01/2024-05', None),
         '$3.2 billion': ('2023-01/2023-05', None),
     }),
    ('ea-eurostat-compared', '2025-03-18',
     'In January 2025, the euro area recorded a €1.0 bn surplus in trade in goods with '
     'the rest of the world, compared with +€11.4 bn in January 2024.',
     {
         '€1.0 bn': ('2025-01', None),
         '+€11.4 bn': ('2024-01', None),
     }),
    ('kr-dec-from-nov', '2025-01-01',
     "SEOUL, Jan 1 -- South Korea's exports in December grew 10.7% from November, the "
     'trade ministry said.',
     {
         '10.7%': ('2024-12', 'mom'),
     }),
    ('za-febs-rate', '2025-03-19',
     "Consumer inflation quickened to 3.2% in February, from January's 3.0%, Stats SA "
     'said.',
     {
         '3.2%': ('2025-02', None),
         '3.0%': ('2025-01', None),
     }),
    ('au-jobless-points', '2025-02-20',
     'The jobless rate was 4.1% in January, up 0.1 percentage point from December.',
     {
         '4.1%': ('2025-01', None),
         '0.1 percentage point': ('2025-01', 'mom'),
     }),
    ('us-faster-than-gain', '2024-07-16',
     'Retail sales rose 0.6% in June, faster than the 0.2% gain in May.',
     {
         '0.6%': ('2024-06', '?'),
         '0.2%': ('2024-05', '?'),
     }),
    ('de-slower-than-q1', '2024-08-14',
     'GDP grew 0.3% in the second quarter, slower than the 0.5% expansion in the first '
     'quarter.',
     {
         '0.3%': ('2024-Q2', '?'),
         '0.5%': ('2024-Q1', '?'),
     }),
    ('kr-first-quarter-passage', '2024-04-25',
     "In the first quarter, Korea's exports rose 8.1% to $163.8 billion. Shipments to "
     'China fell 4.2%, while those to the US jumped 13.1%.',
     {
         '4.2%': ('2024-Q1', '?'),
         '13.1%': ('2024-Q1', '?'),
     }),
    ('in-h1-fy', '2024-10-15',
     "NEW DELHI, Oct 15 -- During the first half of the current fiscal year, India's "
     'merchandise exports rose 1% to $213.2 billion.',
     {
         '$213.2 billion': ('2024-04/2024-09', None),
     }),
    ('in-april-june-quarter', '2024-08-30',
     "India's economy grew 6.7% in the April-June quarter, the slowest pace in five "
     'quarters.',
     {
         '6.7%': ('2024-Q2', '?'),
     }),
    ('au-year-to-march', '2025-05-08',
     'Australian goods exports fell 6.2% to A$418 billion in the year to March 2025.',
     {
         'A$418 billion': ('2024-04/2025-03', None),
     }),
    ('nz-year-ended-june', '2024-08-27',
     "WELLINGTON, Aug 27 -- New Zealand's annual goods exports were NZ$71.3 billion in "
     'the year ended June 2024, Stats NZ said.',
     {
         'NZ$71.3 billion': ('2023-07/2024-06', None),
     }),
    ('eg-fy-slash', '2024-09-02',
     "CAIRO, Sept 2 -- Egypt's non-oil exports reached $35.6 billion in FY2023/2024, the "
     'trade ministry said.',
     {
         '$35.6 billion': ('2023-07/2024-06', None),
     }),
    ('jp-fiscal-first-half', '2024-11-08',
     'TOKYO, Nov 8 -- Japan logged a current account surplus of 15.3 trillion yen in the '
     'April-September first half of fiscal 2024, the finance ministry said.',
     {
         '15.3 trillion yen': ('2024-04/2024-09', None),
     }),
    ('kr-jan-story-december', '2025-01-01',
     "SEOUL, Jan 1 -- South Korea's exports rose 6.6% on-year last month to $61.4 "
     'billion, the trade ministry said on Wednesday.',
     {
         '6.6%': ('2024-12', 'yoy'),
         '$61.4 billion': ('2024-12', None),
     }),
    ('de-on-previous-quarter', '2024-10-30',
     'German GDP rose 0.2% on the previous quarter in the third quarter, Destatis said.',
     {
         '0.2%': ('2024-Q3', 'qoq'),
     }),
    ('ng-corresponding-period', '2024-09-10',
     'Exports reached N19.2 trillion naira in the second quarter, up 201% compared with '
     'the corresponding period of 2023.',
     {
         '201%': ('2024-Q2', 'yoy'),
     }),
    ('mx-same-month-last-year', '2024-08-27',
     "Mexico's exports rose to $52.6 billion in July, an increase of 13.4% over the same "
     'month last year.',
     {
         '13.4%': ('2024-07', 'yoy'),
         '$52.6 billion': ('2024-07', None),
     }),
    ('cl-both-year-earlier', '2024-08-07',
     'Exports rose 4% and imports 2% in July, both from a year earlier.',
     {
         '4%': ('2024-07', 'yoy'),
         '2%': ('2024-07', 'yoy'),
     }),
    ('us-balance-month-earlier', '2024-09-04',
     'The trade balance improved by $2.1 billion from a month earlier to a $78.8 billion '
     'deficit in July.',
     {
         '$2.1 billion': ('2024-07', 'mom'),
     }),
    ('rbi-repo-cut', '2025-02-07',
     'MUMBAI, Feb 7 -- The Reserve Bank of India cut the repo rate by 25 basis points to '
     '6.25% on Friday, its first cut in nearly five years.',
     {
         '25 basis points': ('2025-02-07', None),
         '6.25%': ('2025-02-07', None),
     }),
    ('fed-range-day', '2024-09-18',
     'WASHINGTON, Sept 18 -- The Federal Reserve cut interest rates by half a percentage '
     'point on Wednesday.',
     {
         'half a percentage point': ('2024-09-18', None),
     }),
    ('sarb-hold-meeting', '2025-01-30',
     'PRETORIA, Jan 30 -- The South African Reserve Bank lowered its repo rate by 25 '
     'basis points to 7.50%, the bank said on Thursday.',
     {
         '7.50%': ('2025-01-30', None),
     }),
    ('ea-mid-term-target', '2025-03-03',
     "Euro zone inflation eased to 2.4% in February, still above the ECB's 2% medium-term "
     'target.',
     {
         '2.4%': ('2025-02', None),
         '2%': (None, None),
     }),
    ('ng-year-to-date-heading', '2024-11-15',
     "Year-to-date, Nigeria's crude oil exports earned 38.5 trillion naira, up 58.4% from "
     'the same period of 2023.',
     {
         '38.5 trillion naira': ('2024-01-01/2024-11-15', None),
     }),
    ('th-revised-down-from', '2024-12-18',
     'BANGKOK, Dec 18 -- The Bank of Thailand projected economic growth of 2.9% for 2025, '
     'revised down from 3.0% in September.',
     {
         '2.9%': ('2025', None),
         '3.0%': ('2025', None),
     }),
    ('imf-cut-forecast-from', '2025-01-17',
     'The IMF cut its 2025 growth forecast for Mexico to 1.4% from 1.6%.',
     {
         '1.4%': ('2025', None),
         '1.6%': ('2025', None),
     }),
    ('wb-slowing-from-dated', '2025-01-16',
     'The bank raised its forecast for India and sees China slowing to 4.5% this year '
     'from 4.9% in 2024.',
     {
         '4.5%': ('2025', None),
         '4.9%': ('2024', None),
     }),
    ('au-event-day-sport', '2025-01-26',
     'MELBOURNE, Jan 26 -- Madison Keys won the Australian Open on Saturday in front of '
     'about 14,800 fans. She earned A$3.5 million in prize money.',
     {
         'about 14,800 fans': ('2025-01-25', None),
         'A$3.5 million': ('2025-01-25', None),
     }),
    ('ph-event-day-storm', '2024-10-25',
     'MANILA, Oct 25 -- Tropical storm Trami killed at least 85 people on Friday, officials '
     'said. About 150,000 people were evacuated.',
     {
         'at least 85 people': ('2024-10-25', None),
         'About 150,000 people': ('2024-10-25', None),
     }),
    ('ca-possessive-noun-of', '2025-04-15',
     'OTTAWA, April 15 -- Canada\'s consumer price index rose 2.3% in March from a year '
     'earlier, slower than February\'s increase of 2.6%, Statistics Canada said.',
     {
         '2.3%': ('2025-03', 'yoy'),
         '2.6%': ('2025-02', ANY),
     }),
    ('tr-compared-month-year-back', '2025-02-12',
     'ANKARA, Feb 12 -- Turkey ran a current account deficit of $10.6 billion in 2024. '
     'The energy-excluded balance posted a $2.9 billion surplus compared to a $1.1 billion '
     'surplus in December 2023.',
     {
         '$2.9 billion': ('2024-12', None),
         '$1.1 billion': ('2023-12', None),
     }),
    ('pk-as-against-dateless', '2025-04-02',
     'ISLAMABAD, April 2 -- Pakistan\'s exports in July-March of FY25 stood at $24.7 billion '
     'as against $22.9 billion, the statistics bureau said.',
     {
         '$24.7 billion': ('2024-07/2025-03', None),
         '$22.9 billion': ('2023-07/2024-03', None),
     }),
    ('mx-going-from-to', '2025-05-02',
     'Remittances rose 8.1% year-on-year in the first quarter, going from $13.5 billion to '
     '$14.6 billion.',
     {
         '$13.5 billion': ('2024-Q1', None),
         '$14.6 billion': ('2025-Q1', None),
     }),
    ('fr-revised-from-to', '2024-11-14',
     'The jobless rate was 7.4% in the third quarter. The second-quarter figure was revised '
     'from 7.4% to 7.3%.',
     {
         '7.3%': ('2024-Q2', None),
     }),
    ('mx-worse-than-expected', '2025-02-11',
     'Mexico\'s industrial output fell 1.2% m/m in December, worse than the 0.5% drop '
     'expected by analysts.',
     {
         '1.2%': ('2024-12', 'mom'),
         '0.5%': ('2024-12', ANY),
     }),
    ('kr-since-when-clause', '2024-07-25',
     'SEOUL, July 25 -- The economy contracted 0.2% in the second quarter, the worst showing '
     'since the fourth quarter of 2022, when it shrank 0.5%.',
     {
         '0.2%': ('2024-Q2', ANY),
         '0.5%': ('2022-Q4', ANY),
     }),
    ('ar-a-period-in-which', '2024-02-20',
     'The trade balance showed a surplus of US$1.0 billion in January, against a deficit in '
     'the same month of the previous year, a period in which a gap of US$0.5 billion had '
     'been registered.',
     {
         'US$1.0 billion': ('2024-01', None),
         'US$0.5 billion': ('2023-01', None),
     }),
    ('fr-over-one-year', '2024-11-14',
     'Over one year, the French jobless rate is down 0.3 points, INSEE said on Thursday.',
     {
         '0.3 points': (ANY, 'yoy'),
     }),
    ('lk-year-to-year', '2024-10-01',
     'COLOMBO, Oct 1 -- Sri Lanka\'s exports rose 6.2% on a year-to-year basis in August.',
     {
         '6.2%': ('2024-08', 'yoy'),
     }),
    ('pk-as-of-fiscal', '2025-04-10',
     'ISLAMABAD, April 10 -- Pakistan\'s exports reached $24.7 billion as of March 31, 2025 in '
     'the current fiscal year, the commerce ministry said.',
     {
         '$24.7 billion': ('2024-07-01/2025-03-31', None),
     }),
    ('vn-as-of-calendar', '2025-04-20',
     'HANOI, April 20 -- Vietnam\'s exports reached $120.1 billion as of April 15, 2025, '
     'customs data showed.',
     {
         '$120.1 billion': ('2025-01-01/2025-04-15', None),
     }),
    ('in-april-december-fy25', '2025-01-16',
     "NEW DELHI, Jan 16 -- In April-December of FY25, India's merchandise exports rose "
     '1.6% to $321.7 billion.',
     {
         '$321.7 billion': ('2024-04/2024-12', None),
     }),
    ('in-this-fiscal-forecast', '2024-12-10',
     "India's total exports are expected to cross $800 billion this fiscal, the commerce "
     'secretary said.',
     {
         '$800 billion': ('2024-04/2025-03', None),
     }),
    ('eg-first-half-fiscal', '2025-01-20',
     "CAIRO, Jan 20 -- Egypt's non-oil exports rose 10% to $20.1 billion in the first "
     'half of fiscal year 2024/2025, the trade ministry said.',
     {
         '$20.1 billion': ('2024-07/2024-12', None),
     }),
    ('jp-fiscal-record', '2025-05-12',
     'TOKYO, May 12 -- Japan posted a current account surplus of 30.4 trillion yen in '
     'fiscal 2024, the largest on record.',
     {
         '30.4 trillion yen': ('2024-04/2025-03', None),
     }),
    ('pk-bare-last-year', '2025-03-10',
     "KARACHI, March 10 -- Pakistan's textile exports rose 7% to $12.1 billion in "
     'July-February of FY25. Last year, textile exports totalled $16.7 billion.',
     {
         '$12.1 billion': ('2024-07/2025-02', None),
         '$16.7 billion': ('2023-07/2024-06', None),
     }),
    ('in-last-fiscal', '2025-06-10',
     "NEW DELHI, June 10 -- India's merchandise exports in the last fiscal stood at "
     '$437.4 billion.',
     {
         '$437.4 billion': ('2024-04/2025-03', None),
     }),
    ('bd-july-march-current-fiscal', '2025-04-05',
     "DHAKA, April 5 -- In the July-March period of the current fiscal year, Bangladesh's "
     'exports grew 9.5% to $37.2 billion.',
     {
         '$37.2 billion': ('2024-07/2025-03', None),
     }),
    ('au-fy-passage', '2024-12-05',
     "Australia's services exports rose 9% to A$126 billion in 2023-24. Travel exports "
     'alone climbed 28%.',
     {
         'A$126 billion': ('2023-07/2024-06', None),
         '28%': ('2023-07/2024-06', '?'),
     }),
    ('nz-year-to-june-passage', '2024-08-20',
     "WELLINGTON, Aug 20 -- In the year to June 2024, New Zealand's goods exports fell "
     '5.2% to NZ$71.3 billion. Dairy exports dropped 9.9%.',
     {
         'NZ$71.3 billion': ('2023-07/2024-06', None),
         '9.9%': ('2023-07/2024-06', '?'),
     }),
    ('in-h1-fy25-gdp', '2024-12-01',
     "India's GDP grew 6% in the first half of FY25, compared with 8.2% in the same "
     'period a year earlier.',
     {
         '6%': ('2024-04/2024-09', '?'),
         '8.2%': ('2023-04/2023-09', '?'),
     }),
    ('gb-quarter-4-bulletin', '2025-02-13',
     'UK GDP is estimated to have grown by 0.1% in Quarter 4 (Oct to Dec) 2024, following '
     'no growth in the previous quarter. Services output grew by 0.2% in the latest '
     'quarter, while production output fell by 0.5%.',
     {
         '0.1%': ('2024-Q4', '?'),
         '0.2%': ('2024-Q4', '?'),
         '0.5%': ('2024-Q4', '?'),
     }),
    ('gb-three-months-passage', '2025-02-13',
     'The UK trade deficit widened by £2.7 billion to £8.3 billion in the three months to '
     'December 2024. Imports of goods increased by £3.0 billion (1.5%), mainly from '
     'non-EU countries. Exports of services fell by £0.4 billion.',
     {
         '£8.3 billion': ('2024-10/2024-12', None),
         '£3.0 billion': ('2024-10/2024-12', '?'),
         '£0.4 billion': ('2024-10/2024-12', '?'),
     }),
    ('gb-same-quarter-year-ago', '2025-02-13',
     'UK GDP grew by 0.1% in Quarter 4 2024. Compared with the same quarter a year ago, '
     'GDP is estimated to have increased by 1.4%.',
     {
         '1.4%': ('2024-Q4', 'yoy'),
     }),
    ('gb-monthly-following', '2025-02-13',
     'Monthly real GDP is estimated to have grown by 0.4% in December 2024, following '
     'growth of 0.1% in November 2024.',
     {
         '0.4%': ('2024-12', '?'),
         '0.1%': ('2024-11', '?'),
     }),
    ('ke-corresponding-quarter', '2024-09-30',
     "NAIROBI, Sept 30 -- Kenya's economy expanded by 4.6 per cent in the second quarter "
     'of 2024 compared to 5.6 per cent in the corresponding quarter of 2023, KNBS said.',
     {
         '4.6 per cent': ('2024-Q2', '?'),
         '5.6 per cent': ('2023-Q2', '?'),
     }),
    ('ng-higher-than-recorded', '2024-11-25',
     "ABUJA, Nov 25 -- Nigeria's GDP grew by 3.46% year-on-year in real terms in the "
     'third quarter of 2024. This growth rate is higher than the 2.54% recorded in the '
     'third quarter of 2023.',
     {
         '3.46%': ('2024-Q3', 'yoy'),
         '2.54%': ('2023-Q3', '?'),
     }),
    ('eg-fell-to-from', '2025-02-10',
     'CAIRO, Feb 10 -- Annual headline inflation in urban Egypt fell to 24.0% in January '
     'from 24.1% in December, CAPMAS said.',
     {
         '24.0%': ('2025-01', None),
         '24.1%': ('2024-12', None),
     }),
    ('gh-first-half-same-period', '2024-09-12',
     "ACCRA, Sept 12 -- Provisional figures put Ghana's trade surplus at US$2.6 billion "
     'for the first half of 2024, compared with US$1.9 billion in the same period of 2023.',
     {
         'US$2.6 billion': ('2024-H1', None),
         'US$1.9 billion': ('2023-H1', None),
     }),
    ('sa-same-quarter-reaching', '2025-02-25',
     'RIYADH, Feb 25 -- Saudi non-oil exports including re-exports rose 13.1% in the '
     'fourth quarter of 2024 compared with the same quarter of 2023, reaching SAR 79.2 '
     'billion, GASTAT said.',
     {
         '13.1%': ('2024-Q4', 'yoy'),
         'SAR 79.2 billion': ('2024-Q4', None),
     }),
    ('ae-up-on-year', '2025-02-05',
     "DUBAI, Feb 5 -- The UAE's non-oil foreign trade reached AED 3 trillion in 2024, up "
     '14.6% on 2023.',
     {
         'AED 3 trillion': ('2024', None),
         '14.6%': ('2024', 'yoy'),
     }),
    ('in-previous-month-value', '2025-01-15',
     "NEW DELHI, Jan 15 -- India's merchandise trade deficit narrowed to $21.94 billion "
     'in December from $32.84 billion in the previous month. Exports fell 1% to $38.01 '
     'billion.',
     {
         '$21.94 billion': ('2024-12', None),
         '$32.84 billion': ('2024-11', None),
         '$38.01 billion': ('2024-12', None),
     }),
    ('pk-against-same-period', '2025-01-17',
     "KARACHI, Jan 17 -- During July-December FY25, Pakistan's current account posted a "
     'surplus of $1.21 billion against a deficit of $1.39 billion in the same period last '
     'year.',
     {
         '$1.21 billion': ('2024-07/2024-12', None),
         '$1.39 billion': ('2023-07/2023-12', None),
     }),
    ('bd-july-january-fy', '2025-02-04',
     "DHAKA, Feb 4 -- Bangladesh's export earnings in the July-January period of FY25 "
     'rose 12.9% year-on-year to $32.43 billion.',
     {
         '12.9%': ('2024-07/2025-01', 'yoy'),
         '$32.43 billion': ('2024-07/2025-01', None),
     }),
    ('id-down-from-november', '2025-01-15',
     'JAKARTA, Jan 15 -- Indonesia booked a trade surplus of $2.24 billion in December, '
     'down from $4.37 billion in November.',
     {
         '$2.24 billion': ('2024-12', None),
         '$4.37 billion': ('2024-11', None),
     }),
    ('jp-calendar-year-after-month', '2025-01-23',
     "TOKYO, Jan 23 -- Japan's exports rose 2.8% in December from a year earlier, while "
     'imports grew 1.8%. For calendar 2024, the trade deficit was 5.33 trillion yen.',
     {
         '2.8%': ('2024-12', 'yoy'),
         '1.8%': ('2024-12', 'yoy'),
         '5.33 trillion yen': ('2024', None),
     }),
    ('au-from-revised', '2025-02-06',
     "SYDNEY, Feb 6 -- Australia's trade surplus narrowed to A$5.09 billion in December "
     'from a revised A$6.79 billion in November.',
     {
         'A$5.09 billion': ('2024-12', None),
         'A$6.79 billion': ('2024-11', None),
     }),
    ('nz-year-ended-up-from', '2025-02-18',
     'WELLINGTON, Feb 18 -- Annual exports were NZ$72.6 billion in the year ended '
     'December 2024, up 2.9 percent from the year ended December 2023.',
     {
         'NZ$72.6 billion': ('2024', None),
         '2.9 percent': ('2024', 'yoy'),
     }),
    ('br-record-year-earlier', '2025-01-06',
     'BRASILIA, Jan 6 -- Brazil posted a trade surplus of $74.55 billion in 2024, down '
     '24.6% from the record $98.9 billion a year earlier.',
     {
         '$74.55 billion': ('2024', None),
         '24.6%': ('2024', 'yoy'),
         '$98.9 billion': ('2023', None),
     }),
    ('cl-more-than-same-month', '2025-02-07',
     "SANTIAGO, Feb 7 -- Chile's copper exports in January totaled $4.2 billion, 12% more "
     'than in the same month of the previous year.',
     {
         '$4.2 billion': ('2025-01', None),
         '12%': ('2025-01', 'yoy'),
     }),
    ('fr-narrowed-from', '2025-02-07',
     "PARIS, Feb 7 -- France's trade deficit narrowed to €3.9 billion in December from "
     '€7.1 billion in November, customs data showed.',
     {
         '€3.9 billion': ('2024-12', None),
         '€7.1 billion': ('2024-11', None),
     }),
    ('de-lower-than-month', '2025-02-07',
     'WIESBADEN, Feb 7 -- German exports in December 2024 were 2.9% higher than in '
     'November 2024 after calendar and seasonal adjustment, Destatis reported. Compared '
     'with December 2023, exports decreased by 1.6%.',
     {
         '2.9%': ('2024-12', 'mom'),
         '1.6%': ('2024-12', 'yoy'),
     }),
    ('ch-previous-quarter-sa', '2025-01-28',
     'BERN, Jan 28 -- In the fourth quarter, Swiss exports rose by 2.1% seasonally '
     'adjusted compared with the previous quarter.',
     {
         '2.1%': ('2024-Q4', 'qoq'),
     }),
    ('cn-year-as-whole-then-month', '2025-01-13',
     "BEIJING, Jan 13 -- In 2024 as a whole, China's exports grew 5.9% to $3.58 trillion. "
     'In December alone, exports rose 10.7%.',
     {
         '5.9%': ('2024', '?'),
         '$3.58 trillion': ('2024', None),
         '10.7%': ('2024-12', '?'),
     }),
    ('vn-cumulatively-11-months', '2024-12-06',
     "HANOI, Dec 6 -- Vietnam's exports rose 12.7% in November. Cumulatively, in the "
     'first 11 months of the year, exports rose 14.4% to $371.9 billion.',
     {
         '12.7%': ('2024-11', '?'),
         '14.4%': ('2024-01/2024-11', '?'),
         '$371.9 billion': ('2024-01/2024-11', None),
     }),
    ('kr-so-far-this-year', '2024-06-01',
     "SEOUL, June 1 -- South Korea's exports rose 11.7% in May. So far this year, exports "
     'are up 9.2% at $277.6 billion.',
     {
         '11.7%': ('2024-05', '?'),
         # (a release's months: January to May, not to the day of publication)
         '$277.6 billion': ('2024-01/2024-05', None),
     }),
    ('mx-fiscal-not-applicable', '2025-01-27',
     'MEXICO CITY, Jan 27 -- Mexico posted a trade deficit of $8.2 billion last year, the '
     'statistics agency said.',
     {
         '$8.2 billion': ('2024', None),
     }),
    ('in-last-year-fiscal-story', '2025-04-16',
     "NEW DELHI, April 16 -- India's merchandise exports in 2024-25 rose marginally to "
     '$437.42 billion, while imports climbed 6.62% to $720.24 billion. Services exports '
     'grew 13.6% from last year.',
     {
         '$437.42 billion': ('2024-04/2025-03', None),
         '13.6%': ('2024-04/2025-03', 'yoy'),
     }),
    ('it-from-a-target-set-in', '2025-04-20',
     'ROME, April 20 -- The government this month halved its full-year 2025 growth forecast '
     'to 0.6% from a 1.2% target set in September.',
     {
         '0.6%': ('2025', None),
         '1.2%': ('2025', None),
     }),
    ('cl-recorded-a-year-earlier', '2021-06-08',
     'SANTIAGO, June 8 -- Chile posted a trade surplus of US$1.3bn in May. This was 37% below '
     'the US$2.1bn trade surplus recorded a year earlier, in May 2020.',
     {
         'US$1.3bn': ('2021-05', None),
         'US$2.1bn': ('2020-05', None),
     }),
    ('ar-points-above-registered', '2022-10-14',
     'BUENOS AIRES, Oct 14 -- Consumer prices rose 83% year on year in September, standing '
     '4.5 percentage points above the variation registered in August, Indec said.',
     {
         '4.5 percentage points': ('2022-09', ANY),
     }),
    ('gb-section-headings', '2025-02-13',
     'Quarter 4 (Oct to Dec) 2024\n\nGDP grew by 0.1%.\n\nServices output rose by 0.2%.\n\n'
     'December 2024\n\nMonthly GDP grew by 0.4%.',
     {
         '0.1%': ('2024-Q4', ANY),
         '0.2%': ('2024-Q4', ANY),
         '0.4%': ('2024-12', ANY),
     }),
    ('in-decision-since-streak', '2025-02-07',
     'MUMBAI, Feb 7 -- The Reserve Bank of India\'s Monetary Policy Committee voted '
     'unanimously to reduce the repo rate by 25 basis points to 6.25%, its first cut since '
     'May 2020.',
     {
         '25 basis points': ('2025-02-07', None),
         '6.25%': ('2025-02-07', None),
     }),
    ('mx-decision-dateline-only', '2025-02-06',
     'MEXICO CITY, Feb 6 -- Banxico lowered its benchmark interest rate by 50 basis points to '
     '9.50%, as expected by most analysts. Annual inflation slowed to 3.59% in January.',
     {
         '9.50%': ('2025-02-06', None),
         '3.59%': ('2025-01', None),
     }),
    ('us-decision-day-before', '2024-09-18',
     'WASHINGTON, Sept 18 -- The Federal Reserve on Wednesday cut interest rates by half a '
     'percentage point to a range of 4.75%-5.00%.',
     {
         'half a percentage point': ('2024-09-18', None),
         '4.75%-5.00%': ('2024-09-18', None),
     }),
    ('br-after-the-previous-year', '2024-03-01',
     'BRASILIA, March 1 -- Brazil\'s economy grew 2.9% in 2023, after expanding 3.0% the '
     'previous year, IBGE said.',
     {
         '2.9%': ('2023', ANY),
         '3.0%': ('2022', ANY),
     }),
    ('de-after-a-year-earlier', '2025-02-18',
     'Germany\'s largest trading partner in 2024 was the United States, with trade of 253 '
     'billion euros. China followed with 246 billion euros, after 257 billion euros a year '
     'earlier.',
     {
         '246 billion euros': ('2024', None),
         '257 billion euros': ('2023', None),
     }),
    ('de-after-in-year', '2024-01-16',
     'WIESBADEN, Jan 16 -- German consumer prices rose by an average of 5.9% in 2023, after '
     '6.9% in 2022. In December, the inflation rate was 3.7%, up from 3.2% in November.',
     {
         '5.9%': ('2023', ANY),
         '6.9%': ('2022', ANY),
         '3.7%': ('2023-12', None),
         '3.2%': ('2023-11', None),
     }),
    ('id-slower-than-expansion-in', '2025-02-05',
     'JAKARTA, Feb 5 -- Indonesia\'s economy grew 5.03% in 2024, slightly slower than the '
     '5.05% expansion in 2023. Fourth-quarter growth was 5.02% year on year.',
     {
         '5.03%': ('2024', ANY),
         '5.05%': ('2023', ANY),
         '5.02%': ('2024-Q4', 'yoy'),
     }),
    ('cn-first-two-months-dipped', '2024-03-07',
     "BEIJING, March 7 (Xinhua) -- In the first two months of this year, China's total "
     'imports and exports rose 8.7 percent from the same period last year to 6.61 '
     'trillion yuan, official data showed Thursday.',
     {
         '8.7 percent': ('2024-01/2024-02', 'yoy'),
         '6.61 trillion yuan': ('2024-01/2024-02', None),
     }),
    ('kr-on-year-last-month', '2025-01-01',
     "SEOUL, Jan. 1 (Yonhap) -- South Korea's outbound shipments rose 6.6 percent on-year "
     'to $61.4 billion last month, the industry ministry said. Imports gained 3.2 percent '
     'on-year to $54.3 billion.',
     {
         '6.6 percent': ('2024-12', 'yoy'),
         '$54.3 billion': ('2024-12', None),
         '3.2 percent': ('2024-12', 'yoy'),
     }),
    ('my-compared-with-month-year', '2025-02-20',
     "KUALA LUMPUR, Feb 20 (Bernama) -- Malaysia's total trade in January 2025 grew 5.1 "
     'per cent to RM242.5 billion compared with January 2024.',
     {
         '5.1 per cent': ('2025-01', 'yoy'),
         'RM242.5 billion': ('2025-01', None),
     }),
    ('in-during-the-month', '2024-12-16',
     "NEW DELHI, Dec 16 (PTI) -- The country's merchandise exports dipped 4.85 per cent "
     'to USD 32.11 billion in November, while the trade deficit widened to a record USD '
     '37.84 billion during the month.',
     {
         'USD 32.11 billion': ('2024-11', None),
         'USD 37.84 billion': ('2024-11', None),
     }),
    ('bd-up-from-same-month', '2025-02-03',
     'DHAKA, Feb 3 -- Export earnings stood at $4.43 billion in January, up 5.7 percent '
     'from $4.19 billion in the same month last year.',
     {
         '$4.43 billion': ('2025-01', None),
         '5.7 percent': ('2025-01', 'yoy'),
         '$4.19 billion': ('2024-01', None),
     }),
    ('ke-share-of-gdp-12-months', '2025-01-20',
     "NAIROBI, Jan 20 -- Kenya's current account deficit narrowed to 4.0 per cent of GDP "
     'in the 12 months to November 2024 from 4.7 per cent a year earlier.',
     {
         '4.0 per cent': ('2023-12/2024-11', None),
         '4.7 per cent': ('2022-12/2023-11', None),
     }),
    ('sa-reaching-same-month', '2025-01-25',
     "RIYADH, Jan 25 -- Saudi Arabia's non-oil exports rose 13.4 percent in November "
     'compared to the same month last year, reaching SR23.08 billion.',
     {
         '13.4 percent': ('2024-11', 'yoy'),
         'SR23.08 billion': ('2024-11', None),
     }),
    ('ae-h1-yoy-caps', '2024-08-28',
     "ABU DHABI, Aug 28 (WAM) -- The UAE's non-oil foreign trade hit AED1.423 trillion in "
     'H1 2024, up 10.7% YoY.',
     {
         'AED1.423 trillion': ('2024-H1', None),
         '10.7%': ('2024-H1', 'yoy'),
     }),
    ('qa-yoy-and-mom', '2025-02-27',
     "DOHA, Feb 27 -- Qatar's trade surplus fell 16.4% year-on-year to QR17.1 billion in "
     'January, but rose 12.3% month-on-month.',
     {
         '16.4%': ('2025-01', 'yoy'),
         'QR17.1 billion': ('2025-01', None),
         '12.3%': ('2025-01', 'mom'),
     }),
    ('tr-bringing-annual', '2025-01-03',
     "ANKARA, Jan 3 -- Turkey's exports rose 2.5% on an annual basis to $22.6 billion in "
     'December, bringing the annual exports to a record $261.8 billion.',
     {
         '2.5%': ('2024-12', 'yoy'),
         '$22.6 billion': ('2024-12', None),
         '$261.8 billion': ('2024', None),
     }),
    ('th-beating-forecast', '2025-01-27',
     "BANGKOK, Jan 27 -- Thailand's exports in December rose 8.7% from a year earlier, "
     'beating a forecast 4.5% rise in a Reuters poll.',
     {
         '8.7%': ('2024-12', 'yoy'),
         '4.5%': ('2024-12', '?'),
     }),
    ('ph-from-a-year-ago', '2025-01-10',
     'MANILA, Jan 10 -- Philippine imports in November fell 1.9 percent to $10.9 billion '
     'from $11.1 billion a year ago.',
     {
         '1.9 percent': ('2024-11', 'yoy'),
         '$10.9 billion': ('2024-11', None),
         '$11.1 billion': ('2023-11', None),
     }),
    ('gh-share-of-gdp-half', '2024-09-12',
     'ACCRA, Sept 12 -- Ghana recorded a trade surplus of US$2.7 billion in the first '
     'half of 2024, representing 3.2 per cent of GDP.',
     {
         'US$2.7 billion': ('2024-H1', None),
         '3.2 per cent': ('2024-H1', None),
     }),
    ('eg-remittances-fy-jump', '2024-08-05',
     'CAIRO, Aug 5 -- Egyptians abroad sent $4.5 billion in June, up from $1.9 billion in '
     'June 2023, the central bank said.',
     {
         '$4.5 billion': ('2024-06', None),
         '$1.9 billion': ('2023-06', None),
     }),
    ('ng-q-on-q', '2024-12-20',
     "ABUJA, Dec 20 -- Nigeria's total trade rose 9.3% quarter-on-quarter to N40.2 "
     'trillion naira in the third quarter.',
     {
         '9.3%': ('2024-Q3', 'qoq'),
     }),
    ('vn-month-over-previous', '2025-02-06',
     "HANOI, Feb 6 -- Vietnam's exports in January fell 4.3% from the previous month but "
     'rose 4% year-on-year.',
     {
         '4.3%': ('2025-01', 'mom'),
         '4%': ('2025-01', 'yoy'),
     }),
    ('au-this-year-is-fiscal', '2024-12-20',
     'SYDNEY, Dec 20 -- Trade between Australia and Japan rose 5% this year, to A$90 billion '
     'in the 12 months to June, the trade department said.\nJapan accounted for 11% of '
     'total trade.',
     {
         'A$90 billion': ('2023-07/2024-06', None),
         '11%': ('2023-07/2024-06', None),
     }),
    ('nz-quarter-and-year-earlier', '2025-01-22',
     'WELLINGTON, Jan 22 -- New Zealand consumer prices rose 0.5 percent in the December '
     'quarter and 2.2 percent from a year earlier, Stats NZ said.',
     {
         '0.5 percent': ('2024-Q4', None),
         '2.2 percent': ('2024-Q4', 'yoy'),
     }),
    ('in-terms-and-same-period', '2009-11-03',
     'Exports for April-September 2009 were $77.9 billion, a fall of 28.5 per cent in dollar '
     'terms and 18.6 per cent in rupee terms over the same period last year.',
     {
         '28.5 per cent': ('2009-04/2009-09', 'yoy'),
         '18.6 per cent': ('2009-04/2009-09', 'yoy'),
     }),
    ('za-monthly-price-increases', '2024-10-23',
     'PRETORIA, Oct 23 -- Consumer prices rose 0.1% in September. Large monthly price '
     'increases were recorded for instant coffee (up 1.6%) and black tea (up 3.4%).',
     {
         '1.6%': ('2024-09', 'mom'),
         '3.4%': ('2024-09', 'mom'),
     }),
    ('ea-year-on-year-gdp-growth-at', '2025-09-05',
     'Eurostat had initially estimated the year-on-year GDP growth for the euro area at 1.4% '
     'in the second quarter.',
     {
         '1.4%': ('2025-Q2', 'yoy'),
     }),
    ('ea-aside-comparison-with-quarter', '2025-09-05',
     'According to Eurostat, in a comparison with the first quarter of the year, the euro '
     'area economy grew by 0.1% from April to June.',
     {
         '0.1%': ('2025-Q2', 'qoq'),
     }),
    ('ea-aside-compared-to-previous', '2025-06-06',
     'In the first three months of the year, compared to the previous quarter, GDP in the '
     'euro area had increased by 0.6%.',
     {
         '0.6%': ('2025-Q1', 'qoq'),
     }),
    ('cn-points-after-yoy-no-basis', '2019-09-10',
     'Trade with Belt and Road countries rose 9.9 percent year-on-year, 6.3 percentage points '
     'higher than the overall pace.',
     {
         '9.9 percent': (ANY, 'yoy'),
         '6.3 percentage points': (ANY, None),
     }),
    ('us-rose-to-from-in-month', '2024-12-06',
     'WASHINGTON, Dec 6 -- The unemployment rate rose to 4.2% from 4.1% in October, the Labor '
     'Department said on Friday.',
     {
         '4.2%': ('2024-11', None),
         '4.1%': ('2024-10', None),
     }),
    ('us-jobless-held-said-on', '2024-12-06',
     'The jobless rate held at 4.1% in November, the bureau said on Friday.',
     {
         '4.1%': ('2024-11', None),
     }),
    ('de-on-the-month-after-year', '2025-02-07',
     'WIESBADEN, Feb 7 -- German industrial production fell 2.4% in December 2024 from the '
     'previous month. For 2024 as a whole, production fell 4.5% compared with 2023. '
     'Energy-intensive industries cut output by 1.1% on the month.',
     {
         '2.4%': ('2024-12', 'mom'),
         '4.5%': ('2024', 'yoy'),
         '1.1%': ('2024-12', 'mom'),
     }),
]

# cases the code still fails, for reasons outside the period resolver
XFAIL = {
    'pk-bare-last-year':
        "a bare 'last year' in a fiscal-year story stays the calendar year (the contract says "
        "the last fiscal year; reading it so in normalize cost DATE F1 on dev and heldout)",
    'ie-year-previously':
        "'€12.1bn a year previously': the MONEY entity swallows 'a year' as a rate "
        "(figures, not period)",
    'us-balance-month-earlier':
        "'improved by $2.1 billion' is read as a level, not a change (role), so it gets no basis",
}


def _same(got, want):
    return got == want or (got is not None and want is not None
                           and period_bounds(got) == period_bounds(want))


@pytest.mark.parametrize(("published", "text", "expected"), [
    pytest.param(*c[1:], id=c[0], marks=pytest.mark.xfail(strict=True, reason=XFAIL[c[0]]))
    if c[0] in XFAIL else pytest.param(*c[1:], id=c[0]) for c in CASES])
def test_period_and_basis(published, text, expected):
    res = tradeie.extract(text, published=published)
    got = {res.entity(f.figure).text: f for f in res.facts}
    for figure, (period, basis) in expected.items():
        assert figure in got, f"no fact for {figure!r}"
        fact = got[figure]
        if period != ANY:
            assert _same(fact.period, period), (figure, fact.period, period)
        if basis != ANY:
            assert fact.basis == basis, (figure, fact.basis, basis)


@pytest.mark.parametrize(("period", "basis"), [
    ("2024-11", "mom"), ("2024-Q3", "qoq"), ("2024-07/2024-09", "qoq"), ("2024", None),
    ("2024-01/2024-11", None), (None, None),
])
def test_sequential_basis(period, basis):
    assert sequential_basis(period) == basis

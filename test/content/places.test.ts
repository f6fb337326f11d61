// content/places.yaml, the places people name for where they are: its schema names the file, line and column of a
// broken entry (a region no calling code serves, a repeated or one-letter name), and the shipped table reads as the
// line-abroad readers need it (a city or a short name names its region's calling code; another region's does not).
import { describe, expect, it } from 'vitest';
import { placeNamed } from '../../src/classifier/local-report-line.ts';
import { placesFileSchema } from '../../src/classifier/places.ts';
import { formatProblem, loadYamlFile } from '../../src/content/yaml-source.ts';
import { classifier } from '../helpers/content.ts';

const problems = (body: string) => loadYamlFile('places.yaml', placesFileSchema, body).problems.map(formatProblem);
/** A file with `cities` as given, after two lines of short names: the cities' lines start at line 4. */
const withCities = (cities: string) => `short_names:\n  GB: [UK]\n${cities}`;

describe('content/places.yaml schema', () => {
  it('accepts regions a calling code serves, with names in either script', () => {
    expect(problems(withCities('cities:\n  AU: [Sydney, 悉尼]\n  GB: [London]\n'))).toEqual([]);
  });

  it('rejects a region no calling code serves, at its line and column', () => {
    expect(problems(withCities('cities:\n  AU: [Sydney]\n  XX: [Atlantis]\n'))).toEqual([
      'places.yaml:5:7: cities.XX: "XX" is not a region a calling code serves (two capital letters, ISO 3166: "AU", "GB")',
    ]);
    expect(problems(withCities('cities:\n  au: [Sydney]\n'))[0]).toMatch(
      /^places\.yaml:4:7: cities\.au: "au" is not a region/,
    );
  });

  it('rejects a name given twice in one region, a one-letter name and a name with outer spaces', () => {
    expect(problems(withCities('cities:\n  AU: [Sydney, Perth, Sydney]\n'))).toEqual([
      'places.yaml:4:23: cities.AU[2]: "Sydney" is already listed for this region',
    ]);
    expect(problems(withCities('cities:\n  AU: [Sydney, P]\n'))[0]).toMatch(
      /^places\.yaml:4:16: cities\.AU\[1\]: a place name is two/,
    );
    expect(problems(withCities('cities:\n  AU: [" Perth"]\n'))[0]).toMatch(/^places\.yaml:4:8: cities\.AU\[0\]: /);
  });

  it('rejects an empty region and an unknown key', () => {
    expect(problems(withCities('cities:\n  AU: []\n'))[0]).toMatch(/^places\.yaml:4:7: cities\.AU: /);
    expect(problems(withCities('cities:\n  AU: [Sydney]\ntowns:\n  AU: [Perth]\n'))[0]).toMatch(
      /^places\.yaml:1:1: .*towns/,
    );
    expect(problems('cities:\n  AU: [Sydney]\n')[0]).toMatch(/^places\.yaml:1:1: short_names: /);
    expect(problems(withCities('cities:\n  AU: [Sydney]\n')).length).toBe(0);
    expect(problems('short_names:\n  GB: [UK, UK]\ncities:\n  AU: [Sydney]\n')).toEqual([
      'places.yaml:2:12: short_names.GB[1]: "UK" is already listed for this region',
    ]);
  });
});

describe('the shipped table', () => {
  const places = classifier.context.language.places;
  it.each([
    ['我到悉尼了', '61'],
    ['Landed in Gold Coast this morning', '61'],
    ['在曼彻斯特读书', '44'],
    ['staying in Kyoto for a week', '81'],
    ['人在胡志明市出差', '84'],
    ['back in Reykjavik', '354'],
    ['UK police warning', '44'],
    ['香港警务处提醒', '852'],
    ['visiting family in Macau', '853'],
  ])('%s names a place the calling code +%s serves', (text, code) => {
    expect(placeNamed(text, code, places)).toBe(true);
  });
  it.each([
    ['我到悉尼了', '44'],
    ['Landed in Perthshire', '61'],
    ['a trip to Parisville', '33'],
    ['staying at home', '1'],
    ['the UKIP office', '44'],
  ])('%s names no place of +%s', (text, code) => {
    expect(placeNamed(text, code, places)).toBe(false);
  });
});

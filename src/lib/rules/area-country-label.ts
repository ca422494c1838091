/** Rule: a city's or region's label names the place, not only the country it is in. */
import { isCountryName } from '../geo/country-names.ts';
import { asRecord, asString, readableFiles, type Finding, type Rule } from './rule.ts';

/** Warns when an area of scale city or region is labelled with a country's name alone. */
export const areaCountryLabel: Rule = {
  name: 'area-country-label',
  description: 'An area of scale city or region is labelled with the city or region, not only a country name.',
  check({ files }) {
    const findings: Finding[] = [];
    for (const file of readableFiles(files)) {
      const area = asRecord(asRecord(file.value)?.area);
      const scale = asString(area?.scale);
      const label = asString(area?.label);
      if ((scale === 'city' || scale === 'region') && label !== undefined && isCountryName(label)) {
        findings.push({
          file,
          path: ['area', 'label'],
          level: 'warning',
          message: `area of scale ${scale} is labelled "${label}", a country's name: name the ${scale} (or use scale "nation" if the community is the whole country)`,
        });
      }
    }
    return findings;
  },
};

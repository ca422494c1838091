/** Rule: the pin's latitude and longitude are in range, given together, and not at 0,0. */
import { asRecord, asString, readableFiles, type Finding, type Rule } from './rule.ts';

/** Reports out-of-range, half-given or null-island positions; warns when a placed community has no pin. */
export const coordinates: Rule = {
  name: 'coordinates',
  description: 'area.lat is -90..90 and area.lon -180..180, both or neither; a place-scale area without a pin is a warning.',
  check({ files }) {
    const findings: Finding[] = [];
    for (const file of readableFiles(files)) {
      const area = asRecord(asRecord(file.value)?.area);
      if (!area) continue;
      const { lat, lon } = area;
      const latOk = typeof lat === 'number' && Number.isFinite(lat) && lat >= -90 && lat <= 90;
      const lonOk = typeof lon === 'number' && Number.isFinite(lon) && lon >= -180 && lon <= 180;
      if (typeof lat === 'number' && !latOk) {
        const swap = typeof lon === 'number' && Math.abs(lon) <= 90 && Math.abs(lat) <= 180 ? ' (are lat and lon swapped?)' : '';
        findings.push({ file, path: ['area', 'lat'], level: 'error', message: `latitude ${lat} is outside -90 to 90${swap}` });
      }
      if (typeof lon === 'number' && !lonOk) findings.push({ file, path: ['area', 'lon'], level: 'error', message: `longitude ${lon} is outside -180 to 180` });
      if ((lat === undefined) !== (lon === undefined)) {
        const missing = lat === undefined ? 'lat' : 'lon';
        findings.push({ file, path: ['area', lat === undefined ? 'lon' : 'lat'], level: 'error', message: `area has ${missing === 'lat' ? 'lon' : 'lat'} without ${missing}: give both or neither` });
      }
      if (latOk && lonOk && lat === 0 && lon === 0) {
        findings.push({ file, path: ['area', 'lat'], level: 'error', message: 'the pin is at 0, 0 ("Null Island"), which is almost always a missing value' });
      }
      if (lat === undefined && lon === undefined && asString(area.scale) !== undefined && area.scale !== 'language') {
        findings.push({ file, path: ['area'], level: 'warning', message: `area has scale "${String(area.scale)}" but no lat/lon: the server will not appear on the map` });
      }
    }
    return findings;
  },
};

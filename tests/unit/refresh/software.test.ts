import { describe, expect, it } from 'vitest';
import { listSource, nodeInfoSoftware } from '../../../src/lib/refresh/software.ts';

describe('software and where it publishes its list', () => {
  it('maps each software to its importer format and address', () => {
    expect(listSource('Mastodon')).toEqual({ readable: true, format: 'mastodon-json', path: '/api/v1/instance/domain_blocks' });
    expect(listSource('hometown')).toMatchObject({ format: 'mastodon-json' });
    expect(listSource('akkoma')).toEqual({ readable: true, format: 'akkoma' });
    expect(listSource('pleroma')).toEqual({ readable: true, format: 'akkoma' });
    expect(listSource('lemmy')).toEqual({ readable: true, format: 'lemmy', path: '/api/v3/federated_instances' });
    expect(listSource('gotosocial')).toEqual({ readable: true, format: 'gotosocial', path: '/api/v1/instance/peers?filter=suspended' });
  });

  it('says why a software has no list the refresh can read', () => {
    expect(listSource('pixelfed')).toEqual({ readable: false, reason: 'its software (pixelfed) publishes no block list the importers can read' });
    expect(listSource('sharkey')).toMatchObject({ readable: false, reason: expect.stringContaining('Misskey family') });
  });

  it('reads software.name from NodeInfo, or says why not', () => {
    expect(nodeInfoSoftware('{"software":{"name":"Mastodon","version":"4.3.0"}}')).toEqual({ ok: true, name: 'mastodon', version: '4.3.0' });
    expect(nodeInfoSoftware('{"software":{}}')).toEqual({ ok: false, message: 'the NodeInfo document names no software.name' });
    expect(nodeInfoSoftware('<html>')).toMatchObject({ ok: false, message: expect.stringContaining('not JSON (it looks like HTML)') });
  });
});

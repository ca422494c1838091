/**
 * A server page's head words (src/components/rows/server-page-markup.ts). The body's markup is held to Astro's own
 * rendering by building the fixture site both ways (tools/site-check/check-reproducible.ts) and to the plain twin by
 * the hostile build (tests/hostile/build.ts). Servers here are synthetic, under .example.
 */
import { describe, expect, it } from 'vitest';
import { serverPageHead } from '../../../../src/components/rows/server-page-markup.ts';
import { translator } from '../../../../src/locales/index.ts';
import type { ServerPageModel } from '../../../../src/lib/views/server-page.ts';

const t = translator('en');
const model = (name: string, hasCard: boolean) => ({ server: { name }, hasCard }) as unknown as ServerPageModel;

describe('serverPageHead', () => {
  it('titles the page by name and domain, or by the domain alone when the name is the domain', () => {
    expect(serverPageHead({ domain: 'a.example', model: model('Tŵt', false) }, t).title).toBe('Tŵt (a.example)');
    expect(serverPageHead({ domain: 'a.example', model: model('a.example', false) }, t).title).toBe('a.example');
  });
  it("gives the server's card and its text alternative only when it has a card", () => {
    expect(serverPageHead({ domain: 'a.example', model: model('A', true) }, t)).toMatchObject({ image: 'og/servers/a.example.png', imageAlt: t('server.image-alt', { name: 'A', domain: 'a.example' }) });
    expect(serverPageHead({ domain: 'a.example', model: model('A', false) }, t)).toMatchObject({ image: undefined, imageAlt: undefined, description: t('server.description', { name: 'A' }) });
  });
});

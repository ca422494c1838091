/** Cutting a region out of a page's markup. Synthetic markup. */
import { describe, expect, it } from 'vitest';
import { cutRegion } from '../../../src/lib/html/cut-region.ts';

describe('cutRegion', () => {
  it('cuts from the start through each end in turn, ending after the last', () => {
    const html = '<p>a</p><div class="x"><table><tr><td><div>in</div></td></tr></table></div><div>after</div>';
    expect(cutRegion(html, '<div class="x"', ['</table>', '</div>'])).toBe('<div class="x"><table><tr><td><div>in</div></td></tr></table></div>');
    expect(cutRegion(html, '<table', ['</table>'])).toBe('<table><tr><td><div>in</div></td></tr></table>');
    // An end is looked for only after the start, and after the end before it.
    expect(cutRegion('</ul><ul class="tray"><li>1</li></ul><ul></ul>', '<ul class="tray"', ['</ul>'])).toBe('<ul class="tray"><li>1</li></ul>');
  });
  it('finds nothing without the start or any of the ends', () => {
    expect(cutRegion('<p>a</p>', '<div class="x"', ['</div>'])).toBeUndefined();
    expect(cutRegion('<div class="x"><table>', '<div class="x"', ['</table>', '</div>'])).toBeUndefined();
    expect(cutRegion('<div class="x"><table></table>', '<div class="x"', ['</table>', '</div>'])).toBeUndefined();
    expect(cutRegion('', '<ul', ['</ul>'])).toBeUndefined();
  });
});

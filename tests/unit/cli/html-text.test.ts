import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../../lib/cli/html-text.ts';

const blocks = (body: string): string[] => htmlToBlocks(`<!doctype html><html><head><title>Serbia</title></head><body>${body}</body></html>`);

describe('htmlToBlocks reads a page with the extension’s block model', () => {
  it('skips what the extension skips: code, form fields, the title, scripts, editors, hidden', () => {
    expect(
      blocks(
        '<p>Serbia <code>Georgia</code> and Montenegro</p><textarea>Armenia</textarea><pre>Kenya</pre>' +
          '<div contenteditable>Chile</div><p hidden>Peru</p><script>Cuba</script><kbd>Laos</kbd>',
      ),
    ).toEqual(['Serbia  and Montenegro', 'Kenya']);
  });

  it('joins inline markup, splits at blocks, custom elements and line breaks', () => {
    expect(blocks('<p>Az<span>erbai</span><b>jan</b> <my-card>Serbia</my-card> after<br>Kenya</p>')).toEqual(['Azerbaijan ', 'Serbia', ' after', 'Kenya']);
  });

  it('keeps the text nodes as written (line breaks are sentence gaps for the recogniser)', () => {
    expect(blocks('<p>Ilham\n   Aliyev</p>\n<p> </p>')).toEqual(['Ilham\n   Aliyev']);
  });

  it('sets aside blocks display:none in a style attribute (no layout box), not inline text or aria-hidden', () => {
    expect(
      blocks('<div style="color: red; display:none"><p>Chile</p></div><p>Peru <span style="display:none">Cuba</span></p><p aria-hidden="true">Laos</p>'),
    ).toEqual(['Peru Cuba', 'Laos']);
  });

  it('walks a very deeply nested page without recursion', () => {
    const depth = 20_000;
    expect(blocks(`${'<span>'.repeat(depth)}Kenya${'</span>'.repeat(depth)}`)).toEqual(['Kenya']);
  }, 30_000);
});

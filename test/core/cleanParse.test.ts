/**
 * The cleaner reads a body as the HTML standard does (parse5) and writes back that one tree:
 * what follows an unclosed special element stays, references and line breaks stay as written.
 */
import { strict as assert } from 'node:assert';
import { cleanBody } from '../../src/core/clean';

function clean(body: string, eol: '\n' | '\r\n' = '\n'): [string, string[]] {
  const r = cleanBody(body, { eol });
  return [r.html, r.removed.map((x) => `${x.rule}:${x.count}`)];
}

describe('clean: one standard tree from parse to serialisation', () => {
  it('keeps what follows an unclosed svg, removing the drawing by a named rule', () => {
    assert.deepEqual(clean('<p>a</p><svg><rect/><p>后文</p>'), ['<p>a</p><p>后文</p>', ['svg-drawings:1']]);
  });

  it('keeps an object\'s fallback content and what follows an unclosed one', () => {
    assert.deepEqual(clean('<div>x<object data="a.swf"><param name="q" value="1">备用<p>后文</p></div>'), ['<div>x备用<p>后文</p></div>', ['embeds:2']]);
  });

  it('keeps the text of an xmp, escaped, and of MathML', () => {
    assert.deepEqual(clean('<div>甲<xmp><b>乙</b> & 丙</xmp>丁</div>'), ['<div>甲&lt;b&gt;乙&lt;/b&gt; &amp; 丙丁</div>', []]);
    assert.deepEqual(clean('<p>a<math><mi>x</mi></math>b</p>'), ['<p>axb</p>', []]);
  });

  it('unwraps a form and removes its controls', () => {
    assert.deepEqual(clean('<form action="x"><p>表单里的文字</p><input name=a><button>发送</button>'), ['<p>表单里的文字</p>', ['forms:3']]);
  });

  it('keeps text after an unclosed option, select-less', () => {
    assert.deepEqual(clean('<div><option>选项<p>后文</p></div>'), ['<div>选项<p>后文</p></div>', []]);
  });

  it('keeps references, CRLF line breaks and the line break after <pre> as written', () => {
    assert.deepEqual(clean('<p>a &#123;&#123; b &amp; c &nbsp;&ldquo;</p>\r\n<p><a href="/x?a=1&amp;b=&#123;">d</a></p>\r\n', '\r\n'), [
      '<p>a &#123;&#123; b &amp; c &nbsp;&ldquo;</p>\r\n<p><a href="/x?a=1&amp;b=&#123;">d</a></p>\r\n', [],
    ]);
    assert.deepEqual(clean('<pre>\r\ncode\r\n  x</pre>'), ['<pre>\r\ncode\r\n  x</pre>', []]);
  });

  it('escapes what parse5 decoded where the source cannot be kept (text foster-parented out of a table)', () => {
    assert.deepEqual(clean('<table><tr><td>1</td>游离&#123;<td>2</td></tr></table>'), ['游离&#123;<table><tbody><tr><td>1</td><td>2</td></tr></tbody></table>', []]);
  });

  it('decodes URL references before the scheme check', () => {
    assert.deepEqual(clean('<p><a href="&#106;avascript:alert(1)">x</a><a href="jav&Tab;ascript:1">y</a></p>'), ['<p>xy</p>', ['script-links:2']]);
    assert.deepEqual(clean('<p><img src="&#100;ata:image/png,x" alt=""></p>'), ['<p><img alt="" /></p>', []]);
  });
});

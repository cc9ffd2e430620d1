/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// jsdom's HTML parser (parse5, the WHATWG algorithm browsers follow) reads the output the way a browser would;
// the assertions look at the parsed elements and attributes, not at the text with regular expressions.
import { LESSON_HTML_TAGS, renderMarkdown, sanitizeLessonHtml } from './markdown';

const ALLOWED_ATTRIBUTES: Record<string, string[]> = { a: ['href', 'title', 'rel'], ol: ['start'], th: ['class'], td: ['class'] };
const ALLOWED_CLASSES = ['align-left', 'align-center', 'align-right'];
const FORBIDDEN_TAGS = ['<script', '<iframe', '<object', '<embed', '<style', '<svg', '<math', '<base', '<meta', '<form', '<img', '<link', '<input', '<button', '<textarea', '<template', '<noscript'];

function parse(html: string): Element[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return Array.from(template.content.querySelectorAll('*'));
}

/** Browsers ignore tabs, line breaks and control characters inside a URL scheme: compare without them. */
function withoutBlanks(value: string): string {
  return Array.from(value)
    .filter((char) => char.charCodeAt(0) > 0x20)
    .join('');
}

/** Every way the output could run script or load something, checked on the parsed DOM and on the raw text. */
function expectSafe(html: string): void {
  const lower = html.toLowerCase();
  for (const tag of FORBIDDEN_TAGS) expect(lower).not.toContain(tag);
  // Inside tags only (a literal `<` can only start a tag: text is escaped), once the double-quoted attribute values
  // are blanked (a `"` inside a value is always written &quot;): no event handler, no style attribute.
  expect(html.replace(/"[^"]*"/g, '""')).not.toMatch(/<[^>]*\s(on\w+|style)\s*=/i);
  for (const element of parse(html)) {
    const tag = element.tagName.toLowerCase();
    expect(LESSON_HTML_TAGS).toContain(tag);
    for (const { name, value } of Array.from(element.attributes)) {
      expect(ALLOWED_ATTRIBUTES[tag] ?? []).toContain(name);
      expect(name).not.toMatch(/^on/i);
      if (name === 'href') expect(value).toMatch(/^(https?:|mailto:)/i);
      if (name === 'class') for (const c of value.split(/\s+/)) expect(ALLOWED_CLASSES).toContain(c);
      if (name === 'rel') expect(value).toBe('noopener noreferrer');
      if (name === 'start') expect(value).toMatch(/^\d+$/);
      expect(withoutBlanks(value).toLowerCase()).not.toMatch(/(javascript|vbscript|data):/);
    }
    if (tag === 'a' && element.hasAttribute('href')) expect(element.getAttribute('rel')).toBe('noopener noreferrer');
  }
}

/** Known XSS payloads: OWASP XSS filter evasion cheat sheet classics, mutation XSS, and Markdown-specific ones. */
const XSS_CORPUS: string[] = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>',
  '<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>',
  '<<SCRIPT>alert("XSS");//<</SCRIPT>',
  '<IMG """><SCRIPT>alert("XSS")</SCRIPT>">',
  '<img src=x onerror=alert(1)>',
  '<img src=x onerror=alert(1)',
  '<IMG SRC="javascript:alert(\'XSS\');">',
  '<IMG SRC=JaVaScRiPt:alert(\'XSS\')>',
  '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>',
  '<IMG SRC="jav&#x09;ascript:alert(\'XSS\');">',
  '<img src="x` `onerror=alert(1)">',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<a href="jav&#x0A;ascript:alert(1)">x</a>',
  '<a href=" &#14;  javascript:alert(1)">x</a>',
  '<a href="javascript&colon;alert(1)">x</a>',
  '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '<a href="//evil.example/">protocol-relative</a>',
  '<a href="http://example.org" onclick="alert(1)">x</a>',
  '<a href="http://example.org" target="_blank">x</a>',
  '<a href=\'x\' title=\'"><script>alert(1)</script>\'>nested quotes</a>',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](javascript&#58;alert(1))',
  '[x](javascript&colon;alert(1))',
  '[x](&#x6A;avascript:alert(1))',
  '[x](  javascript:alert(1)  )',
  '[x](<javascript:alert(1)>)',
  '[x](vbscript:msgbox(1))',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[x](https://example.org" onmouseover="alert(1))',
  '[x](https://example.org "title\\" onmouseover=alert(1) x=\\"")',
  '[x]: javascript:alert(1)\n\nSee [the reference][x].',
  '<javascript:alert(1)>',
  '![x](javascript:alert(1))',
  '![x" onerror="alert(1)](https://example.org/x.png)',
  '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><use href="data:image/svg+xml;base64,PHN2ZyBpZD0neCcgeG1sbnM9J2h0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnJz48aW1hZ2UgaHJlZj0nMScgb25lcnJvcj0nYWxlcnQoMSknLz48L3N2Zz4=#x"/></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  '<math href="javascript:alert(1)">CLICK</math>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
  '<form action="javascript:alert(1)"><input type=submit></form>',
  '<button formaction="javascript:alert(1)">x</button>',
  '<isindex action="javascript:alert(1)" type=image>',
  '<base href="javascript:alert(1)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<LINK REL="stylesheet" HREF="javascript:alert(\'XSS\');">',
  '<STYLE>@import\'http://xss.rocks/xss.css\';</STYLE>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<DIV STYLE="background-image: url(&#1;javascript:alert(\'XSS\'))">x</DIV>',
  '<p style="width: expression(alert(1))">CSS expression</p>',
  '<TABLE BACKGROUND="javascript:alert(\'XSS\')"><tr><td>x</td></tr></TABLE>',
  '<BODY ONLOAD=alert(\'XSS\')>',
  '<details open ontoggle=alert(1)>',
  '<video><source onerror="alert(1)"></video>',
  '<x onmouseover=alert(1)>hover</x>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<textarea><script>alert(1)</script></textarea>',
  '<template><script>alert(1)</script></template>',
  '<p class="admin-only" id="login">spoof</p>',
  '```\n<script>alert(1)</script>\n```',
  '`<img src=x onerror=alert(1)>`',
  '| a | b |\n|---|---|\n| <script>alert(1)</script> | [x](javascript:alert(1)) |',
  '- <img src=x onerror=alert(1)>\n- [x](vbscript:msgbox(1))',
  '> <iframe src="https://evil.example"></iframe>',
];

describe('renderMarkdown and sanitizeLessonHtml against XSS', () => {
  it('has a corpus of at least 40 payloads', () => {
    expect(XSS_CORPUS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(XSS_CORPUS.map((payload) => [payload]))('renderMarkdown neutralises %s', (payload) => {
    expectSafe(renderMarkdown(payload));
  });

  // The sanitiser alone, as if the Markdown layer had let raw HTML through (html: true, or a plugin bug).
  it.each(XSS_CORPUS.map((payload) => [payload]))('sanitizeLessonHtml neutralises %s', (payload) => {
    expectSafe(sanitizeLessonHtml(payload));
  });

  it('drops script, style and embedded-document content entirely, not just the tags', () => {
    expect(sanitizeLessonHtml('<p>a</p><script>alert(1)</script><style>p{}</style><svg><text>svg</text></svg><math><mi>x</mi></math><textarea>t</textarea>')).toBe('<p>a</p>');
  });

  it('keeps the text of a refused link or tag', () => {
    expect(sanitizeLessonHtml('<a href="javascript:alert(1)">lire</a> <x-custom>texte</x-custom>')).toBe('lire texte');
  });

  it('shows raw HTML written in Markdown as text', () => {
    expect(renderMarkdown('<b>gras</b>')).toBe('<p>&lt;b&gt;gras&lt;/b&gt;</p>\n');
  });

  it('leaves template syntax as text (the web app never compiles lesson HTML)', () => {
    expect(renderMarkdown("{{constructor.constructor('alert(1)')()}}")).toBe("<p>{{constructor.constructor('alert(1)')()}}</p>\n");
  });

  it('keeps unsafe Markdown links as visible text', () => {
    expect(renderMarkdown('[x](javascript:alert(1))')).toBe('<p>[x](javascript:alert(1))</p>\n');
  });

  it('keeps an attribute-looking title as an escaped attribute value', () => {
    const [link] = parse(renderMarkdown('[x](https://example.org "t\\" onmouseover=alert(1) x=\\"")')).filter((e) => e.tagName === 'A');
    expect(link.getAttributeNames().sort()).toEqual(['href', 'rel', 'title']);
    expect(link.getAttribute('title')).toBe('t" onmouseover=alert(1) x="');
  });

  it('strips target and forces rel on links', () => {
    expect(sanitizeLessonHtml('<a href="https://example.org" target="_blank" rel="opener">x</a>')).toBe('<a href="https://example.org" rel="noopener noreferrer">x</a>');
  });
});

describe('renderMarkdown', () => {
  it('renders paragraphs, emphasis and inline code', () => {
    expect(renderMarkdown('Les **données** sont *partout* : `csv`.')).toBe('<p>Les <strong>données</strong> sont <em>partout</em> : <code>csv</code>.</p>\n');
  });

  it('renders headings under the page title: # becomes h2, h2–h4 stay, h5 and h6 become h4', () => {
    expect(renderMarkdown('# Un\n\n## Deux\n\n### Trois\n\n#### Quatre\n\n##### Cinq\n\n###### Six')).toBe(
      '<h2>Un</h2>\n<h2>Deux</h2>\n<h3>Trois</h3>\n<h4>Quatre</h4>\n<h4>Cinq</h4>\n<h4>Six</h4>\n',
    );
  });

  it('renders lists, including ordered lists that start elsewhere than 1', () => {
    expect(renderMarkdown('- a\n- b')).toBe('<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n');
    expect(renderMarkdown('3. c\n4. d')).toBe('<ol start="3">\n<li>c</li>\n<li>d</li>\n</ol>\n');
  });

  it('renders links, autolinks, bare URLs and e-mail addresses with rel="noopener noreferrer"', () => {
    expect(renderMarkdown('[La CNIL](https://www.cnil.fr "site")')).toBe('<p><a href="https://www.cnil.fr" rel="noopener noreferrer" title="site">La CNIL</a></p>\n');
    expect(renderMarkdown('Voir www.cnil.fr ou <https://www.service-public.fr>.')).toBe(
      '<p>Voir <a href="http://www.cnil.fr" rel="noopener noreferrer">www.cnil.fr</a> ou <a href="https://www.service-public.fr" rel="noopener noreferrer">https://www.service-public.fr</a>.</p>\n',
    );
    expect(renderMarkdown('contact@culture-d.fr')).toBe('<p><a href="mailto:contact@culture-d.fr" rel="noopener noreferrer">contact@culture-d.fr</a></p>\n');
  });

  it('does not make relative or anchor links clickable', () => {
    expect(renderMarkdown('[ici](/parcours/x) et [là](#section)')).toBe('<p>[ici](/parcours/x) et [là](#section)</p>\n');
  });

  it('renders tables, with alignment as a class', () => {
    expect(renderMarkdown('| Commune | Budget |\n|:--|--:|\n| Lille | 3,5 |')).toBe(
      '<table>\n<thead>\n<tr>\n<th class="align-left">Commune</th>\n<th class="align-right">Budget</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td class="align-left">Lille</td>\n<td class="align-right">3,5</td>\n</tr>\n</tbody>\n</table>\n',
    );
  });

  it('renders code blocks, escaped, without language classes', () => {
    expect(renderMarkdown('```js\nif (a < b) alert("x");\n```')).toBe('<pre><code>if (a &lt; b) alert("x");\n</code></pre>\n');
  });

  it('renders quotes, rules and hard line breaks', () => {
    expect(renderMarkdown('> cité\n\n---\n\nligne  \nsuite')).toBe('<blockquote>\n<p>cité</p>\n</blockquote>\n<hr />\n<p>ligne<br />\nsuite</p>\n');
  });

  it('shows image syntax as text (images are image blocks, with an alt text)', () => {
    expect(renderMarkdown('![schéma](https://example.org/a.png)')).toBe('<p>!<a href="https://example.org/a.png" rel="noopener noreferrer">schéma</a></p>\n');
  });

  it('returns an empty string for empty input', () => {
    expect(renderMarkdown('')).toBe('');
  });
});

describe('renderMarkdown memo', () => {
  it('gives the same HTML for the same text, whether rendered for the first time or again', () => {
    const text = `Le **RGPD** s’applique (${Math.random()})`;
    const first = renderMarkdown(text);
    expect(renderMarkdown(text)).toBe(first);
    expect(first).toContain('<strong>RGPD</strong>');
  });

  it('keeps rendering correctly when many different texts go through it (old entries are evicted)', () => {
    for (let i = 0; i < 6000; i++) expect(renderMarkdown(`*n°${i}*`)).toBe(`<p><em>n°${i}</em></p>\n`);
    expect(renderMarkdown('*n°0*')).toBe('<p><em>n°0</em></p>\n');
  });
});


import { decodeEntities, escapeGift, escapeMarkdown, htmlToMarkdown, protectEscapes, splitFormat, toPlainValue, unprotect } from './gift-text';

describe('GIFT escapes', () => {
  it('escapes \\ ~ = # { } : and newlines, and reading the escapes gives the text back', () => {
    const text = 'a\\b ~ = # { } : c\nd\r\ne';
    const escaped = escapeGift(text);
    expect(escaped).toBe('a\\\\b \\~ \\= \\# \\{ \\} \\: c\\nd\\ne');
    expect(escaped).not.toMatch(/\n/);
    expect(unprotect(protectEscapes(escaped))).toBe('a\\b ~ = # { } : c\nd\ne');
  });

  it('hides escaped characters from the syntax while a question is cut into pieces', () => {
    const protectedText = protectEscapes('x \\{ \\= y');
    expect(protectedText).not.toMatch(/[{=]/);
    expect(unprotect(protectedText)).toBe('x { = y');
  });

  it('keeps a backslash before an ordinary character', () => {
    expect(unprotect(protectEscapes('\\a \\+ \\'))).toBe('\\a \\+ \\');
  });
});

describe('format markers', () => {
  it('splits a known [format] off the start, once', () => {
    expect(splitFormat('[html]<b>x</b>', 'moodle')).toEqual({ format: 'html', text: '<b>x</b>' });
    expect(splitFormat('[markdown][plain]x', 'moodle')).toEqual({ format: 'markdown', text: '[plain]x' });
    expect(splitFormat('[note]x', 'plain')).toEqual({ format: 'plain', text: '[note]x' });
  });
});

describe('plain text to Markdown', () => {
  it('escapes what Markdown would format', () => {
    expect(escapeMarkdown('# Titre\n- liste\n1. un\n*a* _b_ `c` [d](e) <f> ~~g~~ | & \\')).toBe(
      '\\# Titre\n\\- liste\n1\\. un\n\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\~\\~g\\~\\~ \\| \\& \\\\',
    );
  });
});

describe('HTML to Markdown', () => {
  it('converts headings, paragraphs, line breaks, emphasis and code', () => {
    expect(htmlToMarkdown('<h3>Titre</h3><p>Un<br>deux <i>trois</i> <code>x*y</code></p><pre>a  *b*\n c</pre>', false)).toBe(
      '### Titre\n\nUn\\\ndeux *trois* `x\\*y`\n\n```\na  *b*\n c\n```',
    );
  });

  it('converts ordered and nested lists', () => {
    expect(htmlToMarkdown('<ol><li>un</li><li>deux<ul><li>a</li></ul></li></ol>', false)).toBe('1. un\n2. deux\n\n   - a');
  });

  it('keeps http(s) and mailto links, and only the text of other links', () => {
    expect(htmlToMarkdown('<a href="https://cnil.fr/a b">CNIL</a> <a href=\'mailto:x@y.fr\'>écrire</a> <a href="javascript:alert(1)">piège</a>', false)).toBe(
      '[CNIL](https://cnil.fr/a%20b) [écrire](mailto:x@y.fr) piège',
    );
  });

  it('drops scripts, styles and comments whole, other tags but their text, and keeps image alt texts', () => {
    expect(htmlToMarkdown('<script>alert(1)</script><style>p{}</style><!-- note --><span class="x">texte</span> <img src="a.png" alt="un schéma">', false)).toBe('texte un schéma');
  });

  it('collapses HTML white space but keeps non-breaking spaces, and keeps line breaks in Moodle auto-format', () => {
    expect(htmlToMarkdown('a \n  b&nbsp;:', false)).toBe('a b\u00a0:');
    expect(htmlToMarkdown('a\nb', true)).toBe('a\\\nb');
  });

  it('decodes named and numeric entities', () => {
    expect(decodeEntities('&eacute;&#233;&#xE9; &laquo;&raquo; &amp;lt; &unknown; &#0;')).toBe('ééé «» &lt; &unknown; &#0;');
  });

  it('reads hostile input in linear time (a quadratic scan of these would not finish)', () => {
    const size = 50_000;
    expect(htmlToMarkdown('<a '.repeat(size), false)).toBe('\\<a '.repeat(size).trim());
    expect(htmlToMarkdown('<!--'.repeat(size / 4), false)).toBe('');
    expect(htmlToMarkdown(`<pre>${' '.repeat(size)}x</pre>`, false)).toBe('```\n' + ' '.repeat(size) + 'x\n```');
    expect(escapeMarkdown('\n'.repeat(size))).toHaveLength(size);
    expect(toPlainValue('<'.repeat(size), 'html')).toHaveLength(size);
  });

  it('turns an HTML short answer into its plain text', () => {
    expect(toPlainValue(' <b>l&apos;État</b>  fort ', 'html')).toBe("l'État fort");
    expect(toPlainValue(' <b>x</b> ', 'markdown')).toBe('<b>x</b>');
  });
});

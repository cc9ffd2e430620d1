/**
 * The text of a piece of sanitised content HTML, for places that take no markup: an `<option>`, an accessible name
 * said in a sentence ("Monter « … »").
 */
export function plainText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

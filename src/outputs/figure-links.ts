/**
 * The reading's body with every number of a quantity made a link to its
 * figures page, where every figure given for the same thing stands side by
 * side. The body is the pipeline's sanitized HTML: a number is a `<data>`
 * element that holds text only, so wrapping it keeps every hook as it was.
 * A number already inside a link (raw Markdown link text) stays as it is.
 */
export function withFigureLinks(html: string, href: (quantity: string) => string, label: (quantity: string) => string): string {
  let inLink = 0;
  return html.replace(/<a[\s>]|<\/a>|<data [^>]*data-quantity="([^"]+)"[^>]*>[^<]*<\/data>/g, (all, quantity: string | undefined) => {
    if (all.startsWith('<a')) {
      inLink++;
      return all;
    }
    if (all === '</a>') {
      inLink = Math.max(0, inLink - 1);
      return all;
    }
    if (!quantity || inLink) return all;
    return `<a class="figure-link" href="${href(quantity)}" title="${label(quantity).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}">${all}</a>`;
  });
}

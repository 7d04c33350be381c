/** Quotation marks and the marks that close them, shared by the claim's kind and the linter's quotation checks. */
export const CLOSING_MARKS: Readonly<Record<string, string>> = { '“': '”', '"': '"', '„': '“”', '«': '»', '‘': '’', '「': '」' };

// Export of the current view — the filtered articles, their kept (and, in
// paragraph mode, matching) paragraphs, entities and countries — as JSON
// and as CSV. Built in the browser; nothing is sent anywhere.

/** @typedef {import('./types.js').DocReport} DocReport */

/**
 * @param {{doc: DocReport, title: string, lines: {line: number, role: string, text: string}[]}[]} view
 */
export function toJson(view, filter) {
  const articles = view.map(({ doc, title, lines }) => {
    const shown = new Set(lines.map((l) => l.line));
    return {
      id: doc.id,
      title,
      countries: doc.countries,
      paragraphs: lines,
      entities: doc.entities
        .filter((e) => shown.has(e.line))
        .map((e) => ({ line: e.line, text: doc.text.slice(e.start, e.end), type: e.type, canonical: e.canonical, country: e.country })),
    };
  });
  return JSON.stringify({ filter, articles }, null, 1);
}

/** One row per entity mention: the spreadsheet-friendly view. */
export function toCsv(view) {
  const rows = [['article', 'title', 'line', 'role', 'mention', 'type', 'canonical', 'country']];
  for (const { doc, title, lines } of view) {
    const roles = new Map(lines.map((l) => [l.line, l.role]));
    for (const e of doc.entities) {
      if (!roles.has(e.line)) continue;
      rows.push([doc.id, title, String(e.line), roles.get(e.line), doc.text.slice(e.start, e.end), e.type, e.canonical, e.country ?? '']);
    }
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value) {
  // Quote everything that needs it; a leading =, +, - or @ is prefixed so
  // that spreadsheet programs do not run it as a formula.
  let v = String(value);
  if (/^[=+\-@]/.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) || v !== String(value) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Offers text as a file download. */
export function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
